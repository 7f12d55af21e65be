#include "clientstore.h"
#include "contacttracker.h"
#include "followupplanner.h"
#include "testsupport.h"
#include "sampledatagenerator.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace Rapport;

using Records = QVector<ClientRecord>;

namespace {

// Every fixture is seen from this day; the environment sets TZ=UTC, so calendar days are UTC days.
const QDate Today(2026, 11, 24);

QDateTime daysAgo(int days)
{
    return QDateTime(Today.addDays(-days), QTime(10, 0), Qt::UTC);
}

/** Days from @p day of @p month 2026 to Today: call(ago(10, 2), ...) is a call on 2 Oct 2026. */
int ago(int month, int day)
{
    return int(QDate(2026, month, day).daysTo(Today));
}

/** A 2026 date as the planner writes it in a 2026 plan: day and month, no year. */
QString shown(const char *dayAndMonth)
{
    return QString::fromLatin1(dayAndMonth);
}

Interaction call(int daysAgoCount, Direction direction, Outcome outcome)
{
    static qint64 nextId = 0;
    Interaction interaction;
    interaction.id = ++nextId;
    interaction.happenedAt = daysAgo(daysAgoCount);
    interaction.kind = InteractionKind::Call;
    interaction.direction = direction;
    interaction.outcome = outcome;
    return interaction;
}

/** They got in touch @p daysAgoCount days ago. */
Interaction contact(int daysAgoCount)
{
    return call(daysAgoCount, Direction::Inbound, Outcome::Answered);
}

/** We tried @p daysAgoCount days ago and got no answer. */
Interaction unanswered(int daysAgoCount)
{
    return call(daysAgoCount, Direction::Outbound, Outcome::NoAnswer);
}

SegmentChange move(int daysAgoCount, double fromSatisfaction, double fromRepurchase, double toSatisfaction,
                   double toRepurchase, bool acknowledged = false)
{
    const SegmentationRules rules;
    SegmentChange change;
    change.changedAt = daysAgo(daysAgoCount);
    change.fromSatisfaction = fromSatisfaction;
    change.fromRepurchase = fromRepurchase;
    change.toSatisfaction = toSatisfaction;
    change.toRepurchase = toRepurchase;
    change.fromSegment = rules.segment(fromSatisfaction, fromRepurchase);
    change.fromExtreme = rules.extreme(fromSatisfaction, fromRepurchase);
    change.toSegment = rules.segment(toSatisfaction, toRepurchase);
    change.toExtreme = rules.extreme(toSatisfaction, toRepurchase);
    change.source = ChangeSource::Drag;
    change.acknowledged = acknowledged;
    return change;
}

/** A client added @p createdDaysAgo days ago, with its interactions and moves in any order. */
ClientRecord client(const QString &name, double satisfaction, double repurchase, int createdDaysAgo,
                    QVector<Interaction> interactions = {}, QVector<SegmentChange> history = {})
{
    static qint64 nextId = 0;
    ClientRecord record;
    record.client.id = ++nextId;
    record.client.name = name;
    record.client.satisfaction = satisfaction;
    record.client.repurchase = repurchase;
    record.client.createdAt = daysAgo(createdDaysAgo);
    record.client.updatedAt = record.client.createdAt;
    for (Interaction &interaction : interactions)
        interaction.clientId = record.client.id;
    for (SegmentChange &change : history)
        change.clientId = record.client.id;
    std::sort(interactions.begin(), interactions.end(), Interaction::earlier);
    std::sort(history.begin(), history.end(),
              [](const SegmentChange &a, const SegmentChange &b) { return a.changedAt < b.changedAt; });
    record.interactions = interactions;
    record.history = history;
    return record;
}

ClientRecord archived(ClientRecord record)
{
    record.client.archived = true;
    return record;
}

// Scores well inside each group, with the default boundaries (5.0, Apostle 9.0, Terrorist 1.0).
constexpr double Low = 3.0;
constexpr double High = 7.0;
constexpr double Corner = 0.5;
constexpr double Top = 9.5;

/** Their usual rhythm is every 3 days, and they have been silent for 10: unusually silent. */
QVector<Interaction> silentForTenDaysAfterEveryThree()
{
    return {contact(19), contact(16), contact(13), contact(10)};
}

FollowUpPlan planOf(const Records &records, const LapseRules &lapseRules = LapseRules())
{
    return FollowUpPlanner(SegmentationRules(), lapseRules).plan(records, Today);
}

QStringList namesOf(const FollowUpPlan &plan)
{
    QStringList names;
    for (const FollowUpItem &item : plan.items)
        names.append(item.client.displayName());
    return names;
}

const FollowUpItem *itemNamed(const FollowUpPlan &plan, const QString &name)
{
    for (const FollowUpItem &item : plan.items) {
        if (item.client.displayName() == name)
            return &item;
    }
    return nullptr;
}

int trendRank(Trend trend)
{
    return trend == Trend::Worsening ? 0 : trend == Trend::Stable ? 1 : 2;
}

/** The order, written out independently of FollowUpPlanner::comesBefore: -1, 0 or 1. */
int compareByTheRules(const FollowUpItem &a, const FollowUpItem &b)
{
    const auto sign = [](qint64 v) { return v < 0 ? -1 : v > 0 ? 1 : 0; };
    if (const int c = sign(FollowUpPlanner::priorityGroup(a.segment, a.extreme)
                           - FollowUpPlanner::priorityGroup(b.segment, b.extreme)))
        return c;
    if (const int c = sign(int(b.status.isInLapse) - int(a.status.isInLapse)))
        return c;
    if (const int c = sign(b.status.daysOverdue - a.status.daysOverdue))
        return c;
    if (const int c = sign(b.status.unansweredStreak - a.status.unansweredStreak))
        return c;
    if (const int c = sign(trendRank(a.trend) - trendRank(b.trend)))
        return c;
    return sign(QString::compare(a.client.displayName(), b.client.displayName(), Qt::CaseInsensitive));
}

const QString PartingWays = QStringLiteral(
    "Send one short, friendly message asking whether they want to carry on; if it stays unanswered, "
    "close the relationship politely and stop chasing.");
const QString TerroristAction = QStringLiteral(
    "Talk this week, listen without defending, and offer one concrete fix; if it cannot be put right, end it on "
    "good terms before it costs you more.");
const QString DefectorAction = QStringLiteral(
    "Book one frank meeting to learn what went wrong, then decide: fix it with a clear plan, or part ways politely.");
const QString HostageAction = QStringLiteral(
    "Ask plainly what would make them happier and commit to one change with a date; consider a fresh person on the "
    "account.");
const QString MercenaryAction = QStringLiteral(
    "Check in on their next need and restate what is included and what is extra, in writing, before prices come up.");
const QString LoyalistAction = QStringLiteral(
    "A short check-in: thank them, ask how things are going, and ask who else might benefit from working with you.");
const QString ApostleAction = QStringLiteral("Thank them personally and ask for a testimonial or an introduction.");

} // namespace

class tst_FollowUpPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldPutEachGroupInItsPlace_data();
    void shouldPutEachGroupInItsPlace();

    void shouldOrderClientsByTheRules_data();
    void shouldOrderClientsByTheRules();

    void shouldExplainWhyAClientIsOnTheList_data();
    void shouldExplainWhyAClientIsOnTheList();

    void shouldRecommendOneAction_data();
    void shouldRecommendOneAction();
    void shouldRecommendADifferentActionForEachGroup();
    void shouldSuggestPartingWaysAtTheConfiguredThreshold();

    void shouldCountEveryClientAndListOnlyThoseNeedingAttention();
    void shouldIgnoreArchivedClientsEntirely();

    void shouldPlanAStoreLikeItsRecords();
    void shouldPlanOnlyTheClientsOfOneOwner_data();
    void shouldPlanOnlyTheClientsOfOneOwner();
    void shouldKeepTheOrderForManyClients_data();
    void shouldKeepTheOrderForManyClients();
    void shouldPlanFromTheKeptSummariesAsFromScratch();
};

void tst_FollowUpPlanner::shouldPutEachGroupInItsPlace_data()
{
    QTest::addColumn<Segment>("segment");
    QTest::addColumn<Extreme>("extreme");
    QTest::addColumn<int>("group");

    QTest::newRow("Terrorists first") << Segment::Defector << Extreme::Terrorist << 0;
    QTest::newRow("then Defectors") << Segment::Defector << Extreme::None << 1;
    QTest::newRow("then Hostages") << Segment::Hostage << Extreme::None << 2;
    QTest::newRow("then Mercenaries") << Segment::Mercenary << Extreme::None << 3;
    QTest::newRow("then Loyalists") << Segment::Loyalist << Extreme::None << 4;
    QTest::newRow("Apostles last") << Segment::Loyalist << Extreme::Apostle << 5;
}

void tst_FollowUpPlanner::shouldPutEachGroupInItsPlace()
{
    QFETCH(Segment, segment);
    QFETCH(Extreme, extreme);
    QFETCH(int, group);

    QCOMPARE(FollowUpPlanner::priorityGroup(segment, extreme), group);
}

void tst_FollowUpPlanner::shouldOrderClientsByTheRules_data()
{
    QTest::addColumn<Records>("records");
    QTest::addColumn<QStringList>("expected");

    // Between groups the group decides, even against a client who is far worse on everything else.
    QTest::newRow("Terrorist before Defector")
        << Records{client(QStringLiteral("Alan"), Low, Low, 400, {contact(60), unanswered(50), unanswered(40)},
                          {move(30, 4, 4, Low, Low)}),
                   client(QStringLiteral("Zed"), Corner, Corner, 400, {contact(2)})}
        << QStringList{QStringLiteral("Zed"), QStringLiteral("Alan")};
    QTest::newRow("Defector before Hostage")
        << Records{client(QStringLiteral("Alan"), Low, High, 400, {contact(100)}),
                   client(QStringLiteral("Zed"), Low, Low, 400, {contact(10)})}
        << QStringList{QStringLiteral("Zed"), QStringLiteral("Alan")};
    QTest::newRow("Hostage before Mercenary")
        << Records{client(QStringLiteral("Alan"), High, Low, 400, {contact(200)}),
                   client(QStringLiteral("Zed"), Low, High, 400, {contact(20)})}
        << QStringList{QStringLiteral("Zed"), QStringLiteral("Alan")};
    QTest::newRow("Mercenary before Loyalist")
        << Records{client(QStringLiteral("Alan"), High, High, 400, {contact(200)}),
                   client(QStringLiteral("Zed"), High, Low, 400, {contact(40)})}
        << QStringList{QStringLiteral("Zed"), QStringLiteral("Alan")};
    QTest::newRow("Apostle after Loyalist")
        << Records{client(QStringLiteral("Alan"), Top, Top, 400, {contact(200)}),
                   client(QStringLiteral("Zed"), High, High, 400, {contact(40)})}
        << QStringList{QStringLiteral("Zed"), QStringLiteral("Alan")};
    QTest::newRow("every group, from Terrorist to Apostle")
        << Records{client(QStringLiteral("Apostle"), Top, Top, 400, {contact(40)}),
                   client(QStringLiteral("Loyalist"), High, High, 400, {contact(40)}),
                   client(QStringLiteral("Mercenary"), High, Low, 400, {contact(40)}),
                   client(QStringLiteral("Hostage"), Low, High, 400, {contact(20)}),
                   client(QStringLiteral("Defector"), Low, Low, 400, {contact(10)}),
                   client(QStringLiteral("Terrorist"), Corner, Corner, 400, {contact(10)})}
        << QStringList{QStringLiteral("Terrorist"), QStringLiteral("Defector"), QStringLiteral("Hostage"),
                       QStringLiteral("Mercenary"), QStringLiteral("Loyalist"), QStringLiteral("Apostle")};

    // Zed is in lapse (unusually silent) yet due for nothing; Alan is due, not in lapse, and
    // ahead of Zed on every later rule: a longer streak, a worse trend, an earlier name.
    QTest::newRow("in lapse before not in lapse within Hostages")
        << Records{client(QStringLiteral("Alan"), Low, High, 400, {contact(20), unanswered(10), unanswered(5)},
                          {move(30, 4, 8, Low, High)}),
                   client(QStringLiteral("Zed"), Low, High, 400, silentForTenDaysAfterEveryThree(),
                          {move(30, 2, 6, Low, High)})}
        << QStringList{QStringLiteral("Zed"), QStringLiteral("Alan")};
    // Mercenaries are overdue after 60 days: Zed by 20 days, Alan by 10.
    QTest::newRow("more days overdue first")
        << Records{client(QStringLiteral("Alan"), High, Low, 400, {contact(70), unanswered(20), unanswered(10)},
                          {move(30, 8, 4.5, High, Low)}),
                   client(QStringLiteral("Zed"), High, Low, 400, {contact(80)}, {move(30, 6, 2, High, Low)})}
        << QStringList{QStringLiteral("Zed"), QStringLiteral("Alan")};
    // Loyalists are overdue after 90 days: both by 10.
    QTest::newRow("longer streak first when equally overdue")
        << Records{client(QStringLiteral("Alan"), High, High, 400, {contact(100), unanswered(20)},
                          {move(30, 8, 8, High, High)}),
                   client(QStringLiteral("Zed"), High, High, 400, {contact(100), unanswered(20), unanswered(10)},
                          {move(30, 6, 6, High, High)})}
        << QStringList{QStringLiteral("Zed"), QStringLiteral("Alan")};
    QTest::newRow("longer streak first when neither is overdue")
        << Records{client(QStringLiteral("Alan"), Low, Low, 400, {contact(10), unanswered(5)}),
                   client(QStringLiteral("Zed"), Low, Low, 400, {contact(10), unanswered(5), unanswered(3)})}
        << QStringList{QStringLiteral("Zed"), QStringLiteral("Alan")};
    QTest::newRow("worsening before stable before improving")
        << Records{client(QStringLiteral("Ada"), High, Low, 400, {contact(40)}, {move(20, 6, 2, High, Low)}),
                   client(QStringLiteral("Ben"), High, Low, 400, {contact(40)}),
                   client(QStringLiteral("Cleo"), High, Low, 400, {contact(40)}, {move(20, 8, 4.5, High, Low)})}
        << QStringList{QStringLiteral("Cleo"), QStringLiteral("Ben"), QStringLiteral("Ada")};
    QTest::newRow("then by name, case-insensitive")
        << Records{client(QStringLiteral("Carol"), High, High, 400, {contact(40)}),
                   client(QStringLiteral("bob"), High, High, 400, {contact(40)}),
                   client(QStringLiteral("Alice"), High, High, 400, {contact(40)})}
        << QStringList{QStringLiteral("Alice"), QStringLiteral("bob"), QStringLiteral("Carol")};
}

void tst_FollowUpPlanner::shouldOrderClientsByTheRules()
{
    QFETCH(Records, records);
    QFETCH(QStringList, expected);

    // GIVEN clients that all need attention, in the order given and reversed
    Records reversed = records;
    std::reverse(reversed.begin(), reversed.end());

    // WHEN each is planned
    const FollowUpPlan plan = planOf(records);
    const FollowUpPlan planOfReversed = planOf(reversed);

    // THEN the list reads in the expected order, whatever the input order, ranked from 1
    QCOMPARE(namesOf(plan), expected);
    QCOMPARE(namesOf(planOfReversed), expected);
    for (int i = 0; i < plan.items.size(); ++i)
        QCOMPARE(plan.items.at(i).rank, i + 1);
}

void tst_FollowUpPlanner::shouldExplainWhyAClientIsOnTheList_data()
{
    QTest::addColumn<ClientRecord>("record");
    QTest::addColumn<QStringList>("reasons");

    // No translator is loaded in tests, so plural messages keep their raw "(s)" form: in the
    // application the English translation turns "9 day(s)" into "9 days" and "1 day(s)" into "1 day".

    // A Loyalist last in touch 25 Sep (60 days: due after 30, overdue after 90).
    QTest::newRow("no answer to 3 attempts since 2 Oct")
        << client(QStringLiteral("Ann"), High, High, 400,
                  {contact(ago(9, 25)), unanswered(ago(10, 2)), unanswered(ago(10, 20)), unanswered(ago(11, 10))})
        << QStringList{QStringLiteral("no answer to 3 attempt(s) since ") + shown("2 Oct"),
                       QStringLiteral("due for contact: 60 day(s) since the last one")};
    QTest::newRow("a contact ends the streak")
        << client(QStringLiteral("Ann"), High, High, 400,
                  {unanswered(ago(9, 20)), contact(ago(9, 25)), unanswered(ago(11, 10))})
        << QStringList{QStringLiteral("no answer to 1 attempt(s) since ") + shown("10 Nov"),
                       QStringLiteral("due for contact: 60 day(s) since the last one")};
    // The report shows the days overdue in a column of their own: the reason gives the longest
    // gap allowed instead. A Hostage is overdue after 30 days.
    QTest::newRow("overdue Hostage, 9 days")
        << client(QStringLiteral("Ann"), Low, High, 400, {contact(39)})
        << QStringList{QStringLiteral("needs contact at least every 30 day(s)")};
    // A Defector is overdue after 14 days.
    QTest::newRow("overdue Defector, 1 day")
        << client(QStringLiteral("Ann"), Low, Low, 400, {contact(15)})
        << QStringList{QStringLiteral("needs contact at least every 14 day(s)")};
    QTest::newRow("due, not overdue")
        << client(QStringLiteral("Ann"), Low, Low, 400, {contact(14)})
        << QStringList{QStringLiteral("due for contact: 14 day(s) since the last one")};
    QTest::newRow("unusually silent")
        << client(QStringLiteral("Ann"), High, High, 400, silentForTenDaysAfterEveryThree())
        << QStringList{QStringLiteral("silent for 10 days, usually in touch every 3 day(s)")};
    // A Mercenary added on 1 Sep, 84 days ago: due after 30, overdue after 60. That they were
    // never contacted, and since when, is the report's "Last contact" column: never "since the last one".
    QTest::newRow("never contacted, overdue")
        << client(QStringLiteral("Ann"), High, Low, ago(9, 1))
        << QStringList{QStringLiteral("needs contact at least every 60 day(s)")};
    QTest::newRow("never contacted, due")
        << client(QStringLiteral("Ann"), High, Low, 40)
        << QStringList{QStringLiteral("due for a first contact")};
    QTest::newRow("never answered since added on 1 Sep")
        << client(QStringLiteral("Ann"), High, Low, ago(9, 1), {unanswered(ago(10, 2)), unanswered(ago(11, 2))})
        << QStringList{QStringLiteral("no answer to 2 attempt(s) since ") + shown("2 Oct"),
                       QStringLiteral("needs contact at least every 60 day(s)")};
    // The same arrow as the window's details.
    QTest::newRow("moved Loyalist to Mercenary on 12 Nov")
        << client(QStringLiteral("Ann"), High, Low, 400, {contact(5)}, {move(ago(11, 12), High, High, High, Low)})
        << QStringList{QStringLiteral("moved Loyalist \u2192 Mercenary on ") + shown("12 Nov"),
                       QStringLiteral("worsening over the last 90 days")};
    QTest::newRow("the latest move of segment is the one told")
        << client(QStringLiteral("Ann"), High, Low, 400, {contact(5)},
                  {move(ago(10, 1), 4, 8, High, High), move(ago(11, 12), High, High, High, 4),
                   move(ago(11, 20), High, 4, High, Low)})
        << QStringList{QStringLiteral("moved Loyalist \u2192 Mercenary on ") + shown("12 Nov"),
                       QStringLiteral("worsening over the last 90 days")};
    QTest::newRow("moved into the Terrorist corner")
        << client(QStringLiteral("Ann"), Corner, Corner, 400, {contact(2)}, {move(ago(11, 20), Low, Low, Corner, Corner)})
        << QStringList{QStringLiteral("moved Defector \u2192 Defector (Terrorist) on ") + shown("20 Nov"),
                       QStringLiteral("worsening over the last 90 days")};
    QTest::newRow("worsening within the segment")
        << client(QStringLiteral("Ann"), Low, High, 400, {contact(20)}, {move(20, 4, 8, Low, High)})
        << QStringList{QStringLiteral("due for contact: 20 day(s) since the last one"),
                       QStringLiteral("worsening over the last 90 days")};
    QTest::newRow("a move more than 90 days ago is not told")
        << client(QStringLiteral("Ann"), High, Low, 400, {contact(40)}, {move(120, High, High, High, Low, true)})
        << QStringList{QStringLiteral("due for contact: 40 day(s) since the last one")};
    QTest::newRow("a Terrorist with nothing else to report")
        << client(QStringLiteral("Ann"), Corner, Corner, 400, {contact(2)})
        << QStringList{QStringLiteral("in the Terrorist corner: may be warning others off")};
}

void tst_FollowUpPlanner::shouldExplainWhyAClientIsOnTheList()
{
    QFETCH(ClientRecord, record);
    QFETCH(QStringList, reasons);

    // WHEN the client is planned on its own
    const FollowUpPlan plan = planOf({record});

    // THEN it is on the list, and the owner reads exactly these reasons, most important first
    QCOMPARE(plan.items.size(), 1);
    QCOMPARE(plan.items.at(0).reasons, reasons);
}

void tst_FollowUpPlanner::shouldRecommendOneAction_data()
{
    QTest::addColumn<ClientRecord>("record");
    QTest::addColumn<QString>("action");

    // Due but not overdue, so that the group alone decides.
    QTest::newRow("Terrorist") << client(QStringLiteral("Ann"), Corner, Corner, 400, {contact(3)}) << TerroristAction;
    QTest::newRow("Defector") << client(QStringLiteral("Ann"), Low, Low, 400, {contact(10)}) << DefectorAction;
    QTest::newRow("Hostage") << client(QStringLiteral("Ann"), Low, High, 400, {contact(20)}) << HostageAction;
    QTest::newRow("Mercenary") << client(QStringLiteral("Ann"), High, Low, 400, {contact(40)}) << MercenaryAction;
    QTest::newRow("Loyalist") << client(QStringLiteral("Ann"), High, High, 400, {contact(40)}) << LoyalistAction;
    QTest::newRow("Apostle") << client(QStringLiteral("Ann"), Top, Top, 400, {contact(40)}) << ApostleAction;

    // How long it has been is on the row already (last contact, days overdue, the silence).
    QTest::newRow("overdue Hostage")
        << client(QStringLiteral("Ann"), Low, High, 400, {contact(39)})
        << QStringLiteral("Call rather than email. ") + HostageAction;
    QTest::newRow("unusually silent Loyalist")
        << client(QStringLiteral("Ann"), High, High, 400, silentForTenDaysAfterEveryThree())
        << QStringLiteral("Call rather than email. ") + LoyalistAction;
    // Never contacted: no count of days since a contact that never was.
    QTest::newRow("never contacted, overdue Defector")
        << client(QStringLiteral("Ann"), Low, Low, 413)
        << QStringLiteral("Call rather than email. ") + DefectorAction;
    QTest::newRow("two unanswered attempts, below the threshold")
        << client(QStringLiteral("Ann"), High, High, 400, {contact(40), unanswered(20), unanswered(10)})
        << LoyalistAction;
    QTest::newRow("three unanswered attempts")
        << client(QStringLiteral("Ann"), High, High, 400, {contact(20), unanswered(15), unanswered(10), unanswered(5)})
        << PartingWays;
    QTest::newRow("three unanswered attempts, overdue Terrorist")
        << client(QStringLiteral("Ann"), Corner, Corner, 400,
                  {contact(60), unanswered(45), unanswered(30), unanswered(15)})
        << PartingWays;
}

void tst_FollowUpPlanner::shouldRecommendOneAction()
{
    QFETCH(ClientRecord, record);
    QFETCH(QString, action);

    const FollowUpPlan plan = planOf({record});

    QCOMPARE(plan.items.size(), 1);
    QCOMPARE(plan.items.at(0).action, action);
}

void tst_FollowUpPlanner::shouldRecommendADifferentActionForEachGroup()
{
    // GIVEN one overdue client in each group
    const Records records = {
        client(QStringLiteral("Terrorist"), Corner, Corner, 400, {contact(100)}),
        client(QStringLiteral("Defector"), Low, Low, 400, {contact(100)}),
        client(QStringLiteral("Hostage"), Low, High, 400, {contact(100)}),
        client(QStringLiteral("Mercenary"), High, Low, 400, {contact(100)}),
        client(QStringLiteral("Loyalist"), High, High, 400, {contact(100)}),
        client(QStringLiteral("Apostle"), Top, Top, 400, {contact(100)}),
    };

    // WHEN they are planned
    const FollowUpPlan plan = planOf(records);

    // THEN each is told to call, and each group gets its own advice after that
    QCOMPARE(plan.items.size(), 6);
    QSet<QString> actions;
    for (const FollowUpItem &item : plan.items) {
        QVERIFY2(item.action.startsWith(QLatin1String("Call rather than email")), qPrintable(item.action));
        actions.insert(item.action);
    }
    QCOMPARE(actions.size(), 6);
    QVERIFY(itemNamed(plan, QStringLiteral("Defector"))->action.endsWith(DefectorAction));
    QVERIFY(itemNamed(plan, QStringLiteral("Loyalist"))->action.endsWith(LoyalistAction));
    QVERIFY(itemNamed(plan, QStringLiteral("Apostle"))->action.endsWith(ApostleAction));
}

void tst_FollowUpPlanner::shouldSuggestPartingWaysAtTheConfiguredThreshold()
{
    // GIVEN a Hostage, not yet due, who did not answer our last two attempts
    const ClientRecord record = client(QStringLiteral("Ann"), Low, High, 400, {contact(10), unanswered(6), unanswered(3)});

    // WHEN planned with the default threshold of three, and with a threshold of two
    LapseRules twoAttempts;
    twoAttempts.setUnansweredThreshold(2);
    const FollowUpPlan byDefault = planOf({record});
    const FollowUpPlan strict = planOf({record}, twoAttempts);

    // THEN by default nothing puts the client on the list; with two, it is in lapse and parting ways is advised
    QCOMPARE(byDefault.items.size(), 0);
    QCOMPARE(byDefault.leftOut, 1);
    QCOMPARE(strict.items.size(), 1);
    QCOMPARE(strict.inLapse, 1);
    QCOMPARE(strict.items.at(0).status.isInLapse, true);
    QCOMPARE(strict.items.at(0).action, PartingWays);
    QCOMPARE(strict.items.at(0).reasons,
             QStringList{QStringLiteral("no answer to 2 attempt(s) since ") + shown("18 Nov")});
}

void tst_FollowUpPlanner::shouldCountEveryClientAndListOnlyThoseNeedingAttention()
{
    // GIVEN ten clients, some needing attention and some not, and two archived ones that would
    const Records records = {
        client(QStringLiteral("Terrorist, recent contact"), Corner, Corner, 400, {contact(2)}),
        client(QStringLiteral("Defector, overdue"), Low, Low, 400, {contact(20)}),
        client(QStringLiteral("Defector, recent contact"), Low, Low, 400, {contact(3)}),
        client(QStringLiteral("Hostage, due"), Low, High, 400, {contact(20)}),
        client(QStringLiteral("Hostage, not answering"), Low, High, 400,
               {contact(5), unanswered(4), unanswered(3), unanswered(2)}),
        client(QStringLiteral("Mercenary, alert"), High, Low, 400, {contact(10)}, {move(10, High, High, High, Low)}),
        client(QStringLiteral("Mercenary, alert seen"), High, Low, 400, {contact(10)},
               {move(10, High, High, High, Low, true)}),
        archived(client(QStringLiteral("Archived Terrorist"), Corner, Corner, 400,
                        {contact(100), unanswered(50), unanswered(40), unanswered(30)},
                        {move(10, Low, Low, Corner, Corner)})),
        client(QStringLiteral("Loyalist, due"), High, High, 400, {contact(40)}),
        client(QStringLiteral("Apostle, overdue"), Top, Top, 400, {contact(100)}),
        archived(client(QStringLiteral("Archived Apostle"), Top, Top, 400, {contact(200)})),
        client(QStringLiteral("Apostle, recent contact"), Top, Top, 400, {contact(1)}),
    };

    // WHEN they are planned
    const FollowUpPlan plan = planOf(records);

    // THEN every client that is not archived is counted once
    QCOMPARE(plan.asOf, Today);
    QCOMPARE(plan.totalClients, 10);
    QCOMPARE(plan.segmentCounts[size_t(Segment::Loyalist)], 3);
    QCOMPARE(plan.segmentCounts[size_t(Segment::Mercenary)], 2);
    QCOMPARE(plan.segmentCounts[size_t(Segment::Hostage)], 2);
    QCOMPARE(plan.segmentCounts[size_t(Segment::Defector)], 3);
    QCOMPARE(plan.apostles, 2);
    QCOMPARE(plan.terrorists, 1);
    QCOMPARE(plan.inLapse, 3);
    QCOMPARE(plan.due, 4);
    QCOMPARE(plan.leftOut, 3);
    QCOMPARE(plan.leftOut + plan.items.size(), plan.totalClients);

    // AND only those due, in lapse, with an unseen alert or in the Terrorist corner are listed, in order
    QCOMPARE(namesOf(plan),
             (QStringList{QStringLiteral("Terrorist, recent contact"), QStringLiteral("Defector, overdue"),
                          QStringLiteral("Hostage, not answering"), QStringLiteral("Hostage, due"),
                          QStringLiteral("Mercenary, alert"), QStringLiteral("Loyalist, due"),
                          QStringLiteral("Apostle, overdue")}));
    for (int i = 0; i < plan.items.size(); ++i)
        QCOMPARE(plan.items.at(i).rank, i + 1);

    // AND each item carries where the client stands
    const FollowUpItem &terrorist = plan.items.at(0);
    QCOMPARE(terrorist.segment, Segment::Defector);
    QCOMPARE(terrorist.extreme, Extreme::Terrorist);
    QCOMPARE(terrorist.status.isDue, false);
    const FollowUpItem &alert = plan.items.at(4);
    QCOMPARE(alert.segment, Segment::Mercenary);
    QCOMPARE(alert.extreme, Extreme::None);
    QCOMPARE(alert.hasAlert, true);
    QCOMPARE(alert.trend, Trend::Worsening);
    const FollowUpItem &apostle = plan.items.at(6);
    QCOMPARE(apostle.segment, Segment::Loyalist);
    QCOMPARE(apostle.extreme, Extreme::Apostle);
    QCOMPARE(apostle.status.daysOverdue, 10);
}

void tst_FollowUpPlanner::shouldIgnoreArchivedClientsEntirely()
{
    // GIVEN only archived clients, each of which would be listed if it were not archived
    const Records records = {
        archived(client(QStringLiteral("Terrorist"), Corner, Corner, 400, {contact(100)})),
        archived(client(QStringLiteral("Hostage"), Low, High, 400, {contact(5), unanswered(4), unanswered(3), unanswered(2)})),
        archived(client(QStringLiteral("Apostle"), Top, Top, 400, {contact(200)})),
    };

    // WHEN they are planned
    const FollowUpPlan plan = planOf(records);

    // THEN nothing is listed and nothing is counted
    QCOMPARE(plan.items.size(), 0);
    QCOMPARE(plan.totalClients, 0);
    QCOMPARE(plan.segmentCounts, (std::array<int, SegmentCount>{}));
    QCOMPARE(plan.apostles, 0);
    QCOMPARE(plan.terrorists, 0);
    QCOMPARE(plan.inLapse, 0);
    QCOMPARE(plan.due, 0);
    QCOMPARE(plan.leftOut, 0);
}

void tst_FollowUpPlanner::shouldPlanOnlyTheClientsOfOneOwner_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("recordOwner"); // whose records the plan must match; empty for all
    QTest::addColumn<QString>("planOwner");

    QTest::newRow("everyone") << QString() << QString() << QString();
    QTest::newRow("only spaces: everyone") << QStringLiteral("   ") << QString() << QString();
    QTest::newRow("Anna") << QStringLiteral("Anna") << QStringLiteral("Anna") << QStringLiteral("Anna");
    QTest::newRow("anna, other case and spaces") << QStringLiteral(" anna ") << QStringLiteral("Anna") << QStringLiteral("Anna");
    QTest::newRow("quote and SQL") << QStringLiteral("O'Neil\"; DROP TABLE clients; --")
                                   << QStringLiteral("O'Neil\"; DROP TABLE clients; --")
                                   << QStringLiteral("O'Neil\"; DROP TABLE clients; --");
    QTest::newRow("accents") << QStringLiteral("ZOË") << QStringLiteral("Zoë") << QStringLiteral("Zoë");
    QTest::newRow("nobody of that name") << QStringLiteral("Nobody") << QStringLiteral("Nobody") << QStringLiteral("Nobody");
    QTest::newRow("a part of a name is no name") << QStringLiteral("Ann") << QStringLiteral("Ann") << QStringLiteral("Ann");
}

void tst_FollowUpPlanner::shouldPlanOnlyTheClientsOfOneOwner()
{
    QFETCH(QString, owner);
    QFETCH(QString, recordOwner);
    QFETCH(QString, planOwner);

    // GIVEN a store of 120 sample clients shared by Anna, O'Neil and Zoë, some without an owner
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClientStore store;
    QVERIFY2(store.open(TestSupport::newDatabase(dir, QStringLiteral("rapport"))), qPrintable(store.errorString()));
    Records records = SampleDataGenerator(5).records(120, QDateTime(Today, QTime(12, 0), Qt::UTC));
    const QStringList owners = {QStringLiteral("Anna"), QStringLiteral("O'Neil\"; DROP TABLE clients; --"),
                                QStringLiteral("Zoë"), QString()};
    for (int i = 0; i < records.size(); ++i)
        records[i].client.owner = owners.at(i % owners.size());
    QVector<qint64> ids;
    QVERIFY2(store.addClientRecords(records, &ids), qPrintable(store.errorString()));
    for (int i = 0; i < records.size(); ++i)
        records[i].client.id = ids.at(i);

    // WHEN the store is planned for one owner, from the store and from the statuses a tracker keeps
    ContactTracker tracker(&store);
    tracker.setToday(Today);
    for (const FollowUpPlan &plan : {FollowUpPlanner::plan(store, Today, owner), FollowUpPlanner::plan(tracker, owner)}) {
        // THEN the plan is the plan of that owner's records alone, and says whose it is
        Records wanted;
        for (const ClientRecord &record : std::as_const(records)) {
            if (recordOwner.isEmpty() || record.client.owner == recordOwner)
                wanted.append(record);
        }
        const FollowUpPlan expected = FollowUpPlanner(store.rules(), store.lapseRules()).plan(wanted, Today);
        QCOMPARE(plan.owner, planOwner);
        QCOMPARE(plan.totalClients, expected.totalClients);
        QCOMPARE(plan.totalClients, recordOwner.isEmpty() ? 120 : (owners.contains(recordOwner) ? 30 : 0));
        QCOMPARE(plan.items.size(), expected.items.size());
        for (int i = 0; i < plan.items.size(); ++i) {
            QCOMPARE(plan.items.at(i).client.id, expected.items.at(i).client.id);
            QCOMPARE(plan.items.at(i).rank, expected.items.at(i).rank);
            if (!recordOwner.isEmpty())
                QCOMPARE(plan.items.at(i).client.owner, recordOwner);
        }
        QCOMPARE(plan.segmentCounts, expected.segmentCounts);
        QCOMPARE(plan.due, expected.due);
    }
}

void tst_FollowUpPlanner::shouldPlanAStoreLikeItsRecords()
{
    // GIVEN a store holding 200 sample clients with their past, a few of them archived
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClientStore store;
    QVERIFY2(store.open(TestSupport::newDatabase(dir, QStringLiteral("rapport"))), qPrintable(store.errorString()));
    Records records = SampleDataGenerator(3).records(200, QDateTime(Today, QTime(12, 0), Qt::UTC));
    for (int i = 0; i < records.size(); i += 40)
        records[i].client.archived = true;
    QVector<qint64> ids;
    QVERIFY2(store.addClientRecords(records, &ids), qPrintable(store.errorString()));
    QCOMPARE(ids.size(), records.size());
    for (int i = 0; i < records.size(); ++i)
        records[i].client.id = ids.at(i);

    // WHEN the store is planned, and the records it was given
    const FollowUpPlan fromStore = FollowUpPlanner::plan(store, Today);
    const FollowUpPlan fromRecords = FollowUpPlanner(store.rules(), store.lapseRules()).plan(records, Today);

    // THEN both give the same list, in the same order, for the same reasons, and the same counts
    QCOMPARE(fromStore.totalClients, 195);
    QVERIFY(fromStore.items.size() > 20);
    QCOMPARE(fromStore.items.size(), fromRecords.items.size());
    for (int i = 0; i < fromStore.items.size(); ++i) {
        const FollowUpItem &a = fromStore.items.at(i);
        const FollowUpItem &b = fromRecords.items.at(i);
        QCOMPARE(a.client.id, b.client.id);
        QCOMPARE(a.rank, b.rank);
        QCOMPARE(a.reasons, b.reasons);
        QCOMPARE(a.action, b.action);
    }
    QCOMPARE(fromStore.segmentCounts, fromRecords.segmentCounts);
    QCOMPARE(fromStore.apostles, fromRecords.apostles);
    QCOMPARE(fromStore.terrorists, fromRecords.terrorists);
    QCOMPARE(fromStore.inLapse, fromRecords.inLapse);
    QCOMPARE(fromStore.due, fromRecords.due);
    QCOMPARE(fromStore.leftOut, fromRecords.leftOut);
}

void tst_FollowUpPlanner::shouldKeepTheOrderForManyClients_data()
{
    QTest::addColumn<quint32>("seed");

    QTest::newRow("seed 1") << quint32(1);
    QTest::newRow("seed 2") << quint32(2);
    QTest::newRow("seed 3") << quint32(3);
    QTest::newRow("seed 42") << quint32(42);
}

void tst_FollowUpPlanner::shouldKeepTheOrderForManyClients()
{
    QFETCH(quint32, seed);

    // GIVEN 500 sample clients with their past
    const Records records = SampleDataGenerator(seed).records(500, QDateTime(Today, QTime(12, 0), Qt::UTC));

    // WHEN they are planned
    const FollowUpPlan plan = planOf(records);

    // THEN every client is counted, and listed only when it needs attention
    QCOMPARE(plan.totalClients, 500);
    QCOMPARE(plan.leftOut + plan.items.size(), plan.totalClients);
    QVERIFY(plan.items.size() > 100);
    QVERIFY(plan.leftOut > 0);
    for (const FollowUpItem &item : plan.items) {
        // A Hostage whose reason to stay ends within 60 days is listed too, to warn in time.
        const qint64 untilFree = item.client.hostageReasonEnds.isValid() ? Today.daysTo(item.client.hostageReasonEnds) : -1;
        const bool hostageLeaving = item.segment == Segment::Hostage && untilFree >= 0 && untilFree <= 60;
        QVERIFY(item.status.isDue || item.status.isInLapse || item.hasAlert || item.extreme == Extreme::Terrorist
                || hostageLeaving);
        QVERIFY(!item.reasons.isEmpty() || item.hasAlert);
        QVERIFY(!item.action.isEmpty());
    }

    // AND no pair is out of order, by the planner's comparison and by the rules written out here
    for (int i = 0; i < plan.items.size(); ++i) {
        const FollowUpItem &b = plan.items.at(i);
        QCOMPARE(b.rank, i + 1);
        if (i == 0)
            continue;
        const FollowUpItem &a = plan.items.at(i - 1);
        QVERIFY2(!FollowUpPlanner::comesBefore(b, a),
                 qPrintable(QStringLiteral("%1 is ranked after %2").arg(b.client.displayName(), a.client.displayName())));
        QVERIFY2(compareByTheRules(a, b) <= 0,
                 qPrintable(QStringLiteral("%1 is ranked after %2").arg(b.client.displayName(), a.client.displayName())));
        QVERIFY(FollowUpPlanner::priorityGroup(a.segment, a.extreme) <= FollowUpPlanner::priorityGroup(b.segment, b.extreme));
    }
}

void tst_FollowUpPlanner::shouldPlanFromTheKeptSummariesAsFromScratch()
{
    // GIVEN a store of 3,000 sample clients with their past
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClientStore store;
    QVERIFY2(store.open(TestSupport::newDatabase(dir, QStringLiteral("rapport"))), qPrintable(store.errorString()));
    QVERIFY2(store.addClientRecords(SampleDataGenerator(7).records(3000, QDateTime(Today, QTime(12, 0), Qt::UTC))),
             qPrintable(store.errorString()));
    // AND the contact statuses the window keeps, following every change below
    ContactTracker tracker(&store);
    tracker.setToday(Today);
    QRandomGenerator random(20);
    const auto anyId = [&] { return store.at(random.bounded(store.count())).id; };
    const auto score = [&] { return random.bounded(101) / 10.0; };

    // WHEN clients are moved (some moves undone), interactions logged and removed, both sets
    // of rules changed, and clients deleted (some brought back, as undo does)
    for (int i = 0; i < 300; ++i) {
        const Client before = store.at(store.rowOf(anyId()));
        qint64 change = 0;
        QVERIFY2(store.moveClient(before.id, score(), score(), ChangeSource::Drag, &change), qPrintable(store.errorString()));
        if (i % 4 == 0)
            QVERIFY2(store.revertClient(before, {change}), qPrintable(store.errorString()));
    }
    QVector<Interaction> logged;
    for (int i = 0; i < 400; ++i) {
        Interaction interaction;
        interaction.clientId = anyId();
        interaction.happenedAt = QDateTime(Today.addDays(-random.bounded(400)), QTime(random.bounded(24), 0), Qt::UTC);
        interaction.kind = InteractionKind(random.bounded(5));
        interaction.direction = random.bounded(3) == 0 ? Direction::Inbound : Direction::Outbound;
        interaction.outcome = random.bounded(2) == 0 ? Outcome::Answered : Outcome::NoAnswer;
        logged.append(interaction);
    }
    QVector<qint64> loggedIds;
    QVERIFY2(store.addInteractions(logged, &loggedIds), qPrintable(store.errorString()));
    QVERIFY2(store.removeInteractions(loggedIds.mid(0, 100)), qPrintable(store.errorString()));
    SegmentationRules rules = store.rules();
    rules.setSatisfactionBoundary(6.0);
    rules.setTerroristMaximum(1.5);
    QVERIFY2(store.setRules(rules), qPrintable(store.errorString()));
    LapseRules lapseRules = store.lapseRules();
    lapseRules.setInterval(Segment::Mercenary, {20, 45});
    lapseRules.setUnansweredThreshold(2);
    QVERIFY2(store.setLapseRules(lapseRules), qPrintable(store.errorString()));
    QVector<qint64> deleted;
    for (int i = 0; i < 100; ++i) {
        const qint64 id = anyId();
        if (!deleted.contains(id))
            deleted.append(id);
    }
    const QVector<ClientRecord> deletedRecords = store.records(deleted);
    QVERIFY2(store.removeClients(deleted), qPrintable(store.errorString()));
    QVERIFY2(store.addClientRecords(deletedRecords.mid(0, 40)), qPrintable(store.errorString()));

    // THEN the plan from the store, and the one from the tracker's statuses, equal the plan from
    // every client's record read back from the file
    QVector<qint64> ids;
    for (const Client &client : store.clients())
        ids.append(client.id);
    bool readable = false;
    const QVector<ClientRecord> records = store.records(ids, &readable);
    QVERIFY(readable);
    const FollowUpPlan scratch = FollowUpPlanner(store.rules(), store.lapseRules()).plan(records, Today);
    for (const FollowUpPlan &kept : {FollowUpPlanner::plan(store, Today), FollowUpPlanner::plan(tracker)}) {
        QCOMPARE(kept.totalClients, store.count());
        QVERIFY(kept.items.size() > 500);
        QCOMPARE(kept.items.size(), scratch.items.size());
        for (int i = 0; i < kept.items.size(); ++i) {
            const FollowUpItem &a = kept.items.at(i);
            const FollowUpItem &b = scratch.items.at(i);
            if (i > 0)
                QVERIFY2(!FollowUpPlanner::comesBefore(a, kept.items.at(i - 1)),
                         qPrintable(QStringLiteral("%1 (%2) is ranked after %3 (%4)")
                                        .arg(a.client.displayName()).arg(a.client.id)
                                        .arg(kept.items.at(i - 1).client.displayName()).arg(kept.items.at(i - 1).client.id)));
            QCOMPARE(a.client, b.client);
            QCOMPARE(a.rank, b.rank);
            QCOMPARE(a.segment, b.segment);
            QCOMPARE(a.extreme, b.extreme);
            QVERIFY(a.status == b.status);
            QCOMPARE(a.trend, b.trend);
            QCOMPARE(a.hasAlert, b.hasAlert);
            QCOMPARE(a.reasons, b.reasons);
            QCOMPARE(a.action, b.action);
        }
        QCOMPARE(kept.segmentCounts, scratch.segmentCounts);
        QCOMPARE(kept.apostles, scratch.apostles);
        QCOMPARE(kept.terrorists, scratch.terrorists);
        QCOMPARE(kept.inLapse, scratch.inLapse);
        QCOMPARE(kept.due, scratch.due);
        QCOMPARE(kept.leftOut, scratch.leftOut);
        QCOMPARE(kept.nps.score, scratch.nps.score);
        QCOMPARE(kept.nps.answers, scratch.nps.answers);
    }
}

QTEST_GUILESS_MAIN(tst_FollowUpPlanner)
#include "tst_followupplanner.moc"
