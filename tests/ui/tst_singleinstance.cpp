#include "singleinstance.h"

#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QSignalSpy>
#include <QtTest>

using namespace Rapport;

Q_DECLARE_METATYPE(Rapport::SingleInstance::Request)

namespace {

/** A server name no other test run (nor the owner's Rapport) uses. */
QString uniqueServerName(const char *test)
{
    return QStringLiteral("rapport-test-%1-%2").arg(QCoreApplication::applicationPid()).arg(QLatin1String(test));
}

} // namespace

class tst_SingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHandTheRequestOverToTheRunningInstance_data();
    void shouldHandTheRequestOverToTheRunningInstance();
    void shouldNotHandOverWithoutARunningInstance();
    void shouldListenDespiteAStaleSocketFile();
    void shouldLeaveARunningInstanceItsName();
    void shouldNameTheSocketAfterTheUser();
};

void tst_SingleInstance::shouldHandTheRequestOverToTheRunningInstance_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<qint64>("clientId");

    QTest::newRow("raise only") << QStringList() << qint64(0);
    QTest::newRow("a vCard with spaces and accents") << QStringList{QStringLiteral("/home/zoë/Mes contacts/Clients été 2026.vcf")}
                                                     << qint64(0);
    QTest::newRow("two files and a client") << QStringList{QStringLiteral("/tmp/a b.csv"), QStringLiteral("/tmp/Ärzte–Liste.vcf")}
                                            << qint64(42);
}

void tst_SingleInstance::shouldHandTheRequestOverToTheRunningInstance()
{
    QFETCH(QStringList, files);
    QFETCH(qint64, clientId);

    // GIVEN a first instance listening and a second one on the same name
    SingleInstance first(uniqueServerName("handover"));
    QVERIFY(first.listen());
    QSignalSpy spy(&first, &SingleInstance::requested);
    SingleInstance second(uniqueServerName("handover"));

    // WHEN the second hands its request over
    SingleInstance::Request request;
    request.files = files;
    request.clientId = clientId;
    const bool handedOver = second.handOver(request);

    // THEN the first acknowledged it and received it exactly, once
    QVERIFY(handedOver);
    QCOMPARE(spy.count(), 1);
    const auto received = spy.at(0).at(0).value<SingleInstance::Request>();
    QCOMPARE(received.files, files);
    QCOMPARE(received.clientId, clientId);
}

void tst_SingleInstance::shouldNotHandOverWithoutARunningInstance()
{
    // GIVEN no instance listening on the name
    SingleInstance second(uniqueServerName("nobody"));

    // WHEN a request is handed over
    SingleInstance::Request request;
    request.files = {QStringLiteral("/tmp/clients.csv")};

    // THEN nobody takes it: Rapport starts normally
    QVERIFY(!second.handOver(request));
}

void tst_SingleInstance::shouldListenDespiteAStaleSocketFile()
{
    // GIVEN the socket file of a Rapport that did not end cleanly: it is there, nobody answers
    const QString name = uniqueServerName("stale");
    QString socketPath;
    {
        QLocalServer server;
        QVERIFY(server.listen(name));
        socketPath = server.fullServerName();
    }
    QFile stale(socketPath);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    SingleInstance second(name);
    QVERIFY(!second.handOver({}));

    // WHEN a new first instance listens
    SingleInstance first(name);
    const bool listening = first.listen();

    // THEN it does, and receives what a second instance hands over
    QVERIFY(listening);
    QSignalSpy spy(&first, &SingleInstance::requested);
    SingleInstance::Request request;
    request.files = {QStringLiteral("/tmp/after a crash.vcf")};
    QVERIFY(second.handOver(request));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<SingleInstance::Request>().files, request.files);
}

void tst_SingleInstance::shouldLeaveARunningInstanceItsName()
{
    // GIVEN a first instance listening
    const QString name = uniqueServerName("running");
    SingleInstance first(name);
    QVERIFY(first.listen());
    QSignalSpy spy(&first, &SingleInstance::requested);

    // WHEN another one tries to listen on the same name
    SingleInstance other(name);
    const bool otherListening = other.listen();

    // THEN it does not, and requests still reach the first
    QVERIFY(!otherListening);
    SingleInstance second(name);
    QVERIFY(second.handOver({}));
    QCOMPARE(spy.count(), 1);
}

void tst_SingleInstance::shouldNameTheSocketAfterTheUser()
{
    // GIVEN / WHEN the default name  THEN it is Rapport's and the user's, the same each time
    const QString name = SingleInstance::defaultServerName();
    QVERIFY2(QFileInfo(name).fileName().startsWith(QLatin1String("rapport-")) && QFileInfo(name).fileName().size() > 8,
             qPrintable(name));
    QCOMPARE(SingleInstance().serverName(), name);
}

QTEST_GUILESS_MAIN(tst_SingleInstance)

#include "tst_singleinstance.moc"
