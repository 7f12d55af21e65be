#pragma once

#include "clientsearchindex.h"
#include "clientvisibility.h"
#include "segment.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QIcon>
#include <QVector>

#include <array>
#include <vector>

class QUndoStack;

namespace Rapport {
class ClientStore;
class ContactTracker;
struct Client;
}

/**
 * The client list: every client of the store, filtered and sorted without a proxy.
 *
 * Filtering and sorting work on typed values and precomputed keys held per client and
 * produce a permutation of the store's rows. The search is answered by a ClientSearchIndex
 * kept current with each change, so a keystroke over 100,000 clients reads the lists of the
 * clients holding its letters, not every client's text. Edits go through the undo stack.
 */
class ClientTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CompanyColumn,
        SegmentColumn,
        SatisfactionColumn,
        RepurchaseColumn,
        LastContactColumn,
        DaysOverdueColumn,
        StreakColumn,
        TagsColumn,
        UpdatedColumn,
        RungColumn,
        StageColumn,
        NpsColumn,
        DegreeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ClientIdRole = Qt::UserRole + 1, ///< qint64
        RawValueRole,                    ///< the typed value the column sorts by
        SegmentRole,                     ///< Rapport::Segment
        ExtremeRole,                     ///< Rapport::Extreme
        InLapseRole,                     ///< bool
        NeedsAttentionRole,              ///< bool
    };

    ClientTableModel(Rapport::ClientStore *store, Rapport::ContactTracker *tracker, QUndoStack *undoStack,
                     QObject *parent = nullptr);
    ~ClientTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** Shows only clients whose name, company, email or tags contain every word of @p text. */
    void setSearchText(const QString &text) { m_visibility->setSearchText(text); }
    QString searchText() const { return m_visibility->searchText(); }

    /** Shows only clients in the segments whose bit (1 << int(segment)) is set. */
    void setSegmentMask(unsigned mask) { m_visibility->setSegmentMask(mask); }
    unsigned segmentMask() const { return m_visibility->segmentMask(); }
    static constexpr unsigned AllSegments = ClientVisibility::AllSegments;

    /** The other frameworks the list can be filtered by, beside the segment. */
    enum Facet { RungFacet, StageFacet, NpsFacet, DegreeFacet, FacetCount };
    Q_ENUM(Facet)

    /**
     * Shows only clients whose value for @p facet has its bit (1 << value) set in @p mask.
     * Value 0 is "not set"; the others follow LadderRung, Stage, NpsCategory and the degree.
     */
    void setFacetMask(Facet facet, unsigned mask) { m_visibility->setFacetMask(facet, mask); }
    unsigned facetMask(Facet facet) const { return m_visibility->facetMask(facet); }
    /** How many values @p facet has, "not set" (0) included. */
    static int facetValueCount(Facet facet);
    /** Every value of @p facet: the mask that filters nothing out. */
    static unsigned allFacetValues(Facet facet) { return (1u << unsigned(facetValueCount(facet))) - 1; }
    /** The name of @p value of @p facet, as a filter menu shows it. */
    static QString facetValueName(Facet facet, int value);
    /** The column that shows @p facet. */
    static Column facetColumn(Facet facet);
    /** The value of @p facet for @p client, in 0..facetValueCount(facet) - 1. */
    static int facetValue(Facet facet, const Rapport::Client &client);
    /** True when any facet filters clients out. */
    bool hasFacetFilter() const;

    /** Shows only clients that need attention: in lapse, due, or with an unseen move for the worse. */
    void setAttentionOnly(bool attentionOnly) { m_visibility->setAttentionOnly(attentionOnly); }
    bool isAttentionOnly() const { return m_visibility->isAttentionOnly(); }
    /** Shows only the clients whose owner is the person using this Rapport. */
    void setMineOnly(bool mineOnly) { m_visibility->setMineOnly(mineOnly); }
    bool isMineOnly() const { return m_visibility->isMineOnly(); }

    /** Which clients are shown: the filter the list shares with the chart. */
    ClientVisibility *visibility() const { return m_visibility; }

    /** The id of the client in list row @p row. */
    qint64 clientId(int row) const;
    /** The list row of the client with @p id, or -1 when it is filtered out or gone. */
    int rowOfClient(qint64 id) const;
    /** Per store row: 1 when the client passes the filter. Shared with the chart. */
    const QVector<char> &matches() const { return m_visibility->visible(); }
    int totalCount() const;
    /** The index the search is answered from. */
    const ClientSearchIndex &searchIndex() const { return m_visibility->searchIndex(); }

Q_SIGNALS:
    /** Emitted when the set of shown clients or the total changed. */
    void countsChanged(int shown, int total);
    /** Emitted when matches() changed. */
    void filterChanged();

private:
    /** What notices a changed name, company or tags without keeping their sort keys. */
    struct Keys
    {
        size_t nameHash = 0;
        size_t companyHash = 0;
        size_t tagsHash = 0;
    };
    /// The text columns whose order is kept as ranks.
    enum RankedText { RankedName, RankedCompany, RankedTags, RankedTextCount };

    static Keys makeKeys(const Rapport::Client &client);
    bool lessThan(int a, int b) const;
    const std::vector<int> &ranks(RankedText text) const;
    /** True when @p a comes before @p b by name (then by id): the order of the name's ranks. */
    bool nameBefore(int a, int b) const;
    void placeByName(int storeRow, int changedFrom);
    void sortRows();
    void relayout(bool refineOnly = false);
    void rebuildViewIndex();
    /** Brings the store-to-list index up to date for list rows @p fromRow to @p toRow (excluded). */
    void updateViewIndex(int fromRow, int toRow);
    void emitCounts();

    void onAboutToReset();
    void onResetDone();
    void onClientsAdded(int first, int last);
    void onClientsAboutToBeRemoved(int first, int last);
    void onClientsRemoved(int first, int last);
    void onClientChanged(int storeRow);
    void onRulesChanged();
    void onStatusChanged(int storeRow);
    void onStatusesReset();

    Rapport::ClientStore *m_store;
    Rapport::ContactTracker *m_tracker;
    QUndoStack *m_undoStack;
    ClientVisibility *m_visibility; ///< made before this model connects to the store: it is current first
    QCollator m_collator;
    /**
     * Drawn once, when first asked for (not before the window's first frame): a repaint asks for
     * one per row it shows, and drawing them each time took a fifth of it.
     */
    mutable std::array<QIcon, Rapport::SegmentCount> m_segmentIcons;
    mutable QIcon m_lapseIcon;
    std::vector<Keys> m_keys;     ///< per store row
    /// Per store row: its place in name (company, tags) order, ties by id, computed when first
    /// needed after a change of that text or of the rows. Sorting by name is then a pass over
    /// the rows, not a sort; the sort keys are only made to rank them.
    mutable std::vector<int> m_ranks[RankedTextCount];
    mutable bool m_ranksValid[RankedTextCount] = {};
    mutable std::vector<int> m_nameOrder; ///< store rows in name order: rank -> store row, while the names' ranks are valid
    QVector<int> m_rows;          ///< list row -> store row
    QVector<int> m_viewRow;       ///< store row -> list row, or -1
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_pendingRemoval = -1;    ///< list row being removed between the store's two signals
    bool m_batchRemoval = false;
    bool m_resetting = false;
};
