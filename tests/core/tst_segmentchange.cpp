#include "segmentchange.h"

#include <QtTest>

using namespace Rapport;

namespace {

const QDate Today(2024, 6, 12);

SegmentChange makeMove(Segment fromSegment, Extreme fromExtreme, Segment toSegment, Extreme toExtreme)
{
    SegmentChange change;
    change.id = 1;
    change.clientId = 1;
    change.fromSegment = fromSegment;
    change.fromExtreme = fromExtreme;
    change.toSegment = toSegment;
    change.toExtreme = toExtreme;
    return change;
}

/** A stored move @p daysAgo days before Today, at noon local time, between two positions. */
SegmentChange makeMove(int daysAgo, double fromSatisfaction, double fromRepurchase, double toSatisfaction,
                       double toRepurchase)
{
    SegmentChange change;
    change.id = daysAgo;
    change.clientId = 1;
    change.changedAt = QDateTime(Today.addDays(-daysAgo), QTime(12, 0), Qt::LocalTime).toUTC();
    change.fromSatisfaction = fromSatisfaction;
    change.fromRepurchase = fromRepurchase;
    change.toSatisfaction = toSatisfaction;
    change.toRepurchase = toRepurchase;
    return change;
}

} // namespace

Q_DECLARE_METATYPE(Rapport::Trend)

class tst_SegmentChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldTellMovesForTheWorse_data();
    void shouldTellMovesForTheWorse();

    void shouldRaiseAnAlertUntilAcknowledged_data();
    void shouldRaiseAnAlertUntilAcknowledged();

    void shouldFindTheTrendOverTheLastNinetyDays_data();
    void shouldFindTheTrendOverTheLastNinetyDays();
    void shouldNameTheTrend();

    void shouldRoundTripTheSourceKey_data();
    void shouldRoundTripTheSourceKey();
    void shouldRefuseAnUnknownSourceKey_data();
    void shouldRefuseAnUnknownSourceKey();

    void shouldRoundTripTheSegmentKey_data();
    void shouldRoundTripTheSegmentKey();
    void shouldRefuseAnUnknownSegmentKey_data();
    void shouldRefuseAnUnknownSegmentKey();

    void shouldRoundTripTheExtremeKey_data();
    void shouldRoundTripTheExtremeKey();
    void shouldRefuseAnUnknownExtremeKey_data();
    void shouldRefuseAnUnknownExtremeKey();
};

void tst_SegmentChange::shouldTellMovesForTheWorse_data()
{
    QTest::addColumn<Segment>("fromSegment");
    QTest::addColumn<Extreme>("fromExtreme");
    QTest::addColumn<Segment>("toSegment");
    QTest::addColumn<Extreme>("toExtreme");
    QTest::addColumn<bool>("worsening");

    const Extreme none = Extreme::None;
    const Extreme apostle = Extreme::Apostle;
    const Extreme terrorist = Extreme::Terrorist;

    // Into the Defector quadrant, from anywhere else.
    QTest::newRow("Loyalist -> Defector") << Segment::Loyalist << none << Segment::Defector << none << true;
    QTest::newRow("Apostle -> Defector") << Segment::Loyalist << apostle << Segment::Defector << none << true;
    QTest::newRow("Mercenary -> Defector") << Segment::Mercenary << none << Segment::Defector << none << true;
    QTest::newRow("Hostage -> Defector") << Segment::Hostage << none << Segment::Defector << none << true;
    // Into the Terrorist corner.
    QTest::newRow("Defector -> Terrorist") << Segment::Defector << none << Segment::Defector << terrorist << true;
    QTest::newRow("Hostage -> Terrorist") << Segment::Hostage << none << Segment::Defector << terrorist << true;
    QTest::newRow("Loyalist -> Terrorist") << Segment::Loyalist << none << Segment::Defector << terrorist << true;
    // Loyalist to Mercenary.
    QTest::newRow("Loyalist -> Mercenary") << Segment::Loyalist << none << Segment::Mercenary << none << true;
    QTest::newRow("Apostle -> Mercenary") << Segment::Loyalist << apostle << Segment::Mercenary << none << true;

    QTest::newRow("Hostage -> Loyalist") << Segment::Hostage << none << Segment::Loyalist << none << false;
    QTest::newRow("Mercenary -> Loyalist") << Segment::Mercenary << none << Segment::Loyalist << none << false;
    QTest::newRow("Defector -> Defector") << Segment::Defector << none << Segment::Defector << none << false;
    QTest::newRow("Loyalist -> Hostage") << Segment::Loyalist << none << Segment::Hostage << none << false;
    QTest::newRow("Loyalist -> Loyalist") << Segment::Loyalist << none << Segment::Loyalist << none << false;
    QTest::newRow("Mercenary -> Hostage") << Segment::Mercenary << none << Segment::Hostage << none << false;
    QTest::newRow("Hostage -> Mercenary") << Segment::Hostage << none << Segment::Mercenary << none << false;
    QTest::newRow("Defector -> Hostage") << Segment::Defector << none << Segment::Hostage << none << false;
    QTest::newRow("Loyalist -> Apostle") << Segment::Loyalist << none << Segment::Loyalist << apostle << false;
    QTest::newRow("Apostle -> Loyalist") << Segment::Loyalist << apostle << Segment::Loyalist << none << false;
    QTest::newRow("Terrorist -> Terrorist") << Segment::Defector << terrorist << Segment::Defector << terrorist << false;
    QTest::newRow("Terrorist -> Defector") << Segment::Defector << terrorist << Segment::Defector << none << false;
    QTest::newRow("Terrorist -> Hostage") << Segment::Defector << terrorist << Segment::Hostage << none << false;
}

void tst_SegmentChange::shouldTellMovesForTheWorse()
{
    QFETCH(Segment, fromSegment);
    QFETCH(Extreme, fromExtreme);
    QFETCH(Segment, toSegment);
    QFETCH(Extreme, toExtreme);
    QFETCH(bool, worsening);

    const SegmentChange change = makeMove(fromSegment, fromExtreme, toSegment, toExtreme);

    QCOMPARE(change.isWorsening(), worsening);
}

void tst_SegmentChange::shouldRaiseAnAlertUntilAcknowledged_data()
{
    QTest::addColumn<Segment>("fromSegment");
    QTest::addColumn<Segment>("toSegment");
    QTest::addColumn<bool>("acknowledged");
    QTest::addColumn<bool>("alert");

    QTest::newRow("for the worse, not acknowledged") << Segment::Loyalist << Segment::Mercenary << false << true;
    QTest::newRow("for the worse, acknowledged") << Segment::Loyalist << Segment::Mercenary << true << false;
    QTest::newRow("into Defector, not acknowledged") << Segment::Hostage << Segment::Defector << false << true;
    QTest::newRow("into Defector, acknowledged") << Segment::Hostage << Segment::Defector << true << false;
    QTest::newRow("for the better, not acknowledged") << Segment::Hostage << Segment::Loyalist << false << false;
    QTest::newRow("for the better, acknowledged") << Segment::Hostage << Segment::Loyalist << true << false;
}

void tst_SegmentChange::shouldRaiseAnAlertUntilAcknowledged()
{
    QFETCH(Segment, fromSegment);
    QFETCH(Segment, toSegment);
    QFETCH(bool, acknowledged);
    QFETCH(bool, alert);

    SegmentChange change = makeMove(fromSegment, Extreme::None, toSegment, Extreme::None);
    change.acknowledged = acknowledged;

    QCOMPARE(change.isAlert(), alert);
}

void tst_SegmentChange::shouldFindTheTrendOverTheLastNinetyDays_data()
{
    QTest::addColumn<QVector<SegmentChange>>("history");
    QTest::addColumn<double>("satisfaction");
    QTest::addColumn<double>("repurchase");
    QTest::addColumn<int>("days");
    QTest::addColumn<Trend>("trend");

    QTest::newRow("no history") << QVector<SegmentChange>{} << 6.0 << 6.0 << 90 << Trend::Stable;
    QTest::newRow("raised by 2 30 days ago") << QVector<SegmentChange>{makeMove(30, 4.0, 4.0, 5.0, 5.0)} << 5.0 << 5.0
                                             << 90 << Trend::Improving;
    QTest::newRow("raised by 2, 200 days ago only")
        << QVector<SegmentChange>{makeMove(200, 4.0, 4.0, 5.0, 5.0)} << 5.0 << 5.0 << 90 << Trend::Stable;
    QTest::newRow("raised by 2, 91 days ago only")
        << QVector<SegmentChange>{makeMove(91, 4.0, 4.0, 5.0, 5.0)} << 5.0 << 5.0 << 90 << Trend::Stable;
    QTest::newRow("raised by 2, 89 days ago") << QVector<SegmentChange>{makeMove(89, 4.0, 4.0, 5.0, 5.0)} << 5.0 << 5.0
                                              << 90 << Trend::Improving;
    QTest::newRow("raised by exactly 1.0") << QVector<SegmentChange>{makeMove(10, 5.0, 5.0, 5.5, 5.5)} << 5.5 << 5.5
                                           << 90 << Trend::Improving;
    QTest::newRow("raised by 0.9") << QVector<SegmentChange>{makeMove(10, 5.0, 5.0, 5.5, 5.4)} << 5.5 << 5.4 << 90
                                   << Trend::Stable;
    QTest::newRow("dropped by exactly 1.0") << QVector<SegmentChange>{makeMove(10, 5.0, 5.0, 4.5, 4.5)} << 4.5 << 4.5
                                            << 90 << Trend::Worsening;
    QTest::newRow("dropped by exactly 1.0 in tenths")
        << QVector<SegmentChange>{makeMove(10, 6.2, 3.1, 5.7, 2.6)} << 5.7 << 2.6 << 90 << Trend::Worsening;
    QTest::newRow("dropped by 0.9") << QVector<SegmentChange>{makeMove(10, 5.0, 5.0, 4.5, 4.6)} << 4.5 << 4.6 << 90
                                    << Trend::Stable;
    QTest::newRow("dropped by 0.9 in tenths")
        << QVector<SegmentChange>{makeMove(10, 6.3, 3.1, 5.7, 2.8)} << 5.7 << 2.8 << 90 << Trend::Stable;
    QTest::newRow("up and back down within the window")
        << QVector<SegmentChange>{makeMove(60, 5.0, 5.0, 8.0, 8.0), makeMove(10, 8.0, 8.0, 5.0, 5.0)} << 5.0 << 5.0
        << 90 << Trend::Stable;
    QTest::newRow("measured from the first move within the window")
        << QVector<SegmentChange>{makeMove(60, 8.0, 8.0, 6.0, 6.0), makeMove(10, 6.0, 6.0, 7.0, 7.0)} << 7.0 << 7.0
        << 90 << Trend::Worsening;
    QTest::newRow("measured from where an old move left the client")
        << QVector<SegmentChange>{makeMove(200, 2.0, 2.0, 5.0, 5.0), makeMove(30, 5.0, 5.0, 7.0, 7.0)} << 7.0 << 7.0
        << 90 << Trend::Improving;
    QTest::newRow("a shorter window leaves the move out")
        << QVector<SegmentChange>{makeMove(60, 4.0, 4.0, 5.0, 5.0)} << 5.0 << 5.0 << 30 << Trend::Stable;
    QTest::newRow("a longer window takes the move in")
        << QVector<SegmentChange>{makeMove(200, 6.0, 6.0, 5.0, 5.0)} << 5.0 << 5.0 << 365 << Trend::Worsening;
}

void tst_SegmentChange::shouldFindTheTrendOverTheLastNinetyDays()
{
    QFETCH(QVector<SegmentChange>, history);
    QFETCH(double, satisfaction);
    QFETCH(double, repurchase);
    QFETCH(int, days);
    QFETCH(Trend, trend);

    QCOMPARE(trendOf(history, satisfaction, repurchase, Today, days), trend);
}

void tst_SegmentChange::shouldNameTheTrend()
{
    QCOMPARE(trendName(Trend::Improving), QStringLiteral("improving"));
    QCOMPARE(trendName(Trend::Stable), QStringLiteral("stable"));
    QCOMPARE(trendName(Trend::Worsening), QStringLiteral("worsening"));
}

void tst_SegmentChange::shouldRoundTripTheSourceKey_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("key");

    QTest::newRow("drag") << int(ChangeSource::Drag) << QStringLiteral("drag");
    QTest::newRow("edit") << int(ChangeSource::Edit) << QStringLiteral("edit");
    QTest::newRow("import") << int(ChangeSource::Import) << QStringLiteral("import");
}

void tst_SegmentChange::shouldRoundTripTheSourceKey()
{
    QFETCH(int, source);
    QFETCH(QString, key);

    QCOMPARE(SegmentChange::sourceKey(ChangeSource(source)), key);
    // Start from another value, so that the parse has to write.
    ChangeSource parsed = ChangeSource(source) == ChangeSource::Drag ? ChangeSource::Import : ChangeSource::Drag;
    QVERIFY(SegmentChange::sourceFromKey(key, &parsed));
    QCOMPARE(int(parsed), source);
}

void tst_SegmentChange::shouldRefuseAnUnknownSourceKey_data()
{
    QTest::addColumn<QString>("key");

    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << QStringLiteral("Drag");
    QTest::newRow("longer") << QStringLiteral("dragged");
    QTest::newRow("with a space") << QStringLiteral("edit ");
    QTest::newRow("another key") << QStringLiteral("loyalist");
}

void tst_SegmentChange::shouldRefuseAnUnknownSourceKey()
{
    QFETCH(QString, key);

    ChangeSource parsed = ChangeSource::Import;
    QVERIFY(!SegmentChange::sourceFromKey(key, &parsed));
    QCOMPARE(int(parsed), int(ChangeSource::Import));
}

void tst_SegmentChange::shouldRoundTripTheSegmentKey_data()
{
    QTest::addColumn<Segment>("segment");
    QTest::addColumn<QString>("key");

    QTest::newRow("loyalist") << Segment::Loyalist << QStringLiteral("loyalist");
    QTest::newRow("mercenary") << Segment::Mercenary << QStringLiteral("mercenary");
    QTest::newRow("hostage") << Segment::Hostage << QStringLiteral("hostage");
    QTest::newRow("defector") << Segment::Defector << QStringLiteral("defector");
}

void tst_SegmentChange::shouldRoundTripTheSegmentKey()
{
    QFETCH(Segment, segment);
    QFETCH(QString, key);

    QCOMPARE(segmentKey(segment), key);
    Segment parsed = segment == Segment::Loyalist ? Segment::Defector : Segment::Loyalist;
    QVERIFY(segmentFromKey(key, &parsed));
    QCOMPARE(parsed, segment);
}

void tst_SegmentChange::shouldRefuseAnUnknownSegmentKey_data()
{
    QTest::addColumn<QString>("key");

    QTest::newRow("empty") << QString();
    QTest::newRow("translated name") << QStringLiteral("Loyalist");
    QTest::newRow("plural") << QStringLiteral("loyalists");
    QTest::newRow("an extreme") << QStringLiteral("apostle");
    QTest::newRow("a number") << QStringLiteral("0");
}

void tst_SegmentChange::shouldRefuseAnUnknownSegmentKey()
{
    QFETCH(QString, key);

    Segment parsed = Segment::Hostage;
    QVERIFY(!segmentFromKey(key, &parsed));
    QCOMPARE(parsed, Segment::Hostage);
}

void tst_SegmentChange::shouldRoundTripTheExtremeKey_data()
{
    QTest::addColumn<Extreme>("extreme");
    QTest::addColumn<QString>("key");

    QTest::newRow("none") << Extreme::None << QString();
    QTest::newRow("apostle") << Extreme::Apostle << QStringLiteral("apostle");
    QTest::newRow("terrorist") << Extreme::Terrorist << QStringLiteral("terrorist");
}

void tst_SegmentChange::shouldRoundTripTheExtremeKey()
{
    QFETCH(Extreme, extreme);
    QFETCH(QString, key);

    QCOMPARE(extremeKey(extreme), key);
    Extreme parsed = extreme == Extreme::Apostle ? Extreme::Terrorist : Extreme::Apostle;
    QVERIFY(extremeFromKey(key, &parsed));
    QCOMPARE(parsed, extreme);
    // The empty key as the store reads it back from a NOT NULL column.
    if (extreme == Extreme::None) {
        parsed = Extreme::Apostle;
        QVERIFY(extremeFromKey(QStringLiteral(""), &parsed));
        QCOMPARE(parsed, Extreme::None);
    }
}

void tst_SegmentChange::shouldRefuseAnUnknownExtremeKey_data()
{
    QTest::addColumn<QString>("key");

    QTest::newRow("capitalised") << QStringLiteral("Terrorist");
    QTest::newRow("none spelled out") << QStringLiteral("none");
    QTest::newRow("a segment") << QStringLiteral("defector");
    QTest::newRow("a space") << QStringLiteral(" ");
}

void tst_SegmentChange::shouldRefuseAnUnknownExtremeKey()
{
    QFETCH(QString, key);

    Extreme parsed = Extreme::Apostle;
    QVERIFY(!extremeFromKey(key, &parsed));
    QCOMPARE(parsed, Extreme::Apostle);
}

QTEST_GUILESS_MAIN(tst_SegmentChange)
#include "tst_segmentchange.moc"
