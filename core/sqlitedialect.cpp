#include "sqlitedialect.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace Rapport {

namespace {

// SQLite primary result codes (sqlite3.h); QtSql reports them as the native error code.
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

} // namespace

const SqliteDialect &SqliteDialect::instance()
{
    static const SqliteDialect dialect;
    return dialect;
}

qint64 SqliteDialect::insertedId(QSqlQuery &query) const
{
    return query.lastInsertId().toLongLong();
}

QString SqliteDialect::connectOptions(bool readOnly, bool immutable)
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable)
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    return options;
}

QString SqliteDialect::databaseName(const QString &path, bool immutable)
{
    // Without a writable folder SQLite cannot make the files WAL mode reads through;
    // "immutable" reads the file as it is, which is all a read-only folder allows anyway.
    if (!immutable)
        return path;
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + QStringLiteral("?immutable=1");
}

bool SqliteDialect::configure(QSqlDatabase &db, bool readOnly, QString *error) const
{
    QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
    };
    if (!readOnly)
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode = WAL"));
    return SqlDialect::execAll(db, pragmas, error);
}

bool SqliteDialect::checkIntegrity(QSqlDatabase &db, Failure *failure, QString *detail)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        *failure = instance().classify(query.lastError());
        *detail = query.lastError().text();
        return false;
    }
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    if (problems == QStringList{QStringLiteral("ok")})
        return true;
    *failure = Failure::Corrupt;
    *detail = problems.mid(0, 3).join(QLatin1String("; "));
    return false;
}

bool SqliteDialect::checkReadable(QSqlDatabase &db, Failure *failure, QString *detail)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next())
        return true;
    *failure = instance().classify(query.lastError());
    *detail = query.lastError().text();
    return false;
}

bool SqliteDialect::isEmpty(QSqlDatabase &db) const
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next() && query.value(0).toInt() == 0;
}

int SqliteDialect::schemaVersion(QSqlDatabase &db, bool *ok) const
{
    QSqlQuery query(db);
    *ok = query.exec(QStringLiteral("PRAGMA user_version")) && query.next();
    return *ok ? query.value(0).toInt() : -1;
}

bool SqliteDialect::dropIndexes(QSqlDatabase &db, const QStringList &tables, QStringList *restore, QString *error) const
{
    // Keys stay: a primary key is the row id, and foreign keys are checked per row anyway.
    restore->clear();
    QStringList drops;
    QStringList creates;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = ?"));
    for (const QString &table : tables) {
        query.bindValue(0, table);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next()) {
            drops.append(QStringLiteral("DROP INDEX \"%1\"").arg(query.value(0).toString()));
            creates.append(query.value(1).toString());
        }
    }
    query.finish();
    if (!execAll(db, drops, error))
        return false;
    *restore = creates;
    return true;
}

bool SqliteDialect::setSchemaVersion(QSqlDatabase &db, int version, QString *error) const
{
    // A pragma cannot take a bound value; the version is an integer we produce ourselves.
    return SqlDialect::execAll(db, {QStringLiteral("PRAGMA user_version = ") + QString::number(version)}, error);
}

bool SqliteDialect::backupTo(QSqlDatabase &db, const QString &path, QString *error)
{
    // VACUUM INTO reads one snapshot of the database, so writers are neither blocked nor seen half-way.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO :path"));
    query.bindValue(QStringLiteral(":path"), path);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool SqliteDialect::limitGrowth(QSqlDatabase &db, int pages, QString *error)
{
    // max_page_count is the largest size the file may reach on this connection; it never goes
    // below the current size. 4294967294 is the largest SQLite accepts.
    qint64 limit = 4294967294;
    if (pages >= 0) {
        QSqlQuery count(db);
        if (!count.exec(QStringLiteral("PRAGMA page_count")) || !count.next()) {
            *error = count.lastError().text();
            return false;
        }
        limit = count.value(0).toLongLong() + pages;
    }
    // A pragma cannot take a bound value; the limit is an integer we compute ourselves.
    return SqlDialect::execAll(db, {QStringLiteral("PRAGMA max_page_count = ") + QString::number(limit)}, error);
}

bool SqliteDialect::setSecureDelete(QSqlDatabase &db, bool on, QString *error)
{
    return SqlDialect::execAll(db, {on ? QStringLiteral("PRAGMA secure_delete = ON") : QStringLiteral("PRAGMA secure_delete = OFF")},
                               error);
}

bool SqliteDialect::compact(QSqlDatabase &db, QString *error)
{
    return SqlDialect::execAll(db, {QStringLiteral("VACUUM"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}, error);
}

SqliteDialect::Failure SqliteDialect::classify(const QSqlError &error) const
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // extended codes keep the primary in the low byte
    if (!ok)
        return Failure::Other;
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return Failure::Busy;
    case SqliteReadOnly:
        return Failure::ReadOnly;
    case SqliteFull:
        return Failure::DiskFull;
    case SqliteCorrupt:
        return Failure::Corrupt;
    case SqliteNotADb:
        return Failure::NotADatabase;
    case SqliteConstraint:
        return Failure::Constraint;
    case SqliteCantOpen:
        return Failure::CannotOpen;
    default:
        return Failure::Other;
    }
}

} // namespace Rapport
