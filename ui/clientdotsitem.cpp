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

using namespace Rapport;

namespace {

constexpr int GridSize = 101;  // scores are stored with one decimal: 0.0 .. 10.0
constexpr int BadgeCell = 12;  // dots closer than this on screen form one group
constexpr int MaxBadges = 150; // past this many groups, counts are noise: the cloud shows density
constexpr int DenseDots = 2000; // past this many dots, smaller sprites keep the cloud readable
constexpr qreal Radius = ClientDotsItem::DotDiameter / 2.0;

int gridIndex(double score)
{
    return std::clamp(int(std::lround(score * 10.0)), 0, GridSize - 1);
}

} // namespace

ClientDotsItem::ClientDotsItem(ClientStore *store, ContactTracker *tracker, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_store(store)
    , m_tracker(tracker)
{
    setFlag(ItemUsesExtendedStyleOption);
    connect(store, &ClientStore::resetDone, this, &ClientDotsItem::onStoreReset);
    connect(store, &ClientStore::clientsAdded, this, &ClientDotsItem::onClientsAdded);
    connect(store, &ClientStore::clientsRemoved, this, &ClientDotsItem::onClientsRemoved);
    connect(store, &ClientStore::clientChanged, this, &ClientDotsItem::onClientChanged);
    connect(store, &ClientStore::rulesChanged, this, &ClientDotsItem::invalidate);
    connect(store, &ClientStore::historyChanged, this, [this](qint64 clientId) {
        if (m_selectedRow >= 0 && m_store->at(m_selectedRow).id == clientId)
            update();
    });
    // A status change comes with a write (a logged call, a move), never with a mouse move.
    connect(tracker, &ContactTracker::statusChanged, this, &ClientDotsItem::invalidate);
    connect(tracker, &ContactTracker::statusesReset, this, &ClientDotsItem::invalidate);
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
    invalidate();
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
    update();
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
    invalidate();
}

void ClientDotsItem::onClientsAdded(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const Client &client = m_store->at(row);
        m_values.append({client.satisfaction, client.repurchase});
    }
    rebuildIndex();
    invalidate();
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
    invalidate();
}

void ClientDotsItem::onClientChanged(int row)
{
    const Client &client = m_store->at(row);
    const QPointF value(client.satisfaction, client.repurchase);
    if (value == m_values.at(row)) {
        // Same place; in the NPS and rung modes the colour may still have changed.
        if (m_colorMode != ColorMode::Segment)
            invalidate();
        return;
    }
    m_values[row] = value;
    rebuildIndex();
    invalidate();
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
    int shownCount = 0;
    for (int row = 0; row < m_values.size(); ++row)
        shownCount += isShown(row) ? 1 : 0;
    const int diameter = shownCount > DenseDots ? DotDiameter - 4 : DotDiameter;
    if (m_spriteRatio != devicePixelRatio || m_spriteDiameter != diameter) {
        for (int s = 0; s < SegmentCount; ++s)
            m_sprites[size_t(s)] = SegmentStyle::sprite(Segment(s), diameter, devicePixelRatio, m_dark);
        m_spriteRatio = devicePixelRatio;
        m_spriteDiameter = diameter;
        m_lapseRing = SegmentStyle::lapseRing(diameter + 6, devicePixelRatio);
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

QRectF ClientDotsItem::labelRect(QPointF value, const QString &text) const
{
    QFont font;
    const QFontMetricsF metrics(font);
    const QSizeF size(metrics.horizontalAdvance(text) + 10, metrics.height() + 6);
    const QPointF centre = toPosition(value);
    QPointF topLeft = centre + QPointF(Radius + 4, -Radius - size.height());
    if (topLeft.x() + size.width() > m_plotArea.right())
        topLeft.setX(centre.x() - Radius - 4 - size.width());
    if (topLeft.y() < m_plotArea.top() - 30)
        topLeft.setY(centre.y() + Radius + 2);
    return QRectF(topLeft, size);
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
    update(dotRect(m_dragValue) | labelRect(m_dragValue, oldHint));
    m_dragValue = value;
    update(dotRect(m_dragValue) | labelRect(m_dragValue, dragHint()));
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

    const QColor ink = m_dark ? QColor(245, 245, 245) : QColor(20, 20, 20);
    const QColor paper = m_dark ? QColor(40, 40, 40, 230) : QColor(255, 255, 255, 235);
    const auto drawLabel = [&](QPointF value, const QString &text, bool bold) {
        const QRectF rect = labelRect(value, text);
        painter->setPen(QPen(ink, 1));
        painter->setBrush(paper);
        painter->drawRoundedRect(rect, 4, 4);
        QFont font = painter->font();
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
        drawLabel(m_values.at(m_selectedRow), selectionLabel(), true);
    }
    if (m_dragRow >= 0) {
        const QPointF centre = toPosition(m_dragValue);
        SegmentStyle::paintShape(painter, segmentOf(m_dragRow),
                                 QRectF(centre - QPointF(Radius + 1, Radius + 1), QSizeF(DotDiameter + 2, DotDiameter + 2)), m_dark);
        painter->setPen(QPen(ink, 2, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(centre, Radius + 3, Radius + 3);
        drawLabel(m_dragValue, dragHint(), false);
    }
}
