#include "contacttracker.h"

#include "clientstore.h"

#include <algorithm>

namespace Rapport {

ContactTracker::ContactTracker(ClientStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_today(QDate::currentDate())
{
    connect(store, &ClientStore::resetDone, this, &ContactTracker::recomputeAll);
    connect(store, &ClientStore::rulesChanged, this, &ContactTracker::recomputeAll);
    connect(store, &ClientStore::lapseRulesChanged, this, &ContactTracker::recomputeAll);
    connect(store, &ClientStore::clientsAdded, this, [this](int first, int last) {
        m_statuses.resize(m_store->count());
        m_alerts.resize(m_store->count());
        for (int row = first; row <= last; ++row)
            recompute(row);
    });
    connect(store, &ClientStore::clientsRemoved, this, [this](int first, int last) {
        m_statuses.remove(first, last - first + 1);
        m_alerts.remove(first, last - first + 1);
    });
    connect(store, &ClientStore::clientChanged, this, [this](int row) {
        recompute(row);
        Q_EMIT statusChanged(row);
    });
    connect(store, &ClientStore::interactionsChanged, this, &ContactTracker::recomputeClient);
    connect(store, &ClientStore::historyChanged, this, &ContactTracker::recomputeClient);
    recomputeAll();
}

void ContactTracker::setToday(QDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    recomputeAll();
}

bool ContactTracker::needsAttention(int row) const
{
    const ContactStatus &status = m_statuses.at(row);
    return status.isInLapse || status.isDue || m_alerts.at(row);
}

void ContactTracker::recompute(int row)
{
    const Client &client = m_store->at(row);
    m_statuses[row] = m_store->lapseRules().status(client, m_store->segmentAt(row), m_store->interactions(client.id), m_today);
    const QVector<SegmentChange> history = m_store->history(client.id);
    m_alerts[row] = std::any_of(history.cbegin(), history.cend(), [](const SegmentChange &c) { return c.isAlert(); });
}

void ContactTracker::recomputeClient(qint64 clientId)
{
    const int row = m_store->rowOf(clientId);
    if (row < 0)
        return;
    recompute(row);
    Q_EMIT statusChanged(row);
}

void ContactTracker::recomputeAll()
{
    m_statuses.resize(m_store->count());
    m_alerts.resize(m_store->count());
    for (int row = 0; row < m_store->count(); ++row)
        recompute(row);
    Q_EMIT statusesReset();
}

} // namespace Rapport
