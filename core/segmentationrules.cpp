#include "segmentationrules.h"

#include <QLocale>

#include <algorithm>

namespace Rapport {

SegmentationRules::SegmentationRules(double satisfactionBoundary, double repurchaseBoundary,
                                     double apostleMinimum, double terroristMaximum)
    : m_satisfactionBoundary(satisfactionBoundary)
    , m_repurchaseBoundary(repurchaseBoundary)
    , m_apostleMinimum(apostleMinimum)
    , m_terroristMaximum(terroristMaximum)
{
}

Segment SegmentationRules::segment(double satisfaction, double repurchase) const
{
    const bool satisfied = satisfaction >= m_satisfactionBoundary;
    const bool returning = repurchase >= m_repurchaseBoundary;
    if (satisfied)
        return returning ? Segment::Loyalist : Segment::Mercenary;
    return returning ? Segment::Hostage : Segment::Defector;
}

Extreme SegmentationRules::extreme(double satisfaction, double repurchase) const
{
    if (satisfaction >= m_apostleMinimum && repurchase >= m_apostleMinimum)
        return Extreme::Apostle;
    if (satisfaction <= m_terroristMaximum && repurchase <= m_terroristMaximum)
        return Extreme::Terrorist;
    return Extreme::None;
}

QString SegmentationRules::validationError() const
{
    const auto inRange = [](double v) { return v >= 0.0 && v <= 10.0; };
    const QLocale locale;
    if (!inRange(m_satisfactionBoundary))
        return tr("The satisfaction boundary must lie between 0 and 10.");
    if (!inRange(m_repurchaseBoundary))
        return tr("The likelihood-to-repurchase boundary must lie between 0 and 10.");
    if (!inRange(m_apostleMinimum))
        return tr("The Apostle corner must lie between 0 and 10.");
    if (!inRange(m_terroristMaximum))
        return tr("The Terrorist corner must lie between 0 and 10.");
    const double highest = std::max(m_satisfactionBoundary, m_repurchaseBoundary);
    if (m_apostleMinimum < highest)
        return tr("The Apostle corner must start at or above both boundaries (%1), inside the Loyalist quadrant.")
            .arg(locale.toString(highest, 'f', 1));
    const double lowest = std::min(m_satisfactionBoundary, m_repurchaseBoundary);
    if (m_terroristMaximum >= lowest)
        return tr("The Terrorist corner must end below both boundaries (%1), inside the Defector quadrant.")
            .arg(locale.toString(lowest, 'f', 1));
    return {};
}

} // namespace Rapport
