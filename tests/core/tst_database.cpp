#include "database.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rapport;
using namespace TestSupport;

namespace {

QFileDevice::Permissions ownerGroupOther(const QString &path)
{
    // The User* flags repeat the Owner* ones for the current user; compare the mode bits only.
    const QFileDevice::Permissions mask = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return QFile::permissions(path) & mask;
}

/** A plain QtSql connection to a file, independent of Rapport's code; removed when it goes out of scope. */
QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCreateANewFileWithTheLatestSchema();
    void shouldCreateMissingFoldersAndAFileOnlyTheOwnerCanRead();
    void shouldKeepTheWriteAheadLogPrivateToo();
    void shouldMigrateAnEmptyExistingFile();
    void shouldReopenAnUpToDateFileWithoutChangingItsSchema();

    void shouldRefuseAFileThatIsNotADatabase_data();
    void shouldRefuseAFileThatIsNotADatabase();
    void shouldRefuseADatabaseFromANewerRapport();
    void shouldRefuseAnotherProgramsDatabase();
    void shouldRefuseAnotherProgramsDatabaseThatHappensToUseOurVersionNumber();

    void shouldReportCannotCreateWhenTheFolderCannotBeMade();
    void shouldReportCannotCreateForAFolder();
    void shouldOpenAReadOnlyFileForReadingOnly_data();
    void shouldOpenAReadOnlyFileForReadingOnly();
    void shouldRefuseToUpgradeAReadOnlyFile();
    void shouldReportALockedDatabase();
};

void tst_Database::shouldCreateANewFileWithTheLatestSchema()
{
    // GIVEN a path where no file exists
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.rapport"));
    QVERIFY(!QFileInfo::exists(path));

    // WHEN it is opened
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));

        // THEN it is open, writable, at the latest schema, with nothing to report
        QVERIFY(db.isOpen());
        QVERIFY(!db.isReadOnly());
        QCOMPARE(db.openError(), Database::OpenError::None);
        QCOMPARE(db.errorString(), QString());
        QCOMPARE(db.path(), path);
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    }

    // AND another program reading the closed file sees the version and every table
    PlainConnection plain(path);
    QVERIFY(plain.isOpen());
    QCOMPARE(plain.value(QStringLiteral("PRAGMA user_version")).toInt(), Database::latestSchemaVersion());
    const QStringList tables = plain.tables();
    for (const char *table : {"clients", "segmentation_rules", "settings"})
        QVERIFY2(tables.contains(QLatin1String(table)),
                 qPrintable(QStringLiteral("table %1 missing; tables are: %2")
                                .arg(QLatin1String(table), tables.join(QLatin1String(", ")))));

    // AND the file starts with no clients and the default segmentation rules
    QCOMPARE(plain.value(QStringLiteral("SELECT count(*) FROM clients")).toInt(), 0);
    QCOMPARE(plain.value(QStringLiteral("SELECT count(*) FROM segmentation_rules")).toInt(), 1);
    QSqlQuery rules(plain.db());
    QVERIFY(rules.exec(QStringLiteral(
        "SELECT satisfaction_boundary, repurchase_boundary, apostle_minimum, terrorist_maximum FROM segmentation_rules")));
    QVERIFY(rules.next());
    QCOMPARE(rules.value(0).toDouble(), 5.0);
    QCOMPARE(rules.value(1).toDouble(), 5.0);
    QCOMPARE(rules.value(2).toDouble(), 9.0);
    QCOMPARE(rules.value(3).toDouble(), 1.0);
}

void tst_Database::shouldCreateMissingFoldersAndAFileOnlyTheOwnerCanRead()
{
    // GIVEN a path two folders below an existing one
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("a/b/clients.rapport"));

    // WHEN it is opened
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));

    // THEN the folders and the file exist, and only the owner may read or write the file
    QVERIFY(QFileInfo(path).isFile());
    const QFileDevice::Permissions expected = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QVERIFY2(ownerGroupOther(path) == expected,
             qPrintable(QStringLiteral("permissions are 0x%1, expected 0x%2 (0600)")
                            .arg(int(ownerGroupOther(path)), 0, 16)
                            .arg(int(expected), 0, 16)));
}

void tst_Database::shouldKeepTheWriteAheadLogPrivateToo()
{
    // GIVEN a new database with one write in progress
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("clients.rapport"));
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QSqlQuery query(db.connection());
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")),
             qPrintable(query.lastError().text()));

    // THEN every file beside it that holds client data is readable by the owner only
    const QStringList companions = {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    int seen = 0;
    for (const QString &companion : companions) {
        if (!QFileInfo::exists(companion))
            continue;
        ++seen;
        const QFileDevice::Permissions expected = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QVERIFY2(ownerGroupOther(companion) == expected,
                 qPrintable(QStringLiteral("%1 has permissions 0x%2, expected 0x%3 (0600)")
                                .arg(companion)
                                .arg(int(ownerGroupOther(companion)), 0, 16)
                                .arg(int(expected), 0, 16)));
    }
    QVERIFY2(seen > 0, "the database is expected to run in write-ahead-log mode");
}

void tst_Database::shouldMigrateAnEmptyExistingFile()
{
    // GIVEN an existing file with no bytes in it (e.g. made by "touch")
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.rapport"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(QFileInfo(path).size(), 0);

    // WHEN it is opened
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.openError(), Database::OpenError::None);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    }

    // THEN it holds Rapport's schema
    PlainConnection plain(path);
    QCOMPARE(plain.value(QStringLiteral("PRAGMA user_version")).toInt(), Database::latestSchemaVersion());
    QVERIFY(plain.tables().contains(QStringLiteral("clients")));
    QVERIFY(plain.tables().contains(QStringLiteral("segmentation_rules")));
    QVERIFY(plain.tables().contains(QStringLiteral("settings")));
}

void tst_Database::shouldReopenAnUpToDateFileWithoutChangingItsSchema()
{
    // GIVEN a Rapport database with a row in it
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("clients.rapport"));
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QSqlQuery query(db.connection());
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('kept', 'yes')")),
                 qPrintable(query.lastError().text()));
    }

    // WHEN it is opened again
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));

    // THEN no migration ran twice: one rules row, the row kept, the same version
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM segmentation_rules")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'kept'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("yes"));
}

void tst_Database::shouldRefuseAFileThatIsNotADatabase_data()
{
    QTest::addColumn<QByteArray>("content");

    QByteArray noise(8192, '\0');
    QRandomGenerator random(20240517);
    for (char &byte : noise)
        byte = char(random.bounded(256));
    QTest::newRow("random bytes") << noise;
    QTest::newRow("a short text file") << QByteArray("Client list\nAnn, 7, 8\n");
    QTest::newRow("a page of text") << QByteArray(4096, 'x');
}

void tst_Database::shouldRefuseAFileThatIsNotADatabase()
{
    QFETCH(QByteArray, content);

    // GIVEN a file that is not SQLite
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.rapport"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), qint64(content.size()));
    }
    const QByteArray before = fileHash(path);

    // WHEN it is opened
    Database db;
    const bool opened = db.open(path);

    // THEN it is refused as not a database, with a sentence naming the file, and left untouched
    QVERIFY(!opened);
    QVERIFY(!db.isOpen());
    QCOMPARE(db.openError(), Database::OpenError::NotADatabase);
    QCOMPARE(db.errorString(),
             QStringLiteral("%1 is not a Rapport database (or is damaged beyond reading). It was left untouched.")
                 .arg(native(path)));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QFileInfo(path).size(), qint64(content.size()));
}

void tst_Database::shouldRefuseADatabaseFromANewerRapport()
{
    // GIVEN a database written by a newer Rapport
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("future.rapport"));
    {
        PlainConnection plain(path);
        QVERIFY(plain.isOpen());
        QCOMPARE(plain.exec(QStringLiteral("CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT, future TEXT)")),
                 QString());
        QCOMPARE(plain.exec(QStringLiteral("INSERT INTO clients (name, future) VALUES ('Ann', 'x')")), QString());
        QCOMPARE(plain.exec(QStringLiteral("PRAGMA user_version = 999")), QString());
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    // WHEN it is opened
    Database db;
    const bool opened = db.open(path);

    // THEN it is refused, the owner is told to update, and the file is unchanged
    QVERIFY(!opened);
    QVERIFY(!db.isOpen());
    QCOMPARE(db.openError(), Database::OpenError::NewerSchema);
    QCOMPARE(db.errorString(),
             QStringLiteral("%1 was saved by a newer version of Rapport. Update Rapport to open it; the file was left untouched.")
                 .arg(native(path)));
    QCOMPARE(fileHash(path), before);
    PlainConnection plain(path);
    QCOMPARE(plain.value(QStringLiteral("PRAGMA user_version")).toInt(), 999);
}

void tst_Database::shouldRefuseAnotherProgramsDatabase()
{
    // GIVEN another program's SQLite database: a table, no schema version
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("photos.db"));
    {
        PlainConnection plain(path);
        QVERIFY(plain.isOpen());
        QCOMPARE(plain.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")), QString());
        QCOMPARE(plain.exec(QStringLiteral("INSERT INTO photos (file) VALUES ('beach.jpg')")), QString());
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    // WHEN it is opened
    Database db;
    const bool opened = db.open(path);

    // THEN it is refused and left exactly as it was: no tables added, no version set
    QVERIFY(!opened);
    QVERIFY(!db.isOpen());
    QCOMPARE(db.openError(), Database::OpenError::NotADatabase);
    QCOMPARE(db.errorString(),
             QStringLiteral("%1 is a database of another program, not Rapport. It was left untouched.").arg(native(path)));
    QCOMPARE(fileHash(path), before);
    PlainConnection plain(path);
    QCOMPARE(plain.tables(), QStringList{QStringLiteral("photos")});
    QCOMPARE(plain.value(QStringLiteral("PRAGMA user_version")).toInt(), 0);
}

void tst_Database::shouldRefuseAnotherProgramsDatabaseThatHappensToUseOurVersionNumber()
{
    // GIVEN another program's SQLite database whose user_version is, by chance, Rapport's
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("inventory.db"));
    {
        PlainConnection plain(path);
        QVERIFY(plain.isOpen());
        QCOMPARE(plain.exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, sku TEXT)")), QString());
        QCOMPARE(plain.exec(QStringLiteral("INSERT INTO items (sku) VALUES ('A-1')")), QString());
        QCOMPARE(plain.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion())), QString());
    }
    const QByteArray before = fileHash(path);

    // WHEN it is opened
    Database db;
    const bool opened = db.open(path);

    // THEN it is refused as not Rapport's, and not a byte of it changes (not even its journal mode)
    db.close();
    QVERIFY2(fileHash(path) == before, "another program's database was changed by opening it");
    QVERIFY2(!opened, "a database without Rapport's tables was accepted as a Rapport database");
    QCOMPARE(db.openError(), Database::OpenError::NotADatabase);
}

void tst_Database::shouldReportCannotCreateWhenTheFolderCannotBeMade()
{
    // GIVEN a path whose folder would have to be made inside a regular file
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString blocker = dir.filePath(QStringLiteral("report.txt"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a folder\n");
    }
    const QByteArray before = fileHash(blocker);
    const QString path = blocker + QStringLiteral("/sub/clients.rapport");

    // WHEN it is opened
    Database db;
    const bool opened = db.open(path);

    // THEN the owner is told which folder cannot be made, and nothing is created
    QVERIFY(!opened);
    QVERIFY(!db.isOpen());
    QCOMPARE(db.openError(), Database::OpenError::CannotCreate);
    QCOMPARE(db.errorString(),
             QStringLiteral("Cannot create the folder %1. Choose a location you can write to.")
                 .arg(native(blocker + QStringLiteral("/sub"))));
    QVERIFY(QFileInfo(blocker).isFile());
    QCOMPARE(fileHash(blocker), before);
}

void tst_Database::shouldReportCannotCreateForAFolder()
{
    // GIVEN a path that is a folder
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("folder.rapport"));
    QVERIFY(QDir().mkpath(path));

    // WHEN it is opened
    Database db;
    QVERIFY(!db.open(path));

    // THEN it is refused with a sentence saying so, and the folder stays empty
    QCOMPARE(db.openError(), Database::OpenError::CannotCreate);
    QCOMPARE(db.errorString(), QStringLiteral("%1 is a folder, not a Rapport database file.").arg(native(path)));
    QVERIFY(QDir(path).isEmpty());
}

void tst_Database::shouldOpenAReadOnlyFileForReadingOnly_data()
{
    QTest::addColumn<bool>("folderReadOnly");

    QTest::newRow("read-only file") << false;
    // As on a read-only share or a mounted backup: not even SQLite's side files can be created.
    QTest::newRow("read-only file in a read-only folder") << true;
}

void tst_Database::shouldOpenAReadOnlyFileForReadingOnly()
{
    QFETCH(bool, folderReadOnly);

    // GIVEN a valid Rapport database that its owner may only read
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("share"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/archive.rapport");
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    const QFileDevice::Permissions folderPermissions = QFile::permissions(folder);
    const auto restoreFolder = qScopeGuard([&] { QFile::setPermissions(folder, folderPermissions); });
    if (folderReadOnly)
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    if (QFileInfo(path).isWritable())
        QSKIP("The file is still writable after chmod 0400 (running as root?); permissions cannot be tested here.");
    const QByteArray before = fileHash(path);

    // WHEN it is opened
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));

        // THEN it is open for reading only, at the latest schema
        QVERIFY(db.isOpen());
        QVERIFY(db.isReadOnly());
        QCOMPARE(db.openError(), Database::OpenError::None);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery query(db.connection());
        QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM clients")), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        // AND a write is refused by the connection itself
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
        QVERIFY2(db.describeFailure(query, QStringLiteral("save the setting"))
                     == QStringLiteral("Could not save the setting: %1 is read-only. Nothing was changed.").arg(native(path)),
                 qPrintable(db.describeFailure(query, QStringLiteral("save the setting"))));
    }

    // AND the file is unchanged
    QCOMPARE(fileHash(path), before);
}

void tst_Database::shouldRefuseToUpgradeAReadOnlyFile()
{
    // GIVEN an empty file (a database at version 0) that its owner may only read
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.rapport"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    if (QFileInfo(path).isWritable())
        QSKIP("The file is still writable after chmod 0400 (running as root?); permissions cannot be tested here.");

    // WHEN it is opened
    Database db;
    QVERIFY(!db.open(path));

    // THEN the owner is told it needs an upgrade that cannot be written
    QCOMPARE(db.openError(), Database::OpenError::ReadOnlyOutdated);
    QCOMPARE(db.errorString(),
             QStringLiteral("%1 needs to be upgraded but is read-only. Make it writable, or open a copy.").arg(native(path)));
    QCOMPARE(QFileInfo(path).size(), 0);
}

void tst_Database::shouldReportALockedDatabase()
{
    // GIVEN a Rapport database that another program holds with an exclusive lock
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shared.rapport"));
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
    }
    PlainConnection other(path);
    QVERIFY(other.isOpen());
    QCOMPARE(other.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")), QString());
    QCOMPARE(other.exec(QStringLiteral("BEGIN EXCLUSIVE")), QString());
    QCOMPARE(other.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('holder', 'other')")), QString());

    // WHEN Rapport opens it (after waiting for the lock for a while)
    Database db;
    const bool opened = db.open(path);

    // THEN it reports the file as in use by another program
    QVERIFY(!opened);
    QCOMPARE(db.openError(), Database::OpenError::Locked);
    QCOMPARE(db.errorString(),
             QStringLiteral("%1 is in use by another program. Close it there, or open another file.").arg(native(path)));
    QCOMPARE(other.exec(QStringLiteral("ROLLBACK")), QString());
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
