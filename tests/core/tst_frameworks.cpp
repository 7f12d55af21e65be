#include "clientexport.h"
#include "clientimport.h"
#include "clientstore.h"
#include "csv.h"
#include "followupplanner.h"
#include "frameworks.h"
#include "schema.h"
#include "testsupport.h"
#include "sqlitedialect.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace Rapport;
using TestSupport::PlainConnection;

using Records = QVector<ClientRecord>;

namespace Rapport {

// Names in failure messages instead of bare numbers; found by QTest through argument-dependent lookup.
char *toString(LadderRung rung)
{
    return QTest::toString(QStringLiteral("%1 (\"%2\")").arg(int(rung)).arg(Frameworks::rungKey(rung)));
}

char *toString(Stage stage)
{
    return QTest::toString(QStringLiteral("%1 (\"%2\")").arg(int(stage)).arg(Frameworks::stageKey(stage)));
}

char *toString(HostageReason reason)
{
    return QTest::toString(QStringLiteral("%1 (\"%2\")").arg(int(reason)).arg(Frameworks::hostageReasonKey(reason)));
}

char *toString(NpsCategory category)
{
    return QTest::toString(Frameworks::npsCategoryName(category));
}

} // namespace Rapport

namespace {

// Every plan is seen from this day; the environment sets TZ=UTC, so calendar days are UTC days.
const QDate Today(2026, 11, 24);

// Scores well inside each group, with the default boundaries (5.0, Apostle 9.0, Terrorist 1.0).
constexpr double Low = 3.0;
constexpr double High = 7.0;
constexpr double Corner = 0.5;
constexpr double Top = 9.5;

QDateTime daysAgo(int days)
{
    return QDateTime(Today.addDays(-days), QTime(10, 0), Qt::UTC);
}

/** They got in touch @p days days ago. */
Interaction contact(int days)
{
    static qint64 nextId = 0;
    Interaction interaction;
    interaction.id = ++nextId;
    interaction.happenedAt = daysAgo(days);
    interaction.kind = InteractionKind::Call;
    interaction.direction = Direction::Inbound;
    interaction.outcome = Outcome::Answered;
    return interaction;
}

/** We tried @p days days ago and got no answer. */
Interaction unanswered(int days)
{
    Interaction interaction = contact(days);
    interaction.direction = Direction::Outbound;
    interaction.outcome = Outcome::NoAnswer;
    return interaction;
}

/** A client added long ago, with its interactions. */
ClientRecord record(const QString &name, double satisfaction, double repurchase, QVector<Interaction> interactions = {})
{
    static qint64 nextId = 0;
    ClientRecord r;
    r.client.id = ++nextId;
    r.client.name = name;
    r.client.satisfaction = satisfaction;
    r.client.repurchase = repurchase;
    r.client.createdAt = daysAgo(400);
    r.client.updatedAt = r.client.createdAt;
    for (Interaction &interaction : interactions)
        interaction.clientId = r.client.id;
    std::sort(interactions.begin(), interactions.end(), Interaction::earlier);
    r.interactions = interactions;
    return r;
}

ClientRecord withDimensions(ClientRecord r, const DimensionRatings &dimensions)
{
    r.client.dimensions = dimensions;
    return r;
}

ClientRecord withDegree(ClientRecord r, int degree)
{
    r.client.degree = degree;
    return r;
}

ClientRecord withRung(ClientRecord r, LadderRung rung)
{
    r.client.rung = rung;
    return r;
}

ClientRecord withNps(ClientRecord r, int nps)
{
    r.client.nps = nps;
    r.client.npsDate = nps >= 0 ? Today.addDays(-10) : QDate();
    return r;
}

ClientRecord archived(ClientRecord r)
{
    r.client.archived = true;
    return r;
}

FollowUpPlan planOf(const Records &records)
{
    return FollowUpPlanner(SegmentationRules(), LapseRules()).plan(records, Today);
}

DimensionRatings toRatings(const QVector<int> &values)
{
    DimensionRatings ratings{};
    for (int d = 0; d < DimensionCount; ++d)
        ratings[size_t(d)] = values.value(d);
    return ratings;
}

const QString HostageAction = QStringLiteral(
    "Ask plainly what would make them happier and commit to one change with a date; consider a fresh person on the "
    "account.");
const QString LoyalistAction = QStringLiteral(
    "A short check-in: thank them, ask how things are going, and ask who else might benefit from working with you.");
const QString PartingWays = QStringLiteral(
    "Send one short, friendly message asking whether they want to carry on; if it stays unanswered, "
    "close the relationship politely and stop chasing.");
const QString ConsiderPartingWays = QStringLiteral(
    "Consider parting ways: explain plainly what you can and cannot do for them, and recommend someone better "
    "suited if they want more.");
const QString ThirdDegreeReason = QStringLiteral(
    "third-degree client: wants exactly what they ask for and blames you for the results");
const QString ToxicReason = QStringLiteral("on the Toxic rung: takes more than they give");

QString weakest(Dimension dimension)
{
    return QStringLiteral(" Weakest: %1. ").arg(Frameworks::dimensionName(dimension)) + Frameworks::dimensionAdvice(dimension);
}

/** A client with every framework field set; @p i varies each field so that neighbours differ. */
Client frameworkClient(int i)
{
    static const LadderRung rungs[] = {LadderRung::None,     LadderRung::Terrorist, LadderRung::Toxic,
                                       LadderRung::Prospect, LadderRung::Customer,  LadderRung::Client,
                                       LadderRung::Supporter, LadderRung::Advocate};
    static const Stage stages[] = {Stage::None, Stage::Courting, Stage::Contract, Stage::Continuation, Stage::Commitment,
                                   Stage::Convergence};
    static const HostageReason reasons[] = {HostageReason::None, HostageReason::Contract, HostageReason::SwitchingCost,
                                            HostageReason::NoAlternative, HostageReason::Habit, HostageReason::Other};
    Client c;
    c.name = QStringLiteral("Client %1").arg(i);
    c.company = QStringLiteral("Company %1, Ltd").arg(i);
    c.setEmail(QStringLiteral("client%1@example.com").arg(i));
    c.satisfaction = 2.5 + i % 6;
    c.repurchase = 8.5 - i % 7;
    c.rung = rungs[i % 8];
    c.stage = stages[(i + 1) % 6];
    for (int d = 0; d < DimensionCount; ++d)
        c.dimensions[size_t(d)] = 1 + (i + d) % 5;
    c.nps = (i * 3 + 1) % 11;
    c.npsDate = QDate(2026, 1 + i % 12, 1 + i);
    c.degree = 1 + i % 3;
    c.hostageReason = reasons[(i + 1) % 6];
    c.hostageReasonEnds = QDate(2027, 1 + (i + 5) % 12, 28 - i);
    c.purchasesPerYear = i * 5 + 1;
    return c;
}

/** Eight clients together holding every rung, stage and reason, and one with nothing set. */
QVector<Client> frameworkClients()
{
    QVector<Client> clients;
    for (int i = 0; i < 8; ++i)
        clients.append(frameworkClient(i));
    Client plain;
    plain.name = QStringLiteral("Nothing Set");
    clients.append(plain);
    return clients;
}

QString describeFrameworks(const Client &c)
{
    QStringList dimensions;
    for (int rating : c.dimensions)
        dimensions.append(QString::number(rating));
    return QStringLiteral("{rung \"%1\", stage \"%2\", dimensions [%3], nps %4 on %5, degree %6, hostage reason \"%7\" until %8,"
                          " purchases %9}")
        .arg(Frameworks::rungKey(c.rung), Frameworks::stageKey(c.stage), dimensions.join(QLatin1Char(',')))
        .arg(c.nps)
        .arg(c.npsDate.toString(Qt::ISODate))
        .arg(c.degree)
        .arg(Frameworks::hostageReasonKey(c.hostageReason), c.hostageReasonEnds.toString(Qt::ISODate))
        .arg(c.purchasesPerYear);
}

/** Empty when both clients hold the same framework fields; both sides otherwise. */
QString frameworkDifference(const Client &actual, const Client &expected)
{
    const bool same = actual.rung == expected.rung && actual.stage == expected.stage
        && actual.dimensions == expected.dimensions && actual.nps == expected.nps && actual.npsDate == expected.npsDate
        && actual.degree == expected.degree && actual.hostageReason == expected.hostageReason
        && actual.hostageReasonEnds == expected.hostageReasonEnds && actual.purchasesPerYear == expected.purchasesPerYear;
    if (same)
        return {};
    return QStringLiteral("%1: %2, expected %3").arg(expected.displayName(), describeFrameworks(actual), describeFrameworks(expected));
}

/** A plain QtSql connection to a file, independent of Rapport's code; removed when it goes out of scope. */
/** The Rapport client export as a list of lines, each a list of cells. */
QVector<CsvRecord> parsed(const QByteArray &csv)
{
    QVector<CsvRecord> records;
    QString error;
    if (!Csv::parse(csv, &records, &error))
        qWarning("%s", qPrintable(error));
    return records;
}

} // namespace

class tst_Frameworks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCountAnAnswerAtEveryBoundary_data();
    void shouldCountAnAnswerAtEveryBoundary();

    void shouldComputeTheNetPromoterScore_data();
    void shouldComputeTheNetPromoterScore();

    void shouldSuggestARungFromTheData_data();
    void shouldSuggestARungFromTheData();
    void shouldNotSetTheRungItSuggests();

    void shouldFindTheWeakestDimension_data();
    void shouldFindTheWeakestDimension();

    void shouldSuggestReconsideringSomeClients_data();
    void shouldSuggestReconsideringSomeClients();

    void shouldRoundTripRungKeys_data();
    void shouldRoundTripRungKeys();
    void shouldRoundTripStageKeys_data();
    void shouldRoundTripStageKeys();
    void shouldRoundTripHostageReasonKeys_data();
    void shouldRoundTripHostageReasonKeys();
    void shouldRefuseUnknownKeys_data();
    void shouldRefuseUnknownKeys();

    void shouldShapeTheActionByTheFrameworks_data();
    void shouldShapeTheActionByTheFrameworks();
    void shouldExplainWhyTheyMightPartWays();
    void shouldListAHostageAboutToBeFree_data();
    void shouldListAHostageAboutToBeFree();
    void shouldSummariseTheNpsOfTheClients();

    void shouldKeepEveryFrameworkFieldAcrossReopen();
    void shouldRefuseFrameworkValuesOutOfRange_data();
    void shouldRefuseFrameworkValuesOutOfRange();
    void shouldUpgradeAVersionTwoFile();

    void shouldExportAndImportEveryFrameworkField();
    void shouldReportBadFrameworkCells_data();
    void shouldReportBadFrameworkCells();
    void shouldReportEachBadRowWithItsLine();
    void shouldUpdateTheFrameworkFieldsOfADuplicate_data();
    void shouldUpdateTheFrameworkFieldsOfADuplicate();
};

void tst_Frameworks::shouldCountAnAnswerAtEveryBoundary_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<NpsCategory>("category");

    QTest::newRow("-1: not asked") << -1 << NpsCategory::None;
    QTest::newRow("0: detractor") << 0 << NpsCategory::Detractor;
    QTest::newRow("6: detractor") << 6 << NpsCategory::Detractor;
    QTest::newRow("7: passive") << 7 << NpsCategory::Passive;
    QTest::newRow("8: passive") << 8 << NpsCategory::Passive;
    QTest::newRow("9: promoter") << 9 << NpsCategory::Promoter;
    QTest::newRow("10: promoter") << 10 << NpsCategory::Promoter;
    QTest::newRow("11: not an answer") << 11 << NpsCategory::None;
}

void tst_Frameworks::shouldCountAnAnswerAtEveryBoundary()
{
    QFETCH(int, answer);
    QFETCH(NpsCategory, category);

    QCOMPARE(Frameworks::npsCategory(answer), category);
}

void tst_Frameworks::shouldComputeTheNetPromoterScore_data()
{
    QTest::addColumn<QVector<int>>("answers");
    QTest::addColumn<int>("counted");
    QTest::addColumn<int>("promoters");
    QTest::addColumn<int>("passives");
    QTest::addColumn<int>("detractors");
    QTest::addColumn<bool>("hasScore");
    QTest::addColumn<int>("score");

    // "No answers yet" is no score at all, never a score of 0.
    QTest::newRow("no answers") << QVector<int>{} << 0 << 0 << 0 << 0 << false << 0;
    QTest::newRow("only answers out of range") << QVector<int>{-1, 11, -7, 100} << 0 << 0 << 0 << 0 << false << 0;
    QTest::newRow("all promoters") << QVector<int>{9, 10, 10} << 3 << 3 << 0 << 0 << true << 100;
    QTest::newRow("all detractors") << QVector<int>{0, 6, 3} << 3 << 0 << 0 << 3 << true << -100;
    QTest::newRow("passives only") << QVector<int>{7, 8} << 2 << 0 << 2 << 0 << true << 0;
    QTest::newRow("one promoter, two detractors: -33.3") << QVector<int>{10, 0, 6} << 3 << 1 << 0 << 2 << true << -33;
    QTest::newRow("two promoters, one detractor: 33.3") << QVector<int>{9, 10, 6} << 3 << 2 << 0 << 1 << true << 33;
    QTest::newRow("two promoters, one passive: 66.7 up") << QVector<int>{9, 9, 7} << 3 << 2 << 1 << 0 << true << 67;
    QTest::newRow("one promoter, two detractors... of three: -66.7 down")
        << QVector<int>{0, 1, 8} << 3 << 0 << 1 << 2 << true << -67;
    QTest::newRow("one promoter of eight: 12.5 rounds away from zero")
        << QVector<int>{10, 7, 7, 7, 8, 8, 8, 8} << 8 << 1 << 7 << 0 << true << 13;
    QTest::newRow("one detractor of eight: -12.5 rounds away from zero")
        << QVector<int>{0, 7, 7, 7, 8, 8, 8, 8} << 8 << 0 << 7 << 1 << true << -13;
    QTest::newRow("three promoters of eight: 37.5")
        << QVector<int>{9, 9, 9, 7, 7, 7, 7, 7} << 8 << 3 << 5 << 0 << true << 38;
    QTest::newRow("out-of-range answers ignored")
        << QVector<int>{-1, 10, 11, 0, 12, 7, -3} << 3 << 1 << 1 << 1 << true << 0;
    QTest::newRow("one promoter among answers out of range") << QVector<int>{-1, 11, 9} << 1 << 1 << 0 << 0 << true << 100;
}

void tst_Frameworks::shouldComputeTheNetPromoterScore()
{
    QFETCH(QVector<int>, answers);
    QFETCH(int, counted);
    QFETCH(int, promoters);
    QFETCH(int, passives);
    QFETCH(int, detractors);
    QFETCH(bool, hasScore);
    QFETCH(int, score);

    const NpsSummary summary = Frameworks::nps(answers);

    QCOMPARE(summary.answers, counted);
    QCOMPARE(summary.promoters, promoters);
    QCOMPARE(summary.passives, passives);
    QCOMPARE(summary.detractors, detractors);
    QCOMPARE(summary.score.has_value(), hasScore);
    if (hasScore)
        QCOMPARE(*summary.score, score);
}

void tst_Frameworks::shouldSuggestARungFromTheData_data()
{
    QTest::addColumn<int>("purchasesPerYear");
    QTest::addColumn<int>("nps"); // -1: not asked
    QTest::addColumn<int>("degree");
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<Segment>("segment");
    QTest::addColumn<Extreme>("extreme");
    QTest::addColumn<LadderRung>("rung");

    const Stage none = Stage::None;
    // Each rung, from the data that points to it.
    QTest::newRow("Apostle: Advocate") << 0 << -1 << 0 << none << Segment::Loyalist << Extreme::Apostle << LadderRung::Advocate;
    QTest::newRow("Loyalist promoter: Advocate") << 2 << 9 << 0 << none << Segment::Loyalist << Extreme::None << LadderRung::Advocate;
    QTest::newRow("Loyalist passive buying monthly: Supporter")
        << 12 << 8 << 0 << none << Segment::Loyalist << Extreme::None << LadderRung::Supporter;
    QTest::newRow("12 purchases a year: Client") << 12 << -1 << 0 << none << Segment::Loyalist << Extreme::None << LadderRung::Client;
    QTest::newRow("4 purchases a year: Client") << 4 << -1 << 0 << none << Segment::Mercenary << Extreme::None << LadderRung::Client;
    QTest::newRow("3 purchases a year: Customer") << 3 << -1 << 0 << none << Segment::Hostage << Extreme::None << LadderRung::Customer;
    QTest::newRow("1 purchase a year: Customer") << 1 << -1 << 0 << none << Segment::Defector << Extreme::None << LadderRung::Customer;
    QTest::newRow("courting, nothing bought yet: Prospect")
        << 0 << -1 << 0 << Stage::Courting << Segment::Mercenary << Extreme::None << LadderRung::Prospect;
    QTest::newRow("third degree: Toxic") << 12 << 7 << 3 << none << Segment::Loyalist << Extreme::None << LadderRung::Toxic;
    QTest::newRow("Terrorist: Terrorist") << 0 << -1 << 0 << none << Segment::Defector << Extreme::Terrorist << LadderRung::Terrorist;
    QTest::newRow("purchases not known: nothing") << 0 << -1 << 0 << none << Segment::Loyalist << Extreme::None << LadderRung::None;

    // The reported case: a Defector with NPS 1 who buys regularly is no "Client (buys regularly)".
    QTest::newRow("Defector, NPS 1, buying monthly: Terrorist")
        << 12 << 1 << 0 << none << Segment::Defector << Extreme::None << LadderRung::Terrorist;
    QTest::newRow("Hostage, NPS 0: Terrorist") << 12 << 0 << 0 << none << Segment::Hostage << Extreme::None << LadderRung::Terrorist;
    QTest::newRow("Defector, NPS 2: Terrorist") << 1 << 2 << 0 << none << Segment::Defector << Extreme::None << LadderRung::Terrorist;
    QTest::newRow("Defector, NPS 3, buying monthly: Customer")
        << 12 << 3 << 0 << none << Segment::Defector << Extreme::None << LadderRung::Customer;
    QTest::newRow("Defector, not asked, buying monthly: Customer")
        << 12 << -1 << 0 << none << Segment::Defector << Extreme::None << LadderRung::Customer;
    QTest::newRow("Defector promoter buying monthly: Customer")
        << 12 << 10 << 0 << none << Segment::Defector << Extreme::None << LadderRung::Customer;
    QTest::newRow("Loyalist, NPS 6, buying monthly: Customer")
        << 12 << 6 << 0 << none << Segment::Loyalist << Extreme::None << LadderRung::Customer;
    QTest::newRow("Apostle, NPS 5: Customer") << 0 << 5 << 0 << none << Segment::Loyalist << Extreme::Apostle << LadderRung::Customer;
    QTest::newRow("Mercenary, NPS 1: Customer (happy, not a Terrorist)")
        << 12 << 1 << 0 << none << Segment::Mercenary << Extreme::None << LadderRung::Customer;
    QTest::newRow("Hostage, NPS 3, buying monthly: Customer")
        << 12 << 3 << 0 << none << Segment::Hostage << Extreme::None << LadderRung::Customer;
    QTest::newRow("Hostage, NPS 7, buying monthly: Client") << 12 << 7 << 0 << none << Segment::Hostage << Extreme::None << LadderRung::Client;
    QTest::newRow("Mercenary promoter buying monthly: Client")
        << 12 << 9 << 0 << none << Segment::Mercenary << Extreme::None << LadderRung::Client;
    QTest::newRow("Loyalist passive buying once: Customer") << 1 << 7 << 0 << none << Segment::Loyalist << Extreme::None << LadderRung::Customer;
    QTest::newRow("courting, yet buying: Customer") << 2 << -1 << 0 << Stage::Courting << Segment::Loyalist << Extreme::None << LadderRung::Customer;
    QTest::newRow("courting Defector: Prospect") << 0 << 4 << 0 << Stage::Courting << Segment::Defector << Extreme::None << LadderRung::Prospect;
    QTest::newRow("second degree: unchanged") << 12 << -1 << 2 << none << Segment::Loyalist << Extreme::None << LadderRung::Client;
    QTest::newRow("third-degree Terrorist: Terrorist") << 0 << 0 << 3 << none << Segment::Defector << Extreme::Terrorist << LadderRung::Terrorist;
    QTest::newRow("Apostle buying once: Advocate") << 1 << -1 << 0 << none << Segment::Loyalist << Extreme::Apostle << LadderRung::Advocate;
    QTest::newRow("Apostle buying monthly: Advocate") << 12 << 10 << 0 << none << Segment::Loyalist << Extreme::Apostle << LadderRung::Advocate;
    QTest::newRow("Terrorist buying monthly: Terrorist") << 12 << -1 << 0 << none << Segment::Defector << Extreme::Terrorist << LadderRung::Terrorist;
    QTest::newRow("Terrorist promoter: Terrorist") << 1 << 9 << 0 << none << Segment::Defector << Extreme::Terrorist << LadderRung::Terrorist;
}

void tst_Frameworks::shouldSuggestARungFromTheData()
{
    QFETCH(int, purchasesPerYear);
    QFETCH(int, nps);
    QFETCH(int, degree);
    QFETCH(Stage, stage);
    QFETCH(Segment, segment);
    QFETCH(Extreme, extreme);
    QFETCH(LadderRung, rung);

    // GIVEN a client with that data
    Client client;
    client.name = QStringLiteral("Ann");
    client.purchasesPerYear = purchasesPerYear;
    client.nps = nps;
    client.degree = degree;
    client.stage = stage;

    // THEN the data suggests the rung
    QCOMPARE(Frameworks::suggestedRung(client, segment, extreme), rung);

    // WHEN the owner chose another rung THEN what the data points to does not change
    client.rung = rung == LadderRung::Toxic ? LadderRung::Advocate : LadderRung::Toxic;
    QCOMPARE(Frameworks::suggestedRung(client, segment, extreme), rung);
}

void tst_Frameworks::shouldNotSetTheRungItSuggests()
{
    // GIVEN an Apostle who buys every month
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClientStore store;
    QVERIFY2(store.open(TestSupport::newDatabase(dir, QStringLiteral("clients"))), qPrintable(store.errorString()));
    Client client;
    client.name = QStringLiteral("Ann");
    client.satisfaction = Top;
    client.repurchase = Top;
    client.purchasesPerYear = 12;

    // WHEN the client is stored and planned
    const qint64 id = store.addClient(client);
    QVERIFY2(id > 0, qPrintable(store.errorString()));
    const FollowUpPlan plan = FollowUpPlanner::plan(store, Today);

    // THEN the data suggests Advocate, but the rung stays the owner's choice: not set
    QCOMPARE(Frameworks::suggestedRung(store.at(0), store.segmentAt(0), store.extremeAt(0)), LadderRung::Advocate);
    QCOMPARE(store.client(id)->rung, LadderRung::None);
    for (const FollowUpItem &item : plan.items)
        QCOMPARE(item.client.rung, LadderRung::None);
}

void tst_Frameworks::shouldFindTheWeakestDimension_data()
{
    QTest::addColumn<QVector<int>>("ratings"); // Integrity, Competency, Recognition, Proactivity, Savvy, Chemistry
    QTest::addColumn<int>("weakest");          // -1 for none

    QTest::newRow("none rated") << QVector<int>{0, 0, 0, 0, 0, 0} << -1;
    QTest::newRow("only Savvy rated") << QVector<int>{0, 0, 0, 0, 3, 0} << int(Dimension::Savvy);
    QTest::newRow("only Chemistry rated, and rated 5") << QVector<int>{0, 0, 0, 0, 0, 5} << int(Dimension::Chemistry);
    QTest::newRow("one clearly lowest") << QVector<int>{5, 4, 3, 2, 4, 5} << int(Dimension::Proactivity);
    QTest::newRow("lowest last") << QVector<int>{2, 2, 2, 2, 2, 1} << int(Dimension::Chemistry);
    QTest::newRow("unrated is not weakest") << QVector<int>{0, 4, 0, 3, 0, 5} << int(Dimension::Proactivity);
    QTest::newRow("all equal: Integrity") << QVector<int>{3, 3, 3, 3, 3, 3} << int(Dimension::Integrity);
    QTest::newRow("tie Integrity and Chemistry: Integrity") << QVector<int>{1, 5, 5, 5, 5, 1} << int(Dimension::Integrity);
    QTest::newRow("tie Competency and Recognition: Competency") << QVector<int>{4, 2, 2, 4, 4, 4} << int(Dimension::Competency);
    QTest::newRow("tie Recognition and Chemistry: Recognition") << QVector<int>{5, 5, 2, 4, 4, 2} << int(Dimension::Recognition);
    QTest::newRow("tie Proactivity and Savvy: Proactivity") << QVector<int>{5, 5, 5, 3, 3, 4} << int(Dimension::Proactivity);
    QTest::newRow("tie Savvy and Chemistry: Savvy") << QVector<int>{5, 5, 5, 5, 1, 1} << int(Dimension::Savvy);
    QTest::newRow("6 is ignored") << QVector<int>{6, 6, 6, 4, 6, 5} << int(Dimension::Proactivity);
    QTest::newRow("0 and 6 only: none") << QVector<int>{0, 6, 0, 6, 0, 6} << -1;
    QTest::newRow("negative is ignored") << QVector<int>{-1, 3, 3, 3, 3, 3} << int(Dimension::Competency);
}

void tst_Frameworks::shouldFindTheWeakestDimension()
{
    QFETCH(QVector<int>, ratings);
    QFETCH(int, weakest);

    const std::optional<Dimension> found = Frameworks::weakestDimension(toRatings(ratings));

    QCOMPARE(found.has_value(), weakest >= 0);
    if (found)
        QCOMPARE(Frameworks::dimensionName(*found), Frameworks::dimensionName(Dimension(weakest)));
}

void tst_Frameworks::shouldSuggestReconsideringSomeClients_data()
{
    QTest::addColumn<int>("degree");
    QTest::addColumn<LadderRung>("rung");
    QTest::addColumn<bool>("reconsider");

    QTest::newRow("third degree") << 3 << LadderRung::None << true;
    QTest::newRow("third degree, even as a Client") << 3 << LadderRung::Client << true;
    QTest::newRow("Toxic rung") << 0 << LadderRung::Toxic << true;
    QTest::newRow("Toxic rung, first degree") << 1 << LadderRung::Toxic << true;
    QTest::newRow("both") << 3 << LadderRung::Toxic << true;
    QTest::newRow("neither: nothing set") << 0 << LadderRung::None << false;
    QTest::newRow("neither: second degree Customer") << 2 << LadderRung::Customer << false;
    QTest::newRow("neither: first degree Advocate") << 1 << LadderRung::Advocate << false;
}

void tst_Frameworks::shouldSuggestReconsideringSomeClients()
{
    QFETCH(int, degree);
    QFETCH(LadderRung, rung);
    QFETCH(bool, reconsider);

    Client client;
    client.name = QStringLiteral("Ann");
    client.degree = degree;
    client.rung = rung;

    QCOMPARE(Frameworks::suggestsReconsidering(client), reconsider);
}

void tst_Frameworks::shouldRoundTripRungKeys_data()
{
    QTest::addColumn<LadderRung>("rung");
    QTest::addColumn<QString>("key");

    QTest::newRow("not set") << LadderRung::None << QString();
    QTest::newRow("Terrorist") << LadderRung::Terrorist << QStringLiteral("terrorist");
    QTest::newRow("Toxic") << LadderRung::Toxic << QStringLiteral("toxic");
    QTest::newRow("Prospect") << LadderRung::Prospect << QStringLiteral("prospect");
    QTest::newRow("Customer") << LadderRung::Customer << QStringLiteral("customer");
    QTest::newRow("Client") << LadderRung::Client << QStringLiteral("client");
    QTest::newRow("Supporter") << LadderRung::Supporter << QStringLiteral("supporter");
    QTest::newRow("Advocate") << LadderRung::Advocate << QStringLiteral("advocate");
}

void tst_Frameworks::shouldRoundTripRungKeys()
{
    QFETCH(LadderRung, rung);
    QFETCH(QString, key);

    QCOMPARE(Frameworks::rungKey(rung), key);
    LadderRung read = rung == LadderRung::Advocate ? LadderRung::Terrorist : LadderRung::Advocate;
    QVERIFY(Frameworks::rungFromKey(key, &read));
    QCOMPARE(read, rung);
}

void tst_Frameworks::shouldRoundTripStageKeys_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<QString>("key");

    QTest::newRow("not set") << Stage::None << QString();
    QTest::newRow("Courting") << Stage::Courting << QStringLiteral("courting");
    QTest::newRow("Contract") << Stage::Contract << QStringLiteral("contract");
    QTest::newRow("Continuation") << Stage::Continuation << QStringLiteral("continuation");
    QTest::newRow("Commitment") << Stage::Commitment << QStringLiteral("commitment");
    QTest::newRow("Convergence") << Stage::Convergence << QStringLiteral("convergence");
}

void tst_Frameworks::shouldRoundTripStageKeys()
{
    QFETCH(Stage, stage);
    QFETCH(QString, key);

    QCOMPARE(Frameworks::stageKey(stage), key);
    Stage read = stage == Stage::Convergence ? Stage::Courting : Stage::Convergence;
    QVERIFY(Frameworks::stageFromKey(key, &read));
    QCOMPARE(read, stage);
}

void tst_Frameworks::shouldRoundTripHostageReasonKeys_data()
{
    QTest::addColumn<HostageReason>("reason");
    QTest::addColumn<QString>("key");

    QTest::newRow("not known") << HostageReason::None << QString();
    QTest::newRow("a contract") << HostageReason::Contract << QStringLiteral("contract");
    QTest::newRow("switching cost") << HostageReason::SwitchingCost << QStringLiteral("switching_cost");
    QTest::newRow("no alternative") << HostageReason::NoAlternative << QStringLiteral("no_alternative");
    QTest::newRow("habit") << HostageReason::Habit << QStringLiteral("habit");
    QTest::newRow("something else") << HostageReason::Other << QStringLiteral("other");
}

void tst_Frameworks::shouldRoundTripHostageReasonKeys()
{
    QFETCH(HostageReason, reason);
    QFETCH(QString, key);

    QCOMPARE(Frameworks::hostageReasonKey(reason), key);
    HostageReason read = reason == HostageReason::Other ? HostageReason::Habit : HostageReason::Other;
    QVERIFY(Frameworks::hostageReasonFromKey(key, &read));
    QCOMPARE(read, reason);
}

void tst_Frameworks::shouldRefuseUnknownKeys_data()
{
    QTest::addColumn<QString>("key");

    QTest::newRow("a word of no framework") << QStringLiteral("friend");
    QTest::newRow("a plural") << QStringLiteral("advocates");
    QTest::newRow("a number") << QStringLiteral("3");
    QTest::newRow("a segment") << QStringLiteral("loyalist");
    QTest::newRow("spaces around a key") << QStringLiteral(" habit ");
}

void tst_Frameworks::shouldRefuseUnknownKeys()
{
    QFETCH(QString, key);

    // THEN each lookup says no and leaves the value it was given alone
    LadderRung rung = LadderRung::Supporter;
    QVERIFY(!Frameworks::rungFromKey(key, &rung));
    QCOMPARE(rung, LadderRung::Supporter);

    Stage stage = Stage::Commitment;
    QVERIFY(!Frameworks::stageFromKey(key, &stage));
    QCOMPARE(stage, Stage::Commitment);

    HostageReason reason = HostageReason::NoAlternative;
    QVERIFY(!Frameworks::hostageReasonFromKey(key, &reason));
    QCOMPARE(reason, HostageReason::NoAlternative);
}

void tst_Frameworks::shouldShapeTheActionByTheFrameworks_data()
{
    QTest::addColumn<ClientRecord>("client");
    QTest::addColumn<QString>("action");

    // Due but not overdue (as in tst_followupplanner), so that the group and the frameworks alone decide.
    const ClientRecord hostage = record(QStringLiteral("Ann"), Low, High, {contact(20)});
    const ClientRecord defector = record(QStringLiteral("Ann"), Low, Low, {contact(10)});
    const ClientRecord terrorist = record(QStringLiteral("Ann"), Corner, Corner, {contact(3)});
    const ClientRecord loyalist = record(QStringLiteral("Ann"), High, High, {contact(40)});

    QTest::newRow("Hostage, no dimension rated") << hostage << HostageAction;
    QTest::newRow("Hostage, weakest Recognition")
        << withDimensions(hostage, {4, 4, 2, 4, 4, 4}) << HostageAction + weakest(Dimension::Recognition);
    QTest::newRow("Loyalist, Integrity and Chemistry tied: Integrity")
        << withDimensions(loyalist, {3, 5, 5, 5, 5, 3}) << LoyalistAction + weakest(Dimension::Integrity);
    QTest::newRow("Loyalist, only Savvy rated")
        << withDimensions(loyalist, {0, 0, 0, 0, 4, 0}) << LoyalistAction + weakest(Dimension::Savvy);
    QTest::newRow("overdue Hostage, weakest Chemistry")
        << withDimensions(record(QStringLiteral("Ann"), Low, High, {contact(39)}), {5, 5, 5, 5, 5, 1})
        << QStringLiteral("Call rather than email. ") + HostageAction + weakest(Dimension::Chemistry);

    QTest::newRow("third-degree Defector") << withDegree(defector, 3) << ConsiderPartingWays;
    QTest::newRow("Toxic Hostage") << withRung(hostage, LadderRung::Toxic) << ConsiderPartingWays;
    QTest::newRow("third-degree Terrorist") << withDegree(terrorist, 3) << ConsiderPartingWays;
    // Advice on a dimension does not follow advice to part ways.
    QTest::newRow("Toxic Hostage with a weak dimension")
        << withDimensions(withRung(hostage, LadderRung::Toxic), {4, 4, 2, 4, 4, 4}) << ConsiderPartingWays;
    QTest::newRow("three unanswered attempts with a weak dimension")
        << withDimensions(record(QStringLiteral("Ann"), High, High, {contact(20), unanswered(15), unanswered(10), unanswered(5)}),
                          {4, 4, 2, 4, 4, 4})
        << PartingWays;
    QTest::newRow("second-degree Defector: the usual action") << withDegree(defector, 2)
        << QStringLiteral("Book one frank meeting to learn what went wrong, then decide: fix it with a clear plan, "
                          "or part ways politely.");
}

void tst_Frameworks::shouldShapeTheActionByTheFrameworks()
{
    QFETCH(ClientRecord, client);
    QFETCH(QString, action);

    const FollowUpPlan plan = planOf({client});

    QCOMPARE(plan.items.size(), 1);
    QCOMPARE(plan.items.at(0).action, action);
}

void tst_Frameworks::shouldExplainWhyTheyMightPartWays()
{
    // GIVEN a third-degree Defector and a Toxic Hostage, both due
    const Records records = {
        withDegree(record(QStringLiteral("Third Degree"), Low, Low, {contact(10)}), 3),
        withRung(record(QStringLiteral("Toxic"), Low, High, {contact(20)}), LadderRung::Toxic),
    };

    // WHEN they are planned
    const FollowUpPlan plan = planOf(records);

    // THEN each is told to consider parting ways, and the owner reads why
    QCOMPARE(plan.items.size(), 2);
    QCOMPARE(plan.items.at(0).client.name, QStringLiteral("Third Degree"));
    QVERIFY(plan.items.at(0).action.startsWith(QLatin1String("Consider parting ways")));
    QVERIFY2(plan.items.at(0).reasons.contains(ThirdDegreeReason), qPrintable(plan.items.at(0).reasons.join(QLatin1String(" | "))));
    QCOMPARE(plan.items.at(1).client.name, QStringLiteral("Toxic"));
    QVERIFY(plan.items.at(1).action.startsWith(QLatin1String("Consider parting ways")));
    QVERIFY2(plan.items.at(1).reasons.contains(ToxicReason), qPrintable(plan.items.at(1).reasons.join(QLatin1String(" | "))));
}

void tst_Frameworks::shouldListAHostageAboutToBeFree_data()
{
    QTest::addColumn<double>("satisfaction");
    QTest::addColumn<double>("repurchase");
    QTest::addColumn<int>("daysUntilFree");
    QTest::addColumn<bool>("listed");
    QTest::addColumn<QStringList>("reasons");

    // Contacted 5 days ago: not due, so only the end of the reason can put the client on the list.
    QTest::newRow("Hostage free in 30 days") << Low << High << 30 << true << QStringList{QStringLiteral("free to leave from 24 Dec")};
    QTest::newRow("Hostage free today") << Low << High << 0 << true << QStringList{QStringLiteral("free to leave from 24 Nov")};
    QTest::newRow("Hostage free in 60 days, next year")
        << Low << High << 60 << true << QStringList{QStringLiteral("free to leave from 23 Jan 2027")};
    QTest::newRow("Hostage free in 61 days: not yet") << Low << High << 61 << false << QStringList{};
    QTest::newRow("Hostage free since yesterday: not listed") << Low << High << -1 << false << QStringList{};
    QTest::newRow("a Loyalist's contract ending is not a warning") << High << High << 30 << false << QStringList{};
}

void tst_Frameworks::shouldListAHostageAboutToBeFree()
{
    QFETCH(double, satisfaction);
    QFETCH(double, repurchase);
    QFETCH(int, daysUntilFree);
    QFETCH(bool, listed);
    QFETCH(QStringList, reasons);

    // GIVEN a client in touch 5 days ago whose contract ends in daysUntilFree days
    ClientRecord r = record(QStringLiteral("Ann"), satisfaction, repurchase, {contact(5)});
    r.client.hostageReason = HostageReason::Contract;
    r.client.hostageReasonEnds = Today.addDays(daysUntilFree);

    // WHEN it is planned
    const FollowUpPlan plan = planOf({r});

    // THEN it is not due, yet listed when a Hostage is free to leave within 60 days, with the date
    QCOMPARE(plan.due, 0);
    QCOMPARE(plan.totalClients, 1);
    QCOMPARE(plan.items.size(), listed ? 1 : 0);
    QCOMPARE(plan.leftOut, listed ? 0 : 1);
    if (listed) {
        QCOMPARE(plan.items.at(0).status.isDue, false);
        QVERIFY(plan.items.at(0).reasons.value(0).startsWith(QLatin1String("free to leave from")));
        QCOMPARE(plan.items.at(0).reasons, reasons);
    }
}

void tst_Frameworks::shouldSummariseTheNpsOfTheClients()
{
    // GIVEN two promoters, a passive, a detractor, a client never asked, and archived clients who answered
    const Records records = {
        withNps(record(QStringLiteral("Promoter A"), High, High, {contact(5)}), 10),
        withNps(record(QStringLiteral("Promoter B"), Low, High, {contact(5)}), 9),
        withNps(record(QStringLiteral("Passive"), High, Low, {contact(5)}), 8),
        withNps(record(QStringLiteral("Detractor"), Low, Low, {contact(5)}), 6),
        record(QStringLiteral("Never asked"), High, High, {contact(5)}),
        archived(withNps(record(QStringLiteral("Archived detractor"), Low, Low, {contact(5)}), 0)),
        archived(withNps(record(QStringLiteral("Archived detractor 2"), Low, Low, {contact(5)}), 2)),
    };
    QVector<int> answers;
    for (const ClientRecord &r : records) {
        if (!r.client.archived)
            answers.append(r.client.nps);
    }

    // WHEN they are planned
    const FollowUpPlan plan = planOf(records);

    // THEN the NPS counts the four who answered and left out the archived: (2 - 1) / 4 = 25
    const NpsSummary expected = Frameworks::nps(answers);
    QCOMPARE(plan.nps.answers, expected.answers);
    QCOMPARE(plan.nps.promoters, expected.promoters);
    QCOMPARE(plan.nps.passives, expected.passives);
    QCOMPARE(plan.nps.detractors, expected.detractors);
    QCOMPARE(plan.nps.score, expected.score);
    QCOMPARE(plan.nps.answers, 4);
    QCOMPARE(plan.nps.promoters, 2);
    QCOMPARE(plan.nps.passives, 1);
    QCOMPARE(plan.nps.detractors, 1);
    QCOMPARE(plan.nps.score, std::optional<int>(25));

    // AND nobody having answered is no score, not 0
    const FollowUpPlan unanswered = planOf({record(QStringLiteral("Never asked"), High, High, {contact(5)}),
                                            archived(withNps(record(QStringLiteral("Archived"), High, High), 10))});
    QCOMPARE(unanswered.nps.answers, 0);
    QVERIFY(!unanswered.nps.score.has_value());

    // AND the plan of a store says the same
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClientStore store;
    QVERIFY2(store.open(TestSupport::newDatabase(dir, QStringLiteral("clients"))), qPrintable(store.errorString()));
    QVector<ClientRecord> toStore = records;
    for (ClientRecord &r : toStore) {
        r.client.id = 0;
        for (Interaction &interaction : r.interactions) {
            interaction.id = 0;
            interaction.clientId = 0;
        }
    }
    QVERIFY2(store.addClientRecords(toStore), qPrintable(store.errorString()));
    const FollowUpPlan stored = FollowUpPlanner::plan(store, Today);
    QCOMPARE(stored.nps.answers, 4);
    QCOMPARE(stored.nps.score, std::optional<int>(25));
}

void tst_Frameworks::shouldKeepEveryFrameworkFieldAcrossReopen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = TestSupport::newDatabase(dir, QStringLiteral("clients"));
    const QVector<Client> clients = frameworkClients();
    QVector<Client> written;

    // GIVEN clients holding every rung, stage and reason, stored and then updated
    {
        ClientStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QVector<qint64> ids;
        QVERIFY2(store.addClients(clients, &ids), qPrintable(store.errorString()));
        QCOMPARE(ids.size(), clients.size());
        for (int i = 0; i < clients.size(); ++i) {
            const QString diff = frameworkDifference(store.at(i), clients.at(i));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }

        // WHEN the first client is changed in every framework field, and the last cleared
        Client changed = store.at(0);
        changed.rung = LadderRung::Advocate;
        changed.stage = Stage::Convergence;
        changed.dimensions = {5, 1, 2, 3, 4, 5};
        changed.nps = 0;
        changed.npsDate = QDate(2026, 2, 28);
        changed.degree = 3;
        changed.hostageReason = HostageReason::NoAlternative;
        changed.hostageReasonEnds = QDate(2028, 12, 31);
        changed.purchasesPerYear = 52;
        QVERIFY2(store.updateClient(changed), qPrintable(store.errorString()));
        Client cleared = store.at(1);
        cleared.rung = LadderRung::None;
        cleared.stage = Stage::None;
        cleared.dimensions = {};
        cleared.nps = -1;
        cleared.npsDate = QDate();
        cleared.degree = 0;
        cleared.hostageReason = HostageReason::None;
        cleared.hostageReasonEnds = QDate();
        cleared.purchasesPerYear = 0;
        QVERIFY2(store.updateClient(cleared), qPrintable(store.errorString()));

        QString diff = frameworkDifference(store.at(0), changed);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        diff = frameworkDifference(store.at(1), cleared);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        written = store.clients();
    }

    // THEN a new store on the file reads back exactly what was written
    ClientStore reopened;
    QVERIFY2(reopened.open(path), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.count(), written.size());
    for (int i = 0; i < written.size(); ++i) {
        const QString diff = frameworkDifference(reopened.at(i), written.at(i));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY2(reopened.at(i) == written.at(i), qPrintable(written.at(i).displayName()));
    }
    // AND what was written is what was asked for, not only what memory held
    QCOMPARE(reopened.at(0).rung, LadderRung::Advocate);
    QCOMPARE(reopened.at(0).stage, Stage::Convergence);
    QCOMPARE(reopened.at(0).dimensions, (DimensionRatings{5, 1, 2, 3, 4, 5}));
    QCOMPARE(reopened.at(0).nps, 0);
    QCOMPARE(reopened.at(0).npsDate, QDate(2026, 2, 28));
    QCOMPARE(reopened.at(0).degree, 3);
    QCOMPARE(reopened.at(0).hostageReason, HostageReason::NoAlternative);
    QCOMPARE(reopened.at(0).hostageReasonEnds, QDate(2028, 12, 31));
    QCOMPARE(reopened.at(0).purchasesPerYear, 52);
    QCOMPARE(reopened.at(1).rung, LadderRung::None);
    QCOMPARE(reopened.at(1).nps, -1);
    QVERIFY(!reopened.at(1).npsDate.isValid());
    QVERIFY(!reopened.at(1).hostageReasonEnds.isValid());
    for (int i = 2; i < clients.size(); ++i) {
        const QString diff = frameworkDifference(reopened.at(i), clients.at(i));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
}

void tst_Frameworks::shouldRefuseFrameworkValuesOutOfRange_data()
{
    QTest::addColumn<Client>("client");
    QTest::addColumn<QString>("message");

    const Client valid = frameworkClient(3);
    const QString npsMessage = QStringLiteral("The NPS answer must be between 0 and 10.");
    const QString dimensionMessage = QStringLiteral("Each dimension is rated from 1 to 5.");
    const QString degreeMessage = QStringLiteral("The degree of a client is 1, 2 or 3.");
    const QString purchasesMessage = QStringLiteral("Purchases a year cannot be negative.");

    Client c = valid;
    c.nps = 11;
    QTest::newRow("NPS 11") << c << npsMessage;
    c = valid;
    c.nps = -2;
    QTest::newRow("NPS -2") << c << npsMessage;
    c = valid;
    c.dimensions[size_t(Dimension::Chemistry)] = 6;
    QTest::newRow("Chemistry 6") << c << dimensionMessage;
    c = valid;
    c.dimensions[size_t(Dimension::Integrity)] = -1;
    QTest::newRow("Integrity -1") << c << dimensionMessage;
    c = valid;
    c.degree = 4;
    QTest::newRow("degree 4") << c << degreeMessage;
    c = valid;
    c.degree = -1;
    QTest::newRow("degree -1") << c << degreeMessage;
    c = valid;
    c.purchasesPerYear = -1;
    QTest::newRow("-1 purchases a year") << c << purchasesMessage;
}

void tst_Frameworks::shouldRefuseFrameworkValuesOutOfRange()
{
    QFETCH(Client, client);
    QFETCH(QString, message);

    QCOMPARE(ClientStore::validationError(client), message);

    // GIVEN a stored client
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = TestSupport::newDatabase(dir, QStringLiteral("clients"));
    Client before;
    {
        ClientStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        const qint64 id = store.addClient(frameworkClient(3));
        QVERIFY2(id > 0, qPrintable(store.errorString()));
        before = *store.client(id);
        QSignalSpy failed(&store, &ClientStore::writeFailed);
        QSignalSpy changed(&store, &ClientStore::clientChanged);

        // WHEN it is updated with a value out of range
        Client update = client;
        update.id = id;
        const bool updated = store.updateClient(update);

        // THEN the update is refused with the exact sentence, and nothing changed
        QVERIFY(!updated);
        QCOMPARE(store.errorString(), message);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), message);
        QCOMPARE(changed.count(), 0);
        QVERIFY(store.at(0) == before);

        // AND adding such a client is refused the same way
        QCOMPARE(store.addClient(client), qint64(0));
        QCOMPARE(store.errorString(), message);
        QCOMPARE(store.count(), 1);
    }
    ClientStore reopened;
    QVERIFY2(reopened.open(path), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.count(), 1);
    QVERIFY(reopened.at(0) == before);
}

void tst_Frameworks::shouldUpgradeAVersionTwoFile()
{
    // GIVEN a file as Rapport wrote it at schema 2, with one client
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("clients.sqlite")); // an old file; servers start at the latest schema
    const QDateTime created(QDate(2025, 3, 4), QTime(9, 15, 30, 250), Qt::UTC);
    {
        PlainConnection plain(path);
        QVERIFY(plain.isOpen());
        for (int version = 1; version <= 2; ++version) {
            const QStringList statements = Schema::migration(version, SqliteDialect::instance());
            QVERIFY(!statements.isEmpty());
            for (const QString &statement : statements) {
                const QString error = plain.exec(statement);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        }
        QString error = plain.exec(QStringLiteral("PRAGMA user_version = 2"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSqlQuery insert(plain.db());
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO clients (id, name, company, satisfaction, repurchase, created_at, updated_at, archived,"
            " ideal_interval_days, maximum_interval_days) VALUES (12, :name, :company, 3.5, 8.0, :created, :updated, 0, 14, 30)")));
        insert.bindValue(QStringLiteral(":name"), QStringLiteral("Vera Two"));
        insert.bindValue(QStringLiteral(":company"), QStringLiteral("Second Street Books"));
        insert.bindValue(QStringLiteral(":created"), created.toMSecsSinceEpoch());
        insert.bindValue(QStringLiteral(":updated"), created.toMSecsSinceEpoch());
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        QVERIFY(!plain.db().record(QStringLiteral("clients")).contains(QStringLiteral("ladder_rung")));
    }
    const QStringList backupFilter{QStringLiteral("clients.before-upgrade-v2-*.sqlite")};
    QCOMPARE(QDir(dir.path()).entryList(backupFilter, QDir::Files), QStringList());

    // WHEN Rapport opens it
    {
        ClientStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));

        // THEN the client is kept, with every framework field at its default
        QCOMPARE(store.count(), 1);
        const Client &client = store.at(0);
        QCOMPARE(client.id, qint64(12));
        QCOMPARE(client.name, QStringLiteral("Vera Two"));
        QCOMPARE(client.company, QStringLiteral("Second Street Books"));
        QCOMPARE(client.satisfaction, 3.5);
        QCOMPARE(client.repurchase, 8.0);
        QCOMPARE(client.createdAt, created);
        QCOMPARE(client.idealIntervalDays, 14);
        QCOMPARE(client.maximumIntervalDays, 30);
        QCOMPARE(client.rung, LadderRung::None);
        QCOMPARE(client.stage, Stage::None);
        QCOMPARE(client.dimensions, (DimensionRatings{}));
        QCOMPARE(client.nps, -1);
        QVERIFY(!client.npsDate.isValid());
        QCOMPARE(client.degree, 0);
        QCOMPARE(client.hostageReason, HostageReason::None);
        QVERIFY(!client.hostageReasonEnds.isValid());
        QCOMPARE(client.purchasesPerYear, 0);

        // AND the new fields can be written at once
        Client changed = client;
        changed.rung = LadderRung::Supporter;
        changed.nps = 9;
        changed.dimensions[size_t(Dimension::Savvy)] = 2;
        QVERIFY2(store.updateClient(changed), qPrintable(store.errorString()));
    }

    // AND the file is at the latest version with the defaults in place
    {
        PlainConnection plain(path);
        QVERIFY(plain.isOpen());
        QCOMPARE(plain.value(QStringLiteral("PRAGMA user_version")).toInt(), Schema::latestVersion());
        QVERIFY(Schema::latestVersion() >= 4);
        QCOMPARE(plain.value(QStringLiteral("SELECT ladder_rung FROM clients WHERE id = 12")).toString(), QStringLiteral("supporter"));
        QCOMPARE(plain.value(QStringLiteral("SELECT nps FROM clients WHERE id = 12")).toInt(), 9);
        QCOMPARE(plain.value(QStringLiteral("SELECT savvy FROM clients WHERE id = 12")).toInt(), 2);
        QCOMPARE(plain.value(QStringLiteral("SELECT integrity FROM clients WHERE id = 12")).toInt(), 0);
        QCOMPARE(plain.value(QStringLiteral("SELECT stage FROM clients WHERE id = 12")).toString(), QString());
    }

    // AND the file as it was is kept beside it, at version 2 with its client
    const QStringList backups = QDir(dir.path()).entryList(backupFilter, QDir::Files);
    QCOMPARE(backups.size(), 1);
    {
        PlainConnection backup(dir.filePath(backups.constFirst()));
        QVERIFY(backup.isOpen());
        QCOMPARE(backup.value(QStringLiteral("PRAGMA user_version")).toInt(), 2);
        QCOMPARE(backup.value(QStringLiteral("SELECT name FROM clients WHERE id = 12")).toString(), QStringLiteral("Vera Two"));
        QVERIFY(!backup.db().record(QStringLiteral("clients")).contains(QStringLiteral("ladder_rung")));
    }

    // AND opening the upgraded file again takes no second copy
    {
        ClientStore again;
        QVERIFY2(again.open(path), qPrintable(again.errorString()));
        QCOMPARE(again.at(0).rung, LadderRung::Supporter);
    }
    QCOMPARE(QDir(dir.path()).entryList(backupFilter, QDir::Files).size(), 1);
}

void tst_Frameworks::shouldExportAndImportEveryFrameworkField()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // GIVEN clients holding every rung, stage and reason, one with a note over two lines
    ClientStore source;
    QVERIFY2(source.open(TestSupport::newDatabase(dir, QStringLiteral("source"))), qPrintable(source.errorString()));
    QVector<Client> clients = frameworkClients();
    clients[0].notes = QStringLiteral("first line\nsecond line, with a comma");
    QVERIFY2(source.addClients(clients), qPrintable(source.errorString()));

    // WHEN they are exported and imported into an empty store, as the command line does
    const QByteArray csv = ClientExport::clientsCsv(source, Today);
    ClientImport import;
    QString error;
    QVERIFY2(import.load(csv, &error), qPrintable(error));
    QCOMPARE(import.format(), ClientImport::Format::Rapport);
    ClientStore target;
    const QString targetLocation = TestSupport::newDatabase(dir, QStringLiteral("target"));
    QVERIFY2(target.open(targetLocation), qPrintable(target.errorString()));
    const ImportResult result = import.analyse(target);
    QVERIFY2(result.problems.isEmpty(),
             qPrintable(QStringLiteral("line %1: %2").arg(result.problems.value(0).line).arg(result.problems.value(0).reason)));
    QVERIFY(result.duplicates.isEmpty());
    QVector<ClientRecord> additions;
    QVector<Client> updates;
    import.resolve(result, QVector<ClientImport::DuplicatePolicy>(result.duplicates.size(), ClientImport::DuplicatePolicy::Skip),
                   target, &additions, &updates);
    QVector<qint64> added;
    QVector<qint64> changes;
    QVERIFY2(target.importClients(additions, updates, &added, &changes), qPrintable(target.errorString()));

    // THEN every client comes back with every framework field as it was
    QCOMPARE(target.count(), source.count());
    for (int i = 0; i < source.count(); ++i) {
        QCOMPARE(target.at(i).name, source.at(i).name);
        QCOMPARE(target.at(i).notes, source.at(i).notes);
        const QString diff = frameworkDifference(target.at(i), source.at(i));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // AND the same after reopening the imported file
    const QVector<Client> imported = target.clients();
    ClientStore reopened;
    QVERIFY2(reopened.open(targetLocation), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.count(), imported.size());
    for (int i = 0; i < imported.size(); ++i) {
        const QString diff = frameworkDifference(reopened.at(i), source.at(i));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
}

void tst_Frameworks::shouldReportBadFrameworkCells_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("reason");

    QTest::newRow("integrity x") << QStringLiteral("integrity") << QStringLiteral("x")
                                 << QStringLiteral("Integrity \"x\" is not a whole number from 1 to 5");
    QTest::newRow("degree 7") << QStringLiteral("degree") << QStringLiteral("7")
                              << QStringLiteral("Degree of client \"7\" is not a whole number from 1 to 3");
    QTest::newRow("stage sometimes") << QStringLiteral("stage") << QStringLiteral("sometimes")
                                     << QStringLiteral("\"sometimes\" is not a stage (courting, contract, continuation, "
                                                       "commitment, convergence)");
    QTest::newRow("chemistry 0") << QStringLiteral("chemistry") << QStringLiteral("0")
                                 << QStringLiteral("Chemistry \"0\" is not a whole number from 1 to 5");
    QTest::newRow("nps 11") << QStringLiteral("nps") << QStringLiteral("11")
                            << QStringLiteral("NPS answer (0-10) \"11\" is not a whole number from 0 to 10");
    QTest::newRow("rung friend") << QStringLiteral("rung") << QStringLiteral("friend")
                                 << QStringLiteral("\"friend\" is not a ladder rung (terrorist, toxic, prospect, customer, "
                                                   "client, supporter, advocate)");
    QTest::newRow("hostage reason love") << QStringLiteral("hostage_reason") << QStringLiteral("love")
                                         << QStringLiteral("\"love\" is not a reason (contract, switching_cost, "
                                                           "no_alternative, habit, other)");
    QTest::newRow("nps date in month 13") << QStringLiteral("nps_date") << QStringLiteral("2026-13-01")
                                          << QStringLiteral("\"2026-13-01\" is not a date like 2026-11-24");
    QTest::newRow("reason ends soon") << QStringLiteral("hostage_reason_ends") << QStringLiteral("soon")
                                      << QStringLiteral("\"soon\" is not a date like 2026-11-24");
    QTest::newRow("purchases -1") << QStringLiteral("purchases_per_year") << QStringLiteral("-1")
                                  << QStringLiteral("Purchases a year \"-1\" is not a whole number from 0 to 100000");
}

void tst_Frameworks::shouldReportBadFrameworkCells()
{
    QFETCH(QString, column);
    QFETCH(QString, cell);
    QFETCH(QString, reason);

    // GIVEN an export of three clients, the middle one (line 3) with one bad cell
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClientStore source;
    QVERIFY2(source.open(TestSupport::newDatabase(dir, QStringLiteral("source"))), qPrintable(source.errorString()));
    QVERIFY2(source.addClients({frameworkClient(1), frameworkClient(2), frameworkClient(3)}), qPrintable(source.errorString()));
    QVector<CsvRecord> lines = parsed(ClientExport::clientsCsv(source, Today));
    QCOMPARE(lines.size(), 4);
    const int index = int(lines.at(0).fields.indexOf(column));
    QVERIFY2(index >= 0, qPrintable(column));
    lines[2].fields[index] = cell;
    QString csv;
    for (const CsvRecord &line : std::as_const(lines))
        csv += Csv::line(line.fields);

    // WHEN it is read against an empty store
    ClientImport import;
    QString error;
    QVERIFY2(import.load(csv.toUtf8(), &error), qPrintable(error));
    ClientStore target;
    QVERIFY2(target.open(TestSupport::newDatabase(dir, QStringLiteral("target"))), qPrintable(target.errorString()));
    const ImportResult result = import.analyse(target);

    // THEN line 3 is a problem with the exact reason, and the others would be imported
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.at(0).line, 3);
    QCOMPARE(result.problems.at(0).reason, reason);
    QCOMPARE(result.clientLines, (QVector<int>{2, 4}));
}

void tst_Frameworks::shouldReportEachBadRowWithItsLine()
{
    // GIVEN a file whose first client has a note over two lines (lines 2-3), then three bad rows
    const QString csv = QStringLiteral(
        "name,satisfaction,repurchase,integrity,degree,stage,notes\r\n"
        "Ann,5,5,3,2,courting,\"first line\r\nsecond line\"\r\n"
        "Bob,5,5,x,,,\r\n"
        "Cem,5,5,,7,,\r\n"
        "Dee,5,5,,,sometimes,\r\n"
        "Eve,5,5,5,1,Convergence,\r\n");

    // WHEN it is read
    ClientImport import;
    QString error;
    QVERIFY2(import.load(csv.toUtf8(), &error), qPrintable(error));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClientStore target;
    QVERIFY2(target.open(TestSupport::newDatabase(dir, QStringLiteral("target"))), qPrintable(target.errorString()));
    const ImportResult result = import.analyse(target);

    // THEN each bad row is reported on the line it is on, in file order
    QCOMPARE(result.problems.size(), 3);
    QCOMPARE(result.problems.at(0).line, 4);
    QCOMPARE(result.problems.at(0).reason, QStringLiteral("Integrity \"x\" is not a whole number from 1 to 5"));
    QCOMPARE(result.problems.at(1).line, 5);
    QCOMPARE(result.problems.at(1).reason, QStringLiteral("Degree of client \"7\" is not a whole number from 1 to 3"));
    QCOMPARE(result.problems.at(2).line, 6);
    QCOMPARE(result.problems.at(2).reason,
             QStringLiteral("\"sometimes\" is not a stage (courting, contract, continuation, commitment, convergence)"));

    // AND the good rows are read, the stage whatever its case
    QCOMPARE(result.clientLines, (QVector<int>{2, 7}));
    QCOMPARE(result.clients.at(0).client.stage, Stage::Courting);
    QCOMPARE(result.clients.at(0).client.dimensions[size_t(Dimension::Integrity)], 3);
    QCOMPARE(result.clients.at(0).client.degree, 2);
    QCOMPARE(result.clients.at(1).client.stage, Stage::Convergence);
}

void tst_Frameworks::shouldUpdateTheFrameworkFieldsOfADuplicate_data()
{
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<Client>("expected");

    const Client stored = frameworkClient(2);
    const QStringList frameworkColumns{QStringLiteral("nps"), QStringLiteral("rung"), QStringLiteral("stage"),
                                       QStringLiteral("degree"), QStringLiteral("integrity"), QStringLiteral("competency"),
                                       QStringLiteral("recognition"), QStringLiteral("proactivity"), QStringLiteral("savvy"),
                                       QStringLiteral("chemistry"), QStringLiteral("nps_date"), QStringLiteral("hostage_reason"),
                                       QStringLiteral("hostage_reason_ends"), QStringLiteral("purchases_per_year")};

    Client everything = stored;
    everything.nps = 3;
    everything.rung = LadderRung::Advocate;
    everything.stage = Stage::Convergence;
    everything.degree = 3;
    everything.dimensions = {1, 2, 3, 4, 5, 1};
    everything.npsDate = QDate(2026, 11, 1);
    everything.hostageReason = HostageReason::Habit;
    everything.hostageReasonEnds = QDate(2027, 6, 30);
    everything.purchasesPerYear = 40;
    QTest::newRow("every framework cell changed: the file wins")
        << frameworkColumns
        << QStringList{QStringLiteral("3"), QStringLiteral("advocate"), QStringLiteral("convergence"), QStringLiteral("3"),
                       QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"),
                       QStringLiteral("1"), QStringLiteral("2026-11-01"), QStringLiteral("habit"), QStringLiteral("2027-06-30"),
                       QStringLiteral("40")}
        << everything;

    Client onlyNps = stored;
    onlyNps.nps = 10;
    QStringList blanks(frameworkColumns.size());
    blanks[0] = QStringLiteral("10");
    QTest::newRow("only the NPS given: the rest is kept") << frameworkColumns << blanks << onlyNps;
}

void tst_Frameworks::shouldUpdateTheFrameworkFieldsOfADuplicate()
{
    QFETCH(QStringList, columns);
    QFETCH(QStringList, cells);
    QFETCH(Client, expected);

    // GIVEN a stored client, and an export of it with some framework cells changed
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClientStore store;
    QVERIFY2(store.open(TestSupport::newDatabase(dir, QStringLiteral("clients"))), qPrintable(store.errorString()));
    const qint64 id = store.addClient(frameworkClient(2));
    QVERIFY2(id > 0, qPrintable(store.errorString()));
    QVector<CsvRecord> lines = parsed(ClientExport::clientsCsv(store, Today));
    QCOMPARE(lines.size(), 2);
    for (int i = 0; i < columns.size(); ++i) {
        const int index = int(lines.at(0).fields.indexOf(columns.at(i)));
        QVERIFY2(index >= 0, qPrintable(columns.at(i)));
        lines[1].fields[index] = cells.at(i);
    }
    QString csv;
    for (const CsvRecord &line : std::as_const(lines))
        csv += Csv::line(line.fields);

    // WHEN it is imported with "update" for duplicates, as the command line does
    ClientImport import;
    QString error;
    QVERIFY2(import.load(csv.toUtf8(), &error), qPrintable(error));
    const ImportResult result = import.analyse(store);
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.duplicates.size(), 1);
    QCOMPARE(result.duplicates.at(0).existingId, id);
    QVector<ClientRecord> additions;
    QVector<Client> updates;
    import.resolve(result, {ClientImport::DuplicatePolicy::Update}, store, &additions, &updates);
    QCOMPARE(additions.size(), 0);
    QCOMPARE(updates.size(), 1);
    QVector<qint64> added;
    QVector<qint64> changes;
    QVERIFY2(store.importClients(additions, updates, &added, &changes), qPrintable(store.errorString()));

    // THEN what the file says wins, and what it leaves empty keeps the stored value
    QCOMPARE(store.count(), 1);
    const QString diff = frameworkDifference(*store.client(id), expected);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QTEST_GUILESS_MAIN(tst_Frameworks)
#include "tst_frameworks.moc"
