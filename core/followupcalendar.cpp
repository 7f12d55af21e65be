#include "followupcalendar.h"

#include "clientexport.h"
#include "clientstore.h"

#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QUuid>

#include <libical/ical.h>

#include <algorithm>
#include <memory>

namespace Rapport {

namespace {

const QString IdKey = QStringLiteral("database/id");

// The calendar file may be written on a worker while the owner exports one by hand; libical
// keeps some state of its own (built-in time zones, scratch buffers), so one at a time.
QMutex libicalMutex;

struct ComponentFree
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype dateValue(QDate date)
{
    icaltimetype time = icaltime_null_date();
    time.year = date.year();
    time.month = date.month();
    time.day = date.day();
    return time;
}

icaltimetype utcValue(const QDateTime &when)
{
    return icaltime_from_timet_with_zone(when.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
}

void addText(icalcomponent *component, icalproperty *(*make)(const char *), const QString &text)
{
    icalcomponent_add_property(component, make(text.toUtf8().constData()));
}

QString summaryOf(const FollowUpItem &item)
{
    // The planner says "Call rather than email" for these; the to-do says the same in its title.
    const bool call = item.status.isOverdue || item.status.isUnusuallySilent;
    const QString name = item.client.displayName();
    const QString company = item.client.company.trimmed();
    const QString who = company.isEmpty() || company == name ? name : FollowUpCalendar::tr("%1 (%2)").arg(name, company);
    return call ? FollowUpCalendar::tr("Call %1").arg(who) : FollowUpCalendar::tr("Contact %1").arg(who);
}

QString descriptionOf(const FollowUpItem &item, int count)
{
    QStringList parts;
    if (!item.reasons.isEmpty())
        parts.append(item.reasons.join(QLatin1Char('\n')));
    parts.append(item.action);
    QStringList reach;
    if (!item.client.phone().trimmed().isEmpty())
        reach.append(FollowUpCalendar::tr("Phone: %1").arg(item.client.phone().trimmed()));
    if (!item.client.email().trimmed().isEmpty())
        reach.append(FollowUpCalendar::tr("Email: %1").arg(item.client.email().trimmed()));
    reach.append(FollowUpCalendar::tr("Number %1 of %2 on Rapport's follow-up list.").arg(item.rank).arg(count));
    parts.append(reach.join(QLatin1Char('\n')));
    return parts.join(QStringLiteral("\n\n"));
}

icalcomponent *todoOf(const FollowUpItem &item, const FollowUpPlan &plan, const QString &calendarId, icaltimetype stamp)
{
    icalcomponent *todo = icalcomponent_new(ICAL_VTODO_COMPONENT);
    addText(todo, icalproperty_new_uid, FollowUpCalendar::uid(calendarId, item.client.id));
    icalcomponent_add_property(todo, icalproperty_new_dtstamp(stamp));
    const QString summary = summaryOf(item);
    addText(todo, icalproperty_new_summary, summary);
    addText(todo, icalproperty_new_description, descriptionOf(item, int(plan.items.size())));
    addText(todo, icalproperty_new_categories, segmentLabel(item.segment, item.extreme));
    icalcomponent_add_property(todo, icalproperty_new_due(dateValue(plan.asOf)));
    icalcomponent_add_property(todo, icalproperty_new_priority(FollowUpCalendar::priority(item.rank, int(plan.items.size()))));
    icalcomponent_add_property(todo, icalproperty_new_status(ICAL_STATUS_NEEDSACTION));

    icalcomponent *alarm = icalcomponent_new(ICAL_VALARM_COMPONENT);
    icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
    addText(alarm, icalproperty_new_description, summary);
    icaltriggertype trigger;
    trigger.time = utcValue(FollowUpCalendar::reminderTime(plan.asOf));
    trigger.duration = icaldurationtype_null_duration();
    icalproperty *triggerProperty = icalproperty_new_trigger(trigger);
    icalproperty_add_parameter(triggerProperty, icalparameter_new_value(ICAL_VALUE_DATETIME));
    icalcomponent_add_property(alarm, triggerProperty);
    icalcomponent_add_component(todo, alarm);
    return todo;
}

} // namespace

QByteArray FollowUpCalendar::toICalendar(const FollowUpPlan &plan, const QString &calendarId, const QDateTime &stamp)
{
    const QMutexLocker lock(&libicalMutex);
    const Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    addText(calendar.get(), icalproperty_new_prodid,
            QStringLiteral("-//Rapport//Rapport %1//EN").arg(QStringLiteral(RAPPORT_VERSION)));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    // The name a calendar program shows for a subscribed file.
    icalproperty *name = icalproperty_new_x(tr("Rapport follow-ups").toUtf8().constData());
    icalproperty_set_x_name(name, "X-WR-CALNAME");
    icalcomponent_add_property(calendar.get(), name);

    const icaltimetype stampValue = utcValue(stamp);
    for (const FollowUpItem &item : plan.items)
        icalcomponent_add_component(calendar.get(), todoOf(item, plan, calendarId, stampValue));

    char *text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray result(text);
    icalmemory_free_buffer(text);
    return result;
}

QString FollowUpCalendar::calendarId(ClientStore *store)
{
    QString id = store->setting(IdKey);
    if (!id.isEmpty())
        return id;
    id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!store->isReadOnly() && store->setSetting(IdKey, id))
        return id;
    // Stable for the file where it is, though not across a move: the best a read-only file allows.
    const QString where = store->isServer() ? store->path() : QFileInfo(store->path()).absoluteFilePath();
    return QUuid::createUuidV5(QUuid(), where).toString(QUuid::WithoutBraces);
}

QString FollowUpCalendar::uid(const QString &calendarId, qint64 clientId)
{
    return QStringLiteral("client-%1-%2@rapport").arg(clientId).arg(calendarId);
}

int FollowUpCalendar::priority(int rank, int count)
{
    // A short list gives each client a priority of its own; a long one is shared out over 1 to 9.
    if (count <= 9)
        return std::clamp(rank, 1, 9);
    return std::clamp(1 + (rank - 1) * 9 / count, 1, 9);
}

QDateTime FollowUpCalendar::reminderTime(QDate day)
{
    return QDateTime(day, QTime(9, 0));
}

bool FollowUpCalendar::write(ClientStore *store, QDate today, const QString &path, QString *error, int *count)
{
    const FollowUpPlan plan = FollowUpPlanner::plan(*store, today);
    if (count)
        *count = int(plan.items.size());
    return ClientExport::write(path, toICalendar(plan, calendarId(store), QDateTime::currentDateTimeUtc()), error);
}

QString FollowUpCalendar::keepUpdatedKey()
{
    return QStringLiteral("calendar/keepUpdated");
}

QString FollowUpCalendar::pathKey()
{
    return QStringLiteral("calendar/path");
}

} // namespace Rapport
