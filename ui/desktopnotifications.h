#pragma once

#include <QObject>
#include <QStringList>

/**
 * The desktop's notification service (org.freedesktop.Notifications) on the session bus:
 * shows a notification with actions and tells what became of it.
 */
class DesktopNotifications : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifications(QObject *parent = nullptr);

    /** True when a session bus runs and a notification service is registered on it. */
    bool isAvailable() const;
    /** The service's capabilities ("actions", "body-markup", ...). */
    QStringList capabilities() const;

    /**
     * Shows a notification with @p actions (a key, then its label, for each). Returns its id,
     * or 0 when the service could not be reached.
     */
    uint notify(const QString &summary, const QString &body, const QStringList &actions);

Q_SIGNALS:
    /** Emitted when the owner chose the action @p action of notification @p id. */
    void actionInvoked(uint id, const QString &action);
    /** Emitted when the notification @p id was closed, dismissed or expired. */
    void closed(uint id);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);
    void onActivationToken(uint id, const QString &token);
};
