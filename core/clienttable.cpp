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
    " savvy, chemistry, nps, nps_date, degree, hostage_reason, hostage_reason_ends, purchases_per_year, owner, changed_by,"
    " version");
const QString Values = QStringLiteral(
    ":name, :company, :emails, :phones, :tags, :notes, :satisfaction, :repurchase, :created_at, :updated_at, :archived,"
    " :ideal, :maximum, :rung, :stage, :integrity, :competency, :recognition, :proactivity, :savvy, :chemistry, :nps,"
    " :nps_date, :degree, :hostage_reason, :hostage_reason_ends, :purchases_per_year, :owner, :changed_by, :version");
const QString Assignments = QStringLiteral(
    "name = :name, company = :company, emails = :emails, phones = :phones, tags = :tags, notes = :notes,"
    " satisfaction = :satisfaction, repurchase = :repurchase, created_at = :created_at, updated_at = :updated_at,"
    " archived = :archived, ideal_interval_days = :ideal, maximum_interval_days = :maximum, ladder_rung = :rung,"
    " stage = :stage, integrity = :integrity, competency = :competency, recognition = :recognition,"
    " proactivity = :proactivity, savvy = :savvy, chemistry = :chemistry, nps = :nps, nps_date = :nps_date,"
    " degree = :degree, hostage_reason = :hostage_reason, hostage_reason_ends = :hostage_reason_ends,"
    " purchases_per_year = :purchases_per_year, owner = :owner, changed_by = :changed_by, version = :version");

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
           << dateText(client.hostageReasonEnds) << client.purchasesPerYear << StoredValues::text(client.owner)
           << StoredValues::text(client.changedBy) << std::max(1, client.version);
    return values;
}


} // namespace

ClientTable::ClientTable(const Database &database)
    : SqlTable(database, QStringLiteral("clients"))
{
}

namespace {

/** Hands out one shared copy of equal texts: clients of one company, with the same tags or owner. */
struct SharedTexts
{
    QHash<QString, QString> texts;
    QHash<QString, QStringList> tagLists;

    QString text(const QString &value)
    {
        auto shared = texts.constFind(value);
        if (shared == texts.cend())
            shared = texts.insert(value, value);
        return *shared;
    }
    QStringList tags(const QString &value)
    {
        auto shared = tagLists.constFind(value);
        if (shared == tagLists.cend())
            shared = tagLists.insert(value, Client::parseTags(value));
        return *shared;
    }
};

const QString SelectClients = QStringLiteral("SELECT id, ") + Columns + QStringLiteral(" FROM clients");

} // namespace

bool ClientTable::readRows(QSqlQuery &query, QVector<Client> *clients)
{
    // Clients of one company, and clients with the same tags, share one copy of them (QString and
    // QStringList share their data when copied) instead of holding one each.
    SharedTexts shared;
    while (query.next()) {
        Client client;
        client.id = query.value(0).toLongLong();
        client.name = query.value(1).toString();
        client.company = shared.text(query.value(2).toString());
        client.emails = ContactPoints::fromStored(query.value(3).toString());
        client.phones = ContactPoints::fromStored(query.value(4).toString());
        client.tags = shared.tags(query.value(5).toString());
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
        client.owner = shared.text(query.value(28).toString());
        client.changedBy = shared.text(query.value(29).toString());
        client.version = query.value(30).toInt();
        clients->append(std::move(client));
    }
    return !query.lastError().isValid() || fail(query);
}

bool ClientTable::readAll(QVector<Client> *clients)
{
    QSqlQuery query = reader();
    // Room for every client at once: growing 100,000 of them step by step would hold two copies.
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM clients")) && query.next())
        clients->reserve(clients->size() + query.value(0).toInt());
    if (!query.exec(SelectClients + QStringLiteral(" ORDER BY id")))
        return fail(query);
    return readRows(query, clients);
}

bool ClientTable::readOne(qint64 id, std::optional<Client> *found)
{
    QSqlQuery query = reader();
    query.prepare(SelectClients + QStringLiteral(" WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    QVector<Client> clients;
    if (!run(query) || !readRows(query, &clients))
        return false;
    *found = clients.isEmpty() ? std::nullopt : std::make_optional(clients.constFirst());
    return true;
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

bool ClientTable::update(const Client &client, int expectedVersion, bool *matched)
{
    QSqlQuery &query = prepared(m_update, QStringLiteral("UPDATE clients SET ") + Assignments
                                              + QStringLiteral(" WHERE id = :id AND version = :expected"));
    const QVariantList values = valuesOf(client);
    bindValues(query, values, 0);
    query.bindValue(int(values.size()), client.id);
    query.bindValue(int(values.size()) + 1, expectedVersion);
    if (!run(query))
        return false;
    *matched = query.numRowsAffected() > 0;
    return true;
}

bool ClientTable::remove(qint64 id)
{
    QSqlQuery &query = prepared(m_remove, QStringLiteral("DELETE FROM clients WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    return run(query);
}

} // namespace Rapport
