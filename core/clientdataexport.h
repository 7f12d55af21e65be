#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Rapport {

class ClientStore;
struct Client;

/**
 * Everything Rapport holds about one client, in one JSON file the client can be handed (the
 * right to a copy of one's data, and to take it elsewhere): every field, every interaction with
 * its note and every recorded move on the matrix. The file is UTF-8, indented, and says what it
 * is: "format": "rapport-client", "version": 1. Times are ISO 8601 in UTC, dates YYYY-MM-DD,
 * choices by the same stable keys as Rapport's CSV files; a value that was never set is null.
 */
class ClientDataExport
{
    Q_DECLARE_TR_FUNCTIONS(ClientDataExport)

public:
    /** The value of the file's "format" key. */
    static QString formatName() { return QStringLiteral("rapport-client"); }
    static constexpr int Version = 1;

    /**
     * The file for the client with @p id, stamped as exported at @p exportedAt. False with a
     * sentence for the owner in @p error when the client does not exist or its interactions
     * cannot be read.
     */
    static bool toJson(const ClientStore &store, qint64 id, const QDateTime &exportedAt, QByteArray *json, QString *error);

    /**
     * How to reach @p client: "emails" and "phones", each a list of {"value", "label"}.
     * Today a client has one of each; the list holds it, labelled "other", when it is set.
     */
    static QJsonObject contactJson(const Client &client);
};

} // namespace Rapport
