#include "followupreport.h"

#include "clientstore.h"
#include "contacttracker.h"
#include "quadrantchartview.h"
#include "segmentstyle.h"
#include "twohalves.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Rapport;

namespace {

// Everything is laid out in points; fonts use pixel sizes in those points.
constexpr qreal BodySize = 8.5;
constexpr qreal SmallSize = 7.5;
constexpr qreal Padding = 3.0;
constexpr qreal FooterHeight = 18.0;
constexpr qsizetype ParallelMeasure = 400; // items; fewer are measured on one thread
// The chart's picture: the widget size it is laid out at, and how many pixels per unit of that.
constexpr QSize ChartSize(640, 460);
constexpr qreal ChartScale = 3.0;
// The chart takes the page's width, but at most this share of its height.
constexpr qreal ChartHeightShare = 0.5;

QFont font(qreal size, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(int(size + 0.5));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

/** The last-contact cell: the day, or that there was none since the client was added. */
QString lastContactText(const ContactStatus &status)
{
    const QLocale locale;
    if (status.lastContact.isValid())
        return locale.toString(status.lastContact.toLocalTime().date(), QLocale::ShortFormat);
    if (!status.clockStart.isValid())
        return FollowUpReport::tr("never contacted");
    return FollowUpReport::tr("never contacted; added %1").arg(locale.toString(status.clockStart, QLocale::ShortFormat));
}

// Column widths as shares of the line: box, rank, client, last contact, overdue, reasons, action.
constexpr qreal ColumnShares[] = {0.03, 0.04, 0.18, 0.11, 0.09, 0.24, 0.31};
constexpr int ColumnCount = 7;

qreal columnLeft(int column, qreal width)
{
    qreal left = 0;
    for (int i = 0; i < column; ++i)
        left += ColumnShares[i] * width;
    return left;
}

qreal columnWidth(int column, qreal width)
{
    return ColumnShares[column] * width;
}

/** The line under the client's name: the company, when it says more than the name. */
QString companyText(const Client &client)
{
    return client.company == client.displayName() ? QString() : client.company;
}

} // namespace

struct FollowUpReport::Row
{
    enum Kind { Group, Item } kind = Item;
    int item = -1;              ///< index into the plan's items
    Segment segment = Segment::Loyalist;
    Extreme extreme = Extreme::None;
    QString groupTitle;
    qreal height = 0;
    qreal nameHeight = 0; ///< of the client's name, which the company follows
};

FollowUpReport::FollowUpReport(const FollowUpPlan &plan, const QString &businessName, const QImage &chart)
    : m_plan(plan)
    , m_businessName(businessName)
    , m_chart(chart)
{
}

FollowUpReport FollowUpReport::create(ClientStore *store, ContactTracker *tracker, QDate asOf, const QString &owner)
{
    // The tracker keeps today's statuses: the plan for its day reads them instead of computing them.
    const FollowUpPlan plan = tracker && tracker->today() == asOf ? FollowUpPlanner::plan(*tracker, owner)
                                                                  : FollowUpPlanner::plan(*store, asOf, owner);
    return FollowUpReport(plan, store->setting(businessNameKey()), chartPicture(store, tracker, owner));
}

QImage FollowUpReport::chartPicture(ClientStore *store, ContactTracker *tracker, const QString &owner)
{
    return QuadrantChartView::renderForPrint(store, tracker, ChartSize, ChartScale, owner);
}

QPageSize FollowUpReport::defaultPageSize()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                      : QPageSize(QPageSize::A4);
}

qreal FollowUpReport::paintHeader(QPainter *painter, qreal width, qreal pageHeight)
{
    qreal y = 0;
    const QString title = m_businessName.trimmed().isEmpty() ? tr("Follow-up report")
                                                             : tr("%1: follow-up report").arg(m_businessName.trimmed());
    painter->setFont(font(16, true));
    QRectF box(0, y, width, 40);
    QRectF used;
    painter->drawText(box, Qt::TextWordWrap, title, &used);
    y += used.height() + 2;
    painter->setFont(font(BodySize));
    painter->drawText(QRectF(0, y, width, 14), Qt::AlignLeft,
                      tr("As of %1").arg(QLocale().toString(m_plan.asOf, QLocale::LongFormat)), &used);
    y += used.height() + 8;

    // The summary: counts per segment, lapses, and who is on this list.
    QStringList parts;
    for (int s = 0; s < SegmentCount; ++s)
        parts.append(QStringLiteral("%1 %2").arg(segmentPluralName(Segment(s))).arg(m_plan.segmentCounts[size_t(s)]));
    QString summary;
    if (!m_plan.owner.isEmpty())
        summary = tr("Only the clients of %1 (account owner).").arg(m_plan.owner) + QLatin1Char(' ');
    summary += tr("%n client(s):", nullptr, m_plan.totalClients) + QLatin1Char(' ') + parts.join(QStringLiteral(" · "))
        + QLatin1Char('.');
    summary += QLatin1Char(' ') + tr("Apostles %1 · Terrorists %2.").arg(m_plan.apostles).arg(m_plan.terrorists);
    summary += QLatin1Char(' ') + tr("In lapse: %1; due for contact: %2.").arg(m_plan.inLapse).arg(m_plan.due);
    summary += QLatin1Char(' ') + tr("On this list: %1; not due this week: %2.").arg(m_plan.items.size()).arg(m_plan.leftOut);
    summary += QLatin1Char(' ')
        + (m_plan.nps.score ? tr("NPS %1 (%n answer(s)).", nullptr, m_plan.nps.answers).arg(*m_plan.nps.score)
                            : tr("NPS: no answers yet."));
    const QRectF summaryBox(0, y, width, 200);
    painter->drawText(summaryBox, Qt::TextWordWrap, summary, &used);
    y += used.height() + 8;

    if (!m_chart.isNull()) {
        // Big enough to read the labels and the dots: the full width, or half the page's height.
        qreal chartWidth = width;
        qreal chartHeight = chartWidth * m_chart.height() / m_chart.width();
        if (chartHeight > pageHeight * ChartHeightShare) {
            chartWidth *= pageHeight * ChartHeightShare / chartHeight;
            chartHeight = pageHeight * ChartHeightShare;
        }
        painter->drawImage(QRectF((width - chartWidth) / 2, y, chartWidth, chartHeight), m_chart);
        y += chartHeight + 10;
    }
    return y;
}

qreal FollowUpReport::paintColumnTitles(QPainter *painter, qreal y, qreal width)
{
    const QStringList titles = {QString(), tr("#"), tr("Client"), tr("Last contact"), tr("Overdue"), tr("Why"), tr("What to do")};
    painter->setFont(font(SmallSize, true));
    const QFontMetricsF metrics(painter->font());
    qreal height = 0;
    for (int c = 0; c < ColumnCount; ++c)
        height = std::max(height, metrics.boundingRect(QRectF(0, 0, columnWidth(c, width) - 2 * Padding, 1000),
                                                       Qt::TextWordWrap, titles.at(c)).height());
    height += 2 * Padding;
    for (int c = 0; c < ColumnCount; ++c)
        painter->drawText(QRectF(columnLeft(c, width) + Padding, y, columnWidth(c, width) - 2 * Padding, height),
                          Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, titles.at(c));
    painter->setPen(QPen(Qt::black, 0.8));
    painter->drawLine(QPointF(0, y + height), QPointF(width, y + height));
    return y + height;
}

void FollowUpReport::paintRow(QPainter *painter, const Row &row, qreal y, qreal width)
{
    if (row.kind == Row::Group) {
        const QRectF shape(0, y + 5, 9, 9);
        SegmentStyle::paintShape(painter, row.segment, shape);
        painter->setPen(Qt::black);
        painter->setFont(font(10, true));
        painter->drawText(QRectF(14, y, width - 14, row.height), Qt::AlignLeft | Qt::AlignVCenter, row.groupTitle);
        QPen accent(SegmentStyle::color(row.segment), 1.2);
        painter->setPen(accent);
        painter->drawLine(QPointF(0, y + row.height - 1), QPointF(width, y + row.height - 1));
        painter->setPen(Qt::black);
        return;
    }
    const FollowUpItem &item = m_plan.items.at(row.item);
    painter->setPen(Qt::black);
    // The box to tick by hand.
    painter->setPen(QPen(Qt::black, 0.7));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(Padding, y + Padding + 1, 8, 8));

    const auto cell = [&](int column, const QString &text, const QFont &f, int flags = Qt::AlignLeft | Qt::AlignTop) {
        if (painter->font() != f)
            painter->setFont(f);
        painter->drawText(QRectF(columnLeft(column, width) + Padding, y + Padding, columnWidth(column, width) - 2 * Padding,
                                 row.height - 2 * Padding),
                          flags | Qt::TextWordWrap, text);
    };
    cell(1, QString::number(item.rank), m_boldFont);
    // The name in bold, the company on its own line below it.
    cell(2, item.client.displayName(), m_boldFont);
    const QString company = companyText(item.client);
    if (!company.isEmpty()) {
        painter->setFont(m_bodyFont);
        painter->drawText(QRectF(columnLeft(2, width) + Padding, y + Padding + row.nameHeight, columnWidth(2, width) - 2 * Padding,
                                 row.height - 2 * Padding - row.nameHeight),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, company);
    }
    cell(3, lastContactText(item.status), m_bodyFont);
    if (item.status.isOverdue) {
        painter->setPen(SegmentStyle::lapseColor());
        cell(4, tr("%n day(s)", nullptr, item.status.daysOverdue), m_boldFont);
        painter->setPen(Qt::black);
    }
    cell(5, item.reasons.join(QLatin1Char('\n')), m_smallFont);
    cell(6, item.action, m_smallFont);
    painter->setPen(QPen(QColor(170, 170, 170), 0.4));
    painter->drawLine(QPointF(0, y + row.height), QPointF(width, y + row.height));
    painter->setPen(Qt::black);
}

void FollowUpReport::paintFooter(QPainter *painter, int page, int pages, qreal width, qreal height)
{
    painter->setPen(Qt::black);
    painter->setFont(font(SmallSize));
    const QRectF box(0, height - FooterHeight + 6, width, FooterHeight - 6);
    const QString left = m_businessName.trimmed().isEmpty()
        ? QLocale().toString(m_plan.asOf, QLocale::ShortFormat)
        : m_businessName.trimmed() + QStringLiteral(" · ") + QLocale().toString(m_plan.asOf, QLocale::ShortFormat);
    painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter->drawText(box, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page).arg(pages));
}

void FollowUpReport::paint(QPagedPaintDevice *device)
{
    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF paintRect = device->pageLayout().paintRect(QPageLayout::Point);
    // One unit is one point, whatever the device's resolution.
    const qreal scale = device->logicalDpiX() / 72.0;
    painter.scale(scale, scale);
    const qreal width = paintRect.width();
    const qreal height = paintRect.height() - FooterHeight;
    // The rows' fonts, made once: a QFont made and set for each cell cost more than drawing it.
    m_bodyFont = font(BodySize);
    m_boldFont = font(BodySize, true);
    m_smallFont = font(SmallSize);

    // Measure every item first, so that the pages can be counted before any is painted; a long
    // plan is measured on two threads.
    QVector<qreal> heights(m_plan.items.size());
    QVector<qreal> nameHeights(m_plan.items.size());
    inTwoHalves(
        heights.size(),
        [&](qsizetype begin, qsizetype end, int) {
            const QFontMetricsF body(font(BodySize));
            const QFontMetricsF bold(font(BodySize, true));
            const QFontMetricsF small(font(SmallSize));
            const auto measure = [width](const QFontMetricsF &metrics, int column, const QString &text) {
                return metrics.boundingRect(QRectF(0, 0, columnWidth(column, width) - 2 * Padding, 10000), Qt::TextWordWrap, text)
                    .height();
            };
            for (qsizetype i = begin; i < end; ++i) {
                const FollowUpItem &item = m_plan.items.at(i);
                const QString company = companyText(item.client);
                nameHeights[i] = measure(bold, 2, item.client.displayName());
                qreal h = nameHeights.at(i) + (company.isEmpty() ? 0 : measure(body, 2, company));
                if (!item.status.lastContact.isValid())
                    h = std::max(h, measure(body, 3, lastContactText(item.status)));
                h = std::max(h, measure(small, 5, item.reasons.join(QLatin1Char('\n'))));
                h = std::max(h, measure(small, 6, item.action));
                heights[i] = std::max<qreal>(h, 12) + 2 * Padding;
            }
        },
        ParallelMeasure);

    QVector<Row> rows;
    const qreal groupHeight = 20;
    int previousGroup = -1;
    for (int i = 0; i < m_plan.items.size(); ++i) {
        const FollowUpItem &item = m_plan.items.at(i);
        const int group = FollowUpPlanner::priorityGroup(item.segment, item.extreme);
        if (group != previousGroup) {
            int count = 0;
            for (int j = i; j < m_plan.items.size()
                 && FollowUpPlanner::priorityGroup(m_plan.items.at(j).segment, m_plan.items.at(j).extreme) == group;
                 ++j)
                ++count;
            Row header;
            header.kind = Row::Group;
            header.segment = item.segment;
            header.extreme = item.extreme;
            const QString name = item.extreme == Extreme::None ? segmentPluralName(item.segment)
                : item.extreme == Extreme::Apostle             ? tr("Apostles")
                                                               : tr("Terrorists");
            header.groupTitle = tr("%1 (%2)").arg(name).arg(count);
            header.height = groupHeight;
            rows.append(header);
            previousGroup = group;
        }
        Row row;
        row.item = i;
        row.segment = item.segment;
        row.height = heights.at(i);
        row.nameHeight = nameHeights.at(i);
        rows.append(row);
    }

    // Assign rows to pages: a row never splits, and a group title never ends a page.
    QImage scratch(1, 1, QImage::Format_ARGB32);
    QPainter measurePainter(&scratch);
    const qreal headerHeight = paintHeader(&measurePainter, width, paintRect.height());
    const qreal titlesHeight = paintColumnTitles(&measurePainter, 0, width);
    measurePainter.end();
    QVector<int> pageOfRow(rows.size());
    int page = 0;
    qreal y = headerHeight + titlesHeight;
    for (int r = 0; r < rows.size(); ++r) {
        qreal needed = rows.at(r).height;
        if (rows.at(r).kind == Row::Group && r + 1 < rows.size())
            needed += rows.at(r + 1).height;
        if (y + needed > height && y > titlesHeight + 0.5) {
            ++page;
            y = titlesHeight;
        }
        pageOfRow[r] = page;
        y += rows.at(r).height;
    }
    m_pageCount = page + 1;

    int current = 0;
    y = paintHeader(&painter, width, paintRect.height());
    if (rows.isEmpty()) {
        painter.setFont(font(10));
        painter.drawText(QRectF(0, y, width, 30), Qt::AlignLeft | Qt::TextWordWrap,
                         tr("Nobody needs a follow-up this week: every client is within their contact interval."));
    } else {
        y = paintColumnTitles(&painter, y, width);
    }
    for (int r = 0; r < rows.size(); ++r) {
        if (pageOfRow.at(r) != current) {
            paintFooter(&painter, current + 1, m_pageCount, width, paintRect.height());
            device->newPage();
            current = pageOfRow.at(r);
            y = paintColumnTitles(&painter, 0, width);
        }
        paintRow(&painter, rows.at(r), y, width);
        y += rows.at(r).height;
    }
    paintFooter(&painter, current + 1, m_pageCount, width, paintRect.height());
}

bool FollowUpReport::writePdf(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Rapport"));
        writer.setTitle(tr("Follow-up report"));
        writer.setPageLayout(QPageLayout(defaultPageSize(), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        paint(&writer);
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
