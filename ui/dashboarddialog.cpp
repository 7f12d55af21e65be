#include "dashboarddialog.h"

#include "clientstore.h"
#include "contacttracker.h"
#include "frameworks.h"
#include "segmentstyle.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Rapport;

namespace {

constexpr int ListLimit = 300;

QListWidgetItem *clientItem(const Client &client, const QString &why)
{
    auto *item = new QListWidgetItem(client.displayName() + QStringLiteral(" · ") + why);
    item->setData(Qt::UserRole, client.id);
    return item;
}

} // namespace

DashboardDialog::DashboardDialog(ClientStore *store, ContactTracker *tracker, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_tracker(tracker)
    , m_nps(new QLabel(this))
    , m_counts(new QTableWidget(this))
    , m_satisfiedNotLoyal(new QListWidget(this))
    , m_thirdDegree(new QListWidget(this))
{
    setWindowTitle(tr("Dashboard"));
    QFont big = m_nps->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_nps->setFont(big);
    m_nps->setTextFormat(Qt::PlainText);
    m_nps->setWordWrap(true);

    m_counts->setColumnCount(6);
    m_counts->setHorizontalHeaderLabels({tr("Segment"), tr("Clients"), tr("Ladder rung"), tr("Clients"), tr("Stage"), tr("Clients")});
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setSelectionMode(QAbstractItemView::NoSelection);
    m_counts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *trap = new QGroupBox(tr("Satisfied, but not loyal"), this);
    auto *trapText = new QLabel(tr("Saying \"fine\" is not the same as coming back: most clients who leave had called "
                                   "themselves satisfied. These are satisfied but unlikely to buy again, or satisfied "
                                   "and in lapse."), trap);
    trapText->setWordWrap(true);
    auto *trapLayout = new QVBoxLayout(trap);
    trapLayout->addWidget(trapText);
    trapLayout->addWidget(m_satisfiedNotLoyal);

    auto *degree = new QGroupBox(tr("Third-degree clients"), this);
    auto *degreeText = new QLabel(tr("They want exactly what they ask for and blame you for the results. Consider "
                                     "whether to keep them."), degree);
    degreeText->setWordWrap(true);
    auto *degreeLayout = new QVBoxLayout(degree);
    degreeLayout->addWidget(degreeText);
    degreeLayout->addWidget(m_thirdDegree);

    auto *lists = new QHBoxLayout;
    lists->addWidget(trap, 3);
    lists->addWidget(degree, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QListWidget *list : {m_satisfiedNotLoyal, m_thirdDegree}) {
        connect(list, &QListWidget::itemActivated, this,
                [this](QListWidgetItem *item) { Q_EMIT clientRequested(item->data(Qt::UserRole).toLongLong()); });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_nps);
    layout->addWidget(m_counts, 2);
    layout->addLayout(lists, 3);
    layout->addWidget(buttons);
    resize(820, 640);

    // Many changes can come at once (an import); count again once they are all in.
    connect(store, &ClientStore::resetDone, this, &DashboardDialog::scheduleRefresh);
    connect(store, &ClientStore::rulesChanged, this, &DashboardDialog::scheduleRefresh);
    connect(store, &ClientStore::clientsAdded, this, &DashboardDialog::scheduleRefresh);
    connect(store, &ClientStore::clientsRemoved, this, &DashboardDialog::scheduleRefresh);
    connect(store, &ClientStore::clientChanged, this, &DashboardDialog::scheduleRefresh);
    connect(tracker, &ContactTracker::statusesReset, this, &DashboardDialog::scheduleRefresh);
    refresh();
}

void DashboardDialog::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

void DashboardDialog::refresh()
{
    std::array<int, SegmentCount> segments{};
    std::array<int, 8> rungs{};
    std::array<int, 6> stages{};
    QVector<int> answers;
    m_satisfiedNotLoyal->clear();
    m_thirdDegree->clear();
    const SegmentationRules &rules = m_store->rules();
    for (int row = 0; row < m_store->count(); ++row) {
        const Client &client = m_store->at(row);
        if (client.archived)
            continue;
        const Segment segment = m_store->segmentAt(row);
        ++segments[size_t(segment)];
        ++rungs[size_t(client.rung)];
        ++stages[size_t(client.stage)];
        if (client.nps >= 0)
            answers.append(client.nps);
        const bool satisfied = client.satisfaction >= rules.satisfactionBoundary();
        const bool lapsed = row < m_tracker->count() && m_tracker->statusAt(row).isInLapse;
        if (satisfied && m_satisfiedNotLoyal->count() < ListLimit) {
            if (segment == Segment::Mercenary)
                m_satisfiedNotLoyal->addItem(clientItem(client, tr("satisfied, unlikely to buy again")));
            else if (lapsed)
                m_satisfiedNotLoyal->addItem(clientItem(client, tr("satisfied, but in lapse")));
        }
        if (client.degree == 3 && m_thirdDegree->count() < ListLimit)
            m_thirdDegree->addItem(clientItem(client, tr("reconsider")));
    }

    const NpsSummary nps = Frameworks::nps(answers);
    if (!nps.score)
        m_nps->setText(tr("NPS: no answers yet. Ask \"How likely are you to recommend us?\" and note the answer in a client's Relationship tab."));
    else
        m_nps->setText(tr("NPS %1%2 from %n answer(s): %3 promoters, %4 passives, %5 detractors.", nullptr, nps.answers)
                           .arg(*nps.score > 0 ? QStringLiteral("+") : QString())
                           .arg(*nps.score)
                           .arg(nps.promoters)
                           .arg(nps.passives)
                           .arg(nps.detractors));

    m_counts->setRowCount(8);
    m_counts->clearContents();
    for (int s = 0; s < SegmentCount; ++s) {
        auto *name = new QTableWidgetItem(SegmentStyle::icon(Segment(s)), segmentPluralName(Segment(s)));
        m_counts->setItem(s, 0, name);
        m_counts->setItem(s, 1, new QTableWidgetItem(QString::number(segments[size_t(s)])));
    }
    for (int r = 0; r < 8; ++r) {
        m_counts->setItem(r, 2, new QTableWidgetItem(Frameworks::rungName(LadderRung(r))));
        m_counts->setItem(r, 3, new QTableWidgetItem(QString::number(rungs[size_t(r)])));
    }
    for (int s = 0; s < 6; ++s) {
        m_counts->setItem(s, 4, new QTableWidgetItem(Frameworks::stageName(Stage(s))));
        m_counts->setItem(s, 5, new QTableWidgetItem(QString::number(stages[size_t(s)])));
    }
    if (m_satisfiedNotLoyal->count() == 0)
        m_satisfiedNotLoyal->addItem(tr("Nobody in this trap right now."));
    if (m_thirdDegree->count() == 0)
        m_thirdDegree->addItem(tr("No third-degree clients."));
}
