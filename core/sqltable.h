#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVector>

#include "postgresqlcopyin.h"

#include <optional>

namespace Rapport {

class Database;

/**
 * What the classes for Rapport's tables (ClientTable, InteractionTable, HistoryTable,
 * SettingsTable) share: the open Database, statements prepared once and reused for every row
 * of one operation, and why the last call failed.
 *
 * A table object lives for one operation: its prepared statements belong to the connection
 * that was open when it was made.
 */
class SqlTable
{
public:
    /** The failed statement's error; invalid when the failure was a row Rapport cannot read. */
    QSqlError lastError() const { return m_error; }
    /** The id of the row whose values Rapport cannot read, when that made the last call fail; else 0. */
    qint64 unreadableId() const { return m_unreadableId; }
    /**
     * After rows were inserted with ids of their own: on a server, moves the ids the database
     * chooses next past them (SqlDialect::followExplicitIds). False with @p error set.
     */
    bool followExplicitIds(QString *error);

protected:
    SqlTable(const Database &database, const QString &table);

    const Database &database() const { return m_database; }
    /** @p query, prepared with @p sql the first time it is asked for. */
    QSqlQuery &prepared(std::optional<QSqlQuery> &query, const QString &sql);
    /** A forward-only query on the connection, for one read. */
    QSqlQuery reader() const;
    /** Runs @p query; false with its error kept. */
    bool run(QSqlQuery &query);
    /**
     * Runs the INSERT @p query. When @p id is 0 or less, @p query ends with the dialect's
     * returningId() and @p id receives the new row's id; otherwise @p id was bound by the caller.
     */
    bool insert(QSqlQuery &query, qint64 &id);
    /**
     * On a server, for rows written by COPY: reserves the ids the database would give @p count new
     * rows, in ascending order.
     */
    bool reserveIds(qsizetype count, QVector<qint64> *ids);
    /** The COPY of @p columns (each row: the id, then the table's columns) into this table. */
    PostgresqlCopyIn copyIn(const QString &columns) const;
    /** Ends @p copy; false with its error kept. @p keptIds: some rows brought their own ids. */
    bool finishCopy(PostgresqlCopyIn &copy, bool keptIds);
    bool fail(const QSqlQuery &query);
    bool failOnRow(qint64 id);

private:
    const Database &m_database;
    QString m_table;
    QSqlError m_error;
    qint64 m_unreadableId = 0;
    bool m_explicitIds = false;
};

} // namespace Rapport
