#include "remindernotifier.h"

#include "clientstore.h"
#include "database.h"
#include "databaselocation.h"
#include "desktopnotifications.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

using namespace Rapport;

namespace {

const QString EnabledKey = QStringLiteral("reminders/enabled");
const QString OpenAction = QStringLiteral("open");
const QString TomorrowAction = QStringLiteral("tomorrow");

/** @p argument as the Exec key of a desktop entry wants it: quoted when needed, % doubled. */
QString execArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    QString text = argument;
    text.replace(QLatin1Char('%'), QStringLiteral("%%"));
    if (!std::any_of(text.cbegin(), text.cend(), [](QChar c) { return reserved.contains(c); }))
        return text;
    QString quoted = QStringLiteral("\"");
    for (QChar c : std::as_const(text)) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    return quoted + QLatin1Char('"');
}

/** A desktop entry's string value: backslashes escaped. */
QString entryString(QString text)
{
    return text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
}

/** The records of @p stored, with what @p remembered knows of later. */
ReminderRecords merged(ReminderRecords stored, const ReminderRecords &remembered)
{
    for (auto it = remembered.cbegin(); it != remembered.cend(); ++it) {
        ReminderRecord &record = stored[it.key()];
        if (!record.notifiedOn.isValid() || record.notifiedOn < it->notifiedOn) {
            record.notifiedOn = it->notifiedOn;
            record.reasons = it->reasons;
        }
        if (!record.quietUntil.isValid() || record.quietUntil < it->quietUntil)
            record.quietUntil = it->quietUntil;
    }
    return stored;
}

} // namespace

ReminderNotifier::ReminderNotifier(ClientStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_notifications(new DesktopNotifications(this))
{
    connect(m_notifications, &DesktopNotifications::actionInvoked, this, &ReminderNotifier::onActionInvoked);
    connect(m_notifications, &DesktopNotifications::closed, this, &ReminderNotifier::onClosed);
}

ReminderNotifier::Outcome ReminderNotifier::check(QDate today)
{
    const QVector<Reminder> all = ReminderPlanner::reminders(*m_store, today);
    if (!m_notifications->isAvailable())
        return Outcome::NoService;

    ReminderRecords records = merged(ReminderPlanner::loadRecords(*m_store), m_records);
    QVector<Reminder> told = ReminderPlanner::toNotify(all, records, today);
    if (told.isEmpty())
        return Outcome::NothingNew;
    const QStringList capabilities = m_notifications->capabilities();
    QString body = ReminderPlanner::body(told);
    if (capabilities.contains(QLatin1String("body-markup")))
        body = body.toHtmlEscaped();
    const uint id = m_notifications->notify(ReminderPlanner::summary(int(told.size())), body,
                                            {QStringLiteral("default"), tr("Open"), OpenAction, tr("Open"), TomorrowAction,
                                             tr("Tomorrow")});
    if (id == 0)
        return Outcome::NoService;
    ReminderPlanner::markNotified(&records, all, told, today);
    m_records = records;
    // A database open for reading only keeps nothing: the records above still hold for this run.
    ReminderPlanner::saveRecords(m_store, records);
    // A service that shows no buttons will not say which was chosen: nothing to wait for.
    if (!capabilities.contains(QLatin1String("actions")))
        return Outcome::Notified;
    Shown shown;
    shown.day = today;
    for (const Reminder &reminder : std::as_const(told))
        shown.clientIds.append(reminder.clientId);
    m_shown.insert(id, shown);
    return Outcome::Notified;
}

void ReminderNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto shown = m_shown.constFind(id);
    if (shown == m_shown.cend())
        return;
    if (action == TomorrowAction) {
        ReminderRecords records = merged(ReminderPlanner::loadRecords(*m_store), m_records);
        ReminderPlanner::silence(&records, shown->clientIds, shown->day);
        m_records = records;
        ReminderPlanner::saveRecords(m_store, records);
    } else if ((action == OpenAction || action == QLatin1String("default")) && !shown->clientIds.isEmpty()) {
        Q_EMIT openRequested(shown->clientIds.constFirst());
    }
    onClosed(id);
}

void ReminderNotifier::onClosed(uint id)
{
    if (m_shown.remove(id) > 0 && m_shown.isEmpty())
        Q_EMIT finished();
}

bool ReminderNotifier::isEnabled()
{
    return QSettings().value(EnabledKey, true).toBool();
}

void ReminderNotifier::setEnabled(bool enabled)
{
    QSettings().setValue(EnabledKey, enabled);
}

QString ReminderNotifier::autostartPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/io.github.rapport.Rapport-remind.desktop");
}

bool ReminderNotifier::remindsAtLogin()
{
    return QFileInfo::exists(autostartPath());
}

bool ReminderNotifier::setRemindsAtLogin(bool remind, const QString &databasePath, QString *error)
{
    const QString path = autostartPath();
    if (!remind) {
        if (!QFileInfo::exists(path) || QFile::remove(path))
            return true;
        if (error)
            *error = tr("Could not remove %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFile source(QStringLiteral(":/packaging/io.github.rapport.Rapport-remind.desktop"));
    if (!source.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), source.errorString());
        return false;
    }
    // The program as it was started, unless it is the one found on the PATH; the database unless
    // it is the one Rapport opens by default.
    const QString program = QCoreApplication::applicationFilePath();
    const bool onPath = QStandardPaths::findExecutable(QStringLiteral("rapport")) == program;
    QString exec = onPath ? QStringLiteral("rapport") : execArgument(program);
    exec += QStringLiteral(" --remind");
    // A server's address is kept as it is (without a password: --remind reads ~/.pgpass or PGPASSWORD).
    if (DatabaseLocation::isServerAddress(databasePath))
        exec += QStringLiteral(" --database ") + execArgument(DatabaseLocation::parse(databasePath).toString());
    else if (!databasePath.isEmpty() && QFileInfo(databasePath).absoluteFilePath() != QFileInfo(Database::defaultPath()).absoluteFilePath())
        exec += QStringLiteral(" --database ") + execArgument(QFileInfo(databasePath).absoluteFilePath());
    QStringList lines = QString::fromUtf8(source.readAll()).split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.startsWith(QLatin1String("Exec=")))
            line = QStringLiteral("Exec=") + entryString(exec);
        else if (line.startsWith(QLatin1String("TryExec=")))
            line = QStringLiteral("TryExec=") + entryString(onPath ? QStringLiteral("rapport") : program);
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(lines.join(QLatin1Char('\n')).toUtf8()) >= 0 && file.commit())
        return true;
    if (error)
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}
