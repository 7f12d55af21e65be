#pragma once

#include "segment.h"

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QVector>

namespace Rapport {

/** What made a client move on the matrix. */
enum class ChangeSource { Drag, Edit, Import };

/** One stored move of a client on the matrix: when, from where and to where. */
struct SegmentChange
{
    qint64 id = 0;
    qint64 clientId = 0;
    QDateTime changedAt; ///< UTC
    double fromSatisfaction = 0;
    double fromRepurchase = 0;
    double toSatisfaction = 0;
    double toRepurchase = 0;
    Segment fromSegment = Segment::Loyalist;
    Extreme fromExtreme = Extreme::None;
    Segment toSegment = Segment::Loyalist;
    Extreme toExtreme = Extreme::None;
    ChangeSource source = ChangeSource::Edit;
    bool acknowledged = false;
    QString changedBy; ///< who moved the client (ClientStore::author()); empty for a move made before authors were kept

    /**
     * A move for the worse: into the Terrorist corner, into the Defector quadrant, or from
     * Loyalist to Mercenary.
     */
    bool isWorsening() const;
    /** A move for the worse the owner has not acknowledged yet. */
    bool isAlert() const { return isWorsening() && !acknowledged; }

    static QString sourceKey(ChangeSource source);
    static bool sourceFromKey(const QString &key, ChangeSource *source);

    friend bool operator==(const SegmentChange &a, const SegmentChange &b);
    friend bool operator!=(const SegmentChange &a, const SegmentChange &b) { return !(a == b); }
};

/** Where a client is heading. */
enum class Trend { Improving, Stable, Worsening };

/**
 * The trend of a client over the @p days before @p today: the sum of both scores now against
 * where the client stood then, with a change of at least one point counting.
 * @p history is in time order; the current scores are passed in.
 */
Trend trendOf(const QVector<SegmentChange> &history, double satisfaction, double repurchase, QDate today, int days = 90);

QString trendName(Trend trend);

/** Segment and extreme from their stable keys; false for an unknown key. */
bool segmentFromKey(const QString &key, Segment *segment);
QString extremeKey(Extreme extreme);
bool extremeFromKey(const QString &key, Extreme *extreme);

} // namespace Rapport

Q_DECLARE_METATYPE(Rapport::SegmentChange)
