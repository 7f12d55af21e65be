#pragma once

#include "segmentationrules.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;

/**
 * Edits where the quadrant boundaries and the Apostle and Terrorist corners lie, and says
 * in red what is wrong with them while they cannot be used.
 */
class RulesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RulesEditor(QWidget *parent = nullptr);

    Rapport::SegmentationRules rules() const;
    void setRules(const Rapport::SegmentationRules &rules);
    /** Why the rules shown cannot be used, as the editor shows it; empty when they can. */
    QString problem() const;

Q_SIGNALS:
    /** Emitted when a field changed, or the defaults were restored. */
    void rulesChanged();

private:
    void validate();

    QDoubleSpinBox *m_satisfaction;
    QDoubleSpinBox *m_repurchase;
    QDoubleSpinBox *m_apostle;
    QDoubleSpinBox *m_terrorist;
    QLabel *m_error;
    bool m_settingRules = false;
};
