#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QTableWidget;

namespace Rapport {
class ClientStore;
class ContactTracker;
}

/**
 * The whole client base through every framework at once: segments, ladder rungs and stages,
 * the NPS, the clients who say they are satisfied but are not loyal, and the third-degree
 * clients worth reconsidering. Follows the data while it is open.
 */
class DashboardDialog : public QDialog
{
    Q_OBJECT

public:
    DashboardDialog(Rapport::ClientStore *store, Rapport::ContactTracker *tracker, QWidget *parent = nullptr);

    QLabel *npsLabel() const { return m_nps; }
    QListWidget *satisfiedNotLoyal() const { return m_satisfiedNotLoyal; }
    QListWidget *thirdDegree() const { return m_thirdDegree; }
    QTableWidget *countsTable() const { return m_counts; }

    /** Computes everything again from the store. */
    void refresh();

Q_SIGNALS:
    /** Emitted when the user opens a client from one of the lists. */
    void clientRequested(qint64 id);

private:
    void scheduleRefresh();

    Rapport::ClientStore *m_store;
    Rapport::ContactTracker *m_tracker;
    QLabel *m_nps;
    QTableWidget *m_counts;
    QListWidget *m_satisfiedNotLoyal;
    QListWidget *m_thirdDegree;
    bool m_refreshPending = false;
};
