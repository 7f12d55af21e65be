#pragma once

#include "segment.h"

#include <QColor>
#include <QIcon>
#include <QImage>
#include <QPixmap>

#include <functional>

class QPainter;

/**
 * How a segment looks everywhere in Rapport: a colour from the Okabe-Ito palette (readable
 * with the common colour-vision deficiencies) and a shape of its own, so that colour is never
 * the only cue.
 */
class SegmentStyle
{
public:
    static QColor color(Rapport::Segment segment);
    /** Draws the segment's shape centred in @p rect. */
    static void paintShape(QPainter *painter, Rapport::Segment segment, const QRectF &rect, bool darkBackground = false);
    /** Draws the segment's shape filled with @p fill instead of the segment's colour. */
    static void paintShape(QPainter *painter, Rapport::Segment segment, const QRectF &rect, const QColor &fill,
                           bool darkBackground);
    /** A dot sprite of @p diameter logical pixels at @p devicePixelRatio (an image: drawn on any thread). */
    static QImage sprite(Rapport::Segment segment, int diameter, qreal devicePixelRatio, bool darkBackground = false);
    static QImage sprite(Rapport::Segment segment, const QColor &fill, int diameter, qreal devicePixelRatio, bool darkBackground);
    /** A small icon of the segment's shape, for lists and menus. */
    static QIcon icon(Rapport::Segment segment);
    /** The colour that marks a lapse or an alert (a dark red that reads on light and dark). */
    static QColor lapseColor();
    /** A small warning mark for clients in lapse or with an alert. */
    static QIcon lapseIcon();
    /**
     * A 14 px icon drawn by @p draw with antialiasing on a transparent ground, at one and at two
     * device pixels per pixel.
     */
    static QIcon smallIcon(const std::function<void(QPainter &)> &draw);
    /** A ring drawn around the dot of a client in lapse. */
    static QImage lapseRing(int diameter, qreal devicePixelRatio);
};
