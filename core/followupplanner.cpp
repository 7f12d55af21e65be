#include "followupplanner.h"

#include "clientstore.h"
#include "contacttracker.h"
#include "localdate.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <array>

namespace Rapport {

namespace {

QString day(const QDateTime &when, QDate today)
{
    // "2 Oct": short enough for a printed line; the year only when it is not the plan's.
    // Other languages write a short date their own way ("02.10.26").
    const QDate date = localDate(when);
    const QLocale locale;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C)
        return locale.toString(date, QLocale::ShortFormat);
    // What "d MMM" and "d MMM yyyy" give, without parsing the format for each of 50,000 lines.
    QString text = QString::number(date.day()) + QLatin1Char(' ') + locale.monthName(date.month(), QLocale::ShortFormat);
    if (date.year() != today.year())
        text += QLatin1Char(' ') + QString::number(date.year());
    return text;
}

/** The owner of a plan as the clients spell it, not as typed: "anna" on a command line gives Anna's plan. */
QString ownerAsSpelt(const QString &owner, const QVector<const Client *> &owned)
{
    if (owner.trimmed().isEmpty())
        return QString();
    return owned.isEmpty() ? owner.trimmed() : owned.constFirst()->owner.trimmed();
}

int trendOrder(Trend trend)
{
    switch (trend) {
    case Trend::Worsening:
        return 0;
    case Trend::Stable:
        return 1;
    case Trend::Improving:
        return 2;
    }
    return 1;
}

} // namespace

FollowUpPlanner::FollowUpPlanner(const SegmentationRules &rules, const LapseRules &lapseRules)
    : m_rules(rules)
    , m_lapseRules(lapseRules)
{
}

int FollowUpPlanner::priorityGroup(Segment segment, Extreme extreme)
{
    if (extreme == Extreme::Terrorist)
        return 0;
    if (extreme == Extreme::Apostle)
        return 5;
    switch (segment) {
    case Segment::Defector:
        return 1;
    case Segment::Hostage:
        return 2;
    case Segment::Mercenary:
        return 3;
    case Segment::Loyalist:
        return 4;
    }
    return 4;
}

std::array<int, 5> FollowUpPlanner::orderKey(const FollowUpItem &item)
{
    // Group, in lapse before not, more days overdue, a longer streak, then the trend.
    return {priorityGroup(item.segment, item.extreme), item.status.isInLapse ? 0 : 1, -item.status.daysOverdue,
            -item.status.unansweredStreak, trendOrder(item.trend)};
}

bool FollowUpPlanner::comesBefore(const FollowUpItem &a, const FollowUpItem &b)
{
    const std::array<int, 5> keyA = orderKey(a);
    const std::array<int, 5> keyB = orderKey(b);
    if (keyA != keyB)
        return keyA < keyB;
    const int names = QString::compare(a.client.displayName(), b.client.displayName(), Qt::CaseInsensitive);
    if (names != 0)
        return names < 0;
    return a.client.id < b.client.id;
}

/**
 * The sentences of one plan. Most of them differ between clients only in a number or a day, so
 * each is made once, on first use, and the items share it (a QString copy shares its text).
 * A sentence's key holds everything its words depend on.
 */
struct FollowUpPlanner::Words
{
    template<typename Make>
    const QString &sentence(QHash<qint64, QString> &cache, qint64 a, qint64 b, Make make)
    {
        const qint64 key = (a << 32) ^ quint32(b);
        auto it = cache.find(key);
        if (it == cache.end())
            it = cache.insert(key, make());
        return *it;
    }

    /** day() of @p when, made once per local day. */
    const QString &day(const QDateTime &when, QDate today)
    {
        return sentence(days, localDate(when).toJulianDay(), 0, [&] { return Rapport::day(when, today); });
    }

    QHash<qint64, QString> unanswered, unansweredTemplates, overdue, due, silent, moves, leaving, actions, days;
    const QString moved = tr("moved %1 → %2 on %3");
    const QString firstContact = tr("due for a first contact");
    const QString worsening = tr("worsening over the last 90 days");
    const QString thirdDegree = tr("third-degree client: wants exactly what they ask for and blames you for the results");
    const QString toxic = tr("on the Toxic rung: takes more than they give");
    const QString terroristCorner = tr("in the Terrorist corner: may be warning others off");
};

void FollowUpPlanner::explain(FollowUpItem *out, const QVector<SegmentChange> &history, QDate today, Words *words) const
{
    FollowUpItem &item = *out;
    const Client &client = item.client;
    const ContactStatus &s = item.status;
    if (s.unansweredStreak > 0)
        item.reasons.append(words->sentence(words->unanswered, s.unansweredStreak, localDate(s.streakSince).toJulianDay(), [&] {
            const QString sentence = words->sentence(words->unansweredTemplates, s.unansweredStreak, 0, [&] {
                return tr("no answer to %n attempt(s) since %1", nullptr, s.unansweredStreak);
            });
            return sentence.arg(words->day(s.streakSince, today));
        }));
    // The report shows how many days overdue and the last contact (or "never") in columns of
    // their own: the reasons say what those columns cannot.
    if (s.isOverdue)
        item.reasons.append(words->sentence(words->overdue, s.interval.maximumDays, 0, [&] {
            return tr("needs contact at least every %n day(s)", nullptr, s.interval.maximumDays);
        }));
    else if (s.isDue && !s.lastContact.isValid())
        item.reasons.append(words->firstContact);
    else if (s.isDue)
        item.reasons.append(words->sentence(words->due, s.daysSinceContact, 0, [&] {
            return tr("due for contact: %n day(s) since the last one", nullptr, s.daysSinceContact);
        }));
    if (s.isUnusuallySilent)
        item.reasons.append(words->sentence(words->silent, s.medianGapDays, s.daysSinceContact, [&] {
            return tr("silent for %1 days, usually in touch every %n day(s)", nullptr, s.medianGapDays).arg(s.daysSinceContact);
        }));
    const QDate recent = today.addDays(-90);
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const QDate changed = localDate(it->changedAt);
        if (changed < recent)
            break;
        if (it->fromSegment != it->toSegment || it->fromExtreme != it->toExtreme) {
            const qint64 move = ((int(it->fromSegment) * 3 + int(it->fromExtreme)) * 4 + int(it->toSegment)) * 3 + int(it->toExtreme);
            item.reasons.append(words->sentence(words->moves, move, changed.toJulianDay(), [&] {
                return words->moved.arg(segmentLabel(it->fromSegment, it->fromExtreme), segmentLabel(it->toSegment, it->toExtreme),
                                        words->day(it->changedAt, today));
            }));
            break;
        }
    }
    if (item.trend == Trend::Worsening)
        item.reasons.append(words->worsening);
    if (item.segment == Segment::Hostage && client.hostageReasonEnds.isValid()) {
        const qint64 days = today.daysTo(client.hostageReasonEnds);
        if (days >= 0 && days <= 60)
            item.reasons.append(words->sentence(words->leaving, client.hostageReasonEnds.toJulianDay(), 0, [&] {
                return tr("free to leave from %1").arg(day(QDateTime(client.hostageReasonEnds, QTime(12, 0)), today));
            }));
    }
    if (client.degree == 3)
        item.reasons.append(words->thirdDegree);
    if (client.rung == LadderRung::Toxic)
        item.reasons.append(words->toxic);
    if (item.extreme == Extreme::Terrorist && item.reasons.isEmpty())
        item.reasons.append(words->terroristCorner);
    // The action depends on the group, the status's flags, whether the client suggests
    // reconsidering, and the weakest dimension: all of it is in the key.
    const bool reconsidering = Frameworks::suggestsReconsidering(client);
    const auto weakest = Frameworks::weakestDimension(client.dimensions);
    const qint64 actionKey = priorityGroup(item.segment, item.extreme) | (s.suggestsPartingWays ? 8 : 0)
        | (s.isOverdue || s.isUnusuallySilent ? 16 : 0) | (reconsidering ? 32 : 0);
    item.action = words->sentence(words->actions, actionKey, weakest ? int(*weakest) + 1 : 0, [&] {
        QString action = actionFor(item);
        if (weakest && !s.suggestsPartingWays && !reconsidering)
            action += QLatin1Char(' ') + tr("Weakest: %1. %2").arg(Frameworks::dimensionName(*weakest), Frameworks::dimensionAdvice(*weakest));
        return action;
    });
}

QString FollowUpPlanner::actionFor(const FollowUpItem &item) const
{
    const ContactStatus &s = item.status;
    if (Frameworks::suggestsReconsidering(item.client) && priorityGroup(item.segment, item.extreme) <= 2)
        return tr("Consider parting ways: explain plainly what you can and cannot do for them, and recommend "
                  "someone better suited if they want more.");
    if (s.suggestsPartingWays)
        return tr("Send one short, friendly message asking whether they want to carry on; if it stays unanswered, "
                  "close the relationship politely and stop chasing.");
    // How long it has been is in the row already (last contact, days overdue, the silence).
    QString opening;
    if (s.isOverdue || s.isUnusuallySilent)
        opening = tr("Call rather than email.") + QLatin1Char(' ');
    switch (priorityGroup(item.segment, item.extreme)) {
    case 0:
        return opening + tr("Talk this week, listen without defending, and offer one concrete fix; if it cannot be "
                            "put right, end it on good terms before it costs you more.");
    case 1:
        return opening + tr("Book one frank meeting to learn what went wrong, then decide: fix it with a clear "
                            "plan, or part ways politely.");
    case 2:
        return opening + tr("Ask plainly what would make them happier and commit to one change with a date; "
                            "consider a fresh person on the account.");
    case 3:
        return opening + tr("Check in on their next need and restate what is included and what is extra, in "
                            "writing, before prices come up.");
    case 4:
        return opening + tr("A short check-in: thank them, ask how things are going, and ask who else might "
                            "benefit from working with you.");
    default:
        return opening + tr("Thank them personally and ask for a testimonial or an introduction.");
    }
}

FollowUpPlan FollowUpPlanner::make(qsizetype count, const std::function<Input(qsizetype)> &input,
                                   const std::function<QVector<SegmentChange>(qsizetype)> &history, QDate today) const
{
    FollowUpPlan plan;
    plan.asOf = today;
    QVector<int> answers;
    // A listed client as it is sorted: the order of comesBefore() before names, packed into one
    // number (group, in lapse, days overdue, streak, trend: smaller first), then the name's first
    // sixteen letters when they are plain ASCII (folded as toCaseFolded() would), else the whole
    // folded name, made only when needed. What the item needs later sits in the vectors below,
    // at the key's place in them.
    struct Key
    {
        quint64 order;
        std::array<quint64, 2> namePrefix;
        bool prefixIsExact;
        bool prefixIsWholeName; ///< exact, and the name has no more letters: equal prefixes, equal names
        bool hasAlert;
        Trend trend;
        int listed; ///< the client's place in statuses, histories and folded
        const Client *client;
    };
    std::vector<Key> keys;
    std::vector<ContactStatus> statuses;
    std::vector<QVector<SegmentChange>> histories;
    for (qsizetype i = 0; i < count; ++i) {
        const Input in = input(i);
        const Client &client = *in.client;
        if (client.archived)
            continue;
        if (client.nps >= 0)
            answers.append(client.nps);
        const Segment segment = m_rules.segment(client.satisfaction, client.repurchase);
        const Extreme extreme = m_rules.extreme(client.satisfaction, client.repurchase);
        const ContactStatus &status = in.status;
        ++plan.totalClients;
        ++plan.segmentCounts[size_t(segment)];
        plan.apostles += extreme == Extreme::Apostle ? 1 : 0;
        plan.terrorists += extreme == Extreme::Terrorist ? 1 : 0;
        plan.inLapse += status.isInLapse ? 1 : 0;
        plan.due += status.isDue ? 1 : 0;
        const bool hostageLeaving = segment == Segment::Hostage && client.hostageReasonEnds.isValid()
            && today.daysTo(client.hostageReasonEnds) >= 0 && today.daysTo(client.hostageReasonEnds) <= 60;
        if (!(status.isDue || status.isInLapse || in.hasAlert || extreme == Extreme::Terrorist || hostageLeaving)) {
            ++plan.leftOut;
            continue;
        }
        QVector<SegmentChange> moves = history(i);
        const Trend trend = trendOf(moves, client.satisfaction, client.repurchase, today);
        const QString name = client.displayName();
        std::array<quint64, 2> prefix{};
        bool exact = true;
        for (int c = 0; c < 16 && exact; ++c) {
            char16_t unit = c < name.size() ? name.at(c).unicode() : 0;
            if (unit >= 0x80 || (unit == 0 && c < name.size()))
                exact = false; // a NUL in the name would read as its end
            else if (unit >= u'A' && unit <= u'Z')
                unit += u'a' - u'A';
            prefix[size_t(c / 8)] |= quint64(unit) << (56 - 8 * (c % 8));
        }
        constexpr quint64 overdueMax = (quint64(1) << 28) - 1;
        constexpr quint64 streakMax = (quint64(1) << 24) - 1;
        const quint64 order = quint64(priorityGroup(segment, extreme)) << 61 | quint64(status.isInLapse ? 0 : 1) << 60
            | (overdueMax - std::min<quint64>(quint64(std::max(0, status.daysOverdue)), overdueMax)) << 32
            | (streakMax - std::min<quint64>(quint64(std::max(0, status.unansweredStreak)), streakMax)) << 8
            | quint64(trendOrder(trend));
        keys.push_back({order, prefix, exact, exact && name.size() <= 16, in.hasAlert, trend, int(statuses.size()), &client});
        statuses.push_back(status);
        histories.push_back(std::move(moves));
    }
    plan.nps = Frameworks::nps(answers);

    // Folded when first compared; the vector never grows, so a reference into it stays good.
    std::vector<QString> folded(keys.size());
    std::vector<char> isFolded(keys.size(), 0);
    const auto foldedName = [&](const Key &key) -> const QString & {
        const size_t at = size_t(key.listed);
        if (!isFolded[at]) {
            folded[at] = key.client->displayName().toCaseFolded();
            isFolded[at] = 1;
        }
        return folded[at];
    };
    std::sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) {
        if (a.order != b.order)
            return a.order < b.order;
        if (a.prefixIsExact && b.prefixIsExact && a.namePrefix != b.namePrefix)
            return a.namePrefix < b.namePrefix;
        // Namesakes are common: two whole names already compared equal need no folding.
        if (a.prefixIsWholeName && b.prefixIsWholeName)
            return a.client->id < b.client->id;
        const int byName = foldedName(a).compare(foldedName(b));
        return byName != 0 ? byName < 0 : a.client->id < b.client->id;
    });

    Words words;
    plan.items.resize(qsizetype(keys.size()));
    for (size_t k = 0; k < keys.size(); ++k) {
        const Key &key = keys[k];
        const Client &client = *key.client;
        FollowUpItem &item = plan.items[qsizetype(k)];
        item.rank = int(k + 1);
        item.client = client;
        item.segment = m_rules.segment(client.satisfaction, client.repurchase);
        item.extreme = m_rules.extreme(client.satisfaction, client.repurchase);
        item.status = statuses[size_t(key.listed)];
        item.trend = key.trend;
        item.hasAlert = key.hasAlert;
        item.reasons.reserve(3);
        explain(&item, histories[size_t(key.listed)], today, &words);
    }
    return plan;
}

namespace {

bool hasAlertIn(const QVector<SegmentChange> &history)
{
    return std::any_of(history.cbegin(), history.cend(), [](const SegmentChange &c) { return c.isAlert(); });
}

} // namespace

FollowUpPlan FollowUpPlanner::plan(const QVector<ClientRecord> &records, QDate today) const
{
    return make(
        records.size(),
        [&](qsizetype i) {
            const ClientRecord &record = records.at(i);
            const Segment segment = m_rules.segment(record.client.satisfaction, record.client.repurchase);
            return Input{&record.client, m_lapseRules.status(record.client, segment, ContactSummary::of(record.interactions), today),
                         hasAlertIn(record.history)};
        },
        [&records](qsizetype i) { return records.at(i).history; }, today);
}

FollowUpPlan FollowUpPlanner::plan(const ClientStore &store, QDate today, const QString &owner)
{
    const FollowUpPlanner planner(store.rules(), store.lapseRules());
    QVector<const Client *> clients;
    clients.reserve(store.count());
    for (const Client &client : store.clients()) {
        if (owner.trimmed().isEmpty() || client.isOwnedBy(owner))
            clients.append(&client);
    }
    FollowUpPlan plan = planner.make(
        clients.size(),
        [&](qsizetype i) {
            const Client &client = *clients.at(i);
            const Segment segment = store.rules().segment(client.satisfaction, client.repurchase);
            return Input{&client, store.lapseRules().status(client, segment, store.contactSummary(client.id), today),
                         hasAlertIn(store.history(client.id))};
        },
        [&](qsizetype i) { return store.history(clients.at(i)->id); }, today);
    plan.owner = ownerAsSpelt(owner, clients);
    return plan;
}

FollowUpPlan FollowUpPlanner::plan(const ContactTracker &tracker, const QString &owner)
{
    const ClientStore &store = tracker.store();
    if (tracker.count() != store.count())
        return plan(store, tracker.today(), owner); // not caught up with the store (cannot happen between events)
    const FollowUpPlanner planner(store.rules(), store.lapseRules());
    QVector<int> rows;
    rows.reserve(store.count());
    QVector<const Client *> owned;
    for (int row = 0; row < store.count(); ++row) {
        if (owner.trimmed().isEmpty() || store.at(row).isOwnedBy(owner)) {
            rows.append(row);
            if (owned.isEmpty())
                owned.append(&store.at(row));
        }
    }
    FollowUpPlan plan = planner.make(
        rows.size(),
        [&](qsizetype i) {
            const int row = rows.at(i);
            return Input{&store.at(row), tracker.statusAt(row), tracker.hasAlert(row)};
        },
        [&](qsizetype i) { return store.history(store.at(rows.at(i)).id); }, tracker.today());
    plan.owner = ownerAsSpelt(owner, owned);
    return plan;
}

} // namespace Rapport
