#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Rapport {

class ClientStore;

/**
 * Rapport's CSV exports: clients (with read-only computed columns at the end) and
 * interactions. Cells a spreadsheet would run as formulas are defused; importing the files
 * back gives the same clients and interactions.
 */
class ClientExport
{
    Q_DECLARE_TR_FUNCTIONS(ClientExport)

public:
    /** Every client, with segment, contact status and the like computed as of @p today. */
    static QByteArray clientsCsv(const ClientStore &store, QDate today);
    /**
     * Every interaction, clients named by email and name, read from the database one at a
     * time. False with a sentence in @p error when they cannot be read.
     */
    static bool interactionsCsv(const ClientStore &store, QByteArray *csv, QString *error);

    /** Writes @p data to @p path, replacing the file only when the whole of it was written. */
    static bool write(const QString &path, const QByteArray &data, QString *error);
};

} // namespace Rapport
