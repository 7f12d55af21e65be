#include "frameworks.h"

#include "client.h"

#include <algorithm>
#include <cmath>

namespace Rapport {

namespace {

template<typename Enum, size_t N>
bool fromKey(const QString &key, Enum *value, const std::array<Enum, N> &all, QString (*keyOf)(Enum))
{
    for (Enum candidate : all) {
        if (keyOf(candidate) == key) {
            *value = candidate;
            return true;
        }
    }
    return false;
}

} // namespace

QString Frameworks::rungName(LadderRung rung)
{
    switch (rung) {
    case LadderRung::None:
        return tr("Not set");
    case LadderRung::Terrorist:
        return tr("Terrorist");
    case LadderRung::Toxic:
        return tr("Toxic");
    case LadderRung::Prospect:
        return tr("Prospect");
    case LadderRung::Customer:
        return tr("Customer (buys now and then)");
    case LadderRung::Client:
        return tr("Client (buys regularly)");
    case LadderRung::Supporter:
        return tr("Supporter");
    case LadderRung::Advocate:
        return tr("Advocate");
    }
    return {};
}

QString Frameworks::rungKey(LadderRung rung)
{
    static const char *const keys[] = {"", "terrorist", "toxic", "prospect", "customer", "client", "supporter", "advocate"};
    return QString::fromLatin1(keys[int(rung)]);
}

bool Frameworks::rungFromKey(const QString &key, LadderRung *rung)
{
    return fromKey(key, rung,
                   std::array{LadderRung::None, LadderRung::Terrorist, LadderRung::Toxic, LadderRung::Prospect, LadderRung::Customer,
                              LadderRung::Client, LadderRung::Supporter, LadderRung::Advocate},
                   &Frameworks::rungKey);
}

QString Frameworks::stageName(Stage stage)
{
    switch (stage) {
    case Stage::None:
        return tr("Not set");
    case Stage::Courting:
        return tr("Courting");
    case Stage::Contract:
        return tr("Contract");
    case Stage::Continuation:
        return tr("Continuation");
    case Stage::Commitment:
        return tr("Commitment");
    case Stage::Convergence:
        return tr("Convergence");
    }
    return {};
}

QString Frameworks::stageKey(Stage stage)
{
    static const char *const keys[] = {"", "courting", "contract", "continuation", "commitment", "convergence"};
    return QString::fromLatin1(keys[int(stage)]);
}

bool Frameworks::stageFromKey(const QString &key, Stage *stage)
{
    return fromKey(key, stage,
                   std::array{Stage::None, Stage::Courting, Stage::Contract, Stage::Continuation, Stage::Commitment, Stage::Convergence},
                   &Frameworks::stageKey);
}

QString Frameworks::dimensionName(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Integrity:
        return tr("Integrity");
    case Dimension::Competency:
        return tr("Competency");
    case Dimension::Recognition:
        return tr("Recognition");
    case Dimension::Proactivity:
        return tr("Proactivity");
    case Dimension::Savvy:
        return tr("Savvy");
    case Dimension::Chemistry:
        return tr("Chemistry");
    }
    return {};
}

QString Frameworks::dimensionKey(Dimension dimension)
{
    static const char *const keys[] = {"integrity", "competency", "recognition", "proactivity", "savvy", "chemistry"};
    return QString::fromLatin1(keys[int(dimension)]);
}

QString Frameworks::dimensionAdvice(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Integrity:
        return tr("Do exactly what you said, when you said it, and say so; confirm the next promise in writing.");
    case Dimension::Competency:
        return tr("Show the result, not the effort: share a short summary of what was delivered and what it achieved.");
    case Dimension::Recognition:
        return tr("Make them feel valued: a personal call from you, not a template, and remember what matters to them.");
    case Dimension::Proactivity:
        return tr("Warn them before they find out: send a heads-up on risks, deadlines or changes that affect them.");
    case Dimension::Savvy:
        return tr("Learn their world: ask about their goals for the year and link your next proposal to them.");
    case Dimension::Chemistry:
        return tr("Spend time outside the transaction: a coffee or a visit, or a different person on the account.");
    }
    return {};
}

QString Frameworks::hostageReasonName(HostageReason reason)
{
    switch (reason) {
    case HostageReason::None:
        return tr("Not known");
    case HostageReason::Contract:
        return tr("A contract");
    case HostageReason::SwitchingCost:
        return tr("The cost of switching");
    case HostageReason::NoAlternative:
        return tr("No alternative");
    case HostageReason::Habit:
        return tr("Habit");
    case HostageReason::Other:
        return tr("Something else");
    }
    return {};
}

QString Frameworks::hostageReasonKey(HostageReason reason)
{
    static const char *const keys[] = {"", "contract", "switching_cost", "no_alternative", "habit", "other"};
    return QString::fromLatin1(keys[int(reason)]);
}

bool Frameworks::hostageReasonFromKey(const QString &key, HostageReason *reason)
{
    return fromKey(key, reason,
                   std::array{HostageReason::None, HostageReason::Contract, HostageReason::SwitchingCost,
                              HostageReason::NoAlternative, HostageReason::Habit, HostageReason::Other},
                   &Frameworks::hostageReasonKey);
}

QString Frameworks::degreeName(int degree)
{
    switch (degree) {
    case 1:
        return tr("First degree: we deliver what they need");
    case 2:
        return tr("Second degree: we deliver what they want, and suggest what they need");
    case 3:
        return tr("Third degree: exactly what they want, and they blame us for the results");
    default:
        return tr("Not set");
    }
}

QString Frameworks::npsCategoryName(NpsCategory category)
{
    switch (category) {
    case NpsCategory::None:
        return tr("No answer");
    case NpsCategory::Detractor:
        return tr("Detractor");
    case NpsCategory::Passive:
        return tr("Passive");
    case NpsCategory::Promoter:
        return tr("Promoter");
    }
    return {};
}

NpsCategory Frameworks::npsCategory(int answer)
{
    if (answer < 0 || answer > 10)
        return NpsCategory::None;
    if (answer >= 9)
        return NpsCategory::Promoter;
    if (answer >= 7)
        return NpsCategory::Passive;
    return NpsCategory::Detractor;
}

NpsSummary Frameworks::nps(const QVector<int> &answers)
{
    NpsSummary summary;
    for (int answer : answers) {
        switch (npsCategory(answer)) {
        case NpsCategory::None:
            continue;
        case NpsCategory::Detractor:
            ++summary.detractors;
            break;
        case NpsCategory::Passive:
            ++summary.passives;
            break;
        case NpsCategory::Promoter:
            ++summary.promoters;
            break;
        }
        ++summary.answers;
    }
    if (summary.answers > 0) {
        // Rounded half away from zero, on the exact fraction rather than on rounded percentages.
        const double score = 100.0 * (summary.promoters - summary.detractors) / summary.answers;
        summary.score = int(std::lround(score));
    }
    return summary;
}

LadderRung Frameworks::suggestedRung(const Client &client, Segment segment, Extreme extreme)
{
    const bool unhappy = segment == Segment::Defector || segment == Segment::Hostage;
    const NpsCategory answer = npsCategory(client.nps);
    // Someone who would warn others off, and is unhappy, can harm the reputation: that is the
    // Terrorist rung. Anger alone is not Toxic; taking more than they give (the third degree) is.
    if (extreme == Extreme::Terrorist || (unhappy && answer != NpsCategory::None && client.nps <= 2))
        return LadderRung::Terrorist;
    if (client.degree == 3)
        return LadderRung::Toxic;

    LadderRung rung = LadderRung::None;
    if (extreme == Extreme::Apostle || (segment == Segment::Loyalist && answer == NpsCategory::Promoter))
        rung = LadderRung::Advocate;
    else if (segment == Segment::Loyalist && answer == NpsCategory::Passive && client.purchasesPerYear >= 4)
        rung = LadderRung::Supporter;
    else if (client.purchasesPerYear >= 4)
        rung = LadderRung::Client;
    else if (client.purchasesPerYear > 0)
        rung = LadderRung::Customer;
    else if (client.stage == Stage::Courting)
        rung = LadderRung::Prospect;

    // Buying often does not make a client of someone leaving or speaking against the business.
    if (segment == Segment::Defector || answer == NpsCategory::Detractor)
        rung = std::min(rung, LadderRung::Customer);
    return rung;
}

std::optional<Dimension> Frameworks::weakestDimension(const DimensionRatings &ratings)
{
    std::optional<Dimension> weakest;
    int lowest = 6;
    for (int d = 0; d < DimensionCount; ++d) {
        const int rating = ratings[size_t(d)];
        if (rating >= 1 && rating <= 5 && rating < lowest) {
            lowest = rating;
            weakest = Dimension(d);
        }
    }
    return weakest;
}

bool Frameworks::suggestsReconsidering(const Client &client)
{
    return client.degree == 3 || client.rung == LadderRung::Toxic;
}

} // namespace Rapport
