#include "frozencolumntableview.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

FrozenColumnTableView::FrozenColumnTableView(QWidget *parent)
    : QTableView(parent)
    , m_frozen(new QTableView(this))
{
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setWordWrap(false);
    viewport()->stackUnder(m_frozen);
    // The viewport is laid out after the scroll bars are: its size is what the overlay must match.
    viewport()->installEventFilter(this);

    // The frozen view follows the table, never the other way round: the table owns the
    // scrolling, the sorting, the column widths and the row heights.
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(), &QAbstractSlider::setValue);
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(), &QAbstractSlider::setValue);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical, int, int newSize) {
        if (logical == 0) {
            m_frozen->setColumnWidth(0, newSize);
            updateFrozenGeometry();
        }
    });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int logical, int, int newSize) { m_frozen->setRowHeight(logical, newSize); });
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_frozen->horizontalHeader(),
            &QHeaderView::setSortIndicator);
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, &FrozenColumnTableView::keepFrozenColumnFirst);
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int logical) {
        if (!isSortingEnabled())
            return;
        QHeaderView *header = horizontalHeader();
        const bool same = header->sortIndicatorSection() == logical;
        sortByColumn(logical, same && header->sortIndicatorOrder() == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                                          : Qt::AscendingOrder);
    });
    m_frozen->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_frozen->horizontalHeader(), &QHeaderView::customContextMenuRequested, horizontalHeader(),
            &QHeaderView::customContextMenuRequested);
    connect(m_frozen, &QTableView::doubleClicked, this, &QTableView::doubleClicked);
    // A right click on the frozen column asks for the table's context menu, at the same place.
    m_frozen->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_frozen, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (contextMenuPolicy() == Qt::CustomContextMenu)
            Q_EMIT customContextMenuRequested(viewport()->mapFrom(this, m_frozen->viewport()->mapTo(this, pos)));
    });
    connect(m_frozen, &QTableView::clicked, this, [this](const QModelIndex &) { setFocus(Qt::MouseFocusReason); });
}

void FrozenColumnTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    const int columns = model ? model->columnCount() : 0;
    for (int column = 1; column < columns; ++column)
        m_frozen->setColumnHidden(column, true);
    m_frozen->setColumnWidth(0, columnWidth(0));
    m_frozen->horizontalHeader()->setSortIndicatorShown(true);
    updateFrozenGeometry();
}

void FrozenColumnTableView::setUniformRowHeight(int height)
{
    // The frozen view first: the table's rows then resize to what the frozen rows already have,
    // and the frozen view has nothing to follow.
    for (QTableView *view : {m_frozen, static_cast<QTableView *>(this)}) {
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(height);
    }
}

void FrozenColumnTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    // The frozen column is always in sight: bring its row into view without scrolling sideways.
    if (index.column() == 0) {
        const int sideways = horizontalScrollBar()->value();
        QTableView::scrollTo(index, hint);
        horizontalScrollBar()->setValue(sideways);
        return;
    }
    QTableView::scrollTo(index, hint);
}

bool FrozenColumnTableView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == viewport() && event->type() == QEvent::Resize)
        updateFrozenGeometry();
    return QTableView::eventFilter(watched, event);
}

QModelIndex FrozenColumnTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    // A cell that would end up under the frozen column scrolls out from under it.
    if (cursorAction == MoveLeft && current.column() > 0 && visualRect(current).left() < m_frozen->columnWidth(0)) {
        const int by = visualRect(current).left() - m_frozen->columnWidth(0);
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + by);
    }
    return current;
}

void FrozenColumnTableView::updateGeometries()
{
    QTableView::updateGeometries();
    if (m_frozen)
        updateFrozenGeometry();
}

void FrozenColumnTableView::updateFrozenGeometry()
{
    const bool shown = model() && !isColumnHidden(0);
    m_frozen->setVisible(shown);
    if (!shown)
        return;
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    m_frozen->setAlternatingRowColors(alternatingRowColors());
    m_frozen->setGeometry(verticalHeader()->isVisible() ? verticalHeader()->width() + frameWidth() : frameWidth(), frameWidth(),
                          columnWidth(0), viewport()->height() + horizontalHeader()->height());
}

void FrozenColumnTableView::keepFrozenColumnFirst()
{
    QHeaderView *header = horizontalHeader();
    if (header->visualIndex(0) != 0)
        header->moveSection(header->visualIndex(0), 0);
}
