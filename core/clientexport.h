#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace Rapport {

class ClientStore;

/**
 * Rapport's exports: clients as CSV (with read-only computed columns at the end) or as vCard 4.0
 * for address books, and interactions as CSV. Cells a spreadsheet would run as formulas are
 * defused; importing the files back gives the same clients and interactions (from a vCard: the
 * same name, company, email, phone, tags and notes).
 */
class ClientExport
{
    Q_DECLARE_TR_FUNCTIONS(ClientExport)

public:
    /** Every client, with segment, contact status and the like computed as of @p today. */
    static QByteArray clientsCsv(const ClientStore &store, QDate today);
    /** The clients with @p ids, in the store's order, as clientsCsv() writes them. */
    static QByteArray clientsCsv(const ClientStore &store, QDate today, const QVector<qint64> &ids);

    /**
     * Every client as a vCard 4.0 (RFC 6350): FN, ORG, EMAIL, TEL, CATEGORIES, NOTE, a UID that
     * stays the same from one export to the next, and REV, the last change. A client without a
     * name is a card of KIND org named after its company.
     */
    static QByteArray clientsVCard(const ClientStore &store);
    /** The clients with @p ids, in the store's order, as clientsVCard() writes them. */
    static QByteArray clientsVCard(const ClientStore &store, const QVector<qint64> &ids);
    /**
     * Every interaction, clients named by email and name, read from the database one at a
     * time. False with a sentence in @p error when they cannot be read.
     */
    static bool interactionsCsv(const ClientStore &store, QByteArray *csv, QString *error);

    /** Writes @p data to @p path, replacing the file only when the whole of it was written. */
    static bool write(const QString &path, const QByteArray &data, QString *error);
};

} // namespace Rapport
