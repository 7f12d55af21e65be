#include "matchhighlightdelegate.h"

#include <QListWidget>
#include <QtTest>

using Ranges = MatchHighlightDelegate::MatchRanges;

class tst_MatchHighlightDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFindEveryMatchIgnoringCase_data();
    void shouldFindEveryMatchIgnoringCase();
    void shouldPaintTheMatchInTheHighlightColour();
};

void tst_MatchHighlightDelegate::shouldFindEveryMatchIgnoringCase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<Ranges>("ranges");

    QTest::newRow("no words") << QStringLiteral("Spring order") << QStringList() << Ranges();
    QTest::newRow("not found") << QStringLiteral("Spring order") << QStringList({QStringLiteral("tulip")}) << Ranges();
    QTest::newRow("every place, any case") << QStringLiteral("Spring, spring, SPRING") << QStringList({QStringLiteral("spring")})
                                           << Ranges({{0, 6}, {8, 6}, {16, 6}});
    QTest::newRow("two words, in text order") << QStringLiteral("bulk pricing for spring")
                                              << QStringList({QStringLiteral("spring"), QStringLiteral("pric")})
                                              << Ranges({{5, 4}, {17, 6}});
    QTest::newRow("a word inside another") << QStringLiteral("Bring springs") << QStringList({QStringLiteral("ring"), QStringLiteral("springs")})
                                           << Ranges({{1, 4}, {6, 7}});
    QTest::newRow("overlapping") << QStringLiteral("abcdef") << QStringList({QStringLiteral("abcd"), QStringLiteral("cdef")}) << Ranges({{0, 6}});
    QTest::newRow("touching") << QStringLiteral("abab x") << QStringList({QStringLiteral("ab")}) << Ranges({{0, 4}});
    QTest::newRow("beyond ASCII") << QStringLiteral("Rendez-vous à l'ÉCOLE, Straße") << QStringList({QStringLiteral("école"), QStringLiteral("STRAßE")})
                                  << Ranges({{16, 5}, {23, 6}});
    QTest::newRow("markup is text") << QStringLiteral("<b>bold</b>") << QStringList({QStringLiteral("<b>")}) << Ranges({{0, 3}});
}

void tst_MatchHighlightDelegate::shouldFindEveryMatchIgnoringCase()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QFETCH(Ranges, ranges);

    QCOMPARE(MatchHighlightDelegate::matchRanges(text, words), ranges);
}

void tst_MatchHighlightDelegate::shouldPaintTheMatchInTheHighlightColour()
{
    // GIVEN a list whose one item has a match in the middle of its text
    constexpr int RangesRole = Qt::UserRole + 1;
    QListWidget list;
    list.setItemDelegate(new MatchHighlightDelegate(RangesRole, &list));
    const QString text = QStringLiteral("<b>before</b> MATCH after");
    auto *item = new QListWidgetItem(text, &list);
    const Ranges ranges = MatchHighlightDelegate::matchRanges(text, {QStringLiteral("match")});
    QCOMPARE(ranges, Ranges({{14, 5}}));
    item->setData(RangesRole, QVariant::fromValue(ranges));
    list.resize(400, 100);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));

    // WHEN it is painted
    const QImage image = list.viewport()->grab().toImage();

    // THEN the highlight colour covers the match, and only the match
    const QRect row = list.visualItemRect(item);
    const QColor highlight = list.palette().color(QPalette::Active, QPalette::Highlight);
    int first = -1;
    int last = -1;
    for (int x = row.left(); x <= row.right(); ++x) {
        if (image.pixelColor(x, row.center().y()) == highlight || image.pixelColor(x, row.top() + 1) == highlight) {
            if (first < 0)
                first = x;
            last = x;
        }
    }
    QVERIFY2(first >= 0, "nothing is highlighted");
    const QFontMetrics metrics = list.fontMetrics();
    const int textLeft = row.left() + list.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &list) + 1;
    // The markup shows literally: the match starts after "<b>before</b> ", not after "before ".
    const int expectedFirst = textLeft + metrics.horizontalAdvance(text.left(14));
    const int expectedLast = textLeft + metrics.horizontalAdvance(text.left(19)) - 1;
    QVERIFY2(std::abs(first - expectedFirst) <= 1, qPrintable(QStringLiteral("starts at %1, not %2").arg(first).arg(expectedFirst)));
    QVERIFY2(std::abs(last - expectedLast) <= 1, qPrintable(QStringLiteral("ends at %1, not %2").arg(last).arg(expectedLast)));
}

QTEST_MAIN(tst_MatchHighlightDelegate)
#include "tst_matchhighlightdelegate.moc"
