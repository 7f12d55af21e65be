#pragma once

#include "clientsearchindex.h"

#include <QObject>
#include <QStringList>
#include <QVector>

namespace Rapport {
class ClientStore;
class ContactTracker;
}

/**
 * Which clients the list and the chart show: the search, the segments, the other frameworks'
 * values, Needs Attention and My clients, applied to every client of the store.
 *
 * Kept current with the store and the contact tracker one change at a time: it connects to
 * them when made, so it must be made before the views that read it during the same signals
 * (ClientTableModel makes its own first). Rows are the store's rows.
 */
class ClientVisibility : public QObject
{
    Q_OBJECT

public:
    ClientVisibility(Rapport::ClientStore *store, Rapport::ContactTracker *tracker, QObject *parent = nullptr);

    static constexpr unsigned AllSegments = 0xF;
    /** How many frameworks beside the segment can filter (ClientTableModel::Facet). */
    static constexpr int FacetCount = 4;

    /** Shows only clients whose name, company, email or tags contain every word of @p text. */
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    const QStringList &searchWords() const { return m_searchWords; }

    /** Shows only clients in the segments whose bit (1 << int(segment)) is set. */
    void setSegmentMask(unsigned mask);
    unsigned segmentMask() const { return m_segmentMask; }

    /** Shows only clients whose value of @p facet (a ClientTableModel::Facet) has its bit set in @p mask. */
    void setFacetMask(int facet, unsigned mask);
    unsigned facetMask(int facet) const { return m_facetMasks[facet]; }

    /** Shows only clients that need attention: in lapse, due, or with an unseen move for the worse. */
    void setAttentionOnly(bool attentionOnly);
    bool isAttentionOnly() const { return m_attentionOnly; }

    /** Shows only the clients whose owner is the person using this Rapport (ClientStore::author()). */
    void setMineOnly(bool mineOnly);
    bool isMineOnly() const { return m_mineOnly; }

    /** Per store row: 1 when the client is shown. */
    const QVector<char> &visible() const { return m_visible; }
    bool isVisible(int storeRow) const { return m_visible.value(storeRow, 0) != 0; }

    /** The index the search is answered from. */
    const ClientSearchIndex &searchIndex() const { return m_index; }

Q_SIGNALS:
    /**
     * Emitted when visible() was computed again as a whole: a setting changed, or the statuses
     * of many clients did while only those needing attention are shown, or the rules while some
     * segments are hidden. With @p narrower, only clients shown before can be shown now.
     */
    void filterChanged(bool narrower);
    /** Emitted when the client in @p storeRow became shown or hidden because it (or its status) changed. */
    void rowChanged(int storeRow);
    /** Emitted after visible() changed in any way, rows added and removed included. */
    void visibleChanged();

private:
    bool accepts(int storeRow) const;
    void recomputeAll(bool narrower);
    void updateRow(int storeRow);
    void findSearchHits();

    Rapport::ClientStore *m_store;
    Rapport::ContactTracker *m_tracker;
    ClientSearchIndex m_index;
    QStringList m_searchWords;
    QVector<char> m_searchHits; ///< per store row: 1 when it holds every search word
    QVector<char> m_visible;    ///< per store row
    QString m_searchText;
    QString m_author;           ///< whose clients My clients shows, read when it is turned on
    unsigned m_segmentMask = AllSegments;
    unsigned m_facetMasks[FacetCount];
    bool m_attentionOnly = false;
    bool m_mineOnly = false;
    bool m_resetting = false;
};
