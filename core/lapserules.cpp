#include "lapserules.h"

#include <algorithm>

namespace Rapport {

LapseRules::LapseRules()
{
    m_intervals[size_t(Segment::Defector)] = {7, 14};
    m_intervals[size_t(Segment::Hostage)] = {14, 30};
    m_intervals[size_t(Segment::Mercenary)] = {30, 60};
    m_intervals[size_t(Segment::Loyalist)] = {30, 90};
}

ContactInterval LapseRules::intervalFor(const Client &client, Segment segment) const
{
    ContactInterval result = interval(segment);
    if (client.idealIntervalDays > 0)
        result.idealDays = client.idealIntervalDays;
    if (client.maximumIntervalDays > 0)
        result.maximumDays = client.maximumIntervalDays;
    result.maximumDays = std::max(result.maximumDays, result.idealDays);
    return result;
}

ContactStatus LapseRules::status(const Client &client, Segment segment, const QVector<Interaction> &interactions,
                                 QDate today) const
{
    ContactStatus status;
    status.interval = intervalFor(client, segment);

    QVector<QDate> inboundDays;
    for (const Interaction &interaction : interactions) {
        if (interaction.isContact()) {
            status.lastContact = interaction.happenedAt;
            status.unansweredStreak = 0;
            status.streakSince = QDateTime();
        } else if (interaction.direction == Direction::Outbound) {
            if (status.unansweredStreak++ == 0)
                status.streakSince = interaction.happenedAt;
        }
        if (interaction.direction == Direction::Inbound)
            inboundDays.append(interaction.happenedAt.toLocalTime().date());
    }

    status.clockStart = status.lastContact.isValid() ? status.lastContact.toLocalTime().date()
                                                     : client.createdAt.toLocalTime().date();
    status.daysSinceContact = status.clockStart.isValid() ? std::max<qint64>(0, status.clockStart.daysTo(today)) : 0;
    status.isDue = status.daysSinceContact > status.interval.idealDays;
    status.daysOverdue = status.clockStart.isValid()
        ? int(std::max<qint64>(0, status.clockStart.addDays(status.interval.maximumDays).daysTo(today)))
        : 0;
    status.isOverdue = status.daysOverdue > 0;

    // The client's own rhythm: the median of the gaps between their past inbound contacts.
    if (inboundDays.size() >= 4) {
        QVector<qint64> gaps;
        for (int i = 1; i < inboundDays.size(); ++i)
            gaps.append(inboundDays.at(i - 1).daysTo(inboundDays.at(i)));
        std::sort(gaps.begin(), gaps.end());
        const int n = int(gaps.size());
        // Twice the median, kept whole: an even count's median may fall on a half day.
        const qint64 twiceMedian = n % 2 ? 2 * gaps.at(n / 2) : gaps.at(n / 2 - 1) + gaps.at(n / 2);
        status.medianGapDays = int(twiceMedian / 2);
        status.isUnusuallySilent = status.daysSinceContact > std::max<qint64>(2, twiceMedian);
    }

    status.suggestsPartingWays = status.unansweredStreak >= m_unansweredThreshold;
    status.isInLapse = status.isOverdue || status.isUnusuallySilent || status.suggestsPartingWays;
    return status;
}

QString LapseRules::validationError() const
{
    for (int s = 0; s < SegmentCount; ++s) {
        const ContactInterval &i = m_intervals[size_t(s)];
        if (i.idealDays < 1 || i.idealDays > MaximumDays || i.maximumDays < 1 || i.maximumDays > MaximumDays)
            return tr("Contact intervals for %1 must be between 1 and %2 days.").arg(segmentPluralName(Segment(s))).arg(MaximumDays);
        if (i.maximumDays < i.idealDays)
            return tr("For %1, the longest gap (%2 days) cannot be shorter than the ideal one (%3 days).")
                .arg(segmentPluralName(Segment(s)))
                .arg(i.maximumDays)
                .arg(i.idealDays);
    }
    if (m_unansweredThreshold < 1 || m_unansweredThreshold > 100)
        return tr("The number of unanswered attempts must be between 1 and 100.");
    return {};
}

} // namespace Rapport
