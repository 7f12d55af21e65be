#include "lapserules.h"

#include "localdate.h"

#include <algorithm>
#include <limits>

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

void ContactSummaryBuilder::add(const Interaction &interaction)
{
    if (interaction.isContact()) {
        m_summary.lastContact = interaction.happenedAt;
        m_summary.unansweredStreak = 0;
        m_summary.streakSince = QDateTime();
    } else if (interaction.direction == Direction::Outbound) {
        if (m_summary.unansweredStreak++ == 0)
            m_summary.streakSince = interaction.happenedAt;
    }
    if (interaction.direction == Direction::Inbound)
        m_inboundDays.append(localDate(interaction.happenedAt));
}

ContactSummary ContactSummaryBuilder::finish()
{
    ContactSummary summary = std::move(m_summary);
    summary.lastContactDay = localDate(summary.lastContact);
    // The client's own rhythm: the median of the gaps between their past inbound contacts.
    if (m_inboundDays.size() >= 4) {
        QVector<qint64> gaps;
        gaps.reserve(m_inboundDays.size() - 1);
        for (int i = 1; i < m_inboundDays.size(); ++i)
            gaps.append(m_inboundDays.at(i - 1).daysTo(m_inboundDays.at(i)));
        std::sort(gaps.begin(), gaps.end());
        const int n = int(gaps.size());
        // Twice the median, kept whole: an even count's median may fall on a half day.
        const qint64 twice = n % 2 ? 2 * gaps.at(n / 2) : gaps.at(n / 2 - 1) + gaps.at(n / 2);
        summary.twiceMedianGap = int(std::min<qint64>(twice, std::numeric_limits<int>::max()));
    }
    m_summary = ContactSummary();
    m_inboundDays.clear();
    return summary;
}

ContactSummary ContactSummary::of(const QVector<Interaction> &interactions)
{
    ContactSummaryBuilder builder;
    for (const Interaction &interaction : interactions)
        builder.add(interaction);
    return builder.finish();
}

ContactStatus LapseRules::status(const Client &client, Segment segment, const QVector<Interaction> &interactions,
                                 QDate today) const
{
    return status(client, segment, ContactSummary::of(interactions), today);
}

ContactStatus LapseRules::status(const Client &client, Segment segment, const ContactSummary &contacts, QDate today) const
{
    ContactStatus status;
    status.interval = intervalFor(client, segment);
    status.lastContact = contacts.lastContact;
    status.unansweredStreak = contacts.unansweredStreak;
    status.streakSince = contacts.streakSince;

    status.clockStart = status.lastContact.isValid() ? contacts.lastContactDay : localDate(client.createdAt);
    status.daysSinceContact = status.clockStart.isValid() ? std::max<qint64>(0, status.clockStart.daysTo(today)) : 0;
    status.isDue = status.daysSinceContact > status.interval.idealDays;
    status.daysOverdue = status.clockStart.isValid()
        ? int(std::max<qint64>(0, status.clockStart.addDays(status.interval.maximumDays).daysTo(today)))
        : 0;
    status.isOverdue = status.daysOverdue > 0;
    if (contacts.twiceMedianGap >= 0) {
        status.medianGapDays = int(contacts.twiceMedianGap / 2);
        status.isUnusuallySilent = status.daysSinceContact > std::max<qint64>(2, contacts.twiceMedianGap);
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
