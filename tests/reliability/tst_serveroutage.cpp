// A team's server that goes away: stopped as by a crash (pg_ctl stop -m immediate) and started
// again, or a connection killed by an administrator (pg_terminate_backend) in the middle of an
// import, a move or a log. Nothing crashes, no committed change is lost, nothing is half
// written, the failed action says so and leaves memory as it was, and the store connects again
// by itself and reads in what changed meanwhile. On a PostgreSQL server of the test's own.

#include "clientstore.h"
#include "testsupport.h"

#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Rapport;

namespace {

Client makeClient(const QString &name, double satisfaction = 5.0, double repurchase = 5.0)
{
    Client client;
    client.name = name;
    client.satisfaction = satisfaction;
    client.repurchase = repurchase;
    return client;
}

/** Every client of a store, as (id, name, satisfaction, version): memory compared with the database. */
QStringList contentsOf(const ClientStore &store)
{
    QStringList rows;
    for (const Client &client : store.clients())
        rows.append(QStringLiteral("%1 %2 %3 %4").arg(client.id).arg(client.name).arg(client.satisfaction).arg(client.version));
    rows.sort();
    return rows;
}

} // namespace

class TestServerOutage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void shouldConnectAgainAfterTheServerCrashedAndReadWhatChanged();
    void shouldWriteAllOrNothingWhenKilledDuringAnImport();
    void shouldSayWhatFailedWhenKilledBeforeAMoveAndALog();

private:
    bool server(const char *mode) const;
    /** Kills the connections to this test's database (only those named @p application when given). */
    QString killConnections(const QString &application = {}) const;

    QTemporaryDir m_dir;
    QString m_state;
    QString m_admin;
    QString m_location;
    QString m_databaseName;
};

void TestServerOutage::initTestCase()
{
    RAPPORT_REQUIRE_BACKEND();
    if (!TestSupport::onServer())
        QSKIP("about a PostgreSQL server that goes away: runs in tst_serveroutage_postgresql");
    QVERIFY(m_dir.isValid());
    // A server of this test's own: the test stops it, which the other tests must not see.
    m_state = m_dir.filePath(QStringLiteral("server.state"));
    // Durable (fsync and synchronous commit on): a committed change must survive the crash.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RAPPORT_POSTGRESQL_DURABLE"), QStringLiteral("1"));
    QProcess start;
    start.setProcessEnvironment(environment);
    start.start(QStringLiteral(RAPPORT_TEST_SERVER_SCRIPT), {QStringLiteral("start"), m_state});
    QVERIFY(start.waitForFinished(120000));
    QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
    QFile file(m_state);
    QVERIFY(file.open(QIODevice::ReadOnly));
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("uri="))
            m_admin = QString::fromUtf8(line.mid(4));
    }
    QVERIFY(!m_admin.isEmpty());
}

void TestServerOutage::cleanupTestCase()
{
    if (!m_state.isEmpty())
        QProcess::execute(QStringLiteral(RAPPORT_TEST_SERVER_SCRIPT), {QStringLiteral("stop"), m_state});
}

void TestServerOutage::init()
{
    m_location = TestSupport::newServerDatabase(m_admin, QString::fromLatin1(QTest::currentTestFunction()));
    m_databaseName = m_location.section(QLatin1Char('/'), -1);
}

bool TestServerOutage::server(const char *mode) const
{
    return QProcess::execute(QStringLiteral(RAPPORT_TEST_SERVER_SCRIPT), {QString::fromLatin1(mode), m_state}) == 0;
}

QString TestServerOutage::killConnections(const QString &application) const
{
    QString statement = QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                       " WHERE datname = '%1' AND pid <> pg_backend_pid()").arg(m_databaseName);
    if (!application.isEmpty())
        statement += QStringLiteral(" AND application_name = '%1'").arg(application);
    return TestSupport::serverExec(statement, QStringLiteral("postgres"), m_admin);
}

void TestServerOutage::shouldConnectAgainAfterTheServerCrashedAndReadWhatChanged()
{
    ClientStore a;
    ClientStore b;
    // Named, so that an administrator can kill the connection of one of them.
    QVERIFY2(a.open(m_location + QStringLiteral("?application_name=rapport_a")), qPrintable(a.errorString()));
    const qint64 id = a.addClient(makeClient(QStringLiteral("Ada Shop")));
    QVERIFY(id > 0);
    QVERIFY2(b.open(m_location + QStringLiteral("?application_name=rapport_b")), qPrintable(b.errorString()));
    QSignalSpy aConnection(&a, &ClientStore::connectionChanged);
    QSignalSpy bConnection(&b, &ClientStore::connectionChanged);

    // WHEN the server stops as in a crash
    QVERIFY(server("crash"));
    const auto restart = qScopeGuard([this] { server("restart"); });

    // THEN a move says, in one sentence, that it failed, and memory stays as it was
    const QStringList before = contentsOf(a);
    QSignalSpy failed(&a, &ClientStore::writeFailed);
    QVERIFY(!a.moveClient(id, 9.0, 9.0));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!a.errorString().isEmpty());
    QCOMPARE(contentsOf(a), before);
    QVERIFY(a.isConnectionLost());
    QCOMPARE(aConnection.count(), 1);
    QCOMPARE(aConnection.constFirst().constFirst().toBool(), false);
    QVERIFY(a.isOpen());
    // AND while it is away, writes are refused at once with a word on why
    Interaction call;
    call.clientId = id;
    call.happenedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(a.addInteraction(call) == 0);
    QVERIFY2(a.errorString().contains(QStringLiteral("connecting again")), qPrintable(a.errorString()));
    // AND the other store notices by itself, without writing
    QTRY_COMPARE_WITH_TIMEOUT(bConnection.count(), 1, 12000);

    // WHEN the server is back
    QVERIFY(server("restart"));
    // THEN both connect again by themselves
    QTRY_COMPARE_WITH_TIMEOUT(aConnection.count(), 2, 40000);
    QCOMPARE(aConnection.last().constFirst().toBool(), true);
    QVERIFY(!a.isConnectionLost());
    QTRY_COMPARE_WITH_TIMEOUT(bConnection.count(), 2, 40000);

    // AND what one changes, the other hears again
    QVERIFY2(a.moveClient(id, 9.0, 9.0), qPrintable(a.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(b.client(id)->satisfaction, 9.0, 3000);

    // AND a change made while A's connection is gone (killed by an administrator) is read in when A is back
    QCOMPARE(killConnections(QStringLiteral("rapport_a")), QString());
    const qint64 added = b.addClient(makeClient(QStringLiteral("Added while A was away")));
    QVERIFY2(added > 0, qPrintable(b.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(aConnection.count(), 4, 40000);
    QVERIFY(a.client(added));
    ClientStore fresh;
    QVERIFY(fresh.open(m_location));
    QTRY_COMPARE_WITH_TIMEOUT(contentsOf(a), contentsOf(fresh), 10000);
}

void TestServerOutage::shouldWriteAllOrNothingWhenKilledDuringAnImport()
{
    QVector<Client> many;
    for (int i = 0; i < 20000; ++i)
        many.append(makeClient(QStringLiteral("Imported %1").arg(i), (i % 100) / 10.0, (i % 7) + 1.0));
    int refused = 0;
    int written = 0;
    for (int delay : {5, 40, 120, 400}) {
        ClientStore store;
        QVERIFY2(store.open(m_location), qPrintable(store.errorString()));
        const int count = store.count();
        // An administrator kills the connection while the import runs.
        QThread *killer = QThread::create([this, delay] {
            QThread::msleep(delay);
            killConnections();
        });
        killer->start();
        const bool ok = store.addClients(many);
        killer->wait();
        delete killer;
        ok ? ++written : ++refused;
        if (!ok) {
            QVERIFY(!store.errorString().isEmpty());
            QCOMPARE(store.count(), count);
        } else {
            QCOMPARE(store.count(), count + int(many.size()));
        }
        // The database holds all of it or none of it, as memory does once connected again.
        ClientStore fresh;
        QVERIFY2(fresh.open(m_location), qPrintable(fresh.errorString()));
        QVERIFY2(fresh.count() == count || fresh.count() == count + int(many.size()),
                 qPrintable(QStringLiteral("%1 clients after an import of %2 onto %3").arg(fresh.count()).arg(many.size()).arg(count)));
        if (store.isConnectionLost())
            QTRY_VERIFY_WITH_TIMEOUT(!store.isConnectionLost(), 40000);
        QCOMPARE(store.count(), fresh.count());
    }
    qInfo("imports refused: %d, written: %d", refused, written);
}

void TestServerOutage::shouldSayWhatFailedWhenKilledBeforeAMoveAndALog()
{
    ClientStore store;
    QVERIFY2(store.open(m_location), qPrintable(store.errorString()));
    const qint64 id = store.addClient(makeClient(QStringLiteral("Bram Bakery"), 3.0, 3.0));
    QVERIFY(id > 0);
    const QStringList before = contentsOf(store);
    QSignalSpy changed(&store, &ClientStore::clientChanged);
    QSignalSpy contacts(&store, &ClientStore::interactionsChanged);

    QVERIFY(killConnections().isEmpty());
    QVERIFY(!store.moveClient(id, 8.0, 8.0));
    QVERIFY(!store.errorString().isEmpty());
    QCOMPARE(contentsOf(store), before);
    QCOMPARE(changed.count(), 0);
    QVERIFY(store.isConnectionLost());
    QTRY_VERIFY_WITH_TIMEOUT(!store.isConnectionLost(), 40000);
    QCOMPARE(contentsOf(store), before);

    QVERIFY(killConnections().isEmpty());
    Interaction call;
    call.clientId = id;
    call.happenedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(store.addInteraction(call) == 0);
    QCOMPARE(contacts.count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!store.isConnectionLost(), 40000);
    QCOMPARE(store.interactions(id).size(), 0);

    // Connected again, both work.
    QVERIFY2(store.moveClient(id, 8.0, 8.0), qPrintable(store.errorString()));
    QVERIFY2(store.addInteraction(call) > 0, qPrintable(store.errorString()));
    ClientStore fresh;
    QVERIFY(fresh.open(m_location));
    QCOMPARE(fresh.client(id)->satisfaction, 8.0);
    QCOMPARE(fresh.interactions(id).size(), 1);
}

QTEST_GUILESS_MAIN(TestServerOutage)
#include "tst_serveroutage.moc"
