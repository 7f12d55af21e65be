#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace Rapport {

/**
 * One open Rapport database: a named QtSql connection owned by this object.
 *
 * Opening checks the file before anything is written: it must be readable as a database,
 * pass an integrity check and have a schema this build knows. Only then are pending
 * migrations applied, each in its own transaction. Everything specific to SQLite lives
 * in SqliteSchema; callers use portable SQL through connection().
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    /** Why open() failed. */
    enum class OpenError {
        None,
        CannotCreate, ///< the file or its folder cannot be created
        NotADatabase, ///< the file is not a database, or is damaged beyond reading
        Corrupt,      ///< the file is a database but fails its integrity check
        NewerSchema,  ///< written by a newer Rapport; left untouched
        Locked,       ///< another program holds the database
        ReadOnlyOutdated, ///< needs an upgrade but cannot be written
        Other,
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Whether open() runs SQLite's quick integrity check, which reads the whole file. */
    enum class IntegrityCheck {
        Run,
        AlreadyDone ///< the same file passed it a moment ago (ClientStore::openInBackground)
    };

    /** Opens (and creates when missing) the database at @p path. */
    bool open(const QString &path, IntegrityCheck check = IntegrityCheck::Run);
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    /** True when the file could only be opened for reading: every write will be refused. */
    bool isReadOnly() const { return m_readOnly; }

    OpenError openError() const { return m_openError; }
    /** What went wrong last, in words for the owner. */
    QString errorString() const { return m_errorString; }

    QSqlDatabase connection() const { return m_db; }

    /** The schema version this build writes. */
    static int latestSchemaVersion();
    /** The schema version of the open file. */
    int schemaVersion() const;

    /** The default file: Rapport's folder under the user's application data. */
    static QString defaultPath();

    /**
     * Writes a consistent copy of the open database to @p path, readable by its owner only.
     * An existing file at @p path is replaced only once the copy is complete.
     */
    bool backupTo(const QString &path, QString *error) const;

    /**
     * True when the file at @p path is a Rapport database this build can open and it passes the
     * quick integrity check. The file is only read: nothing is written, not even beside it.
     */
    static bool isSoundCopy(const QString &path);

    /** Where the automatic copy taken before upgrading @p path from @p version goes. */
    static QString upgradeBackupPath(const QString &path, int version);

    /** What ends an INSERT whose new id insertedId() reads (the backend decides how). */
    static QString returningId();
    /** The id of the row the INSERT @p query (ending with returningId()) just added, or 0. */
    static qint64 insertedId(QSqlQuery &query);

    /** Turns a failed query into a sentence for the owner, naming @p action ("save the client"). */
    QString describeFailure(const QSqlQuery &query, const QString &action) const;

private:
    bool fail(OpenError error, const QString &message);

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_path;
    QString m_errorString;
    OpenError m_openError = OpenError::None;
    bool m_readOnly = false;
};

} // namespace Rapport
