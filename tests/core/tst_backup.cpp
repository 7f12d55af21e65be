// Back Up and Restore: a consistent copy while the database is open, and a restore that keeps
// what it replaces.

#include "clientstore.h"
#include "testsupport.h"
#include "sampledatagenerator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <dlfcn.h>

namespace {
// Every file removed while a test watches: QFile::remove() ends in unlink(), which this
// executable's own definition below takes over from the C library for the whole process.
QList<QByteArray> *removedFiles = nullptr;
} // namespace

extern "C" int unlink(const char *path)
{
    using Unlink = int (*)(const char *);
    static const auto real = reinterpret_cast<Unlink>(dlsym(RTLD_NEXT, "unlink"));
    if (removedFiles)
        removedFiles->append(QByteArray(path));
    return real(path);
}

using namespace Rapport;

class tst_Backup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWriteABackupThatOpensAndPassesTheIntegrityCheck();
    void shouldRestoreABackupAndKeepWhatItReplaced();
    void shouldRefuseToRestoreAFileThatIsNotADatabase();
    void shouldNeverLeaveTheDatabaseMissingWhileRestoring();

private:
    static QString integrityOf(const QString &path);
    QTemporaryDir m_dir;
};

QString tst_Backup::integrityOf(const QString &path)
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

void tst_Backup::shouldWriteABackupThatOpensAndPassesTheIntegrityCheck()
{
    // GIVEN an open database with clients and interactions
    ClientStore store;
    QVERIFY(store.open(TestSupport::newDatabase(m_dir, QStringLiteral("live"))));
    QVERIFY(store.addClientRecords(SampleDataGenerator(3).records(40, ClientStore::now())));

    // WHEN it is backed up while open
    const QString backup = m_dir.filePath(QStringLiteral("live-backup.sqlite"));
    QVERIFY2(store.backup(backup), qPrintable(store.errorString()));

    // THEN the copy passes the integrity check, is readable by its owner only, and holds the same data
    QCOMPARE(integrityOf(backup), QStringLiteral("ok"));
    QCOMPARE(QFile::permissions(backup) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    ClientStore copy;
    QVERIFY(copy.open(backup));
    QCOMPARE(copy.count(), 40);
    for (int row = 0; row < store.count(); ++row) {
        QCOMPARE(copy.at(row), store.at(row));
        QCOMPARE(copy.interactions(store.at(row).id), store.interactions(store.at(row).id));
    }
    QVERIFY(!QFile::exists(backup + QStringLiteral(".partial")));
}

void tst_Backup::shouldRestoreABackupAndKeepWhatItReplaced()
{
    // GIVEN a backup of 10 clients, then 5 more added after it
    ClientStore store;
    const QString location = TestSupport::newDatabase(m_dir, QStringLiteral("restore"));
    QVERIFY(store.open(location));
    QVERIFY(store.addClients(SampleDataGenerator(5).clients(10, ClientStore::now())));
    const QString backup = m_dir.filePath(QStringLiteral("restore-backup.sqlite"));
    QVERIFY(store.backup(backup));
    QVERIFY(store.addClients(SampleDataGenerator(6).clients(5, ClientStore::now())));
    QCOMPARE(store.count(), 15);

    // WHEN the backup is restored
    const QString keep = m_dir.filePath(QStringLiteral("restore-kept.sqlite"));
    QSignalSpy resets(&store, &ClientStore::resetDone);
    QVERIFY2(store.restore(backup, keep), qPrintable(store.errorString()));

    // THEN the store shows the backup's clients, and what it replaced is kept
    QCOMPARE(resets.count(), 1);
    QCOMPARE(store.count(), 10);
    QVERIFY(store.isOpen());
    ClientStore kept;
    QVERIFY(kept.open(keep));
    QCOMPARE(kept.count(), 15);
    if (!TestSupport::onServer())
        QCOMPARE(integrityOf(location), QStringLiteral("ok"));
    // AND a new start reads the same
    ClientStore reopened;
    QVERIFY2(reopened.open(location), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.clients(), store.clients());
}

void tst_Backup::shouldRefuseToRestoreAFileThatIsNotADatabase()
{
    ClientStore store;
    const QString path = TestSupport::newDatabase(m_dir, QStringLiteral("refuse"));
    QVERIFY(store.open(path));
    QVERIFY(store.addClients(SampleDataGenerator(8).clients(3, ClientStore::now())));
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
    {
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    QSignalSpy failures(&store, &ClientStore::writeFailed);
    QVERIFY(!store.restore(garbage, m_dir.filePath(QStringLiteral("refuse-kept.sqlite"))));
    QCOMPARE(failures.count(), 1);
    QVERIFY2(store.errorString().contains(QStringLiteral("not a Rapport database")), qPrintable(store.errorString()));
    QCOMPARE(store.count(), 3);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refuse-kept.sqlite"))));
}

void tst_Backup::shouldNeverLeaveTheDatabaseMissingWhileRestoring()
{
    RAPPORT_FILES_ONLY();
    // GIVEN a database file and a backup of it
    ClientStore store;
    const QString path = m_dir.filePath(QStringLiteral("gapless.sqlite"));
    QVERIFY(store.open(path));
    QVERIFY(store.addClients(SampleDataGenerator(9).clients(4, ClientStore::now())));
    const QString backup = m_dir.filePath(QStringLiteral("gapless-backup.sqlite"));
    QVERIFY(store.backup(backup));

    // WHEN it is restored, watching every file removed meanwhile
    QList<QByteArray> removed;
    removedFiles = &removed;
    const bool restored = store.restore(backup, m_dir.filePath(QStringLiteral("gapless-kept.sqlite")));
    removedFiles = nullptr;

    // THEN the database file itself was never removed: a crash at any moment finds a database at
    // its path (the old or the restored one), never an empty place a new start would fill anew
    QVERIFY2(restored, qPrintable(store.errorString()));
    QVERIFY2(!removed.contains(QFile::encodeName(path)), removed.join(", ").constData());
    QCOMPARE(store.count(), 4);
}

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_backup.moc"
