#include "segment.h"

#include <QCoreApplication>

#include <cmath>

namespace Rapport {

QString segmentName(Segment segment)
{
    switch (segment) {
    case Segment::Loyalist:
        return QCoreApplication::translate("Rapport", "Loyalist");
    case Segment::Mercenary:
        return QCoreApplication::translate("Rapport", "Mercenary");
    case Segment::Hostage:
        return QCoreApplication::translate("Rapport", "Hostage");
    case Segment::Defector:
        return QCoreApplication::translate("Rapport", "Defector");
    }
    return {};
}

QString segmentPluralName(Segment segment)
{
    switch (segment) {
    case Segment::Loyalist:
        return QCoreApplication::translate("Rapport", "Loyalists");
    case Segment::Mercenary:
        return QCoreApplication::translate("Rapport", "Mercenaries");
    case Segment::Hostage:
        return QCoreApplication::translate("Rapport", "Hostages");
    case Segment::Defector:
        return QCoreApplication::translate("Rapport", "Defectors");
    }
    return {};
}

QString extremeName(Extreme extreme)
{
    switch (extreme) {
    case Extreme::None:
        return {};
    case Extreme::Apostle:
        return QCoreApplication::translate("Rapport", "Apostle");
    case Extreme::Terrorist:
        return QCoreApplication::translate("Rapport", "Terrorist");
    }
    return {};
}

QString segmentLabel(Segment segment, Extreme extreme)
{
    if (extreme == Extreme::None)
        return segmentName(segment);
    return QCoreApplication::translate("Rapport", "%1 (%2)").arg(segmentName(segment), extremeName(extreme));
}

QString segmentAdvice(Segment segment, Extreme extreme)
{
    if (extreme == Extreme::Apostle)
        return QCoreApplication::translate("Rapport",
            "Delighted and telling others about you. Thank them, ask for referrals or a review, and keep the standard they love.");
    if (extreme == Extreme::Terrorist)
        return QCoreApplication::translate("Rapport",
            "Unhappy and likely to warn others off. Act this week: one frank conversation, then fix it or part on good terms.");
    switch (segment) {
    case Segment::Loyalist:
        return QCoreApplication::translate("Rapport",
            "Happy and coming back. Keep delivering, stay in touch, and give them reasons to recommend you.");
    case Segment::Mercenary:
        return QCoreApplication::translate("Rapport",
            "Pleased with the work but may leave for a better price. Agree scope and boundaries in writing and watch for scope creep.");
    case Segment::Hostage:
        return QCoreApplication::translate("Rapport",
            "Staying for now, but not happy. Ask plainly what must change and fix it: these are the quickest relationships to win back.");
    case Segment::Defector:
        return QCoreApplication::translate("Rapport",
            "Unhappy and unlikely to buy again. Decide soon: meet once to understand, and if nothing can help, end it politely.");
    }
    return {};
}

QString segmentKey(Segment segment)
{
    switch (segment) {
    case Segment::Loyalist:
        return QStringLiteral("loyalist");
    case Segment::Mercenary:
        return QStringLiteral("mercenary");
    case Segment::Hostage:
        return QStringLiteral("hostage");
    case Segment::Defector:
        return QStringLiteral("defector");
    }
    return {};
}

double roundToTenth(double value)
{
    return std::round(value * 10.0) / 10.0;
}

} // namespace Rapport
