#include "clientvisibility.h"

#include "clientstore.h"
#include "clienttablemodel.h"
#include "contacttracker.h"

using namespace Rapport;

ClientVisibility::ClientVisibility(ClientStore *store, ContactTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tracker(tracker)
{
    for (int facet = 0; facet < FacetCount; ++facet)
        m_facetMasks[facet] = ClientTableModel::allFacetValues(ClientTableModel::Facet(facet));
    // While the store replaces every row, the tracker reports statuses of rows not indexed yet.
    connect(store, &ClientStore::aboutToReset, this, [this] { m_resetting = true; });
    connect(store, &ClientStore::resetDone, this, [this] {
        m_resetting = false;
        m_index.reset(m_store->clients());
        m_author = m_store->author();
        findSearchHits();
        recomputeAll(false);
    });
    connect(store, &ClientStore::clientsAdded, this, [this](int first, int last) {
        for (int row = first; row <= last; ++row) {
            m_index.append(m_store->at(row));
            if (!m_searchWords.isEmpty())
                m_searchHits.append(m_index.contains(row, m_searchWords));
            m_visible.append(accepts(row));
        }
        Q_EMIT visibleChanged();
    });
    connect(store, &ClientStore::clientsRemoved, this, [this](int first, int last) {
        m_index.remove(first, last);
        if (!m_searchWords.isEmpty())
            m_searchHits.remove(first, last - first + 1);
        m_visible.remove(first, last - first + 1);
        Q_EMIT visibleChanged();
    });
    connect(store, &ClientStore::clientChanged, this, [this](int row) { updateRow(row); });
    // My Clients follows a new name at once (Settings → Your name).
    connect(store, &ClientStore::authorChanged, this, [this](const QString &author) {
        m_author = author;
        if (m_mineOnly)
            recomputeAll(false);
    });
    // The segments change with the rules; the statuses (Needs Attention) tell the tracker's reset.
    // The list sorts and filters again on its own then: only what is shown is brought up to date.
    connect(store, &ClientStore::rulesChanged, this, [this] {
        if (m_segmentMask == AllSegments)
            return;
        for (int row = 0; row < m_visible.size(); ++row)
            m_visible[row] = accepts(row);
        Q_EMIT visibleChanged();
    });
    // A changed client's status is brought up to date with the client, by the store's signal.
    connect(tracker, &ContactTracker::statusChanged, this, [this](int row) {
        if (row != m_tracker->changingRow())
            updateRow(row);
    });
    connect(tracker, &ContactTracker::statusesReset, this, [this] {
        if (m_attentionOnly && !m_resetting)
            recomputeAll(false);
    });
    m_index.reset(store->clients());
    m_author = store->author();
    recomputeAll(false);
}

void ClientVisibility::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    const QStringList oldWords = m_searchWords;
    m_searchText = text;
    m_searchWords = ClientSearchIndex::searchWords(text);
    findSearchHits();
    // Typing on at the end of the last word, or adding a word, can only narrow the list.
    bool narrower = oldWords.size() <= m_searchWords.size();
    for (int i = 0; narrower && i < oldWords.size(); ++i)
        narrower = m_searchWords.at(i).contains(oldWords.at(i));
    recomputeAll(narrower);
}

void ClientVisibility::setSegmentMask(unsigned mask)
{
    mask &= AllSegments;
    if (mask == m_segmentMask)
        return;
    const bool narrower = (mask & m_segmentMask) == mask;
    m_segmentMask = mask;
    recomputeAll(narrower);
}

void ClientVisibility::setFacetMask(int facet, unsigned mask)
{
    if (facet < 0 || facet >= FacetCount)
        return;
    mask &= ClientTableModel::allFacetValues(ClientTableModel::Facet(facet));
    if (mask == m_facetMasks[facet])
        return;
    const bool narrower = (mask & m_facetMasks[facet]) == mask;
    m_facetMasks[facet] = mask;
    recomputeAll(narrower);
}

void ClientVisibility::setAttentionOnly(bool attentionOnly)
{
    if (attentionOnly == m_attentionOnly)
        return;
    m_attentionOnly = attentionOnly;
    recomputeAll(attentionOnly);
}

void ClientVisibility::setMineOnly(bool mineOnly)
{
    // The name is read again each time it is turned on: it may have been set meanwhile.
    const QString author = m_store->author();
    if (mineOnly == m_mineOnly && author == m_author)
        return;
    const bool narrower = mineOnly && (m_mineOnly ? author == m_author : true);
    m_mineOnly = mineOnly;
    m_author = author;
    recomputeAll(narrower);
}

bool ClientVisibility::accepts(int storeRow) const
{
    if (m_attentionOnly && (storeRow >= m_tracker->count() || !m_tracker->needsAttention(storeRow)))
        return false;
    if (m_segmentMask != AllSegments && !(m_segmentMask & (1u << unsigned(m_store->segmentAt(storeRow)))))
        return false;
    const Client &client = m_store->at(storeRow);
    // Nobody owns the clients without an owner, even when no name is known for this person.
    if (m_mineOnly && (client.owner != m_author || m_author.isEmpty()))
        return false;
    for (int facet = 0; facet < FacetCount; ++facet) {
        const auto f = ClientTableModel::Facet(facet);
        const unsigned mask = m_facetMasks[facet];
        if (mask != ClientTableModel::allFacetValues(f) && !(mask & (1u << unsigned(ClientTableModel::facetValue(f, client)))))
            return false;
    }
    return m_searchWords.isEmpty() || m_searchHits.at(storeRow);
}

// With narrower, only the rows shown now are tested again: the others stay hidden.
void ClientVisibility::recomputeAll(bool narrower)
{
    const int total = m_store->count();
    if (!narrower || m_visible.size() != total) {
        m_visible.resize(total);
        narrower = false;
    }
    for (int row = 0; row < total; ++row) {
        if (!narrower || m_visible.at(row))
            m_visible[row] = accepts(row);
    }
    Q_EMIT filterChanged(narrower);
    Q_EMIT visibleChanged();
}

void ClientVisibility::updateRow(int storeRow)
{
    if (m_resetting || storeRow < 0 || storeRow >= m_visible.size() || storeRow >= m_index.count())
        return;
    m_index.update(storeRow, m_store->at(storeRow));
    if (!m_searchWords.isEmpty())
        m_searchHits[storeRow] = m_index.contains(storeRow, m_searchWords);
    const char shown = accepts(storeRow);
    if (shown == m_visible.at(storeRow))
        return;
    m_visible[storeRow] = shown;
    Q_EMIT rowChanged(storeRow);
    Q_EMIT visibleChanged();
}

// The rows holding every search word, from the index (none to find: every row).
void ClientVisibility::findSearchHits()
{
    if (m_searchWords.isEmpty())
        m_searchHits.clear();
    else
        m_index.find(m_searchWords, &m_searchHits);
}
