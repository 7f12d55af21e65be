// ClientStore::openInBackground(): the file is checked and read on a worker thread; the store
// keeps what it holds until then, and keeps it when the file cannot be opened.

#include "backupfiles.h"
#include "clientstore.h"
#include "database.h"
#include "sampledatagenerator.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Rapport;
using namespace TestSupport;

namespace {

constexpr int Timeout = 60000;

QStringList names(const ClientStore &store)
{
    QStringList result;
    for (const Client &client : store.clients())
        result.append(client.name);
    return result;
}

} // namespace

class tst_BackgroundOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void shouldReadTheFileOnAWorkerAndThenTakeItsClients();
    void shouldMatchWhatOpenReads();
    void shouldKeepTheOpenFileWhenTheNewOneCannotBeOpened_data();
    void shouldKeepTheOpenFileWhenTheNewOneCannotBeOpened();
    void shouldRefuseWritesWhileOpening();
    void shouldLetTheLastOpenWin();
    void shouldTakeTheDailyBackupOnTheWorker();
    void shouldSayWhenTheDailyBackupFails();
    void shouldEndCleanlyWhenDestroyedWhileOpening();

private:
    QTemporaryDir m_dir;
    QString m_first;  ///< 30 clients, seed 1
    QString m_second; ///< 45 clients, seed 2
};

void tst_BackgroundOpen::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_first = TestSupport::newDatabase(m_dir, QStringLiteral("first"));
    m_second = TestSupport::newDatabase(m_dir, QStringLiteral("second"));
    QVERIFY(makeDatabase(m_first, 30, 1));
    QVERIFY(makeDatabase(m_second, 45, 2));
}

void tst_BackgroundOpen::shouldReadTheFileOnAWorkerAndThenTakeItsClients()
{
    // GIVEN a store showing the first file
    ClientStore store;
    QVERIFY(store.open(m_first));
    QSignalSpy finished(&store, &ClientStore::openFinished);
    QSignalSpy reset(&store, &ClientStore::resetDone);

    // WHEN the second is opened in the background
    store.openInBackground(m_second);

    // THEN until it is read, the store still holds the first file
    QVERIFY(store.isOpening());
    QCOMPARE(store.openingPath(), m_second);
    QCOMPARE(store.path(), shownLocation(m_first));
    QCOMPARE(store.count(), 30);
    QCOMPARE(reset.count(), 0);
    // AND then it holds the second, after one reset, and says so once
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QVERIFY(!store.isOpening());
    QCOMPARE(store.path(), shownLocation(m_second));
    QCOMPARE(store.count(), 45);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(store.openError(), Database::OpenError::None);
    // AND it writes to the second file
    Client client = store.at(0);
    client.name = QStringLiteral("Written After A Background Open");
    QVERIFY2(store.updateClient(client), qPrintable(store.errorString()));
    ClientStore again;
    QVERIFY(again.open(m_second));
    QCOMPARE(again.client(client.id)->name, client.name);
}

void tst_BackgroundOpen::shouldMatchWhatOpenReads()
{
    // GIVEN the same file read both ways
    ClientStore direct;
    QVERIFY(direct.open(m_second));
    ClientStore background;
    QSignalSpy finished(&background, &ClientStore::openFinished);
    background.openInBackground(m_second);
    QVERIFY(finished.wait(Timeout));

    // THEN both hold the same clients, rules, contact summaries and history
    QCOMPARE(names(background), names(direct));
    QCOMPARE(background.rules(), direct.rules());
    for (int row = 0; row < direct.count(); ++row) {
        const qint64 id = direct.at(row).id;
        QCOMPARE(background.at(row).satisfaction, direct.at(row).satisfaction);
        QVERIFY(background.contactSummary(id) == direct.contactSummary(id));
        QCOMPARE(background.history(id).size(), direct.history(id).size());
    }
}

void tst_BackgroundOpen::shouldKeepTheOpenFileWhenTheNewOneCannotBeOpened_data()
{
    QTest::addColumn<QByteArray>("how");
    QTest::addColumn<int>("error");
    QTest::newRow("damaged (fails the quick check)") << QByteArray("damaged") << int(Database::OpenError::Corrupt);
    QTest::newRow("not a database") << QByteArray("text") << int(Database::OpenError::NotADatabase);
    QTest::newRow("a folder") << QByteArray("folder") << int(Database::OpenError::CannotCreate);
}

void tst_BackgroundOpen::shouldKeepTheOpenFileWhenTheNewOneCannotBeOpened()
{
    QFETCH(QByteArray, how);
    QFETCH(int, error);

    // GIVEN a bad file
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
    if (how == "damaged") {
        QVERIFY(makeDatabase(bad, 20, 3));
        QVERIFY(damagePage(bad));
    } else if (how == "text") {
        QVERIFY(writeFile(bad, QByteArray("name,company\nAda,Analytical Engines\n").repeated(200)));
    } else {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("bad.sqlite")));
    }
    const QByteArray before = QFileInfo(bad).isFile() ? readFile(bad) : QByteArray();
    ClientStore store;
    QVERIFY(store.open(m_first));
    QSignalSpy finished(&store, &ClientStore::openFinished);
    QSignalSpy aboutToReset(&store, &ClientStore::aboutToReset);

    // WHEN it is opened in the background
    store.openInBackground(bad);
    QVERIFY(finished.wait(Timeout));

    // THEN the failure is told in one sentence, with its kind
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString message = finished.at(0).at(1).toString();
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    QCOMPARE(store.errorString(), message);
    QCOMPARE(int(store.openError()), error);
    // AND the store still holds the first file, untouched, and can write to it
    QCOMPARE(aboutToReset.count(), 0);
    QVERIFY(store.isOpen());
    QCOMPARE(store.path(), shownLocation(m_first));
    QCOMPARE(store.count(), 30);
    Client client = store.at(1);
    client.company = QStringLiteral("Still Open Ltd");
    QVERIFY2(store.updateClient(client), qPrintable(store.errorString()));
    // AND the bad file was left as it was
    if (!before.isEmpty())
        QCOMPARE(readFile(bad), before);
}

void tst_BackgroundOpen::shouldRefuseWritesWhileOpening()
{
    // GIVEN a store opening another file
    ClientStore store;
    QVERIFY(store.open(m_first));
    QSignalSpy failed(&store, &ClientStore::writeFailed);
    QSignalSpy finished(&store, &ClientStore::openFinished);
    const Client before = store.at(2);
    store.openInBackground(m_second);

    // WHEN a write comes in meanwhile
    Client client = before;
    client.name = QStringLiteral("Lost In Between");
    const bool written = store.updateClient(client);

    // THEN it is refused with a sentence naming the file, and nothing changed
    QVERIFY(!written);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(store.errorString().contains(QStringLiteral("still being opened")), qPrintable(store.errorString()));
    QVERIFY(store.errorString().contains(QDir::toNativeSeparators(m_second)));
    QCOMPARE(store.at(2).name, before.name);
    QVERIFY(finished.wait(Timeout));
    ClientStore first;
    QVERIFY(first.open(m_first));
    QCOMPARE(first.client(before.id)->name, before.name);
}

void tst_BackgroundOpen::shouldLetTheLastOpenWin()
{
    // GIVEN a store asked to open the first file, then the second
    ClientStore store;
    QSignalSpy finished(&store, &ClientStore::openFinished);
    store.openInBackground(m_first);
    store.openInBackground(m_second);

    // THEN only the second is taken, and told once
    QVERIFY(finished.wait(Timeout));
    QTest::qWait(200); // room for the first worker's late result, which must be dropped
    QCOMPARE(finished.count(), 1);
    QCOMPARE(store.path(), shownLocation(m_second));
    QCOMPARE(store.count(), 45);

    // WHEN a background open is overtaken by open()
    store.openInBackground(m_second);
    QVERIFY(store.open(m_first));

    // THEN the store stays with what open() read
    QVERIFY(!store.isOpening());
    QTest::qWait(500);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(store.path(), shownLocation(m_first));
    QCOMPARE(store.count(), 30);
}

void tst_BackgroundOpen::shouldTakeTheDailyBackupOnTheWorker()
{
    RAPPORT_FILES_ONLY(); // a server keeps no daily backups of its own
    // GIVEN a database without backups
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = TestSupport::newDatabase(dir, QStringLiteral("clients"));
    QVERIFY(makeDatabase(path, 12, 4));
    ClientStore store;
    QSignalSpy finished(&store, &ClientStore::openFinished);

    // WHEN it is opened in the background with the day's backup, twice the same day
    const QDateTime now(QDate(2026, 11, 24), QTime(9, 15));
    store.openInBackground(path, now);
    QVERIFY(finished.wait(Timeout));
    store.openInBackground(path, now.addSecs(3600));
    QVERIFY(finished.wait(Timeout));

    // THEN there is one sound backup of that day, and nothing to report
    const QVector<BackupFile> backups = BackupFiles::daily(path);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.constFirst().takenAt.date(), now.date());
    QVERIFY(Database::isSoundCopy(backups.constFirst().path));
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QCOMPARE(finished.at(1).at(1).toString(), QString());
    // AND without a time no backup is taken
    QTemporaryDir other;
    const QString plain = other.filePath(QStringLiteral("plain.sqlite"));
    QVERIFY(makeDatabase(plain, 5, 5));
    store.openInBackground(plain);
    QVERIFY(finished.wait(Timeout));
    QVERIFY(BackupFiles::daily(plain).isEmpty());
}

void tst_BackgroundOpen::shouldSayWhenTheDailyBackupFails()
{
    RAPPORT_FILES_ONLY(); // a server keeps no daily backups of its own
    // GIVEN a database whose backup folder cannot be made
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = TestSupport::newDatabase(dir, QStringLiteral("clients"));
    QVERIFY(makeDatabase(path, 12, 4));
    QVERIFY(writeFile(BackupFiles::folder(path), "in the way"));
    ClientStore store;
    QSignalSpy finished(&store, &ClientStore::openFinished);

    // WHEN it is opened with the day's backup
    store.openInBackground(path, QDateTime::currentDateTime());
    QVERIFY(finished.wait(Timeout));

    // THEN it opens all the same, and the message tells of the backup
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(store.count(), 12);
    const QString message = finished.at(0).at(1).toString();
    QVERIFY2(message.startsWith(QStringLiteral("Today's automatic backup could not be written to ")), qPrintable(message));
}

void tst_BackgroundOpen::shouldEndCleanlyWhenDestroyedWhileOpening()
{
    // GIVEN a store destroyed while its worker reads
    {
        ClientStore store;
        store.openInBackground(m_second);
    }
    // THEN the worker ended with it (no crash, no thread left running), and the file opens as before
    ClientStore store;
    QVERIFY(store.open(m_second));
    QCOMPARE(store.count(), 45);
}

QTEST_GUILESS_MAIN(tst_BackgroundOpen)
#include "tst_backgroundopen.moc"
