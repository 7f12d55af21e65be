#include "historytable.h"

#include "database.h"
#include "storedvalues.h"

#include <QSet>

namespace Rapport {

namespace {

const QString Columns = QStringLiteral(
    "client_id, changed_at, from_satisfaction, from_repurchase, to_satisfaction, to_repurchase,"
    " from_segment, from_extreme, to_segment, to_extreme, source, acknowledged, changed_by");
const QString Values = QStringLiteral(
    ":client_id, :changed_at, :from_satisfaction, :from_repurchase, :to_satisfaction, :to_repurchase,"
    " :from_segment, :from_extreme, :to_segment, :to_extreme, :source, :acknowledged, :changed_by)");

// The stored values of @p change, in the order of Columns.
QVariantList valuesOf(const SegmentChange &change)
{
    return {change.clientId, change.changedAt.toMSecsSinceEpoch(), change.fromSatisfaction, change.fromRepurchase,
            change.toSatisfaction, change.toRepurchase, segmentKey(change.fromSegment),
            StoredValues::text(extremeKey(change.fromExtreme)), segmentKey(change.toSegment),
            StoredValues::text(extremeKey(change.toExtreme)), SegmentChange::sourceKey(change.source),
            change.acknowledged ? 1 : 0, StoredValues::text(change.changedBy)};
}

} // namespace

HistoryTable::HistoryTable(const Database &database)
    : SqlTable(database, QStringLiteral("segment_history"))
{
}

bool HistoryTable::readRows(QSqlQuery &query, QHash<qint64, QVector<SegmentChange>> *history)
{
    // The moves of one person share one copy of their name instead of holding one each.
    QSet<QString> authors;
    while (query.next()) {
        SegmentChange change;
        change.id = query.value(0).toLongLong();
        change.clientId = query.value(1).toLongLong();
        change.changedAt = StoredValues::fromMSecs(query.value(2));
        change.fromSatisfaction = query.value(3).toDouble();
        change.fromRepurchase = query.value(4).toDouble();
        change.toSatisfaction = query.value(5).toDouble();
        change.toRepurchase = query.value(6).toDouble();
        if (!segmentFromKey(query.value(7).toString(), &change.fromSegment)
            || !extremeFromKey(query.value(8).toString(), &change.fromExtreme)
            || !segmentFromKey(query.value(9).toString(), &change.toSegment)
            || !extremeFromKey(query.value(10).toString(), &change.toExtreme)
            || !SegmentChange::sourceFromKey(query.value(11).toString(), &change.source))
            return failOnRow(change.id);
        change.acknowledged = query.value(12).toInt() != 0;
        change.changedBy = *authors.insert(query.value(13).toString());
        (*history)[change.clientId].append(change);
    }
    // A read that stops half-way (a lost connection) is a failure, not a shorter history.
    return !query.lastError().isValid() || fail(query);
}

bool HistoryTable::readAll(QHash<qint64, QVector<SegmentChange>> *history)
{
    QSqlQuery query = reader();
    if (!query.exec(QStringLiteral("SELECT id, ") + Columns
                    + QStringLiteral(" FROM segment_history ORDER BY client_id, changed_at, id")))
        return fail(query);
    return readRows(query, history);
}

bool HistoryTable::readOfClient(qint64 clientId, QVector<SegmentChange> *changes)
{
    QSqlQuery query = reader();
    query.prepare(QStringLiteral("SELECT id, ") + Columns
                  + QStringLiteral(" FROM segment_history WHERE client_id = :client_id ORDER BY changed_at, id"));
    query.bindValue(QStringLiteral(":client_id"), clientId);
    QHash<qint64, QVector<SegmentChange>> history;
    if (!run(query) || !readRows(query, &history))
        return false;
    *changes = history.value(clientId);
    return true;
}

bool HistoryTable::insert(SegmentChange &change)
{
    QSqlQuery &query = change.id > 0
        ? prepared(m_insertWithId, QStringLiteral("INSERT INTO segment_history (id, ") + Columns
                                       + QStringLiteral(") VALUES (:id, ") + Values)
        : prepared(m_insertNew, QStringLiteral("INSERT INTO segment_history (") + Columns + QStringLiteral(") VALUES (")
                                    + Values + database().dialect().returningId());
    // With an id, it is the first value.
    if (change.id > 0)
        query.bindValue(0, change.id);
    bindValues(query, valuesOf(change), change.id > 0 ? 1 : 0);
    return SqlTable::insert(query, change.id);
}

bool HistoryTable::copyIn(QVector<ClientRecord> &records)
{
    QVector<SegmentChange *> rows;
    for (ClientRecord &record : records) {
        for (SegmentChange &row : record.history) {
            row.clientId = record.client.id;
            rows.append(&row);
        }
    }
    return copyRows(Columns, rows, valuesOf);
}

bool HistoryTable::remove(qint64 id, qint64 clientId)
{
    QSqlQuery &query = prepared(m_remove, QStringLiteral("DELETE FROM segment_history WHERE id = :id AND client_id = :client_id"));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":client_id"), clientId);
    return run(query);
}

bool HistoryTable::acknowledge(qint64 id, bool acknowledged)
{
    QSqlQuery query(database().connection());
    query.prepare(QStringLiteral("UPDATE segment_history SET acknowledged = :value WHERE id = :id"));
    query.bindValue(QStringLiteral(":value"), acknowledged ? 1 : 0);
    query.bindValue(QStringLiteral(":id"), id);
    return run(query);
}

} // namespace Rapport
