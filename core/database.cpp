#include "database.h"

#include "postgresqldialect.h"
#include "backupfiles.h"
#include "databasecopy.h"
#include "schema.h"
#include "sqlitedialect.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QDateTime>
#include <QStandardPaths>

namespace Rapport {

namespace {
QAtomicInt connectionCounter;
}

Database::Database()
    : m_connectionName(QStringLiteral("rapport-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_dialect(&SqliteDialect::instance())
{
}

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return Schema::latestVersion();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/rapport.sqlite");
}

bool Database::isOpen() const
{
    return m_db.isOpen();
}

void Database::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::fail(OpenError error, const QString &message)
{
    close();
    m_openError = error;
    m_errorString = message;
    return false;
}

bool Database::open(const QString &location, IntegrityCheck check, const QString &password)
{
    close();
    m_location = DatabaseLocation::parse(location);
    m_openError = OpenError::None;
    m_errorString.clear();
    m_readOnly = false;
    m_userName.clear();
    m_encrypted = false;
    if (!m_location.isValid())
        return fail(OpenError::Other, m_location.errorString());
    if (m_location.isServer()) {
        m_dialect = &PostgresqlDialect::instance();
        return openServer(password);
    }
    m_dialect = &SqliteDialect::instance();
    // A file has no roles: who writes is the person logged in on this computer.
    m_userName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (m_userName.isEmpty()) // a service or cron job: the home folder is named after the login
        m_userName = QDir::home().dirName();
    return openFile(location, check);
}

bool Database::openFile(const QString &path, IntegrityCheck check)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QFileInfo info(path);
    if (info.exists() && info.isDir())
        return fail(OpenError::CannotCreate, tr("%1 is a folder, not a Rapport database file.").arg(shownPath));
    if (info.exists() && info.size() == 0 && info.isWritable())
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return fail(OpenError::CannotCreate,
                        tr("Cannot create the folder %1. Choose a location you can write to.")
                            .arg(QDir::toNativeSeparators(info.absolutePath())));
        // Create the file ourselves so that it is readable by its owner only from the start.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
            return fail(OpenError::CannotCreate,
                        tr("Cannot create %1: %2. Choose a location you can write to.").arg(shownPath, file.errorString()));
        file.close();
        info.refresh();
    }
    if (!info.isReadable())
        return fail(OpenError::CannotCreate, tr("You do not have permission to read %1.").arg(shownPath));
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    m_readOnly = !info.isWritable() || !folderWritable;

    m_db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    m_db.setDatabaseName(SqliteDialect::databaseName(path, !folderWritable));
    m_db.setConnectOptions(SqliteDialect::connectOptions(m_readOnly, !folderWritable));
    if (!m_db.open())
        return fail(OpenError::Other, tr("Cannot open %1: %2").arg(shownPath, m_db.lastError().text()));

    SqlDialect::Failure failure = SqlDialect::Failure::Other;
    QString detail;
    const bool readable = check == IntegrityCheck::Run ? SqliteDialect::checkIntegrity(m_db, &failure, &detail)
                                                       : SqliteDialect::checkReadable(m_db, &failure, &detail);
    if (!readable) {
        switch (failure) {
        case SqlDialect::Failure::Busy:
            return fail(OpenError::Locked,
                        tr("%1 is in use by another program. Close it there, or open another file.").arg(shownPath));
        case SqlDialect::Failure::NotADatabase:
            return fail(OpenError::NotADatabase,
                        tr("%1 is not a Rapport database (or is damaged beyond reading). It was left untouched.").arg(shownPath));
        default:
            // SQLite's report spans lines and can list every page: one line, and its start only.
            QString summary = detail.simplified();
            if (summary.size() > 100) {
                const qsizetype cut = summary.lastIndexOf(QLatin1Char(' '), 100);
                summary = summary.left(cut > 0 ? cut : 100) + QStringLiteral(" …");
            }
            return fail(OpenError::Corrupt,
                        tr("%1 is damaged (%2). It was left untouched; restore a backup or open another file.")
                            .arg(shownPath, summary));
        }
    }

    bool ok = false;
    const int version = m_dialect->schemaVersion(m_db, &ok);
    if (!ok)
        return fail(OpenError::NotADatabase, tr("%1 is not a Rapport database. It was left untouched.").arg(shownPath));
    if (!checkSchema(version))
        return false;

    QString error;
    if (!m_dialect->configure(m_db, m_readOnly, &error))
        return fail(OpenError::Other, tr("Cannot prepare %1: %2").arg(shownPath, error));

    // Keep the file as it was before changing its schema: a copy beside it.
    if (version >= 1 && version < latestSchemaVersion()) {
        const QString copy = upgradeBackupPath(path, version);
        if (!backupTo(copy, &error))
            return fail(OpenError::Other, tr("Cannot upgrade %1: the copy taken first could not be written (%2). "
                                             "Nothing was changed.").arg(shownPath, error));
    }
    return migrate(version);
}

bool Database::openServer(const QString &password)
{
    const QString server = m_location.displayName();
    m_db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    if (!m_db.isValid())
        return fail(OpenError::Other,
                    tr("This Rapport cannot connect to PostgreSQL servers: Qt's PostgreSQL driver is not installed "
                       "(on Debian, the package libqt6sql6-psql)."));
    m_db.setHostName(m_location.host());
    if (m_location.port() > 0)
        m_db.setPort(m_location.port());
    m_db.setDatabaseName(m_location.databaseName());
    m_db.setUserName(m_location.userName());
    m_db.setPassword(password.isEmpty() ? m_location.password() : password);
    // TCP keepalives: a cut network shows as a closed connection within half a minute, without a query waiting on it.
    QString options = m_location.connectOptions();
    if (!options.contains(QLatin1String("keepalives")))
        options += QStringLiteral(" keepalives_idle=10 keepalives_interval=5 keepalives_count=3");
    m_db.setConnectOptions(options.trimmed());
    if (!m_db.open()) {
        // libpq adds a second line of hints ("Is the server running on that host…"): the first says it.
        const QString reason = m_db.lastError().databaseText().section(QLatin1Char('\n'), 0, 0).simplified();
        const QString host = m_location.host().isEmpty() ? tr("this computer") : m_location.host();
        const QString user = m_location.userName().isEmpty() ? qEnvironmentVariable("USER") : m_location.userName();
        switch (PostgresqlDialect::classifyConnection(m_db.lastError())) {
        case SqlDialect::Failure::Unreachable:
            return fail(OpenError::Unreachable,
                        tr("No PostgreSQL server answers at %1. Check the address and port, and that the server is "
                           "running (%2).").arg(host, reason));
        case SqlDialect::Failure::PasswordMissing:
            return fail(OpenError::PasswordMissing,
                        tr("The server %1 asks for the password of %2. Enter it in File → Connect to Server…, or keep "
                           "it in ~/.pgpass.").arg(host, user));
        case SqlDialect::Failure::AuthenticationFailed:
            return fail(OpenError::AuthenticationFailed,
                        tr("The server %1 did not accept the user name %2 with that password.").arg(host, user));
        case SqlDialect::Failure::NoSuchDatabase:
            return fail(OpenError::NoSuchDatabase,
                        tr("The server %1 has no database named %2. Check the name, or ask the server's administrator "
                           "to create it.").arg(host, m_location.databaseName().isEmpty() ? user : m_location.databaseName()));
        case SqlDialect::Failure::NoPermission:
            return fail(OpenError::NoPermission,
                        tr("%1 may not connect to %2. Ask the server's administrator for access.").arg(user, server));
        default:
            return fail(OpenError::Other, tr("Cannot connect to %1: %2").arg(server, reason));
        }
    }
    QString error;
    if (!m_dialect->configure(m_db, false, &error))
        return fail(OpenError::Other, tr("Cannot prepare %1: %2").arg(server, error));
    QSqlQuery role(m_db);
    if (!role.exec(QStringLiteral("SELECT current_user")) || !role.next())
        return fail(OpenError::Other, tr("Cannot read %1: %2").arg(server, role.lastError().text()));
    m_userName = role.value(0).toString();
    m_encrypted = role.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && role.next()
        && role.value(0).toBool();
    bool ok = false;
    const int version = m_dialect->schemaVersion(m_db, &ok);
    if (!ok)
        return fail(OpenError::Other, tr("Cannot read %1: %2").arg(server, m_db.lastError().text()));
    return checkSchema(version) && migrate(version);
}

bool Database::checkSchema(int version)
{
    const QString shown = displayName();
    if (version > latestSchemaVersion())
        return fail(OpenError::NewerSchema,
                    isServer() ? tr("%1 was set up by a newer version of Rapport. Update Rapport to use it; nothing was "
                                    "changed.").arg(shown)
                               : tr("%1 was saved by a newer version of Rapport. Update Rapport to open it; the file was "
                                    "left untouched.").arg(shown));
    if (version < latestSchemaVersion() && m_readOnly)
        return fail(OpenError::ReadOnlyOutdated,
                    tr("%1 needs to be upgraded but is read-only. Make it writable, or open a copy.").arg(shown));
    // A database that claims a version must hold its tables, and a new one must be empty: an
    // unknown database is not ours to change.
    if (version > 0 && !SqlDialect::hasTables(m_db, Schema::tables(version)))
        return refuseForeign();
    // A file is checked before anything touches it (even the journal mode); a server's tables
    // may appear meanwhile from another Rapport, which migrate() waits for.
    if (version == 0 && !isServer() && !m_dialect->isEmpty(m_db))
        return refuseForeign();
    return true;
}

bool Database::refuseForeign()
{
    const QString shown = displayName();
    return fail(OpenError::NotADatabase,
                isServer() ? tr("%1 holds tables of another program, not Rapport. Nothing was changed; use an empty "
                                "database.").arg(shown)
                           : tr("%1 is a database of another program, not Rapport. It was left untouched.").arg(shown));
}

bool Database::migrate(int version)
{
    const QString shown = displayName();
    for (int next = version + 1; next <= latestSchemaVersion(); ++next) {
        QString error;
        if (!m_db.transaction())
            return fail(OpenError::Other, tr("Cannot upgrade %1: %2").arg(shown, m_db.lastError().text()));
        // Another Rapport may be creating or upgrading the same database right now: wait for it,
        // then see what it left.
        bool ok = m_dialect->lockSchema(m_db, &error);
        const int current = ok ? m_dialect->schemaVersion(m_db, &ok) : -1;
        if (ok && current == 0 && !m_dialect->isEmpty(m_db)) {
            // Not created by Rapport (another Rapport creating it would have set the version first).
            m_db.rollback();
            return refuseForeign();
        }
        if (ok && current >= next) {
            ok = m_db.commit();
            if (!ok)
                error = m_db.lastError().text();
        } else if (ok) {
            const QStringList statements = Schema::migration(next, *m_dialect);
            for (const QString &statement : statements) {
                QSqlQuery query(m_db);
                if (!query.exec(statement)) {
                    if (m_dialect->classify(query.lastError()) == SqlDialect::Failure::NoPermission) {
                        m_db.rollback();
                        return fail(OpenError::NoPermission,
                                    tr("%1 may not create Rapport's tables in %2. Ask the server's administrator to let "
                                       "the database's owner connect once first, or to grant the right to create tables.")
                                        .arg(m_location.userName(), shown));
                    }
                    error = query.lastError().text();
                    ok = false;
                    break;
                }
            }
            if (ok)
                ok = Schema::migrateRows(next, m_db, &error);
            if (ok)
                ok = m_dialect->setSchemaVersion(m_db, next, &error);
            if (ok && !m_db.commit()) {
                ok = false;
                error = m_db.lastError().text();
            }
        }
        if (!ok) {
            m_db.rollback();
            return fail(OpenError::Other, tr("Cannot upgrade %1 to the current version: %2").arg(shown, error));
        }
    }
    return true;
}

int Database::schemaVersion() const
{
    QSqlDatabase db = m_db;
    bool ok = false;
    return m_dialect->schemaVersion(db, &ok);
}

bool Database::isSoundCopy(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    const QString name = QStringLiteral("rapport-check-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    bool sound = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(SqliteDialect::databaseName(path, true));
        db.setConnectOptions(SqliteDialect::connectOptions(true, true));
        if (db.open()) {
            SqlDialect::Failure failure = SqlDialect::Failure::Other;
            QString detail;
            bool ok = false;
            const SqliteDialect &sqlite = SqliteDialect::instance();
            const int version = SqliteDialect::checkIntegrity(db, &failure, &detail) ? sqlite.schemaVersion(db, &ok) : -1;
            sound = ok && version >= 1 && version <= latestSchemaVersion() && SqlDialect::hasTables(db, Schema::tables(version));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return sound;
}

QString Database::upgradeBackupPath(const QString &path, int version)
{
    const QFileInfo info(path);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName()
        + QStringLiteral(".before-upgrade-v%1-%2.sqlite").arg(version).arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

bool Database::backupTo(const QString &path, QString *error) const
{
    if (!m_db.isOpen()) {
        *error = tr("no database is open");
        return false;
    }
    // Write next to the target first; SQLite refuses to write into an existing file.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    QSqlDatabase db = m_db;
    if (isServer() ? !DatabaseCopy::copyToNewFile(*this, partial, error) : !SqliteDialect::backupTo(db, partial, error)) {
        QFile::remove(partial);
        return false;
    }
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner);
    if (!BackupFiles::replaceFile(partial, path)) {
        QFile::remove(partial);
        *error = tr("cannot write %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

namespace {
// The engine's own words, on one line: PostgreSQL's start with "ERROR:" and add DETAIL lines
// and the SQLSTATE, which say nothing more to an owner.
QString engineText(const QSqlError &error)
{
    QString text = error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (text.startsWith(QLatin1String("ERROR:")))
        text = text.mid(6).trimmed();
    return text.isEmpty() ? error.text() : text;
}
} // namespace

QString Database::describeFailure(const QSqlQuery &query, const QString &action) const
{
    return describeFailure(query.lastError(), action);
}

QString Database::describeFailure(const QSqlError &error, const QString &action) const
{
    const QString shown = displayName();
    switch (m_dialect->classify(error)) {
    case SqlDialect::Failure::ReadOnly:
        return tr("Could not %1: %2 is read-only. Nothing was changed.").arg(action, shown);
    case SqlDialect::Failure::Busy:
        return tr("Could not %1: another program is using %2. Nothing was changed; try again in a moment.").arg(action, shown);
    case SqlDialect::Failure::DiskFull:
        return tr("Could not %1: the disk is full. Nothing was changed; free some space and try again.").arg(action);
    case SqlDialect::Failure::Corrupt:
    case SqlDialect::Failure::NotADatabase:
        return tr("Could not %1: %2 is damaged. Nothing was changed; restore a backup.").arg(action, shown);
    case SqlDialect::Failure::Constraint:
        return tr("Could not %1: the values are not allowed (%2). Nothing was changed.").arg(action, engineText(error));
    case SqlDialect::Failure::NoPermission:
        return tr("Could not %1: %2 may not change %3. Nothing was changed; ask the server's administrator for the right.")
            .arg(action, m_location.userName(), shown);
    case SqlDialect::Failure::ConnectionLost:
    case SqlDialect::Failure::Unreachable:
        return tr("Could not %1: the connection to %2 was lost. Nothing was changed; try again when the server is back.")
            .arg(action, shown);
    case SqlDialect::Failure::Conflict:
        return tr("Could not %1: someone else changed the same data at the same moment. Nothing was changed; try again.")
            .arg(action);
    default:
        return tr("Could not %1: %2. Nothing was changed.").arg(action, error.text());
    }
}

} // namespace Rapport
