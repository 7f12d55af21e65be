#include "clientlistpanel.h"

#include "clientfilter.h"
#include "clienttablemodel.h"
#include "segmentstyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Rapport;

ClientListPanel::ClientListPanel(ClientTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_search->setPlaceholderText(tr("Search name, company, email, tags, rung, stage or NPS category"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search clients"));
    connect(m_search, &QLineEdit::textChanged, m_model, &ClientTableModel::setSearchText);

    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(2);
    for (int s = 0; s < SegmentCount; ++s) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(true);
        button->setIcon(SegmentStyle::icon(Segment(s)));
        button->setText(segmentPluralName(Segment(s)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setToolTip(tr("Show or hide %1").arg(segmentPluralName(Segment(s))));
        connect(button, &QToolButton::toggled, this, &ClientListPanel::updateSegmentMask);
        m_segmentButtons[s] = button;
        filterRow->addWidget(button);
    }
    filterRow->addStretch(1);
    m_attentionButton = new QToolButton(this);
    m_attentionButton->setCheckable(true);
    m_attentionButton->setIcon(SegmentStyle::lapseIcon());
    m_attentionButton->setText(tr("Needs Attention"));
    m_attentionButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_attentionButton->setAutoRaise(true);
    m_attentionButton->setToolTip(tr("Show only clients in lapse, due for contact, or with a move for the worse to look at"));
    connect(m_attentionButton, &QToolButton::toggled, m_model, &ClientTableModel::setAttentionOnly);
    filterRow->addWidget(m_attentionButton);

    // Filters for the other frameworks: each shows while its column does.
    m_facetRow = new QWidget(this);
    auto *facetLayout = new QHBoxLayout(m_facetRow);
    facetLayout->setContentsMargins(0, 0, 0, 0);
    facetLayout->setSpacing(2);
    for (int f = 0; f < ClientTableModel::FacetCount; ++f) {
        const auto facet = ClientTableModel::Facet(f);
        auto *button = new QToolButton(m_facetRow);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setAutoRaise(true);
        m_facetMenus[f] = makeFacetMenu(facet);
        button->setMenu(m_facetMenus[f]);
        button->setToolTip(m_facetMenus[f]->title());
        m_facetButtons[f] = button;
        facetLayout->addWidget(button);
    }
    facetLayout->addStretch(1);

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ClientTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: measuring rows is what makes big lists slow.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ClientTableModel::NameColumn, 150);
    m_view->setColumnWidth(ClientTableModel::CompanyColumn, 180);
    m_view->setColumnWidth(ClientTableModel::SegmentColumn, 150);
    m_view->setColumnWidth(ClientTableModel::SatisfactionColumn, 90);
    m_view->setColumnWidth(ClientTableModel::RepurchaseColumn, 90);
    m_view->setColumnWidth(ClientTableModel::LastContactColumn, 100);
    m_view->setColumnWidth(ClientTableModel::DaysOverdueColumn, 70);
    m_view->setColumnWidth(ClientTableModel::StreakColumn, 90);
    m_view->setAccessibleName(tr("Clients"));
    // The other frameworks' columns start hidden; the header's context menu shows them.
    for (int column : {ClientTableModel::RungColumn, ClientTableModel::StageColumn, ClientTableModel::NpsColumn,
                       ClientTableModel::DegreeColumn})
        m_view->setColumnHidden(column, true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSectionsMovable(true);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        for (int column = 0; column < ClientTableModel::ColumnCount; ++column) {
            QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!m_view->isColumnHidden(column));
            action->setEnabled(column != ClientTableModel::NameColumn);
            connect(action, &QAction::toggled, this, [this, column](bool shown) { setColumnShown(column, shown); });
        }
        for (int f = 0; f < ClientTableModel::FacetCount; ++f) {
            if (header->logicalIndexAt(pos) == ClientTableModel::facetColumn(ClientTableModel::Facet(f))) {
                menu.addSeparator();
                menu.addMenu(m_facetMenus[f]);
            }
        }
        menu.exec(header->mapToGlobal(pos));
    });
    m_view->installEventFilter(this);

    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT clientActivated(m_model->clientId(index.row())); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentClientChanged(current.isValid() ? m_model->clientId(current.row()) : 0); });
    connect(m_model, &ClientTableModel::countsChanged, this, &ClientListPanel::updateCount);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filterRow);
    layout->addWidget(m_facetRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    updateCount(m_model->rowCount(), m_model->totalCount());
    updateFacetControls();
}

void ClientListPanel::restoreHeaderState(const QByteArray &state)
{
    m_view->horizontalHeader()->restoreState(state);
    for (int f = 0; f < ClientTableModel::FacetCount; ++f) {
        const auto facet = ClientTableModel::Facet(f);
        if (m_view->isColumnHidden(ClientTableModel::facetColumn(facet)))
            m_model->setFacetMask(facet, ClientTableModel::allFacetValues(facet));
    }
    updateFacetControls();
}

void ClientListPanel::setColumnShown(int column, bool shown)
{
    m_view->setColumnHidden(column, !shown);
    // A filter nobody can see is a trap: hiding its column shows every client again.
    for (int f = 0; f < ClientTableModel::FacetCount; ++f) {
        const auto facet = ClientTableModel::Facet(f);
        if (!shown && column == ClientTableModel::facetColumn(facet))
            m_model->setFacetMask(facet, ClientTableModel::allFacetValues(facet));
    }
    updateFacetControls();
}

QMenu *ClientListPanel::makeFacetMenu(ClientTableModel::Facet facet)
{
    const QString title = m_model->headerData(ClientTableModel::facetColumn(facet), Qt::Horizontal).toString();
    auto *menu = new QMenu(tr("Filter by %1").arg(title), this);
    connect(menu->addAction(tr("Show All")), &QAction::triggered, this, [this, facet] {
        m_model->setFacetMask(facet, ClientTableModel::allFacetValues(facet));
        updateFacetControls();
    });
    connect(menu->addAction(tr("Show None")), &QAction::triggered, this, [this, facet] {
        m_model->setFacetMask(facet, 0);
        updateFacetControls();
    });
    menu->addSeparator();
    // "Not set" (value 0) goes last: the values people pick from come first.
    const int count = ClientTableModel::facetValueCount(facet);
    for (int i = 1; i <= count; ++i) {
        const int value = i % count;
        if (value == 0)
            menu->addSeparator();
        QAction *action = menu->addAction(ClientTableModel::facetValueName(facet, value));
        action->setCheckable(true);
        action->setData(value);
        connect(action, &QAction::toggled, this, [this, facet, value](bool checked) {
            const unsigned bit = 1u << unsigned(value);
            const unsigned mask = m_model->facetMask(facet);
            m_model->setFacetMask(facet, checked ? mask | bit : mask & ~bit);
            updateFacetControls();
        });
    }
    // Ticking a value keeps the menu open, so several can be picked in one go.
    menu->installEventFilter(this);
    return menu;
}

void ClientListPanel::updateFacetControls()
{
    bool anyShown = false;
    for (int f = 0; f < ClientTableModel::FacetCount; ++f) {
        const auto facet = ClientTableModel::Facet(f);
        const unsigned mask = m_model->facetMask(facet);
        const int count = ClientTableModel::facetValueCount(facet);
        QStringList picked;
        for (QAction *action : m_facetMenus[f]->actions()) {
            if (!action->isCheckable())
                continue;
            const QSignalBlocker blocker(action);
            const int value = action->data().toInt();
            action->setChecked(mask & (1u << unsigned(value)));
            if (action->isChecked())
                picked.append(facet == ClientTableModel::DegreeFacet && value > 0 ? QString::number(value) : action->text());
        }
        const QString title = m_model->headerData(ClientTableModel::facetColumn(facet), Qt::Horizontal).toString();
        QString text;
        if (picked.size() == count)
            text = tr("%1: all").arg(title);
        else if (picked.isEmpty())
            text = tr("%1: none").arg(title);
        else if (picked.size() == 1)
            text = tr("%1: %2").arg(title, picked.constFirst());
        else
            text = tr("%1: %n selected", nullptr, int(picked.size())).arg(title);
        m_facetButtons[f]->setText(text);
        QFont font = m_facetButtons[f]->font();
        font.setBold(picked.size() != count);
        m_facetButtons[f]->setFont(font);
        const bool shown = !m_view->isColumnHidden(ClientTableModel::facetColumn(facet));
        m_facetButtons[f]->setVisible(shown);
        anyShown = anyShown || shown;
    }
    m_facetRow->setVisible(anyShown);
}

void ClientListPanel::applyFilter(const ClientFilter &filter)
{
    m_search->clear();
    m_attentionButton->setChecked(filter.kind == ClientFilter::Kind::NeedsAttention);
    for (int s = 0; s < SegmentCount; ++s) {
        const QSignalBlocker blocker(m_segmentButtons[s]);
        m_segmentButtons[s]->setChecked(filter.kind != ClientFilter::Kind::Segment || Segment(s) == filter.segment);
    }
    updateSegmentMask();
    for (int f = 0; f < ClientTableModel::FacetCount; ++f) {
        const auto facet = ClientTableModel::Facet(f);
        const bool picked = filter.kind == ClientFilter::Kind::Facet && facet == filter.facet;
        m_model->setFacetMask(facet, picked ? 1u << unsigned(filter.value) : ClientTableModel::allFacetValues(facet));
    }
    if (filter.kind == ClientFilter::Kind::Facet)
        m_view->setColumnHidden(ClientTableModel::facetColumn(filter.facet), false);
    updateFacetControls();
}

qint64 ClientListPanel::currentClient() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->clientId(current.row()) : 0;
}

void ClientListPanel::setCurrentClient(qint64 id)
{
    if (id == currentClient())
        return;
    const int row = m_model->rowOfClient(id);
    if (row < 0) {
        m_view->selectionModel()->clear();
        return;
    }
    const QModelIndex index = m_model->index(row, ClientTableModel::NameColumn);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QVector<qint64> ClientListPanel::selectedClients() const
{
    QVector<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_model->clientId(index.row()));
    if (ids.isEmpty() && currentClient() != 0)
        ids.append(currentClient());
    return ids;
}

void ClientListPanel::updateSegmentMask()
{
    unsigned mask = 0;
    for (int s = 0; s < SegmentCount; ++s) {
        if (m_segmentButtons[s]->isChecked())
            mask |= 1u << unsigned(s);
    }
    m_model->setSegmentMask(mask);
}

void ClientListPanel::updateCount(int shown, int total)
{
    const QLocale locale;
    m_count->setText(shown == total ? tr("%n client(s)", nullptr, total)
                                    : tr("%1 of %n client(s)", nullptr, total).arg(locale.toString(shown)));
}

bool ClientListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (auto *menu = qobject_cast<QMenu *>(watched); menu && event->type() == QEvent::MouseButtonRelease) {
        QAction *action = menu->actionAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && currentClient() != 0) {
            Q_EMIT clientActivated(currentClient());
            return true;
        }
        if (key->key() == Qt::Key_Delete && currentClient() != 0) {
            Q_EMIT deleteRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
