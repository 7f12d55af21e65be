#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Rapport {

/** How dates and times read on screen: in the user's locale, to the minute, days in words. */
class DateText
{
    Q_DECLARE_TR_FUNCTIONS(DateText)

public:
    /** The locale's short date and time format without seconds ("24 Nov 2026 12:00", "24.11.26 12:00"). */
    static QString dateTimeFormat();
    /** @p when in local time, in dateTimeFormat(). */
    static QString shortDateTime(const QDateTime &when);
    /** "today", "yesterday" or "3 days ago" for @p days days back. */
    static QString daysAgo(int days);
};

} // namespace Rapport
