// Automatic backups: their names, the order they are listed in, which are pruned, the daily backup
// the store takes, and a damaged database replaced by its newest sound backup.

#include "backupfiles.h"
#include "clientstore.h"
#include "database.h"
#include "sampledatagenerator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Rapport;
using namespace TestSupport;

namespace {

QDateTime at(const QString &text)
{
    return QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QStringList fileNames(const QVector<BackupFile> &backups)
{
    QStringList names;
    for (const BackupFile &backup : backups)
        names.append(QFileInfo(backup.path).fileName());
    return names;
}

QString integrityOf(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                result = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}

} // namespace

class tst_BackupFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldNameBackupsBesideTheDatabase();
    void shouldListBackupsNewestFirstAndNothingElse();
    void shouldBeDueWhenTheNewestDailyBackupIsFromAnEarlierDay_data();
    void shouldBeDueWhenTheNewestDailyBackupIsFromAnEarlierDay();
    void shouldExpireAllButTheNewestSevenDailyBackups();

    void shouldTakeOneBackupADayAndKeepTheNewestSeven();
    void shouldNotBackUpADatabaseWithoutClients();
    void shouldReportAFailedDailyBackupAndStayOpen();

    void shouldFindTheNewestBackupThatIsSound_data();
    void shouldFindTheNewestBackupThatIsSound();

    void shouldReplaceADamagedDatabaseAndKeepIt();
    void shouldLeaveTheDamagedDatabaseWhenTheBackupCannotBeUsed_data();
    void shouldLeaveTheDamagedDatabaseWhenTheBackupCannotBeUsed();
};

void tst_BackupFiles::shouldNameBackupsBesideTheDatabase()
{
    const QString database = QStringLiteral("/home/ann/work/clients.sqlite");
    const QDateTime when = at(QStringLiteral("2025-03-04 05:06:07"));

    QCOMPARE(BackupFiles::folder(database), QStringLiteral("/home/ann/work/clients-backups"));
    QCOMPARE(BackupFiles::dailyPath(database, when), QStringLiteral("/home/ann/work/clients-backups/clients-20250304-050607.sqlite"));
    QCOMPARE(BackupFiles::damagedPath(database, when), QStringLiteral("/home/ann/work/clients.sqlite.damaged-20250304-050607"));
    // The name drops only the last suffix, as the copy taken before an upgrade does.
    QCOMPARE(BackupFiles::dailyPath(QStringLiteral("/d/my.clients.db"), when),
             QStringLiteral("/d/my.clients-backups/my.clients-20250304-050607.sqlite"));
    QVERIFY(Database::upgradeBackupPath(database, 2).startsWith(QStringLiteral("/home/ann/work/clients.before-upgrade-v2-")));
}

void tst_BackupFiles::shouldListBackupsNewestFirstAndNothingElse()
{
    // GIVEN daily backups, copies taken before upgrades, and files that only look like them
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("clients-backups")));
    const QStringList files = {
        QStringLiteral("clients-backups/clients-20250302-080000.sqlite"),
        QStringLiteral("clients-backups/clients-20250305-093000.sqlite"),
        QStringLiteral("clients-backups/clients-20250301-235959.sqlite"),
        QStringLiteral("clients.before-upgrade-v2-20250303-120000.sqlite"),
        QStringLiteral("clients.before-upgrade-v1-20240101-000000.sqlite"),
        // not ours, or not a name we write:
        QStringLiteral("clients-backups/clients-20250306-000000.sqlite.partial"),
        QStringLiteral("clients-backups/clients-20251301-000000.sqlite"),
        QStringLiteral("clients-backups/clients-2025030-000000.sqlite"),
        QStringLiteral("clients-backups/other-20250307-000000.sqlite"),
        QStringLiteral("clients-backups/clients-backup-2025-03-08.sqlite"),
        QStringLiteral("clients-before-restore-20250309-000000.sqlite"),
        QStringLiteral("other.before-upgrade-v1-20250310-000000.sqlite"),
        QStringLiteral("clients-20250311-000000.sqlite"),
    };
    for (const QString &file : files)
        QVERIFY(writeFile(dir.filePath(file), "x"));

    // THEN the daily ones come newest first, and all() mixes in the before-upgrade copies by time
    QCOMPARE(fileNames(BackupFiles::daily(database)),
             QStringList({QStringLiteral("clients-20250305-093000.sqlite"), QStringLiteral("clients-20250302-080000.sqlite"),
                          QStringLiteral("clients-20250301-235959.sqlite")}));
    const QVector<BackupFile> all = BackupFiles::all(database);
    QCOMPARE(fileNames(all),
             QStringList({QStringLiteral("clients-20250305-093000.sqlite"),
                          QStringLiteral("clients.before-upgrade-v2-20250303-120000.sqlite"),
                          QStringLiteral("clients-20250302-080000.sqlite"), QStringLiteral("clients-20250301-235959.sqlite"),
                          QStringLiteral("clients.before-upgrade-v1-20240101-000000.sqlite")}));
    QCOMPARE(all.at(0).takenAt, at(QStringLiteral("2025-03-05 09:30:00")));
    QCOMPARE(all.at(0).kind, BackupFile::Kind::Daily);
    QCOMPARE(all.at(1).kind, BackupFile::Kind::BeforeUpgrade);
    QCOMPARE(all.at(1).path, dir.filePath(QStringLiteral("clients.before-upgrade-v2-20250303-120000.sqlite")));

    // AND a database without any has none
    QVERIFY(BackupFiles::all(dir.filePath(QStringLiteral("nobody.sqlite"))).isEmpty());
}

void tst_BackupFiles::shouldBeDueWhenTheNewestDailyBackupIsFromAnEarlierDay_data()
{
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<bool>("due");

    const QStringList none;
    QTest::newRow("no backup yet") << none << true;
    QTest::newRow("newest yesterday just before midnight")
        << QStringList{QStringLiteral("20250303-120000"), QStringLiteral("20250304-235959")} << true;
    QTest::newRow("one taken today at midnight") << QStringList{QStringLiteral("20250305-000000")} << false;
    QTest::newRow("one taken today among older ones")
        << QStringList{QStringLiteral("20250301-100000"), QStringLiteral("20250305-180000")} << false;
    QTest::newRow("one dated tomorrow (the clock was changed)") << QStringList{QStringLiteral("20250306-080000")} << false;
}

void tst_BackupFiles::shouldBeDueWhenTheNewestDailyBackupIsFromAnEarlierDay()
{
    QFETCH(QStringList, taken);
    QFETCH(bool, due);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("clients-backups")));
    for (const QString &time : taken)
        QVERIFY(writeFile(dir.filePath(QStringLiteral("clients-backups/clients-%1.sqlite").arg(time)), "x"));
    // A copy taken before an upgrade today is no daily backup.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("clients.before-upgrade-v2-20250305-080000.sqlite")), "x"));

    QCOMPARE(BackupFiles::isDailyDue(database, QDate(2025, 3, 5)), due);
}

void tst_BackupFiles::shouldExpireAllButTheNewestSevenDailyBackups()
{
    // GIVEN ten daily backups, a copy taken before an upgrade and a file of the owner's own
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("clients-backups")));
    for (int day = 1; day <= 10; ++day)
        QVERIFY(writeFile(BackupFiles::dailyPath(database, QDateTime(QDate(2025, 3, day), QTime(9, 0))), "x"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("clients.before-upgrade-v1-20200101-000000.sqlite")), "x"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("clients-backups/mine.sqlite")), "x"));

    // THEN the three oldest daily backups, and only they, are to go
    QCOMPARE(BackupFiles::expired(database),
             QStringList({BackupFiles::dailyPath(database, QDateTime(QDate(2025, 3, 3), QTime(9, 0))),
                          BackupFiles::dailyPath(database, QDateTime(QDate(2025, 3, 2), QTime(9, 0))),
                          BackupFiles::dailyPath(database, QDateTime(QDate(2025, 3, 1), QTime(9, 0)))}));
    QCOMPARE(BackupFiles::expired(database, 10), QStringList());
    QCOMPARE(BackupFiles::expired(database, 9).size(), 1);
}

void tst_BackupFiles::shouldTakeOneBackupADayAndKeepTheNewestSeven()
{
    // GIVEN an open database with clients
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(makeDatabase(database, 12));
    ClientStore store;
    QVERIFY(store.open(database));
    QSignalSpy failures(&store, &ClientStore::writeFailed);
    const QString mine = dir.filePath(QStringLiteral("clients-backups/clients-keep-this.sqlite"));

    // WHEN it is opened on ten days in a row, twice a day, and the owner puts a file of their own in the folder
    for (int day = 1; day <= 10; ++day) {
        QVERIFY2(store.takeDailyBackup(QDateTime(QDate(2025, 3, day), QTime(8, 15, 0))), qPrintable(store.errorString()));
        QVERIFY2(store.takeDailyBackup(QDateTime(QDate(2025, 3, day), QTime(17, 40, 0))), qPrintable(store.errorString()));
        if (day == 1)
            QVERIFY(writeFile(mine, "mine"));
    }

    // THEN the first opening of each of the last seven days left a backup, and nothing else changed
    QStringList expected;
    for (int day = 10; day >= 4; --day)
        expected.append(QStringLiteral("clients-202503%1-081500.sqlite").arg(day, 2, 10, QLatin1Char('0')));
    QCOMPARE(fileNames(BackupFiles::daily(database)), expected);
    QCOMPARE(readFile(mine), QByteArray("mine"));
    QCOMPARE(failures.count(), 0);

    // AND each is readable by its owner only, in a folder of the owner's only, and holds the clients
    const QString newest = BackupFiles::daily(database).constFirst().path;
    QCOMPARE(QFile::permissions(newest) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QFile::permissions(BackupFiles::folder(database)) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(integrityOf(newest), QStringLiteral("ok"));
    QVERIFY(Database::isSoundCopy(newest));
    ClientStore copy;
    QVERIFY(copy.open(newest));
    QCOMPARE(copy.count(), 12);
    QCOMPARE(copy.clients(), store.clients());
}

void tst_BackupFiles::shouldNotBackUpADatabaseWithoutClients()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("new.sqlite"));
    ClientStore store;
    QVERIFY(store.open(database));

    QVERIFY(store.takeDailyBackup(QDateTime(QDate(2025, 3, 5), QTime(9, 0))));

    QVERIFY(!QFileInfo::exists(BackupFiles::folder(database)));
}

void tst_BackupFiles::shouldReportAFailedDailyBackupAndStayOpen()
{
    // GIVEN an open database whose backup folder cannot be made: a file has its name
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(makeDatabase(database, 5));
    QVERIFY(writeFile(BackupFiles::folder(database), "in the way"));
    ClientStore store;
    QVERIFY(store.open(database));
    QSignalSpy failures(&store, &ClientStore::writeFailed);

    // WHEN the day's backup is due
    const QDateTime now(QDate(2025, 3, 5), QTime(9, 0));
    const bool taken = store.takeDailyBackup(now);

    // THEN it fails with a sentence, not as a failed write, and the database stays open for work
    QVERIFY(!taken);
    QCOMPARE(store.errorString(),
             QStringLiteral("Today's automatic backup could not be written to %1: cannot create the folder %2. "
                            "The database is open as usual; use File → Back Up… to keep a copy elsewhere.")
                 .arg(QDir::toNativeSeparators(BackupFiles::dailyPath(database, now)),
                      QDir::toNativeSeparators(BackupFiles::folder(database))));
    QCOMPARE(failures.count(), 0);
    QVERIFY(store.isOpen());
    QCOMPARE(store.count(), 5);
    QVERIFY(store.addClient(SampleDataGenerator(9).clients(1, ClientStore::now()).constFirst()) != 0);
    QCOMPARE(readFile(BackupFiles::folder(database)), QByteArray("in the way"));
}

void tst_BackupFiles::shouldFindTheNewestBackupThatIsSound_data()
{
    QTest::addColumn<QStringList>("damaged");
    QTest::addColumn<QString>("expected");

    // Backups: daily ones of 1, 3 and 5 March, a copy before an upgrade of 4 March.
    QTest::newRow("all sound: the newest daily") << QStringList() << QStringLiteral("clients-20250305-090000.sqlite");
    QTest::newRow("newest damaged: the copy taken before the upgrade")
        << QStringList{QStringLiteral("clients-20250305-090000.sqlite")}
        << QStringLiteral("clients.before-upgrade-v3-20250304-090000.sqlite");
    QTest::newRow("two newest damaged: an older daily one")
        << QStringList{QStringLiteral("clients-20250305-090000.sqlite"),
                       QStringLiteral("clients.before-upgrade-v3-20250304-090000.sqlite")}
        << QStringLiteral("clients-20250303-090000.sqlite");
    QTest::newRow("all damaged: none")
        << QStringList{QStringLiteral("clients-20250305-090000.sqlite"),
                       QStringLiteral("clients.before-upgrade-v3-20250304-090000.sqlite"),
                       QStringLiteral("clients-20250303-090000.sqlite"), QStringLiteral("clients-20250301-090000.sqlite")}
        << QString();
}

void tst_BackupFiles::shouldFindTheNewestBackupThatIsSound()
{
    QFETCH(QStringList, damaged);
    QFETCH(QString, expected);

    // GIVEN a database and its backups, some of them damaged
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    const QString sound = dir.filePath(QStringLiteral("sound.sqlite"));
    QVERIFY(makeDatabase(sound, 30));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("clients-backups")));
    const QStringList backups = {
        QStringLiteral("clients-backups/clients-20250305-090000.sqlite"),
        QStringLiteral("clients.before-upgrade-v3-20250304-090000.sqlite"),
        QStringLiteral("clients-backups/clients-20250303-090000.sqlite"),
        QStringLiteral("clients-backups/clients-20250301-090000.sqlite"),
    };
    for (const QString &backup : backups) {
        const QString path = dir.filePath(backup);
        QVERIFY(QFile::copy(sound, path));
        if (damaged.contains(QFileInfo(path).fileName()))
            QVERIFY(damagePage(path));
    }
    QMap<QString, QByteArray> before;
    for (const QString &backup : backups)
        before.insert(backup, fileHash(dir.filePath(backup)));

    // WHEN the newest sound one is looked for
    const BackupFile found = BackupFiles::latestSound(database);

    // THEN it is the newest that passes the check, and checking changed no file nor left any beside them
    QCOMPARE(QFileInfo(found.path).fileName(), expected);
    for (const QString &backup : backups) {
        QCOMPARE(fileHash(dir.filePath(backup)), before.value(backup));
        QVERIFY(!QFileInfo::exists(dir.filePath(backup) + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(dir.filePath(backup) + QStringLiteral("-journal")));
    }
}

void tst_BackupFiles::shouldReplaceADamagedDatabaseAndKeepIt()
{
    // GIVEN a damaged database with a write-ahead log beside it, and a sound backup of 20 clients
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(makeDatabase(database, 25));
    const QString backup = BackupFiles::dailyPath(database, QDateTime(QDate(2025, 3, 4), QTime(9, 0)));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("clients-backups")));
    QVERIFY(makeDatabase(backup, 20, 3));
    QVERIFY(damagePage(database));
    ClientStore store;
    QVERIFY(!store.open(database));
    QCOMPARE(store.openError(), Database::OpenError::Corrupt);
    QVERIFY(writeFile(database + QStringLiteral("-wal"), "log of the damaged file"));
    const QByteArray damagedHash = fileHash(database);

    // WHEN the backup replaces it
    const QDateTime now(QDate(2025, 3, 5), QTime(10, 11, 12));
    QString keptAs;
    QString error;
    QVERIFY2(BackupFiles::replaceDamaged(database, backup, now, &keptAs, &error), qPrintable(error));

    // THEN the damaged file and its log are kept aside, byte for byte
    QCOMPARE(keptAs, database + QStringLiteral(".damaged-20250305-101112"));
    QCOMPARE(fileHash(keptAs), damagedHash);
    QCOMPARE(readFile(keptAs + QStringLiteral("-wal")), QByteArray("log of the damaged file"));
    QVERIFY(!QFileInfo::exists(database + QStringLiteral("-wal")));
    // AND the database is a copy of the backup, readable by its owner only, which opens with its clients
    QCOMPARE(fileHash(database), fileHash(backup));
    QCOMPARE(QFile::permissions(database) & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY2(store.open(database), qPrintable(store.errorString()));
    QCOMPARE(store.count(), 20);
    QVERIFY(QFileInfo::exists(backup));
}

void tst_BackupFiles::shouldLeaveTheDamagedDatabaseWhenTheBackupCannotBeUsed_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("message");

    QTest::newRow("backup damaged too") << QStringLiteral("damaged")
                                        << QStringLiteral("The backup BACKUP cannot be used: it is damaged or not a Rapport "
                                                          "database. DATABASE was left where it was.");
    QTest::newRow("backup gone") << QStringLiteral("missing")
                                 << QStringLiteral("The backup BACKUP cannot be used: it is damaged or not a Rapport "
                                                   "database. DATABASE was left where it was.");
    QTest::newRow("a file already has the name for the damaged one")
        << QStringLiteral("taken")
        << QStringLiteral("Could not restore the backup: ASIDE already exists. DATABASE was left where it was.");
    QTest::newRow("the folder cannot be written")
        << QStringLiteral("read-only folder")
        << QStringLiteral("Could not restore the backup in place of DATABASE. The damaged file was left where it was.");
}

void tst_BackupFiles::shouldLeaveTheDamagedDatabaseWhenTheBackupCannotBeUsed()
{
    QFETCH(QString, problem);
    QFETCH(QString, message);

    // GIVEN a damaged database and a backup that cannot replace it
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("work"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("work")));
    const QString database = folder + QStringLiteral("/clients.sqlite");
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    QVERIFY(makeDatabase(database, 8));
    QVERIFY(makeDatabase(backup, 6));
    QVERIFY(damagePage(database));
    const QDateTime now(QDate(2025, 3, 5), QTime(10, 11, 12));
    const QString aside = BackupFiles::damagedPath(database, now);
    if (problem == QLatin1String("damaged"))
        QVERIFY(damagePage(backup));
    else if (problem == QLatin1String("missing"))
        QVERIFY(QFile::remove(backup));
    else if (problem == QLatin1String("taken"))
        QVERIFY(writeFile(aside, "an older damaged file"));
    else if (problem == QLatin1String("read-only folder")) {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders");
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    }
    const QByteArray before = fileHash(database);

    // WHEN it is to replace the database
    QString keptAs;
    QString error;
    const bool replaced = BackupFiles::replaceDamaged(database, backup, now, &keptAs, &error);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // THEN the damaged database stays where it was, byte for byte, and the sentence says so
    QVERIFY(!replaced);
    message.replace(QStringLiteral("DATABASE"), QDir::toNativeSeparators(database))
        .replace(QStringLiteral("BACKUP"), QDir::toNativeSeparators(backup))
        .replace(QStringLiteral("ASIDE"), QDir::toNativeSeparators(aside));
    QCOMPARE(error, message);
    QCOMPARE(fileHash(database), before);
    QCOMPARE(QFileInfo::exists(aside), problem == QLatin1String("taken"));
    QVERIFY(keptAs.isEmpty());
}

QTEST_GUILESS_MAIN(tst_BackupFiles)
#include "tst_backupfiles.moc"
