#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace Rapport {

/**
 * Everything in Rapport that only SQLite understands: connection options, pragmas,
 * STRICT tables and error codes. Every other file uses SQL that QPSQL also accepts,
 * so a PostgreSQL backend means one more class like this one, not changed callers.
 */
class SqliteSchema
{
public:
    /** What a failed statement means, independent of the driver's numbers. */
    enum class Failure { Other, Busy, ReadOnly, DiskFull, Corrupt, NotADatabase, Constraint, CannotOpen };

    /** Options for QSqlDatabase::setConnectOptions(). */
    static QString connectOptions(bool readOnly, bool immutable);

    /** Runs the pragmas every connection needs (foreign keys, WAL, durability). */
    static bool configure(QSqlDatabase &db, bool readOnly, QString *error);

    /** Runs the quick integrity check; false with the reason when the file is not sound. */
    static bool checkIntegrity(QSqlDatabase &db, Failure *failure, QString *detail);
    /** Like checkIntegrity(), but reads only the schema: whether the file is a database and can be read now. */
    static bool checkReadable(QSqlDatabase &db, Failure *failure, QString *detail);

    /** True when the file holds no tables at all (a new file, not another program's database). */
    static bool isEmpty(QSqlDatabase &db);
    /** True when the tables that schema @p version creates are all there. */
    static bool hasSchema(QSqlDatabase &db, int version);
    /** The name to give QSqlDatabase for @p path; a file in a read-only folder is opened as immutable. */
    static QString databaseName(const QString &path, bool immutable);

    static int schemaVersion(QSqlDatabase &db, bool *ok);
    static bool setSchemaVersion(QSqlDatabase &db, int version, QString *error);

    /** The statements that bring a schema from @p version - 1 to @p version. */
    static QStringList migration(int version);
    static int latestVersion();

    static Failure classify(const QSqlError &error);

    /**
     * What an INSERT ends with so that insertedId() can tell the new row's id: nothing here.
     * QSQLITE's lastInsertId() is exact on its own connection, while "RETURNING id" makes
     * QtSql describe a result for every row (about 19 µs each: 1.9 s over a 100,000-row
     * import). A PostgreSQL schema would return " RETURNING id" and read it back.
     */
    static QString returningId() { return {}; }
    /** The id of the row the INSERT @p query just added, or 0. */
    static qint64 insertedId(QSqlQuery &query);

    /**
     * For tests: from now on, writes on this connection fail as on a full disk once the file would
     * grow by more than @p pages pages. A negative @p pages lifts the limit.
     */
    static bool limitGrowth(QSqlDatabase &db, int pages, QString *error);

    /** Writes a consistent copy of the open database to @p path (which must not exist) while it is in use. */
    static bool backupTo(QSqlDatabase &db, const QString &path, QString *error);
};

} // namespace Rapport
