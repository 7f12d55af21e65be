#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariant>

struct pg_conn;

namespace Rapport {

/**
 * Rows written into one PostgreSQL table with COPY ... FROM STDIN through libpq, on the same
 * connection (and so in the same transaction) as QtSql's QPSQL. About thirty times faster than
 * an INSERT per row. COPY never goes through QSqlQuery: QPSQL would buffer without bound.
 *
 * Values are sent in COPY's text format; a null QVariant is NULL. Rows are sent in chunks, so
 * memory stays small however many rows there are.
 */
class PostgresqlCopyIn
{
    Q_DECLARE_TR_FUNCTIONS(PostgresqlCopyIn)
public:
    /** Starts COPY @p table (@p columns) FROM STDIN on @p db, which must be a QPSQL connection. */
    PostgresqlCopyIn(const QSqlDatabase &db, const QString &table, const QStringList &columns);
    ~PostgresqlCopyIn();
    PostgresqlCopyIn(const PostgresqlCopyIn &) = delete;
    PostgresqlCopyIn &operator=(const PostgresqlCopyIn &) = delete;

    /** Adds one row: one value per column, in order. False once anything failed. */
    bool addRow(const QVariantList &values);

    // A row value by value, for readers that have no QVariant at hand: each add*() is the next
    // column, endRow() ends the row (and is false once anything failed).
    void addNull();
    void addInteger(qint64 value);
    void addDouble(double value);
    /** Text in UTF-8. */
    void addText(const char *utf8, qsizetype size);
    bool endRow();
    /** Sends what is left and ends the COPY; false with errorString() when the server refused it. */
    bool finish();
    QString errorString() const { return m_error; }
    /** The failure as QtSql reports one, with the SQLSTATE as its native code (see PostgresqlDialect::classify). */
    QSqlError error() const;

private:
    bool flush();
    bool fail(const QString &message, const QString &state = {});

    pg_conn *m_connection = nullptr;
    QByteArray m_buffer;
    QString m_error;
    QString m_state;
    bool m_rowStarted = false;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Rapport
