#include "clienttablemodel.h"

#include "clientcommands.h"
#include "clientstore.h"
#include "datetext.h"
#include "contacttracker.h"
#include "frameworks.h"
#include "segmentstyle.h"

#include <QCollatorSortKey>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QStyle>
#include <QApplication>

#include <QLocale>
#include <QUndoStack>

#include <algorithm>
#include <climits>
#include <numeric>

using namespace Rapport;

namespace {

/** How names are ordered: without case, numbers by value. */
QCollator nameCollator()
{
    QCollator collator;
    // The C locale collates by code point and ignores case and numeric options: sort as
    // English there, so "client 9" still comes before "Client 10".
    if (QLocale().language() == QLocale::C)
        collator.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

template<typename T>
int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

ClientTableModel::ClientTableModel(ClientStore *store, ContactTracker *tracker, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_tracker(tracker)
    , m_undoStack(undoStack)
    , m_visibility(new ClientVisibility(store, tracker, this))
{
    m_collator = nameCollator();
    connect(store, &ClientStore::aboutToReset, this, &ClientTableModel::onAboutToReset);
    connect(store, &ClientStore::resetDone, this, &ClientTableModel::onResetDone);
    connect(store, &ClientStore::clientsAdded, this, &ClientTableModel::onClientsAdded);
    connect(store, &ClientStore::clientsAboutToBeRemoved, this, &ClientTableModel::onClientsAboutToBeRemoved);
    connect(store, &ClientStore::clientsRemoved, this, &ClientTableModel::onClientsRemoved);
    connect(store, &ClientStore::rulesChanged, this, &ClientTableModel::onRulesChanged);
    connect(store, &ClientStore::clientChanged, this, &ClientTableModel::onClientChanged);
    // A status changes with the client (the store's signal above covers both), or alone, with
    // its interactions or history.
    connect(tracker, &ContactTracker::statusChanged, this, &ClientTableModel::onStatusChanged);
    connect(tracker, &ContactTracker::statusesReset, this, &ClientTableModel::onStatusesReset);
    connect(m_visibility, &ClientVisibility::filterChanged, this, [this](bool narrower) {
        if (!m_resetting)
            relayout(narrower);
    });
    onAboutToReset();
    onResetDone();
}

ClientTableModel::~ClientTableModel() = default;

int ClientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ClientTableModel::totalCount() const
{
    return m_store->count();
}

qint64 ClientTableModel::clientId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_store->at(m_rows.at(row)).id : 0;
}

int ClientTableModel::rowOfClient(qint64 id) const
{
    const int storeRow = m_store->rowOf(id);
    return storeRow < 0 || storeRow >= m_viewRow.size() ? -1 : m_viewRow.at(storeRow);
}

QVariant ClientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int storeRow = m_rows.at(index.row());
    const Client &client = m_store->at(storeRow);
    const Segment segment = m_store->segmentAt(storeRow);
    const Extreme extreme = m_store->extremeAt(storeRow);
    const ContactStatus &status = m_tracker->statusAt(storeRow);
    const QLocale locale;

    switch (role) {
    case InLapseRole:
        return status.isInLapse;
    case NeedsAttentionRole:
        return m_tracker->needsAttention(storeRow);
    case Qt::ForegroundRole:
        if (index.column() == DaysOverdueColumn && status.isOverdue)
            return QColor(0xB3, 0x26, 0x1E);
        if (index.column() == StreakColumn && status.suggestsPartingWays)
            return QColor(0xB3, 0x26, 0x1E);
        break;
    case Qt::FontRole:
        if (status.isInLapse && index.column() == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case ClientIdRole:
        return client.id;
    case SegmentRole:
        return QVariant::fromValue(segment);
    case ExtremeRole:
        return QVariant::fromValue(extreme);
    case Qt::ToolTipRole:
        if (index.column() == NameColumn || index.column() == LastContactColumn || index.column() == DaysOverdueColumn
            || index.column() == StreakColumn) {
            QStringList lines;
            if (status.isOverdue)
                lines.append(tr("Overdue by %n day(s)", nullptr, status.daysOverdue));
            else if (status.isDue)
                lines.append(tr("Due for contact"));
            if (status.isUnusuallySilent)
                lines.append(tr("Silent for %1 days; usually in touch every %n day(s)", nullptr, status.medianGapDays)
                                 .arg(status.daysSinceContact));
            if (status.unansweredStreak > 0)
                lines.append(tr("%n unanswered attempt(s) in a row", nullptr, status.unansweredStreak));
            if (m_tracker->hasAlert(storeRow))
                lines.append(tr("Moved for the worse; see the details"));
            if (!lines.isEmpty())
                return lines.join(QLatin1Char('\n'));
        }
        Q_FALLTHROUGH();
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return client.name;
        case CompanyColumn:
            return client.company;
        case SegmentColumn:
            return segmentLabel(segment, extreme);
        case SatisfactionColumn:
            return role == Qt::EditRole ? QVariant(client.satisfaction) : QVariant(QLocale().toString(client.satisfaction, 'f', 1));
        case RepurchaseColumn:
            return role == Qt::EditRole ? QVariant(client.repurchase) : QVariant(QLocale().toString(client.repurchase, 'f', 1));
        case LastContactColumn:
            if (role == Qt::EditRole)
                return {};
            return status.lastContact.isValid() ? locale.toString(status.lastContact.toLocalTime().date(), QLocale::ShortFormat)
                                                : tr("never");
        case DaysOverdueColumn:
            return status.isOverdue ? QVariant(status.daysOverdue) : QVariant();
        case StreakColumn:
            return status.unansweredStreak > 0 ? QVariant(status.unansweredStreak) : QVariant();
        case TagsColumn:
            return client.tagsText();
        case UpdatedColumn:
            return DateText::shortDateTime(client.updatedAt);
        case RungColumn:
            return client.rung == LadderRung::None ? QString() : Frameworks::rungName(client.rung);
        case StageColumn:
            return client.stage == Stage::None ? QString() : Frameworks::stageName(client.stage);
        case NpsColumn:
            return client.nps < 0 ? QString()
                                  : tr("%1 (%2)").arg(client.nps).arg(Frameworks::npsCategoryName(Frameworks::npsCategory(client.nps)));
        case DegreeColumn:
            return client.degree > 0 ? QVariant(client.degree) : QVariant();
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case NameColumn:
            return client.name;
        case CompanyColumn:
            return client.company;
        case SegmentColumn:
            return int(segment);
        case SatisfactionColumn:
            return client.satisfaction;
        case RepurchaseColumn:
            return client.repurchase;
        case LastContactColumn:
            return status.lastContact;
        case DaysOverdueColumn:
            return status.daysOverdue;
        case StreakColumn:
            return status.unansweredStreak;
        case TagsColumn:
            return client.tags;
        case UpdatedColumn:
            return client.updatedAt;
        case RungColumn:
            return int(client.rung);
        case StageColumn:
            return int(client.stage);
        case NpsColumn:
            return client.nps;
        case DegreeColumn:
            return client.degree;
        }
        break;
    case Qt::DecorationRole:
        if (m_lapseIcon.isNull()) {
            for (int s = 0; s < SegmentCount; ++s)
                m_segmentIcons[size_t(s)] = SegmentStyle::icon(Segment(s));
            m_lapseIcon = SegmentStyle::lapseIcon();
        }
        if (index.column() == SegmentColumn)
            return m_segmentIcons[size_t(segment)];
        if (index.column() == NameColumn && (status.isInLapse || m_tracker->hasAlert(storeRow)))
            return m_lapseIcon;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SatisfactionColumn || index.column() == RepurchaseColumn || index.column() == DaysOverdueColumn
            || index.column() == StreakColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CompanyColumn:
        return tr("Company");
    case SegmentColumn:
        return tr("Segment");
    case SatisfactionColumn:
        return tr("Satisfaction");
    case RepurchaseColumn:
        return tr("Repurchase");
    case LastContactColumn:
        return tr("Last Contact");
    case DaysOverdueColumn:
        return tr("Overdue");
    case StreakColumn:
        return tr("Unanswered");
    case TagsColumn:
        return tr("Tags");
    case UpdatedColumn:
        return tr("Updated");
    case RungColumn:
        return tr("Ladder Rung");
    case StageColumn:
        return tr("Stage");
    case NpsColumn:
        return tr("NPS");
    case DegreeColumn:
        return tr("Degree");
    }
    return {};
}

Qt::ItemFlags ClientTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return result;
    switch (index.column()) {
    case NameColumn:
    case CompanyColumn:
    case SatisfactionColumn:
    case RepurchaseColumn:
    case TagsColumn:
        result |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return result;
}

bool ClientTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Client before = m_store->at(m_rows.at(index.row()));
    Client after = before;
    switch (index.column()) {
    case NameColumn:
        after.name = value.toString();
        break;
    case CompanyColumn:
        after.company = value.toString();
        break;
    case SatisfactionColumn:
    case RepurchaseColumn: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok)
            return false;
        (index.column() == SatisfactionColumn ? after.satisfaction : after.repurchase) = roundToTenth(number);
        break;
    }
    case TagsColumn:
        after.tags = Client::parseTags(value.toString());
        break;
    default:
        return false;
    }
    if (after == before)
        return true;
    const int countBefore = m_undoStack->count();
    m_undoStack->push(new EditClientCommand(m_store, before, after));
    return m_undoStack->count() > countBefore || m_undoStack->index() != countBefore;
}

ClientTableModel::Keys ClientTableModel::makeKeys(const Client &client)
{
    return Keys{qHash(client.name), qHash(client.company), qHash(client.tags)};
}

const std::vector<int> &ClientTableModel::ranks(RankedText text) const
{
    std::vector<int> &ranks = m_ranks[text];
    if (m_ranksValid[text])
        return ranks;
    // The sort keys are made for this sort only and not kept (100,000 names' keys hold 8 MB):
    // a client added or renamed later is placed by comparing names (placeByName()).
    std::vector<QCollatorSortKey> keys;
    keys.reserve(m_keys.size());
    for (const Client &client : m_store->clients())
        keys.push_back(m_collator.sortKey(text == RankedName ? client.name
                                          : text == RankedCompany ? client.company
                                                                  : client.tagsText()));
    std::vector<int> order(m_keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int byText = keys[size_t(a)].compare(keys[size_t(b)]);
        return byText != 0 ? byText < 0 : m_store->at(a).id < m_store->at(b).id;
    });
    ranks.resize(order.size());
    for (size_t rank = 0; rank < order.size(); ++rank)
        ranks[size_t(order[rank])] = int(rank);
    if (text == RankedName)
        m_nameOrder = std::move(order);
    m_ranksValid[text] = true;
    return ranks;
}

bool ClientTableModel::nameBefore(int a, int b) const
{
    const int byName = m_collator.compare(m_store->at(a).name, m_store->at(b).name);
    return byName != 0 ? byName < 0 : m_store->at(a).id < m_store->at(b).id;
}

// Puts @p storeRow (not in the name order now) at its place in it, and ranks the rows from
// @p changedFrom (its old place, when it had one) to there again: one client's change costs
// the distance it moved, not a sort of every name.
void ClientTableModel::placeByName(int storeRow, int changedFrom)
{
    const auto place = std::lower_bound(m_nameOrder.begin(), m_nameOrder.end(), storeRow,
                                        [this](int a, int b) { return nameBefore(a, b); });
    const int to = int(place - m_nameOrder.begin());
    m_nameOrder.insert(place, storeRow);
    std::vector<int> &ranks = m_ranks[RankedName];
    const int from = changedFrom < 0 ? int(m_nameOrder.size()) - 1 : changedFrom;
    for (int rank = std::min(from, to); rank <= std::max(from, to); ++rank)
        ranks[size_t(m_nameOrder[size_t(rank)])] = rank;
}

// Puts m_rows in the current order.
void ClientTableModel::sortRows()
{
    if (m_sortColumn != NameColumn) {
        std::sort(m_rows.begin(), m_rows.end(), [this](int a, int b) { return lessThan(a, b); });
        return;
    }
    // The ranks are a permutation: place each shown row at its rank, then read them in order.
    const std::vector<int> &ranks = this->ranks(RankedName);
    std::vector<int> byRank(ranks.size(), -1);
    for (int storeRow : std::as_const(m_rows))
        byRank[size_t(ranks[size_t(storeRow)])] = storeRow;
    int row = 0;
    const auto take = [&](int storeRow) {
        if (storeRow >= 0)
            m_rows[row++] = storeRow;
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::for_each(byRank.cbegin(), byRank.cend(), take);
    else
        std::for_each(byRank.crbegin(), byRank.crend(), take);
}

bool ClientTableModel::lessThan(int a, int b) const
{
    const Client &ca = m_store->at(a);
    const Client &cb = m_store->at(b);
    const std::vector<int> &ranks = this->ranks(RankedName);
    int order = 0;
    switch (m_sortColumn) {
    case NameColumn:
        order = compareValues(ranks[size_t(a)], ranks[size_t(b)]);
        break;
    case CompanyColumn:
        order = compareValues(this->ranks(RankedCompany)[size_t(a)], this->ranks(RankedCompany)[size_t(b)]);
        break;
    case SegmentColumn:
        order = compareValues(int(m_store->segmentAt(a)), int(m_store->segmentAt(b)));
        if (order == 0)
            order = compareValues(int(m_store->extremeAt(a)), int(m_store->extremeAt(b)));
        break;
    case SatisfactionColumn:
        order = compareValues(ca.satisfaction, cb.satisfaction);
        break;
    case RepurchaseColumn:
        order = compareValues(ca.repurchase, cb.repurchase);
        break;
    case TagsColumn:
        order = compareValues(this->ranks(RankedTags)[size_t(a)], this->ranks(RankedTags)[size_t(b)]);
        break;
    case UpdatedColumn:
        order = compareValues(ca.updatedAt.toMSecsSinceEpoch(), cb.updatedAt.toMSecsSinceEpoch());
        break;
    case LastContactColumn: {
        const ContactStatus &sa = m_tracker->statusAt(a);
        const ContactStatus &sb = m_tracker->statusAt(b);
        order = compareValues(sa.lastContact.isValid() ? sa.lastContact.toMSecsSinceEpoch() : LLONG_MIN,
                              sb.lastContact.isValid() ? sb.lastContact.toMSecsSinceEpoch() : LLONG_MIN);
        break;
    }
    case DaysOverdueColumn:
        order = compareValues(m_tracker->statusAt(a).daysOverdue, m_tracker->statusAt(b).daysOverdue);
        break;
    case StreakColumn:
        order = compareValues(m_tracker->statusAt(a).unansweredStreak, m_tracker->statusAt(b).unansweredStreak);
        break;
    case RungColumn:
        order = compareValues(int(ca.rung), int(cb.rung));
        break;
    case StageColumn:
        order = compareValues(int(ca.stage), int(cb.stage));
        break;
    case NpsColumn:
        order = compareValues(ca.nps, cb.nps);
        break;
    case DegreeColumn:
        order = compareValues(ca.degree, cb.degree);
        break;
    }
    if (m_sortOrder == Qt::DescendingOrder)
        order = -order;
    // Ties go by name, then by id (the name's rank holds both).
    if (order == 0)
        order = compareValues(ranks[size_t(a)], ranks[size_t(b)]);
    return order < 0;
}

void ClientTableModel::rebuildViewIndex()
{
    m_viewRow.fill(-1, m_store->count());
    for (int row = 0; row < m_rows.size(); ++row)
        m_viewRow[m_rows.at(row)] = row;
}

void ClientTableModel::updateViewIndex(int fromRow, int toRow)
{
    for (int row = fromRow; row < toRow; ++row)
        m_viewRow[m_rows.at(row)] = row;
}

void ClientTableModel::emitCounts()
{
    Q_EMIT countsChanged(rowCount(), totalCount());
}

// Recomputes the shown rows and their order as a layout change, so that selections and
// the current index follow their clients. With refineOnly, the filter only got narrower:
// the rows shown now are scanned instead of every client, and their order is kept.
void ClientTableModel::relayout(bool refineOnly)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QVector<qint64> persistentIds;
    persistentIds.reserve(persistent.size());
    for (const QModelIndex &index : persistent)
        persistentIds.append(clientId(index.row()));

    const int total = m_store->count();
    const QVector<char> &visible = m_visibility->visible();
    if (refineOnly) {
        QVector<int> kept;
        kept.reserve(m_rows.size());
        for (int storeRow : std::as_const(m_rows)) {
            if (visible.at(storeRow))
                kept.append(storeRow);
        }
        m_rows = std::move(kept);
    } else {
        m_rows.clear();
        m_rows.reserve(total);
        for (int storeRow = 0; storeRow < total; ++storeRow) {
            if (visible.at(storeRow))
                m_rows.append(storeRow);
        }
        sortRows();
    }
    rebuildViewIndex();

    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (int i = 0; i < persistent.size(); ++i) {
        const int row = rowOfClient(persistentIds.at(i));
        moved.append(row < 0 ? QModelIndex() : index(row, persistent.at(i).column()));
    }
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT filterChanged();
    emitCounts();
}

void ClientTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    relayout();
}

int ClientTableModel::facetValueCount(Facet facet)
{
    switch (facet) {
    case RungFacet:
        return int(LadderRung::Advocate) + 1;
    case StageFacet:
        return int(Stage::Convergence) + 1;
    case NpsFacet:
        return int(NpsCategory::Promoter) + 1;
    case DegreeFacet:
    case FacetCount:
        break;
    }
    return 4;
}

QString ClientTableModel::facetValueName(Facet facet, int value)
{
    switch (facet) {
    case RungFacet:
        return Frameworks::rungName(LadderRung(value));
    case StageFacet:
        return Frameworks::stageName(Stage(value));
    case NpsFacet:
        return Frameworks::npsCategoryName(NpsCategory(value));
    case DegreeFacet:
    case FacetCount:
        break;
    }
    return Frameworks::degreeName(value);
}

ClientTableModel::Column ClientTableModel::facetColumn(Facet facet)
{
    switch (facet) {
    case RungFacet:
        return RungColumn;
    case StageFacet:
        return StageColumn;
    case NpsFacet:
        return NpsColumn;
    case DegreeFacet:
    case FacetCount:
        break;
    }
    return DegreeColumn;
}

int ClientTableModel::facetValue(Facet facet, const Client &client)
{
    switch (facet) {
    case RungFacet:
        return int(client.rung);
    case StageFacet:
        return int(client.stage);
    case NpsFacet:
        return int(Frameworks::npsCategory(client.nps));
    case DegreeFacet:
    case FacetCount:
        break;
    }
    return client.degree >= 1 && client.degree <= 3 ? client.degree : 0;
}

bool ClientTableModel::hasFacetFilter() const
{
    for (int facet = 0; facet < FacetCount; ++facet) {
        if (facetMask(Facet(facet)) != allFacetValues(Facet(facet)))
            return true;
    }
    return false;
}

void ClientTableModel::onStatusChanged(int storeRow)
{
    // A change of the client itself reaches this model through the store's own signal.
    if (storeRow != m_tracker->changingRow() && storeRow < m_viewRow.size() && storeRow < int(m_keys.size()))
        onClientChanged(storeRow);
}

void ClientTableModel::onStatusesReset()
{
    // Many statuses changed at once (a new day, a batch of emails read): one update, sorted
    // again when the order depends on them (the shown rows, when they do, the filter sorts out).
    if (m_resetting || isAttentionOnly())
        return;
    if (m_sortColumn == LastContactColumn || m_sortColumn == DaysOverdueColumn || m_sortColumn == StreakColumn)
        relayout();
    else if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void ClientTableModel::onAboutToReset()
{
    m_resetting = true;
    beginResetModel();
}

void ClientTableModel::onResetDone()
{
    const QVector<Client> &clients = m_store->clients();
    m_keys.clear();
    m_keys.reserve(size_t(clients.size()));
    for (const Client &client : clients)
        m_keys.push_back(makeKeys(client));
    std::fill(std::begin(m_ranksValid), std::end(m_ranksValid), false);
    const int total = m_store->count();
    const QVector<char> &visible = m_visibility->visible();
    m_rows.clear();
    for (int storeRow = 0; storeRow < total; ++storeRow) {
        if (visible.at(storeRow))
            m_rows.append(storeRow);
    }
    sortRows();
    rebuildViewIndex();
    m_resetting = false;
    endResetModel();
    Q_EMIT filterChanged();
    emitCounts();
}

void ClientTableModel::onClientsAdded(int first, int last)
{
    for (int storeRow = first; storeRow <= last; ++storeRow) {
        m_keys.push_back(makeKeys(m_store->at(storeRow)));
    }
    const bool namesRanked = m_ranksValid[RankedName];
    std::fill(std::begin(m_ranksValid), std::end(m_ranksValid), false);
    if (namesRanked && first == last) {
        m_ranks[RankedName].push_back(-1);
        placeByName(first, -1);
        m_ranksValid[RankedName] = true;
    }
    m_viewRow.resize(m_store->count());
    if (first == last) {
        m_viewRow[first] = -1;
        if (m_visibility->isVisible(first)) {
            const auto position = std::upper_bound(m_rows.begin(), m_rows.end(), first,
                                                   [this](int a, int b) { return lessThan(a, b); });
            const int row = int(position - m_rows.begin());
            beginInsertRows({}, row, row);
            m_rows.insert(row, first);
            rebuildViewIndex();
            endInsertRows();
        }
        Q_EMIT filterChanged();
        emitCounts();
        return;
    }
    relayout();
}

void ClientTableModel::onClientsAboutToBeRemoved(int first, int last)
{
    m_pendingRemoval = -1;
    m_batchRemoval = first != last;
    if (m_batchRemoval) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        return;
    }
    const int row = m_viewRow.value(first, -1);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_pendingRemoval = row;
    }
}

void ClientTableModel::onClientsRemoved(int first, int last)
{
    const int removed = last - first + 1;
    m_keys.erase(m_keys.begin() + first, m_keys.begin() + last + 1);
    const bool namesRanked = m_ranksValid[RankedName];
    std::fill(std::begin(m_ranksValid), std::end(m_ranksValid), false);
    if (namesRanked) {
        // The names keep their order; the rows after the gap move up.
        std::vector<int> order;
        order.reserve(m_keys.size());
        for (int storeRow : m_nameOrder) {
            if (storeRow < first)
                order.push_back(storeRow);
            else if (storeRow > last)
                order.push_back(storeRow - removed);
        }
        m_nameOrder = std::move(order);
        std::vector<int> &ranks = m_ranks[RankedName];
        ranks.resize(m_nameOrder.size());
        for (size_t rank = 0; rank < m_nameOrder.size(); ++rank)
            ranks[size_t(m_nameOrder[rank])] = int(rank);
        m_ranksValid[RankedName] = true;
    }

    // Keep the order of the surviving rows; store rows after the gap moved up.
    const auto shift = [&] {
        QVector<int> rows;
        rows.reserve(m_rows.size());
        for (int storeRow : std::as_const(m_rows)) {
            if (storeRow < first)
                rows.append(storeRow);
            else if (storeRow > last)
                rows.append(storeRow - removed);
        }
        m_rows = std::move(rows);
    };

    if (m_batchRemoval) {
        const QModelIndexList persistent = persistentIndexList();
        QVector<int> persistentStoreRows;
        for (const QModelIndex &index : persistent) {
            const int storeRow = m_rows.value(index.row(), -1);
            persistentStoreRows.append(storeRow < first ? storeRow : storeRow > last ? storeRow - removed : -1);
        }
        shift();
        rebuildViewIndex();
        QModelIndexList moved;
        for (int i = 0; i < persistent.size(); ++i) {
            const int storeRow = persistentStoreRows.at(i);
            const int row = storeRow < 0 ? -1 : m_viewRow.at(storeRow);
            moved.append(row < 0 ? QModelIndex() : index(row, persistent.at(i).column()));
        }
        changePersistentIndexList(persistent, moved);
        m_batchRemoval = false;
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        shift();
        rebuildViewIndex();
        if (m_pendingRemoval >= 0)
            endRemoveRows();
    }
    m_pendingRemoval = -1;
    Q_EMIT filterChanged();
    emitCounts();
}

void ClientTableModel::onClientChanged(int storeRow)
{
    const Client &client = m_store->at(storeRow);
    const Keys keys = makeKeys(client);
    const Keys &old = m_keys[size_t(storeRow)];
    const bool renamed = keys.nameHash != old.nameHash;
    if (keys.companyHash != old.companyHash)
        m_ranksValid[RankedCompany] = false;
    if (keys.tagsHash != old.tagsHash)
        m_ranksValid[RankedTags] = false;
    m_keys[size_t(storeRow)] = keys;
    if (renamed && m_ranksValid[RankedName]) {
        const int from = m_ranks[RankedName][size_t(storeRow)];
        m_nameOrder.erase(m_nameOrder.begin() + from);
        placeByName(storeRow, from);
    }
    const int oldRow = m_viewRow.at(storeRow);
    const bool match = m_visibility->isVisible(storeRow);
    const bool matched = oldRow >= 0;

    // One change costs what lies between its old and new list rows, not a pass over every client.
    const auto less = [this](int a, int b) { return lessThan(a, b); };
    if (matched && !match) {
        beginRemoveRows({}, oldRow, oldRow);
        m_rows.remove(oldRow);
        m_viewRow[storeRow] = -1;
        updateViewIndex(oldRow, int(m_rows.size()));
        endRemoveRows();
    } else if (!matched && match) {
        const int row = int(std::upper_bound(m_rows.begin(), m_rows.end(), storeRow, less) - m_rows.begin());
        beginInsertRows({}, row, row);
        m_rows.insert(row, storeRow);
        updateViewIndex(row, int(m_rows.size()));
        endInsertRows();
    } else if (match) {
        // Where the changed client belongs among the others, in the current order: before its
        // old row, or after it.
        const auto begin = m_rows.begin();
        int newRow = int(std::upper_bound(begin, begin + oldRow, storeRow, less) - begin);
        if (newRow == oldRow)
            newRow = int(std::upper_bound(begin + oldRow + 1, m_rows.end(), storeRow, less) - begin) - 1;
        if (newRow != oldRow) {
            // beginMoveRows takes the destination in the coordinates before the move.
            beginMoveRows({}, oldRow, oldRow, {}, newRow > oldRow ? newRow + 1 : newRow);
            if (newRow > oldRow)
                std::rotate(begin + oldRow, begin + oldRow + 1, begin + newRow + 1);
            else
                std::rotate(begin + newRow, begin + oldRow, begin + oldRow + 1);
            updateViewIndex(std::min(oldRow, newRow), std::max(oldRow, newRow) + 1);
            endMoveRows();
        }
        const int row = m_viewRow.at(storeRow);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (matched != match)
        Q_EMIT filterChanged();
    emitCounts();
}

void ClientTableModel::onRulesChanged()
{
    // Every segment may have changed: the segment filter and a sort by segment with it.
    relayout();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, SegmentColumn), index(int(m_rows.size()) - 1, SegmentColumn));
}
