#include "clientlistpanel.h"

#include "clientfilter.h"
#include "clienttablemodel.h"
#include "frozencolumntableview.h"
#include "segmentstyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyleOption>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Rapport;

namespace {

/**
 * A filter toggle of the list: framed, with its icon in colour while on and in grey while off,
 * and a clear border when on, so that what is shown can be told at a glance.
 */
QToolButton *makeToggle(QWidget *parent, const QIcon &colour, const QString &text, bool checked)
{
    QIcon icon;
    QStyleOption option;
    option.initFrom(parent);
    for (const QSize size : colour.availableSizes()) {
        const QPixmap on = colour.pixmap(size);
        icon.addPixmap(on, QIcon::Normal, QIcon::On);
        icon.addPixmap(parent->style()->generatedIconPixmap(QIcon::Disabled, on, &option), QIcon::Normal, QIcon::Off);
    }
    auto *button = new QToolButton(parent);
    button->setCheckable(true);
    button->setChecked(checked);
    button->setIcon(icon);
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

/** A person's head and shoulders: the clients that are yours. */
QIcon personIcon()
{
    return SegmentStyle::smallIcon([](QPainter &painter) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x21, 0x66, 0xAC));
        painter.drawEllipse(QRectF(4, 1, 6, 6));
        painter.drawChord(QRectF(1, 8, 12, 11), 0, 180 * 16);
    });
}

/** @p from mixed with @p share of @p to. */
QColor mixed(const QColor &from, const QColor &to, qreal share)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * share, from.greenF() + (to.greenF() - from.greenF()) * share,
                            from.blueF() + (to.blueF() - from.blueF()) * share);
}

} // namespace

ClientListPanel::ClientListPanel(ClientTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new FrozenColumnTableView(this))
{
    m_search->setPlaceholderText(tr("Search name, company, email, tags, rung, stage or NPS category"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search clients"));
    m_search->setToolTip(tr("Search the clients (Ctrl+F)"));
    m_search->setWhatsThis(tr("Type a few letters to narrow the list and the chart to the clients that match. Every word "
                              "must appear in the name, company, email, tags, ladder rung, stage or NPS category. Clear "
                              "the field to see everyone again."));
    connect(m_search, &QLineEdit::textChanged, m_model, &ClientTableModel::setSearchText);

    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(2);
    for (int s = 0; s < SegmentCount; ++s) {
        auto *button = makeToggle(this, SegmentStyle::icon(Segment(s)), segmentPluralName(Segment(s)), true);
        button->setToolTip(tr("Show or hide %1").arg(segmentPluralName(Segment(s))));
        button->setWhatsThis(tr("%1: %2 This button shows or hides them in the list and on the chart: framed and in "
                                "colour while shown, grey while hidden.")
                                 .arg(segmentPluralName(Segment(s)), segmentAdvice(Segment(s), Extreme::None)));
        connect(button, &QToolButton::toggled, this, &ClientListPanel::updateSegmentMask);
        m_segmentButtons[s] = button;
        filterRow->addWidget(button);
    }
    filterRow->addStretch(1);
    m_mineButton = makeToggle(this, personIcon(), tr("My Clients"), false);
    m_mineButton->setToolTip(tr("Show only the clients whose owner is you"));
    m_mineButton->setWhatsThis(tr("Turn this on to see only the clients you own: those whose Owner is the name Rapport "
                                  "records your changes under. Others working on the same database keep theirs; turn "
                                  "it off to see everyone's clients again."));
    connect(m_mineButton, &QToolButton::toggled, m_model, &ClientTableModel::setMineOnly);
    m_attentionButton = makeToggle(this, SegmentStyle::lapseIcon(), tr("Needs Attention"), false);
    m_attentionButton->setToolTip(tr("Show only clients in lapse, due for contact, or with a move for the worse to look at"));
    m_attentionButton->setWhatsThis(tr("Turn this on to see only the clients to deal with now: those due or overdue for "
                                       "contact, those who have gone quiet or stopped answering, and those who moved for "
                                       "the worse. Work down this list first; turn it off to see everyone again."));
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
        button->setWhatsThis(tr("Click to choose which values of this column to keep in the list and on the chart; tick "
                                "several at once. Show All lifts the filter. The button shows while its column does."));
        m_facetButtons[f] = button;
        facetLayout->addWidget(button);
    }
    facetLayout->addStretch(1);

    // Fixed row heights: measuring rows is what makes big lists slow. Set before the rows come.
    m_view->setUniformRowHeight(m_view->fontMetrics().height() + 8);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ClientTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // What the owner acts on comes first: who, which segment, when last in touch, how overdue.
    // The name stays in place while the rest scrolls sideways.
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setFirstSectionMovable(false);
    for (int column : {ClientTableModel::DaysOverdueColumn, ClientTableModel::LastContactColumn, ClientTableModel::SegmentColumn})
        columns->moveSection(columns->visualIndex(column), 1);
    // Wide enough for the header in every language (and its sort arrow), or for the usual content.
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto fit = [&](int column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int arrow = m_view->style()->pixelMetric(QStyle::PM_HeaderMarkSize) + 16;
        m_view->setColumnWidth(column, std::max(metrics.horizontalAdvance(title) + arrow, metrics.horizontalAdvance(sample) + 12));
    };
    fit(ClientTableModel::NameColumn, QStringLiteral("Elena Zimmermann  "));
    fit(ClientTableModel::CompanyColumn, QStringLiteral("Northside Physiotherapy Co."));
    const QString apostle = segmentLabel(Segment::Loyalist, Extreme::Apostle);
    const QString terrorist = segmentLabel(Segment::Defector, Extreme::Terrorist);
    fit(ClientTableModel::SegmentColumn, (apostle.size() > terrorist.size() ? apostle : terrorist) + QStringLiteral("      "));
    fit(ClientTableModel::SatisfactionColumn, QStringLiteral("10.0"));
    fit(ClientTableModel::RepurchaseColumn, QStringLiteral("10.0"));
    fit(ClientTableModel::LastContactColumn, QStringLiteral("12/31/2026"));
    fit(ClientTableModel::DaysOverdueColumn, QStringLiteral("999"));
    fit(ClientTableModel::StreakColumn, QStringLiteral("9"));
    m_view->setAccessibleName(tr("Clients"));
    // The frozen name column lies over the table and is part of it for the user: the same help.
    auto *frozen = m_view->frozenView();
    for (QWidget *table : {static_cast<QWidget *>(m_view), static_cast<QWidget *>(frozen)}) {
        table->setToolTip(tr("Your clients: double-click one to edit it, F2 edits a cell"));
        table->setWhatsThis(tr("One row per client, in the order of the column you sorted by. Select a client to see it "
                               "on the chart and in the details; double-click or press Enter to edit it, press Delete "
                               "to delete the selected clients. A name in bold with a red mark is a client in lapse."));
    }
    for (QWidget *header : {static_cast<QWidget *>(m_view->horizontalHeader()), static_cast<QWidget *>(frozen->horizontalHeader())}) {
        header->setToolTip(tr("Click to sort, drag to reorder, right-click to show or hide columns"));
        header->setWhatsThis(tr("The column titles. Click one to sort the clients by it, click again to reverse the order, "
                                "drag one to move the column. Right-click to show or hide columns, such as the ladder "
                                "rung or the NPS answer."));
    }
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
    // An empty list has nothing to scroll sideways to: no bar under the bare column titles.
    const auto updateScrollBar = [this](int shown) {
        m_view->setHorizontalScrollBarPolicy(shown > 0 ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
        if (shown == 0)
            m_view->horizontalScrollBar()->setValue(0);
    };
    connect(m_model, &ClientTableModel::countsChanged, this, updateScrollBar);
    updateScrollBar(m_model->rowCount());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // My Clients goes beside the search, whose field gives way: the row of toggles below is as
    // wide as the list can be narrow.
    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(4);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_mineButton);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_facetRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    updateCount(m_model->rowCount(), m_model->totalCount());
    updateFacetControls();
    updateToggleStyle();
}

QTableView *ClientListPanel::view() const
{
    return m_view;
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

void ClientListPanel::updateToggleStyle()
{
    // Colours from the palette in use, so that the frames show in light and dark alike.
    const QPalette p = palette();
    const QColor window = p.color(QPalette::Window);
    const QColor text = p.color(QPalette::WindowText);
    const QString style = QStringLiteral("QToolButton { border: 1px solid %1; border-radius: 4px; padding: 2px 6px; color: %2; }"
                                         "QToolButton:checked { border: 2px solid %3; padding: 1px 5px; color: %4; background: %5; }")
                              .arg(mixed(window, text, 0.35).name(), mixed(window, text, 0.6).name(), p.color(QPalette::Highlight).name(),
                                   p.color(QPalette::Text).name(), p.color(QPalette::Base).name());
    for (QToolButton *button : m_segmentButtons)
        button->setStyleSheet(style);
    m_attentionButton->setStyleSheet(style);
    m_mineButton->setStyleSheet(style);
}

void ClientListPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_attentionButton)
        updateToggleStyle();
}

int ClientListPanel::preferredWidth() const
{
    int width = 2 * m_view->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    for (int column : {ClientTableModel::NameColumn, ClientTableModel::SegmentColumn, ClientTableModel::LastContactColumn,
                       ClientTableModel::DaysOverdueColumn})
        width += m_view->columnWidth(column);
    return width;
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
    m_mineButton->setChecked(false);
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
