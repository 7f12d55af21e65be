#pragma once

#include "clienttablemodel.h"

#include <QWidget>

class FrozenColumnTableView;
class QLabel;
class QMenu;
class QLineEdit;
class QTableView;
class QToolButton;
struct ClientFilter;

/** The searchable, filterable client list with its row count. */
class ClientListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClientListPanel(ClientTableModel *model, QWidget *parent = nullptr);

    QTableView *view() const;
    QLineEdit *searchEdit() const { return m_search; }
    QToolButton *attentionButton() const { return m_attentionButton; }
    /** The My Clients toggle: only the clients whose owner is the person using Rapport. */
    QToolButton *mineButton() const { return m_mineButton; }
    ClientTableModel *model() const { return m_model; }
    /** The button whose menu filters by @p facet; shown while the facet's column is. */
    QToolButton *facetButton(ClientTableModel::Facet facet) const { return m_facetButtons[facet]; }

    /** Restores column order, widths and visibility saved by QHeaderView::saveState(). */
    void restoreHeaderState(const QByteArray &state);
    /** The width that shows the name, segment, last contact and overdue columns without scrolling. */
    int preferredWidth() const;
    /** Shows or hides a column; hiding a framework's column also stops filtering by it. */
    void setColumnShown(int column, bool shown);

    /**
     * Shows exactly the clients @p filter describes: clears the search and every other filter
     * (My Clients too), and sets the segment, framework and Needs Attention buttons to match, so the user sees
     * (and can undo) what is filtered. A framework's filter shows its column.
     */
    void applyFilter(const ClientFilter &filter);

    /** The id of the current client, or 0. */
    qint64 currentClient() const;
    /** Makes the client with @p id current and visible, when the filter shows it. */
    void setCurrentClient(qint64 id);
    /** Ids of every selected client. */
    QVector<qint64> selectedClients() const;

Q_SIGNALS:
    /** Emitted when the current client changed (0 for none). */
    void currentClientChanged(qint64 id);
    /** Emitted on double-click or Enter on a client. */
    void clientActivated(qint64 id);
    /** Emitted when Delete was pressed on the selection. */
    void deleteRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateToggleStyle();
    void updateSegmentMask();
    void updateCount(int shown, int total);
    QMenu *makeFacetMenu(ClientTableModel::Facet facet);
    void updateFacetControls();

    ClientTableModel *m_model;
    QLineEdit *m_search;
    QToolButton *m_segmentButtons[4];
    QToolButton *m_attentionButton = nullptr;
    QToolButton *m_mineButton = nullptr;
    QToolButton *m_facetButtons[ClientTableModel::FacetCount];
    QMenu *m_facetMenus[ClientTableModel::FacetCount];
    QWidget *m_facetRow;
    QLabel *m_count;
    FrozenColumnTableView *m_view;
};
