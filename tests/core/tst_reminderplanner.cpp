#include "clientstore.h"
#include "testsupport.h"
#include "reminderplanner.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Rapport;

namespace {

const QDate Today(2026, 3, 10);

Reminder reminder(qint64 id, const QString &name, const QStringList &reasons)
{
    Reminder result;
    result.clientId = id;
    result.name = name;
    result.detail = QStringLiteral("due for contact");
    result.reasons = reasons;
    return result;
}

QList<qint64> idsOf(const QVector<Reminder> &reminders)
{
    QList<qint64> ids;
    for (const Reminder &r : reminders)
        ids.append(r.clientId);
    return ids;
}

} // namespace

// No translator is loaded: plural messages keep their raw "(s)" form ("5 day(s)").
class tst_ReminderPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldSayWhyAClientIsReminded_data();
    void shouldSayWhyAClientIsReminded();
    void shouldNameTheNewestMoveForTheWorse();
    void shouldTellOnceADayUnlessSomethingIsNew_data();
    void shouldTellOnceADayUnlessSomethingIsNew();
    void shouldForgetClientsOffTheListButNotSilencedOnes();
    void shouldShowFiveLinesAndCountTheRest();
    void shouldKeepTheRecordsInTheDatabase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<ClientStore> m_store;
};

void tst_ReminderPlanner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ClientStore>();
    m_location = TestSupport::newDatabase(*m_dir, QStringLiteral("clients"));
    QVERIFY2(m_store->open(m_location), qPrintable(m_store->errorString()));
}

void tst_ReminderPlanner::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_ReminderPlanner::shouldSayWhyAClientIsReminded_data()
{
    QTest::addColumn<double>("satisfaction");
    QTest::addColumn<double>("repurchase");
    QTest::addColumn<int>("addedDaysAgo");
    QTest::addColumn<int>("hostageFreeInDays"); // -100: no end date
    QTest::addColumn<int>("unansweredAttempts");
    QTest::addColumn<QString>("detail"); // empty: no reminder

    // Loyalists are due after 30 days and overdue after 90; Defectors after 7 and 14; Hostages after 14 and 30.
    QTest::newRow("Loyalist, nothing due") << 8.0 << 8.0 << 30 << -100 << 0 << QString();
    QTest::newRow("Loyalist due") << 8.0 << 8.0 << 31 << -100 << 0 << QStringLiteral("due for a first contact");
    QTest::newRow("Loyalist overdue") << 8.0 << 8.0 << 95 << -100 << 0 << QStringLiteral("overdue 5 day(s)");
    QTest::newRow("Defector overdue") << 2.0 << 2.0 << 20 << -100 << 0 << QStringLiteral("overdue 6 day(s)");
    QTest::newRow("Hostage free today") << 3.0 << 8.0 << 5 << 0 << 0 << QStringLiteral("free to leave today");
    QTest::newRow("Hostage free in 14 days") << 3.0 << 8.0 << 5 << 14 << 0 << QStringLiteral("free to leave in 14 day(s)");
    QTest::newRow("Hostage free in 15 days: not yet") << 3.0 << 8.0 << 5 << 15 << 0 << QString();
    QTest::newRow("Hostage free since yesterday: too late") << 3.0 << 8.0 << 5 << -1 << 0 << QString();
    QTest::newRow("Hostage due and soon free") << 3.0 << 8.0 << 20 << 2 << 0
                                               << QStringLiteral("due for a first contact, free to leave in 2 day(s)");
    QTest::newRow("three unanswered attempts") << 8.0 << 8.0 << 10 << -100 << 3 << QStringLiteral("no answer to 3 attempt(s)");
    QTest::newRow("two unanswered attempts: not yet") << 8.0 << 8.0 << 10 << -100 << 2 << QString();
}

void tst_ReminderPlanner::shouldSayWhyAClientIsReminded()
{
    QFETCH(double, satisfaction);
    QFETCH(double, repurchase);
    QFETCH(int, addedDaysAgo);
    QFETCH(int, hostageFreeInDays);
    QFETCH(int, unansweredAttempts);
    QFETCH(QString, detail);

    // GIVEN one client as described
    Client client;
    client.name = QStringLiteral("Aisha Nakamura");
    client.satisfaction = satisfaction;
    client.repurchase = repurchase;
    client.createdAt = QDateTime(Today.addDays(-addedDaysAgo), QTime(9, 0), Qt::UTC);
    if (hostageFreeInDays != -100) {
        client.hostageReason = HostageReason::Contract;
        client.hostageReasonEnds = Today.addDays(hostageFreeInDays);
    }
    const qint64 id = m_store->addClient(client);
    QVERIFY(id);
    QVector<Interaction> attempts;
    for (int i = 0; i < unansweredAttempts; ++i) {
        Interaction attempt;
        attempt.clientId = id;
        attempt.happenedAt = QDateTime(Today.addDays(-3 + i), QTime(10, 0), Qt::UTC);
        attempt.outcome = Outcome::NoAnswer;
        attempts.append(attempt);
    }
    QVERIFY(m_store->addInteractions(attempts));

    // WHEN the reminders of the day are made
    const QVector<Reminder> reminders = ReminderPlanner::reminders(*m_store, Today);

    // THEN the client is reminded of exactly that, or not at all
    if (detail.isEmpty()) {
        QVERIFY(reminders.isEmpty());
        return;
    }
    QCOMPARE(reminders.size(), 1);
    QCOMPARE(reminders.constFirst().clientId, id);
    QCOMPARE(reminders.constFirst().detail, detail);
    QCOMPARE(ReminderPlanner::line(reminders.constFirst()), QStringLiteral("Aisha Nakamura (") + detail + QLatin1Char(')'));
}

void tst_ReminderPlanner::shouldNameTheNewestMoveForTheWorse()
{
    // GIVEN a Loyalist with nothing due who moves to Mercenary, then on to Defector
    Client client;
    client.name = QStringLiteral("Ben Okafor");
    client.satisfaction = 8;
    client.repurchase = 8;
    client.createdAt = QDateTime(Today.addDays(-3), QTime(9, 0), Qt::UTC);
    const qint64 id = m_store->addClient(client);
    QVERIFY(m_store->moveClient(id, 8, 3));
    const QVector<Reminder> first = ReminderPlanner::reminders(*m_store, Today);
    QVERIFY(m_store->moveClient(id, 2, 2));

    // WHEN the reminders are made
    const QVector<Reminder> reminders = ReminderPlanner::reminders(*m_store, Today);
    // THEN the newest move is named, and both count as reasons: the second is news after the first
    QCOMPARE(reminders.size(), 1);
    QCOMPARE(reminders.constFirst().detail, QStringLiteral("moved Mercenary → Defector"));
    QCOMPARE(reminders.constFirst().reasons.size(), 2);
    QCOMPARE(first.constFirst().detail, QStringLiteral("moved Loyalist → Mercenary"));
    ReminderRecords records;
    ReminderPlanner::markNotified(&records, first, first, Today);
    QCOMPARE(idsOf(ReminderPlanner::toNotify(reminders, records, Today)), QList<qint64>{id});

    // WHEN both moves are acknowledged
    for (const SegmentChange &change : m_store->history(id))
        QVERIFY(m_store->acknowledgeChange(change.id));
    // THEN there is nothing to remind of
    QVERIFY(ReminderPlanner::reminders(*m_store, Today).isEmpty());
}

void tst_ReminderPlanner::shouldTellOnceADayUnlessSomethingIsNew_data()
{
    QTest::addColumn<QDate>("notifiedOn");
    QTest::addColumn<QStringList>("toldReasons");
    QTest::addColumn<QDate>("quietUntil");
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<bool>("told");

    const QStringList overdue = {QStringLiteral("overdue")};
    const QStringList due = {QStringLiteral("due")};
    const QStringList overdueAndMove = {QStringLiteral("overdue"), QStringLiteral("alert:7")};
    QTest::newRow("never told") << QDate() << QStringList() << QDate() << overdue << true;
    QTest::newRow("told today") << Today << overdue << QDate() << overdue << false;
    QTest::newRow("told yesterday") << Today.addDays(-1) << overdue << QDate() << overdue << true;
    QTest::newRow("told today, now overdue") << Today << due << QDate() << overdue << true;
    QTest::newRow("told today, a new move") << Today << overdue << QDate() << overdueAndMove << true;
    QTest::newRow("told today, the move acknowledged") << Today << overdueAndMove << QDate() << overdue << false;
    QTest::newRow("silenced today, a new move") << Today << overdue << Today.addDays(1) << overdueAndMove << false;
    QTest::newRow("silenced yesterday") << Today.addDays(-1) << overdue << Today << overdue << true;
}

void tst_ReminderPlanner::shouldTellOnceADayUnlessSomethingIsNew()
{
    QFETCH(QDate, notifiedOn);
    QFETCH(QStringList, toldReasons);
    QFETCH(QDate, quietUntil);
    QFETCH(QStringList, reasons);
    QFETCH(bool, told);

    // GIVEN what was told about client 1, if anything
    ReminderRecords records;
    if (notifiedOn.isValid())
        records.insert(1, {notifiedOn, toldReasons, quietUntil});
    // WHEN it is worth a reminder today for @p reasons
    const QVector<Reminder> all = {reminder(1, QStringLiteral("Aisha Nakamura"), reasons)};
    // THEN it is told, or not
    QCOMPARE(ReminderPlanner::toNotify(all, records, Today).size(), told ? 1 : 0);
}

void tst_ReminderPlanner::shouldForgetClientsOffTheListButNotSilencedOnes()
{
    // GIVEN three clients told yesterday, the third silenced until tomorrow
    ReminderRecords records;
    records.insert(1, {Today.addDays(-1), {QStringLiteral("due")}, QDate()});
    records.insert(2, {Today.addDays(-1), {QStringLiteral("due")}, QDate()});
    records.insert(3, {Today.addDays(-1), {QStringLiteral("due")}, Today.addDays(1)});

    // WHEN only the first is on today's list, and is told
    const QVector<Reminder> all = {reminder(1, QStringLiteral("Aisha Nakamura"), {QStringLiteral("overdue")})};
    ReminderPlanner::markNotified(&records, all, all, Today);

    // THEN the second is forgotten, the silenced one kept, and the first recorded as told today
    QCOMPARE(records.size(), 2);
    QVERIFY(!records.contains(2));
    QCOMPARE(records.value(3).quietUntil, Today.addDays(1));
    QCOMPARE(records.value(1).notifiedOn, Today);
    QCOMPARE(records.value(1).reasons, QStringList{QStringLiteral("overdue")});

    // WHEN the first is silenced
    ReminderPlanner::silence(&records, {1}, Today);
    // THEN until tomorrow
    QCOMPARE(records.value(1).quietUntil, Today.addDays(1));
    QCOMPARE(records.value(1).notifiedOn, Today);
}

void tst_ReminderPlanner::shouldShowFiveLinesAndCountTheRest()
{
    QVector<Reminder> reminders;
    for (int i = 1; i <= 7; ++i)
        reminders.append(reminder(i, QStringLiteral("Client %1").arg(i), {QStringLiteral("due")}));
    QCOMPARE(ReminderPlanner::summary(7), QStringLiteral("7 client(s) to contact today"));
    QCOMPARE(ReminderPlanner::body(reminders),
             QStringLiteral("Client 1 (due for contact)\nClient 2 (due for contact)\nClient 3 (due for contact)\n"
                            "Client 4 (due for contact)\nClient 5 (due for contact)\nand 2 more"));
    QCOMPARE(ReminderPlanner::body(reminders.mid(0, 5)).count(QLatin1Char('\n')), 4);
    QCOMPARE(ReminderPlanner::lines(reminders.mid(0, 2)),
             (QStringList{QStringLiteral("2 client(s) to contact today:"), QStringLiteral("Client 1 (due for contact)"),
                          QStringLiteral("Client 2 (due for contact)")}));
    QVERIFY(ReminderPlanner::lines({}).isEmpty());
}

void tst_ReminderPlanner::shouldKeepTheRecordsInTheDatabase()
{
    // GIVEN records of two clients
    ReminderRecords records;
    records.insert(12, {Today, {QStringLiteral("overdue"), QStringLiteral("alert:3")}, QDate()});
    records.insert(40, {Today.addDays(-1), {QStringLiteral("hostage:2026-03-13")}, Today.addDays(1)});

    // WHEN they are saved and the database is opened again
    QVERIFY(ReminderPlanner::saveRecords(m_store.get(), records));
    m_store = std::make_unique<ClientStore>();
    QVERIFY(m_store->open(m_location));
    const ReminderRecords loaded = ReminderPlanner::loadRecords(*m_store);

    // THEN they are read back as they were
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.value(12).notifiedOn, Today);
    QCOMPARE(loaded.value(12).reasons, (QStringList{QStringLiteral("overdue"), QStringLiteral("alert:3")}));
    QVERIFY(!loaded.value(12).quietUntil.isValid());
    QCOMPARE(loaded.value(40).notifiedOn, Today.addDays(-1));
    QCOMPARE(loaded.value(40).reasons, QStringList{QStringLiteral("hostage:2026-03-13")});
    QCOMPARE(loaded.value(40).quietUntil, Today.addDays(1));
}

QTEST_GUILESS_MAIN(tst_ReminderPlanner)
#include "tst_reminderplanner.moc"
