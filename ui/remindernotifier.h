#pragma once

#include "reminderplanner.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QStringList>

class DesktopNotifications;

namespace Rapport {
class ClientStore;
}

/**
 * Tells the owner, through a desktop notification, which clients to contact today: "3 clients to
 * contact today", one line a client, with the actions Open and Tomorrow. What was told is kept
 * in the database (ReminderPlanner), so a client is told at most once a day unless something
 * new happens for them. Whether reminders are shown, and whether `rapport --remind` runs at
 * login, are the user's own settings (QSettings and ~/.config/autostart).
 */
class ReminderNotifier : public QObject
{
    Q_OBJECT

public:
    /** What check() did. */
    enum class Outcome { NothingNew, Notified, NoService };
    Q_ENUM(Outcome)

    explicit ReminderNotifier(Rapport::ClientStore *store, QObject *parent = nullptr);

    /**
     * Looks at the clients on @p today and shows a notification for those with something not
     * told yet. Without a notification service nothing is shown or recorded.
     */
    Outcome check(QDate today);
    /** True while a notification of this notifier is shown and may still be answered. */
    bool isWaiting() const { return !m_shown.isEmpty(); }

    /** Whether reminders are shown (on unless turned off in Settings). */
    static bool isEnabled();
    static void setEnabled(bool enabled);

    /** The user's autostart entry that runs `rapport --remind` at login. */
    static QString autostartPath();
    static bool remindsAtLogin();
    /**
     * Writes the autostart entry (for @p databasePath) or removes it. False, with @p error set,
     * when the file cannot be written or removed.
     */
    static bool setRemindsAtLogin(bool remind, const QString &databasePath, QString *error = nullptr);

Q_SIGNALS:
    /** Emitted when the owner chose Open: show Rapport with @p clientId selected. */
    void openRequested(qint64 clientId);
    /** Emitted when a notification was answered or closed and none is left waiting. */
    void finished();

private:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id);

    /** A notification on screen: whom it names, and the day it was for. */
    struct Shown
    {
        QVector<qint64> clientIds;
        QDate day;
    };

    Rapport::ClientStore *m_store;
    DesktopNotifications *m_notifications;
    Rapport::ReminderRecords m_records; ///< what was told; kept here too when the database cannot be written
    QHash<uint, Shown> m_shown;
};
