#include "localdate.h"

#include <QHash>

#include <climits>

#include <atomic>

namespace Rapport {

namespace {

constexpr qint64 MSecsPerDay = 24 * 60 * 60 * 1000;
constexpr int Transition = INT_MIN; ///< the offset changes during this UTC day

std::atomic<int> generation{0};

int offsetAt(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toLocalTime().offsetFromUtc();
}

} // namespace

QDate localDate(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    if (when.timeSpec() == Qt::LocalTime)
        return when.date();
    thread_local QHash<qint64, int> offsets;
    thread_local int seenGeneration = 0;
    if (seenGeneration != generation.load(std::memory_order_relaxed)) {
        offsets.clear();
        seenGeneration = generation.load(std::memory_order_relaxed);
    }
    const qint64 msecs = when.toMSecsSinceEpoch();
    const qint64 day = msecs >= 0 ? msecs / MSecsPerDay : (msecs - MSecsPerDay + 1) / MSecsPerDay;
    auto offset = offsets.constFind(day);
    if (offset == offsets.constEnd()) {
        const int start = offsetAt(day * MSecsPerDay);
        offset = offsets.insert(day, start == offsetAt((day + 1) * MSecsPerDay - 1) ? start : Transition);
    }
    if (*offset == Transition)
        return when.toLocalTime().date();
    return QDateTime::fromMSecsSinceEpoch(msecs + qint64(*offset) * 1000, Qt::UTC).date();
}

void forgetLocalOffsets()
{
    generation.fetch_add(1, std::memory_order_relaxed);
}

} // namespace Rapport
