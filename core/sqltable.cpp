#include "sqltable.h"

#include "database.h"

#include <QVariant>

namespace Rapport {

SqlTable::SqlTable(const Database &database, const QString &table)
    : m_database(database)
    , m_table(table)
{
}

bool SqlTable::followExplicitIds(QString *error)
{
    if (!m_explicitIds || !m_database.dialect().isServer())
        return true;
    QSqlDatabase db = m_database.connection();
    return m_database.dialect().followExplicitIds(db, m_table, error);
}

QSqlQuery &SqlTable::prepared(std::optional<QSqlQuery> &query, const QString &sql)
{
    if (!query) {
        query.emplace(m_database.connection());
        query->prepare(sql);
    }
    return *query;
}

QSqlQuery SqlTable::reader() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    return query;
}

bool SqlTable::run(QSqlQuery &query)
{
    return query.exec() || fail(query);
}

bool SqlTable::insert(QSqlQuery &query, qint64 &id)
{
    const bool withId = id > 0;
    m_explicitIds = m_explicitIds || withId;
    bool ok = query.exec();
    if (ok && !withId) {
        id = m_database.dialect().insertedId(query);
        ok = id > 0;
    }
    if (!ok)
        fail(query);
    query.finish();
    return ok;
}

bool SqlTable::reserveIds(qsizetype count, QVector<qint64> *ids)
{
    ids->clear();
    if (count == 0)
        return true;
    QSqlQuery query = reader();
    query.prepare(QStringLiteral("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :count) ORDER BY 1"));
    query.bindValue(QStringLiteral(":table"), m_table);
    query.bindValue(QStringLiteral(":count"), count);
    if (!query.exec())
        return fail(query);
    ids->reserve(count);
    while (query.next())
        ids->append(query.value(0).toLongLong());
    return ids->size() == count || fail(query);
}

void SqlTable::bindValues(QSqlQuery &query, const QVariantList &values, int first)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(first + int(i), values.at(i));
}

PostgresqlCopyIn SqlTable::startCopy(const QString &columns) const
{
    const QString withId = QStringLiteral("id, ") + columns;
    return PostgresqlCopyIn(m_database.connection(), m_table, withId.split(QStringLiteral(", ")));
}

SqliteInsert SqlTable::startInsert(const QString &columns) const
{
    const QString withId = QStringLiteral("id, ") + columns;
    return SqliteInsert(m_database.connection(), m_table, withId.split(QStringLiteral(", ")));
}

bool SqlTable::finishInsert(const SqliteInsert &insert, bool keptIds)
{
    m_explicitIds = m_explicitIds || keptIds;
    m_error = insert.error();
    m_unreadableId = 0;
    return !m_error.isValid();
}

bool SqlTable::isServer() const
{
    return m_database.isServer();
}

bool SqlTable::finishCopy(PostgresqlCopyIn &copy, bool keptIds)
{
    m_explicitIds = m_explicitIds || keptIds;
    if (copy.finish())
        return true;
    m_error = copy.error();
    m_unreadableId = 0;
    return false;
}

bool SqlTable::fail(const QSqlQuery &query)
{
    m_error = query.lastError();
    m_unreadableId = 0;
    return false;
}

bool SqlTable::failOnRow(qint64 id)
{
    m_error = QSqlError();
    m_unreadableId = id;
    return false;
}

} // namespace Rapport
