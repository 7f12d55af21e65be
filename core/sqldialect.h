#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace Rapport {

/**
 * What the SQL of Rapport needs to know about the engine behind a connection: column types,
 * how a new row's id is read, how an engine reports failures, and how a schema version is
 * kept. Everything else (every table's statements, every migration) is written once against
 * this interface. SqliteDialect and PostgresqlDialect are the two implementations; they hold
 * no state, so one instance of each serves every connection.
 */
class SqlDialect
{
public:
    /** What a failed statement or connection means, independent of the driver's numbers. */
    enum class Failure {
        Other,
        Busy,           ///< locked by another writer
        ReadOnly,
        DiskFull,
        Corrupt,
        NotADatabase,
        Constraint,
        CannotOpen,
        NoPermission,   ///< the role lacks the right (PostgreSQL 42501)
        ConnectionLost, ///< the server went away (PostgreSQL 08xxx, 57P01)
        Conflict,       ///< a concurrent transaction won (serialization failure, deadlock)
        // Why a connection to a server failed:
        Unreachable,          ///< nothing answers at the address
        AuthenticationFailed, ///< wrong user or password
        PasswordMissing,      ///< a password is needed and none was given
        NoSuchDatabase,
    };

    virtual ~SqlDialect() = default;

    /** The QtSql driver name: QSQLITE or QPSQL. */
    virtual QString driverName() const = 0;
    virtual bool isServer() const = 0;

    // Types for CREATE TABLE: the migrations name these instead of an engine's keywords.
    /** An id column that the database fills in when an INSERT leaves it out, and that takes explicit ids. */
    virtual QString identityColumn() const = 0;
    /** An 8-byte floating-point column (PostgreSQL's REAL has 4 bytes: 7.3 would read back as 7.3000002). */
    virtual QString doubleType() const = 0;
    /** A 64-bit integer column: milliseconds since 1970 do not fit 32 bits. */
    virtual QString bigintType() const = 0;
    /** What ends a CREATE TABLE: SQLite's STRICT, nothing elsewhere. */
    virtual QString tableOptions() const = 0;

    /** What ends an INSERT whose new id insertedId() reads. */
    virtual QString returningId() const = 0;
    /** The id of the row the INSERT @p query (ending with returningId()) just added, or 0. */
    virtual qint64 insertedId(QSqlQuery &query) const = 0;
    /**
     * After rows were inserted into @p table with ids of their own (an undo of a delete): makes
     * sure the ids the database chooses next do not collide with them.
     */
    virtual bool followExplicitIds(QSqlDatabase &db, const QString &table, QString *error) const = 0;

    /** Runs what every connection needs before use (pragmas, session settings). */
    virtual bool configure(QSqlDatabase &db, bool readOnly, QString *error) const = 0;
    /** The schema version written by setSchemaVersion(), 0 for an empty database; false in @p ok when unreadable. */
    virtual int schemaVersion(QSqlDatabase &db, bool *ok) const = 0;
    /** Inside the open transaction of a migration. */
    virtual bool setSchemaVersion(QSqlDatabase &db, int version, QString *error) const = 0;
    /**
     * Inside a migration's transaction, before the version is read again: waits until no other
     * connection is migrating the same database, so two first connections cannot both create it.
     */
    virtual bool lockSchema(QSqlDatabase &db, QString *error) const = 0;
    /** True when the database holds no tables at all (a new one, not another program's). */
    virtual bool isEmpty(QSqlDatabase &db) const = 0;

    virtual Failure classify(const QSqlError &error) const = 0;

    /**
     * Before a bulk load into @p tables, empty and inside the open transaction: drops their
     * indexes (on a server also their keys) and puts into @p restore the statements that build
     * them again, to run once the rows are in. Building an index once is several times faster
     * than growing it row by row. Leaves everything as it is when the role may not change the
     * tables (@p restore is then empty).
     */
    virtual bool dropIndexes(QSqlDatabase &db, const QStringList &tables, QStringList *restore, QString *error) const = 0;

    /** True when @p db holds every table in @p tables. */
    static bool hasTables(const QSqlDatabase &db, const QStringList &tables);
    /** Runs @p statements in order; false with the first error in @p error. */
    static bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error);
};

} // namespace Rapport
