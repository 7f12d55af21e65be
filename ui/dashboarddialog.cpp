#include "dashboarddialog.h"

#include "clientdotsitem.h"
#include "clientstore.h"
#include "contacttracker.h"
#include "segmentstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCollator>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

using namespace Rapport;

namespace {

constexpr int ListLimit = 300;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

/** A framed card on the Base colour, the way each tile and chart sits on the dialog. */
QFrame *makeCard(QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setFrameShape(QFrame::StyledPanel);
    card->setBackgroundRole(QPalette::Base);
    card->setAutoFillBackground(true);
    return card;
}

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QIcon dotIcon(const QColor &color)
{
    // The Loyalist's shape is the plain outlined circle the chart draws.
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0})
        icon.addPixmap(QPixmap::fromImage(SegmentStyle::sprite(Segment::Loyalist, color, 14, ratio, false)));
    return icon;
}

QToolButton *makeLinkButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

QTreeWidget *makeList(const QStringList &columns, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setColumnCount(int(columns.size()));
    list->setHeaderLabels(columns);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionsMovable(false);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    return list;
}

QTreeWidgetItem *clientRow(const Client &client, const QString &last)
{
    auto *item = new QTreeWidgetItem({client.displayName(), client.name.isEmpty() ? QString() : client.company, last});
    item->setData(0, Qt::UserRole, client.id);
    item->setToolTip(0, QCoreApplication::translate("DashboardDialog", "Select %1 in the main window").arg(client.displayName()));
    return item;
}

/** Replaces the rows of @p list by @p rows sorted by name, or by one row saying @p none. */
void fillList(QTreeWidget *list, QList<QTreeWidgetItem *> rows, const QString &none)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(rows.begin(), rows.end(), [&collator](const QTreeWidgetItem *a, const QTreeWidgetItem *b) {
        return collator.compare(a->text(0), b->text(0)) < 0;
    });
    list->clear();
    if (rows.isEmpty()) {
        auto *item = new QTreeWidgetItem({none});
        item->setFlags(Qt::NoItemFlags);
        rows.append(item);
    }
    list->addTopLevelItems(rows);
}

// The relationship stages as a sequential scale, from a first contact (light) to a business
// that is part of the client's own plan (dark); grey when not set.
const QColor stageColors[] = {QColor(0x9E, 0x9E, 0x9E), QColor(0xC7, 0xE9, 0xB4), QColor(0x7F, 0xCD, 0xBB),
                              QColor(0x41, 0xB6, 0xC4), QColor(0x2C, 0x7F, 0xB8), QColor(0x25, 0x34, 0x94)};

} // namespace

DashboardDialog::DashboardDialog(ClientStore *store, ContactTracker *tracker, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_tracker(tracker)
{
    setWindowTitle(tr("Dashboard"));

    auto *tiles = new QHBoxLayout;
    QWidget *clients = makeTile(Tile::Clients, tr("Clients"));
    m_attention = makeLinkButton(clients);
    m_attention->setIcon(SegmentStyle::lapseIcon());
    m_attention->setToolTip(tr("Show only clients in lapse, due for contact, or with a move for the worse to look at"));
    connect(m_attention, &QToolButton::clicked, this, [this] { Q_EMIT filterRequested(ClientFilter::needingAttention()); });
    m_showAll = makeLinkButton(clients);
    m_showAll->setText(tr("Show All"));
    m_showAll->setToolTip(tr("Show every client in the list again"));
    connect(m_showAll, &QToolButton::clicked, this, [this] { Q_EMIT filterRequested(ClientFilter::everyone()); });
    auto *clientButtons = new QHBoxLayout;
    clientButtons->setSpacing(0);
    clientButtons->addWidget(m_attention);
    clientButtons->addWidget(m_showAll);
    clientButtons->addStretch(1);
    static_cast<QVBoxLayout *>(clients->layout())->addLayout(clientButtons);

    QWidget *nps = makeTile(Tile::Nps, tr("Net Promoter Score"));
    const QVector<QPair<QColor, QString>> npsColors = ClientDotsItem::legend(ClientDotsItem::ColorMode::Nps);
    auto *npsButtons = new QHBoxLayout;
    npsButtons->setSpacing(0);
    const std::pair<NpsCategory, QString> npsToolTips[] = {
        {NpsCategory::Promoter, tr("Show only the promoters (9 or 10) in the list")},
        {NpsCategory::Passive, tr("Show only the passives (7 or 8) in the list")},
        {NpsCategory::Detractor, tr("Show only the detractors (0 to 6) in the list")},
    };
    for (const auto &entry : npsToolTips) {
        const NpsCategory category = entry.first;
        QToolButton *button = makeLinkButton(nps);
        button->setIcon(dotIcon(npsColors.at(int(category)).first));
        button->setToolTip(entry.second);
        connect(button, &QToolButton::clicked, this,
                [this, category] { Q_EMIT filterRequested(ClientFilter::ofFacet(ClientTableModel::NpsFacet, int(category))); });
        m_npsButtons[int(category)] = button;
        npsButtons->addWidget(button);
    }
    npsButtons->addStretch(1);
    static_cast<QVBoxLayout *>(nps->layout())->addLayout(npsButtons);

    QWidget *lapse = makeTile(Tile::InLapse, tr("In lapse"));
    QWidget *due = makeTile(Tile::Due, tr("Due for contact"));
    tiles->addWidget(clients, 3);
    tiles->addWidget(nps, 4);
    tiles->addWidget(lapse, 3);
    tiles->addWidget(due, 3);

    QVector<Bar> segmentBars;
    for (int s = SegmentCount - 1; s >= 0; --s) {
        const auto segment = Segment(s);
        segmentBars.append({segmentPluralName(segment), segmentPluralName(segment), SegmentStyle::color(segment),
                            ClientFilter::ofSegment(segment)});
    }
    const QVector<QPair<QColor, QString>> rungColors = ClientDotsItem::legend(ClientDotsItem::ColorMode::Rung);
    QVector<Bar> rungBars;
    for (int r = 0; r <= int(LadderRung::Advocate); ++r) {
        rungBars.append({rungColors.at(r).second, Frameworks::rungName(LadderRung(r)), rungColors.at(r).first,
                         ClientFilter::ofFacet(ClientTableModel::RungFacet, r)});
    }
    QVector<Bar> stageBars;
    for (int s = 0; s <= int(Stage::Convergence); ++s) {
        stageBars.append({Frameworks::stageName(Stage(s)), Frameworks::stageName(Stage(s)), stageColors[s],
                          ClientFilter::ofFacet(ClientTableModel::StageFacet, s)});
    }
    auto *charts = new QHBoxLayout;
    charts->addWidget(makeChart(Breakdown::Segments, tr("Segments"), segmentBars), 1);
    charts->addWidget(makeChart(Breakdown::Rungs, tr("Loyalty ladder"), rungBars), 1);
    charts->addWidget(makeChart(Breakdown::Stages, tr("Relationship stages"), stageBars), 1);

    QFrame *trap = makeCard(this);
    m_satisfiedHeading = makeHeading(QString(), trap);
    auto *trapText = new QLabel(tr("Saying \"fine\" is not the same as coming back: most clients who leave had called "
                                   "themselves satisfied. These are satisfied but unlikely to buy again, or satisfied "
                                   "and in lapse."), trap);
    trapText->setWordWrap(true);
    m_satisfiedNotLoyal = makeList({tr("Client"), tr("Company"), tr("Why")}, trap);
    auto *trapLayout = new QVBoxLayout(trap);
    trapLayout->addWidget(m_satisfiedHeading);
    trapLayout->addWidget(trapText);
    trapLayout->addWidget(m_satisfiedNotLoyal, 1);

    QFrame *degree = makeCard(this);
    m_thirdDegreeHeading = makeHeading(QString(), degree);
    auto *degreeText = new QLabel(tr("They want exactly what they ask for and blame you for the results. Consider "
                                     "whether to keep them."), degree);
    degreeText->setWordWrap(true);
    m_thirdDegree = makeList({tr("Client"), tr("Company"), tr("Segment")}, degree);
    auto *degreeLayout = new QVBoxLayout(degree);
    degreeLayout->addWidget(m_thirdDegreeHeading);
    degreeLayout->addWidget(degreeText);
    degreeLayout->addWidget(m_thirdDegree, 1);

    QFrame *owners = makeCard(this);
    m_perOwnerCard = owners;
    m_perOwner = makeList({tr("Account owner"), tr("Clients"), tr("Need attention")}, owners);
    m_perOwner->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *ownersLayout = new QVBoxLayout(owners);
    ownersLayout->addWidget(makeHeading(tr("Per account owner"), owners));
    ownersLayout->addWidget(m_perOwner, 1);

    auto *lists = new QHBoxLayout;
    lists->addWidget(trap, 1);
    lists->addWidget(degree, 1);
    lists->addWidget(owners, 1);
    for (QTreeWidget *list : {m_satisfiedNotLoyal, m_thirdDegree}) {
        const auto request = [this](QTreeWidgetItem *item) {
            if (item && item->data(0, Qt::UserRole).isValid())
                Q_EMIT clientRequested(item->data(0, Qt::UserRole).toLongLong());
        };
        connect(list, &QTreeWidget::itemClicked, this, request);
        connect(list, &QTreeWidget::itemActivated, this, request);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addLayout(charts, 5);
    layout->addLayout(lists, 4);
    layout->addWidget(buttons);
    resize(900, 640);
    applyPalette();

    // Many changes can come at once (an import); count again once they are all in.
    connect(store, &ClientStore::resetDone, this, &DashboardDialog::scheduleRefresh);
    connect(store, &ClientStore::rulesChanged, this, &DashboardDialog::scheduleRefresh);
    connect(store, &ClientStore::clientsAdded, this, &DashboardDialog::scheduleRefresh);
    connect(store, &ClientStore::clientsRemoved, this, &DashboardDialog::scheduleRefresh);
    connect(store, &ClientStore::clientChanged, this, &DashboardDialog::scheduleRefresh);
    connect(tracker, &ContactTracker::statusChanged, this, &DashboardDialog::scheduleRefresh);
    connect(tracker, &ContactTracker::statusesReset, this, &DashboardDialog::scheduleRefresh);
    refresh();
}

QWidget *DashboardDialog::makeTile(Tile tile, const QString &title)
{
    QFrame *card = makeCard(this);
    auto *value = new QLabel(card);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    value->setFont(big);
    value->setTextFormat(Qt::PlainText);
    value->setAccessibleName(title);
    auto *detail = new QLabel(card);
    detail->setTextFormat(Qt::PlainText);
    detail->setWordWrap(true);
    auto *layout = new QVBoxLayout(card);
    layout->setSpacing(2);
    layout->addWidget(makeHeading(title, card));
    layout->addWidget(value);
    layout->addWidget(detail);
    layout->addStretch(1);
    m_tileValues[int(tile)] = value;
    m_tileDetails[int(tile)] = detail;
    return card;
}

QWidget *DashboardDialog::makeChart(Breakdown breakdown, const QString &title, const QVector<Bar> &bars)
{
    // One stacked set per bar, holding its value at its own place only: that gives every
    // bar a colour of its own, which a single set cannot have.
    auto *series = new QHorizontalStackedBarSeries;
    QStringList categories;
    BarChart &barChart = m_charts[int(breakdown)];
    for (const Bar &bar : bars) {
        auto *set = new QBarSet(bar.name);
        for (int i = 0; i < bars.size(); ++i)
            set->append(0);
        set->setColor(bar.color);
        series->append(set);
        categories.append(bar.name);
        barChart.filters.append(bar.filter);
    }
    series->setBarWidth(0.75);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));

    auto *chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    // The names sit beside the bars as items of our own: an axis hides its labels as soon as
    // a row is lower than a line of text with Qt Charts' padding, which eight rows always are.
    auto *categoryAxis = new QBarCategoryAxis(chart);
    categoryAxis->append(categories);
    categoryAxis->setVisible(false);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis(chart);
    valueAxis->setVisible(false);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    const QFontMetrics metrics(font());
    int nameWidth = 0;
    for (const QString &name : std::as_const(categories))
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(name));
    nameWidth = std::min(nameWidth + 2, metrics.averageCharWidth() * 20);
    for (const QString &name : std::as_const(categories)) {
        auto *item = new QGraphicsSimpleTextItem(metrics.elidedText(name, Qt::ElideRight, nameWidth), chart);
        item->setFont(font());
        barChart.names.append(item);
        auto *zero = new QGraphicsSimpleTextItem(QLocale().toString(0), chart);
        zero->setFont(font());
        barChart.zeros.append(zero);
    }
    chart->setMargins(QMargins(nameWidth + 8, 0, 0, 0));

    QFrame *card = makeCard(this);
    auto *view = new QChartView(chart, card);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setAccessibleName(title);
    view->setMinimumHeight(metrics.height() * int(bars.size()));
    barChart.view = view;
    connect(chart, &QChart::plotAreaChanged, this, [this, breakdown](const QRectF &plotArea) {
        const BarChart &barChart = m_charts[int(breakdown)];
        QAbstractSeries *series = barChart.view->chart()->series().constFirst();
        for (int i = 0; i < barChart.names.size(); ++i) {
            QGraphicsSimpleTextItem *name = barChart.names.at(i);
            const QRectF box = name->boundingRect();
            const qreal y = barChart.view->chart()->mapToPosition(QPointF(0, i), series).y();
            name->setPos(plotArea.left() - 6 - box.width(), y - box.height() / 2);
            barChart.zeros.at(i)->setPos(plotArea.left() + 2, y - box.height() / 2);
        }
    });
    connect(series, &QAbstractBarSeries::clicked, this, [this, breakdown](int index) {
        const QVector<ClientFilter> &filters = m_charts[int(breakdown)].filters;
        if (index >= 0 && index < filters.size())
            Q_EMIT filterRequested(filters.at(index));
    });
    QStringList toolTips;
    for (const Bar &bar : bars)
        toolTips.append(bar.toolTip);
    connect(series, &QAbstractBarSeries::hovered, view, [view, toolTips](bool status, int index, QBarSet *set) {
        view->viewport()->setCursor(status ? Qt::PointingHandCursor : Qt::ArrowCursor);
        view->setToolTip(status ? tr("%1: %2. Click to show them in the list.")
                                      .arg(toolTips.value(index), QLocale().toString(int(set->at(index))))
                                : QString());
    });

    auto *layout = new QVBoxLayout(card);
    layout->addWidget(makeHeading(title, card));
    layout->addWidget(view, 1);
    return card;
}

void DashboardDialog::setCounts(Breakdown breakdown, const QVector<int> &counts)
{
    QChart *chart = m_charts[int(breakdown)].view->chart();
    auto *series = static_cast<QHorizontalStackedBarSeries *>(chart->series().constFirst());
    const QList<QBarSet *> sets = series->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        sets.at(i)->replace(i, counts.value(i));
        m_charts[int(breakdown)].zeros.at(i)->setVisible(counts.value(i) == 0);
    }
    // Room to the right of the longest bar for its number.
    const int most = counts.isEmpty() ? 0 : *std::max_element(counts.cbegin(), counts.cend());
    chart->axes(Qt::Horizontal).constFirst()->setRange(0, std::max(1.0, most * 1.25));
}

void DashboardDialog::applyPalette()
{
    const bool dark = isDark(palette());
    const QColor ink = palette().color(QPalette::Text);
    QColor outline = dark ? QColor(240, 240, 240) : QColor(40, 40, 40);
    outline.setAlpha(150);
    for (const BarChart &barChart : m_charts) {
        barChart.view->setBackgroundBrush(palette().color(QPalette::Base));
        QChart *chart = barChart.view->chart();
        for (QGraphicsSimpleTextItem *name : barChart.names)
            name->setBrush(ink);
        for (QGraphicsSimpleTextItem *zero : barChart.zeros)
            zero->setBrush(ink);
        const auto *series = static_cast<QHorizontalStackedBarSeries *>(chart->series().constFirst());
        const QList<QBarSet *> sets = series->barSets();
        for (QBarSet *set : sets) {
            set->setLabelColor(ink);
            set->setBorderColor(outline);
        }
    }
}

void DashboardDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_charts[0].view)
        applyPalette();
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
    QVector<int> segments(SegmentCount);
    QVector<int> rungs(int(LadderRung::Advocate) + 1);
    QVector<int> stages(int(Stage::Convergence) + 1);
    QVector<int> answers;
    int total = 0;
    int inLapse = 0;
    int due = 0;
    int attention = 0;
    int apostles = 0;
    int terrorists = 0;
    int satisfiedCount = 0;
    int thirdDegreeCount = 0;
    QList<QTreeWidgetItem *> satisfiedRows;
    QList<QTreeWidgetItem *> thirdDegreeRows;
    // Per owner, spelled as first met and grouped as Client::isOwnedBy() compares: clients, needing attention.
    struct OwnerCounts
    {
        QString name;
        int clients = 0;
        int attention = 0;
    };
    QHash<QString, OwnerCounts> perOwner;
    const SegmentationRules &rules = m_store->rules();
    const QString unlikely = tr("Unlikely to buy again");
    const QString lapsed = tr("In lapse");
    for (int row = 0; row < m_store->count(); ++row) {
        const Client &client = m_store->at(row);
        if (client.archived)
            continue;
        ++total;
        const Segment segment = m_store->segmentAt(row);
        const Extreme extreme = m_store->extremeAt(row);
        ++segments[int(segment)];
        ++rungs[int(client.rung)];
        ++stages[int(client.stage)];
        apostles += extreme == Extreme::Apostle ? 1 : 0;
        terrorists += extreme == Extreme::Terrorist ? 1 : 0;
        if (client.nps >= 0)
            answers.append(client.nps);
        const bool tracked = row < m_tracker->count();
        const bool lapse = tracked && m_tracker->statusAt(row).isInLapse;
        inLapse += lapse ? 1 : 0;
        due += tracked && m_tracker->statusAt(row).isDue ? 1 : 0;
        const bool needsAttention = tracked && m_tracker->needsAttention(row);
        attention += needsAttention ? 1 : 0;
        const QString owner = client.owner.trimmed();
        OwnerCounts &counts = perOwner[owner.toCaseFolded()];
        if (counts.name.isEmpty())
            counts.name = owner;
        ++counts.clients;
        counts.attention += needsAttention ? 1 : 0;
        const bool satisfied = client.satisfaction >= rules.satisfactionBoundary();
        if (satisfied && (segment == Segment::Mercenary || lapse)) {
            if (++satisfiedCount <= ListLimit)
                satisfiedRows.append(clientRow(client, segment == Segment::Mercenary ? unlikely : lapsed));
        }
        if (client.degree == 3 && ++thirdDegreeCount <= ListLimit) {
            QTreeWidgetItem *item = clientRow(client, segmentName(segment));
            item->setIcon(2, SegmentStyle::icon(segment));
            thirdDegreeRows.append(item);
        }
    }

    const QLocale locale;
    m_tileValues[int(Tile::Clients)]->setText(locale.toString(total));
    m_tileDetails[int(Tile::Clients)]->setText(tr("Apostles %1 · Terrorists %2").arg(locale.toString(apostles), locale.toString(terrorists)));
    m_attention->setText(tr("Need attention: %1").arg(locale.toString(attention)));
    m_attention->setEnabled(attention > 0);

    const NpsSummary nps = Frameworks::nps(answers);
    if (nps.score) {
        m_tileValues[int(Tile::Nps)]->setText((*nps.score > 0 ? QStringLiteral("+") : QString()) + locale.toString(*nps.score));
        m_tileDetails[int(Tile::Nps)]->setText(tr("Answered: %1 of %2").arg(locale.toString(nps.answers), locale.toString(total)));
    } else {
        m_tileValues[int(Tile::Nps)]->setText(QStringLiteral("–"));
        m_tileDetails[int(Tile::Nps)]->setText(tr("No answers yet: ask \"How likely are you to recommend us?\" and note the answer in a client's Relationship tab."));
    }
    const std::pair<NpsCategory, QString> npsTexts[] = {
        {NpsCategory::Promoter, tr("Promoters: %1").arg(locale.toString(nps.promoters))},
        {NpsCategory::Passive, tr("Passives: %1").arg(locale.toString(nps.passives))},
        {NpsCategory::Detractor, tr("Detractors: %1").arg(locale.toString(nps.detractors))},
    };
    const int npsCounts[] = {0, nps.detractors, nps.passives, nps.promoters};
    for (const auto &[category, text] : npsTexts) {
        m_npsButtons[int(category)]->setText(text);
        m_npsButtons[int(category)]->setVisible(nps.answers > 0);
        m_npsButtons[int(category)]->setEnabled(npsCounts[int(category)] > 0);
    }

    m_tileValues[int(Tile::InLapse)]->setText(locale.toString(inLapse));
    m_tileDetails[int(Tile::InLapse)]->setText(tr("Overdue, unusually silent, or not answering"));
    m_tileValues[int(Tile::Due)]->setText(locale.toString(due));
    m_tileDetails[int(Tile::Due)]->setText(tr("Past their ideal time between contacts"));

    // The charts list their bars from the bottom up: the best segment, rung or stage on top.
    QVector<int> segmentsUp;
    for (int s = SegmentCount - 1; s >= 0; --s)
        segmentsUp.append(segments.at(s));
    setCounts(Breakdown::Segments, segmentsUp);
    setCounts(Breakdown::Rungs, rungs);
    setCounts(Breakdown::Stages, stages);

    m_satisfiedHeading->setText(tr("Satisfied, but not loyal: %1").arg(locale.toString(satisfiedCount)));
    m_thirdDegreeHeading->setText(tr("Third-degree clients: %1").arg(locale.toString(thirdDegreeCount)));
    fillList(m_satisfiedNotLoyal, satisfiedRows, tr("Nobody in this trap right now."));
    fillList(m_thirdDegree, thirdDegreeRows, tr("No third-degree clients."));

    // Without owners the table would say only what the tiles say.
    const bool hasOwners = perOwner.size() > 1 || (perOwner.size() == 1 && !perOwner.contains(QString()));
    m_perOwnerCard->setVisible(hasOwners);
    QList<QTreeWidgetItem *> ownerRows;
    for (const OwnerCounts &counts : std::as_const(perOwner)) {
        if (counts.name.isEmpty())
            continue;
        auto *item = new QTreeWidgetItem({counts.name, locale.toString(counts.clients), locale.toString(counts.attention)});
        for (int column : {1, 2})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        ownerRows.append(item);
    }
    m_perOwner->clear();
    if (!ownerRows.isEmpty())
        fillList(m_perOwner, ownerRows, QString());
    if (perOwner.contains(QString())) {
        const OwnerCounts &none = perOwner.value(QString());
        auto *item = new QTreeWidgetItem({tr("(no owner)"), locale.toString(none.clients), locale.toString(none.attention)});
        for (int column : {1, 2})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        m_perOwner->addTopLevelItem(item);
    }
}
