#pragma once

#include "lapserules.h"

#include <QWidget>

class QLabel;
class QSpinBox;

/**
 * Edits how often each segment should hear from the business, and when silence counts as a
 * lapse; says in red what is wrong while the intervals cannot be used.
 */
class LapseRulesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LapseRulesEditor(QWidget *parent = nullptr);

    Rapport::LapseRules rules() const;
    void setRules(const Rapport::LapseRules &rules);
    /** Why the intervals shown cannot be used, as the editor shows it; empty when they can. */
    QString problem() const;

Q_SIGNALS:
    /** Emitted when a field changed, or the defaults were restored. */
    void rulesChanged();

private:
    void validate();

    QSpinBox *m_ideal[Rapport::SegmentCount];
    QSpinBox *m_maximum[Rapport::SegmentCount];
    QSpinBox *m_threshold;
    QLabel *m_error;
    bool m_settingRules = true;
};
