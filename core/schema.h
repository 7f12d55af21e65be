#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Rapport {

class SqlDialect;

/**
 * Rapport's tables, written once: the statements that bring a database from one schema version
 * to the next, with the column types a dialect names (SQLite and PostgreSQL get the same tables).
 */
class Schema
{
public:
    /** The schema version this build writes. */
    static int latestVersion();
    /** The statements that bring a schema from @p version - 1 to @p version. */
    static QStringList migration(int version, const SqlDialect &dialect);
    /**
     * What the upgrade to @p version does to the rows that SQL alone cannot, run after
     * migration()'s statements in the same transaction. False with @p error set.
     */
    static bool migrateRows(int version, QSqlDatabase &db, QString *error);
    /** The tables that schema @p version holds. */
    static QStringList tables(int version);
};

} // namespace Rapport
