#include "clientstore.h"
#include "database.h"
#include "sampledatagenerator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rapport;
using namespace TestSupport;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

/** A Rapport database with 200 sample clients, their interactions and history, closed. */
QString makeDatabase(const QTemporaryDir &dir, int *clients)
{
    const QString path = dir.filePath(QStringLiteral("clients.rapport"));
    ClientStore store;
    if (!store.open(path) || !store.addClientRecords(SampleDataGenerator(7).records(200, ClientStore::now())))
        return {};
    *clients = store.count();
    return path;
}

int pageSize(const QByteArray &database)
{
    // The file header stores the page size big-endian at offset 16.
    return (quint8(database.at(16)) << 8) | quint8(database.at(17));
}

} // namespace

/**
 * Rapport databases damaged on disk: cut short, a page overwritten, the header broken. Each is
 * refused with a sentence naming the file and left exactly as it was. tst_Database covers files
 * that are not Rapport's (another program's, a newer Rapport's, text, a folder, read-only, locked).
 */
class tst_DamagedFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRefuseADamagedDatabaseAndLeaveItUntouched_data();
    void shouldRefuseADamagedDatabaseAndLeaveItUntouched();
    void shouldOpenADatabaseBesideAWriteAheadLogOfNoise();
};

void tst_DamagedFiles::shouldRefuseADamagedDatabaseAndLeaveItUntouched_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<Database::OpenError>("error");

    QTest::newRow("cut to half its size") << QStringLiteral("half") << Database::OpenError::Corrupt;
    QTest::newRow("first table page overwritten with noise") << QStringLiteral("noise") << Database::OpenError::Corrupt;
    QTest::newRow("a page near the end zeroed") << QStringLiteral("zeroed") << Database::OpenError::Corrupt;
    QTest::newRow("header no longer says SQLite") << QStringLiteral("header") << Database::OpenError::NotADatabase;
}

void tst_DamagedFiles::shouldRefuseADamagedDatabaseAndLeaveItUntouched()
{
    QFETCH(QString, damage);
    QFETCH(Database::OpenError, error);

    // GIVEN a Rapport database damaged on disk
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int clients = 0;
    const QString path = makeDatabase(dir, &clients);
    QVERIFY(!path.isEmpty());
    QVERIFY2(!QFile::exists(path + QStringLiteral("-wal")), "closing the database leaves no write-ahead log");
    QByteArray data = readAll(path);
    const int page = pageSize(data);
    QVERIFY2(page >= 512 && data.size() >= 8 * page, qPrintable(QStringLiteral("%1 bytes of pages of %2").arg(data.size()).arg(page)));
    const int pages = int(data.size() / page);
    if (damage == QLatin1String("half")) {
        data.truncate((pages / 2) * page);
    } else if (damage == QLatin1String("noise")) {
        // Page 2 is the root of the first table the schema creates: the clients.
        QRandomGenerator random(11);
        for (int i = page; i < 2 * page; ++i)
            data[i] = char(random.bounded(256));
    } else if (damage == QLatin1String("zeroed")) {
        data.replace((pages - 2) * page, page, QByteArray(page, '\0'));
    } else if (damage == QLatin1String("header")) {
        data.replace(0, 16, QByteArray("SQLite format 2\0", 16));
    }
    QVERIFY(writeAll(path, data));
    const QByteArray before = fileHash(path);

    // WHEN it is opened
    Database db;
    const bool opened = db.open(path);

    // THEN it is refused, with a sentence that names the file and says what to do
    QVERIFY(!opened);
    QVERIFY(!db.isOpen());
    QCOMPARE(db.openError(), error);
    const QString shown = QDir::toNativeSeparators(path);
    if (error == Database::OpenError::Corrupt) {
        QVERIFY2(db.errorString().startsWith(shown + QStringLiteral(" is damaged (")), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().endsWith(QStringLiteral("). It was left untouched; restore a backup or open another file.")),
                 qPrintable(db.errorString()));
    } else {
        QCOMPARE(db.errorString(),
                 QStringLiteral("%1 is not a Rapport database (or is damaged beyond reading). It was left untouched.").arg(shown));
    }
    // AND the sentence is one line, as the command line promises for its failures
    QVERIFY2(!db.errorString().contains(QLatin1Char('\n')), qPrintable(db.errorString()));
    // AND not a byte of it changed, and no side file was left behind
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));

    // AND the store refuses it the same way
    ClientStore store;
    QVERIFY(!store.open(path));
    QCOMPARE(store.openError(), error);
    QCOMPARE(store.count(), 0);
    QCOMPARE(fileHash(path), before);
}

void tst_DamagedFiles::shouldOpenADatabaseBesideAWriteAheadLogOfNoise()
{
    // GIVEN a good database beside a write-ahead log that is only noise (not SQLite's, or torn)
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int clients = 0;
    const QString path = makeDatabase(dir, &clients);
    QVERIFY(!path.isEmpty());
    QByteArray noise(32 * 1024, '\0');
    QRandomGenerator random(12);
    for (char &byte : noise)
        byte = char(random.bounded(256));
    QVERIFY(writeAll(path + QStringLiteral("-wal"), noise));

    // WHEN it is opened
    ClientStore store;
    const bool opened = store.open(path);

    // THEN the log is ignored and every client is there
    QVERIFY2(opened, qPrintable(store.errorString()));
    QCOMPARE(store.count(), clients);
    QCOMPARE(store.count(), 200);
}

QTEST_GUILESS_MAIN(tst_DamagedFiles)
#include "tst_damagedfiles.moc"
