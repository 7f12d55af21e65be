#include "relationshippanel.h"

#include "clientstore.h"
#include "segmentstyle.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPolarChart>
#include <QScrollArea>
#include <QSpinBox>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Rapport;

RelationshipPanel::RelationshipPanel(ClientStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_rung(new QComboBox(this))
    , m_suggestion(new QLabel(this))
    , m_stage(new QComboBox(this))
    , m_degree(new QComboBox(this))
    , m_nps(new QSpinBox(this))
    , m_npsDate(new QDateEdit(this))
    , m_purchases(new QSpinBox(this))
    , m_hostageReason(new QComboBox(this))
    , m_hostageEnds(new QDateEdit(this))
    , m_radarChart(new QPolarChart)
    , m_radar(new QChartView(this))
    , m_radarSeries(new QLineSeries)
    , m_weakest(new QLabel(this))
{
    for (LadderRung rung : {LadderRung::None, LadderRung::Terrorist, LadderRung::Toxic, LadderRung::Prospect, LadderRung::Customer,
                            LadderRung::Client, LadderRung::Supporter, LadderRung::Advocate})
        m_rung->addItem(Frameworks::rungName(rung), int(rung));
    for (Stage stage : {Stage::None, Stage::Courting, Stage::Contract, Stage::Continuation, Stage::Commitment, Stage::Convergence})
        m_stage->addItem(Frameworks::stageName(stage), int(stage));
    for (int degree = 0; degree <= 3; ++degree)
        m_degree->addItem(Frameworks::degreeName(degree), degree);
    for (HostageReason reason : {HostageReason::None, HostageReason::Contract, HostageReason::SwitchingCost,
                                 HostageReason::NoAlternative, HostageReason::Habit, HostageReason::Other})
        m_hostageReason->addItem(Frameworks::hostageReasonName(reason), int(reason));
    m_nps->setRange(-1, 10);
    m_nps->setSpecialValueText(tr("not asked"));
    m_nps->setToolTip(tr("Their answer to \"How likely are you to recommend us?\", 0 to 10."));
    m_purchases->setRange(0, 100000);
    m_purchases->setSpecialValueText(tr("not known"));
    for (QDateEdit *date : {m_npsDate, m_hostageEnds}) {
        date->setCalendarPopup(true);
        date->setMinimumDate(QDate(2000, 1, 1));
        date->setSpecialValueText(tr("no date"));
        date->setDate(date->minimumDate());
    }
    m_suggestion->setWordWrap(true);
    m_suggestion->setTextFormat(Qt::PlainText);
    m_rung->setToolTip(tr("Where the client stands on the loyalty ladder"));
    m_rung->setWhatsThis(tr("The client's rung on the loyalty ladder, from Terrorist to Advocate. Rapport suggests a rung "
                            "from the data below the field; your choice always wins."));
    m_stage->setToolTip(tr("How far the relationship has come"));
    m_stage->setWhatsThis(tr("The stage of the relationship, from Courting (still winning them over) to Convergence "
                             "(your business is part of the client's own plans). The further along, the less likely the client is to leave."));
    m_degree->setToolTip(tr("Degree of client: 1 to 3"));
    m_degree->setWhatsThis(tr("How the work is shaped: first degree, you deliver what they need; second, what they want "
                              "with your advice; third, exactly what they ask and they blame you for the results. The "
                              "report suggests parting ways with third-degree clients."));
    m_nps->setWhatsThis(tr("The client's answer to the question of how likely they are to recommend you, 0 to 10: 9 "
                           "and 10 are promoters, 0 to 6 detractors. The dashboard works out your NPS from these."));
    m_npsDate->setToolTip(tr("When the client gave that answer"));
    m_npsDate->setWhatsThis(tr("The day of the NPS answer, so that you can tell an old answer from a fresh one. Today "
                               "is filled in when you enter an answer without a date."));
    m_purchases->setToolTip(tr("How many times a year the client buys"));
    m_purchases->setWhatsThis(tr("How often the client buys from you in a year. Frequent buyers count towards a higher "
                                 "rung of the loyalty ladder."));
    m_hostageReason->setToolTip(tr("Why a Hostage stays (only for Hostages)"));
    m_hostageReason->setWhatsThis(tr("For a Hostage, what keeps them with you although they are not happy: a contract, "
                                     "the cost of switching, no alternative, or habit. Enabled only while the client "
                                     "is a Hostage."));
    m_hostageEnds->setToolTip(tr("When that reason ends"));
    m_hostageEnds->setWhatsThis(tr("The day the reason ends, for example when the contract runs out. From 60 days before, "
                                   "the report lists the client, and a reminder comes 14 days before."));
    m_weakest->setWordWrap(true);
    m_weakest->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("Ladder &rung:"), m_rung);
    form->addRow(QString(), m_suggestion);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("De&gree:"), m_degree);
    auto *npsRow = new QHBoxLayout;
    npsRow->addWidget(m_nps);
    npsRow->addWidget(new QLabel(tr("on"), this));
    npsRow->addWidget(m_npsDate, 1);
    auto *npsLabel = new QLabel(tr("&NPS answer:"), this);
    npsLabel->setBuddy(m_nps);
    form->addRow(npsLabel, npsRow);
    form->addRow(tr("&Purchases a year:"), m_purchases);
    auto *hostageRow = new QHBoxLayout;
    hostageRow->addWidget(m_hostageReason, 1);
    hostageRow->addWidget(new QLabel(tr("until"), this));
    hostageRow->addWidget(m_hostageEnds);
    auto *hostageLabel = new QLabel(tr("Why they s&tay:"), this);
    hostageLabel->setBuddy(m_hostageReason);
    form->addRow(hostageLabel, hostageRow);

    auto *ratings = new QGridLayout;
    for (int d = 0; d < DimensionCount; ++d) {
        auto *box = new QSpinBox(this);
        box->setRange(0, 5);
        box->setSpecialValueText(tr("–"));
        box->setAccessibleName(Frameworks::dimensionName(Dimension(d)));
        box->setToolTip(tr("%1: 1 to 5").arg(Frameworks::dimensionName(Dimension(d))));
        box->setWhatsThis(tr("How the client rates you on %1, from 1 (poorly) to 5 (very well); – means not rated. The "
                             "weakest rating is where to act first.")
                              .arg(Frameworks::dimensionName(Dimension(d))));
        m_dimensions[d] = box;
        ratings->addWidget(new QLabel(Frameworks::dimensionName(Dimension(d)), this), d / 2, (d % 2) * 2);
        ratings->addWidget(box, d / 2, (d % 2) * 2 + 1);
    }

    // The radar: one spoke per dimension, 0 to 5.
    auto *angular = new QCategoryAxis;
    angular->setRange(0, DimensionCount);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int d = 0; d < DimensionCount; ++d)
        angular->append(Frameworks::dimensionName(Dimension(d)), d);
    auto *radial = new QValueAxis;
    radial->setRange(0, 5);
    radial->setTickCount(6);
    radial->setLabelFormat(QStringLiteral("%d"));
    m_radarChart->addSeries(m_radarSeries);
    m_radarChart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    m_radarChart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    m_radarSeries->attachAxis(angular);
    m_radarSeries->attachAxis(radial);
    m_radarSeries->setPointsVisible(true);
    m_radarSeries->setPen(QPen(SegmentStyle::color(Segment::Mercenary), 2));
    m_radarChart->legend()->hide();
    m_radarChart->setMargins(QMargins(0, 0, 0, 0));
    m_radarChart->setBackgroundRoundness(0);
    QChart *placeholder = m_radar->chart(); // QChartView's own, which setChart() only lets go of
    m_radar->setChart(m_radarChart);
    delete placeholder;
    m_radar->setRenderHint(QPainter::Antialiasing);
    m_radar->setMinimumHeight(220);
    m_radar->setAccessibleName(tr("Trusted-advisor dimensions"));
    m_radar->setToolTip(tr("The six ratings as a radar"));
    m_radar->setWhatsThis(tr("The six ratings drawn as a radar: the further out a spoke reaches, the better the client "
                             "rates you on it. A dent shows where to act first; the advice below names it."));

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("How the client rates you, 1 to 5:"), this));
    layout->addLayout(ratings);
    layout->addWidget(m_radar, 1);
    layout->addWidget(m_weakest);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    for (QComboBox *box : {m_rung, m_stage, m_degree, m_hostageReason})
        connect(box, &QComboBox::activated, this, &RelationshipPanel::onEdited);
    for (QSpinBox *box : {m_nps, m_purchases}) {
        box->setKeyboardTracking(false);
        connect(box, &QSpinBox::valueChanged, this, &RelationshipPanel::onEdited);
    }
    for (QSpinBox *box : m_dimensions) {
        box->setKeyboardTracking(false);
        connect(box, &QSpinBox::valueChanged, this, &RelationshipPanel::onEdited);
    }
    for (QDateEdit *date : {m_npsDate, m_hostageEnds})
        connect(date, &QDateEdit::editingFinished, this, &RelationshipPanel::onEdited);

    connect(store, &ClientStore::clientChanged, this, [this](int row) {
        if (row >= 0 && row < m_store->count() && m_store->at(row).id == m_clientId)
            refresh();
    });
    connect(store, &ClientStore::rulesChanged, this, &RelationshipPanel::refresh);
    refresh();
}

RelationshipPanel::~RelationshipPanel()
{
    for (QDateEdit *date : {m_npsDate, m_hostageEnds})
        disconnect(date, nullptr, this, nullptr);
}

void RelationshipPanel::setClientId(qint64 id)
{
    if (id == m_clientId)
        return;
    m_clientId = id;
    refresh();
}

void RelationshipPanel::refresh()
{
    const int row = m_store->rowOf(m_clientId);
    setEnabled(row >= 0);
    if (row < 0)
        return;
    m_refreshing = true;
    const Client &client = m_store->at(row);
    const auto select = [](QComboBox *box, int value) { box->setCurrentIndex(std::max(0, box->findData(value))); };
    const auto setDate = [](QDateEdit *edit, QDate date) { edit->setDate(date.isValid() ? date : edit->minimumDate()); };
    {
        QList<QObject *> quiet = {m_nps, m_purchases, m_npsDate, m_hostageEnds};
        for (QSpinBox *box : m_dimensions)
            quiet.append(box);
        for (QObject *object : std::as_const(quiet))
            object->blockSignals(true);
        select(m_rung, int(client.rung));
        select(m_stage, int(client.stage));
        select(m_degree, client.degree);
        select(m_hostageReason, int(client.hostageReason));
        m_nps->setValue(client.nps);
        setDate(m_npsDate, client.npsDate);
        m_purchases->setValue(client.purchasesPerYear);
        setDate(m_hostageEnds, client.hostageReasonEnds);
        for (int d = 0; d < DimensionCount; ++d)
            m_dimensions[d]->setValue(client.dimensions[size_t(d)]);
        for (QObject *object : std::as_const(quiet))
            object->blockSignals(false);
    }

    const Segment segment = m_store->segmentAt(row);
    const LadderRung suggested = Frameworks::suggestedRung(client, segment, m_store->extremeAt(row));
    if (suggested == LadderRung::None)
        m_suggestion->setText(tr("No suggestion from the data yet."));
    else if (client.rung == LadderRung::None)
        m_suggestion->setText(tr("The data suggests: %1.").arg(Frameworks::rungName(suggested)));
    else if (client.rung == suggested)
        m_suggestion->setText(tr("Your choice, and what the data suggests."));
    else
        m_suggestion->setText(tr("Your choice; the data suggests %1.").arg(Frameworks::rungName(suggested)));
    const bool hostage = segment == Segment::Hostage;
    m_hostageReason->setEnabled(hostage);
    m_hostageEnds->setEnabled(hostage);

    QList<QPointF> points;
    for (int d = 0; d < DimensionCount; ++d)
        points.append(QPointF(d, client.dimensions[size_t(d)]));
    points.append(QPointF(DimensionCount, client.dimensions[0]));
    m_radarSeries->replace(points);
    const auto weakest = Frameworks::weakestDimension(client.dimensions);
    m_weakest->setText(weakest ? tr("Weakest: %1. %2").arg(Frameworks::dimensionName(*weakest), Frameworks::dimensionAdvice(*weakest))
                               : tr("Rate the six dimensions to see where to act first."));
    m_refreshing = false;
}

Client RelationshipPanel::edited() const
{
    Client client = *m_store->client(m_clientId);
    const auto date = [](const QDateEdit *edit) { return edit->date() == edit->minimumDate() ? QDate() : edit->date(); };
    client.rung = LadderRung(m_rung->currentData().toInt());
    client.stage = Stage(m_stage->currentData().toInt());
    client.degree = m_degree->currentData().toInt();
    client.nps = m_nps->value();
    client.npsDate = date(m_npsDate);
    if (client.nps >= 0 && !client.npsDate.isValid())
        client.npsDate = QDate::currentDate();
    client.purchasesPerYear = m_purchases->value();
    client.hostageReason = HostageReason(m_hostageReason->currentData().toInt());
    client.hostageReasonEnds = date(m_hostageEnds);
    for (int d = 0; d < DimensionCount; ++d)
        client.dimensions[size_t(d)] = m_dimensions[d]->value();
    return client;
}

void RelationshipPanel::onEdited()
{
    if (m_refreshing || !m_store->client(m_clientId))
        return;
    const Client before = *m_store->client(m_clientId);
    const Client after = edited();
    if (after != before)
        Q_EMIT editRequested(before, after);
}
