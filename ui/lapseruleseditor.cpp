#include "lapseruleseditor.h"

#include "segmentstyle.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Rapport;

LapseRulesEditor::LapseRulesEditor(QWidget *parent)
    : QWidget(parent)
    , m_threshold(new QSpinBox(this))
    , m_error(new QLabel(this))
{
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
            connect(*box, &QSpinBox::valueChanged, this, &LapseRulesEditor::validate);
        }
        m_ideal[s]->setAccessibleName(tr("Ideal gap for %1").arg(segmentPluralName(Segment(s))));
        m_maximum[s]->setAccessibleName(tr("Longest gap for %1").arg(segmentPluralName(Segment(s))));
        grid->addWidget(m_ideal[s], s + 1, 1);
        grid->addWidget(m_maximum[s], s + 1, 2);
    }
    grid->setColumnStretch(3, 1);
    m_threshold->setRange(1, 100);
    m_threshold->setSuffix(tr(" attempts"));
    connect(m_threshold, &QSpinBox::valueChanged, this, &LapseRulesEditor::validate);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Unanswered in a row before suggesting to part ways:"), m_threshold);

    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold"));

    auto *restore = new QPushButton(tr("Restore &Defaults"), this);
    connect(restore, &QPushButton::clicked, this, [this] { setRules(LapseRules()); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(restore);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addLayout(buttons);
    setRules(LapseRules());
}

void LapseRulesEditor::setRules(const LapseRules &rules)
{
    // One rulesChanged() for all the fields, not one per field.
    m_settingRules = true;
    for (int s = 0; s < SegmentCount; ++s) {
        m_ideal[s]->setValue(rules.interval(Segment(s)).idealDays);
        m_maximum[s]->setValue(rules.interval(Segment(s)).maximumDays);
    }
    m_threshold->setValue(rules.unansweredThreshold());
    m_settingRules = false;
    validate();
}

LapseRules LapseRulesEditor::rules() const
{
    LapseRules rules;
    for (int s = 0; s < SegmentCount; ++s)
        rules.setInterval(Segment(s), {m_ideal[s]->value(), m_maximum[s]->value()});
    rules.setUnansweredThreshold(m_threshold->value());
    return rules;
}

QString LapseRulesEditor::problem() const
{
    return rules().validationError();
}

void LapseRulesEditor::validate()
{
    if (m_settingRules)
        return;
    const QString problem = this->problem();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    Q_EMIT rulesChanged();
}
