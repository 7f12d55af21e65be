#pragma once

#include <QTableView>

/**
 * A table whose first column stays in place while the others scroll sideways, as a spreadsheet
 * freezes its first column: the name of a client stays beside the facts about it.
 *
 * A second view lies over the left edge and shows only that column; it shares the model, the
 * selection, the row heights and the vertical scrolling, and its header sorts and opens the same
 * context menu as the table's own.
 */
class FrozenColumnTableView : public QTableView
{
    Q_OBJECT

public:
    explicit FrozenColumnTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    /**
     * Gives every row @p height pixels, in both views, fixed. Set here rather than on the table's
     * header: the table tells the frozen view of each row resized, one at a time, and with
     * 100,000 rows that alone took seconds.
     */
    void setUniformRowHeight(int height);
    /** The view that draws the frozen column over the table. */
    QTableView *frozenView() const { return m_frozen; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void updateGeometries() override;

private:
    void updateFrozenGeometry();
    void keepFrozenColumnFirst();

    QTableView *m_frozen;
};
