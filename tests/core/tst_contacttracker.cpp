#include "contacttracker.h"

#include "clientstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Rapport;

namespace {

// A day with no clock change within three months either side.
const QDate Today(2024, 8, 20);

QDateTime localAt(QDate date, QTime time = QTime(10, 0))
{
    return QDateTime(date, time, Qt::LocalTime).toUTC();
}

/** A client added @p createdDaysAgo days before Today; 8/8 is a Loyalist (30 / 90 days). */
Client makeClient(const QString &name, double satisfaction, double repurchase, int createdDaysAgo)
{
    Client client;
    client.name = name;
    client.satisfaction = satisfaction;
    client.repurchase = repurchase;
    client.createdAt = localAt(Today.addDays(-createdDaysAgo));
    client.updatedAt = client.createdAt;
    return client;
}

Interaction makeInteraction(qint64 clientId, int daysAgo, Direction direction, Outcome outcome)
{
    Interaction interaction;
    interaction.clientId = clientId;
    interaction.happenedAt = localAt(Today.addDays(-daysAgo), QTime(14, 0));
    interaction.kind = InteractionKind::Call;
    interaction.direction = direction;
    interaction.outcome = outcome;
    return interaction;
}

QList<int> rowsOf(const QSignalSpy &spy)
{
    QList<int> rows;
    for (const QList<QVariant> &arguments : spy)
        rows.append(arguments.at(0).toInt());
    return rows;
}

} // namespace

class tst_ContactTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldComputeTheStatusOfEveryClient();
    void shouldRecomputeEveryStatusForANewDay();
    void shouldRecomputeEveryStatusWhenAnotherFileIsOpened();
    void shouldApplyTheRulesOfAnotherFileWhenItIsOpened();

    void shouldFollowAnAddedInteraction();
    void shouldFollowAnUpdatedInteraction();
    void shouldFollowRemovedInteractions();
    void shouldCountAStreakOfUnansweredAttempts();

    void shouldApplyTheNewSegmentsIntervalAfterAMove();
    void shouldApplyTheClientsOwnIntervalAfterAnEdit();
    void shouldFollowNewLapseRules();

    void shouldFollowAddedClients();
    void shouldShiftRowsWhenClientsAreRemoved();
    void shouldSignalTheShiftedRowAfterARemoval();

    void shouldNeedAttentionWhenDueInLapseOrAlerted();
    void shouldRaiseAnAlertForAMoveForTheWorseUntilAcknowledged();
    void shouldDropTheAlertWhenTheMoveIsUndone();
    void shouldRaiseNoAlertForAMoveForTheBetter();

private:
    /** The status LapseRules gives for the client in @p row of the store, for comparison. */
    ContactStatus expectedStatus(int row) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
};

void tst_ContactTracker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ClientStore>();
    QVERIFY2(m_store->open(TestSupport::newDatabase(*m_dir, QStringLiteral("clients"))), qPrintable(m_store->errorString()));
}

void tst_ContactTracker::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

ContactStatus tst_ContactTracker::expectedStatus(int row) const
{
    const Client &client = m_store->at(row);
    return m_store->lapseRules().status(client, m_store->segmentAt(row), m_store->interactions(client.id), Today);
}

void tst_ContactTracker::shouldComputeTheStatusOfEveryClient()
{
    // GIVEN three clients: a Loyalist added 100 days ago, a Defector in touch 3 days ago, a
    // Hostage added 20 days ago
    QVector<qint64> ids;
    QVERIFY(m_store->addClients({makeClient(QStringLiteral("Ann"), 8.0, 8.0, 100),
                                 makeClient(QStringLiteral("Bob"), 2.0, 2.0, 300),
                                 makeClient(QStringLiteral("Cleo"), 3.0, 8.0, 20)},
                                &ids));
    QVERIFY(m_store->addInteraction(makeInteraction(ids.at(1), 3, Direction::Inbound, Outcome::Answered)) > 0);

    // WHEN a tracker is made for Today
    ContactTracker tracker(m_store.get());
    QSignalSpy resets(&tracker, &ContactTracker::statusesReset);
    tracker.setToday(Today);

    // THEN there is one status per client, computed once for the new day
    QCOMPARE(tracker.today(), Today);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(tracker.count(), 3);
    QCOMPARE(tracker.statusAt(0).daysSinceContact, 100);
    QCOMPARE(tracker.statusAt(0).interval.maximumDays, 90);
    QCOMPARE(tracker.statusAt(0).isOverdue, true);
    QCOMPARE(tracker.statusAt(0).daysOverdue, 10);
    QCOMPARE(tracker.statusAt(1).daysSinceContact, 3);
    QCOMPARE(tracker.statusAt(1).interval.idealDays, 7);
    QCOMPARE(tracker.statusAt(1).isDue, false);
    QCOMPARE(tracker.statusAt(1).lastContact, m_store->interactions(ids.at(1)).at(0).happenedAt);
    QCOMPARE(tracker.statusAt(2).daysSinceContact, 20);
    QCOMPARE(tracker.statusAt(2).interval.idealDays, 14);
    QCOMPARE(tracker.statusAt(2).isDue, true);
    QCOMPARE(tracker.statusAt(2).isOverdue, false);
    for (int row = 0; row < 3; ++row) {
        const ContactStatus expected = expectedStatus(row);
        QCOMPARE(tracker.statusAt(row).daysSinceContact, expected.daysSinceContact);
        QCOMPARE(tracker.statusAt(row).isInLapse, expected.isInLapse);
    }
}

void tst_ContactTracker::shouldRecomputeEveryStatusForANewDay()
{
    // GIVEN a tracker with a Defector whose last contact was 14 days before Today
    const qint64 id = m_store->addClient(makeClient(QStringLiteral("Bob"), 2.0, 2.0, 300));
    QVERIFY(m_store->addInteraction(makeInteraction(id, 14, Direction::Inbound, Outcome::Answered)) > 0);
    ContactTracker tracker(m_store.get());
    tracker.setToday(Today);
    QCOMPARE(tracker.statusAt(0).isOverdue, false);
    QSignalSpy resets(&tracker, &ContactTracker::statusesReset);
    QSignalSpy changes(&tracker, &ContactTracker::statusChanged);

    // WHEN the day moves on
    tracker.setToday(Today.addDays(1));

    // THEN every status is recomputed once for the new day
    QCOMPARE(resets.count(), 1);
    QCOMPARE(changes.count(), 0);
    QCOMPARE(tracker.statusAt(0).daysSinceContact, 15);
    QCOMPARE(tracker.statusAt(0).isOverdue, true);
    QCOMPARE(tracker.statusAt(0).daysOverdue, 1);

    // AND setting the same day again changes nothing
    tracker.setToday(Today.addDays(1));
    QCOMPARE(resets.count(), 1);
}

void tst_ContactTracker::shouldRecomputeEveryStatusWhenAnotherFileIsOpened()
{
    // GIVEN a tracker over a store with one client, and another file with three
    const QString other = TestSupport::newDatabase(*m_dir, QStringLiteral("other"));
    {
        ClientStore setup;
        QVERIFY2(setup.open(other), qPrintable(setup.errorString()));
        QVERIFY(setup.addClients({makeClient(QStringLiteral("Dan"), 8.0, 8.0, 5),
                                  makeClient(QStringLiteral("Eve"), 8.0, 8.0, 50),
                                  makeClient(QStringLiteral("Fay"), 8.0, 8.0, 95)}));
    }
    QVERIFY(m_store->addClient(makeClient(QStringLiteral("Ann"), 8.0, 8.0, 100)) > 0);
    ContactTracker tracker(m_store.get());
    tracker.setToday(Today);
    QCOMPARE(tracker.count(), 1);
    QSignalSpy resets(&tracker, &ContactTracker::statusesReset);

    // WHEN the store opens the other file
    QVERIFY2(m_store->open(other), qPrintable(m_store->errorString()));

    // THEN the tracker holds the statuses of its clients, computed once (the file's rules,
    // announced after its clients, are the ones they were computed with)
    QCOMPARE(resets.count(), 1);
    QCOMPARE(tracker.count(), 3);
    QCOMPARE(tracker.statusAt(0).daysSinceContact, 5);
    QCOMPARE(tracker.statusAt(1).daysSinceContact, 50);
    QCOMPARE(tracker.statusAt(1).isDue, true);
    QCOMPARE(tracker.statusAt(2).daysSinceContact, 95);
    QCOMPARE(tracker.statusAt(2).daysOverdue, 5);
}

void tst_ContactTracker::shouldApplyTheRulesOfAnotherFileWhenItIsOpened()
{
    // GIVEN a tracker over a store, and another file where Loyalists get 10 / 30 days
    const QString other = TestSupport::newDatabase(*m_dir, QStringLiteral("other"));
    {
        ClientStore setup;
        QVERIFY2(setup.open(other), qPrintable(setup.errorString()));
        QVERIFY(setup.addClient(makeClient(QStringLiteral("Dan"), 8.0, 8.0, 50)) > 0);
        LapseRules rules = setup.lapseRules();
        rules.setInterval(Segment::Loyalist, {10, 30});
        QVERIFY2(setup.setLapseRules(rules), qPrintable(setup.errorString()));
    }
    ContactTracker tracker(m_store.get());
    tracker.setToday(Today);

    // WHEN the store opens the other file
    QVERIFY2(m_store->open(other), qPrintable(m_store->errorString()));

    // THEN its client is overdue by that file's rules
    QCOMPARE(tracker.count(), 1);
    QCOMPARE(tracker.statusAt(0).daysSinceContact, 50);
    QCOMPARE(tracker.statusAt(0).isOverdue, true);
    QCOMPARE(tracker.statusAt(0).daysOverdue, 20);
}

void tst_ContactTracker::shouldFollowAnAddedInteraction()
{
    // GIVEN three Loyalists, the middle one overdue by 10 days
    QVector<qint64> ids;
    QVERIFY(m_store->addClients({makeClient(QStringLiteral("Ann"), 8.0, 8.0, 10),
                                 makeClient(QStringLiteral("Bob"), 8.0, 8.0, 100),
                                 makeClient(QStringLiteral("Cleo"), 8.0, 8.0, 20)},
                                &ids));
    ContactTracker tracker(m_store.get());
    tracker.setToday(Today);
    QCOMPARE(tracker.statusAt(1).isOverdue, true);
    QCOMPARE(tracker.statusAt(1).daysOverdue, 10);
    QCOMPARE(tracker.needsAttention(1), true);
    QSignalSpy changes(&tracker, &ContactTracker::statusChanged);

    // WHEN the middle one calls us 5 days ago
    const Interaction call = makeInteraction(ids.at(1), 5, Direction::Inbound, Outcome::Answered);
    QVERIFY(m_store->addInteraction(call) > 0);

    // THEN its status, and only its status, changes
    QCOMPARE(rowsOf(changes), QList<int>{1});
    const ContactStatus &status = tracker.statusAt(1);
    QCOMPARE(status.lastContact, call.happenedAt);
    QCOMPARE(status.daysSinceContact, 5);
    QCOMPARE(status.isDue, false);
    QCOMPARE(status.isOverdue, false);
    QCOMPARE(status.daysOverdue, 0);
    QCOMPARE(status.isInLapse, false);
    QCOMPARE(tracker.needsAttention(1), false);
    QCOMPARE(tracker.statusAt(0).daysSinceContact, 10);
    QCOMPARE(tracker.statusAt(2).daysSinceContact, 20);
}

void tst_ContactTracker::shouldFollowAnUpdatedInteraction()
{
    // GIVEN a Loyalist who called 5 days ago
    const qint64 id = m_store->addClient(makeClient(QStringLiteral("Ann"), 8.0, 8.0, 200));
    Interaction call = makeInteraction(id, 5, Direction::Inbound, Outcome::Answered);
    call.id = m_store->addInteraction(call);
    QVERIFY(call.id > 0);
    ContactTracker tracker(m_store.get());
    tracker.setToday(Today);
    QCOMPARE(tracker.statusAt(0).daysSinceContact, 5);
    QSignalSpy changes(&tracker, &ContactTracker::statusChanged);

    // WHEN the call is corrected to 95 days ago
    call.happenedAt = localAt(Today.addDays(-95), QTime(14, 0));
    QVERIFY(m_store->updateInteraction(call));

    // THEN the client is overdue again
    QCOMPARE(rowsOf(changes), QList<int>{0});
    QCOMPARE(tracker.statusAt(0).daysSinceContact, 95);
    QCOMPARE(tracker.statusAt(0).daysOverdue, 5);
}

void tst_ContactTracker::shouldFollowRemovedInteractions()
{
    // GIVEN two Loyalists; the second, added 100 days ago, was in touch twice recently
    QVector<qint64> ids;
    QVERIFY(m_store->addClients({makeClient(QStringLiteral("Ann"), 8.0, 8.0, 10),
                                 makeClient(QStringLiteral("Bob"), 8.0, 8.0, 100)},
                                &ids));
    const qint64 first = m_store->addInteraction(makeInteraction(ids.at(1), 40, Direction::Outbound, Outcome::Answered));
    const qint64 second = m_store->addInteraction(makeInteraction(ids.at(1), 4, Direction::Inbound, Outcome::Answered));
    QVERIFY(first > 0 && second > 0);
    ContactTracker tracker(m_store.get());
    tracker.setToday(Today);
    QCOMPARE(tracker.statusAt(1).daysSinceContact, 4);
    QSignalSpy changes(&tracker, &ContactTracker::statusChanged);

    // WHEN the latest is removed
    QVERIFY(m_store->removeInteractions({second}));

    // THEN the earlier contact counts again
    QCOMPARE(rowsOf(changes), QList<int>{1});
    QCOMPARE(tracker.statusAt(1).daysSinceContact, 40);
    QCOMPARE(tracker.statusAt(1).isDue, true);
    QCOMPARE(tracker.statusAt(1).isOverdue, false);

    // WHEN the other one goes too
    QVERIFY(m_store->removeInteractions({first}));

    // THEN the clock runs from the client's creation
    QCOMPARE(rowsOf(changes), (QList<int>{1, 1}));
    QVERIFY(!tracker.statusAt(1).lastContact.isValid());
    QCOMPARE(tracker.statusAt(1).daysSinceContact, 100);
    QCOMPARE(tracker.statusAt(1).daysOverdue, 10);
    QCOMPARE(tracker.statusAt(1).isInLapse, true);
}

void tst_ContactTracker::shouldCountAStreakOfUnansweredAttempts()
{
    // GIVEN a Loyalist in touch 10 days ago and two of our attempts since
    const qint64 id = m_store->addClient(makeClient(QStringLiteral("Ann"), 8.0, 8.0, 200));
    QVERIFY(m_store->addInteractions({makeInteraction(id, 10, Direction::Inbound, Outcome::Answered),
                                      makeInteraction(id, 8, Direction::Outbound, Outcome::NoAnswer),
                                      makeInteraction(id, 6, Direction::Outbound, Outcome::NoAnswer)}));
    ContactTracker tracker(m_store.get());
    tracker.setToday(Today);
    QCOMPARE(tracker.statusAt(0).unansweredStreak, 2);
    QCOMPARE(tracker.statusAt(0).isInLapse, false);
    QCOMPARE(tracker.needsAttention(0), false);

    // WHEN a third attempt goes unanswered
    QVERIFY(m_store->addInteraction(makeInteraction(id, 2, Direction::Outbound, Outcome::NoAnswer)) > 0);

    // THEN the client is in lapse and parting ways is suggested
    QCOMPARE(tracker.statusAt(0).unansweredStreak, 3);
    QCOMPARE(tracker.statusAt(0).suggestsPartingWays, true);
    QCOMPARE(tracker.statusAt(0).isInLapse, true);
    QCOMPARE(tracker.needsAttention(0), true);

    // WHEN the client answers the next call
    QVERIFY(m_store->addInteraction(makeInteraction(id, 1, Direction::Outbound, Outcome::Answered)) > 0);

    // THEN the streak is over
    QCOMPARE(tracker.statusAt(0).unansweredStreak, 0);
    QCOMPARE(tracker.statusAt(0).suggestsPartingWays, false);
    QCOMPARE(tracker.statusAt(0).isInLapse, false);
}

void tst_ContactTracker::shouldApplyTheNewSegmentsIntervalAfterAMove()
{
    // GIVEN a Loyalist (30 / 90) and a Hostage, the Loyalist last in touch 20 days ago
    QVector<qint64> ids;
    QVERIFY(m_store->addClients({makeClient(QStringLiteral("Ann"), 3.0, 8.0, 10),
                                 makeClient(QStringLiteral("Bob"), 8.0, 8.0, 300)},
                                &ids));
    QVERIFY(m_store->addInteraction(makeInteraction(ids.at(1), 20, Direction::Inbound, Outcome::Answered)) > 0);
    ContactTracker tracker(m_store.get());
    tracker.setToday(Today);
    QCOMPARE(tracker.statusAt(1).isDue, false);
    QSignalSpy changes(&tracker, &ContactTracker::statusChanged);

    // WHEN the Loyalist is dragged into the Defector quadrant (7 / 14)
    QVERIFY(m_store->moveClient(ids.at(1), 2.0, 3.0));

    // THEN its status follows the Defector interval, and only its row is announced
    QVERIFY(!changes.isEmpty());
    for (int row : rowsOf(changes))
        QCOMPARE(row, 1);
    const ContactStatus &status = tracker.statusAt(1);
    QCOMPARE(status.interval.idealDays, 7);
    QCOMPARE(status.interval.maximumDays, 14);
    QCOMPARE(status.daysSinceContact, 20);
    QCOMPARE(status.isDue, true);
    QCOMPARE(status.isOverdue, true);
    QCOMPARE(status.daysOverdue, 6);
    QCOMPARE(status.isInLapse, true);
    QCOMPARE(tracker.statusAt(0).interval.idealDays, 14);

    // WHEN it moves to Mercenary (30 / 60)
    changes.clear();
    QVERIFY(m_store->moveClient(ids.at(1), 8.0, 3.0));

    // THEN it is not even due
    QVERIFY(!changes.isEmpty());
    QCOMPARE(tracker.statusAt(1).interval.idealDays, 30);
    QCOMPARE(tracker.statusAt(1).interval.maximumDays, 60);
    QCOMPARE(tracker.statusAt(1).isDue, false);
    QCOMPARE(tracker.statusAt(1).isInLapse, false);
}

void tst_ContactTracker::shouldApplyTheClientsOwnIntervalAfterAnEdit()
{
    // GIVEN a Loyalist last in touch 20 days ago
    const qint64 id = m_store->addClient(makeClient(QStringLiteral("Ann"), 8.0, 8.0, 300));
    QVERIFY(m_store->addInteraction(makeInteraction(id, 20, Direction::Inbound, Outcome::Answered)) > 0);
    ContactTracker tracker(m_store.get());
    tracker.setToday(Today);
    QCOMPARE(tracker.statusAt(0).isDue, false);
    QSignalSpy changes(&tracker, &ContactTracker::statusChanged);

    // WHEN the owner sets the client's own interval to 7 / 15 days
    Client edited = m_store->at(0);
    edited.idealIntervalDays = 7;
    edited.maximumIntervalDays = 15;
    QVERIFY2(m_store->updateClient(edited), qPrintable(m_store->errorString()));

    // THEN the client is overdue by 5 days
    QCOMPARE(rowsOf(changes), QList<int>{0});
    QCOMPARE(tracker.statusAt(0).interval.idealDays, 7);
    QCOMPARE(tracker.statusAt(0).interval.maximumDays, 15);
    QCOMPARE(tracker.statusAt(0).daysOverdue, 5);
}

void tst_ContactTracker::shouldFollowNewLapseRules()
{
    // GIVEN two Loyalists last in touch 20 and 40 days ago, and one with two unanswered attempts
    QVector<qint64> ids;
    QVERIFY(m_store->addClients({makeClient(QStringLiteral("Ann"), 8.0, 8.0, 300),
                                 makeClient(QStringLiteral("Bob"), 8.0, 8.0, 300),
                                 makeClient(QStringLiteral("Cleo"), 8.0, 8.0, 300)},
                                &ids));
    QVERIFY(m_store->addInteractions({makeInteraction(ids.at(0), 20, Direction::Inbound, Outcome::Answered),
                                      makeInteraction(ids.at(1), 40, Direction::Inbound, Outcome::Answered),
                                      makeInteraction(ids.at(2), 3, Direction::Inbound, Outcome::Answered),
                                      makeInteraction(ids.at(2), 2, Direction::Outbound, Outcome::NoAnswer),
                                      makeInteraction(ids.at(2), 1, Direction::Outbound, Outcome::NoAnswer)}));
    ContactTracker tracker(m_store.get());
    tracker.setToday(Today);
    QCOMPARE(tracker.statusAt(0).isOverdue, false);
    QCOMPARE(tracker.statusAt(1).isOverdue, false);
    QCOMPARE(tracker.statusAt(2).isInLapse, false);
    QSignalSpy resets(&tracker, &ContactTracker::statusesReset);

    // WHEN Loyalists get 10 / 30 days and two unanswered attempts are enough
    LapseRules rules = m_store->lapseRules();
    rules.setInterval(Segment::Loyalist, {10, 30});
    rules.setUnansweredThreshold(2);
    QVERIFY2(m_store->setLapseRules(rules), qPrintable(m_store->errorString()));

    // THEN every status is recomputed once under the new rules
    QCOMPARE(resets.count(), 1);
    QCOMPARE(tracker.count(), 3);
    QCOMPARE(tracker.statusAt(0).interval.idealDays, 10);
    QCOMPARE(tracker.statusAt(0).isDue, true);
    QCOMPARE(tracker.statusAt(0).isOverdue, false);
    QCOMPARE(tracker.statusAt(1).isOverdue, true);
    QCOMPARE(tracker.statusAt(1).daysOverdue, 10);
    QCOMPARE(tracker.statusAt(2).suggestsPartingWays, true);
    QCOMPARE(tracker.statusAt(2).isInLapse, true);

    // AND rules that cannot be used change nothing
    rules.setUnansweredThreshold(0);
    QVERIFY(!m_store->setLapseRules(rules));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(tracker.statusAt(2).suggestsPartingWays, true);
}

void tst_ContactTracker::shouldFollowAddedClients()
{
    // GIVEN a tracker over one client
    QVERIFY(m_store->addClient(makeClient(QStringLiteral("Ann"), 8.0, 8.0, 10)) > 0);
    ContactTracker tracker(m_store.get());
    tracker.setToday(Today);
    QSignalSpy resets(&tracker, &ContactTracker::statusesReset);

    // WHEN two clients are added, one with interactions of its own
    Client bob = makeClient(QStringLiteral("Bob"), 2.0, 2.0, 300);
    Client cleo = makeClient(QStringLiteral("Cleo"), 8.0, 8.0, 50);
    QVERIFY(m_store->addClientRecords(
        {{bob, {makeInteraction(0, 30, Direction::Inbound, Outcome::Answered),
                makeInteraction(0, 3, Direction::Outbound, Outcome::NoAnswer),
                makeInteraction(0, 2, Direction::Outbound, Outcome::NoAnswer),
                makeInteraction(0, 1, Direction::Outbound, Outcome::NoAnswer)},
          {}},
         {cleo, {}, {}}}));

    // THEN the tracker has their statuses in the new rows, and the old row is untouched
    QCOMPARE(resets.count(), 0);
    QCOMPARE(tracker.count(), m_store->count());
    QCOMPARE(tracker.count(), 3);
    QCOMPARE(tracker.statusAt(0).daysSinceContact, 10);
    QCOMPARE(tracker.statusAt(1).daysSinceContact, 30);
    QCOMPARE(tracker.statusAt(1).daysOverdue, 16);
    QCOMPARE(tracker.statusAt(1).unansweredStreak, 3);
    QCOMPARE(tracker.statusAt(1).suggestsPartingWays, true);
    QCOMPARE(tracker.statusAt(2).daysSinceContact, 50);
    QCOMPARE(tracker.statusAt(2).isDue, true);
    QCOMPARE(tracker.statusAt(2).isOverdue, false);
}

void tst_ContactTracker::shouldShiftRowsWhenClientsAreRemoved()
{
    // GIVEN five clients told apart by the days since they were added
    QVector<qint64> ids;
    QVERIFY(m_store->addClients({makeClient(QStringLiteral("A"), 8.0, 8.0, 1),
                                 makeClient(QStringLiteral("B"), 8.0, 8.0, 2),
                                 makeClient(QStringLiteral("C"), 8.0, 8.0, 3),
                                 makeClient(QStringLiteral("D"), 8.0, 8.0, 4),
                                 makeClient(QStringLiteral("E"), 8.0, 8.0, 5)},
                                &ids));
    ContactTracker tracker(m_store.get());
    tracker.setToday(Today);
    const auto days = [&tracker] {
        QList<int> result;
        for (int row = 0; row < tracker.count(); ++row)
            result.append(tracker.statusAt(row).daysSinceContact);
        return result;
    };
    QCOMPARE(days(), (QList<int>{1, 2, 3, 4, 5}));

    // WHEN B is removed
    QVERIFY(m_store->removeClients({ids.at(1)}));

    // THEN the rows below move up with their statuses
    QCOMPARE(tracker.count(), m_store->count());
    QCOMPARE(days(), (QList<int>{1, 3, 4, 5}));

    // WHEN A, D and E are removed at once (two separate runs)
    QVERIFY(m_store->removeClients({ids.at(4), ids.at(0), ids.at(3)}));

    // THEN only C is left, in row 0
    QCOMPARE(tracker.count(), m_store->count());
    QCOMPARE(days(), QList<int>{3});
    QCOMPARE(m_store->at(0).name, QStringLiteral("C"));
}

void tst_ContactTracker::shouldSignalTheShiftedRowAfterARemoval()
{
    // GIVEN three clients, the first removed so that C now sits in row 1
    QVector<qint64> ids;
    QVERIFY(m_store->addClients({makeClient(QStringLiteral("A"), 8.0, 8.0, 100),
                                 makeClient(QStringLiteral("B"), 8.0, 8.0, 100),
                                 makeClient(QStringLiteral("C"), 8.0, 8.0, 100)},
                                &ids));
    ContactTracker tracker(m_store.get());
    tracker.setToday(Today);
    QVERIFY(m_store->removeClients({ids.at(0)}));
    QSignalSpy changes(&tracker, &ContactTracker::statusChanged);

    // WHEN C calls
    QVERIFY(m_store->addInteraction(makeInteraction(ids.at(2), 1, Direction::Inbound, Outcome::Answered)) > 0);

    // THEN the change is announced for its new row
    QCOMPARE(rowsOf(changes), QList<int>{1});
    QCOMPARE(tracker.statusAt(1).daysSinceContact, 1);
    QCOMPARE(tracker.statusAt(0).daysSinceContact, 100);
}

void tst_ContactTracker::shouldNeedAttentionWhenDueInLapseOrAlerted()
{
    // GIVEN three Loyalists (fresh, due, overdue) and a new Mercenary with a recent move for
    // the worse from Loyalist that the owner has not seen
    QVector<qint64> ids;
    QVERIFY(m_store->addClients({makeClient(QStringLiteral("Fresh"), 8.0, 8.0, 5),
                                 makeClient(QStringLiteral("Due"), 8.0, 8.0, 31),
                                 makeClient(QStringLiteral("Overdue"), 8.0, 8.0, 91)},
                                &ids));
    SegmentChange dropped;
    dropped.changedAt = localAt(Today.addDays(-2));
    dropped.fromSatisfaction = 8.0;
    dropped.fromRepurchase = 8.0;
    dropped.toSatisfaction = 8.0;
    dropped.toRepurchase = 4.0;
    dropped.fromSegment = Segment::Loyalist;
    dropped.toSegment = Segment::Mercenary;
    Client alerted = makeClient(QStringLiteral("Alerted"), 8.0, 4.0, 5);
    QVERIFY(m_store->addClientRecords({{alerted, {}, {dropped}}}));

    // WHEN the tracker computes their statuses
    ContactTracker tracker(m_store.get());
    tracker.setToday(Today);

    // THEN those due, in lapse or with an alert need attention
    QCOMPARE(tracker.needsAttention(0), false);
    QCOMPARE(tracker.hasAlert(0), false);
    QCOMPARE(tracker.statusAt(1).isDue, true);
    QCOMPARE(tracker.statusAt(1).isInLapse, false);
    QCOMPARE(tracker.needsAttention(1), true);
    QCOMPARE(tracker.statusAt(2).isInLapse, true);
    QCOMPARE(tracker.needsAttention(2), true);
    QCOMPARE(tracker.hasAlert(2), false);
    QCOMPARE(tracker.statusAt(3).isDue, false);
    QCOMPARE(tracker.hasAlert(3), true);
    QCOMPARE(tracker.needsAttention(3), true);
}

void tst_ContactTracker::shouldRaiseAnAlertForAMoveForTheWorseUntilAcknowledged()
{
    // GIVEN a Hostage and a Loyalist in touch yesterday
    QVector<qint64> ids;
    QVERIFY(m_store->addClients({makeClient(QStringLiteral("Ann"), 3.0, 8.0, 1),
                                 makeClient(QStringLiteral("Bob"), 8.0, 8.0, 1)},
                                &ids));
    ContactTracker tracker(m_store.get());
    tracker.setToday(Today);
    QCOMPARE(tracker.hasAlert(1), false);
    QCOMPARE(tracker.needsAttention(1), false);
    QSignalSpy changes(&tracker, &ContactTracker::statusChanged);

    // WHEN the Loyalist is dragged to Mercenary
    qint64 changeId = 0;
    QVERIFY(m_store->moveClient(ids.at(1), 8.0, 3.0, ChangeSource::Drag, &changeId));
    QVERIFY(changeId > 0);

    // THEN its row has an alert and needs attention
    QVERIFY(!changes.isEmpty());
    for (int row : rowsOf(changes))
        QCOMPARE(row, 1);
    QCOMPARE(tracker.hasAlert(1), true);
    QCOMPARE(tracker.needsAttention(1), true);
    QCOMPARE(tracker.hasAlert(0), false);

    // WHEN the owner acknowledges the move
    changes.clear();
    QVERIFY2(m_store->acknowledgeChange(changeId), qPrintable(m_store->errorString()));

    // THEN the alert is gone, announced for that row
    QCOMPARE(rowsOf(changes), QList<int>{1});
    QCOMPARE(tracker.hasAlert(1), false);
    QCOMPARE(tracker.needsAttention(1), false);

    // WHEN the acknowledgement is taken back
    QVERIFY(m_store->acknowledgeChange(changeId, false));

    // THEN the alert is back
    QCOMPARE(tracker.hasAlert(1), true);
}

void tst_ContactTracker::shouldDropTheAlertWhenTheMoveIsUndone()
{
    // GIVEN a Hostage moved into the Defector quadrant
    const qint64 id = m_store->addClient(makeClient(QStringLiteral("Ann"), 3.0, 8.0, 1));
    const Client before = m_store->at(0);
    ContactTracker tracker(m_store.get());
    tracker.setToday(Today);
    qint64 changeId = 0;
    QVERIFY(m_store->moveClient(id, 3.0, 3.0, ChangeSource::Drag, &changeId));
    QCOMPARE(tracker.hasAlert(0), true);
    QCOMPARE(tracker.statusAt(0).interval.idealDays, 7);

    // WHEN the move is undone
    QVERIFY2(m_store->revertClient(before, {changeId}), qPrintable(m_store->errorString()));

    // THEN the alert and the Defector interval are gone
    QCOMPARE(tracker.hasAlert(0), false);
    QCOMPARE(tracker.statusAt(0).interval.idealDays, 14);
}

void tst_ContactTracker::shouldRaiseNoAlertForAMoveForTheBetter()
{
    // GIVEN a Hostage in touch yesterday
    const qint64 id = m_store->addClient(makeClient(QStringLiteral("Ann"), 3.0, 8.0, 1));
    ContactTracker tracker(m_store.get());
    tracker.setToday(Today);

    // WHEN it becomes a Loyalist
    QVERIFY(m_store->moveClient(id, 8.0, 8.0));

    // THEN the move is recorded but raises no alert
    QCOMPARE(m_store->history(id).size(), 1);
    QCOMPARE(tracker.hasAlert(0), false);
    QCOMPARE(tracker.needsAttention(0), false);
}

QTEST_GUILESS_MAIN(tst_ContactTracker)
#include "tst_contacttracker.moc"
