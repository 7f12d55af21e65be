#pragma once

#include "segment.h"

#include <QCoreApplication>
#include <QString>

namespace Rapport {

/**
 * Where the quadrant boundaries and the Apostle and Terrorist corners lie.
 *
 * A value type with pure functions only. A score equal to a boundary counts as high.
 * A client is an Apostle when both scores are at least apostleMinimum(), and a
 * Terrorist when both are at most terroristMaximum().
 */
class SegmentationRules
{
    Q_DECLARE_TR_FUNCTIONS(SegmentationRules)

public:
    static constexpr double DefaultBoundary = 5.0;
    static constexpr double DefaultApostleMinimum = 9.0;
    static constexpr double DefaultTerroristMaximum = 1.0;

    SegmentationRules() = default;
    SegmentationRules(double satisfactionBoundary, double repurchaseBoundary,
                      double apostleMinimum, double terroristMaximum);

    /** Satisfaction at or above which a client counts as satisfied. */
    double satisfactionBoundary() const { return m_satisfactionBoundary; }
    void setSatisfactionBoundary(double value) { m_satisfactionBoundary = value; }

    /** Likelihood to repurchase at or above which a client counts as likely to buy again. */
    double repurchaseBoundary() const { return m_repurchaseBoundary; }
    void setRepurchaseBoundary(double value) { m_repurchaseBoundary = value; }

    /** Both scores at or above this make a Loyalist an Apostle. */
    double apostleMinimum() const { return m_apostleMinimum; }
    void setApostleMinimum(double value) { m_apostleMinimum = value; }

    /** Both scores at or below this make a Defector a Terrorist. */
    double terroristMaximum() const { return m_terroristMaximum; }
    void setTerroristMaximum(double value) { m_terroristMaximum = value; }

    /** The quadrant of a (satisfaction, likelihood to repurchase) pair. */
    Segment segment(double satisfaction, double repurchase) const;

    /** The corner of a pair, or Extreme::None. */
    Extreme extreme(double satisfaction, double repurchase) const;

    /**
     * Why these rules cannot be used, in words for the owner; empty when they are valid.
     * A boundary must lie within 0..10, the Apostle corner inside the Loyalist quadrant
     * and the Terrorist corner inside the Defector quadrant.
     */
    QString validationError() const;
    bool isValid() const { return validationError().isEmpty(); }

    friend bool operator==(const SegmentationRules &a, const SegmentationRules &b)
    {
        return a.m_satisfactionBoundary == b.m_satisfactionBoundary
            && a.m_repurchaseBoundary == b.m_repurchaseBoundary
            && a.m_apostleMinimum == b.m_apostleMinimum
            && a.m_terroristMaximum == b.m_terroristMaximum;
    }
    friend bool operator!=(const SegmentationRules &a, const SegmentationRules &b) { return !(a == b); }

private:
    double m_satisfactionBoundary = DefaultBoundary;
    double m_repurchaseBoundary = DefaultBoundary;
    double m_apostleMinimum = DefaultApostleMinimum;
    double m_terroristMaximum = DefaultTerroristMaximum;
};

} // namespace Rapport

Q_DECLARE_METATYPE(Rapport::SegmentationRules)
