#pragma once

#include "segmentationrules.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QPushButton;

/** Edits where the quadrant boundaries and the Apostle and Terrorist corners lie. */
class RulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RulesDialog(const Rapport::SegmentationRules &rules, QWidget *parent = nullptr);
    Rapport::SegmentationRules rules() const;

private:
    void setRules(const Rapport::SegmentationRules &rules);
    void validate();

    QDoubleSpinBox *m_satisfaction;
    QDoubleSpinBox *m_repurchase;
    QDoubleSpinBox *m_apostle;
    QDoubleSpinBox *m_terrorist;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
};
