#include "sqliteinsert.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace Rapport {

SqliteInsert::SqliteInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns)
    : m_columns(int(columns.size()))
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.data());
    if (!m_db) {
        m_error = QSqlError(tr("Not an SQLite connection."), QString(), QSqlError::ConnectionError);
        return;
    }
    QStringList placeholders;
    for (int i = 0; i < m_columns; ++i)
        placeholders.append(QStringLiteral("?"));
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
    if (sqlite3_prepare16_v2(m_db, sql.utf16(), int(sql.size() * 2), &m_statement, nullptr) != SQLITE_OK)
        fail(tr("Unable to prepare the statement"));
}

SqliteInsert::~SqliteInsert()
{
    sqlite3_finalize(m_statement);
}

qint64 SqliteInsert::addRow(const QVariantList &values)
{
    if (!m_statement || m_error.isValid())
        return 0;
    if (values.size() != m_columns) {
        m_error = QSqlError(tr("A row has %1 values for %2 columns.").arg(values.size()).arg(m_columns), QString(),
                            QSqlError::StatementError);
        return 0;
    }
    int status = SQLITE_OK;
    for (int i = 0; i < m_columns && status == SQLITE_OK; ++i) {
        const QVariant &value = values.at(i);
        if (value.isNull()) {
            status = sqlite3_bind_null(m_statement, i + 1);
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            status = sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            status = sqlite3_bind_double(m_statement, i + 1, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            status = sqlite3_bind_blob64(m_statement, i + 1, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::QString: {
            // The text lives in values until the row is stepped: SQLite need not copy it.
            const QString *text = static_cast<const QString *>(value.constData());
            status = sqlite3_bind_text16(m_statement, i + 1, text->isEmpty() ? static_cast<const void *>(u"") : text->utf16(),
                                         int(text->size() * 2), SQLITE_STATIC);
            break;
        }
        default: {
            const QString text = value.toString();
            status = sqlite3_bind_text16(m_statement, i + 1, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
            break;
        }
        }
    }
    if (status != SQLITE_OK) {
        fail(tr("Unable to bind parameters"));
        return 0;
    }
    status = sqlite3_step(m_statement);
    if (status != SQLITE_DONE)
        fail(tr("Unable to write the row"));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return status == SQLITE_DONE ? sqlite3_last_insert_rowid(m_db) : 0;
}

bool SqliteInsert::fail(const QString &what)
{
    m_error = QSqlError(what, QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                        QString::number(sqlite3_extended_errcode(m_db)));
    return false;
}

} // namespace Rapport
