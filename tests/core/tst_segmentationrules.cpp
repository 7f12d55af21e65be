#include "segmentationrules.h"

#include <QtTest>

#include <limits>

using namespace Rapport;

namespace {

// Where a test value sits relative to a boundary or corner.
enum class Offset { Below, At, Above };

constexpr Offset AllOffsets[] = {Offset::Below, Offset::At, Offset::Above};

double shifted(double value, Offset offset)
{
    switch (offset) {
    case Offset::Below:
        return value - 0.1;
    case Offset::At:
        return value;
    case Offset::Above:
        return value + 0.1;
    }
    return value;
}

const char *offsetName(Offset offset)
{
    switch (offset) {
    case Offset::Below:
        return "just below";
    case Offset::At:
        return "at";
    case Offset::Above:
        return "just above";
    }
    return "";
}

// A value equal to a boundary counts as high, so only "just below" is low.
bool isHigh(Offset offset)
{
    return offset != Offset::Below;
}

Segment expectedSegment(bool satisfied, bool returning)
{
    if (satisfied)
        return returning ? Segment::Loyalist : Segment::Mercenary;
    return returning ? Segment::Hostage : Segment::Defector;
}

struct NamedRules
{
    const char *label;
    SegmentationRules rules;
};

// The default rules and two owner-chosen ones: asymmetric boundaries, corners away from 9 and 1,
// and values with a tenth that is not exact in binary.
QVector<NamedRules> ruleSets()
{
    return {
        {"default", SegmentationRules()},
        {"asymmetric 6.5/3.5, corners 8.0/2.0", SegmentationRules(6.5, 3.5, 8.0, 2.0)},
        {"7.3/2.7, corners 9.6/0.4", SegmentationRules(7.3, 2.7, 9.6, 0.4)},
    };
}

} // namespace

class tst_SegmentationRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldUseTheDocumentedDefaults();

    void shouldPlaceExplicitDefaultExamples_data();
    void shouldPlaceExplicitDefaultExamples();

    void shouldSegmentAroundEveryBoundary_data();
    void shouldSegmentAroundEveryBoundary();

    void shouldFindCornersAroundEveryCorner_data();
    void shouldFindCornersAroundEveryCorner();

    void shouldExplainWhyRulesAreInvalid_data();
    void shouldExplainWhyRulesAreInvalid();

    void shouldChangeSegmentsWhenSettersMoveTheBoundaries();
};

void tst_SegmentationRules::shouldUseTheDocumentedDefaults()
{
    // GIVEN default rules
    const SegmentationRules rules;

    // THEN the boundaries are the midpoints and the corners at 9 and 1
    QCOMPARE(rules.satisfactionBoundary(), 5.0);
    QCOMPARE(rules.repurchaseBoundary(), 5.0);
    QCOMPARE(rules.apostleMinimum(), 9.0);
    QCOMPARE(rules.terroristMaximum(), 1.0);
    QVERIFY2(rules.isValid(), qPrintable(rules.validationError()));
    QVERIFY(rules == SegmentationRules(5.0, 5.0, 9.0, 1.0));
    QVERIFY(rules != SegmentationRules(5.0, 5.0, 9.0, 0.9));
}

void tst_SegmentationRules::shouldPlaceExplicitDefaultExamples_data()
{
    QTest::addColumn<double>("satisfaction");
    QTest::addColumn<double>("repurchase");
    QTest::addColumn<Segment>("segment");
    QTest::addColumn<Extreme>("extreme");

    QTest::newRow("both at 5.0") << 5.0 << 5.0 << Segment::Loyalist << Extreme::None;
    QTest::newRow("4.9 / 5.0") << 4.9 << 5.0 << Segment::Hostage << Extreme::None;
    QTest::newRow("5.0 / 4.9") << 5.0 << 4.9 << Segment::Mercenary << Extreme::None;
    QTest::newRow("4.9 / 4.9") << 4.9 << 4.9 << Segment::Defector << Extreme::None;
    QTest::newRow("both at 9.0") << 9.0 << 9.0 << Segment::Loyalist << Extreme::Apostle;
    QTest::newRow("8.9 / 10.0") << 8.9 << 10.0 << Segment::Loyalist << Extreme::None;
    QTest::newRow("both at 10.0") << 10.0 << 10.0 << Segment::Loyalist << Extreme::Apostle;
    QTest::newRow("both at 1.0") << 1.0 << 1.0 << Segment::Defector << Extreme::Terrorist;
    QTest::newRow("1.1 / 0.0") << 1.1 << 0.0 << Segment::Defector << Extreme::None;
    QTest::newRow("both at 0.0") << 0.0 << 0.0 << Segment::Defector << Extreme::Terrorist;
    QTest::newRow("10.0 / 0.0") << 10.0 << 0.0 << Segment::Mercenary << Extreme::None;
    QTest::newRow("0.0 / 10.0") << 0.0 << 10.0 << Segment::Hostage << Extreme::None;
}

void tst_SegmentationRules::shouldPlaceExplicitDefaultExamples()
{
    QFETCH(double, satisfaction);
    QFETCH(double, repurchase);
    QFETCH(Segment, segment);
    QFETCH(Extreme, extreme);

    const SegmentationRules rules;
    QCOMPARE(rules.segment(satisfaction, repurchase), segment);
    QCOMPARE(rules.extreme(satisfaction, repurchase), extreme);
}

void tst_SegmentationRules::shouldSegmentAroundEveryBoundary_data()
{
    QTest::addColumn<SegmentationRules>("rules");
    QTest::addColumn<double>("satisfaction");
    QTest::addColumn<double>("repurchase");
    QTest::addColumn<Segment>("expected");

    const QVector<NamedRules> sets = ruleSets();
    for (const NamedRules &set : sets) {
        const SegmentationRules &r = set.rules;
        const double s = r.satisfactionBoundary();
        const double p = r.repurchaseBoundary();
        // Values clearly on one side of the other boundary.
        const double highRepurchase = (p + 10.0) / 2.0;
        const double lowRepurchase = p / 2.0;
        const double highSatisfaction = (s + 10.0) / 2.0;
        const double lowSatisfaction = s / 2.0;

        for (Offset offset : AllOffsets) {
            const double sat = shifted(s, offset);
            QTest::addRow("%s: satisfaction %s boundary (%.1f), repurchase high (%.2f)", set.label,
                          offsetName(offset), sat, highRepurchase)
                << r << sat << highRepurchase << expectedSegment(isHigh(offset), true);
            QTest::addRow("%s: satisfaction %s boundary (%.1f), repurchase low (%.2f)", set.label,
                          offsetName(offset), sat, lowRepurchase)
                << r << sat << lowRepurchase << expectedSegment(isHigh(offset), false);

            const double rep = shifted(p, offset);
            QTest::addRow("%s: repurchase %s boundary (%.1f), satisfaction high (%.2f)", set.label,
                          offsetName(offset), rep, highSatisfaction)
                << r << highSatisfaction << rep << expectedSegment(true, isHigh(offset));
            QTest::addRow("%s: repurchase %s boundary (%.1f), satisfaction low (%.2f)", set.label,
                          offsetName(offset), rep, lowSatisfaction)
                << r << lowSatisfaction << rep << expectedSegment(false, isHigh(offset));
        }

        // The point where the two boundaries cross, approached from all nine sides.
        for (Offset satOffset : AllOffsets) {
            for (Offset repOffset : AllOffsets) {
                const double sat = shifted(s, satOffset);
                const double rep = shifted(p, repOffset);
                QTest::addRow("%s: crossing, satisfaction %s (%.1f), repurchase %s (%.1f)", set.label,
                              offsetName(satOffset), sat, offsetName(repOffset), rep)
                    << r << sat << rep << expectedSegment(isHigh(satOffset), isHigh(repOffset));
            }
        }
    }
}

void tst_SegmentationRules::shouldSegmentAroundEveryBoundary()
{
    QFETCH(SegmentationRules, rules);
    QFETCH(double, satisfaction);
    QFETCH(double, repurchase);
    QFETCH(Segment, expected);

    QVERIFY2(rules.isValid(), qPrintable(rules.validationError()));
    QCOMPARE(rules.segment(satisfaction, repurchase), expected);
}

void tst_SegmentationRules::shouldFindCornersAroundEveryCorner_data()
{
    QTest::addColumn<SegmentationRules>("rules");
    QTest::addColumn<double>("satisfaction");
    QTest::addColumn<double>("repurchase");
    QTest::addColumn<Extreme>("expected");
    QTest::addColumn<Segment>("segment");

    const QVector<NamedRules> sets = ruleSets();
    for (const NamedRules &set : sets) {
        const SegmentationRules &r = set.rules;
        const double a = r.apostleMinimum();
        const double t = r.terroristMaximum();

        for (Offset satOffset : AllOffsets) {
            for (Offset repOffset : AllOffsets) {
                // Apostle: both scores at or above the corner.
                const double sat = shifted(a, satOffset);
                const double rep = shifted(a, repOffset);
                const bool apostle = satOffset != Offset::Below && repOffset != Offset::Below;
                QTest::addRow("%s: Apostle corner, satisfaction %s (%.1f), repurchase %s (%.1f)", set.label,
                              offsetName(satOffset), sat, offsetName(repOffset), rep)
                    << r << sat << rep << (apostle ? Extreme::Apostle : Extreme::None) << Segment::Loyalist;

                // Terrorist: both scores at or below the corner.
                const double lowSat = shifted(t, satOffset);
                const double lowRep = shifted(t, repOffset);
                const bool terrorist = satOffset != Offset::Above && repOffset != Offset::Above;
                QTest::addRow("%s: Terrorist corner, satisfaction %s (%.1f), repurchase %s (%.1f)", set.label,
                              offsetName(satOffset), lowSat, offsetName(repOffset), lowRep)
                    << r << lowSat << lowRep << (terrorist ? Extreme::Terrorist : Extreme::None) << Segment::Defector;
            }
        }

        // One score at the corner, the other at the far end of the scale.
        QTest::addRow("%s: satisfaction at Apostle corner, repurchase 10", set.label)
            << r << a << 10.0 << Extreme::Apostle << Segment::Loyalist;
        QTest::addRow("%s: satisfaction just below Apostle corner, repurchase 10", set.label)
            << r << a - 0.1 << 10.0 << Extreme::None << Segment::Loyalist;
        QTest::addRow("%s: satisfaction at Terrorist corner, repurchase 0", set.label)
            << r << t << 0.0 << Extreme::Terrorist << Segment::Defector;
        QTest::addRow("%s: satisfaction just above Terrorist corner, repurchase 0", set.label)
            << r << t + 0.1 << 0.0 << Extreme::None << Segment::Defector;
        QTest::addRow("%s: both at the boundaries, in no corner", set.label)
            << r << r.satisfactionBoundary() << r.repurchaseBoundary() << Extreme::None << Segment::Loyalist;
    }
}

void tst_SegmentationRules::shouldFindCornersAroundEveryCorner()
{
    QFETCH(SegmentationRules, rules);
    QFETCH(double, satisfaction);
    QFETCH(double, repurchase);
    QFETCH(Extreme, expected);
    QFETCH(Segment, segment);

    QCOMPARE(rules.extreme(satisfaction, repurchase), expected);
    // A corner lies inside its quadrant: an Apostle is always a Loyalist, a Terrorist a Defector.
    QCOMPARE(rules.segment(satisfaction, repurchase), segment);
}

void tst_SegmentationRules::shouldExplainWhyRulesAreInvalid_data()
{
    QTest::addColumn<SegmentationRules>("rules");
    QTest::addColumn<QString>("message");

    const double nan = std::numeric_limits<double>::quiet_NaN();
    const QString satisfactionRange = QStringLiteral("The satisfaction boundary must lie between 0 and 10.");
    const QString repurchaseRange = QStringLiteral("The likelihood-to-repurchase boundary must lie between 0 and 10.");
    const QString apostleRange = QStringLiteral("The Apostle corner must lie between 0 and 10.");
    const QString terroristRange = QStringLiteral("The Terrorist corner must lie between 0 and 10.");
    const auto apostleBelow = [](const char *highest) {
        return QStringLiteral("The Apostle corner must start at or above both boundaries (%1), inside the Loyalist quadrant.")
            .arg(QLatin1String(highest));
    };
    const auto terroristAbove = [](const char *lowest) {
        return QStringLiteral("The Terrorist corner must end below both boundaries (%1), inside the Defector quadrant.")
            .arg(QLatin1String(lowest));
    };

    // Valid rules give an empty message.
    QTest::newRow("default") << SegmentationRules() << QString();
    QTest::newRow("asymmetric") << SegmentationRules(6.5, 3.5, 8.0, 2.0) << QString();
    QTest::newRow("boundaries at 10, Apostle corner at 10") << SegmentationRules(10.0, 10.0, 10.0, 1.0) << QString();
    QTest::newRow("lowest usable boundaries") << SegmentationRules(0.1, 0.1, 9.0, 0.0) << QString();
    QTest::newRow("Apostle corner equal to the higher boundary") << SegmentationRules(5.0, 6.0, 6.0, 1.0) << QString();
    QTest::newRow("Apostle corner just above the higher boundary") << SegmentationRules(5.0, 6.0, 6.1, 1.0) << QString();
    QTest::newRow("Terrorist corner just below the lower boundary") << SegmentationRules(5.0, 6.0, 9.0, 4.9) << QString();
    QTest::newRow("Terrorist corner at 0") << SegmentationRules(5.0, 5.0, 9.0, 0.0) << QString();

    // Boundaries and corners outside 0..10.
    QTest::newRow("satisfaction boundary just below 0") << SegmentationRules(-0.1, 5.0, 9.0, 1.0) << satisfactionRange;
    QTest::newRow("satisfaction boundary just above 10") << SegmentationRules(10.1, 5.0, 10.0, 1.0) << satisfactionRange;
    QTest::newRow("satisfaction boundary not a number") << SegmentationRules(nan, 5.0, 9.0, 1.0) << satisfactionRange;
    QTest::newRow("repurchase boundary just below 0") << SegmentationRules(5.0, -0.1, 9.0, 1.0) << repurchaseRange;
    QTest::newRow("repurchase boundary just above 10") << SegmentationRules(5.0, 10.1, 10.0, 1.0) << repurchaseRange;
    QTest::newRow("repurchase boundary not a number") << SegmentationRules(5.0, nan, 9.0, 1.0) << repurchaseRange;
    QTest::newRow("Apostle corner just above 10") << SegmentationRules(5.0, 5.0, 10.1, 1.0) << apostleRange;
    QTest::newRow("Apostle corner just below 0") << SegmentationRules(5.0, 5.0, -0.1, 1.0) << apostleRange;
    QTest::newRow("Terrorist corner just below 0") << SegmentationRules(5.0, 5.0, 9.0, -0.1) << terroristRange;
    QTest::newRow("Terrorist corner just above 10") << SegmentationRules(5.0, 5.0, 9.0, 10.1) << terroristRange;

    // The Apostle corner must lie inside the Loyalist quadrant.
    QTest::newRow("Apostle corner just below the default boundaries") << SegmentationRules(5.0, 5.0, 4.9, 1.0)
                                                                     << apostleBelow("5.0");
    QTest::newRow("Apostle corner below the repurchase boundary") << SegmentationRules(5.0, 6.0, 5.9, 1.0)
                                                                  << apostleBelow("6.0");
    QTest::newRow("Apostle corner below the satisfaction boundary") << SegmentationRules(6.0, 5.0, 5.9, 1.0)
                                                                    << apostleBelow("6.0");

    // The Terrorist corner must lie inside the Defector quadrant.
    QTest::newRow("Terrorist corner at the default boundaries") << SegmentationRules(5.0, 5.0, 9.0, 5.0)
                                                               << terroristAbove("5.0");
    QTest::newRow("Terrorist corner just above the default boundaries") << SegmentationRules(5.0, 5.0, 9.0, 5.1)
                                                                       << terroristAbove("5.0");
    QTest::newRow("Terrorist corner at the satisfaction boundary") << SegmentationRules(5.0, 6.0, 9.0, 5.0)
                                                                   << terroristAbove("5.0");
    QTest::newRow("Terrorist corner at the repurchase boundary") << SegmentationRules(6.0, 5.0, 9.0, 5.0)
                                                                 << terroristAbove("5.0");
    QTest::newRow("Terrorist corner between the boundaries") << SegmentationRules(3.5, 6.5, 9.0, 4.0)
                                                             << terroristAbove("3.5");
}

void tst_SegmentationRules::shouldExplainWhyRulesAreInvalid()
{
    QFETCH(SegmentationRules, rules);
    QFETCH(QString, message);

    // WHEN the rules are validated
    const QString actual = rules.validationError();

    // THEN the owner reads exactly this sentence, and validity agrees with it
    QCOMPARE(actual, message);
    QCOMPARE(rules.isValid(), message.isEmpty());
}

void tst_SegmentationRules::shouldChangeSegmentsWhenSettersMoveTheBoundaries()
{
    // GIVEN a client at (6.0, 6.0), a Loyalist under the default rules
    SegmentationRules rules;
    QCOMPARE(rules.segment(6.0, 6.0), Segment::Loyalist);

    // WHEN the satisfaction boundary moves above the client
    rules.setSatisfactionBoundary(6.1);
    // THEN the client is a Hostage
    QCOMPARE(rules.satisfactionBoundary(), 6.1);
    QCOMPARE(rules.segment(6.0, 6.0), Segment::Hostage);

    // WHEN the repurchase boundary moves onto the client
    rules.setRepurchaseBoundary(6.0);
    QCOMPARE(rules.segment(6.0, 6.0), Segment::Hostage);
    rules.setRepurchaseBoundary(6.1);
    QCOMPARE(rules.segment(6.0, 6.0), Segment::Defector);

    // WHEN the corners move
    rules.setApostleMinimum(9.5);
    rules.setTerroristMaximum(2.0);
    QCOMPARE(rules.apostleMinimum(), 9.5);
    QCOMPARE(rules.terroristMaximum(), 2.0);
    QCOMPARE(rules.extreme(9.4, 9.4), Extreme::None);
    QCOMPARE(rules.extreme(9.5, 9.5), Extreme::Apostle);
    QCOMPARE(rules.extreme(2.0, 2.0), Extreme::Terrorist);
    QCOMPARE(rules.extreme(2.1, 1.0), Extreme::None);
    QVERIFY2(rules.isValid(), qPrintable(rules.validationError()));
}

QTEST_GUILESS_MAIN(tst_SegmentationRules)
#include "tst_segmentationrules.moc"
