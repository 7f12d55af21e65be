#include "sqliteschema.h"

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

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

qint64 SqliteSchema::insertedId(QSqlQuery &query)
{
    return query.lastInsertId().toLongLong();
}

QString SqliteSchema::connectOptions(bool readOnly, bool immutable)
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable)
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    return options;
}

QString SqliteSchema::databaseName(const QString &path, bool immutable)
{
    // Without a writable folder SQLite cannot make the files WAL mode reads through;
    // "immutable" reads the file as it is, which is all a read-only folder allows anyway.
    if (!immutable)
        return path;
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + QStringLiteral("?immutable=1");
}

bool SqliteSchema::hasSchema(QSqlDatabase &db, int version)
{
    QStringList expected;
    for (int v = 1; v <= version; ++v) {
        const QStringList statements = migration(v);
        for (const QString &statement : statements) {
            static const QRegularExpression createTable(QStringLiteral("^CREATE TABLE (\\w+)"));
            const QRegularExpressionMatch match = createTable.match(statement);
            if (match.hasMatch())
                expected.append(match.captured(1));
        }
    }
    const QStringList tables = db.tables(QSql::Tables);
    for (const QString &table : std::as_const(expected)) {
        if (!tables.contains(table))
            return false;
    }
    return true;
}

bool SqliteSchema::configure(QSqlDatabase &db, bool readOnly, QString *error)
{
    QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
    };
    if (!readOnly)
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode = WAL"));
    return execAll(db, pragmas, error);
}

bool SqliteSchema::checkIntegrity(QSqlDatabase &db, Failure *failure, QString *detail)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        *failure = classify(query.lastError());
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

bool SqliteSchema::checkReadable(QSqlDatabase &db, Failure *failure, QString *detail)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next())
        return true;
    *failure = classify(query.lastError());
    *detail = query.lastError().text();
    return false;
}

bool SqliteSchema::isEmpty(QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next() && query.value(0).toInt() == 0;
}

int SqliteSchema::schemaVersion(QSqlDatabase &db, bool *ok)
{
    QSqlQuery query(db);
    *ok = query.exec(QStringLiteral("PRAGMA user_version")) && query.next();
    return *ok ? query.value(0).toInt() : -1;
}

bool SqliteSchema::setSchemaVersion(QSqlDatabase &db, int version, QString *error)
{
    // A pragma cannot take a bound value; the version is an integer we produce ourselves.
    return execAll(db, {QStringLiteral("PRAGMA user_version = ") + QString::number(version)}, error);
}

QStringList SqliteSchema::migration(int version)
{
    switch (version) {
    case 1:
        return {
            QStringLiteral(
                "CREATE TABLE clients ("
                " id INTEGER PRIMARY KEY,"
                " name TEXT NOT NULL,"
                " company TEXT NOT NULL DEFAULT '',"
                " email TEXT NOT NULL DEFAULT '',"
                " phone TEXT NOT NULL DEFAULT '',"
                " tags TEXT NOT NULL DEFAULT '',"
                " notes TEXT NOT NULL DEFAULT '',"
                " satisfaction REAL NOT NULL CHECK (satisfaction >= 0 AND satisfaction <= 10),"
                " repurchase REAL NOT NULL CHECK (repurchase >= 0 AND repurchase <= 10),"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),"
                " CHECK (length(trim(name)) > 0 OR length(trim(company)) > 0)"
                ") STRICT"),
            QStringLiteral("CREATE INDEX clients_email ON clients (email)"),
            QStringLiteral(
                "CREATE TABLE segmentation_rules ("
                " id INTEGER PRIMARY KEY CHECK (id = 1),"
                " satisfaction_boundary REAL NOT NULL CHECK (satisfaction_boundary >= 0 AND satisfaction_boundary <= 10),"
                " repurchase_boundary REAL NOT NULL CHECK (repurchase_boundary >= 0 AND repurchase_boundary <= 10),"
                " apostle_minimum REAL NOT NULL CHECK (apostle_minimum >= 0 AND apostle_minimum <= 10),"
                " terrorist_maximum REAL NOT NULL CHECK (terrorist_maximum >= 0 AND terrorist_maximum <= 10)"
                ") STRICT"),
            QStringLiteral("INSERT INTO segmentation_rules VALUES (1, 5.0, 5.0, 9.0, 1.0)"),
            QStringLiteral(
                "CREATE TABLE settings ("
                " key TEXT PRIMARY KEY,"
                " value TEXT NOT NULL"
                ") STRICT"),
        };
    case 2:
        return {
            QStringLiteral("ALTER TABLE clients ADD COLUMN ideal_interval_days INTEGER NOT NULL DEFAULT 0"
                           " CHECK (ideal_interval_days >= 0)"),
            QStringLiteral("ALTER TABLE clients ADD COLUMN maximum_interval_days INTEGER NOT NULL DEFAULT 0"
                           " CHECK (maximum_interval_days >= 0)"),
            QStringLiteral(
                "CREATE TABLE interactions ("
                " id INTEGER PRIMARY KEY,"
                " client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,"
                " happened_at INTEGER NOT NULL,"
                " kind TEXT NOT NULL CHECK (kind IN ('meeting', 'call', 'email', 'message', 'other')),"
                " direction TEXT NOT NULL CHECK (direction IN ('outbound', 'inbound')),"
                " outcome TEXT NOT NULL CHECK (outcome IN ('answered', 'no_answer')),"
                " note TEXT NOT NULL DEFAULT ''"
                ") STRICT"),
            QStringLiteral("CREATE INDEX interactions_client ON interactions (client_id, happened_at)"),
            QStringLiteral(
                "CREATE TABLE segment_history ("
                " id INTEGER PRIMARY KEY,"
                " client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,"
                " changed_at INTEGER NOT NULL,"
                " from_satisfaction REAL NOT NULL,"
                " from_repurchase REAL NOT NULL,"
                " to_satisfaction REAL NOT NULL,"
                " to_repurchase REAL NOT NULL,"
                " from_segment TEXT NOT NULL,"
                " from_extreme TEXT NOT NULL DEFAULT '',"
                " to_segment TEXT NOT NULL,"
                " to_extreme TEXT NOT NULL DEFAULT '',"
                " source TEXT NOT NULL CHECK (source IN ('drag', 'edit', 'import')),"
                " acknowledged INTEGER NOT NULL DEFAULT 0 CHECK (acknowledged IN (0, 1))"
                ") STRICT"),
            QStringLiteral("CREATE INDEX segment_history_client ON segment_history (client_id, changed_at)"),
        };
    case 3:
        return {
            QStringLiteral("ALTER TABLE clients ADD COLUMN ladder_rung TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE clients ADD COLUMN stage TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE clients ADD COLUMN integrity INTEGER NOT NULL DEFAULT 0 CHECK (integrity BETWEEN 0 AND 5)"),
            QStringLiteral("ALTER TABLE clients ADD COLUMN competency INTEGER NOT NULL DEFAULT 0 CHECK (competency BETWEEN 0 AND 5)"),
            QStringLiteral("ALTER TABLE clients ADD COLUMN recognition INTEGER NOT NULL DEFAULT 0 CHECK (recognition BETWEEN 0 AND 5)"),
            QStringLiteral("ALTER TABLE clients ADD COLUMN proactivity INTEGER NOT NULL DEFAULT 0 CHECK (proactivity BETWEEN 0 AND 5)"),
            QStringLiteral("ALTER TABLE clients ADD COLUMN savvy INTEGER NOT NULL DEFAULT 0 CHECK (savvy BETWEEN 0 AND 5)"),
            QStringLiteral("ALTER TABLE clients ADD COLUMN chemistry INTEGER NOT NULL DEFAULT 0 CHECK (chemistry BETWEEN 0 AND 5)"),
            QStringLiteral("ALTER TABLE clients ADD COLUMN nps INTEGER NOT NULL DEFAULT -1 CHECK (nps BETWEEN -1 AND 10)"),
            QStringLiteral("ALTER TABLE clients ADD COLUMN nps_date TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE clients ADD COLUMN degree INTEGER NOT NULL DEFAULT 0 CHECK (degree BETWEEN 0 AND 3)"),
            QStringLiteral("ALTER TABLE clients ADD COLUMN hostage_reason TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE clients ADD COLUMN hostage_reason_ends TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE clients ADD COLUMN purchases_per_year INTEGER NOT NULL DEFAULT 0 CHECK (purchases_per_year >= 0)"),
        };
    default:
        return {};
    }
}

int SqliteSchema::latestVersion()
{
    return 3;
}

bool SqliteSchema::backupTo(QSqlDatabase &db, const QString &path, QString *error)
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

bool SqliteSchema::limitGrowth(QSqlDatabase &db, int pages, QString *error)
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
    return execAll(db, {QStringLiteral("PRAGMA max_page_count = ") + QString::number(limit)}, error);
}

SqliteSchema::Failure SqliteSchema::classify(const QSqlError &error)
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
