#include "desktopnotifications.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QGuiApplication>
#include <QVariantMap>

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");

} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint,QString)));
    bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this, SLOT(onNotificationClosed(uint,uint)));
    bus.connect(Service, Path, Interface, QStringLiteral("ActivationToken"), this, SLOT(onActivationToken(uint,QString)));
}

bool DesktopNotifications::isAvailable() const
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    // Many services are started by the bus on the first call: activatable counts as available.
    return bus.isConnected() && bus.interface()
        && (bus.interface()->isServiceRegistered(Service)
            || bus.interface()->activatableServiceNames().value().contains(Service));
}

QStringList DesktopNotifications::capabilities() const
{
    const QDBusReply<QStringList> reply = QDBusConnection::sessionBus().call(
        QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("GetCapabilities")));
    return reply.isValid() ? reply.value() : QStringList();
}

uint DesktopNotifications::notify(const QString &summary, const QString &body, const QStringList &actions)
{
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    const QString appId = QGuiApplication::desktopFileName();
    // The desktop entry lets the desktop show Rapport's name and icon, and group its notifications.
    const QVariantMap hints = {{QStringLiteral("desktop-entry"), appId}, {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}};
    call << QCoreApplication::applicationName() << uint(0) << appId << summary << body << actions << hints << int(-1);
    const QDBusReply<uint> reply = QDBusConnection::sessionBus().call(call);
    return reply.isValid() ? reply.value() : 0;
}

void DesktopNotifications::onActionInvoked(uint id, const QString &action)
{
    Q_EMIT actionInvoked(id, action);
}

void DesktopNotifications::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    Q_EMIT closed(id);
}

void DesktopNotifications::onActivationToken(uint id, const QString &token)
{
    Q_UNUSED(id)
    // Sent just before the action: a window raised or started next may take the focus with it.
    qputenv("XDG_ACTIVATION_TOKEN", token.toUtf8());
}
