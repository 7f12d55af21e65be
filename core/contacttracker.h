#pragma once

#include "lapserules.h"
#include "segmentationrules.h"

#include <QDate>
#include <QObject>
#include <QVector>

namespace Rapport {

class ClientStore;

/**
 * The contact status of every client, kept current as the store changes.
 *
 * Rows are the store's rows. The day the statuses are computed for is today unless set;
 * call setToday() when the date changes (the application does so at midnight).
 */
class ContactTracker : public QObject
{
    Q_OBJECT

public:
    explicit ContactTracker(ClientStore *store, QObject *parent = nullptr);

    const ContactStatus &statusAt(int row) const { return m_statuses.at(row); }
    /** The store whose clients the rows are. */
    const ClientStore &store() const { return *m_store; }
    int count() const { return int(m_statuses.size()); }

    QDate today() const { return m_today; }
    void setToday(QDate today);

    /** Clients in lapse or due for contact, and those with a move for the worse not yet seen. */
    bool needsAttention(int row) const;
    /**
     * The row whose change in the store is being reported by statusChanged(), or -1: a listener
     * that hears the store's clientChanged() as well can leave that statusChanged() to it.
     */
    int changingRow() const { return m_changingRow; }
    /** True when the client in @p row has a move for the worse the owner has not acknowledged. */
    bool hasAlert(int row) const { return m_alerts.at(row); }

Q_SIGNALS:
    /**
     * Emitted after the client in @p row changed (in the store), or after its status changed
     * because of its interactions or history.
     */
    void statusChanged(int row);
    /**
     * Emitted after the statuses of many clients changed at once: every status computed again
     * (a new day, new rules), or the interactions of several clients written together (a batch
     * of a mail reading). Listeners update everything once.
     */
    void statusesReset();

private:
    void recomputeAll();
    /** Computes every status again unless it was computed with these rules already. */
    void followRules();
    /** Computes the status of @p row again; true when it (or the alert) changed. */
    bool recompute(int row);
    void recomputeClient(qint64 clientId);
    void recomputeClients(const QVector<qint64> &clientIds);

    ClientStore *m_store;
    QDate m_today;
    QVector<ContactStatus> m_statuses;
    QVector<char> m_alerts;
    /// The rules the statuses were last computed with: a file opened announces its rules after
    /// its clients, which were computed with them already.
    SegmentationRules m_rules;
    LapseRules m_lapseRules;
    int m_changingRow = -1;
};

} // namespace Rapport
