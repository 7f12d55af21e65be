#include "postgresqlcopyin.h"

#include <QLocale>
#include <QSqlDriver>

#include <utility>

#include <libpq-fe.h>

namespace Rapport {

namespace {

constexpr qsizetype ChunkSize = 256 * 1024;

QString lastError(PGconn *connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

} // namespace

PostgresqlCopyIn::PostgresqlCopyIn(const QSqlDatabase &db, const QString &table, const QStringList &columns)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // QPSQL declares the handle as PGconn*; Qt's metatype records the struct behind the typedef.
    if (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0) {
        fail(tr("not a PostgreSQL connection"));
        return;
    }
    m_connection = *static_cast<PGconn *const *>(handle.data());
    // The table and column names are Rapport's own, never user input.
    const QByteArray statement = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QStringLiteral(", "))).toUtf8();
    PGresult *result = PQexec(m_connection, statement.constData());
    const bool started = PQresultStatus(result) == PGRES_COPY_IN;
    if (!started)
        fail(QString::fromUtf8(PQresultErrorMessage(result)).trimmed());
    PQclear(result);
    m_started = started;
    m_buffer.reserve(ChunkSize + 4096);
}

PostgresqlCopyIn::~PostgresqlCopyIn()
{
    if (m_started && !m_finished) {
        // Abandoned: end the COPY with an error so the connection is usable (its transaction is not).
        PQputCopyEnd(m_connection, "abandoned");
        while (PGresult *result = PQgetResult(m_connection))
            PQclear(result);
    }
}

bool PostgresqlCopyIn::fail(const QString &message, const QString &state)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_state = state;
    }
    return false;
}

QSqlError PostgresqlCopyIn::error() const
{
    return m_error.isEmpty() ? QSqlError() : QSqlError(QString(), m_error, QSqlError::StatementError, m_state);
}

bool PostgresqlCopyIn::addRow(const QVariantList &values)
{
    for (const QVariant &value : values) {
        if (value.isNull()) {
            addNull();
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::Double:
            addDouble(value.toDouble());
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            addInteger(value.toLongLong());
            break;
        default: {
            const QByteArray utf8 = value.toString().toUtf8();
            addText(utf8.constData(), utf8.size());
        }
        }
    }
    return endRow();
}

void PostgresqlCopyIn::addNull()
{
    if (std::exchange(m_rowStarted, true))
        m_buffer.append('\t');
    m_buffer.append("\\N");
}

void PostgresqlCopyIn::addInteger(qint64 value)
{
    if (std::exchange(m_rowStarted, true))
        m_buffer.append('\t');
    m_buffer.append(QByteArray::number(value));
}

void PostgresqlCopyIn::addDouble(double value)
{
    if (std::exchange(m_rowStarted, true))
        m_buffer.append('\t');
    m_buffer.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

void PostgresqlCopyIn::addText(const char *utf8, qsizetype size)
{
    if (std::exchange(m_rowStarted, true))
        m_buffer.append('\t');
    // COPY's text format: backslash escapes for the characters that separate values and rows;
    // the runs between them go in whole.
    const char *run = utf8;
    const char *const end = utf8 + size;
    for (const char *c = utf8; c != end; ++c) {
        const char *escaped = nullptr;
        switch (*c) {
        case '\\': escaped = "\\\\"; break;
        case '\n': escaped = "\\n"; break;
        case '\r': escaped = "\\r"; break;
        case '\t': escaped = "\\t"; break;
        default: continue;
        }
        m_buffer.append(run, c - run).append(escaped);
        run = c + 1;
    }
    m_buffer.append(run, end - run);
}

bool PostgresqlCopyIn::endRow()
{
    m_buffer.append('\n');
    m_rowStarted = false;
    if (!m_started || !m_error.isEmpty())
        return false;
    return m_buffer.size() < ChunkSize || flush();
}

bool PostgresqlCopyIn::flush()
{
    if (m_buffer.isEmpty())
        return true;
    if (PQputCopyData(m_connection, m_buffer.constData(), int(m_buffer.size())) != 1)
        return fail(lastError(m_connection));
    m_buffer.clear();
    return true;
}

bool PostgresqlCopyIn::finish()
{
    if (!m_started)
        return false;
    m_finished = true;
    const bool sent = m_error.isEmpty() && flush();
    if (PQputCopyEnd(m_connection, sent ? nullptr : "cancelled") != 1)
        fail(lastError(m_connection));
    while (PGresult *result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK)
            fail(QString::fromUtf8(PQresultErrorMessage(result)).trimmed(),
                 QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)));
        PQclear(result);
    }
    return m_error.isEmpty();
}

} // namespace Rapport
