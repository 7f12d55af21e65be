#include "lapserules.h"
#include "localdate.h"

#include <QtTest>

#include <ctime>

using namespace Rapport;

namespace {

// A day without a clock change near it, so that the interval tests measure intervals only.
const QDate Today(2024, 6, 12);

/** The UTC instant of @p time on @p date in the local time zone, as the store keeps it. */
QDateTime localAt(QDate date, QTime time = QTime(10, 0))
{
    return QDateTime(date, time, Qt::LocalTime).toUTC();
}

Client makeClient(const QDateTime &createdAt, int idealDays = 0, int maximumDays = 0)
{
    Client client;
    client.id = 1;
    client.name = QStringLiteral("Ann");
    client.createdAt = createdAt;
    client.updatedAt = createdAt;
    client.idealIntervalDays = idealDays;
    client.maximumIntervalDays = maximumDays;
    return client;
}

Interaction makeInteraction(const QDateTime &at, Direction direction, Outcome outcome)
{
    static qint64 nextId = 0;
    Interaction interaction;
    interaction.id = ++nextId;
    interaction.clientId = 1;
    interaction.happenedAt = at;
    interaction.kind = InteractionKind::Call;
    interaction.direction = direction;
    interaction.outcome = outcome;
    return interaction;
}

Interaction inboundContact(QDate day)
{
    return makeInteraction(localAt(day, QTime(11, 0)), Direction::Inbound, Outcome::Answered);
}

/** One day's interaction from a token: "O-" we reached out, no answer; "O+" answered; "I+" / "I-" they reached out. */
Interaction fromToken(const QString &token, QDate day)
{
    const Direction direction = token.startsWith(QLatin1Char('I')) ? Direction::Inbound : Direction::Outbound;
    const Outcome outcome = token.endsWith(QLatin1Char('+')) ? Outcome::Answered : Outcome::NoAnswer;
    return makeInteraction(localAt(day, QTime(9, 30)), direction, outcome);
}

} // namespace

class tst_LapseRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void shouldStartWithTheDefaultIntervalOfEverySegment();

    void shouldFollowEachBoundaryOfTheSegmentsInterval_data();
    void shouldFollowEachBoundaryOfTheSegmentsInterval();

    void shouldApplyTheClientsOwnInterval_data();
    void shouldApplyTheClientsOwnInterval();

    void shouldMeasureAClientWithoutInteractionsFromItsCreation_data();
    void shouldMeasureAClientWithoutInteractionsFromItsCreation();
    void shouldMeasureAClientWithOnlyUnansweredAttemptsFromItsCreation();

    void shouldCountUnansweredAttemptsSinceTheLastContact_data();
    void shouldCountUnansweredAttemptsSinceTheLastContact();

    void shouldPutAClientInLapseWhenTheStreakReachesTheThreshold_data();
    void shouldPutAClientInLapseWhenTheStreakReachesTheThreshold();

    void shouldFlagSilenceLongerThanTwiceTheUsualGap_data();
    void shouldFlagSilenceLongerThanTwiceTheUsualGap();
    void shouldNotFlagSilenceOfExactlyTwiceAHalfDayMedian();
    void shouldMeasureSilenceFromAContactWeMadeToo();

    void shouldCountCalendarDaysInTheLocalTimeZone_data();
    void shouldCountCalendarDaysInTheLocalTimeZone();

    void shouldExplainInvalidSettings_data();
    void shouldExplainInvalidSettings();
    void shouldFindTheLocalDayOfAnyInstantAsQtDoes_data();
    void shouldFindTheLocalDayOfAnyInstantAsQtDoes();
    void shouldNoticeAnotherTimeZoneOnceOffsetsAreForgotten();
    void shouldSummariseInteractionsTheSameWhetherFedOneByOneOrAllAtOnce();

private:
    QByteArray m_savedTz;
    bool m_hadTz = false;
};

void tst_LapseRules::initTestCase()
{
    // Berlin has a clock change on the last Sundays of March and October and sits one hour
    // east of UTC, so late-evening contacts fall on another day in UTC.
    m_hadTz = qEnvironmentVariableIsSet("TZ");
    m_savedTz = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QCOMPARE(QDateTime(QDate(2024, 1, 15), QTime(12, 0), Qt::LocalTime).offsetFromUtc(), 3600);
    QCOMPARE(QDateTime(QDate(2024, 7, 15), QTime(12, 0), Qt::LocalTime).offsetFromUtc(), 7200);
}

void tst_LapseRules::cleanupTestCase()
{
    if (m_hadTz)
        qputenv("TZ", m_savedTz);
    else
        qunsetenv("TZ");
    tzset();
}

void tst_LapseRules::shouldFindTheLocalDayOfAnyInstantAsQtDoes_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<int>("hours");

    // Every quarter of an hour across Berlin's clock changes and a year end, and far away.
    QTest::newRow("spring forward") << QDateTime(QDate(2024, 3, 30), QTime(20, 0), Qt::UTC) << 36;
    QTest::newRow("fall back") << QDateTime(QDate(2024, 10, 26), QTime(20, 0), Qt::UTC) << 36;
    QTest::newRow("new year") << QDateTime(QDate(2024, 12, 31), QTime(20, 0), Qt::UTC) << 8;
    QTest::newRow("before 1970") << QDateTime(QDate(1969, 12, 31), QTime(20, 0), Qt::UTC) << 8;
    QTest::newRow("far future") << QDateTime(QDate(2090, 10, 28), QTime(0, 0), Qt::UTC) << 8;
    QTest::newRow("an offset time") << QDateTime(QDate(2024, 6, 1), QTime(23, 0), Qt::OffsetFromUTC, -5 * 3600) << 4;
}

void tst_LapseRules::shouldFindTheLocalDayOfAnyInstantAsQtDoes()
{
    QFETCH(QDateTime, from);
    QFETCH(int, hours);
    for (int quarter = 0; quarter <= hours * 4; ++quarter) {
        const QDateTime when = from.addSecs(qint64(quarter) * 15 * 60 + 59);
        QCOMPARE(localDate(when), when.toLocalTime().date());
        // Asked twice: the second answer comes from what was remembered.
        QCOMPARE(localDate(when), when.toLocalTime().date());
    }
    QCOMPARE(localDate(QDateTime()), QDate());
    QCOMPARE(localDate(QDateTime(QDate(2024, 5, 1), QTime(23, 30), Qt::LocalTime)), QDate(2024, 5, 1));
}

void tst_LapseRules::shouldNoticeAnotherTimeZoneOnceOffsetsAreForgotten()
{
    // GIVEN a day remembered in Berlin: 23:30 UTC is already the next day there
    const QDateTime lateEvening(QDate(2024, 5, 1), QTime(23, 30), Qt::UTC);
    QCOMPARE(localDate(lateEvening), QDate(2024, 5, 2));
    // WHEN the machine moves to New York and the offsets are forgotten (as at midnight)
    qputenv("TZ", "America/New_York");
    tzset();
    forgetLocalOffsets();
    // THEN the same instant falls on New York's day
    QCOMPARE(localDate(lateEvening), QDate(2024, 5, 1));
    qputenv("TZ", "Europe/Berlin");
    tzset();
    forgetLocalOffsets();
    QCOMPARE(localDate(lateEvening), QDate(2024, 5, 2));
}

void tst_LapseRules::shouldSummariseInteractionsTheSameWhetherFedOneByOneOrAllAtOnce()
{
    // GIVEN inbound contacts every 10 days, then two unanswered attempts
    QVector<Interaction> interactions;
    for (int i = 0; i < 6; ++i)
        interactions.append(makeInteraction(QDateTime(QDate(2024, 1, 1).addDays(10 * i), QTime(10, 0), Qt::UTC), Direction::Inbound,
                                    Outcome::Answered));
    interactions.append(makeInteraction(QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC), Direction::Outbound, Outcome::NoAnswer));
    interactions.append(makeInteraction(QDateTime(QDate(2024, 3, 5), QTime(10, 0), Qt::UTC), Direction::Outbound, Outcome::NoAnswer));

    // WHEN summarised at once, and by a builder that summarised another client before
    const ContactSummary atOnce = ContactSummary::of(interactions);
    ContactSummaryBuilder builder;
    builder.add(makeInteraction(QDateTime(QDate(2023, 1, 1), QTime(10, 0), Qt::UTC), Direction::Inbound, Outcome::Answered));
    builder.finish();
    for (const Interaction &interaction : std::as_const(interactions))
        builder.add(interaction);
    const ContactSummary oneByOne = builder.finish();

    // THEN both agree, and say what the rules need
    QCOMPARE(oneByOne, atOnce);
    QCOMPARE(atOnce.lastContact, QDateTime(QDate(2024, 2, 20), QTime(10, 0), Qt::UTC));
    QCOMPARE(atOnce.lastContactDay, QDate(2024, 2, 20));
    QCOMPARE(atOnce.unansweredStreak, 2);
    QCOMPARE(atOnce.streakSince, QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(atOnce.twiceMedianGap, 20);
    // A builder starts afresh after finish().
    QCOMPARE(builder.finish(), ContactSummary());
}

void tst_LapseRules::shouldStartWithTheDefaultIntervalOfEverySegment()
{
    // GIVEN new rules
    const LapseRules rules;

    // THEN each segment has its default interval and the threshold is three attempts
    QCOMPARE(rules.interval(Segment::Defector).idealDays, 7);
    QCOMPARE(rules.interval(Segment::Defector).maximumDays, 14);
    QCOMPARE(rules.interval(Segment::Hostage).idealDays, 14);
    QCOMPARE(rules.interval(Segment::Hostage).maximumDays, 30);
    QCOMPARE(rules.interval(Segment::Mercenary).idealDays, 30);
    QCOMPARE(rules.interval(Segment::Mercenary).maximumDays, 60);
    QCOMPARE(rules.interval(Segment::Loyalist).idealDays, 30);
    QCOMPARE(rules.interval(Segment::Loyalist).maximumDays, 90);
    QCOMPARE(rules.unansweredThreshold(), 3);
    QCOMPARE(rules.validationError(), QString());
}

void tst_LapseRules::shouldFollowEachBoundaryOfTheSegmentsInterval_data()
{
    QTest::addColumn<Segment>("segment");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("idealDays");
    QTest::addColumn<int>("maximumDays");
    QTest::addColumn<bool>("due");
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<int>("daysOverdue");

    const struct
    {
        Segment segment;
        const char *name;
        int ideal;
        int maximum;
    } defaults[] = {
        {Segment::Defector, "Defector", 7, 14},
        {Segment::Hostage, "Hostage", 14, 30},
        {Segment::Mercenary, "Mercenary", 30, 60},
        {Segment::Loyalist, "Loyalist", 30, 90},
    };
    for (const auto &d : defaults) {
        QTest::addRow("%s, contact today", d.name) << d.segment << 0 << d.ideal << d.maximum << false << false << 0;
        QTest::addRow("%s, exactly ideal (%d days)", d.name, d.ideal)
            << d.segment << d.ideal << d.ideal << d.maximum << false << false << 0;
        QTest::addRow("%s, ideal + 1 (%d days)", d.name, d.ideal + 1)
            << d.segment << d.ideal + 1 << d.ideal << d.maximum << true << false << 0;
        QTest::addRow("%s, exactly maximum (%d days)", d.name, d.maximum)
            << d.segment << d.maximum << d.ideal << d.maximum << true << false << 0;
        QTest::addRow("%s, maximum + 1 (%d days)", d.name, d.maximum + 1)
            << d.segment << d.maximum + 1 << d.ideal << d.maximum << true << true << 1;
        QTest::addRow("%s, maximum + 25 (%d days)", d.name, d.maximum + 25)
            << d.segment << d.maximum + 25 << d.ideal << d.maximum << true << true << 25;
    }
}

void tst_LapseRules::shouldFollowEachBoundaryOfTheSegmentsInterval()
{
    QFETCH(Segment, segment);
    QFETCH(int, days);
    QFETCH(int, idealDays);
    QFETCH(int, maximumDays);
    QFETCH(bool, due);
    QFETCH(bool, overdue);
    QFETCH(int, daysOverdue);

    // GIVEN a client added long ago whose last contact was @p days ago
    const Client client = makeClient(localAt(Today.addDays(-400)));
    const Interaction contact = inboundContact(Today.addDays(-days));

    // WHEN its status is computed for today
    const ContactStatus status = LapseRules().status(client, segment, {contact}, Today);

    // THEN the segment's default interval applies and each boundary is exact
    QCOMPARE(status.interval.idealDays, idealDays);
    QCOMPARE(status.interval.maximumDays, maximumDays);
    QCOMPARE(status.lastContact, contact.happenedAt);
    QCOMPARE(status.clockStart, Today.addDays(-days));
    QCOMPARE(status.daysSinceContact, days);
    QCOMPARE(status.isDue, due);
    QCOMPARE(status.isOverdue, overdue);
    QCOMPARE(status.daysOverdue, daysOverdue);
    QCOMPARE(status.unansweredStreak, 0);
    QCOMPARE(status.isUnusuallySilent, false);
    QCOMPARE(status.suggestsPartingWays, false);
    QCOMPARE(status.isInLapse, overdue);
}

void tst_LapseRules::shouldApplyTheClientsOwnInterval_data()
{
    QTest::addColumn<int>("clientIdeal");
    QTest::addColumn<int>("clientMaximum");
    QTest::addColumn<int>("idealDays");
    QTest::addColumn<int>("maximumDays");

    // A Mercenary: 30 / 60 days by default.
    QTest::newRow("no override") << 0 << 0 << 30 << 60;
    QTest::newRow("ideal only") << 10 << 0 << 10 << 60;
    QTest::newRow("maximum only") << 0 << 45 << 30 << 45;
    QTest::newRow("both") << 5 << 20 << 5 << 20;
    QTest::newRow("both longer than the segment's") << 100 << 200 << 100 << 200;
    QTest::newRow("ideal beyond the segment's maximum") << 75 << 0 << 75 << 75;
}

void tst_LapseRules::shouldApplyTheClientsOwnInterval()
{
    QFETCH(int, clientIdeal);
    QFETCH(int, clientMaximum);
    QFETCH(int, idealDays);
    QFETCH(int, maximumDays);

    // GIVEN a Mercenary with its own interval settings
    const LapseRules rules;
    const Client client = makeClient(localAt(Today.addDays(-1000)), clientIdeal, clientMaximum);

    // THEN the interval is the client's where set and the segment's elsewhere
    const ContactInterval interval = rules.intervalFor(client, Segment::Mercenary);
    QCOMPARE(interval.idealDays, idealDays);
    QCOMPARE(interval.maximumDays, maximumDays);

    // AND each boundary of the status follows that interval
    const auto statusAfter = [&](int days) {
        return rules.status(client, Segment::Mercenary, {inboundContact(Today.addDays(-days))}, Today);
    };
    ContactStatus status = statusAfter(idealDays);
    QCOMPARE(status.interval.idealDays, idealDays);
    QCOMPARE(status.interval.maximumDays, maximumDays);
    QCOMPARE(status.isDue, false);
    QCOMPARE(status.isOverdue, false);

    status = statusAfter(idealDays + 1);
    QCOMPARE(status.isDue, true);
    QCOMPARE(status.isOverdue, idealDays + 1 > maximumDays);

    status = statusAfter(maximumDays);
    QCOMPARE(status.isOverdue, false);
    QCOMPARE(status.daysOverdue, 0);
    QCOMPARE(status.isInLapse, false);

    status = statusAfter(maximumDays + 1);
    QCOMPARE(status.isDue, true);
    QCOMPARE(status.isOverdue, true);
    QCOMPARE(status.daysOverdue, 1);
    QCOMPARE(status.isInLapse, true);
}

void tst_LapseRules::shouldMeasureAClientWithoutInteractionsFromItsCreation_data()
{
    QTest::addColumn<int>("createdDaysAgo");
    QTest::addColumn<bool>("due");
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<int>("daysOverdue");

    // A Defector: 7 / 14 days.
    QTest::newRow("added today") << 0 << false << false << 0;
    QTest::newRow("added 7 days ago") << 7 << false << false << 0;
    QTest::newRow("added 8 days ago") << 8 << true << false << 0;
    QTest::newRow("added 14 days ago") << 14 << true << false << 0;
    QTest::newRow("added 15 days ago") << 15 << true << true << 1;
    QTest::newRow("added 100 days ago") << 100 << true << true << 86;
}

void tst_LapseRules::shouldMeasureAClientWithoutInteractionsFromItsCreation()
{
    QFETCH(int, createdDaysAgo);
    QFETCH(bool, due);
    QFETCH(bool, overdue);
    QFETCH(int, daysOverdue);

    // GIVEN a Defector with no interactions at all, added late in the evening
    const Client client = makeClient(localAt(Today.addDays(-createdDaysAgo), QTime(23, 30)));

    // WHEN its status is computed
    const ContactStatus status = LapseRules().status(client, Segment::Defector, QVector<Interaction>(), Today);

    // THEN the clock runs from the day it was added
    QVERIFY(!status.lastContact.isValid());
    QCOMPARE(status.clockStart, Today.addDays(-createdDaysAgo));
    QCOMPARE(status.daysSinceContact, createdDaysAgo);
    QCOMPARE(status.isDue, due);
    QCOMPARE(status.isOverdue, overdue);
    QCOMPARE(status.daysOverdue, daysOverdue);
    QCOMPARE(status.isInLapse, overdue);
    QCOMPARE(status.unansweredStreak, 0);
    QCOMPARE(status.medianGapDays, -1);
}

void tst_LapseRules::shouldMeasureAClientWithOnlyUnansweredAttemptsFromItsCreation()
{
    // GIVEN a Hostage (14 / 30) added 31 days ago who never answered our two attempts
    const Client client = makeClient(localAt(Today.addDays(-31)));
    const QVector<Interaction> interactions = {
        fromToken(QStringLiteral("O-"), Today.addDays(-20)),
        fromToken(QStringLiteral("O-"), Today.addDays(-2)),
    };

    // WHEN its status is computed
    const ContactStatus status = LapseRules().status(client, Segment::Hostage, interactions, Today);

    // THEN unanswered attempts are no contact: the clock still runs from the creation
    QVERIFY(!status.lastContact.isValid());
    QCOMPARE(status.clockStart, Today.addDays(-31));
    QCOMPARE(status.daysSinceContact, 31);
    QCOMPARE(status.isOverdue, true);
    QCOMPARE(status.daysOverdue, 1);
    QCOMPARE(status.unansweredStreak, 2);
    QCOMPARE(status.streakSince, interactions.at(0).happenedAt);
    QCOMPARE(status.suggestsPartingWays, false);
    QCOMPARE(status.isInLapse, true);
}

void tst_LapseRules::shouldCountUnansweredAttemptsSinceTheLastContact_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("streak");
    QTest::addColumn<int>("lastContactIndex");
    QTest::addColumn<int>("streakSinceIndex");
    QTest::addColumn<bool>("partingWays");

    // One interaction a day, the last one yesterday; -1 for "none".
    QTest::newRow("two unanswered") << QStringLiteral("O- O-") << 2 << -1 << 0 << false;
    QTest::newRow("three unanswered") << QStringLiteral("O- O- O-") << 3 << -1 << 0 << true;
    QTest::newRow("answered outbound resets") << QStringLiteral("O- O- O+") << 0 << 2 << -1 << false;
    QTest::newRow("answered outbound resets, one more after")
        << QStringLiteral("O- O- O- O+ O-") << 1 << 3 << 4 << false;
    QTest::newRow("inbound resets") << QStringLiteral("O- O- O- I+") << 0 << 3 << -1 << false;
    QTest::newRow("inbound without answer is contact too") << QStringLiteral("O- O- O- I-") << 0 << 3 << -1 << false;
    QTest::newRow("streak after an inbound without answer")
        << QStringLiteral("I- O- O- O-") << 3 << 0 << 1 << true;
    QTest::newRow("streak counts from the last contact")
        << QStringLiteral("I+ O- O- O- O- O+ O- O-") << 2 << 5 << 6 << false;
    QTest::newRow("long streak after a contact") << QStringLiteral("I+ O- O- O- O-") << 4 << 0 << 1 << true;
}

void tst_LapseRules::shouldCountUnansweredAttemptsSinceTheLastContact()
{
    QFETCH(QString, script);
    QFETCH(int, streak);
    QFETCH(int, lastContactIndex);
    QFETCH(int, streakSinceIndex);
    QFETCH(bool, partingWays);

    // GIVEN a Loyalist added recently with one interaction a day
    const QStringList tokens = script.split(QLatin1Char(' '));
    const Client client = makeClient(localAt(Today.addDays(-20)));
    QVector<Interaction> interactions;
    for (int i = 0; i < tokens.size(); ++i)
        interactions.append(fromToken(tokens.at(i), Today.addDays(-int(tokens.size()) + i)));

    // WHEN its status is computed
    const ContactStatus status = LapseRules().status(client, Segment::Loyalist, interactions, Today);

    // THEN the streak counts our unanswered attempts after the last contact only
    QCOMPARE(status.unansweredStreak, streak);
    QCOMPARE(status.lastContact, lastContactIndex < 0 ? QDateTime() : interactions.at(lastContactIndex).happenedAt);
    QCOMPARE(status.streakSince, streakSinceIndex < 0 ? QDateTime() : interactions.at(streakSinceIndex).happenedAt);
    QCOMPARE(status.suggestsPartingWays, partingWays);
    QCOMPARE(status.isOverdue, false);
    QCOMPARE(status.isInLapse, partingWays);
}

void tst_LapseRules::shouldPutAClientInLapseWhenTheStreakReachesTheThreshold_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<bool>("reached");

    QTest::newRow("default threshold, two attempts") << 3 << 2 << false;
    QTest::newRow("default threshold, three attempts") << 3 << 3 << true;
    QTest::newRow("default threshold, four attempts") << 3 << 4 << true;
    QTest::newRow("threshold 1, one attempt") << 1 << 1 << true;
    QTest::newRow("threshold 1, no attempt") << 1 << 0 << false;
    QTest::newRow("threshold 5, four attempts") << 5 << 4 << false;
    QTest::newRow("threshold 5, five attempts") << 5 << 5 << true;
}

void tst_LapseRules::shouldPutAClientInLapseWhenTheStreakReachesTheThreshold()
{
    QFETCH(int, threshold);
    QFETCH(int, attempts);
    QFETCH(bool, reached);

    // GIVEN a Loyalist who was in touch 10 days ago, and our attempts since
    LapseRules rules;
    rules.setUnansweredThreshold(threshold);
    const Client client = makeClient(localAt(Today.addDays(-200)));
    QVector<Interaction> interactions = {inboundContact(Today.addDays(-10))};
    for (int i = 0; i < attempts; ++i)
        interactions.append(fromToken(QStringLiteral("O-"), Today.addDays(-9 + i)));

    // WHEN its status is computed
    const ContactStatus status = rules.status(client, Segment::Loyalist, interactions, Today);

    // THEN reaching the threshold alone puts the client in lapse and suggests parting ways
    QCOMPARE(status.unansweredStreak, attempts);
    QCOMPARE(status.isDue, false);
    QCOMPARE(status.isOverdue, false);
    QCOMPARE(status.isUnusuallySilent, false);
    QCOMPARE(status.suggestsPartingWays, reached);
    QCOMPARE(status.isInLapse, reached);
}

void tst_LapseRules::shouldFlagSilenceLongerThanTwiceTheUsualGap_data()
{
    QTest::addColumn<QList<int>>("gaps");
    QTest::addColumn<int>("silence");
    QTest::addColumn<int>("median");
    QTest::addColumn<bool>("silent");

    QTest::newRow("three gaps of 10, silent exactly 20 days") << QList<int>{10, 10, 10} << 20 << 10 << false;
    QTest::newRow("three gaps of 10, silent 21 days") << QList<int>{10, 10, 10} << 21 << 10 << true;
    QTest::newRow("odd count, exactly twice the middle gap") << QList<int>{4, 28, 10} << 20 << 10 << false;
    QTest::newRow("odd count, more than twice the middle gap") << QList<int>{4, 28, 10} << 21 << 10 << true;
    QTest::newRow("even count, exactly twice the middle two") << QList<int>{6, 25, 8, 12} << 20 << 10 << false;
    QTest::newRow("even count, more than twice the middle two") << QList<int>{6, 25, 8, 12} << 21 << 10 << true;
    QTest::newRow("short gaps, silent a week") << QList<int>{3, 3, 3} << 7 << 3 << true;
    QTest::newRow("only two gaps") << QList<int>{2, 2} << 29 << -1 << false;
    QTest::newRow("one gap") << QList<int>{3} << 29 << -1 << false;
    QTest::newRow("a single inbound contact") << QList<int>{} << 29 << -1 << false;
}

void tst_LapseRules::shouldFlagSilenceLongerThanTwiceTheUsualGap()
{
    QFETCH(QList<int>, gaps);
    QFETCH(int, silence);
    QFETCH(int, median);
    QFETCH(bool, silent);

    // GIVEN a Loyalist (30 / 90) who reached out with these gaps and has been silent since
    const Client client = makeClient(localAt(Today.addDays(-400)));
    int daysAgo = silence;
    for (int gap : std::as_const(gaps))
        daysAgo += gap;
    QVector<Interaction> interactions = {inboundContact(Today.addDays(-daysAgo))};
    for (int gap : std::as_const(gaps)) {
        daysAgo -= gap;
        interactions.append(inboundContact(Today.addDays(-daysAgo)));
    }
    QCOMPARE(daysAgo, silence);

    // WHEN its status is computed
    const ContactStatus status = LapseRules().status(client, Segment::Loyalist, interactions, Today);

    // THEN silence beyond twice the median gap flags the client before the interval runs out
    QCOMPARE(status.daysSinceContact, silence);
    QCOMPARE(status.isDue, false);
    QCOMPARE(status.isOverdue, false);
    QCOMPARE(status.medianGapDays, median);
    QCOMPARE(status.isUnusuallySilent, silent);
    QCOMPARE(status.isInLapse, silent);
    QCOMPARE(status.suggestsPartingWays, false);
}

void tst_LapseRules::shouldNotFlagSilenceOfExactlyTwiceAHalfDayMedian()
{
    // GIVEN a Loyalist whose gaps 5, 9, 12 and 25 days have a median of 10.5 days
    const Client client = makeClient(localAt(Today.addDays(-400)));
    const QList<int> gaps = {5, 9, 12, 25};
    const auto statusAfter = [&](int silence) {
        int daysAgo = silence + 5 + 9 + 12 + 25;
        QVector<Interaction> interactions = {inboundContact(Today.addDays(-daysAgo))};
        for (int gap : gaps) {
            daysAgo -= gap;
            interactions.append(inboundContact(Today.addDays(-daysAgo)));
        }
        return LapseRules().status(client, Segment::Loyalist, interactions, Today);
    };

    // THEN 21 days of silence is exactly twice the usual gap, not more; 22 days is more
    QCOMPARE(statusAfter(21).daysSinceContact, 21);
    QCOMPARE(statusAfter(21).isUnusuallySilent, false);
    QCOMPARE(statusAfter(22).isUnusuallySilent, true);
}

void tst_LapseRules::shouldMeasureSilenceFromAContactWeMadeToo()
{
    // GIVEN a Loyalist who reached out every 10 days until 25 days ago, and whom we reached
    // 5 days ago (an answered call of ours is no gap of theirs, but it is contact)
    const Client client = makeClient(localAt(Today.addDays(-400)));
    QVector<Interaction> interactions = {
        inboundContact(Today.addDays(-55)),
        inboundContact(Today.addDays(-45)),
        inboundContact(Today.addDays(-35)),
        inboundContact(Today.addDays(-25)),
        fromToken(QStringLiteral("O+"), Today.addDays(-5)),
    };

    // WHEN its status is computed
    const ContactStatus status = LapseRules().status(client, Segment::Loyalist, interactions, Today);

    // THEN the usual gap is theirs, the silence counts from our call
    QCOMPARE(status.medianGapDays, 10);
    QCOMPARE(status.lastContact, interactions.at(4).happenedAt);
    QCOMPARE(status.daysSinceContact, 5);
    QCOMPARE(status.isUnusuallySilent, false);
    QCOMPARE(status.isInLapse, false);
}

void tst_LapseRules::shouldCountCalendarDaysInTheLocalTimeZone_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("asCreation");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("clockStart");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("daysOverdue");

    const auto local = [](int y, int m, int d, int h, int min) {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::LocalTime);
    };
    // A Defector: overdue after 14 days.
    QTest::newRow("23:30 on 30 Dec to 2 Jan")
        << local(2023, 12, 30, 23, 30) << false << QDate(2024, 1, 2) << QDate(2023, 12, 30) << 3 << 0;
    QTest::newRow("00:30 on 31 Dec (30 Dec in UTC) to 2 Jan")
        << local(2023, 12, 31, 0, 30) << false << QDate(2024, 1, 2) << QDate(2023, 12, 31) << 2 << 0;
    QTest::newRow("added at 23:30 on 30 Dec, to 2 Jan")
        << local(2023, 12, 30, 23, 30) << true << QDate(2024, 1, 2) << QDate(2023, 12, 30) << 3 << 0;
    QTest::newRow("added at 00:30 on 1 Jan, to 2 Jan")
        << local(2024, 1, 1, 0, 30) << true << QDate(2024, 1, 2) << QDate(2024, 1, 1) << 1 << 0;
    QTest::newRow("23:30 on 30 Dec, overdue by one on 14 Jan")
        << local(2023, 12, 30, 23, 30) << false << QDate(2024, 1, 14) << QDate(2023, 12, 30) << 15 << 1;
    QTest::newRow("before spring forward to the day after")
        << local(2024, 3, 30, 23, 30) << false << QDate(2024, 4, 1) << QDate(2024, 3, 30) << 2 << 0;
    QTest::newRow("00:30 on the Sunday of spring forward")
        << local(2024, 3, 31, 0, 30) << false << QDate(2024, 4, 1) << QDate(2024, 3, 31) << 1 << 0;
    QTest::newRow("00:30 the day after spring forward (the day before in UTC)")
        << local(2024, 4, 1, 0, 30) << false << QDate(2024, 4, 1) << QDate(2024, 4, 1) << 0 << 0;
    QTest::newRow("14 days across spring forward")
        << local(2024, 3, 24, 23, 30) << false << QDate(2024, 4, 7) << QDate(2024, 3, 24) << 14 << 0;
    QTest::newRow("15 days across spring forward")
        << local(2024, 3, 24, 23, 30) << false << QDate(2024, 4, 8) << QDate(2024, 3, 24) << 15 << 1;
    QTest::newRow("before fall back to the day after")
        << local(2024, 10, 26, 23, 30) << false << QDate(2024, 10, 28) << QDate(2024, 10, 26) << 2 << 0;
    QTest::newRow("00:30 on the Sunday of fall back (the day before in UTC)")
        << local(2024, 10, 27, 0, 30) << false << QDate(2024, 10, 28) << QDate(2024, 10, 27) << 1 << 0;
    QTest::newRow("23:30 on the Sunday of fall back")
        << local(2024, 10, 27, 23, 30) << false << QDate(2024, 10, 28) << QDate(2024, 10, 27) << 1 << 0;
    QTest::newRow("14 days across fall back")
        << local(2024, 10, 20, 0, 30) << false << QDate(2024, 11, 3) << QDate(2024, 10, 20) << 14 << 0;
    QTest::newRow("15 days across fall back")
        << local(2024, 10, 20, 0, 30) << false << QDate(2024, 11, 4) << QDate(2024, 10, 20) << 15 << 1;
}

void tst_LapseRules::shouldCountCalendarDaysInTheLocalTimeZone()
{
    QFETCH(QDateTime, at);
    QFETCH(bool, asCreation);
    QFETCH(QDate, today);
    QFETCH(QDate, clockStart);
    QFETCH(int, days);
    QFETCH(int, daysOverdue);

    // GIVEN a Defector last in touch (or added) at a local time, stored in UTC as the store does
    const QDateTime utc = at.toUTC();
    QCOMPARE(utc.timeSpec(), Qt::UTC);
    QVector<Interaction> interactions;
    Client client = makeClient(utc);
    if (!asCreation) {
        client = makeClient(localAt(QDate(2023, 1, 1)));
        interactions.append(makeInteraction(utc, Direction::Inbound, Outcome::Answered));
    }

    // WHEN its status is computed for a later day
    const ContactStatus status = LapseRules().status(client, Segment::Defector, interactions, today);

    // THEN days are calendar days in Berlin, whatever the UTC date or the clock change
    QCOMPARE(status.clockStart, clockStart);
    QCOMPARE(status.daysSinceContact, days);
    QCOMPARE(status.daysOverdue, daysOverdue);
    QCOMPARE(status.isOverdue, daysOverdue > 0);
}

void tst_LapseRules::shouldExplainInvalidSettings_data()
{
    QTest::addColumn<int>("segment"); // -1: leave the intervals alone
    QTest::addColumn<int>("idealDays");
    QTest::addColumn<int>("maximumDays");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<QString>("message");

    const int loyalist = int(Segment::Loyalist);
    const int mercenary = int(Segment::Mercenary);
    const int hostage = int(Segment::Hostage);
    const int defector = int(Segment::Defector);
    const QString outOfRange = QStringLiteral("Contact intervals for %1 must be between 1 and 3650 days.");

    QTest::newRow("defaults") << -1 << 0 << 0 << 3 << QString();
    QTest::newRow("shortest and longest allowed") << loyalist << 1 << 3650 << 100 << QString();
    QTest::newRow("ideal equal to maximum") << hostage << 20 << 20 << 1 << QString();
    QTest::newRow("ideal zero") << loyalist << 0 << 90 << 3 << outOfRange.arg(QStringLiteral("Loyalists"));
    QTest::newRow("maximum zero") << mercenary << 30 << 0 << 3 << outOfRange.arg(QStringLiteral("Mercenaries"));
    QTest::newRow("ideal negative") << defector << -1 << 14 << 3 << outOfRange.arg(QStringLiteral("Defectors"));
    QTest::newRow("ideal too long") << mercenary << 3651 << 3651 << 3 << outOfRange.arg(QStringLiteral("Mercenaries"));
    QTest::newRow("maximum too long") << hostage << 14 << 3651 << 3 << outOfRange.arg(QStringLiteral("Hostages"));
    QTest::newRow("maximum shorter than ideal")
        << defector << 10 << 5 << 3
        << QStringLiteral("For Defectors, the longest gap (5 days) cannot be shorter than the ideal one (10 days).");
    QTest::newRow("threshold zero") << -1 << 0 << 0 << 0
                                    << QStringLiteral("The number of unanswered attempts must be between 1 and 100.");
    QTest::newRow("threshold 101") << -1 << 0 << 0 << 101
                                   << QStringLiteral("The number of unanswered attempts must be between 1 and 100.");
}

void tst_LapseRules::shouldExplainInvalidSettings()
{
    QFETCH(int, segment);
    QFETCH(int, idealDays);
    QFETCH(int, maximumDays);
    QFETCH(int, threshold);
    QFETCH(QString, message);

    // GIVEN rules with one changed interval and a threshold
    LapseRules rules;
    if (segment >= 0)
        rules.setInterval(Segment(segment), {idealDays, maximumDays});
    rules.setUnansweredThreshold(threshold);

    // THEN the owner reads exactly why they cannot be used
    QCOMPARE(rules.validationError(), message);
}

QTEST_GUILESS_MAIN(tst_LapseRules)
#include "tst_lapserules.moc"
