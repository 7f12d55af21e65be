#pragma once

#include <QColor>
#include <QGraphicsSimpleTextItem>

/**
 * A line of text ringed with a halo in the background's colour, so that it stays readable
 * when it lies over the chart's dots.
 */
class HaloTextItem : public QGraphicsSimpleTextItem
{
public:
    static constexpr qreal HaloWidth = 2.5;

    explicit HaloTextItem(const QString &text, QGraphicsItem *parent = nullptr);

    void setHaloColor(const QColor &color);
    QColor haloColor() const { return m_halo; }

    /** The text's own box, inside the halo, in item coordinates. */
    QRectF textRect() const { return QGraphicsSimpleTextItem::boundingRect(); }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QColor m_halo = Qt::white;
};
