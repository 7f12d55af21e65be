#include "databasecopy.h"

#include "database.h"
#include "postgresqlcopyin.h"

#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

namespace Rapport {

namespace {

// In the order the foreign keys need; the tables with an id column are marked.
struct Table
{
    const char *name;
    bool hasId;
};
const Table Tables[] = {
    {"clients", true},
    {"interactions", true},
    {"segment_history", true},
    {"settings", false},
    {"segmentation_rules", false},
};

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    return columns;
}

/** The SQLite connection behind @p db, or null when it is not one. */
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    return qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
}

/**
 * Every row of @p table from a SQLite file into @p copy, read with SQLite's own API on
 * QSQLITE's connection (so in its open snapshot): QtSql's QVariant per value, and text turned
 * to UTF-16 and back, took twice as long as the rest of the copy together.
 */
bool copyFromSqlite(sqlite3 *source, const QString &table, const QStringList &columns, PostgresqlCopyIn &copy,
                    QString *error)
{
    // The table and column names are Rapport's own, never user input.
    const QByteArray select = QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table).toUtf8();
    sqlite3_stmt *statement = nullptr;
    int status = sqlite3_prepare_v2(source, select.constData(), int(select.size()), &statement, nullptr);
    if (status == SQLITE_OK) {
        while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
            for (int i = 0; i < columns.size(); ++i) {
                switch (sqlite3_column_type(statement, i)) {
                case SQLITE_NULL:
                    copy.addNull();
                    break;
                case SQLITE_INTEGER:
                    copy.addInteger(sqlite3_column_int64(statement, i));
                    break;
                case SQLITE_FLOAT:
                    copy.addDouble(sqlite3_column_double(statement, i));
                    break;
                default: {
                    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
                    copy.addText(text, sqlite3_column_bytes(statement, i));
                }
                }
            }
            if (!copy.endRow())
                break; // the server refused: finish() says why
        }
    }
    const QString readError = status == SQLITE_DONE || status == SQLITE_ROW ? QString() : QString::fromUtf8(sqlite3_errmsg(source));
    sqlite3_finalize(statement);
    if (!readError.isEmpty()) {
        *error = readError; // and the COPY is abandoned with @p copy
        return false;
    }
    if (!copy.finish()) {
        *error = copy.errorString();
        return false;
    }
    return true;
}

/** Every row of @p table in @p target, read from @p source's open snapshot. */
bool copyTable(QSqlDatabase &source, Database &target, const QString &table, QString *error)
{
    QSqlDatabase to = target.connection();
    const QStringList columns = columnsOf(to, table);
    if (columns.isEmpty() || columnsOf(source, table) != columns) {
        *error = DatabaseCopy::tr("the table %1 differs between the two databases").arg(table);
        return false;
    }
    if (target.dialect().isServer()) {
        if (sqlite3 *file = sqliteHandle(source)) {
            PostgresqlCopyIn copy(to, table, columns);
            return copyFromSqlite(file, table, columns, copy, error);
        }
    }
    QSqlQuery read(source);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table))) {
        *error = read.lastError().text();
        return false;
    }
    QVariantList row;
    row.reserve(columns.size());
    if (target.dialect().isServer()) {
        PostgresqlCopyIn copy(to, table, columns);
        while (read.next()) {
            row.clear();
            for (int i = 0; i < columns.size(); ++i)
                row.append(read.value(i));
            if (!copy.addRow(row))
                break;
        }
        if (!copy.finish()) {
            *error = copy.errorString();
            return false;
        }
    } else {
        QSqlQuery insert(to);
        insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(table, columns.join(QStringLiteral(", ")),
                                QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                insert.bindValue(i, read.value(i));
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
        }
    }
    if (read.lastError().isValid()) {
        *error = read.lastError().text();
        return false;
    }
    return true;
}

} // namespace

bool DatabaseCopy::isEmpty(const Database &db, bool *ok)
{
    QSqlQuery query(db.connection());
    *ok = query.exec(QStringLiteral("SELECT (SELECT count(*) FROM clients) + (SELECT count(*) FROM interactions)"
                                    " + (SELECT count(*) FROM settings)"))
        && query.next();
    return *ok && query.value(0).toLongLong() == 0;
}

bool DatabaseCopy::copy(const Database &source, Database &target, QString *error, Target mode)
{
    if (!source.isOpen() || !target.isOpen()) {
        *error = tr("no database is open");
        return false;
    }
    if (target.isReadOnly()) {
        *error = tr("%1 is read-only").arg(target.displayName());
        return false;
    }
    bool ok = false;
    if (mode == Target::MustBeEmpty && !isEmpty(target, &ok)) {
        *error = ok ? tr("%1 already holds clients or settings; copy only into an empty database").arg(target.displayName())
                    : tr("%1 cannot be read").arg(target.displayName());
        return false;
    }
    QSqlDatabase from = source.connection();
    QSqlDatabase to = target.connection();
    // One snapshot of the source, whatever others write meanwhile.
    if (!from.transaction()) {
        *error = from.lastError().text();
        return false;
    }
    if (source.dialect().isServer()) {
        QSqlQuery isolation(from);
        if (!isolation.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))) {
            *error = isolation.lastError().text();
            from.rollback();
            return false;
        }
    }
    if (!to.transaction()) {
        *error = to.lastError().text();
        from.rollback();
        return false;
    }
    // The target's new schema holds the default rules: the source's replace them (and for a
    // restore, everything else too; interactions and history go with their clients).
    QStringList clear = {QStringLiteral("DELETE FROM segmentation_rules")};
    if (mode == Target::Replace)
        clear << QStringLiteral("DELETE FROM clients") << QStringLiteral("DELETE FROM settings");
    ok = SqlDialect::execAll(to, clear, error);
    // The tables are empty now: their indexes and keys are built once, after the rows are in.
    QStringList names;
    for (const Table &table : Tables)
        names.append(QString::fromLatin1(table.name));
    QStringList restore;
    ok = ok && target.dialect().dropIndexes(to, names, &restore, error);
    for (const QString &name : std::as_const(names)) {
        if (!ok)
            break;
        ok = copyTable(from, target, name, error);
    }
    ok = ok && SqlDialect::execAll(to, restore, error);
    for (const Table &table : Tables) {
        if (ok && table.hasId)
            ok = target.dialect().followExplicitIds(to, QString::fromLatin1(table.name), error);
    }
    if (ok && !to.commit()) {
        *error = to.lastError().text();
        ok = false;
    }
    if (!ok)
        to.rollback();
    from.rollback();
    return ok;
}

bool DatabaseCopy::copyToNewFile(const Database &source, const QString &path, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = tr("%1 exists already").arg(path);
        return false;
    }
    Database target;
    if (!target.open(path)) {
        *error = target.errorString();
        return false;
    }
    return copy(source, target, error);
}

} // namespace Rapport
