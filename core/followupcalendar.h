#pragma once

#include "followupplanner.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace Rapport {

class ClientStore;

/**
 * The follow-up plan as an iCalendar file (RFC 5545), written with libical: one to-do
 * (VTODO) per client on the plan, in the plan's order, for calendar programs such as
 * Thunderbird, Evolution or GNOME Calendar.
 *
 * Each to-do is due on the plan's day, with a reminder at 9:00 local time that day; its
 * priority follows the plan's order (1 for the first clients, up to 9). Its UID is made of the
 * database's identity and the client's id, so a later export of the same database updates the
 * to-dos a calendar already has instead of adding them again.
 */
class FollowUpCalendar
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpCalendar)

public:
    /**
     * The iCalendar text of @p plan. @p calendarId names the database (see calendarId());
     * @p stamp is when the file is made (its DTSTAMP).
     */
    static QByteArray toICalendar(const FollowUpPlan &plan, const QString &calendarId, const QDateTime &stamp);

    /**
     * The identity of the database open in @p store, for the to-dos' UIDs: made on first use and
     * kept in its settings, so that it follows the file (and its backups). A database that
     * cannot be written gets one made from its path instead.
     */
    static QString calendarId(ClientStore *store);

    /** The UID of the to-do for the client with @p clientId. */
    static QString uid(const QString &calendarId, qint64 clientId);

    /** The priority (1 to 9) of the client at @p rank (from 1) on a list of @p count. */
    static int priority(int rank, int count);

    /** The reminder's time on @p day: 9:00 local time. */
    static QDateTime reminderTime(QDate day);

    /**
     * Writes the plan of @p store as of @p today to @p path, replacing the file only once the
     * whole of it is written. @p count receives the number of to-dos. False with a sentence
     * for the owner in @p error ("Cannot write …") when the file cannot be written.
     */
    static bool write(ClientStore *store, QDate today, const QString &path, QString *error, int *count = nullptr);

    /** The database setting that turns the calendar file kept up to date on ("1") or off. */
    static QString keepUpdatedKey();
    /** The database setting that holds the path of the calendar file kept up to date. */
    static QString pathKey();
};

} // namespace Rapport
