#include "clienttable.h"

#include "database.h"
#include "storedvalues.h"

#include <QHash>
#include <QVariant>


namespace Rapport {

namespace {

const QString Columns = QStringLiteral(
    "name, company, emails, phones, tags, notes, satisfaction, repurchase, created_at, updated_at, archived,"
    " ideal_interval_days, maximum_interval_days, ladder_rung, stage, integrity, competency, recognition, proactivity,"
    " savvy, chemistry, nps, nps_date, degree, hostage_reason, hostage_reason_ends, purchases_per_year");
const QString Values = QStringLiteral(
    ":name, :company, :emails, :phones, :tags, :notes, :satisfaction, :repurchase, :created_at, :updated_at, :archived,"
    " :ideal, :maximum, :rung, :stage, :integrity, :competency, :recognition, :proactivity, :savvy, :chemistry, :nps,"
    " :nps_date, :degree, :hostage_reason, :hostage_reason_ends, :purchases_per_year");
const QString Assignments = QStringLiteral(
    "name = :name, company = :company, emails = :emails, phones = :phones, tags = :tags, notes = :notes,"
    " satisfaction = :satisfaction, repurchase = :repurchase, created_at = :created_at, updated_at = :updated_at,"
    " archived = :archived, ideal_interval_days = :ideal, maximum_interval_days = :maximum, ladder_rung = :rung,"
    " stage = :stage, integrity = :integrity, competency = :competency, recognition = :recognition,"
    " proactivity = :proactivity, savvy = :savvy, chemistry = :chemistry, nps = :nps, nps_date = :nps_date,"
    " degree = :degree, hostage_reason = :hostage_reason, hostage_reason_ends = :hostage_reason_ends,"
    " purchases_per_year = :purchases_per_year");

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

// The stored values of @p client, in the order of Columns, Values and Assignments; bound by
// position, since a named lookup for each of 27 values costs more than the insert itself in a
// large import.
QVariantList valuesOf(const Client &client)
{
    QVariantList values = {
        StoredValues::text(client.name), StoredValues::text(client.company), StoredValues::text(client.emails.stored()),
        StoredValues::text(client.phones.stored()), StoredValues::text(client.tagsText()), StoredValues::text(client.notes),
        client.satisfaction, client.repurchase, client.createdAt.toMSecsSinceEpoch(), client.updatedAt.toMSecsSinceEpoch(),
        client.archived ? 1 : 0, client.idealIntervalDays, client.maximumIntervalDays, Frameworks::rungKey(client.rung),
        Frameworks::stageKey(client.stage),
    };
    for (int d = 0; d < DimensionCount; ++d)
        values.append(client.dimensions[size_t(d)]);
    values << client.nps << dateText(client.npsDate) << client.degree << Frameworks::hostageReasonKey(client.hostageReason)
           << dateText(client.hostageReasonEnds) << client.purchasesPerYear;
    return values;
}


} // namespace

ClientTable::ClientTable(const Database &database)
    : SqlTable(database, QStringLiteral("clients"))
{
}

bool ClientTable::readAll(QVector<Client> *clients)
{
    QSqlQuery query = reader();
    // Room for every client at once: growing 100,000 of them step by step would hold two copies.
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM clients")) && query.next())
        clients->reserve(clients->size() + query.value(0).toInt());
    if (!query.exec(QStringLiteral("SELECT id, ") + Columns + QStringLiteral(" FROM clients ORDER BY id")))
        return fail(query);
    // Clients of one company, and clients with the same tags, share one copy of them (QString and
    // QStringList share their data when copied) instead of holding one each.
    QHash<QString, QString> companies;
    QHash<QString, QStringList> tagLists;
    while (query.next()) {
        Client client;
        client.id = query.value(0).toLongLong();
        client.name = query.value(1).toString();
        const QString company = query.value(2).toString();
        auto sharedCompany = companies.constFind(company);
        if (sharedCompany == companies.cend())
            sharedCompany = companies.insert(company, company);
        client.company = *sharedCompany;
        client.emails = ContactPoints::fromStored(query.value(3).toString());
        client.phones = ContactPoints::fromStored(query.value(4).toString());
        const QString tagsText = query.value(5).toString();
        auto tags = tagLists.constFind(tagsText);
        if (tags == tagLists.cend())
            tags = tagLists.insert(tagsText, Client::parseTags(tagsText));
        client.tags = *tags;
        client.notes = query.value(6).toString();
        client.satisfaction = query.value(7).toDouble();
        client.repurchase = query.value(8).toDouble();
        client.createdAt = StoredValues::fromMSecs(query.value(9));
        client.updatedAt = StoredValues::fromMSecs(query.value(10));
        client.archived = query.value(11).toInt() != 0;
        client.idealIntervalDays = query.value(12).toInt();
        client.maximumIntervalDays = query.value(13).toInt();
        if (!Frameworks::rungFromKey(query.value(14).toString(), &client.rung)
            || !Frameworks::stageFromKey(query.value(15).toString(), &client.stage)
            || !Frameworks::hostageReasonFromKey(query.value(25).toString(), &client.hostageReason))
            return failOnRow(client.id);
        for (int d = 0; d < DimensionCount; ++d)
            client.dimensions[size_t(d)] = query.value(16 + d).toInt();
        client.nps = query.value(22).toInt();
        client.npsDate = QDate::fromString(query.value(23).toString(), Qt::ISODate);
        client.degree = query.value(24).toInt();
        client.hostageReasonEnds = QDate::fromString(query.value(26).toString(), Qt::ISODate);
        client.purchasesPerYear = query.value(27).toInt();
        clients->append(std::move(client));
    }
    return !query.lastError().isValid() || fail(query);
}

bool ClientTable::insert(Client &client)
{
    if (client.id > 0) {
        QSqlQuery &query = prepared(m_insertWithId, QStringLiteral("INSERT INTO clients (id, ") + Columns
                                                        + QStringLiteral(") VALUES (:id, ") + Values + QStringLiteral(")"));
        // The id is the first value.
        query.bindValue(0, client.id);
        bindValues(query, valuesOf(client), 1);
        return SqlTable::insert(query, client.id);
    }
    QSqlQuery &query = prepared(m_insertNew, QStringLiteral("INSERT INTO clients (") + Columns + QStringLiteral(") VALUES (")
                                                 + Values + QStringLiteral(")") + database().dialect().returningId());
    bindValues(query, valuesOf(client), 0);
    return SqlTable::insert(query, client.id);
}

bool ClientTable::copyIn(QVector<ClientRecord> &records)
{
    QVector<Client *> clients;
    clients.reserve(records.size());
    for (ClientRecord &record : records)
        clients.append(&record.client);
    return copyRows(Columns, clients, valuesOf);
}

bool ClientTable::update(const Client &client)
{
    QSqlQuery &query = prepared(m_update, QStringLiteral("UPDATE clients SET ") + Assignments + QStringLiteral(" WHERE id = :id"));
    bindValues(query, valuesOf(client), 0);
    query.bindValue(QStringLiteral(":id"), client.id);
    return run(query);
}

bool ClientTable::remove(qint64 id)
{
    QSqlQuery &query = prepared(m_remove, QStringLiteral("DELETE FROM clients WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    return run(query);
}

} // namespace Rapport
