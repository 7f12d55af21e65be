#include "clientdotsitem.h"

#include "clientstore.h"
#include "contacttracker.h"
#include "frameworks.h"
#include "segmentstyle.h"
#include "twohalves.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Rapport;

namespace {

constexpr int GridSize = 101;  // scores are stored with one decimal: 0.0 .. 10.0
constexpr int BadgeCell = 12;  // dots closer than this on screen form one group
constexpr int MaxBadges = 150; // past this many groups, counts are noise: the cloud shows density
constexpr int DenseDots = 2000; // past this many dots, smaller sprites keep the cloud readable
constexpr qreal Radius = ClientDotsItem::DotDiameter / 2.0;
constexpr qreal DensityCellSize = 16; // pixels a side of a density cell aims at

int gridIndex(double score)
{
    return std::clamp(int(std::lround(score * 10.0)), 0, GridSize - 1);
}

} // namespace

// The selected client's ring, trail and name, the dragged dot and the labels beside a point:
// drawn over the dots and over the item's other children (the chart's names of quadrants).
class ClientDotsItem::Overlay : public QGraphicsItem
{
public:
    explicit Overlay(ClientDotsItem *dots)
        : QGraphicsItem(dots)
        , m_dots(dots)
    {
        setZValue(std::numeric_limits<qreal>::max());
    }
    QRectF boundingRect() const override { return m_dots->boundingRect(); }
    // Nothing to pick here: clicks and the scene's item lookups go to the items beneath.
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override { m_dots->paintOverlay(painter); }
    void boundsChanged() { prepareGeometryChange(); }

private:
    ClientDotsItem *m_dots;
};

ClientDotsItem::ClientDotsItem(ClientStore *store, ContactTracker *tracker, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_store(store)
    , m_tracker(tracker)
{
    setFlag(ItemUsesExtendedStyleOption);
    m_overlay = new Overlay(this);
    connect(store, &ClientStore::resetDone, this, &ClientDotsItem::onStoreReset);
    connect(store, &ClientStore::clientsAdded, this, &ClientDotsItem::onClientsAdded);
    connect(store, &ClientStore::clientsRemoved, this, &ClientDotsItem::onClientsRemoved);
    connect(store, &ClientStore::clientChanged, this, &ClientDotsItem::onClientChanged);
    connect(store, &ClientStore::rulesChanged, this, &ClientDotsItem::invalidate);
    connect(store, &ClientStore::historyChanged, this, [this](qint64 clientId) {
        if (m_selectedRow >= 0 && m_store->at(m_selectedRow).id == clientId)
            m_overlay->update();
    });
    // A status change comes with a write (a logged call, a move), never with a mouse move: it
    // changes at most the dot's lapse ring.
    connect(tracker, &ContactTracker::statusChanged, this, [this](int row) {
        if (row != m_tracker->changingRow())
            changeDot(row, {});
    });
    connect(tracker, &ContactTracker::statusesReset, this, &ClientDotsItem::invalidateCounts);
    onStoreReset();
}

QRectF ClientDotsItem::boundingRect() const
{
    // Room around the plot for dots on its edges and for the labels beside a dot.
    return m_plotArea.adjusted(-Radius - 2, -40, 260, Radius + 2);
}

QVector<QPair<QColor, QString>> ClientDotsItem::legend(ColorMode mode)
{
    switch (mode) {
    case ColorMode::Segment: {
        QVector<QPair<QColor, QString>> result;
        for (int s = 0; s < SegmentCount; ++s)
            result.append({SegmentStyle::color(Segment(s)), segmentPluralName(Segment(s))});
        return result;
    }
    case ColorMode::Nps:
        return {{QColor(0x9E, 0x9E, 0x9E), Frameworks::npsCategoryName(NpsCategory::None)},
                {QColor(0xD5, 0x5E, 0x00), Frameworks::npsCategoryName(NpsCategory::Detractor)},
                {QColor(0xF0, 0xE4, 0x42), Frameworks::npsCategoryName(NpsCategory::Passive)},
                {QColor(0x00, 0x9E, 0x73), Frameworks::npsCategoryName(NpsCategory::Promoter)}};
    case ColorMode::Rung: {
        // A diverging scale from the worst rung (red) to the best (blue); grey when not set.
        static const QColor colors[] = {QColor(0x9E, 0x9E, 0x9E), QColor(0xB2, 0x18, 0x2B), QColor(0xEF, 0x8A, 0x62),
                                        QColor(0xFD, 0xDB, 0xC7), QColor(0xD1, 0xE5, 0xF0), QColor(0x67, 0xA9, 0xCF),
                                        QColor(0x21, 0x66, 0xAC), QColor(0x05, 0x30, 0x61)};
        QVector<QPair<QColor, QString>> result;
        for (int r = 0; r < 8; ++r)
            result.append({colors[r], Frameworks::rungName(LadderRung(r)).section(QStringLiteral(" ("), 0, 0)});
        return result;
    }
    }
    return {};
}

void ClientDotsItem::setColorMode(ColorMode mode)
{
    if (mode == m_colorMode)
        return;
    m_colorMode = mode;
    m_spriteRatio = 0;
    invalidate();
}

int ClientDotsItem::colorIndex(int storeRow) const
{
    const Client &client = m_store->at(storeRow);
    return m_colorMode == ColorMode::Nps ? int(Frameworks::npsCategory(client.nps)) : int(client.rung);
}

void ClientDotsItem::setPlotArea(const QRectF &plotArea)
{
    if (plotArea == m_plotArea)
        return;
    prepareGeometryChange();
    m_overlay->boundsChanged();
    m_plotArea = plotArea;
    invalidate();
}

void ClientDotsItem::setDarkBackground(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    m_spriteRatio = 0;
    invalidate();
}

QPointF ClientDotsItem::toPosition(QPointF value) const
{
    return {m_plotArea.left() + value.x() / 10.0 * m_plotArea.width(),
            m_plotArea.bottom() - value.y() / 10.0 * m_plotArea.height()};
}

QPointF ClientDotsItem::toValue(QPointF position) const
{
    if (m_plotArea.isEmpty())
        return {};
    const double x = (position.x() - m_plotArea.left()) / m_plotArea.width() * 10.0;
    const double y = (m_plotArea.bottom() - position.y()) / m_plotArea.height() * 10.0;
    return {roundToTenth(std::clamp(x, 0.0, 10.0)), roundToTenth(std::clamp(y, 0.0, 10.0))};
}

void ClientDotsItem::setVisibility(const QVector<char> &visible)
{
    // A sort, or a keystroke that keeps the same clients, must not redraw 100,000 dots.
    if (visible == m_visible)
        return;
    m_visible = visible;
    invalidateCounts();
}

void ClientDotsItem::setShown(int storeRow, bool shown)
{
    if (storeRow < 0 || storeRow >= m_visible.size() || bool(m_visible.at(storeRow)) == shown)
        return;
    changeDot(storeRow, [&] { m_visible[storeRow] = shown; });
}

bool ClientDotsItem::isShown(int storeRow) const
{
    return storeRow >= 0 && storeRow < m_values.size() && (storeRow >= m_visible.size() || m_visible.at(storeRow));
}

const SegmentationRules &ClientDotsItem::rules() const
{
    return m_previewing ? m_previewRules : m_store->rules();
}

void ClientDotsItem::setPreviewRules(const SegmentationRules &rules)
{
    m_previewRules = rules;
    m_previewing = true;
    invalidate();
}

void ClientDotsItem::clearPreviewRules()
{
    m_previewing = false;
    invalidate();
}

QPointF ClientDotsItem::valueOf(int storeRow) const
{
    return storeRow == m_dragRow ? m_dragValue : m_values.at(storeRow);
}

Segment ClientDotsItem::segmentOf(int storeRow) const
{
    const QPointF value = valueOf(storeRow);
    return rules().segment(value.x(), value.y());
}

void ClientDotsItem::setSelectedRow(int storeRow)
{
    if (storeRow == m_selectedRow)
        return;
    m_selectedRow = storeRow;
    m_overlay->update();
}

void ClientDotsItem::onStoreReset()
{
    m_values.clear();
    m_values.reserve(m_store->count());
    for (const Client &client : m_store->clients())
        m_values.append({client.satisfaction, client.repurchase});
    m_visible.clear();
    m_selectedRow = -1;
    m_dragRow = -1;
    rebuildIndex();
    invalidateCounts();
}

void ClientDotsItem::onClientsAdded(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const Client &client = m_store->at(row);
        m_values.append({client.satisfaction, client.repurchase});
    }
    rebuildIndex();
    invalidateCounts();
}

void ClientDotsItem::onClientsRemoved(int first, int last)
{
    const int removed = last - first + 1;
    m_values.remove(first, removed);
    if (m_visible.size() > first)
        m_visible.remove(first, std::min<int>(removed, int(m_visible.size()) - first));
    if (m_selectedRow >= first)
        m_selectedRow = m_selectedRow > last ? m_selectedRow - removed : -1;
    if (m_dragRow >= first)
        m_dragRow = m_dragRow > last ? m_dragRow - removed : -1;
    rebuildIndex();
    invalidateCounts();
}

void ClientDotsItem::onClientChanged(int row)
{
    const Client &client = m_store->at(row);
    const QPointF value(client.satisfaction, client.repurchase);
    if (value == m_values.at(row)) {
        // Same place; in the NPS and rung modes the colour may still have changed, and the
        // lapse ring with the status.
        const bool lapsed = row < m_tracker->count() && m_tracker->statusAt(row).isInLapse;
        if (m_colorMode != ColorMode::Segment || !m_countsValid || lapsed != bool(m_lapsed.at(row)))
            changeDot(row, {});
        return;
    }
    const QPointF from = m_values.at(row);
    changeDot(row, [&] { m_values[row] = value; });
    moveInIndex(row, from, value);
}

// One client's dot changed (place, shown or lapse, as @p apply does): its spot's counts are
// brought up to date, not counted again over every client.
void ClientDotsItem::changeDot(int row, const std::function<void()> &apply)
{
    if (row < 0 || row >= m_values.size())
        return;
    if (m_countsValid)
        countDot(row, -1);
    if (apply)
        apply();
    if (m_countsValid)
        countDot(row, 1);
    invalidate();
}

void ClientDotsItem::countDot(int row, int sign) const
{
    if (!isShown(row))
        return;
    const QPointF &value = m_values.at(row);
    const int spot = gridIndex(value.x()) * GridSize + gridIndex(value.y());
    if (sign > 0)
        m_lapsed[row] = row < m_tracker->count() && m_tracker->statusAt(row).isInLapse;
    if (sign > 0 && m_spotCounts[spot] == 0)
        ++m_occupiedSpots;
    m_spotCounts[spot] += sign;
    if (sign < 0 && m_spotCounts[spot] == 0)
        --m_occupiedSpots;
    if (m_lapsed.at(row))
        m_spotLapsed[spot] += sign;
    m_shownCount += sign;
}

// Moves @p row from the grid cell of @p from to that of @p to, kept in row order there.
void ClientDotsItem::moveInIndex(int row, QPointF from, QPointF to)
{
    const int a = gridIndex(from.x()) * GridSize + gridIndex(from.y());
    const int c = gridIndex(to.x()) * GridSize + gridIndex(to.y());
    if (a == c)
        return;
    const auto begin = m_bucketRows.cbegin();
    const int at = int(std::lower_bound(begin + m_bucketStart.at(a), begin + m_bucketStart.at(a + 1), row) - begin);
    m_bucketRows.remove(at);
    for (int b = a + 1; b < m_bucketStart.size(); ++b)
        --m_bucketStart[b];
    const auto start = m_bucketRows.cbegin();
    const int into = int(std::lower_bound(start + m_bucketStart.at(c), start + m_bucketStart.at(c + 1), row) - start);
    m_bucketRows.insert(into, row);
    for (int b = c + 1; b < m_bucketStart.size(); ++b)
        ++m_bucketStart[b];
}

void ClientDotsItem::rebuildIndex()
{
    // A counting sort of the rows into score cells: two passes, no allocation per cell.
    m_bucketStart.fill(0, GridSize * GridSize + 1);
    for (const QPointF &v : std::as_const(m_values))
        ++m_bucketStart[gridIndex(v.x()) * GridSize + gridIndex(v.y()) + 1];
    for (int i = 1; i < m_bucketStart.size(); ++i)
        m_bucketStart[i] += m_bucketStart[i - 1];
    m_bucketRows.resize(m_values.size());
    QVector<int> fill = m_bucketStart;
    for (int row = 0; row < m_values.size(); ++row) {
        const QPointF &v = m_values.at(row);
        m_bucketRows[fill[gridIndex(v.x()) * GridSize + gridIndex(v.y())]++] = row;
    }
}

void ClientDotsItem::invalidate()
{
    m_cacheValid = false;
    update();
    m_overlay->update();
}

void ClientDotsItem::invalidateCounts()
{
    m_countsValid = false;
    invalidate();
}

void ClientDotsItem::countSpots() const
{
    if (m_countsValid)
        return;
    m_spotCounts.fill(0, GridSize * GridSize);
    m_spotLapsed.fill(0, GridSize * GridSize);
    m_lapsed.fill(0, m_values.size());
    m_occupiedSpots = 0;
    m_shownCount = 0;
    for (int row = 0; row < m_values.size(); ++row)
        countDot(row, 1);
    m_countsValid = true;
}

bool ClientDotsItem::isShowingDensity() const
{
    if (m_plotArea.isEmpty())
        return false;
    countSpots();
    return qreal(m_occupiedSpots) * DotDiameter * DotDiameter > DensityCoverage * m_plotArea.width() * m_plotArea.height();
}

QVector<ClientDotsItem::DensityCell> ClientDotsItem::densityCells() const
{
    QVector<DensityCell> cells;
    if (m_plotArea.isEmpty())
        return cells;
    countSpots();
    // Edges of the columns (and rows) in tenths of a point: a step of about DensityCellSize
    // pixels, plus the boundary, so that every cell lies in one segment.
    const auto edges = [](qreal pixelsPerTenth, double boundary) {
        int step = 1;
        for (int candidate : {2, 5, 10, 20, 50}) {
            if (std::abs(candidate * pixelsPerTenth - DensityCellSize) < std::abs(step * pixelsPerTenth - DensityCellSize))
                step = candidate;
        }
        QVector<int> result;
        for (int edge = 0; edge < GridSize - 1; edge += step)
            result.append(edge);
        result.append(gridIndex(boundary));
        result.append(GridSize);
        std::sort(result.begin(), result.end());
        result.erase(std::unique(result.begin(), result.end()), result.end());
        return result;
    };
    const SegmentationRules &r = rules();
    const QVector<int> xs = edges(m_plotArea.width() / (GridSize - 1), r.satisfactionBoundary());
    const QVector<int> ys = edges(m_plotArea.height() / (GridSize - 1), r.repurchaseBoundary());
    const auto cellIndexes = [](const QVector<int> &edges) {
        QVector<int> index(GridSize);
        for (int i = 0; i + 1 < edges.size(); ++i)
            std::fill(index.begin() + edges.at(i), index.begin() + edges.at(i + 1), i);
        return index;
    };
    const QVector<int> column = cellIndexes(xs);
    const QVector<int> row = cellIndexes(ys);
    const int rowCount = int(ys.size()) - 1;
    QVector<int> counts((xs.size() - 1) * rowCount, 0);
    QVector<int> lapsed(counts.size(), 0);
    for (int gx = 0; gx < GridSize; ++gx) {
        for (int gy = 0; gy < GridSize; ++gy) {
            const int spot = gx * GridSize + gy;
            if (m_spotCounts.at(spot) == 0)
                continue;
            const int cell = column.at(gx) * rowCount + row.at(gy);
            counts[cell] += m_spotCounts.at(spot);
            lapsed[cell] += m_spotLapsed.at(spot);
        }
    }
    // The dragged client is drawn on its own.
    if (m_dragRow >= 0 && isShown(m_dragRow)) {
        const QPointF &value = m_values.at(m_dragRow);
        const int cell = column.at(gridIndex(value.x())) * rowCount + row.at(gridIndex(value.y()));
        --counts[cell];
        if (m_dragRow < m_tracker->count() && m_tracker->statusAt(m_dragRow).isInLapse)
            --lapsed[cell];
    }
    for (int i = 0; i + 1 < xs.size(); ++i) {
        for (int j = 0; j < rowCount; ++j) {
            const int cell = i * rowCount + j;
            if (counts.at(cell) <= 0)
                continue;
            const QPointF low(xs.at(i) / 10.0, ys.at(j) / 10.0);
            const QPointF high((xs.at(i + 1) - 1) / 10.0, (ys.at(j + 1) - 1) / 10.0);
            // A cell reaches from its lowest scores to the next cell's; the last one ends with the plot.
            QRectF area(toPosition({low.x(), std::min(ys.at(j + 1), GridSize - 1) / 10.0}),
                        toPosition({std::min(xs.at(i + 1), GridSize - 1) / 10.0, low.y()}));
            area = area.normalized();
            area.setLeft(std::min(area.left(), area.right() - 2));
            area.setTop(std::min(area.top(), area.bottom() - 2));
            cells.append({area, low, high, r.segment(low.x(), low.y()), counts.at(cell), lapsed.at(cell)});
        }
    }
    return cells;
}

// Each cell in its segment's colour, the more opaque the more clients per score, with a red
// disc whose area grows with the share of them in lapse.
void ClientDotsItem::paintDensity(QPainter *painter, QPointF origin)
{
    const QVector<DensityCell> cells = densityCells();
    const auto tenths = [](const DensityCell &cell) {
        return (std::lround((cell.high.x() - cell.low.x()) * 10) + 1) * (std::lround((cell.high.y() - cell.low.y()) * 10) + 1);
    };
    double densest = 0;
    for (const DensityCell &cell : cells)
        densest = std::max(densest, double(cell.count) / tenths(cell));
    // Cells on whole pixels: quicker, and as sharp.
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const DensityCell &cell : cells) {
        QColor fill = SegmentStyle::color(cell.segment);
        fill.setAlphaF(float(0.15 + 0.8 * std::sqrt(double(cell.count) / tenths(cell) / densest)));
        painter->fillRect(cell.area.translated(-origin).adjusted(0.5, 0.5, -0.5, -0.5).toRect(), fill);
    }
    // Discs are drawn from pictures made once per half pixel of radius: a few thousand
    // smooth ellipses would take longer than a frame.
    const qreal ratio = painter->device()->devicePixelRatioF();
    const auto disc = [this, ratio](int halfPixels) -> const QImage & {
        while (m_lapseDiscs.size() <= halfPixels) {
            const qreal radius = m_lapseDiscs.size() / 2.0;
            const int side = int(std::ceil(2 * radius)) + 2;
            QImage image(QSize(side, side) * ratio, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(ratio);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            // An edge in the background's colour sets the disc apart from red and orange cells.
            painter.setPen(QPen(m_dark ? QColor(20, 20, 20, 170) : QColor(255, 255, 255, 200), 1));
            painter.setBrush(SegmentStyle::lapseColor());
            painter.drawEllipse(QPointF(side / 2.0, side / 2.0), radius, radius);
            painter.end();
            m_lapseDiscs.append(image);
        }
        return m_lapseDiscs.at(halfPixels);
    };
    for (const DensityCell &cell : cells) {
        if (cell.lapsed == 0)
            continue;
        // All in lapse covers about half the cell.
        const QRectF rect = cell.area.translated(-origin);
        const qreal radius = std::sqrt(qreal(cell.lapsed) / cell.count) * (std::min(rect.width(), rect.height()) - 1) * 0.4;
        const QImage &image = disc(std::max(1, int(std::lround(radius * 2))));
        const QSizeF size = image.deviceIndependentSize();
        painter->drawImage(QPointF(std::round(rect.center().x() - size.width() / 2), std::round(rect.center().y() - size.height() / 2)), image);
    }
}

QVector<int> ClientDotsItem::rowsAt(QPointF position) const
{
    QVector<int> rows;
    if (m_plotArea.isEmpty())
        return rows;
    const qreal reach = Radius + 1;
    const QPointF low = toValue(position + QPointF(-reach, reach));
    const QPointF high = toValue(position + QPointF(reach, -reach));
    QVector<QPair<qreal, int>> found;
    for (int gx = gridIndex(low.x()); gx <= gridIndex(high.x()); ++gx) {
        for (int gy = gridIndex(low.y()); gy <= gridIndex(high.y()); ++gy) {
            const int cell = gx * GridSize + gy;
            for (int i = m_bucketStart.at(cell); i < m_bucketStart.at(cell + 1); ++i) {
                const int row = m_bucketRows.at(i);
                if (!isShown(row) || row == m_dragRow)
                    continue;
                const QPointF delta = toPosition(m_values.at(row)) - position;
                const qreal distance = std::hypot(delta.x(), delta.y());
                if (distance <= reach)
                    found.append({distance, row});
            }
        }
    }
    std::sort(found.begin(), found.end());
    rows.reserve(found.size());
    for (const auto &hit : std::as_const(found))
        rows.append(hit.second);
    return rows;
}

int ClientDotsItem::cellOf(QPointF position) const
{
    const QPointF offset = position - m_plotArea.topLeft() + QPointF(Radius, Radius);
    return int(offset.y() / BadgeCell) * m_cellColumns + int(offset.x() / BadgeCell);
}

int ClientDotsItem::groupSize(int storeRow) const
{
    if (!isShown(storeRow) || m_plotArea.isEmpty())
        return 0;
    int size = 0;
    const int cell = cellOf(toPosition(m_values.at(storeRow)));
    for (int row : rowsAt(toPosition(m_values.at(storeRow)))) {
        if (cellOf(toPosition(m_values.at(row))) == cell)
            ++size;
    }
    return std::max(size, 1);
}

void ClientDotsItem::renderCache(qreal devicePixelRatio)
{
    countSpots();
    const int shownCount = m_shownCount;
    const int diameter = shownCount > DenseDots ? DotDiameter - 4 : DotDiameter;
    if (m_spriteRatio != devicePixelRatio || m_spriteDiameter != diameter) {
        for (int s = 0; s < SegmentCount; ++s)
            m_sprites[size_t(s)] = SegmentStyle::sprite(Segment(s), diameter, devicePixelRatio, m_dark);
        m_spriteRatio = devicePixelRatio;
        m_spriteDiameter = diameter;
        m_lapseRing = SegmentStyle::lapseRing(diameter + 6, devicePixelRatio);
        m_lapseDiscs.clear();
        m_modeSprites.clear();
        if (m_colorMode != ColorMode::Segment) {
            const auto colours = legend(m_colorMode);
            for (int s = 0; s < SegmentCount; ++s) {
                for (const auto &colour : colours)
                    m_modeSprites.append(SegmentStyle::sprite(Segment(s), colour.first, diameter, devicePixelRatio, m_dark));
            }
        }
    }
    const int colourCount = int(legend(m_colorMode).size());
    const qreal spriteOffset = (DotDiameter - diameter) / 2.0;
    const QRectF area = m_plotArea.adjusted(-Radius, -Radius, Radius, Radius);
    const QSize pixels = (area.size() * devicePixelRatio).toSize();
    const auto blank = [&pixels, devicePixelRatio] {
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(devicePixelRatio);
        image.fill(Qt::transparent);
        return image;
    };
    m_cacheValid = true;
    if (area.isEmpty()) {
        m_cache = blank();
        return;
    }

    m_cellColumns = int(area.width() / BadgeCell) + 1;
    const int cellRows = int(area.height() / BadgeCell) + 1;
    m_cellCounts.fill(0, m_cellColumns * cellRows);
    if (isShowingDensity()) {
        m_cache = blank();
        QPainter painter(&m_cache);
        painter.setRenderHint(QPainter::Antialiasing);
        paintDensity(&painter, area.topLeft());
        return;
    }
    QVector<QPointF> cellAnchor(m_cellCounts.size());

    // Where each shown dot goes and what it looks like, in drawing order.
    struct Stamp
    {
        QPoint at;
        const QImage *sprite;
        bool lapse;
    };
    QVector<Stamp> stamps;
    stamps.reserve(shownCount);
    const SegmentationRules &r = rules();
    const QPointF origin = area.topLeft() + QPointF(Radius, Radius);
    for (int row = 0; row < m_values.size(); ++row) {
        if (row == m_dragRow || !isShown(row))
            continue;
        const QPointF &value = m_values.at(row);
        const QPointF position = toPosition(value) - origin;
        const Segment segment = r.segment(value.x(), value.y());
        stamps.append({QPoint(qRound(position.x() + spriteOffset), qRound(position.y() + spriteOffset)),
                       m_colorMode == ColorMode::Segment ? &m_sprites[size_t(segment)]
                                                         : &m_modeSprites.at(int(segment) * colourCount + colorIndex(row)),
                       row < m_tracker->count() && m_tracker->statusAt(row).isInLapse});
        const int cell = int(position.y() / BadgeCell + Radius / BadgeCell) * m_cellColumns
            + int(position.x() / BadgeCell + Radius / BadgeCell);
        if (cell >= 0 && cell < m_cellCounts.size()) {
            ++m_cellCounts[cell];
            cellAnchor[cell] = position + QPointF(Radius, Radius);
        }
    }

    // Many dots are drawn as two layers on two threads; the second layer goes over the first,
    // which gives the picture of one pass in order.
    std::array<QImage, 2> layers;
    inTwoHalves(
        stamps.size(),
        [&](qsizetype begin, qsizetype end, int half) {
            QImage layer = blank();
            QPainter painter(&layer);
            for (qsizetype i = begin; i < end; ++i) {
                const Stamp &stamp = stamps.at(i);
                painter.drawImage(stamp.at, *stamp.sprite);
                if (stamp.lapse)
                    painter.drawImage(stamp.at - QPoint(3, 3), m_lapseRing);
            }
            layers[size_t(half)] = std::move(layer);
        });
    m_cache = std::move(layers[0]);
    QPainter painter(&m_cache);
    if (!layers[1].isNull())
        painter.drawImage(QPoint(0, 0), layers[1]);

    // Dots that share a spot become a group: a small count beside the top dot.
    const int groups = int(std::count_if(m_cellCounts.cbegin(), m_cellCounts.cend(), [](int count) { return count > 1; }));
    if (groups > MaxBadges)
        return;
    QFont font;
    font.setPixelSize(9);
    font.setBold(true);
    painter.setFont(font);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(font);
    for (int cell = 0; cell < m_cellCounts.size(); ++cell) {
        const int count = m_cellCounts.at(cell);
        if (count < 2)
            continue;
        const QString text = count > 999 ? QStringLiteral("999+") : QString::number(count);
        const QSizeF size(metrics.horizontalAdvance(text) + 5, metrics.height() + 1);
        const QRectF badge(cellAnchor.at(cell) + QPointF(Radius - 2, -Radius - size.height() + 3), size);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_dark ? QColor(235, 235, 235) : QColor(45, 45, 45));
        painter.drawRoundedRect(badge, 3, 3);
        painter.setPen(m_dark ? QColor(20, 20, 20) : Qt::white);
        painter.drawText(badge, Qt::AlignCenter, text);
    }
}

QRectF ClientDotsItem::dotRect(QPointF value) const
{
    const QPointF centre = toPosition(value);
    return QRectF(centre - QPointF(Radius + 3, Radius + 3), QSizeF(DotDiameter + 6, DotDiameter + 6));
}

// The place beside the dot, right, left, above or below (slid along that side to stay in the
// plot), that hides the least of the quadrant and corner names: the first that hides none.
QRectF ClientDotsItem::labelRect(QPointF value, const QString &text, bool bold) const
{
    QFont font;
    font.setBold(bold);
    const QFontMetricsF metrics(font);
    const QSizeF size(metrics.horizontalAdvance(text) + 12, metrics.height() + 6);
    const QPointF centre = toPosition(value);
    const qreal gap = Radius + 5;
    const auto slide = [](qreal start, qreal length, qreal low, qreal high) {
        return std::max(low, std::min(start, high - length));
    };
    const qreal besideY = slide(centre.y() - size.height() / 2, size.height(), m_plotArea.top(), m_plotArea.bottom());
    const qreal besideX = slide(centre.x() - size.width() / 2, size.width(), m_plotArea.left(), m_plotArea.right());
    const std::array<QRectF, 4> places = {QRectF(QPointF(centre.x() + gap, besideY), size),
                                          QRectF(QPointF(centre.x() - gap - size.width(), besideY), size),
                                          QRectF(QPointF(besideX, centre.y() - gap - size.height()), size),
                                          QRectF(QPointF(besideX, centre.y() + gap), size)};
    const auto hidden = [this](const QRectF &place) {
        qreal area = 0;
        for (const QRectF &name : m_avoidedAreas) {
            const QRectF overlap = name & place;
            area += overlap.width() * overlap.height();
        }
        return area;
    };
    const QRectF *best = nullptr;
    qreal bestHidden = 0;
    for (const QRectF &place : places) {
        if (!m_plotArea.contains(place))
            continue;
        const qreal hides = hidden(place);
        if (!best || hides < bestHidden) {
            best = &place;
            bestHidden = hides;
        }
        if (hides == 0)
            break;
    }
    if (best)
        return *best;
    // No room on any side (a long text on a small chart): keep it in the plot as far as it goes.
    QRectF place = places.front();
    place.moveLeft(slide(place.left(), place.width(), m_plotArea.left(), m_plotArea.right()));
    return place;
}

void ClientDotsItem::setAvoidedAreas(const QVector<QRectF> &areas)
{
    if (areas == m_avoidedAreas)
        return;
    m_avoidedAreas = areas;
    m_overlay->update();
}

QRectF ClientDotsItem::selectionLabelRect() const
{
    if (m_selectedRow < 0 || m_selectedRow == m_dragRow || !isShown(m_selectedRow))
        return {};
    return labelRect(m_values.at(m_selectedRow), selectionLabel(), true);
}

void ClientDotsItem::setReadout(QPointF value, const QString &text)
{
    if (value == m_readoutValue && text == m_readoutText)
        return;
    if (!m_readoutText.isEmpty())
        m_overlay->update(readoutRect());
    m_readoutValue = value;
    m_readoutText = text;
    if (!m_readoutText.isEmpty())
        m_overlay->update(readoutRect());
}

QRectF ClientDotsItem::readoutRect() const
{
    return m_readoutText.isEmpty() ? QRectF() : labelRect(m_readoutValue, m_readoutText, true);
}

void ClientDotsItem::paintDot(QPainter *painter, int storeRow, QPointF centre) const
{
    const QRectF rect(centre - QPointF(Radius + 1, Radius + 1), QSizeF(DotDiameter + 2, DotDiameter + 2));
    if (m_colorMode == ColorMode::Segment)
        SegmentStyle::paintShape(painter, segmentOf(storeRow), rect, m_dark);
    else
        SegmentStyle::paintShape(painter, segmentOf(storeRow), rect, legend(m_colorMode).at(colorIndex(storeRow)).first, m_dark);
}

QString ClientDotsItem::dragHint() const
{
    const QLocale locale;
    const Segment segment = rules().segment(m_dragValue.x(), m_dragValue.y());
    const Extreme extreme = rules().extreme(m_dragValue.x(), m_dragValue.y());
    return tr("Satisfaction %1, repurchase %2: %3")
        .arg(locale.toString(m_dragValue.x(), 'f', 1), locale.toString(m_dragValue.y(), 'f', 1),
             segmentLabel(segment, extreme));
}

QString ClientDotsItem::selectionLabel() const
{
    return m_store->at(m_selectedRow).displayName();
}

void ClientDotsItem::beginDrag(int storeRow)
{
    m_dragRow = storeRow;
    m_dragValue = m_values.at(storeRow);
    invalidate(); // the cache now holds every dot but this one
}

void ClientDotsItem::setDragValue(QPointF value)
{
    if (m_dragRow < 0 || value == m_dragValue)
        return;
    const QString oldHint = dragHint();
    m_overlay->update(dotRect(m_dragValue) | labelRect(m_dragValue, oldHint, false));
    m_dragValue = value;
    m_overlay->update(dotRect(m_dragValue) | labelRect(m_dragValue, dragHint(), false));
}

void ClientDotsItem::endDrag()
{
    m_dragRow = -1;
    invalidate();
}

// The selected client's path over the matrix: where each recorded move came from and went.
void ClientDotsItem::paintTrail(QPainter *painter, const QColor &ink) const
{
    const QVector<SegmentChange> history = m_store->history(m_store->at(m_selectedRow).id);
    if (history.isEmpty())
        return;
    QPolygonF trail;
    trail.append(toPosition({history.constFirst().fromSatisfaction, history.constFirst().fromRepurchase}));
    for (const SegmentChange &change : history)
        trail.append(toPosition({change.toSatisfaction, change.toRepurchase}));
    QColor color = ink;
    color.setAlpha(150);
    painter->setPen(QPen(color, 1.5, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(trail);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    for (int i = 0; i < trail.size() - 1; ++i)
        painter->drawEllipse(trail.at(i), 2.5, 2.5);
}

void ClientDotsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option)
    Q_UNUSED(widget)
    // The device, not the widget: a print renders this view into a sharper image.
    const qreal ratio = painter->device()->devicePixelRatioF();
    if (!m_cacheValid || m_cache.devicePixelRatio() != ratio)
        renderCache(ratio);
    painter->drawImage(m_plotArea.topLeft() - QPointF(Radius, Radius), m_cache);
    // The density picture has no dots but the selected client's, under the names like any dot.
    if (isShowingDensity() && m_selectedRow >= 0 && m_selectedRow != m_dragRow && isShown(m_selectedRow)) {
        painter->setRenderHint(QPainter::Antialiasing);
        paintDot(painter, m_selectedRow, toPosition(m_values.at(m_selectedRow)));
    }
}

void ClientDotsItem::paintOverlay(QPainter *painter) const
{
    const QColor ink = m_dark ? QColor(245, 245, 245) : QColor(20, 20, 20);
    const QColor paper = m_dark ? QColor(40, 40, 40, 230) : QColor(255, 255, 255, 235);
    const auto drawLabel = [&](const QRectF &rect, const QString &text, bool bold) {
        painter->setPen(QPen(ink, 1));
        painter->setBrush(paper);
        painter->drawRoundedRect(rect, 4, 4);
        // The font labelRect() measured.
        QFont font;
        font.setBold(bold);
        painter->setFont(font);
        painter->drawText(rect, Qt::AlignCenter, text);
    };

    painter->setRenderHint(QPainter::Antialiasing);
    if (m_selectedRow >= 0 && m_selectedRow != m_dragRow)
        paintTrail(painter, ink);
    if (m_selectedRow >= 0 && m_selectedRow != m_dragRow && isShown(m_selectedRow)) {
        const QPointF centre = toPosition(m_values.at(m_selectedRow));
        painter->setPen(QPen(ink, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(centre, Radius + 3, Radius + 3);
        drawLabel(selectionLabelRect(), selectionLabel(), true);
    }
    if (m_dragRow >= 0) {
        const QPointF centre = toPosition(m_dragValue);
        paintDot(painter, m_dragRow, centre);
        painter->setPen(QPen(ink, 2, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(centre, Radius + 3, Radius + 3);
        drawLabel(labelRect(m_dragValue, dragHint(), false), dragHint(), false);
    }
    if (!m_readoutText.isEmpty())
        drawLabel(readoutRect(), m_readoutText, true);
}
