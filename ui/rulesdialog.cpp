#include "rulesdialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Rapport;

RulesDialog::RulesDialog(const SegmentationRules &rules, QWidget *parent)
    : QDialog(parent)
    , m_satisfaction(new QDoubleSpinBox(this))
    , m_repurchase(new QDoubleSpinBox(this))
    , m_apostle(new QDoubleSpinBox(this))
    , m_terrorist(new QDoubleSpinBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Segment Boundaries"));
    auto *intro = new QLabel(tr("A client whose score equals a boundary counts as high. "
                                "You can also drag the boundary lines and corners on the chart."), this);
    intro->setWordWrap(true);
    for (QDoubleSpinBox *box : {m_satisfaction, m_repurchase, m_apostle, m_terrorist}) {
        box->setRange(0.0, 10.0);
        box->setDecimals(1);
        box->setSingleStep(0.5);
        connect(box, &QDoubleSpinBox::valueChanged, this, &RulesDialog::validate);
    }
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Satisfied from:"), m_satisfaction);
    form->addRow(tr("&Likely to repurchase from:"), m_repurchase);
    form->addRow(tr("&Apostle when both are at least:"), m_apostle);
    form->addRow(tr("&Terrorist when both are at most:"), m_terrorist);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setRules(SegmentationRules()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setRules(rules);
}

void RulesDialog::setRules(const SegmentationRules &rules)
{
    m_satisfaction->setValue(rules.satisfactionBoundary());
    m_repurchase->setValue(rules.repurchaseBoundary());
    m_apostle->setValue(rules.apostleMinimum());
    m_terrorist->setValue(rules.terroristMaximum());
    validate();
}

SegmentationRules RulesDialog::rules() const
{
    return SegmentationRules(roundToTenth(m_satisfaction->value()), roundToTenth(m_repurchase->value()),
                             roundToTenth(m_apostle->value()), roundToTenth(m_terrorist->value()));
}

void RulesDialog::validate()
{
    const QString problem = rules().validationError();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}
