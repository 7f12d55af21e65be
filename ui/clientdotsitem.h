#pragma once

#include "segmentationrules.h"

#include <QGraphicsObject>
#include <QImage>
#include <QVector>

#include <array>
#include <functional>

namespace Rapport {
class ClientStore;
class ContactTracker;
}

/**
 * Every client dot of the quadrant chart in one graphics item.
 *
 * Dots are pre-rendered sprites painted into a cached picture of the plot area; the cache is
 * rebuilt only when clients, rules, filter or size change. While a dot is dragged the cache
 * holds all the other dots, so a mouse move repaints one sprite and a label. Clients are
 * found under the mouse through a grid indexed by their (rounded) scores.
 *
 * Children of this item (the chart's names of quadrants) lie over the dots; the selected
 * client, the dragged dot and the labels beside them lie over everything.
 *
 * When the shown clients are too many to tell apart, the picture shows their density per
 * cell instead of dots, with the share of them in lapse.
 */
class ClientDotsItem : public QGraphicsObject
{
    Q_OBJECT

public:
    static constexpr int DotDiameter = 11;

    /** What a dot's colour tells; its shape always tells the segment. */
    enum class ColorMode { Segment, Nps, Rung };
    void setColorMode(ColorMode mode);
    ColorMode colorMode() const { return m_colorMode; }
    /** The colours of @p mode with their names, for a legend. */
    static QVector<QPair<QColor, QString>> legend(ColorMode mode);

    ClientDotsItem(Rapport::ClientStore *store, Rapport::ContactTracker *tracker, QGraphicsItem *parent = nullptr);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /** The plot area in this item's parent coordinates: where 0..10 maps to. */
    void setPlotArea(const QRectF &plotArea);
    QRectF plotArea() const { return m_plotArea; }
    void setDarkBackground(bool dark);

    QPointF toPosition(QPointF value) const;
    /** Scores at @p position, clamped to 0..10 and rounded to one decimal. */
    QPointF toValue(QPointF position) const;

    /** Per store row: 1 when the client is shown (the list's filter). */
    void setVisibility(const QVector<char> &visible);
    bool isShown(int storeRow) const;
    /** Shows or hides the client in @p storeRow alone (it changed), without counting every client again. */
    void setShown(int storeRow, bool shown);

    /** Colours the dots with @p rules instead of the store's, while a boundary is dragged. */
    void setPreviewRules(const Rapport::SegmentationRules &rules);
    void clearPreviewRules();

    void setSelectedRow(int storeRow);
    int selectedRow() const { return m_selectedRow; }

    /** Store rows of the shown clients whose dot covers @p position, nearest first. */
    QVector<int> rowsAt(QPointF position) const;
    /** How many shown clients share the group (badge) of the dot of @p storeRow. */
    int groupSize(int storeRow) const;

    /** Areas the labels beside a dot keep clear of (the names of quadrants and corners), in item coordinates. */
    void setAvoidedAreas(const QVector<QRectF> &areas);
    /** Where the selected client's name is shown, in item coordinates; empty when it is not shown. */
    QRectF selectionLabelRect() const;

    /** Shows @p text in a label beside the point @p value, such as a dragged boundary's value; an empty text hides it. */
    void setReadout(QPointF value, const QString &text);
    QString readout() const { return m_readoutText; }
    /** Where the readout is shown, in item coordinates; empty when it is hidden. */
    QRectF readoutRect() const;

    /**
     * Past this share of the plot covered by dots (one per distinct spot of the shown clients),
     * dots merge into a carpet and the chart shows their density instead.
     */
    static constexpr qreal DensityCoverage = 0.5;
    /** True when the shown clients are too many to tell apart, and the chart shows how dense they are. */
    bool isShowingDensity() const;
    /** A cell of the density picture. */
    struct DensityCell
    {
        QRectF area;  ///< in item coordinates
        QPointF low;  ///< the lowest (satisfaction, repurchase) of the cell
        QPointF high; ///< the highest, included
        Rapport::Segment segment;
        int count;
        int lapsed;
    };
    /** The cells holding shown clients, column by column; their edges follow the segment boundaries. */
    QVector<DensityCell> densityCells() const;

    void beginDrag(int storeRow);
    void setDragValue(QPointF value);
    void endDrag();
    bool isDragging() const { return m_dragRow >= 0; }
    int dragRow() const { return m_dragRow; }
    QPointF dragValue() const { return m_dragValue; }

private:
    class Overlay;
    void paintOverlay(QPainter *painter) const;
    void onStoreReset();
    void onClientsAdded(int first, int last);
    void onClientsRemoved(int first, int last);
    void onClientChanged(int row);
    void changeDot(int row, const std::function<void()> &apply);
    void countDot(int row, int sign) const;
    void moveInIndex(int row, QPointF from, QPointF to);
    void invalidate();
    void invalidateCounts();
    void countSpots() const;
    void paintDensity(QPainter *painter, QPointF origin);
    void rebuildIndex();
    void renderCache(qreal devicePixelRatio);
    QPointF valueOf(int storeRow) const;
    Rapport::Segment segmentOf(int storeRow) const;
    const Rapport::SegmentationRules &rules() const;
    QRectF dotRect(QPointF value) const;
    QRectF labelRect(QPointF value, const QString &text, bool bold) const;
    QString dragHint() const;
    QString selectionLabel() const;
    void paintDot(QPainter *painter, int storeRow, QPointF centre) const;
    int cellOf(QPointF position) const;

    void paintTrail(QPainter *painter, const QColor &ink) const;

    Rapport::ClientStore *m_store;
    Rapport::ContactTracker *m_tracker;
    Overlay *m_overlay;
    QImage m_lapseRing;
    QVector<QImage> m_lapseDiscs; ///< a red disc per half pixel of radius, for the density picture
    QVector<QPointF> m_values;       ///< (satisfaction, repurchase) per store row
    QVector<char> m_visible;         ///< per store row
    QVector<int> m_bucketStart;      ///< grid of 101 x 101 score cells, offsets into m_bucketRows
    QVector<int> m_bucketRows;
    QVector<int> m_groupCell;        ///< per store row: its badge cell in the cache, or -1
    QVector<int> m_cellCounts;       ///< per badge cell
    int m_cellColumns = 0;
    QRectF m_plotArea;
    bool m_dark = false;
    bool m_cacheValid = false;
    QImage m_cache;
    int colorIndex(int storeRow) const;
    std::array<QImage, Rapport::SegmentCount> m_sprites;
    QVector<QImage> m_modeSprites; ///< [segment * colours + colour] for the NPS and rung modes
    ColorMode m_colorMode = ColorMode::Segment;
    qreal m_spriteRatio = 0;
    int m_spriteDiameter = 0;
    QVector<QRectF> m_avoidedAreas;
    QPointF m_readoutValue;
    QString m_readoutText;
    // Shown clients per spot (a score pair to one decimal, as in the grid), and those in
    // lapse: counted in one pass when clients, filter or statuses change, not on a resize.
    mutable QVector<int> m_spotCounts;
    mutable QVector<int> m_spotLapsed;
    mutable QVector<char> m_lapsed; ///< per store row: in lapse when last counted
    mutable int m_occupiedSpots = 0;
    mutable int m_shownCount = 0;
    mutable bool m_countsValid = false;
    Rapport::SegmentationRules m_previewRules;
    bool m_previewing = false;
    int m_selectedRow = -1;
    int m_dragRow = -1;
    QPointF m_dragValue;
};
