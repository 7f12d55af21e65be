#pragma once

// A notification service of the tests' own, registered on the session bus as
// org.freedesktop.Notifications: it records every notification it is sent, and invokes an
// action or closes a notification when a test asks. Run the tests under dbus-run-session.

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    /** One notification as it was received. */
    struct Received
    {
        uint id = 0;
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
    };

    static QString serviceName() { return QStringLiteral("org.freedesktop.Notifications"); }

    /** Registers the service on the session bus (again); false when there is no bus or the name is taken. */
    bool start()
    {
        stop();
        QDBusConnection bus = QDBusConnection::sessionBus();
        return bus.isConnected()
            && bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                  QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
            && bus.registerService(serviceName());
    }
    /** Leaves the bus: there is then no notification service. */
    void stop()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterService(serviceName());
        bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
    }

    const QVector<Received> &received() const { return m_received; }

    /** What the owner does when choosing @p action: the action, then the notification closes. */
    void invokeAction(uint id, const QString &action)
    {
        Q_EMIT ActionInvoked(id, action);
        Q_EMIT NotificationClosed(id, 2);
    }

    void setCapabilities(const QStringList &capabilities) { m_capabilities = capabilities; }

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        Received notification{replacesId ? replacesId : ++m_lastId, appName, replacesId, appIcon, summary, body, actions, hints,
                              expireTimeout};
        m_received.append(notification);
        Q_EMIT notificationReceived(notification.id);
        return notification.id;
    }
    void CloseNotification(uint id) { Q_EMIT NotificationClosed(id, 3); }
    QStringList GetCapabilities() const { return m_capabilities; }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion) const
    {
        vendor = QStringLiteral("Rapport tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("notificationserver");
    }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
    /** For the tests: a notification came in (also seen on the bus, where nobody listens for it). */
    void notificationReceived(uint id);

private:
    QVector<Received> m_received;
    QStringList m_capabilities = {QStringLiteral("actions"), QStringLiteral("body")};
    uint m_lastId = 0;
};
