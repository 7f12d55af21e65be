#include "quadrantchartview.h"

#include "clientdotsitem.h"
#include "clientstore.h"
#include "clientvisibility.h"
#include "halotextitem.h"
#include "segmentstyle.h"

#include <QAreaSeries>
#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTimer>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

using namespace Rapport;

namespace {

constexpr qreal HandleReach = 5.0;

QLineSeries *newLine(QObject *parent)
{
    auto *line = new QLineSeries(parent);
    line->setPointsVisible(false);
    return line;
}

void setRectangle(QAreaSeries *area, qreal x0, qreal y0, qreal x1, qreal y1)
{
    area->upperSeries()->replace({QPointF(x0, y1), QPointF(x1, y1)});
    area->lowerSeries()->replace({QPointF(x0, y0), QPointF(x1, y0)});
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// The colour behind the plot: the theme's background, which some themes paint as a gradient.
QColor backgroundOf(const QChart *chart)
{
    const QBrush brush = chart->backgroundBrush();
    if (const QGradient *gradient = brush.gradient(); gradient && !gradient->stops().isEmpty())
        return gradient->stops().constFirst().second;
    return brush.color();
}

} // namespace

QuadrantChartView::QuadrantChartView(ClientStore *store, ContactTracker *tracker, QWidget *parent)
    : QChartView(parent)
    , m_store(store)
    , m_chart(new QChart)
{
    // QChartView makes a chart of its own and only lets go of it when given ours.
    QChart *placeholder = chart();
    setChart(m_chart);
    delete placeholder;
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Client matrix"));
    setAccessibleDescription(tr("Each client is a dot: satisfaction from left to right, likelihood to repurchase from "
                                "bottom to top. Drag a dot or use the arrow keys to move the selected client; "
                                "hold Shift for bigger steps. Esc cancels a drag."));
    // Shown over the axes and margins: inside the plot, a tooltip names the clients under the mouse.
    setToolTip(tr("The client matrix: drag a dot to move a client, a line to move a boundary"));
    setWhatsThis(tr("<p>Each dot is a client: satisfaction from left to right, likelihood to buy again from bottom to top. "
                    "The quarter a dot falls in is its segment: Loyalists top right, Mercenaries bottom right, Hostages "
                    "top left, Defectors bottom left; the hatched corners hold the Apostles and the Terrorists.</p>"
                    "<p>Click a dot to select the client; drag it, or use the arrow keys, to where the client stands now "
                    "(Esc cancels). Drag a boundary line or a corner to change where the segments begin; every dot and "
                    "the list follow.</p>"
                    "<p>When there are too many clients for dots, coloured cells show how many sit where, with a red disc "
                    "for those in lapse; narrow the list to see the dots again.</p>"));
    m_dots = new ClientDotsItem(store, tracker, m_chart);
    m_dots->setZValue(100);
    buildFrame();

    connect(m_chart, &QChart::plotAreaChanged, this, &QuadrantChartView::layoutFrame);
    connect(store, &ClientStore::rulesChanged, this, [this](const SegmentationRules &rules) { applyRules(rules); });
    applyPalette();
    applyRules(store->rules());
}

QuadrantChartView::~QuadrantChartView() = default;

void QuadrantChartView::buildFrame()
{
    m_chart->legend()->hide();
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));

    m_axisX = new QValueAxis(m_chart);
    m_axisX->setRange(0, 10);
    m_axisX->setTickCount(11);
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    m_axisX->setTitleText(tr("Satisfaction"));
    m_axisY = new QValueAxis(m_chart);
    m_axisY->setRange(0, 10);
    m_axisY->setTickCount(11);
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setTitleText(tr("Likelihood to repurchase"));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);

    const auto addArea = [this] {
        auto *area = new QAreaSeries(newLine(m_chart), newLine(m_chart));
        m_chart->addSeries(area);
        area->attachAxis(m_axisX);
        area->attachAxis(m_axisY);
        return area;
    };
    for (int s = 0; s < SegmentCount; ++s)
        m_tints[s] = addArea();
    m_apostleArea = addArea();
    m_terroristArea = addArea();

    for (QLineSeries **line : {&m_satisfactionLine, &m_repurchaseLine}) {
        *line = newLine(m_chart);
        m_chart->addSeries(*line);
        (*line)->attachAxis(m_axisX);
        (*line)->attachAxis(m_axisY);
    }

    QFont quadrantFont = font();
    quadrantFont.setBold(true);
    quadrantFont.setPointSizeF(quadrantFont.pointSizeF() * 1.1);
    for (int s = 0; s < SegmentCount; ++s) {
        m_quadrantLabels[s] = new HaloTextItem(segmentPluralName(Segment(s)), m_dots);
        m_quadrantLabels[s]->setFont(quadrantFont);
    }
    QFont cornerFont = font();
    cornerFont.setItalic(true);
    // The names are children of the dots: drawn over them, under the selected client's name.
    m_apostleLabel = new HaloTextItem(tr("Apostles"), m_dots);
    m_terroristLabel = new HaloTextItem(tr("Terrorists"), m_dots);
    for (auto *label : {m_apostleLabel, m_terroristLabel})
        label->setFont(cornerFont);
}

std::array<HaloTextItem *, 6> QuadrantChartView::names() const
{
    return {m_quadrantLabels[0], m_quadrantLabels[1], m_quadrantLabels[2], m_quadrantLabels[3], m_apostleLabel, m_terroristLabel};
}

void QuadrantChartView::applyPalette()
{
    const bool dark = isDark(palette());
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->legend()->hide();
    m_chart->setBackgroundRoundness(0);
    const QColor ink = palette().color(QPalette::Text);
    for (int s = 0; s < SegmentCount; ++s) {
        QColor tint = SegmentStyle::color(Segment(s));
        tint.setAlpha(dark ? 40 : 28);
        m_tints[s]->setBrush(tint);
        m_tints[s]->setPen(Qt::NoPen);
        QColor labelColor = SegmentStyle::color(Segment(s));
        labelColor = dark ? labelColor.lighter(130) : labelColor.darker(150);
        m_quadrantLabels[s]->setBrush(labelColor);
    }
    for (QAreaSeries *corner : {m_apostleArea, m_terroristArea}) {
        QColor fill = ink;
        fill.setAlpha(18);
        corner->setBrush(QBrush(fill, Qt::BDiagPattern));
        corner->setPen(QPen(ink, 1, Qt::DashLine));
    }
    for (QLineSeries *line : {m_satisfactionLine, m_repurchaseLine}) {
        QColor color = ink;
        color.setAlpha(170);
        line->setPen(QPen(color, 2));
    }
    m_apostleLabel->setBrush(ink);
    m_terroristLabel->setBrush(ink);
    const QColor halo = backgroundOf(m_chart);
    for (HaloTextItem *label : names())
        label->setHaloColor(halo);
    m_dots->setDarkBackground(dark);
}

void QuadrantChartView::applyRules(const SegmentationRules &rules)
{
    m_shownRules = rules;
    const qreal sx = rules.satisfactionBoundary();
    const qreal ry = rules.repurchaseBoundary();
    setRectangle(m_tints[int(Segment::Loyalist)], sx, ry, 10, 10);
    setRectangle(m_tints[int(Segment::Mercenary)], sx, 0, 10, ry);
    setRectangle(m_tints[int(Segment::Hostage)], 0, ry, sx, 10);
    setRectangle(m_tints[int(Segment::Defector)], 0, 0, sx, ry);
    setRectangle(m_apostleArea, rules.apostleMinimum(), rules.apostleMinimum(), 10, 10);
    setRectangle(m_terroristArea, 0, 0, rules.terroristMaximum(), rules.terroristMaximum());
    m_satisfactionLine->replace({QPointF(sx, 0), QPointF(sx, 10)});
    m_repurchaseLine->replace({QPointF(0, ry), QPointF(10, ry)});
    layoutFrame();
}

void QuadrantChartView::layoutFrame()
{
    const QRectF plot = m_chart->plotArea();
    m_dots->setPlotArea(plot);
    if (plot.isEmpty())
        return;
    const SegmentationRules &rules = m_shownRules;
    const QPointF cross = m_dots->toPosition({rules.satisfactionBoundary(), rules.repurchaseBoundary()});
    const auto place = [](HaloTextItem *label, qreal left, qreal right, qreal y, bool top) {
        const QRectF box = label->boundingRect();
        label->setVisible(right - left > box.width() + 4);
        label->setPos((left + right) / 2 - box.center().x(), top ? y + 2 - box.top() : y - 2 - box.bottom());
    };
    place(m_quadrantLabels[int(Segment::Hostage)], plot.left(), cross.x(), plot.top(), true);
    place(m_quadrantLabels[int(Segment::Loyalist)], cross.x(), plot.right(), plot.top(), true);
    place(m_quadrantLabels[int(Segment::Defector)], plot.left(), cross.x(), plot.bottom(), false);
    place(m_quadrantLabels[int(Segment::Mercenary)], cross.x(), plot.right(), plot.bottom(), false);

    // Corner names sit inside their corner when it is big enough, else just outside it.
    const QPointF apostle = m_dots->toPosition({rules.apostleMinimum(), rules.apostleMinimum()});
    const QRectF apostleBox = m_apostleLabel->boundingRect();
    const bool apostleFits = plot.right() - apostle.x() > apostleBox.width() + 6;
    m_apostleLabel->setPos(apostleFits ? plot.right() - apostleBox.width() - 4 : apostle.x() - apostleBox.width() - 4,
                           apostleFits ? apostle.y() + 2 : apostle.y() - apostleBox.height() - 2);
    m_apostleLabel->setY(std::max(m_apostleLabel->y(), plot.top() + apostleBox.height() + 8));
    const QPointF terrorist = m_dots->toPosition({rules.terroristMaximum(), rules.terroristMaximum()});
    const QRectF terroristBox = m_terroristLabel->boundingRect();
    const bool terroristFits = terrorist.x() - plot.left() > terroristBox.width() + 6;
    m_terroristLabel->setPos(terroristFits ? plot.left() + 4 : terrorist.x() + 4,
                             terroristFits ? terrorist.y() - terroristBox.height() - 2 : terrorist.y() + 2);
    m_terroristLabel->setY(std::min(m_terroristLabel->y(), plot.bottom() - 2 * terroristBox.height() - 8));

    // The name beside the selected dot keeps clear of these.
    QVector<QRectF> areas;
    for (const HaloTextItem *label : names()) {
        if (label->isVisible())
            areas.append(label->mapRectToParent(label->textRect()));
    }
    m_dots->setAvoidedAreas(areas);
}

QImage QuadrantChartView::renderForPrint(ClientStore *store, ContactTracker *tracker, QSize size, qreal scale,
                                         const QString &owner)
{
    QuadrantChartView view(store, tracker);
    if (!owner.isEmpty()) {
        QVector<char> owned(store->count());
        for (int row = 0; row < store->count(); ++row)
            owned[row] = store->at(row).isOwnedBy(owner);
        view.setVisibility(owned);
    }
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setPalette(QApplication::style()->standardPalette());
    view.resize(size);
    view.show();
    // The chart lays itself out through posted events; paint only once that has happened.
    view.m_chart->resize(size);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    view.layoutFrame();
    // Render the scene, not the widget: a scaled painter on a graphics view clips to its
    // size on screen. The picture's pixel ratio makes the dots render sharp.
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area(QPointF(0, 0), QSizeF(size));
    view.scene()->render(&painter, area, view.m_chart->mapRectToScene(view.m_chart->rect()));
    painter.end();
    view.hide();
    return image;
}

void QuadrantChartView::setColorMode(int mode)
{
    const auto colorMode = ClientDotsItem::ColorMode(mode);
    m_dots->setColorMode(colorMode);
    if (colorMode == ClientDotsItem::ColorMode::Segment) {
        m_chart->setTitle(QString());
        return;
    }
    QStringList parts;
    const auto entries = ClientDotsItem::legend(colorMode);
    for (const auto &entry : entries)
        parts.append(QStringLiteral("<span style='color:%1'>&#9632;</span>&nbsp;%2").arg(entry.first.name(), entry.second.toHtmlEscaped()));
    m_chart->setTitle(parts.join(QStringLiteral(" &nbsp; ")));
}

void QuadrantChartView::setSelectedClient(qint64 id)
{
    m_dots->setSelectedRow(id > 0 ? m_store->rowOf(id) : -1);
}

qint64 QuadrantChartView::selectedClient() const
{
    const int row = m_dots->selectedRow();
    return row >= 0 && row < m_store->count() ? m_store->at(row).id : 0;
}

void QuadrantChartView::followFilter(ClientVisibility *visibility)
{
    // The window repaints on its own timer (every few milliseconds); waiting a little longer
    // lets the list and its count show first, and a burst of keystrokes redraws the dots once.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(FilterDelayMs);
    connect(timer, &QTimer::timeout, this, [this, visibility] { setVisibility(visibility->visible()); });
    connect(visibility, &ClientVisibility::visibleChanged, timer, qOverload<>(&QTimer::start));
    // One client shown or hidden by its own change (here or elsewhere): its dot, at once.
    connect(visibility, &ClientVisibility::rowChanged, this,
            [this, visibility](int storeRow) { m_dots->setShown(storeRow, visibility->isVisible(storeRow)); });
    setVisibility(visibility->visible());
}

void QuadrantChartView::setVisibility(const QVector<char> &visible)
{
    m_dots->setVisibility(visible);
}

QPoint QuadrantChartView::viewportPosition(QPointF value) const
{
    return mapFromScene(m_chart->mapToScene(m_dots->toPosition(value)));
}

QPointF QuadrantChartView::chartPosition(QPoint viewportPos) const
{
    return m_chart->mapFromScene(mapToScene(viewportPos));
}

QuadrantChartView::Handle QuadrantChartView::handleAt(QPointF pos) const
{
    const QRectF plot = m_chart->plotArea().adjusted(-HandleReach, -HandleReach, HandleReach, HandleReach);
    if (!plot.contains(pos))
        return Handle::None;
    const SegmentationRules &rules = m_store->rules();
    const QPointF apostle = m_dots->toPosition({rules.apostleMinimum(), rules.apostleMinimum()});
    const QPointF terrorist = m_dots->toPosition({rules.terroristMaximum(), rules.terroristMaximum()});
    const auto near = [](QPointF a, QPointF b) { return std::abs(a.x() - b.x()) <= HandleReach + 2 && std::abs(a.y() - b.y()) <= HandleReach + 2; };
    if (near(pos, apostle))
        return Handle::ApostleCorner;
    if (near(pos, terrorist))
        return Handle::TerroristCorner;
    const QPointF cross = m_dots->toPosition({rules.satisfactionBoundary(), rules.repurchaseBoundary()});
    if (std::abs(pos.x() - cross.x()) <= HandleReach)
        return Handle::SatisfactionBoundary;
    if (std::abs(pos.y() - cross.y()) <= HandleReach)
        return Handle::RepurchaseBoundary;
    return Handle::None;
}

SegmentationRules QuadrantChartView::rulesDraggedTo(Handle handle, QPointF value) const
{
    SegmentationRules rules = m_store->rules();
    const double step = 0.1;
    switch (handle) {
    case Handle::SatisfactionBoundary:
        rules.setSatisfactionBoundary(std::clamp(value.x(), rules.terroristMaximum() + step, rules.apostleMinimum()));
        break;
    case Handle::RepurchaseBoundary:
        rules.setRepurchaseBoundary(std::clamp(value.y(), rules.terroristMaximum() + step, rules.apostleMinimum()));
        break;
    case Handle::ApostleCorner:
        rules.setApostleMinimum(std::clamp(roundToTenth((value.x() + value.y()) / 2),
                                           std::max(rules.satisfactionBoundary(), rules.repurchaseBoundary()), 10.0));
        break;
    case Handle::TerroristCorner:
        rules.setTerroristMaximum(std::clamp(roundToTenth((value.x() + value.y()) / 2), 0.0,
                                             std::min(rules.satisfactionBoundary(), rules.repurchaseBoundary()) - step));
        break;
    case Handle::None:
        break;
    }
    return SegmentationRules(roundToTenth(rules.satisfactionBoundary()), roundToTenth(rules.repurchaseBoundary()),
                             roundToTenth(rules.apostleMinimum()), roundToTenth(rules.terroristMaximum()));
}

// The clients whose dot is under the mouse. The density picture has one dot: the selected
// client's; a click elsewhere on it picks nobody, and reaches the boundaries under the cells.
QVector<int> QuadrantChartView::rowsToPickAt(QPointF chartPos) const
{
    const QVector<int> hits = m_dots->rowsAt(chartPos);
    if (!m_dots->isShowingDensity())
        return hits;
    const int selected = m_dots->selectedRow();
    return hits.contains(selected) ? QVector<int>{selected} : QVector<int>{};
}

// The value a dragged boundary or corner stands at, beside the line where the mouse is.
void QuadrantChartView::showReadout(QPointF mouseValue)
{
    const SegmentationRules &rules = m_shownRules;
    const QLocale locale;
    const auto number = [&locale](double value) -> QString { return locale.toString(value, 'f', 1); };
    switch (m_handle) {
    case Handle::SatisfactionBoundary:
        m_dots->setReadout({rules.satisfactionBoundary(), mouseValue.y()},
                           tr("Satisfaction boundary %1").arg(number(rules.satisfactionBoundary())));
        break;
    case Handle::RepurchaseBoundary:
        m_dots->setReadout({mouseValue.x(), rules.repurchaseBoundary()},
                           tr("Repurchase boundary %1").arg(number(rules.repurchaseBoundary())));
        break;
    case Handle::ApostleCorner:
        m_dots->setReadout({rules.apostleMinimum(), rules.apostleMinimum()},
                           tr("Apostles: both scores %1 or more").arg(number(rules.apostleMinimum())));
        break;
    case Handle::TerroristCorner:
        m_dots->setReadout({rules.terroristMaximum(), rules.terroristMaximum()},
                           tr("Terrorists: both scores %1 or less").arg(number(rules.terroristMaximum())));
        break;
    case Handle::None:
        m_dots->setReadout({}, QString());
        break;
    }
}

void QuadrantChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QChartView::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    QToolTip::hideText();
    const QPoint pos = event->position().toPoint();
    const QPointF chartPos = chartPosition(pos);
    const QVector<int> hits = rowsToPickAt(chartPos);
    m_pressPos = pos;
    if (!hits.isEmpty()) {
        // A second click on the same group picks the next client in it.
        int row = hits.constFirst();
        const bool sameSpot = (pos - m_lastClickPos).manhattanLength() <= 3 && hits == m_lastHits;
        if (sameSpot && hits.contains(m_dots->selectedRow()))
            row = hits.at((hits.indexOf(m_dots->selectedRow()) + 1) % hits.size());
        m_lastHits = hits;
        m_lastClickPos = pos;
        m_pressRow = row;
        m_drag = Drag::Pending;
        m_dots->setSelectedRow(row);
        Q_EMIT clientSelected(m_store->at(row).id);
        event->accept();
        return;
    }
    m_lastHits.clear();
    m_handle = handleAt(chartPos);
    if (m_handle != Handle::None) {
        m_drag = Drag::Handle;
        showReadout(m_dots->toValue(chartPos));
        event->accept();
        return;
    }
    m_dots->setSelectedRow(-1);
    Q_EMIT clientSelected(0);
    event->accept();
}

void QuadrantChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QPointF chartPos = chartPosition(pos);
    switch (m_drag) {
    case Drag::Pending:
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag = Drag::Dot;
        m_dragFrom = QPointF(m_store->at(m_pressRow).satisfaction, m_store->at(m_pressRow).repurchase);
        m_dots->beginDrag(m_pressRow);
        setCursor(Qt::ClosedHandCursor);
        Q_FALLTHROUGH();
    case Drag::Dot:
        m_dots->setDragValue(m_dots->toValue(chartPos));
        return;
    case Drag::Handle: {
        const QPointF value = m_dots->toValue(chartPos);
        const SegmentationRules preview = rulesDraggedTo(m_handle, value);
        if (preview != m_shownRules) {
            applyRules(preview);
            m_dots->setPreviewRules(preview);
        }
        showReadout(value);
        return;
    }
    case Drag::None:
        break;
    }

    // Hovering: show what can be grabbed.
    if (!rowsToPickAt(chartPos).isEmpty()) {
        setCursor(Qt::OpenHandCursor);
        return;
    }
    switch (handleAt(chartPos)) {
    case Handle::SatisfactionBoundary:
        setCursor(Qt::SplitHCursor);
        break;
    case Handle::RepurchaseBoundary:
        setCursor(Qt::SplitVCursor);
        break;
    case Handle::ApostleCorner:
    case Handle::TerroristCorner:
        setCursor(Qt::SizeFDiagCursor);
        break;
    case Handle::None:
        unsetCursor();
        break;
    }
}

void QuadrantChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    if (m_drag == Drag::Dot) {
        const QPointF to = m_dots->dragValue();
        const qint64 id = m_store->at(m_dots->dragRow()).id;
        m_dots->endDrag();
        m_drag = Drag::None;
        unsetCursor();
        if (to != m_dragFrom)
            Q_EMIT moveRequested(id, m_dragFrom, to, false);
    } else if (m_drag == Drag::Handle) {
        const SegmentationRules rules = m_shownRules;
        m_drag = Drag::None;
        m_handle = Handle::None;
        m_dots->clearPreviewRules();
        m_dots->setReadout({}, QString());
        if (rules != m_store->rules()) {
            Q_EMIT rulesChangeRequested(rules);
            // The request may be refused; show what the store holds either way.
            applyRules(m_store->rules());
        }
    }
    m_drag = Drag::None;
    event->accept();
}

void QuadrantChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QVector<int> hits = rowsToPickAt(chartPosition(event->position().toPoint()));
    if (event->button() == Qt::LeftButton && !hits.isEmpty()) {
        const int row = hits.contains(m_dots->selectedRow()) ? m_dots->selectedRow() : hits.constFirst();
        Q_EMIT clientActivated(m_store->at(row).id);
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void QuadrantChartView::cancelDrag()
{
    if (m_drag == Drag::Dot)
        m_dots->endDrag();
    if (m_drag == Drag::Handle) {
        m_dots->clearPreviewRules();
        m_dots->setReadout({}, QString());
        applyRules(m_store->rules());
    }
    m_drag = Drag::None;
    m_handle = Handle::None;
    unsetCursor();
}

void QuadrantChartView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_drag != Drag::None) {
        cancelDrag();
        event->accept();
        return;
    }
    const int row = m_dots->selectedRow();
    const double step = event->modifiers() & Qt::ShiftModifier ? 1.0 : 0.1;
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left:
        delta = {-step, 0};
        break;
    case Qt::Key_Right:
        delta = {step, 0};
        break;
    case Qt::Key_Up:
        delta = {0, step};
        break;
    case Qt::Key_Down:
        delta = {0, -step};
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (row >= 0) {
            Q_EMIT clientActivated(m_store->at(row).id);
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    if (row < 0 || delta.isNull() || m_drag != Drag::None) {
        QChartView::keyPressEvent(event);
        return;
    }
    const Client &client = m_store->at(row);
    const QPointF from(client.satisfaction, client.repurchase);
    const QPointF to(roundToTenth(std::clamp(from.x() + delta.x(), 0.0, 10.0)),
                     roundToTenth(std::clamp(from.y() + delta.y(), 0.0, 10.0)));
    if (to != from)
        Q_EMIT moveRequested(client.id, from, to, true);
    event->accept();
}

void QuadrantChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    layoutFrame();
}

void QuadrantChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

bool QuadrantChartView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (!showDensityToolTipAt(help->pos(), help->globalPos()))
            showToolTipAt(help->pos(), help->globalPos());
        return true;
    }
    return QChartView::viewportEvent(event);
}

// Over the density picture, what the cell under the mouse holds; false elsewhere.
bool QuadrantChartView::showDensityToolTipAt(QPoint viewportPos, QPoint globalPos)
{
    if (m_drag != Drag::None || !m_dots->isShowingDensity())
        return false;
    const QPointF pos = m_dots->mapFromParent(chartPosition(viewportPos));
    const QVector<ClientDotsItem::DensityCell> cells = m_dots->densityCells();
    const auto cell = std::find_if(cells.cbegin(), cells.cend(), [&pos](const ClientDotsItem::DensityCell &c) { return c.area.contains(pos); });
    if (cell == cells.cend())
        return false;
    const QLocale locale;
    const auto number = [&locale](double value) -> QString { return locale.toString(value, 'f', 1); };
    const QString text = QStringLiteral("<qt><b>") + tr("%n clients here", nullptr, cell->count) + QStringLiteral("</b><br/>")
        + tr("Satisfaction %1 to %2, repurchase %3 to %4: %5")
              .arg(number(cell->low.x()), number(cell->high.x()), number(cell->low.y()), number(cell->high.y()),
                   segmentPluralName(cell->segment))
        + QStringLiteral("<br/>") + tr("%n in lapse (%1%)", nullptr, cell->lapsed).arg(std::lround(100.0 * cell->lapsed / cell->count))
        + QStringLiteral("<br/><i>") + tr("Narrow the list to see them as dots.") + QStringLiteral("</i></qt>");
    QToolTip::showText(globalPos, text, viewport());
    return true;
}

void QuadrantChartView::showToolTipAt(QPoint viewportPos, QPoint globalPos)
{
    const QPointF chartPos = chartPosition(viewportPos);
    const QVector<int> hits = m_dots->rowsAt(chartPos);
    if (m_drag != Drag::None) {
        QToolTip::hideText();
        return;
    }
    // Empty space in the plot stays quiet; the axes and margins say what the chart is.
    if (hits.isEmpty()) {
        if (m_chart->plotArea().contains(chartPos))
            QToolTip::hideText();
        else
            QToolTip::showText(globalPos, toolTip(), viewport());
        return;
    }
    const QLocale locale;
    const auto describe = [&](int row) -> QString {
        const Client &client = m_store->at(row);
        QString line = client.displayName().toHtmlEscaped();
        if (!client.company.isEmpty() && client.company != client.displayName())
            line += QStringLiteral(" &middot; ") + client.company.toHtmlEscaped();
        return line + QStringLiteral("<br/>") + tr("Satisfaction %1, repurchase %2: %3")
            .arg(locale.toString(client.satisfaction, 'f', 1), locale.toString(client.repurchase, 'f', 1),
                 segmentLabel(m_store->segmentAt(row), m_store->extremeAt(row)));
    };
    QString text;
    if (hits.size() == 1) {
        text = describe(hits.constFirst());
    } else {
        text = QStringLiteral("<b>") + tr("%n clients here", nullptr, int(hits.size())) + QStringLiteral("</b>");
        const int shown = std::min<int>(int(hits.size()), 8);
        for (int i = 0; i < shown; ++i)
            text += QStringLiteral("<br/>") + describe(hits.at(i));
        if (hits.size() > shown)
            text += QStringLiteral("<br/>") + tr("and %n more; click again to pick the next", nullptr, int(hits.size()) - shown);
        else
            text += QStringLiteral("<br/><i>") + tr("Click again to pick the next one.") + QStringLiteral("</i>");
    }
    QToolTip::showText(globalPos, QStringLiteral("<qt>") + text + QStringLiteral("</qt>"), viewport());
}
