#include "ruleseditor.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Rapport;

RulesEditor::RulesEditor(QWidget *parent)
    : QWidget(parent)
    , m_satisfaction(new QDoubleSpinBox(this))
    , m_repurchase(new QDoubleSpinBox(this))
    , m_apostle(new QDoubleSpinBox(this))
    , m_terrorist(new QDoubleSpinBox(this))
    , m_error(new QLabel(this))
{
    auto *intro = new QLabel(tr("A client whose score equals a boundary counts as high. "
                                "You can also drag the boundary lines and corners on the chart."), this);
    intro->setWordWrap(true);
    for (QDoubleSpinBox *box : {m_satisfaction, m_repurchase, m_apostle, m_terrorist}) {
        box->setRange(0.0, 10.0);
        box->setDecimals(1);
        box->setSingleStep(0.5);
        connect(box, &QDoubleSpinBox::valueChanged, this, &RulesEditor::validate);
    }
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold"));

    auto *form = new QFormLayout;
    // Long labels (German ones especially) go above their field rather than squeezing it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Satisfied from:"), m_satisfaction);
    form->addRow(tr("&Likely to repurchase from:"), m_repurchase);
    form->addRow(tr("&Apostle when both are at least:"), m_apostle);
    form->addRow(tr("&Terrorist when both are at most:"), m_terrorist);

    auto *restore = new QPushButton(tr("Restore &Defaults"), this);
    connect(restore, &QPushButton::clicked, this, [this] { setRules(SegmentationRules()); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(restore);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addLayout(buttons);
    setRules(SegmentationRules());
}

void RulesEditor::setRules(const SegmentationRules &rules)
{
    // One rulesChanged() for the four fields, not one per field.
    m_settingRules = true;
    m_satisfaction->setValue(rules.satisfactionBoundary());
    m_repurchase->setValue(rules.repurchaseBoundary());
    m_apostle->setValue(rules.apostleMinimum());
    m_terrorist->setValue(rules.terroristMaximum());
    m_settingRules = false;
    validate();
}

SegmentationRules RulesEditor::rules() const
{
    return SegmentationRules(roundToTenth(m_satisfaction->value()), roundToTenth(m_repurchase->value()),
                             roundToTenth(m_apostle->value()), roundToTenth(m_terrorist->value()));
}

QString RulesEditor::problem() const
{
    return rules().validationError();
}

void RulesEditor::validate()
{
    if (m_settingRules)
        return;
    const QString problem = this->problem();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    Q_EMIT rulesChanged();
}
