#include "contacttracker.h"

#include "clientstore.h"
#include "localdate.h"

#include <algorithm>

namespace Rapport {

ContactTracker::ContactTracker(ClientStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_today(QDate::currentDate())
{
    connect(store, &ClientStore::resetDone, this, &ContactTracker::recomputeAll);
    connect(store, &ClientStore::rulesChanged, this, &ContactTracker::followRules);
    connect(store, &ClientStore::lapseRulesChanged, this, &ContactTracker::followRules);
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
        m_changingRow = row;
        Q_EMIT statusChanged(row);
        m_changingRow = -1;
    });
    connect(store, &ClientStore::interactionsChanged, this, &ContactTracker::recomputeClients);
    connect(store, &ClientStore::historyChanged, this, &ContactTracker::recomputeClient);
    recomputeAll();
}

void ContactTracker::setToday(QDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    // A new day is when a changed time zone is noticed, too.
    forgetLocalOffsets();
    recomputeAll();
}

bool ContactTracker::needsAttention(int row) const
{
    const ContactStatus &status = m_statuses.at(row);
    return status.isInLapse || status.isDue || m_alerts.at(row);
}

bool ContactTracker::recompute(int row)
{
    const Client &client = m_store->at(row);
    const ContactStatus status = m_store->lapseRules().status(client, m_store->segmentAt(row), m_store->contactSummary(client.id), m_today);
    const QVector<SegmentChange> history = m_store->history(client.id);
    const char alert = std::any_of(history.cbegin(), history.cend(), [](const SegmentChange &c) { return c.isAlert(); });
    const bool changed = status != m_statuses.at(row) || alert != m_alerts.at(row);
    m_statuses[row] = status;
    m_alerts[row] = alert;
    return changed;
}

void ContactTracker::recomputeClient(qint64 clientId)
{
    // A move writes the client and its history at once: report the second only if it mattered.
    const int row = m_store->rowOf(clientId);
    if (row >= 0 && recompute(row))
        Q_EMIT statusChanged(row);
}

void ContactTracker::recomputeClients(const QVector<qint64> &clientIds)
{
    // A batch (a mail reading) changes many clients at once: the views hear of it once.
    int changed = 0;
    int changedRow = -1;
    for (qint64 clientId : clientIds) {
        const int row = m_store->rowOf(clientId);
        if (row >= 0 && recompute(row)) {
            ++changed;
            changedRow = row;
        }
    }
    if (changed == 1)
        Q_EMIT statusChanged(changedRow);
    else if (changed > 1)
        Q_EMIT statusesReset();
}

void ContactTracker::followRules()
{
    if (!(m_store->rules() == m_rules) || !(m_store->lapseRules() == m_lapseRules))
        recomputeAll();
}

void ContactTracker::recomputeAll()
{
    m_rules = m_store->rules();
    m_lapseRules = m_store->lapseRules();
    // Made at their size: resize() would round a fresh list up to the next power of two
    // (5.6 MB of statuses at 100,000 clients would take 8.4 MB).
    if (m_statuses.size() != m_store->count()) {
        m_statuses = QVector<ContactStatus>(m_store->count());
        m_alerts = QVector<char>(m_store->count());
    }
    for (int row = 0; row < m_store->count(); ++row)
        recompute(row);
    Q_EMIT statusesReset();
}

} // namespace Rapport
