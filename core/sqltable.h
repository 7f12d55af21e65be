#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVector>

#include <algorithm>

#include "postgresqlcopyin.h"
#include "sqliteinsert.h"

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
    /** On a server: the ids the database would give @p count new rows, reserved now, in ascending order. */
    bool reserveIds(qsizetype count, QVector<qint64> *ids);
    /** The COPY of the id and @p columns into this table. */
    PostgresqlCopyIn startCopy(const QString &columns) const;
    bool finishCopy(PostgresqlCopyIn &copy, bool keptIds);
    /** The INSERT of the id and @p columns into this table, in a file. */
    SqliteInsert startInsert(const QString &columns) const;
    bool finishInsert(const SqliteInsert &insert, bool keptIds);
    bool isServer() const;
    /**
     * Writes @p rows (each with an `id`) in bulk, the values of a row being @p valuesOf(row) in the
     * order of @p columns: on a server by one COPY of "id, " + @p columns, rows without an id
     * getting one reserved from the database first; in a file through SQLite's own statement,
     * rows without an id getting the one SQLite gives.
     */
    template<typename Row, typename ValuesOf>
    bool copyRows(const QString &columns, const QVector<Row *> &rows, ValuesOf valuesOf)
    {
        if (!isServer()) {
            SqliteInsert insert = startInsert(columns);
            bool keptIds = false;
            for (Row *row : rows) {
                keptIds = keptIds || row->id > 0;
                const qint64 id = insert.addRow(QVariantList{row->id > 0 ? QVariant(row->id) : QVariant()} + valuesOf(*row));
                if (id <= 0)
                    break;
                row->id = id;
            }
            return finishInsert(insert, keptIds);
        }
        const qsizetype fresh = std::count_if(rows.cbegin(), rows.cend(), [](const Row *row) { return row->id <= 0; });
        QVector<qint64> ids;
        if (!reserveIds(fresh, &ids))
            return false;
        PostgresqlCopyIn copy = startCopy(columns);
        bool keptIds = false;
        auto next = ids.cbegin();
        for (Row *row : rows) {
            keptIds = keptIds || row->id > 0;
            if (row->id <= 0)
                row->id = *next++;
            if (!copy.addRow(QVariantList{row->id} + valuesOf(*row)))
                break;
        }
        return finishCopy(copy, keptIds);
    }
    /** Binds @p values to @p query by position, starting at @p first (placeholders count in the order they appear). */
    static void bindValues(QSqlQuery &query, const QVariantList &values, int first);
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
