#pragma once

#include "segmentchange.h"
#include "clientrecord.h"
#include "sqltable.h"

#include <QHash>
#include <QVector>

namespace Rapport {

/**
 * The SQL of the segment_history table (the recorded moves), written once for every dialect.
 * Returns false on a failure, with lastError() (or unreadableId() for a row Rapport cannot
 * read) saying why.
 */
class HistoryTable : public SqlTable
{
public:
    explicit HistoryTable(const Database &database);

    /** Every recorded move, by client id and in time order. */
    bool readAll(QHash<qint64, QVector<SegmentChange>> *history);
    /** The moves of one client, in time order. */
    bool readOfClient(qint64 clientId, QVector<SegmentChange> *changes);
    /** Stores @p change: with its own id when it has one (a deleted entry comes back unchanged), else @p change gets the new id. */
    bool insert(SegmentChange &change);
    /**
     * On a server: stores the moves of @p records, each for its record's client, by COPY; those
     * without an id get one reserved from the database first.
     */
    bool copyIn(QVector<ClientRecord> &records);
    /** Removes the move with @p id when it belongs to the client with @p clientId. */
    bool remove(qint64 id, qint64 clientId);
    /** Marks the move with @p id as seen by the owner, or not. */
    bool acknowledge(qint64 id, bool acknowledged);

private:
    bool readRows(QSqlQuery &query, QHash<qint64, QVector<SegmentChange>> *history);
    std::optional<QSqlQuery> m_insertNew;
    std::optional<QSqlQuery> m_insertWithId;
    std::optional<QSqlQuery> m_remove;
};

} // namespace Rapport
