#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "databaselocation.h"
#include "sqldialect.h"

class QSqlQuery;

namespace Rapport {

/**
 * One open Rapport database, an SQLite file or a PostgreSQL database on a server: a named
 * QtSql connection owned by this object, and the dialect its SQL is written for.
 *
 * Opening checks the database before anything is written: a file must be readable as a
 * database and pass an integrity check; either must have a schema this build knows. Only then
 * are pending migrations applied, each in its own transaction. What differs between the engines
 * lives in the dialect(); callers write their SQL once through connection().
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
        Unreachable,          ///< no server answers at the address
        AuthenticationFailed, ///< the server refused the user or password
        PasswordMissing,      ///< the server asks for a password and none was given
        NoSuchDatabase,       ///< the server has no database of that name
        NoPermission,         ///< the role may not read or create Rapport's tables
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

    /**
     * Opens (and creates when missing) the database at @p location: a file path, or a server
     * address (see DatabaseLocation). @p password, when set, is used for a server instead of one
     * in the address, ~/.pgpass or PGPASSWORD.
     */
    bool open(const QString &location, IntegrityCheck check = IntegrityCheck::Run, const QString &password = {});
    void close();
    bool isOpen() const;

    /** The file, or the server address without its password: what can be shown and kept. */
    QString path() const { return m_location.toString(); }
    const DatabaseLocation &location() const { return m_location; }
    /** True for a database on a server. */
    bool isServer() const { return m_location.isServer(); }
    /** The open database's engine: how its SQL differs. */
    const SqlDialect &dialect() const { return *m_dialect; }
    /** True when the file could only be opened for reading: every write will be refused. */
    bool isReadOnly() const { return m_readOnly; }

    OpenError openError() const { return m_openError; }
    /** What went wrong last, in words for the owner. */
    QString errorString() const { return m_errorString; }

    QSqlDatabase connection() const { return m_db; }

    /** The schema version this build writes. */
    static int latestSchemaVersion();
    /** The file, or the server's database, in words for the owner. */
    QString displayName() const { return m_location.displayName(); }
    /** Who writes through this connection: the server's role, or the login name on this computer for a file. */
    QString userName() const { return m_userName; }
    /** True when the connection to the server is encrypted (TLS). */
    bool isEncrypted() const { return m_encrypted; }
    /** The schema version of the open file. */
    int schemaVersion() const;

    /** The default file: Rapport's folder under the user's application data. */
    static QString defaultPath();

    /**
     * Writes a consistent copy of the open database to the file @p path, readable by its owner
     * only (for a server too: a portable SQLite copy). An existing file at @p path is replaced
     * only once the copy is complete.
     */
    bool backupTo(const QString &path, QString *error) const;

    /**
     * True when the file at @p path is a Rapport database this build can open and it passes the
     * quick integrity check. The file is only read: nothing is written, not even beside it.
     */
    static bool isSoundCopy(const QString &path);

    /** Where the automatic copy taken before upgrading @p path from @p version goes. */
    static QString upgradeBackupPath(const QString &path, int version);

    /** Turns a failed query into a sentence for the owner, naming @p action ("save the client"). */
    QString describeFailure(const QSqlQuery &query, const QString &action) const;
    /** The same for the @p error of a statement that failed. */
    QString describeFailure(const QSqlError &error, const QString &action) const;

private:
    bool fail(OpenError error, const QString &message);
    bool openFile(const QString &path, IntegrityCheck check);
    bool openServer(const QString &password);
    /** Refuses a schema this build cannot use; true when @p version can be opened (and migrated). */
    bool checkSchema(int version);
    /** Fails with NotADatabase: the database holds tables that are not Rapport's. */
    bool refuseForeign();
    /** Brings the schema from @p version to the latest, one transaction per step. */
    bool migrate(int version);

    QString m_connectionName;
    QSqlDatabase m_db;
    DatabaseLocation m_location;
    const SqlDialect *m_dialect;
    QString m_errorString;
    QString m_userName;
    bool m_encrypted = false;
    OpenError m_openError = OpenError::None;
    bool m_readOnly = false;
};

} // namespace Rapport
