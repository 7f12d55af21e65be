#include "followupplanner.h"

#include "clientstore.h"
#include "localdate.h"
#include "twohalves.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <iterator>
#include <numeric>

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

void FollowUpPlanner::explain(FollowUpItem *out, const QVector<SegmentChange> &history, QDate today) const
{
    FollowUpItem &item = *out;
    const Client &client = item.client;
    const ContactStatus &s = item.status;
    if (s.unansweredStreak > 0)
        item.reasons.append(tr("no answer to %n attempt(s) since %1", nullptr, s.unansweredStreak).arg(day(s.streakSince, today)));
    // The report shows how many days overdue and the last contact (or "never") in columns of
    // their own: the reasons say what those columns cannot.
    if (s.isOverdue)
        item.reasons.append(tr("needs contact at least every %n day(s)", nullptr, s.interval.maximumDays));
    else if (s.isDue && !s.lastContact.isValid())
        item.reasons.append(tr("due for a first contact"));
    else if (s.isDue)
        item.reasons.append(tr("due for contact: %n day(s) since the last one", nullptr, s.daysSinceContact));
    if (s.isUnusuallySilent)
        item.reasons.append(tr("silent for %1 days, usually in touch every %n day(s)", nullptr, s.medianGapDays)
                                .arg(s.daysSinceContact));
    const QDate recent = today.addDays(-90);
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (localDate(it->changedAt) < recent)
            break;
        if (it->fromSegment != it->toSegment || it->fromExtreme != it->toExtreme) {
            item.reasons.append(tr("moved %1 → %2 on %3")
                                    .arg(segmentLabel(it->fromSegment, it->fromExtreme), segmentLabel(it->toSegment, it->toExtreme),
                                         day(it->changedAt, today)));
            break;
        }
    }
    if (item.trend == Trend::Worsening)
        item.reasons.append(tr("worsening over the last 90 days"));
    if (item.segment == Segment::Hostage && client.hostageReasonEnds.isValid()) {
        const qint64 days = today.daysTo(client.hostageReasonEnds);
        if (days >= 0 && days <= 60)
            item.reasons.append(tr("free to leave from %1").arg(day(QDateTime(client.hostageReasonEnds, QTime(12, 0)), today)));
    }
    if (client.degree == 3)
        item.reasons.append(tr("third-degree client: wants exactly what they ask for and blames you for the results"));
    if (client.rung == LadderRung::Toxic)
        item.reasons.append(tr("on the Toxic rung: takes more than they give"));
    if (item.extreme == Extreme::Terrorist && item.reasons.isEmpty())
        item.reasons.append(tr("in the Terrorist corner: may be warning others off"));
    item.action = actionFor(item);
    if (const auto weakest = Frameworks::weakestDimension(client.dimensions); weakest && !s.suggestsPartingWays
        && !Frameworks::suggestsReconsidering(client))
        item.action += QLatin1Char(' ') + tr("Weakest: %1. %2").arg(Frameworks::dimensionName(*weakest),
                                                                   Frameworks::dimensionAdvice(*weakest));
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

void FollowUpPlanner::add(FollowUpPlan *plan, const Client &client, const ContactSummary &contacts,
                          const QVector<SegmentChange> &history, QDate today) const
{
    if (client.archived)
        return;
    const Segment segment = m_rules.segment(client.satisfaction, client.repurchase);
    const Extreme extreme = m_rules.extreme(client.satisfaction, client.repurchase);
    const ContactStatus status = m_lapseRules.status(client, segment, contacts, today);
    const bool hasAlert = std::any_of(history.cbegin(), history.cend(), [](const SegmentChange &c) { return c.isAlert(); });
    ++plan->totalClients;
    ++plan->segmentCounts[size_t(segment)];
    plan->apostles += extreme == Extreme::Apostle ? 1 : 0;
    plan->terrorists += extreme == Extreme::Terrorist ? 1 : 0;
    plan->inLapse += status.isInLapse ? 1 : 0;
    plan->due += status.isDue ? 1 : 0;
    const bool hostageLeaving = segment == Segment::Hostage && client.hostageReasonEnds.isValid()
        && today.daysTo(client.hostageReasonEnds) >= 0 && today.daysTo(client.hostageReasonEnds) <= 60;
    const bool listed = status.isDue || status.isInLapse || hasAlert || extreme == Extreme::Terrorist || hostageLeaving;
    if (!listed) {
        ++plan->leftOut;
        return;
    }
    // Only the listed clients are worth an item and its words: much of a large base is left out.
    plan->items.emplaceBack();
    FollowUpItem &item = plan->items.last();
    item.segment = segment;
    item.extreme = extreme;
    item.status = status;
    item.hasAlert = hasAlert;
    item.client = client;
    item.trend = trendOf(history, client.satisfaction, client.repurchase, today);
    explain(&item, history, today);
}

void FollowUpPlanner::finish(FollowUpPlan *plan, const QVector<int> &answers)
{
    plan->nps = Frameworks::nps(answers);
    // Sort positions, not the items: an item carries a whole client, and moving 50,000 of
    // them around inside a sort costs more than the comparisons.
    // The names are folded once here, not in each of a million comparisons.
    QVector<QString> names;
    names.reserve(plan->items.size());
    for (const FollowUpItem &item : std::as_const(plan->items))
        names.append(item.client.displayName().toCaseFolded());
    // The order of comesBefore(), as small keys side by side: the sort touches nothing else.
    struct Key
    {
        std::array<int, 5> first;
        int item;
    };
    std::vector<Key> keys;
    keys.reserve(size_t(plan->items.size()));
    for (int i = 0; i < plan->items.size(); ++i)
        keys.push_back({orderKey(plan->items.at(i)), i});
    std::sort(keys.begin(), keys.end(), [plan, &names](const Key &a, const Key &b) {
        if (a.first != b.first)
            return a.first < b.first;
        const int byName = names.at(a.item).compare(names.at(b.item));
        return byName != 0 ? byName < 0 : plan->items.at(a.item).client.id < plan->items.at(b.item).client.id;
    });
    std::vector<int> order;
    order.reserve(keys.size());
    for (const Key &key : keys)
        order.push_back(key.item);
    // Put each item in its place by following the permutation's cycles: one move per item.
    QVector<FollowUpItem> &items = plan->items;
    std::vector<char> placed(order.size(), 0);
    for (size_t start = 0; start < order.size(); ++start) {
        if (placed[start])
            continue;
        FollowUpItem first = std::move(items[qsizetype(start)]);
        size_t at = start;
        while (size_t(order[at]) != start) {
            items[qsizetype(at)] = std::move(items[order[at]]);
            placed[at] = 1;
            at = size_t(order[at]);
        }
        items[qsizetype(at)] = std::move(first);
        placed[at] = 1;
    }
    for (qsizetype i = 0; i < items.size(); ++i)
        items[i].rank = int(i + 1);
}

FollowUpPlan FollowUpPlanner::plan(const QVector<ClientRecord> &records, QDate today) const
{
    FollowUpPlan result;
    result.asOf = today;
    QVector<int> answers;
    for (const ClientRecord &record : records) {
        add(&result, record.client, ContactSummary::of(record.interactions), record.history, today);
        if (!record.client.archived && record.client.nps >= 0)
            answers.append(record.client.nps);
    }
    finish(&result, answers);
    return result;
}

FollowUpPlan FollowUpPlanner::plan(const ClientStore &store, QDate today)
{
    const FollowUpPlanner planner(store.rules(), store.lapseRules());
    const QVector<Client> &clients = store.clients();
    // Each half of a large base is assessed on its own thread into its own partial plan.
    FollowUpPlan parts[2];
    QVector<int> answers[2];
    inTwoHalves(clients.size(), [&](qsizetype begin, qsizetype end, int half) {
        FollowUpPlan &part = parts[half];
        // Room for every client of the part: growing a list of large items moves them all, often.
        part.items.reserve(end - begin);
        for (qsizetype i = begin; i < end; ++i) {
            const Client &client = clients.at(i);
            planner.add(&part, client, store.contactSummary(client.id), store.history(client.id), today);
            if (!client.archived && client.nps >= 0)
                answers[half].append(client.nps);
        }
    });
    FollowUpPlan &result = parts[0];
    const FollowUpPlan &second = parts[1];
    result.asOf = today;
    result.totalClients += second.totalClients;
    for (size_t s = 0; s < result.segmentCounts.size(); ++s)
        result.segmentCounts[s] += second.segmentCounts[s];
    result.apostles += second.apostles;
    result.terrorists += second.terrorists;
    result.inLapse += second.inLapse;
    result.due += second.due;
    result.leftOut += second.leftOut;
    result.items.reserve(result.items.size() + second.items.size());
    std::move(parts[1].items.begin(), parts[1].items.end(), std::back_inserter(result.items));
    answers[0] += answers[1];
    finish(&result, answers[0]);
    return std::move(result);
}

} // namespace Rapport
