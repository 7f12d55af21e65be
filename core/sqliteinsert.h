#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace Rapport {

/**
 * Rows inserted into one table of an SQLite file through SQLite's own prepared statement, on
 * QSQLITE's connection (and so in its transaction): what PostgresqlCopyIn is for a server.
 * QtSql's binding, a hash lookup and a formatted placeholder name per value, cost more than
 * SQLite's writing of the row.
 *
 * Values are bound as QSQLITE binds them: a null QVariant is NULL, integers and booleans are
 * integers, doubles are reals, byte arrays are blobs, and everything else is its text.
 */
class SqliteInsert
{
    Q_DECLARE_TR_FUNCTIONS(SqliteInsert)
public:
    /** Prepares INSERT INTO @p table (@p columns) on @p db, which must be a QSQLITE connection. */
    SqliteInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns);
    ~SqliteInsert();
    SqliteInsert(const SqliteInsert &) = delete;
    SqliteInsert &operator=(const SqliteInsert &) = delete;

    /** Inserts one row: one value per column, in order. The row's id, or 0 once anything failed. */
    qint64 addRow(const QVariantList &values);
    /** The failure as QSQLITE reports one, with SQLite's extended result code as its native code. */
    QSqlError error() const { return m_error; }

private:
    bool fail(const QString &what);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_columns = 0;
    QSqlError m_error;
};

} // namespace Rapport
