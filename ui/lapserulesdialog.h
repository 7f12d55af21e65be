#pragma once

#include "lapserules.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;

/** Edits how often each segment should hear from the business, and when silence counts as a lapse. */
class LapseRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LapseRulesDialog(const Rapport::LapseRules &rules, QWidget *parent = nullptr);
    Rapport::LapseRules rules() const;

private:
    void setRules(const Rapport::LapseRules &rules);
    void validate();

    QSpinBox *m_ideal[Rapport::SegmentCount];
    QSpinBox *m_maximum[Rapport::SegmentCount];
    QSpinBox *m_threshold;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
};
