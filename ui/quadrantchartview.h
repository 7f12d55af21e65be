#pragma once

#include "segmentationrules.h"

#include <QChartView>
#include <QPointer>

#include <array>

class QAreaSeries;
class QLineSeries;
class QValueAxis;
class ClientDotsItem;
class HaloTextItem;
class ClientVisibility;

namespace Rapport {
class ClientStore;
class ContactTracker;
}

/**
 * The satisfaction / likelihood-to-repurchase matrix: the one class that knows Qt Charts.
 *
 * Qt Charts draws the frame (axes, grid, quadrant tints, boundary lines); ClientDotsItem
 * draws the clients. Dragging a dot, nudging it with the arrow keys or dragging a boundary
 * never writes: the view asks for the change with a signal on release, and the caller
 * records it (through the undo stack). Esc cancels a drag.
 */
class QuadrantChartView : public QChartView
{
    Q_OBJECT

public:
    QuadrantChartView(Rapport::ClientStore *store, Rapport::ContactTracker *tracker, QWidget *parent = nullptr);
    ~QuadrantChartView() override;

    /** Highlights the client with @p id (0 for none). */
    void setSelectedClient(qint64 id);
    qint64 selectedClient() const;

    /** Per store row: 1 when the client is shown; the others are hidden. */
    void setVisibility(const QVector<char> &visible);
    /**
     * Shows the clients @p visibility lets through, and follows it. The chart follows
     * FilterDelayMs after the last change, so that a keystroke's list (and its count) is
     * painted first and the dots follow once typing pauses.
     */
    void followFilter(ClientVisibility *visibility);
    static constexpr int FilterDelayMs = 30;

    /** Where the point (satisfaction, repurchase) is drawn, in viewport coordinates. */
    QPoint viewportPosition(QPointF value) const;

    ClientDotsItem *dotsItem() const { return m_dots; }

    /** Colours the dots by segment (the default), NPS category or ladder rung; the legend goes in the title. */
    void setColorMode(int mode);

    /**
     * A picture of the matrix for print, in the light palette, @p size logical pixels at
     * @p scale: made with a view of its own, laid out before it is painted. With @p owner, the
     * dots of that account owner's clients only (Client::isOwnedBy()).
     */
    static QImage renderForPrint(Rapport::ClientStore *store, Rapport::ContactTracker *tracker, QSize size,
                                 qreal scale = 2.0, const QString &owner = QString());

Q_SIGNALS:
    /** Emitted when the user picked a client on the chart (0 when clicking empty space). */
    void clientSelected(qint64 id);
    /** Emitted when the user double-clicked a client. */
    void clientActivated(qint64 id);
    /** Emitted on release of a drag, or on a key nudge: the client should move from @p from to @p to. */
    void moveRequested(qint64 id, QPointF from, QPointF to, bool isNudge);
    /** Emitted on release of a boundary or corner drag. */
    void rulesChangeRequested(const Rapport::SegmentationRules &rules);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    enum class Handle { None, SatisfactionBoundary, RepurchaseBoundary, ApostleCorner, TerroristCorner };

    void buildFrame();
    /** The names of the quadrants and corners. */
    std::array<HaloTextItem *, 6> names() const;
    void layoutFrame();
    void applyRules(const Rapport::SegmentationRules &rules);
    void applyPalette();
    Handle handleAt(QPointF chartPos) const;
    QVector<int> rowsToPickAt(QPointF chartPos) const;
    Rapport::SegmentationRules rulesDraggedTo(Handle handle, QPointF value) const;
    QPointF chartPosition(QPoint viewportPos) const;
    void showReadout(QPointF mouseValue);
    void cancelDrag();
    bool showDensityToolTipAt(QPoint viewportPos, QPoint globalPos);
    void showToolTipAt(QPoint viewportPos, QPoint globalPos);

    Rapport::ClientStore *m_store;
    QChart *m_chart;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QLineSeries *m_satisfactionLine;
    QLineSeries *m_repurchaseLine;
    QAreaSeries *m_tints[4];
    QAreaSeries *m_apostleArea;
    QAreaSeries *m_terroristArea;
    HaloTextItem *m_quadrantLabels[4];
    HaloTextItem *m_apostleLabel;
    HaloTextItem *m_terroristLabel;
    ClientDotsItem *m_dots;
    Rapport::SegmentationRules m_shownRules;

    enum class Drag { None, Pending, Dot, Handle } m_drag = Drag::None;
    Handle m_handle = Handle::None;
    QPoint m_pressPos;
    int m_pressRow = -1;
    QPointF m_dragFrom;
    QVector<int> m_lastHits; ///< rows under the last click, to cycle through a group
    QPoint m_lastClickPos;
};
