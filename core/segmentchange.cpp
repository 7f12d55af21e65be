#include "segmentchange.h"

#include "localdate.h"

#include <QCoreApplication>

namespace Rapport {

bool SegmentChange::isWorsening() const
{
    if (toExtreme == Extreme::Terrorist && fromExtreme != Extreme::Terrorist)
        return true;
    if (toSegment == Segment::Defector && fromSegment != Segment::Defector)
        return true;
    return fromSegment == Segment::Loyalist && toSegment == Segment::Mercenary;
}

QString SegmentChange::sourceKey(ChangeSource source)
{
    switch (source) {
    case ChangeSource::Drag:
        return QStringLiteral("drag");
    case ChangeSource::Edit:
        return QStringLiteral("edit");
    case ChangeSource::Import:
        return QStringLiteral("import");
    }
    return {};
}

bool SegmentChange::sourceFromKey(const QString &key, ChangeSource *source)
{
    for (ChangeSource s : {ChangeSource::Drag, ChangeSource::Edit, ChangeSource::Import}) {
        if (sourceKey(s) == key) {
            *source = s;
            return true;
        }
    }
    return false;
}

bool operator==(const SegmentChange &a, const SegmentChange &b)
{
    return a.id == b.id && a.clientId == b.clientId && a.changedAt == b.changedAt
        && a.fromSatisfaction == b.fromSatisfaction && a.fromRepurchase == b.fromRepurchase
        && a.toSatisfaction == b.toSatisfaction && a.toRepurchase == b.toRepurchase
        && a.fromSegment == b.fromSegment && a.fromExtreme == b.fromExtreme && a.toSegment == b.toSegment
        && a.toExtreme == b.toExtreme && a.source == b.source && a.acknowledged == b.acknowledged;
}

Trend trendOf(const QVector<SegmentChange> &history, double satisfaction, double repurchase, QDate today, int days)
{
    const QDate start = today.addDays(-days);
    // Where the client stood at the start: after the last move before it, or before the first
    // move since; with no move in the window, where the client stands now.
    double startSum = satisfaction + repurchase;
    bool found = false;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (localDate(it->changedAt) <= start) {
            startSum = it->toSatisfaction + it->toRepurchase;
            found = true;
            break;
        }
    }
    if (!found) {
        for (const SegmentChange &change : history) {
            if (localDate(change.changedAt) > start) {
                startSum = change.fromSatisfaction + change.fromRepurchase;
                break;
            }
        }
    }
    const double delta = satisfaction + repurchase - startSum;
    if (delta >= 1.0 - 1e-9)
        return Trend::Improving;
    if (delta <= -1.0 + 1e-9)
        return Trend::Worsening;
    return Trend::Stable;
}

QString trendName(Trend trend)
{
    switch (trend) {
    case Trend::Improving:
        return QCoreApplication::translate("Rapport", "improving");
    case Trend::Stable:
        return QCoreApplication::translate("Rapport", "stable");
    case Trend::Worsening:
        return QCoreApplication::translate("Rapport", "worsening");
    }
    return {};
}

bool segmentFromKey(const QString &key, Segment *segment)
{
    for (int s = 0; s < SegmentCount; ++s) {
        if (segmentKey(Segment(s)) == key) {
            *segment = Segment(s);
            return true;
        }
    }
    return false;
}

QString extremeKey(Extreme extreme)
{
    switch (extreme) {
    case Extreme::None:
        return QString();
    case Extreme::Apostle:
        return QStringLiteral("apostle");
    case Extreme::Terrorist:
        return QStringLiteral("terrorist");
    }
    return {};
}

bool extremeFromKey(const QString &key, Extreme *extreme)
{
    if (key.isEmpty())
        *extreme = Extreme::None;
    else if (key == QLatin1String("apostle"))
        *extreme = Extreme::Apostle;
    else if (key == QLatin1String("terrorist"))
        *extreme = Extreme::Terrorist;
    else
        return false;
    return true;
}

} // namespace Rapport
