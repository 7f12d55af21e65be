#include "reminderplanner.h"

#include "clientstore.h"
#include "followupplanner.h"
#include "isodate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Rapport {

namespace {

/** The reminder of @p item, with no reasons when there is nothing to remind of. */
Reminder reminderFor(const FollowUpItem &item, const QVector<SegmentChange> &history, QDate today)
{
    Reminder reminder;
    reminder.clientId = item.client.id;
    reminder.name = item.client.displayName();
    QStringList details;
    const ContactStatus &s = item.status;
    if (s.isOverdue) {
        details.append(ReminderPlanner::tr("overdue %n day(s)", nullptr, s.daysOverdue));
        reminder.reasons.append(QStringLiteral("overdue"));
    } else if (s.isDue) {
        details.append(s.lastContact.isValid() ? ReminderPlanner::tr("due for contact")
                                               : ReminderPlanner::tr("due for a first contact"));
        reminder.reasons.append(QStringLiteral("due"));
    }
    if (s.isInLapse && s.unansweredStreak > 0) {
        details.append(ReminderPlanner::tr("no answer to %n attempt(s)", nullptr, s.unansweredStreak));
        reminder.reasons.append(QStringLiteral("unanswered:") + QString::number(s.unansweredStreak));
    }
    if (s.isUnusuallySilent && !s.isOverdue) {
        details.append(ReminderPlanner::tr("unusually silent for %n day(s)", nullptr, s.daysSinceContact));
        reminder.reasons.append(QStringLiteral("silent"));
    }
    // Every unseen move counts as news; the newest is named.
    bool namedMove = false;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (!it->isAlert())
            continue;
        if (!namedMove)
            details.append(ReminderPlanner::tr("moved %1 → %2")
                               .arg(segmentLabel(it->fromSegment, it->fromExtreme), segmentLabel(it->toSegment, it->toExtreme)));
        namedMove = true;
        reminder.reasons.append(QStringLiteral("alert:") + QString::number(it->id));
    }
    if (item.segment == Segment::Hostage && item.client.hostageReasonEnds.isValid()) {
        const qint64 days = today.daysTo(item.client.hostageReasonEnds);
        if (days >= 0 && days <= ReminderPlanner::HostageNoticeDays) {
            details.append(days == 0 ? ReminderPlanner::tr("free to leave today")
                                     : ReminderPlanner::tr("free to leave in %n day(s)", nullptr, int(days)));
            reminder.reasons.append(QStringLiteral("hostage:") + item.client.hostageReasonEnds.toString(Qt::ISODate));
        }
    }
    reminder.detail = details.join(QStringLiteral(", "));
    return reminder;
}

} // namespace

QVector<Reminder> ReminderPlanner::reminders(const ClientStore &store, QDate today)
{
    const FollowUpPlan plan = FollowUpPlanner::plan(store, today);
    QVector<Reminder> result;
    for (const FollowUpItem &item : plan.items) {
        Reminder reminder = reminderFor(item, store.history(item.client.id), today);
        if (!reminder.reasons.isEmpty())
            result.append(std::move(reminder));
    }
    return result;
}

QVector<Reminder> ReminderPlanner::toNotify(const QVector<Reminder> &all, const ReminderRecords &records, QDate today)
{
    QVector<Reminder> result;
    for (const Reminder &reminder : all) {
        const auto record = records.constFind(reminder.clientId);
        if (record == records.cend()) {
            result.append(reminder);
            continue;
        }
        if (record->quietUntil.isValid() && today < record->quietUntil)
            continue;
        const bool toldToday = record->notifiedOn == today;
        const bool news = std::any_of(reminder.reasons.cbegin(), reminder.reasons.cend(),
                                      [&](const QString &reason) { return !record->reasons.contains(reason); });
        if (!toldToday || news)
            result.append(reminder);
    }
    return result;
}

void ReminderPlanner::markNotified(ReminderRecords *records, const QVector<Reminder> &all, const QVector<Reminder> &told,
                                   QDate today)
{
    QSet<qint64> current;
    for (const Reminder &reminder : all)
        current.insert(reminder.clientId);
    // A client off the list starts afresh when it comes back.
    for (auto it = records->begin(); it != records->end();) {
        if (!current.contains(it.key()) && !(it->quietUntil.isValid() && today < it->quietUntil))
            it = records->erase(it);
        else
            ++it;
    }
    for (const Reminder &reminder : told) {
        ReminderRecord &record = (*records)[reminder.clientId];
        record.notifiedOn = today;
        record.reasons = reminder.reasons;
    }
}

void ReminderPlanner::silence(ReminderRecords *records, const QVector<qint64> &clientIds, QDate today)
{
    for (qint64 id : clientIds)
        (*records)[id].quietUntil = today.addDays(1);
}

QString ReminderPlanner::summary(int count)
{
    return tr("%n client(s) to contact today", nullptr, count);
}

QString ReminderPlanner::line(const Reminder &reminder)
{
    return tr("%1 (%2)", "a reminder's line: the client's name (why)").arg(reminder.name, reminder.detail);
}

QStringList ReminderPlanner::lines(const QVector<Reminder> &reminders)
{
    QStringList result;
    if (!reminders.isEmpty())
        result.append(summary(int(reminders.size())) + QLatin1Char(':'));
    for (const Reminder &reminder : reminders)
        result.append(line(reminder));
    return result;
}

QString ReminderPlanner::body(const QVector<Reminder> &reminders)
{
    QStringList lines;
    for (int i = 0; i < std::min(int(reminders.size()), int(BodyLines)); ++i)
        lines.append(line(reminders.at(i)));
    if (reminders.size() > BodyLines)
        lines.append(tr("and %n more", nullptr, int(reminders.size()) - BodyLines));
    return lines.join(QLatin1Char('\n'));
}

ReminderRecords ReminderPlanner::loadRecords(const ClientStore &store)
{
    // {"12": {"on": "2026-12-07", "why": ["overdue"], "quiet": "2026-12-08"}, ...}
    ReminderRecords records;
    const QJsonObject all = QJsonDocument::fromJson(store.setting(recordsKey()).toUtf8()).object();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        ReminderRecord record;
        record.notifiedOn = parseIsoDate(entry.value(QLatin1String("on")).toString());
        record.quietUntil = parseIsoDate(entry.value(QLatin1String("quiet")).toString());
        for (const QJsonValue &reason : entry.value(QLatin1String("why")).toArray())
            record.reasons.append(reason.toString());
        bool ok = false;
        const qint64 id = it.key().toLongLong(&ok);
        if (ok)
            records.insert(id, record);
    }
    return records;
}

bool ReminderPlanner::saveRecords(ClientStore *store, const ReminderRecords &records)
{
    // A file open for reading only keeps no record; trying would tell the owner of a failed write.
    if (store->isReadOnly())
        return false;
    QJsonObject all;
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        QJsonObject entry;
        if (it->notifiedOn.isValid())
            entry.insert(QLatin1String("on"), it->notifiedOn.toString(Qt::ISODate));
        if (!it->reasons.isEmpty())
            entry.insert(QLatin1String("why"), QJsonArray::fromStringList(it->reasons));
        if (it->quietUntil.isValid())
            entry.insert(QLatin1String("quiet"), it->quietUntil.toString(Qt::ISODate));
        all.insert(QString::number(it.key()), entry);
    }
    const QString value = QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
    return value == store->setting(recordsKey()) || store->setSetting(recordsKey(), value);
}

} // namespace Rapport
