#pragma once

#include "segmentationrules.h"

#include <QGraphicsObject>
#include <QImage>
#include <QVector>

#include <array>

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

    /** Colours the dots with @p rules instead of the store's, while a boundary is dragged. */
    void setPreviewRules(const Rapport::SegmentationRules &rules);
    void clearPreviewRules();

    void setSelectedRow(int storeRow);
    int selectedRow() const { return m_selectedRow; }

    /** Store rows of the shown clients whose dot covers @p position, nearest first. */
    QVector<int> rowsAt(QPointF position) const;
    /** How many shown clients share the group (badge) of the dot of @p storeRow. */
    int groupSize(int storeRow) const;

    void beginDrag(int storeRow);
    void setDragValue(QPointF value);
    void endDrag();
    bool isDragging() const { return m_dragRow >= 0; }
    int dragRow() const { return m_dragRow; }
    QPointF dragValue() const { return m_dragValue; }

private:
    void onStoreReset();
    void onClientsAdded(int first, int last);
    void onClientsRemoved(int first, int last);
    void onClientChanged(int row);
    void invalidate();
    void rebuildIndex();
    void renderCache(qreal devicePixelRatio);
    QPointF valueOf(int storeRow) const;
    Rapport::Segment segmentOf(int storeRow) const;
    const Rapport::SegmentationRules &rules() const;
    QRectF dotRect(QPointF value) const;
    QRectF labelRect(QPointF value, const QString &text) const;
    QString dragHint() const;
    QString selectionLabel() const;
    int cellOf(QPointF position) const;

    void paintTrail(QPainter *painter, const QColor &ink) const;

    Rapport::ClientStore *m_store;
    Rapport::ContactTracker *m_tracker;
    QImage m_lapseRing;
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
    Rapport::SegmentationRules m_previewRules;
    bool m_previewing = false;
    int m_selectedRow = -1;
    int m_dragRow = -1;
    QPointF m_dragValue;
};
