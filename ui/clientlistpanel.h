#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;
class ClientTableModel;

/** The searchable, filterable client list with its row count. */
class ClientListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClientListPanel(ClientTableModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QToolButton *attentionButton() const { return m_attentionButton; }
    ClientTableModel *model() const { return m_model; }

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
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSegmentMask();
    void updateCount(int shown, int total);

    ClientTableModel *m_model;
    QLineEdit *m_search;
    QToolButton *m_segmentButtons[4];
    QToolButton *m_attentionButton;
    QLabel *m_count;
    QTableView *m_view;
};
