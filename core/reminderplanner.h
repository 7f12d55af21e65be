#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace Rapport {

class ClientStore;

/** One client worth a reminder on a given day, and why in a few words. */
struct Reminder
{
    qint64 clientId = 0;
    QString name;
    QString detail;      ///< "overdue 5 days", "moved Loyalist → Defector": what the owner reads
    QStringList reasons; ///< one key per cause ("overdue", "alert:12"); a key not told before is news
};

/** What the owner was last told about one client. */
struct ReminderRecord
{
    QDate notifiedOn;    ///< the day of the last reminder
    QStringList reasons; ///< its causes
    QDate quietUntil;    ///< silenced ("Tomorrow") on the days before this one
};

/** The records of every client, by client id. */
using ReminderRecords = QHash<qint64, ReminderRecord>;

/**
 * Decides whom to remind of what: clients due or overdue for contact, in lapse, with a move for
 * the worse not yet seen, or Hostages whose reason to stay ends within HostageNoticeDays. At
 * most one reminder a day per client, unless something new happens for them; a silenced client
 * waits for the next day. The records live in the database's settings (recordsKey()), so that
 * `rapport --remind` at login and the window share them.
 */
class ReminderPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ReminderPlanner)

public:
    static constexpr int HostageNoticeDays = 14;
    static constexpr int BodyLines = 5;

    /** Every client worth a reminder on @p today, in the order of the follow-up plan. */
    static QVector<Reminder> reminders(const ClientStore &store, QDate today);
    /** Those of @p all not told yet today, or with something new, and not silenced. */
    static QVector<Reminder> toNotify(const QVector<Reminder> &all, const ReminderRecords &records, QDate today);
    /** Records @p told as told on @p today, and forgets clients no longer in @p all and not silenced. */
    static void markNotified(ReminderRecords *records, const QVector<Reminder> &all, const QVector<Reminder> &told, QDate today);
    /** Silences the clients with @p clientIds until the day after @p today. */
    static void silence(ReminderRecords *records, const QVector<qint64> &clientIds, QDate today);

    /** "3 clients to contact today" */
    static QString summary(int count);
    /** "Aisha Nakamura (overdue 5 days)" */
    static QString line(const Reminder &reminder);
    /** The summary and a colon, then one line a client; nothing without reminders. */
    static QStringList lines(const QVector<Reminder> &reminders);
    /** The first BodyLines lines, one a client, and how many more. */
    static QString body(const QVector<Reminder> &reminders);

    static QString recordsKey() { return QStringLiteral("reminders/records"); }
    static ReminderRecords loadRecords(const ClientStore &store);
    /** Writes @p records to the store's settings; false (and nothing tried) when it is read-only. */
    static bool saveRecords(ClientStore *store, const ReminderRecords &records);
};

} // namespace Rapport
