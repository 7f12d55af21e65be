#include "lapserulesdialog.h"

#include "segmentstyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Rapport;

LapseRulesDialog::LapseRulesDialog(const LapseRules &rules, QWidget *parent)
    : QDialog(parent)
    , m_threshold(new QSpinBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Contact Intervals"));
    auto *intro = new QLabel(tr("How often should each segment hear from you? Past the ideal gap a client is due for "
                                "contact; past the longest gap it is overdue. A client's own intervals, set in its "
                                "details, take precedence."), this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Ideal gap"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Longest gap"), this), 0, 2);
    for (int s = 0; s < SegmentCount; ++s) {
        auto *label = new QLabel(segmentPluralName(Segment(s)), this);
        auto *icon = new QLabel(this);
        icon->setPixmap(SegmentStyle::icon(Segment(s)).pixmap(14, 14));
        auto *name = new QHBoxLayout;
        name->addWidget(icon);
        name->addWidget(label, 1);
        grid->addLayout(name, s + 1, 0);
        for (QSpinBox **box : {&m_ideal[s], &m_maximum[s]}) {
            *box = new QSpinBox(this);
            (*box)->setRange(1, LapseRules::MaximumDays);
            (*box)->setSuffix(tr(" days"));
            connect(*box, &QSpinBox::valueChanged, this, &LapseRulesDialog::validate);
        }
        m_ideal[s]->setAccessibleName(tr("Ideal gap for %1").arg(segmentPluralName(Segment(s))));
        m_maximum[s]->setAccessibleName(tr("Longest gap for %1").arg(segmentPluralName(Segment(s))));
        grid->addWidget(m_ideal[s], s + 1, 1);
        grid->addWidget(m_maximum[s], s + 1, 2);
    }
    m_threshold->setRange(1, 100);
    m_threshold->setSuffix(tr(" attempts"));
    connect(m_threshold, &QSpinBox::valueChanged, this, &LapseRulesDialog::validate);
    auto *form = new QFormLayout;
    form->addRow(tr("&Unanswered in a row before suggesting to part ways:"), m_threshold);

    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] { setRules(LapseRules()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setRules(rules);
}

void LapseRulesDialog::setRules(const LapseRules &rules)
{
    for (int s = 0; s < SegmentCount; ++s) {
        m_ideal[s]->setValue(rules.interval(Segment(s)).idealDays);
        m_maximum[s]->setValue(rules.interval(Segment(s)).maximumDays);
    }
    m_threshold->setValue(rules.unansweredThreshold());
    validate();
}

LapseRules LapseRulesDialog::rules() const
{
    LapseRules rules;
    for (int s = 0; s < SegmentCount; ++s)
        rules.setInterval(Segment(s), {m_ideal[s]->value(), m_maximum[s]->value()});
    rules.setUnansweredThreshold(m_threshold->value());
    return rules;
}

void LapseRulesDialog::validate()
{
    if (!m_ok)
        return;
    const QString problem = rules().validationError();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}
