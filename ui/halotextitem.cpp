#include "halotextitem.h"

#include <QFontMetricsF>
#include <QPainter>

HaloTextItem::HaloTextItem(const QString &text, QGraphicsItem *parent)
    : QGraphicsSimpleTextItem(text, parent)
{
    // Outlining the glyphs is the dearest thing the chart draws: done once per look and size,
    // not on every repaint of the dots beneath.
    setCacheMode(DeviceCoordinateCache);
}

void HaloTextItem::setHaloColor(const QColor &color)
{
    if (color == m_halo)
        return;
    m_halo = color;
    update();
}

QRectF HaloTextItem::boundingRect() const
{
    return textRect().adjusted(-HaloWidth, -HaloWidth, HaloWidth, HaloWidth);
}

QPainterPath HaloTextItem::shape() const
{
    QPainterPath path;
    path.addRect(boundingRect());
    return path;
}

void HaloTextItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    // The halo is the glyphs' outline drawn wide; the text itself is drawn as usual on top,
    // with the font's hinting.
    QPainterPath glyphs;
    glyphs.addText(0, QFontMetricsF(font()).ascent(), font(), text());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->strokePath(glyphs, QPen(m_halo, 2 * HaloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->restore();
    QGraphicsSimpleTextItem::paint(painter, option, widget);
}
