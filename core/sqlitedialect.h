#pragma once

#include "sqldialect.h"

namespace Rapport {

/**
 * Rapport on an SQLite file: STRICT tables, pragmas, SQLite's result codes, and what only a
 * file has (integrity check, immutable reading, VACUUM INTO). The file-level checks are static:
 * they run before a connection is handed to the rest of Rapport.
 */
class SqliteDialect : public SqlDialect
{
public:
    static const SqliteDialect &instance();

    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    bool isServer() const override { return false; }
    QString identityColumn() const override { return QStringLiteral("INTEGER PRIMARY KEY"); }
    QString doubleType() const override { return QStringLiteral("REAL"); }
    QString bigintType() const override { return QStringLiteral("INTEGER"); }
    QString tableOptions() const override { return QStringLiteral(" STRICT"); }
    /**
     * Nothing: QSQLITE's lastInsertId() is exact on its own connection, while "RETURNING id"
     * makes QtSql describe a result for every row (about 19 µs each: 1.9 s over a 100,000-row
     * import).
     */
    QString returningId() const override { return {}; }
    qint64 insertedId(QSqlQuery &query) const override;
    /** Nothing to do: SQLite picks max(id) + 1. */
    bool followExplicitIds(QSqlDatabase &, const QString &, QString *) const override { return true; }
    /** Foreign keys, WAL, synchronous FULL. */
    bool configure(QSqlDatabase &db, bool readOnly, QString *error) const override;
    /** PRAGMA user_version. */
    int schemaVersion(QSqlDatabase &db, bool *ok) const override;
    bool setSchemaVersion(QSqlDatabase &db, int version, QString *error) const override;
    /** Nothing: SQLite lets one writer at a time in, and the version is read again inside the transaction. */
    bool lockSchema(QSqlDatabase &, QString *) const override { return true; }
    bool isEmpty(QSqlDatabase &db) const override;
    Failure classify(const QSqlError &error) const override;
    bool dropIndexes(QSqlDatabase &db, const QStringList &tables, QStringList *restore, QString *error) const override;

    /** Options for QSqlDatabase::setConnectOptions(). */
    static QString connectOptions(bool readOnly, bool immutable);
    /** The name to give QSqlDatabase for @p path; a file in a read-only folder is opened as immutable. */
    static QString databaseName(const QString &path, bool immutable);
    /** Runs the quick integrity check; false with the reason when the file is not sound. */
    static bool checkIntegrity(QSqlDatabase &db, Failure *failure, QString *detail);
    /** Like checkIntegrity(), but reads only the schema: whether the file is a database and can be read now. */
    static bool checkReadable(QSqlDatabase &db, Failure *failure, QString *detail);
    /**
     * For tests: from now on, writes on this connection fail as on a full disk once the file would
     * grow by more than @p pages pages. A negative @p pages lifts the limit.
     */
    static bool limitGrowth(QSqlDatabase &db, int pages, QString *error);
    /** Writes a consistent copy of the open database to @p path (which must not exist) while it is in use. */
    static bool backupTo(QSqlDatabase &db, const QString &path, QString *error);
    /**
     * With @p on, what this connection deletes or overwrites from now on is overwritten with
     * zeros in the file, instead of lying on in free space until reused (PRAGMA secure_delete).
     */
    static bool setSecureDelete(QSqlDatabase &db, bool on, QString *error);
    /**
     * Rebuilds the file from its live rows (VACUUM) and empties the write-ahead log into it, so
     * that nothing deleted or overwritten before lingers in free space or in the log.
     */
    static bool compact(QSqlDatabase &db, QString *error);
};

} // namespace Rapport
