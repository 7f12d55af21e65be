#include "segmentstyle.h"

#include <QPainter>
#include <QPainterPath>

using Rapport::Segment;

QColor SegmentStyle::color(Segment segment)
{
    switch (segment) {
    case Segment::Loyalist:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case Segment::Mercenary:
        return QColor(0x00, 0x72, 0xB2); // blue
    case Segment::Hostage:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case Segment::Defector:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    }
    return Qt::gray;
}

void SegmentStyle::paintShape(QPainter *painter, Segment segment, const QRectF &rect, bool darkBackground)
{
    paintShape(painter, segment, rect, color(segment), darkBackground);
}

void SegmentStyle::paintShape(QPainter *painter, Segment segment, const QRectF &rect, const QColor &fill, bool darkBackground)
{
    const QRectF r = rect.adjusted(1, 1, -1, -1);
    QPainterPath path;
    switch (segment) {
    case Segment::Loyalist:
        path.addEllipse(r);
        break;
    case Segment::Mercenary: {
        const QPointF c = r.center();
        path.moveTo(c.x(), r.top());
        path.lineTo(r.right(), c.y());
        path.lineTo(c.x(), r.bottom());
        path.lineTo(r.left(), c.y());
        path.closeSubpath();
        break;
    }
    case Segment::Hostage:
        path.addRect(r.adjusted(r.width() * 0.08, r.height() * 0.08, -r.width() * 0.08, -r.height() * 0.08));
        break;
    case Segment::Defector:
        path.moveTo(r.center().x(), r.top());
        path.lineTo(r.right(), r.bottom());
        path.lineTo(r.left(), r.bottom());
        path.closeSubpath();
        break;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(darkBackground ? QColor(240, 240, 240) : QColor(40, 40, 40), 1.0));
    painter->setBrush(fill);
    painter->drawPath(path);
    painter->restore();
}

QImage SegmentStyle::sprite(Segment segment, int diameter, qreal devicePixelRatio, bool darkBackground)
{
    return sprite(segment, color(segment), diameter, devicePixelRatio, darkBackground);
}

QImage SegmentStyle::sprite(Segment segment, const QColor &fill, int diameter, qreal devicePixelRatio, bool darkBackground)
{
    QImage image(QSize(diameter, diameter) * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paintShape(&painter, segment, QRectF(0, 0, diameter, diameter), fill, darkBackground);
    return image;
}

QIcon SegmentStyle::icon(Segment segment)
{
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        icon.addPixmap(QPixmap::fromImage(sprite(segment, 14, ratio)));
        // A selected row is drawn in the highlight colour, which may be as blue as a Mercenary:
        // there the shape gets a light outline.
        icon.addPixmap(QPixmap::fromImage(sprite(segment, 14, ratio, true)), QIcon::Selected);
    }
    return icon;
}

QColor SegmentStyle::lapseColor()
{
    return QColor(0xC6, 0x28, 0x28);
}

QIcon SegmentStyle::smallIcon(const std::function<void(QPainter &)> &draw)
{
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap(QSize(14, 14) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        draw(painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon SegmentStyle::lapseIcon()
{
    return smallIcon([](QPainter &painter) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(lapseColor());
        painter.drawEllipse(QRectF(1, 1, 12, 12));
        painter.setPen(QPen(Qt::white, 2));
        painter.drawLine(QPointF(7, 3.5), QPointF(7, 8));
        painter.drawPoint(QPointF(7, 10.5));
    });
}

QImage SegmentStyle::lapseRing(int diameter, qreal devicePixelRatio)
{
    QImage image(QSize(diameter, diameter) * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(lapseColor(), 2.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(QRectF(1, 1, diameter - 2, diameter - 2));
    return image;
}
