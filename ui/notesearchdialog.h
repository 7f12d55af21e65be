#pragma once

#include <QDialog>

class QLineEdit;
class QTreeWidget;
class QLabel;

namespace Rapport {
class ClientStore;
}

/** Finds interactions by the words in their notes, across every client. */
class NoteSearchDialog : public QDialog
{
    Q_OBJECT

public:
    /** On a result's note: where the searched words are in the note as shown (MatchHighlightDelegate::MatchRanges). */
    static constexpr int MatchRangesRole = Qt::UserRole + 1;

    explicit NoteSearchDialog(Rapport::ClientStore *store, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QTreeWidget *results() const { return m_results; }

Q_SIGNALS:
    /** Emitted when the user opens a result: show the client with @p clientId. */
    void clientRequested(qint64 clientId, qint64 interactionId);

private:
    void search();

    Rapport::ClientStore *m_store;
    QLineEdit *m_search;
    QTreeWidget *m_results;
    QLabel *m_count;
};
