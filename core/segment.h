#pragma once

#include <QMetaType>
#include <QString>

namespace Rapport {
Q_NAMESPACE

/** The quadrant of the satisfaction / likelihood-to-repurchase matrix a client falls in. */
enum class Segment {
    Loyalist,  ///< high satisfaction, high likelihood to repurchase
    Mercenary, ///< high satisfaction, low likelihood to repurchase
    Hostage,   ///< low satisfaction, high likelihood to repurchase
    Defector,  ///< low satisfaction, low likelihood to repurchase
};
Q_ENUM_NS(Segment)

/** The outer corner a client may sit in, beyond its segment. */
enum class Extreme {
    None,
    Apostle,   ///< a Loyalist who actively recommends the business
    Terrorist, ///< a Defector who actively harms its reputation
};
Q_ENUM_NS(Extreme)

/** Number of segments, for arrays indexed by Segment. */
inline constexpr int SegmentCount = 4;

/** The translated singular name of @p segment, e.g. "Loyalist". */
QString segmentName(Segment segment);

/** The translated plural name of @p segment, e.g. "Loyalists". */
QString segmentPluralName(Segment segment);

/** The translated name of @p extreme; empty for Extreme::None. */
QString extremeName(Extreme extreme);

/** "Loyalist", or "Loyalist (Apostle)" when the client sits in a corner. */
QString segmentLabel(Segment segment, Extreme extreme);

/** One plain sentence on what the segment means for the owner and what to do next. */
QString segmentAdvice(Segment segment, Extreme extreme);

/** Stable lower-case key for files and settings: "loyalist", "mercenary", ... */
QString segmentKey(Segment segment);

/** Rounds @p value to one decimal, the precision Rapport stores scores with. */
double roundToTenth(double value);

} // namespace Rapport
