#pragma once

#include <QCoreApplication>
#include <QString>

namespace Rapport {

class Database;

/**
 * A whole client base moved from one database to another: clients, interactions, history,
 * rules and settings, with their ids. Moving house from a file to a server, a portable file
 * made from a server, and the backup of a server are all this copy.
 *
 * The source is read as one snapshot; the target is written in one transaction, so it holds
 * either everything or nothing. Into PostgreSQL the rows go by COPY (PostgresqlCopyIn).
 */
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    enum class Target {
        MustBeEmpty, ///< refuse a target that holds clients, interactions or settings
        Replace      ///< a restore: what the target holds is removed in the same transaction
    };
    /**
     * Copies everything in @p source into @p target, which must be open and writable.
     * False, with a sentence in @p error, changes nothing.
     */
    static bool copy(const Database &source, Database &target, QString *error, Target mode = Target::MustBeEmpty);
    /** Copies @p source into a new SQLite file at @p path, which must not exist yet. */
    static bool copyToNewFile(const Database &source, const QString &path, QString *error);
    /** True when @p db holds no clients, interactions or settings. */
    static bool isEmpty(const Database &db, bool *ok);
};

} // namespace Rapport
