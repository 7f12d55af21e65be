#include "clientstore.h"
#include "notificationserver.h"
#include "reminderplanner.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Rapport;

namespace {

// Aisha, a Loyalist added 95 days before the day of the tests, is 5 days overdue; Carla, a
// Hostage, is free to leave in 3 days; Ben has nothing due.
const QDate Today(2026, 3, 10);
const QString AsOf = QStringLiteral("2026-03-10");

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

/**
 * @p text with "3 day(s)" written "3 days" and "1 day(s)" "1 day": what the English translation
 * does once translations/rapport_en.ts carries the new plural forms; until then the program
 * prints them raw.
 */
QString plural(QString text)
{
    static const QRegularExpression pattern(QStringLiteral("\\b(\\d+) (\\w+)\\(s\\)"));
    QRegularExpressionMatch match;
    while ((match = pattern.match(text)).hasMatch())
        text.replace(match.capturedStart(), match.capturedLength(),
                     match.captured(1) + QLatin1Char(' ') + match.captured(2)
                         + (match.captured(1) == QLatin1String("1") ? QString() : QStringLiteral("s")));
    return text;
}

} // namespace

class tst_Remind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldListTheOptionInTheHelp();
    void shouldNotifyWithoutAWindowAndWaitForTheAnswer();
    void shouldNotWaitForAServiceWithoutActions();
    void shouldPrintTheLinesWithoutANotificationService();
    void shouldPrintTheLinesWithoutASessionBus();
    void shouldPrintTheLinesWhenRemindersAreTurnedOff();
    void shouldSaySoWhenNoClientIsDue();
    void shouldRefuseAMissingDatabaseWithoutCreatingIt();

private:
    /** The environment of a login with no display: a session bus only, unless @p withBus is false. */
    QProcessEnvironment environment(bool withBus = true) const;
    /** Starts `rapport --remind` on the test's database, for the day of the tests. */
    void start(QProcess *process, const QProcessEnvironment &environment, const QStringList &extra = {}) const;
    /** Waits for @p process to end (the event loop runs, so the service answers it meanwhile). */
    static bool finish(QProcess *process);
    QString databasePath() const { return m_dir->filePath(QStringLiteral("clients.sqlite")); }

    NotificationServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_aisha = 0;
    qint64 m_carla = 0;
};

void tst_Remind::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(RAPPORT_EXECUTABLE)).isExecutable(), "the rapport executable was not built: " RAPPORT_EXECUTABLE);
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "no session bus: run the test under dbus-run-session");
}

void tst_Remind::init()
{
    QVERIFY2(m_server.start(), "the notification service could not be registered on the session bus");
    m_server.setCapabilities({QStringLiteral("actions"), QStringLiteral("body")});
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ClientStore store;
    QVERIFY2(store.open(databasePath()), qPrintable(store.errorString()));
    m_aisha = store.addClient(makeClient(QStringLiteral("Aisha Nakamura"), 8, 8, Today.addDays(-95)));
    QVERIFY(store.addClient(makeClient(QStringLiteral("Ben Okafor"), 8, 8, Today.addDays(-9))));
    Client carla = makeClient(QStringLiteral("Carla Reyes"), 3, 8, Today.addDays(-9));
    carla.hostageReason = HostageReason::Contract;
    carla.hostageReasonEnds = Today.addDays(3);
    m_carla = store.addClient(carla);
    QVERIFY(m_aisha && m_carla);
}

void tst_Remind::cleanup()
{
    m_dir.reset();
}

QProcessEnvironment tst_Remind::environment(bool withBus) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    if (!withBus) {
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        // Nor the bus a login keeps in the runtime folder.
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->path());
    }
    return environment;
}

void tst_Remind::start(QProcess *process, const QProcessEnvironment &environment, const QStringList &extra) const
{
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(RAPPORT_EXECUTABLE),
                   QStringList{QStringLiteral("--database"), databasePath(), QStringLiteral("--remind"), QStringLiteral("--as-of"), AsOf}
                       + extra);
}

bool tst_Remind::finish(QProcess *process)
{
    if (process->state() != QProcess::NotRunning) {
        QSignalSpy finished(process, &QProcess::finished);
        if (!finished.wait(120000)) {
            process->kill();
            process->waitForFinished(5000);
            return false;
        }
    }
    return process->exitStatus() == QProcess::NormalExit;
}

void tst_Remind::shouldListTheOptionInTheHelp()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(RAPPORT_EXECUTABLE), {QStringLiteral("--help")});
    QVERIFY(finish(&process));
    const QString help = QString::fromLocal8Bit(process.readAllStandardOutput());
    QVERIFY2(help.contains(QStringLiteral("--remind")) && help.contains(QStringLiteral("--select <ID>")), qPrintable(help));
}

void tst_Remind::shouldNotifyWithoutAWindowAndWaitForTheAnswer()
{
    // GIVEN a login with a session bus and a notification service, but no display
    QSignalSpy received(&m_server, &NotificationServer::notificationReceived);
    const int before = int(m_server.received().size());
    QProcess process;

    // WHEN `rapport --remind` runs
    start(&process, environment());
    // THEN it shows one notification naming the Hostage and the overdue client, with Open and Tomorrow
    QVERIFY2(received.wait(120000), qPrintable(QString::fromLocal8Bit(process.readAllStandardError())));
    QCOMPARE(m_server.received().size(), before + 1);
    const NotificationServer::Received notification = m_server.received().constLast();
    QCOMPARE(plural(notification.summary), QStringLiteral("2 clients to contact today"));
    QCOMPARE(plural(notification.body), QStringLiteral("Carla Reyes (free to leave in 3 days)\nAisha Nakamura (overdue 5 days)"));
    QCOMPARE(notification.actions, (QStringList{QStringLiteral("default"), QStringLiteral("Open"), QStringLiteral("open"),
                                                QStringLiteral("Open"), QStringLiteral("tomorrow"), QStringLiteral("Tomorrow")}));
    QCOMPARE(notification.appName, QStringLiteral("Rapport"));
    // AND it waits for the answer, with no window
    QCOMPARE(process.state(), QProcess::Running);

    // WHEN the owner chooses Tomorrow
    m_server.invokeAction(notification.id, QStringLiteral("tomorrow"));
    // THEN it ends, having printed nothing, and both clients are silenced until the next day
    QVERIFY(finish(&process));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromLocal8Bit(process.readAllStandardOutput()), QString());
    ClientStore store;
    QVERIFY(store.open(databasePath()));
    const ReminderRecords records = ReminderPlanner::loadRecords(store);
    QCOMPARE(records.value(m_carla).quietUntil, Today.addDays(1));
    QCOMPARE(records.value(m_aisha).quietUntil, Today.addDays(1));
    QCOMPARE(records.value(m_aisha).notifiedOn, Today);

    // WHEN it runs again the same day
    QProcess again;
    start(&again, environment());
    // THEN it has nothing to tell and ends at once
    QVERIFY(finish(&again));
    QCOMPARE(again.exitCode(), 0);
    QCOMPARE(m_server.received().size(), before + 1);
    QCOMPARE(QString::fromLocal8Bit(again.readAllStandardOutput()), QString());
}

void tst_Remind::shouldNotWaitForAServiceWithoutActions()
{
    // GIVEN a notification service that shows no buttons
    m_server.setCapabilities({QStringLiteral("body")});
    const int before = int(m_server.received().size());
    QProcess process;
    // WHEN `rapport --remind` runs
    start(&process, environment());
    // THEN it shows the notification and ends without waiting for an answer that cannot come
    QVERIFY(finish(&process));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(m_server.received().size(), before + 1);
    QCOMPARE(plural(m_server.received().constLast().summary), QStringLiteral("2 clients to contact today"));
}

void tst_Remind::shouldPrintTheLinesWithoutANotificationService()
{
    // GIVEN a session bus with no notification service
    m_server.stop();
    const int before = int(m_server.received().size());
    QProcess process;

    // WHEN `rapport --remind` runs
    start(&process, environment());
    // THEN it prints the reminder, one line a client, and ends well
    QVERIFY(finish(&process));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(plural(QString::fromLocal8Bit(process.readAllStandardOutput())),
             QStringLiteral("2 clients to contact today:\nCarla Reyes (free to leave in 3 days)\nAisha Nakamura (overdue 5 days)\n"));
    QCOMPARE(QString::fromLocal8Bit(process.readAllStandardError()), QString());
    QCOMPARE(m_server.received().size(), before);
}

void tst_Remind::shouldPrintTheLinesWithoutASessionBus()
{
    // GIVEN no session bus at all
    const int before = int(m_server.received().size());
    QProcess process;
    // WHEN `rapport --remind` runs
    start(&process, environment(false));
    // THEN it prints the reminder and ends well
    QVERIFY(finish(&process));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(plural(QString::fromLocal8Bit(process.readAllStandardOutput())),
             QStringLiteral("2 clients to contact today:\nCarla Reyes (free to leave in 3 days)\nAisha Nakamura (overdue 5 days)\n"));
    QCOMPARE(m_server.received().size(), before);
}

void tst_Remind::shouldPrintTheLinesWhenRemindersAreTurnedOff()
{
    // GIVEN reminders turned off in the settings, and a notification service
    {
        QSettings settings(m_dir->filePath(QStringLiteral("config/Rapport/Rapport.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("reminders/enabled"), false);
    }
    const int before = int(m_server.received().size());
    QProcess process;
    // WHEN `rapport --remind` runs
    start(&process, environment());
    // THEN no notification pops up: the reminder is printed instead
    QVERIFY(finish(&process));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(m_server.received().size(), before);
    QCOMPARE(plural(QString::fromLocal8Bit(process.readAllStandardOutput())),
             QStringLiteral("2 clients to contact today:\nCarla Reyes (free to leave in 3 days)\nAisha Nakamura (overdue 5 days)\n"));
}

void tst_Remind::shouldSaySoWhenNoClientIsDue()
{
    // GIVEN a day when nothing is due: seventy days before, no one was due yet
    const int before = int(m_server.received().size());
    QProcess process;
    // WHEN `rapport --remind` runs with a notification service
    start(&process, environment(), {QStringLiteral("--as-of"), Today.addDays(-70).toString(Qt::ISODate)});
    // THEN it shows nothing and ends at once
    QVERIFY(finish(&process));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(m_server.received().size(), before);

    // WHEN it runs without a service
    m_server.stop();
    QProcess printing;
    start(&printing, environment(), {QStringLiteral("--as-of"), Today.addDays(-70).toString(Qt::ISODate)});
    // THEN it says there is nobody to contact
    QVERIFY(finish(&printing));
    QCOMPARE(printing.exitCode(), 0);
    QCOMPARE(QString::fromLocal8Bit(printing.readAllStandardOutput()), QStringLiteral("No clients to contact today.\n"));
}

void tst_Remind::shouldRefuseAMissingDatabaseWithoutCreatingIt()
{
    // GIVEN a database path where there is none
    const QString missing = m_dir->filePath(QStringLiteral("missing.sqlite"));
    QProcess process;
    process.setProcessEnvironment(environment());
    // WHEN `rapport --remind` runs on it
    process.start(QStringLiteral(RAPPORT_EXECUTABLE), {QStringLiteral("--database"), missing, QStringLiteral("--remind")});
    // THEN it says so in one line and fails, creating nothing
    QVERIFY(finish(&process));
    QCOMPARE(process.exitCode(), 1);
    QCOMPARE(QString::fromLocal8Bit(process.readAllStandardError()),
             QStringLiteral("rapport: there is no database at %1; choose one with --database\n").arg(missing));
    QVERIFY(!QFileInfo::exists(missing));
}

QTEST_GUILESS_MAIN(tst_Remind)
#include "tst_remind.moc"
