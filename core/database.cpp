#include "database.h"

#include "sqliteschema.h"

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
{
}

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return SqliteSchema::latestVersion();
}

QString Database::returningId()
{
    return SqliteSchema::returningId();
}

qint64 Database::insertedId(QSqlQuery &query)
{
    return SqliteSchema::insertedId(query);
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

bool Database::open(const QString &path, IntegrityCheck check)
{
    close();
    m_path = path;
    m_openError = OpenError::None;
    m_errorString.clear();
    m_readOnly = false;

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

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(SqliteSchema::databaseName(path, !folderWritable));
    m_db.setConnectOptions(SqliteSchema::connectOptions(m_readOnly, !folderWritable));
    if (!m_db.open())
        return fail(OpenError::Other, tr("Cannot open %1: %2").arg(shownPath, m_db.lastError().text()));

    SqliteSchema::Failure failure = SqliteSchema::Failure::Other;
    QString detail;
    const bool readable = check == IntegrityCheck::Run ? SqliteSchema::checkIntegrity(m_db, &failure, &detail)
                                                       : SqliteSchema::checkReadable(m_db, &failure, &detail);
    if (!readable) {
        switch (failure) {
        case SqliteSchema::Failure::Busy:
            return fail(OpenError::Locked,
                        tr("%1 is in use by another program. Close it there, or open another file.").arg(shownPath));
        case SqliteSchema::Failure::NotADatabase:
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
    const int version = SqliteSchema::schemaVersion(m_db, &ok);
    if (!ok)
        return fail(OpenError::NotADatabase, tr("%1 is not a Rapport database. It was left untouched.").arg(shownPath));
    if (version > latestSchemaVersion())
        return fail(OpenError::NewerSchema,
                    tr("%1 was saved by a newer version of Rapport. Update Rapport to open it; the file was left untouched.")
                        .arg(shownPath));
    if (version < latestSchemaVersion() && m_readOnly)
        return fail(OpenError::ReadOnlyOutdated,
                    tr("%1 needs to be upgraded but is read-only. Make it writable, or open a copy.").arg(shownPath));
    // A brand-new file must be empty, and a file that claims a version must hold its tables:
    // an unknown SQLite database is not ours to change.
    if (version == 0 ? !SqliteSchema::isEmpty(m_db) : !SqliteSchema::hasSchema(m_db, version))
        return fail(OpenError::NotADatabase,
                    tr("%1 is a database of another program, not Rapport. It was left untouched.").arg(shownPath));

    QString error;
    if (!SqliteSchema::configure(m_db, m_readOnly, &error))
        return fail(OpenError::Other, tr("Cannot prepare %1: %2").arg(shownPath, error));

    // Keep the file as it was before changing its schema: a copy beside it.
    if (version >= 1 && version < latestSchemaVersion()) {
        const QString copy = upgradeBackupPath(path, version);
        if (!backupTo(copy, &error))
            return fail(OpenError::Other, tr("Cannot upgrade %1: the copy taken first could not be written (%2). "
                                             "Nothing was changed.").arg(shownPath, error));
    }

    for (int next = version + 1; next <= latestSchemaVersion(); ++next) {
        if (!m_db.transaction())
            return fail(OpenError::Other, tr("Cannot upgrade %1: %2").arg(shownPath, m_db.lastError().text()));
        bool migrated = true;
        const QStringList statements = SqliteSchema::migration(next);
        for (const QString &statement : statements) {
            QSqlQuery query(m_db);
            if (!query.exec(statement)) {
                error = query.lastError().text();
                migrated = false;
                break;
            }
        }
        if (migrated)
            migrated = SqliteSchema::setSchemaVersion(m_db, next, &error);
        if (!migrated || !m_db.commit()) {
            m_db.rollback();
            return fail(OpenError::Other, tr("Cannot upgrade %1 to the current version: %2").arg(shownPath, error));
        }
    }
    return true;
}

int Database::schemaVersion() const
{
    QSqlDatabase db = m_db;
    bool ok = false;
    return SqliteSchema::schemaVersion(db, &ok);
}

bool Database::isSoundCopy(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    const QString name = QStringLiteral("rapport-check-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    bool sound = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(SqliteSchema::databaseName(path, true));
        db.setConnectOptions(SqliteSchema::connectOptions(true, true));
        if (db.open()) {
            SqliteSchema::Failure failure = SqliteSchema::Failure::Other;
            QString detail;
            bool ok = false;
            const int version = SqliteSchema::checkIntegrity(db, &failure, &detail) ? SqliteSchema::schemaVersion(db, &ok) : -1;
            sound = ok && version >= 1 && version <= latestSchemaVersion() && SqliteSchema::hasSchema(db, version);
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
    if (!SqliteSchema::backupTo(db, partial, error)) {
        QFile::remove(partial);
        return false;
    }
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner);
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QFile::remove(partial);
        *error = tr("%1 exists and cannot be replaced").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        *error = tr("cannot write %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

QString Database::describeFailure(const QSqlQuery &query, const QString &action) const
{
    const QSqlError error = query.lastError();
    const QString shownPath = QDir::toNativeSeparators(m_path);
    switch (SqliteSchema::classify(error)) {
    case SqliteSchema::Failure::ReadOnly:
        return tr("Could not %1: %2 is read-only. Nothing was changed.").arg(action, shownPath);
    case SqliteSchema::Failure::Busy:
        return tr("Could not %1: another program is using %2. Nothing was changed; try again in a moment.").arg(action, shownPath);
    case SqliteSchema::Failure::DiskFull:
        return tr("Could not %1: the disk is full. Nothing was changed; free some space and try again.").arg(action);
    case SqliteSchema::Failure::Corrupt:
    case SqliteSchema::Failure::NotADatabase:
        return tr("Could not %1: %2 is damaged. Nothing was changed; restore a backup.").arg(action, shownPath);
    case SqliteSchema::Failure::Constraint:
        return tr("Could not %1: the values are not allowed (%2). Nothing was changed.").arg(action, error.databaseText());
    default:
        return tr("Could not %1: %2. Nothing was changed.").arg(action, error.text());
    }
}

} // namespace Rapport
