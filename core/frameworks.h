#pragma once

#include "segment.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <array>
#include <optional>

namespace Rapport {

struct Client;

/** The loyalty ladder, worst to best. */
// One byte each: 100,000 clients hold them (issue 20's memory budget).
enum class LadderRung : quint8 { None, Terrorist, Toxic, Prospect, Customer, Client, Supporter, Advocate };
/** The stages of a relationship, like a courtship. */
enum class Stage : quint8 { None, Courting, Contract, Continuation, Commitment, Convergence };
/** The six dimensions of a trusted-advisor relationship, rated 1 to 5 from the client's side. */
enum class Dimension { Integrity, Competency, Recognition, Proactivity, Savvy, Chemistry };
inline constexpr int DimensionCount = 6;
/** A client's rating of each Dimension, 1 to 5, 0 when not rated. */
using DimensionRatings = std::array<qint8, DimensionCount>;
/** Why a Hostage stays. */
enum class HostageReason : quint8 { None, Contract, SwitchingCost, NoAlternative, Habit, Other };
/** How a Net Promoter answer counts. */
enum class NpsCategory { None, Detractor, Passive, Promoter };

/** The Net Promoter Score over the clients who answered. */
struct NpsSummary
{
    int answers = 0;
    int promoters = 0;
    int passives = 0;
    int detractors = 0;
    /** % promoters minus % detractors, rounded; nothing when nobody answered. */
    std::optional<int> score;
};

/**
 * The other relationship frameworks Rapport carries beside the matrix: names, the pure
 * rules that suggest a ladder rung, find the weakest dimension and compute the NPS.
 */
class Frameworks
{
    Q_DECLARE_TR_FUNCTIONS(Frameworks)

public:
    static QString rungName(LadderRung rung);
    static QString rungKey(LadderRung rung);
    static bool rungFromKey(const QString &key, LadderRung *rung);
    static QString stageName(Stage stage);
    static QString stageKey(Stage stage);
    static bool stageFromKey(const QString &key, Stage *stage);
    static QString dimensionName(Dimension dimension);
    static QString dimensionKey(Dimension dimension);
    /** A concrete next step to strengthen @p dimension. */
    static QString dimensionAdvice(Dimension dimension);
    static QString hostageReasonName(HostageReason reason);
    static QString hostageReasonKey(HostageReason reason);
    static bool hostageReasonFromKey(const QString &key, HostageReason *reason);
    static QString degreeName(int degree);
    static QString npsCategoryName(NpsCategory category);

    /** Promoter 9-10, passive 7-8, detractor 0-6; None without an answer (-1). */
    static NpsCategory npsCategory(int answer);
    /** The NPS over @p answers (each 0..10; others ignored). */
    static NpsSummary nps(const QVector<int> &answers);

    /**
     * The rung the data points to, or None. Terrorist for the Terrorist corner, or for an unhappy
     * client (Defector or Hostage) whose NPS answer is 0 to 2; then Toxic for a third-degree
     * client; otherwise Advocate for an Apostle or a Loyalist promoter (NPS 9-10), Supporter for a
     * Loyalist passive (NPS 7-8) buying four or more times a year, Client for four or more
     * purchases a year, Customer for fewer, Prospect while courting with no purchases known.
     * A Defector or a detractor (NPS 0-6) is never suggested above Customer.
     */
    static LadderRung suggestedRung(const Client &client, Segment segment, Extreme extreme);

    /**
     * The lowest-rated dimension, or nothing when none is rated. On a tie the one listed first
     * wins (Integrity, Competency, Recognition, Proactivity, Savvy, Chemistry): trust before polish.
     */
    static std::optional<Dimension> weakestDimension(const DimensionRatings &ratings);

    /** True for clients worth reconsidering: third degree, or on the Toxic rung. */
    static bool suggestsReconsidering(const Client &client);
};

} // namespace Rapport
