#include "segmentstyle.h"

#include <QIcon>
#include <QImage>
#include <QtTest>

using namespace Rapport;

namespace {

/** How many pixels of @p image are light and mostly opaque. */
int lightPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) > 150 && qGray(pixel) > 190)
                ++count;
        }
    }
    return count;
}

} // namespace

class tst_SegmentStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldOutlineTheIconLightInASelectedRow_data();
    void shouldOutlineTheIconLightInASelectedRow();
};

void tst_SegmentStyle::shouldOutlineTheIconLightInASelectedRow_data()
{
    QTest::addColumn<Segment>("segment");
    QTest::newRow("Loyalist") << Segment::Loyalist;
    QTest::newRow("Mercenary") << Segment::Mercenary;
    QTest::newRow("Hostage") << Segment::Hostage;
    QTest::newRow("Defector") << Segment::Defector;
}

void tst_SegmentStyle::shouldOutlineTheIconLightInASelectedRow()
{
    QFETCH(Segment, segment);
    const QIcon icon = SegmentStyle::icon(segment);

    // WHEN drawn as in a row that is not selected, and as in a selected row
    const QImage normal = icon.pixmap(QSize(14, 14), 1.0, QIcon::Normal).toImage().convertToFormat(QImage::Format_ARGB32);
    const QImage selected = icon.pixmap(QSize(14, 14), 1.0, QIcon::Selected).toImage().convertToFormat(QImage::Format_ARGB32);

    // THEN the selected one has a light outline, so a blue Mercenary stays visible on a blue highlight
    QCOMPARE(lightPixels(normal), 0);
    QVERIFY2(lightPixels(selected) >= 12, qPrintable(QString::number(lightPixels(selected))));
}

QTEST_MAIN(tst_SegmentStyle)
#include "tst_segmentstyle.moc"
