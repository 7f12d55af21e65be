#include "backupfiles.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>

#include <algorithm>

namespace Rapport {

namespace {

const QString TimeFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QStringList SideFiles = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

// The files in @p folder whose whole name matches @p pattern, with the time its first group names.
QVector<BackupFile> matching(const QString &folder, const QString &pattern, BackupFile::Kind kind)
{
    const QRegularExpression name(QRegularExpression::anchoredPattern(pattern));
    QVector<BackupFile> found;
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files);
    for (const QFileInfo &entry : entries) {
        const QRegularExpressionMatch match = name.match(entry.fileName());
        if (!match.hasMatch())
            continue;
        const QDateTime takenAt = QDateTime::fromString(match.captured(1), TimeFormat);
        if (takenAt.isValid())
            found.append({entry.absoluteFilePath(), takenAt, kind});
    }
    return found;
}

void sortNewestFirst(QVector<BackupFile> &backups)
{
    std::sort(backups.begin(), backups.end(), [](const BackupFile &a, const BackupFile &b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
}

} // namespace

QString BackupFiles::folder(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-backups");
}

QString BackupFiles::dailyPath(const QString &databasePath, const QDateTime &takenAt)
{
    return folder(databasePath) + QLatin1Char('/') + baseName(databasePath) + QLatin1Char('-') + takenAt.toString(TimeFormat)
        + QStringLiteral(".sqlite");
}

QString BackupFiles::damagedPath(const QString &databasePath, const QDateTime &when)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".damaged-") + when.toString(TimeFormat);
}

QVector<BackupFile> BackupFiles::daily(const QString &databasePath)
{
    const QString base = QRegularExpression::escape(baseName(databasePath));
    QVector<BackupFile> backups = matching(folder(databasePath), base + QStringLiteral("-(\\d{8}-\\d{6})\\.sqlite"),
                                           BackupFile::Kind::Daily);
    sortNewestFirst(backups);
    return backups;
}

QVector<BackupFile> BackupFiles::all(const QString &databasePath)
{
    const QString base = QRegularExpression::escape(baseName(databasePath));
    QVector<BackupFile> backups = daily(databasePath);
    backups += matching(QFileInfo(databasePath).absolutePath(),
                        base + QStringLiteral("\\.before-upgrade-v\\d+-(\\d{8}-\\d{6})\\.sqlite"), BackupFile::Kind::BeforeUpgrade);
    sortNewestFirst(backups);
    return backups;
}

bool BackupFiles::isDailyDue(const QString &databasePath, QDate today)
{
    const QVector<BackupFile> backups = daily(databasePath);
    return backups.isEmpty() || backups.constFirst().takenAt.date() < today;
}

QStringList BackupFiles::expired(const QString &databasePath, int keep)
{
    QStringList paths;
    const QVector<BackupFile> backups = daily(databasePath);
    for (int i = std::max(keep, 0); i < backups.size(); ++i)
        paths.append(backups.at(i).path);
    return paths;
}

BackupFile BackupFiles::latestSound(const QString &databasePath)
{
    const QVector<BackupFile> backups = all(databasePath);
    for (const BackupFile &backup : backups) {
        if (Database::isSoundCopy(backup.path))
            return backup;
    }
    return {};
}

bool BackupFiles::replaceDamaged(const QString &databasePath, const QString &backupPath, const QDateTime &now,
                                 QString *keptAs, QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(databasePath);
    const QString aside = damagedPath(databasePath, now);
    if (!Database::isSoundCopy(backupPath)) {
        *error = tr("The backup %1 cannot be used: it is damaged or not a Rapport database. %2 was left where it was.")
                     .arg(QDir::toNativeSeparators(backupPath), shownPath);
        return false;
    }
    for (const QString &suffix : SideFiles) {
        if (QFileInfo::exists(aside + suffix)) {
            *error = tr("Could not restore the backup: %1 already exists. %2 was left where it was.")
                         .arg(QDir::toNativeSeparators(aside + suffix), shownPath);
            return false;
        }
    }

    // Move the damaged files aside together, so that they stay a set SQLite can read.
    QStringList moved;
    const auto putBack = [&]() {
        bool back = true;
        for (const QString &suffix : std::as_const(moved))
            back = QFile::rename(aside + suffix, databasePath + suffix) && back;
        return back;
    };
    bool replaced = true;
    for (const QString &suffix : SideFiles) {
        if (!QFileInfo::exists(databasePath + suffix))
            continue;
        if (!QFile::rename(databasePath + suffix, aside + suffix)) {
            replaced = false;
            break;
        }
        moved.append(suffix);
    }

    if (replaced) {
        // QSaveFile writes beside the target and flushes to disk before it renames into place.
        QFile source(backupPath);
        QSaveFile target(databasePath);
        replaced = source.open(QIODevice::ReadOnly) && target.open(QIODevice::WriteOnly);
        while (replaced && !source.atEnd()) {
            const QByteArray chunk = source.read(1 << 20);
            replaced = !chunk.isEmpty() && target.write(chunk) == chunk.size();
        }
        replaced = replaced && target.setPermissions(QFile::ReadOwner | QFile::WriteOwner) && target.commit();
        if (!replaced)
            target.cancelWriting();
    }
    if (!replaced) {
        if (!putBack()) {
            *error = tr("Could not restore the backup in place of %1. The damaged file is kept as %2.")
                         .arg(shownPath, QDir::toNativeSeparators(aside));
            return false;
        }
        *error = tr("Could not restore the backup in place of %1. The damaged file was left where it was.").arg(shownPath);
        return false;
    }
    *keptAs = moved.isEmpty() ? QString() : aside;
    return true;
}

bool BackupFiles::replaceFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace Rapport
