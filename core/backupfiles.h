#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Rapport {

/** A copy of a database that Rapport took by itself. */
struct BackupFile
{
    enum class Kind { Daily, BeforeUpgrade };

    QString path;      ///< empty when there is no such copy
    QDateTime takenAt; ///< local time, as written in the file name
    Kind kind = Kind::Daily;
};

/**
 * The copies Rapport keeps of a database by itself, and how they are named, found and pruned.
 *
 * A daily backup of `<dir>/<name>.sqlite` is `<dir>/<name>-backups/<name>-yyyyMMdd-HHmmss.sqlite`
 * (local time); the newest DailyKept of them are kept. The copy taken before an upgrade is
 * `<dir>/<name>.before-upgrade-vN-yyyyMMdd-HHmmss.sqlite` (Database::upgradeBackupPath) and is
 * never removed. Only files whose names follow these patterns are listed or removed. The day
 * and time are always passed in.
 */
class BackupFiles
{
    Q_DECLARE_TR_FUNCTIONS(BackupFiles)

public:
    /** How many daily backups are kept. */
    static constexpr int DailyKept = 7;

    /** The folder of the daily backups of @p databasePath. */
    static QString folder(const QString &databasePath);
    /** Where the daily backup of @p databasePath taken at @p takenAt (local time) goes. */
    static QString dailyPath(const QString &databasePath, const QDateTime &takenAt);
    /** Where the damaged @p databasePath is kept when a backup replaces it at @p when. */
    static QString damagedPath(const QString &databasePath, const QDateTime &when);

    /** The daily backups of @p databasePath, newest first. */
    static QVector<BackupFile> daily(const QString &databasePath);
    /** The daily backups and the copies taken before upgrades, newest first. */
    static QVector<BackupFile> all(const QString &databasePath);
    /** True when the newest daily backup was taken before @p today, or there is none. */
    static bool isDailyDue(const QString &databasePath, QDate today);
    /** The daily backups beyond the newest @p keep: the ones to remove. */
    static QStringList expired(const QString &databasePath, int keep = DailyKept);

    /** The newest of all() that passes the integrity check; with an empty path when none does. */
    static BackupFile latestSound(const QString &databasePath);

    /**
     * Puts the backup @p backupPath in the place of the damaged database @p databasePath (readable
     * by its owner only). The damaged file, with its -wal and -shm, is renamed to damagedPath()
     * first and never removed; @p keptAs receives that name. On failure @p error says why, in a
     * sentence, and the damaged file is back where it was.
     */
    static bool replaceDamaged(const QString &databasePath, const QString &backupPath, const QDateTime &now,
                               QString *keptAs, QString *error);

    /**
     * Moves @p from to @p to in one step, replacing a file there: whatever happens, @p to is the
     * old file or the new one, never missing (QFile::rename refuses to replace, and removing
     * first leaves a moment without it).
     */
    static bool replaceFile(const QString &from, const QString &to);
};

} // namespace Rapport
