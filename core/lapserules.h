#pragma once

#include "client.h"
#include "interaction.h"
#include "segment.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

#include <array>

namespace Rapport {

/** How often a client should hear from the business. */
struct ContactInterval
{
    int idealDays = 30;   ///< past this, contact is due
    int maximumDays = 60; ///< past this, contact is overdue
    friend bool operator==(const ContactInterval &a, const ContactInterval &b)
    {
        return a.idealDays == b.idealDays && a.maximumDays == b.maximumDays;
    }
};

/** Where a client stands on contact, on a given day. */
struct ContactStatus
{
    QDateTime lastContact;   ///< the latest answered or inbound interaction; invalid when none
    QDate clockStart;        ///< the day the clock runs from: last contact, else the client's creation
    int daysSinceContact = 0;
    ContactInterval interval;
    bool isDue = false;      ///< past the ideal interval
    bool isOverdue = false;  ///< past the maximum interval
    int daysOverdue = 0;     ///< today - (clock start + maximum), never negative
    int unansweredStreak = 0; ///< our unanswered attempts since the last contact
    QDateTime streakSince;   ///< the first of those attempts
    int medianGapDays = -1;  ///< the client's usual gap between reaching out; -1 with fewer than three gaps
    bool isUnusuallySilent = false; ///< silent for more than twice their usual gap
    bool isInLapse = false;  ///< overdue, unusually silent, or too many unanswered attempts
    bool suggestsPartingWays = false; ///< the unanswered streak reached the threshold

    friend bool operator==(const ContactStatus &a, const ContactStatus &b)
    {
        return a.lastContact == b.lastContact && a.clockStart == b.clockStart && a.daysSinceContact == b.daysSinceContact
            && a.interval == b.interval && a.isDue == b.isDue && a.isOverdue == b.isOverdue
            && a.daysOverdue == b.daysOverdue && a.unansweredStreak == b.unansweredStreak
            && a.streakSince == b.streakSince && a.medianGapDays == b.medianGapDays
            && a.isUnusuallySilent == b.isUnusuallySilent && a.isInLapse == b.isInLapse
            && a.suggestsPartingWays == b.suggestsPartingWays;
    }
    friend bool operator!=(const ContactStatus &a, const ContactStatus &b) { return !(a == b); }
};

/**
 * What a client's interactions say about contact, whatever the day: all that LapseRules needs
 * of them. The store keeps one per client instead of the interactions themselves.
 */
struct ContactSummary
{
    // The two numbers side by side: the store keeps one summary per client (32 bytes, not 40).
    QDateTime lastContact;    ///< the latest answered or inbound interaction; invalid when none
    QDate lastContactDay;     ///< its local calendar day
    QDateTime streakSince;    ///< the first of the unanswered attempts since the last contact
    int unansweredStreak = 0; ///< our unanswered attempts since the last contact
    int twiceMedianGap = -1;  ///< twice the median gap in days between inbound contacts; -1 with fewer than four

    /** The summary of @p interactions, in time order. */
    static ContactSummary of(const QVector<Interaction> &interactions);

    friend bool operator==(const ContactSummary &a, const ContactSummary &b)
    {
        return a.lastContact == b.lastContact && a.lastContactDay == b.lastContactDay
            && a.unansweredStreak == b.unansweredStreak && a.streakSince == b.streakSince
            && a.twiceMedianGap == b.twiceMedianGap;
    }
};

/**
 * Builds a ContactSummary from one client's interactions fed in time order, without keeping
 * them: how the store summarises a million interactions as it reads them.
 */
class ContactSummaryBuilder
{
public:
    void add(const Interaction &interaction);
    ContactSummary finish();

private:
    ContactSummary m_summary;
    QVector<QDate> m_inboundDays;
};

/**
 * When a client counts as due, overdue or in lapse. A value with pure functions: the day
 * is passed in, and days are counted in calendar days of the local time zone.
 */
class LapseRules
{
    Q_DECLARE_TR_FUNCTIONS(LapseRules)

public:
    static constexpr int DefaultUnansweredThreshold = 3;
    static constexpr int MaximumDays = 3650;

    LapseRules();

    ContactInterval interval(Segment segment) const { return m_intervals[size_t(segment)]; }
    void setInterval(Segment segment, ContactInterval interval) { m_intervals[size_t(segment)] = interval; }

    /** Unanswered attempts in a row that put a client in lapse and suggest parting ways. */
    int unansweredThreshold() const { return m_unansweredThreshold; }
    void setUnansweredThreshold(int threshold) { m_unansweredThreshold = threshold; }

    /** The interval for @p client in @p segment, with the client's own overrides applied. */
    ContactInterval intervalFor(const Client &client, Segment segment) const;

    /**
     * The contact status of @p client on @p today. @p interactions are the client's, in time
     * order; a client with none is measured from the day it was added.
     */
    ContactStatus status(const Client &client, Segment segment, const QVector<Interaction> &interactions, QDate today) const;
    /** The same from the summary of the client's interactions. */
    ContactStatus status(const Client &client, Segment segment, const ContactSummary &contacts, QDate today) const;

    /** Why these settings cannot be used, in words for the owner; empty when valid. */
    QString validationError() const;

    friend bool operator==(const LapseRules &a, const LapseRules &b)
    {
        return a.m_intervals == b.m_intervals && a.m_unansweredThreshold == b.m_unansweredThreshold;
    }
    friend bool operator!=(const LapseRules &a, const LapseRules &b) { return !(a == b); }

private:
    std::array<ContactInterval, SegmentCount> m_intervals;
    int m_unansweredThreshold = DefaultUnansweredThreshold;
};

} // namespace Rapport
