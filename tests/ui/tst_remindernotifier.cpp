#include "clientstore.h"
#include "notificationserver.h"
#include "reminderplanner.h"
#include "remindernotifier.h"

#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Rapport;

namespace {

// The day the tests are on. Aisha was added 95 days before it: as a Loyalist (due after 30
// days, overdue after 90) she is 5 days overdue. Carla is a Hostage held by a contract ending in
// 3 days. Ben was added 9 days before: nothing is due for him.
const QDate Today(2026, 3, 10);

Client makeClient(const QString &name, double satisfaction, double repurchase, QDate added)
{
    Client client;
    client.name = name;
    client.satisfaction = satisfaction;
    client.repurchase = repurchase;
    client.createdAt = QDateTime(added, QTime(9, 0), Qt::UTC);
    client.updatedAt = client.createdAt;
    return client;
}

const QStringList Actions = {QStringLiteral("default"), QStringLiteral("Open"), QStringLiteral("open"), QStringLiteral("Open"),
                             QStringLiteral("tomorrow"), QStringLiteral("Tomorrow")};

} // namespace

// No translator is loaded, so plural messages keep their raw "(s)" form: in the application the
// English translation turns "5 day(s)" into "5 days" and "1 client(s)" into "1 client".
class tst_ReminderNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldNotifyTheClientsToContactOnceADay();
    void shouldNotifyAgainWhenSomethingNewHappensTheSameDay();
    void shouldNotifyAgainTheNextDay();
    void shouldStaySilentUntilTheNextDayAfterTomorrow();
    void shouldAskToOpenTheFirstClient();
    void shouldNeitherNotifyNorRecordWithoutAService();
    void shouldShareWhatWasToldThroughTheDatabase();
    void shouldEscapeNamesForAServiceThatReadsMarkup();
    void shouldRememberWhatWasToldWhenTheDatabaseIsReadOnly();
    void shouldRemindAtLoginOnAServerWithoutItsPassword();

private:
    /** The latest notification the service received. */
    NotificationServer::Received lastReceived() const { return m_server.received().constLast(); }

    NotificationServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
    qint64 m_aisha = 0;
    qint64 m_ben = 0;
    qint64 m_carla = 0;
};

void tst_ReminderNotifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.rapport.Rapport"));
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "no session bus: run the test under dbus-run-session");
    QVERIFY2(m_server.start(), "the notification service could not be registered on the session bus");
}

void tst_ReminderNotifier::init()
{
    m_server.setCapabilities({QStringLiteral("actions"), QStringLiteral("body")});
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ClientStore>();
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("clients.sqlite"))), qPrintable(m_store->errorString()));
    m_aisha = m_store->addClient(makeClient(QStringLiteral("Aisha Nakamura"), 8, 8, Today.addDays(-95)));
    m_ben = m_store->addClient(makeClient(QStringLiteral("Ben Okafor"), 8, 8, Today.addDays(-9)));
    Client carla = makeClient(QStringLiteral("Carla Reyes"), 3, 8, Today.addDays(-9));
    carla.hostageReason = HostageReason::Contract;
    carla.hostageReasonEnds = Today.addDays(3);
    m_carla = m_store->addClient(carla);
    QVERIFY(m_aisha && m_ben && m_carla);
}

void tst_ReminderNotifier::cleanup()
{
    m_store.reset();
    m_dir.reset();
    m_server.start();
}

void tst_ReminderNotifier::shouldNotifyTheClientsToContactOnceADay()
{
    // GIVEN a Hostage soon free to leave and an overdue Loyalist
    ReminderNotifier notifier(m_store.get());
    const int before = int(m_server.received().size());

    // WHEN the reminders are checked
    // THEN one notification names both, the Hostage first as on the follow-up list, with Open and Tomorrow
    QCOMPARE(notifier.check(Today), ReminderNotifier::Outcome::Notified);
    QCOMPARE(m_server.received().size(), before + 1);
    const NotificationServer::Received notification = lastReceived();
    QCOMPARE(notification.summary, QStringLiteral("2 client(s) to contact today"));
    QCOMPARE(notification.body, QStringLiteral("Carla Reyes (free to leave in 3 day(s))\nAisha Nakamura (overdue 5 day(s))"));
    QCOMPARE(notification.actions, Actions);
    QCOMPARE(notification.appName, QStringLiteral("Rapport"));
    QCOMPARE(notification.appIcon, QStringLiteral("io.github.rapport.Rapport"));
    QCOMPARE(notification.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("io.github.rapport.Rapport"));
    QCOMPARE(notification.replacesId, 0u);
    QVERIFY(notifier.isWaiting());

    // WHEN they are checked again the same day
    // THEN nothing is shown: they were told today
    QCOMPARE(notifier.check(Today), ReminderNotifier::Outcome::NothingNew);
    QCOMPARE(m_server.received().size(), before + 1);
}

void tst_ReminderNotifier::shouldNotifyAgainWhenSomethingNewHappensTheSameDay()
{
    // GIVEN the day's reminder shown
    ReminderNotifier notifier(m_store.get());
    QCOMPARE(notifier.check(Today), ReminderNotifier::Outcome::Notified);
    const int before = int(m_server.received().size());

    // WHEN Ben moves from Loyalist to Defector, a move for the worse, and the reminders are checked
    QVERIFY(m_store->moveClient(m_ben, 2, 2));
    QCOMPARE(notifier.check(Today), ReminderNotifier::Outcome::Notified);

    // THEN a second notification names him alone: the others were told already
    QCOMPARE(m_server.received().size(), before + 1);
    QCOMPARE(lastReceived().summary, QStringLiteral("1 client(s) to contact today"));
    QCOMPARE(lastReceived().body, QStringLiteral("Ben Okafor (due for a first contact, moved Loyalist → Defector)"));
}

void tst_ReminderNotifier::shouldNotifyAgainTheNextDay()
{
    // GIVEN the day's reminder shown and closed
    ReminderNotifier notifier(m_store.get());
    QSignalSpy finished(&notifier, &ReminderNotifier::finished);
    QCOMPARE(notifier.check(Today), ReminderNotifier::Outcome::Notified);
    const uint id = lastReceived().id;
    m_server.CloseNotification(id);
    QVERIFY(finished.wait());
    QVERIFY(!notifier.isWaiting());

    // WHEN the reminders are checked the next day
    // THEN both clients are named again, with a day more
    QCOMPARE(notifier.check(Today.addDays(1)), ReminderNotifier::Outcome::Notified);
    QVERIFY(lastReceived().id != id);
    QCOMPARE(lastReceived().body, QStringLiteral("Carla Reyes (free to leave in 2 day(s))\nAisha Nakamura (overdue 6 day(s))"));
}

void tst_ReminderNotifier::shouldStaySilentUntilTheNextDayAfterTomorrow()
{
    // GIVEN the day's reminder shown
    ReminderNotifier notifier(m_store.get());
    QSignalSpy finished(&notifier, &ReminderNotifier::finished);
    QSignalSpy open(&notifier, &ReminderNotifier::openRequested);
    QCOMPARE(notifier.check(Today), ReminderNotifier::Outcome::Notified);

    // WHEN the owner chooses Tomorrow
    m_server.invokeAction(lastReceived().id, QStringLiteral("tomorrow"));
    QVERIFY(finished.wait());
    QCOMPARE(open.count(), 0);
    const int before = int(m_server.received().size());

    // AND later that day Aisha moves from Loyalist to Mercenary, a move for the worse
    QVERIFY(m_store->moveClient(m_aisha, 8, 3));
    // THEN nothing is shown that day, new as the move is
    QCOMPARE(notifier.check(Today), ReminderNotifier::Outcome::NothingNew);
    QCOMPARE(m_server.received().size(), before);

    // WHEN the next day comes
    // THEN both are named again, the move with them
    QCOMPARE(notifier.check(Today.addDays(1)), ReminderNotifier::Outcome::Notified);
    QCOMPARE(m_server.received().size(), before + 1);
    QCOMPARE(lastReceived().body, QStringLiteral("Carla Reyes (free to leave in 2 day(s))\n"
                                                 "Aisha Nakamura (overdue 36 day(s), moved Loyalist → Mercenary)"));
}

void tst_ReminderNotifier::shouldAskToOpenTheFirstClient()
{
    // GIVEN the day's reminder shown
    ReminderNotifier notifier(m_store.get());
    QSignalSpy finished(&notifier, &ReminderNotifier::finished);
    QSignalSpy open(&notifier, &ReminderNotifier::openRequested);
    QCOMPARE(notifier.check(Today), ReminderNotifier::Outcome::Notified);

    // WHEN the owner chooses Open
    m_server.invokeAction(lastReceived().id, QStringLiteral("open"));
    QVERIFY(finished.wait());

    // THEN Rapport is asked to show the first client named, once
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.constFirst().constFirst().toLongLong(), m_carla);
    // AND the reminder is not silenced: something new the same day is still told
    QVERIFY(m_store->moveClient(m_aisha, 8, 3));
    QCOMPARE(notifier.check(Today), ReminderNotifier::Outcome::Notified);
    QCOMPARE(lastReceived().body, QStringLiteral("Aisha Nakamura (overdue 35 day(s), moved Loyalist → Mercenary)"));
}

void tst_ReminderNotifier::shouldNeitherNotifyNorRecordWithoutAService()
{
    // GIVEN no notification service on the bus
    m_server.stop();
    const int before = int(m_server.received().size());
    ReminderNotifier notifier(m_store.get());

    // WHEN the reminders are checked
    // THEN nothing is shown or recorded
    QCOMPARE(notifier.check(Today), ReminderNotifier::Outcome::NoService);
    QCOMPARE(m_server.received().size(), before);
    QVERIFY(!notifier.isWaiting());
    QCOMPARE(m_store->setting(ReminderPlanner::recordsKey()), QString());

    // WHEN the service comes back
    QVERIFY(m_server.start());
    // THEN the reminder is shown then
    QCOMPARE(notifier.check(Today), ReminderNotifier::Outcome::Notified);
    QCOMPARE(m_server.received().size(), before + 1);
}

void tst_ReminderNotifier::shouldShareWhatWasToldThroughTheDatabase()
{
    // GIVEN the day's reminder shown by one run of Rapport (say `rapport --remind` at login)
    {
        ReminderNotifier atLogin(m_store.get());
        QCOMPARE(atLogin.check(Today), ReminderNotifier::Outcome::Notified);
    }
    const int before = int(m_server.received().size());

    // WHEN another opens the same database the same day
    ClientStore window;
    QVERIFY(window.open(m_dir->filePath(QStringLiteral("clients.sqlite"))));
    ReminderNotifier notifier(&window);
    // THEN it has nothing new to tell
    QCOMPARE(notifier.check(Today), ReminderNotifier::Outcome::NothingNew);
    QCOMPARE(m_server.received().size(), before);
}

void tst_ReminderNotifier::shouldEscapeNamesForAServiceThatReadsMarkup()
{
    // GIVEN a service that reads markup in the body, and an overdue client with "&" in the name
    m_server.setCapabilities({QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("body-markup")});
    Client client = *m_store->client(m_aisha);
    client.name = QStringLiteral("Aisha & <Partners>");
    QVERIFY(m_store->updateClient(client));
    ReminderNotifier notifier(m_store.get());

    // WHEN the reminders are checked
    QCOMPARE(notifier.check(Today), ReminderNotifier::Outcome::Notified);
    // THEN the name shows as written
    QCOMPARE(lastReceived().body,
             QStringLiteral("Carla Reyes (free to leave in 3 day(s))\nAisha &amp; &lt;Partners&gt; (overdue 5 day(s))"));
}

void tst_ReminderNotifier::shouldRememberWhatWasToldWhenTheDatabaseIsReadOnly()
{
    // GIVEN the database open for reading only
    const QString path = m_dir->filePath(QStringLiteral("clients.sqlite"));
    m_store.reset();
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    if (QFileInfo(path).isWritable())
        QSKIP("The file is still writable after chmod 0400 (running as root?); permissions cannot be tested here.");
    m_store = std::make_unique<ClientStore>();
    QVERIFY(m_store->open(path));
    QVERIFY(m_store->isReadOnly());
    QSignalSpy failures(m_store.get(), &ClientStore::writeFailed);
    ReminderNotifier notifier(m_store.get());
    const int before = int(m_server.received().size());

    // WHEN the reminders are checked twice the same day
    QCOMPARE(notifier.check(Today), ReminderNotifier::Outcome::Notified);
    QCOMPARE(notifier.check(Today), ReminderNotifier::Outcome::NothingNew);
    // THEN they are shown once, and no failed write is reported to the owner
    QCOMPARE(m_server.received().size(), before + 1);
    QCOMPARE(failures.count(), 0);
}

void tst_ReminderNotifier::shouldRemindAtLoginOnAServerWithoutItsPassword()
{
    // GIVEN Rapport working on a database on a server, opened with a password in its address
    const QString server = QStringLiteral("postgresql://anna:s3cret@crm.example:5433/clients?sslmode=require");

    // WHEN it is to remind at login
    QString error;
    QVERIFY2(ReminderNotifier::setRemindsAtLogin(true, server, &error), qPrintable(error));

    // THEN the autostart entry names the server's address as it is, quoted, and without the password
    QFile entry(ReminderNotifier::autostartPath());
    QVERIFY(entry.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(entry.readAll());
    QVERIFY2(text.contains(QStringLiteral(" --remind --database \"postgresql://anna@crm.example:5433/clients?sslmode=require\"\n")),
             qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("s3cret")));
    QVERIFY(ReminderNotifier::setRemindsAtLogin(false, server, &error));
    QVERIFY(!QFileInfo::exists(ReminderNotifier::autostartPath()));
}

QTEST_GUILESS_MAIN(tst_ReminderNotifier)
#include "tst_remindernotifier.moc"
