#include "interactiontable.h"

#include "database.h"
#include "storedvalues.h"

namespace Rapport {

namespace {

const QString Columns = QStringLiteral("client_id, happened_at, kind, direction, outcome, note, message_id, logged_by");
const QString Values = QStringLiteral(":client_id, :happened_at, :kind, :direction, :outcome, :note, :message_id, :logged_by");
const QString SelectAll = QStringLiteral("SELECT id, ") + Columns + QStringLiteral(" FROM interactions");

// The stored values of @p interaction, in the order of Columns.
QVariantList valuesOf(const Interaction &interaction)
{
    return {interaction.clientId, interaction.happenedAt.toMSecsSinceEpoch(), InteractionText::kindKey(interaction.kind),
            InteractionText::directionKey(interaction.direction), InteractionText::outcomeKey(interaction.outcome),
            StoredValues::text(interaction.note),
            // No message id is NULL: many interactions logged by hand, each without one.
            interaction.messageId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(interaction.messageId),
            StoredValues::text(interaction.loggedBy)};
}

// How many client ids one statement binds at most: far below what SQLite and PostgreSQL allow.
constexpr qsizetype IdsPerStatement = 500;

} // namespace

InteractionTable::InteractionTable(const Database &database)
    : SqlTable(database, QStringLiteral("interactions"))
{
}

bool InteractionTable::insert(Interaction &interaction)
{
    QSqlQuery &query = interaction.id > 0
        ? prepared(m_insertWithId, QStringLiteral("INSERT INTO interactions (id, ") + Columns
                                       + QStringLiteral(") VALUES (:id, ") + Values + QStringLiteral(")"))
        : prepared(m_insertNew, QStringLiteral("INSERT INTO interactions (") + Columns + QStringLiteral(") VALUES (")
                                    + Values + QStringLiteral(")") + database().dialect().returningId());
    // With an id, it is the first value.
    if (interaction.id > 0)
        query.bindValue(0, interaction.id);
    bindValues(query, valuesOf(interaction), interaction.id > 0 ? 1 : 0);
    return SqlTable::insert(query, interaction.id);
}

bool InteractionTable::update(const Interaction &interaction)
{
    QSqlQuery &query = prepared(m_update, QStringLiteral(
        "UPDATE interactions SET client_id = :client_id, happened_at = :happened_at, kind = :kind,"
        " direction = :direction, outcome = :outcome, note = :note, message_id = :message_id WHERE id = :id"));
    // Who logged it stays as stored: the last of the values is not bound.
    QVariantList values = valuesOf(interaction);
    values.removeLast();
    bindValues(query, values, 0);
    query.bindValue(int(values.size()), interaction.id);
    return run(query);
}

bool InteractionTable::updateIfUnchanged(const Interaction &interaction, const Interaction &expected, bool *matched)
{
    // One statement compares and writes: two people saving at once cannot both match.
    QSqlQuery &query = prepared(m_updateIfUnchanged, QStringLiteral(
        "UPDATE interactions SET client_id = :client_id, happened_at = :happened_at, kind = :kind,"
        " direction = :direction, outcome = :outcome, note = :note, message_id = :message_id WHERE id = :id"
        " AND happened_at = :was_at AND kind = :was_kind AND direction = :was_direction AND outcome = :was_outcome"
        " AND note = :was_note"));
    QVariantList values = valuesOf(interaction);
    values.removeLast(); // who logged it stays as stored
    const QVariantList was = valuesOf(expected);
    values << interaction.id << was.at(1) << was.at(2) << was.at(3) << was.at(4) << was.at(5);
    bindValues(query, values, 0);
    if (!run(query))
        return false;
    *matched = query.numRowsAffected() > 0;
    return true;
}

bool InteractionTable::copyIn(QVector<ClientRecord> &records)
{
    QVector<Interaction *> rows;
    for (ClientRecord &record : records) {
        for (Interaction &row : record.interactions) {
            row.clientId = record.client.id;
            rows.append(&row);
        }
    }
    return copyRows(Columns, rows, valuesOf);
}

bool InteractionTable::copyIn(QVector<Interaction> &interactions)
{
    QVector<Interaction *> rows;
    rows.reserve(interactions.size());
    for (Interaction &row : interactions)
        rows.append(&row);
    return copyRows(Columns, rows, valuesOf);
}

bool InteractionTable::setEmailOutcome(qint64 clientId, const QString &messageId, Outcome outcome)
{
    QSqlQuery &query = prepared(m_setEmailOutcome, QStringLiteral(
        "UPDATE interactions SET outcome = :outcome WHERE message_id = :message_id AND client_id = :client_id"
        " AND kind = :kind AND direction = :direction"));
    query.bindValue(QStringLiteral(":outcome"), InteractionText::outcomeKey(outcome));
    query.bindValue(QStringLiteral(":message_id"), messageId);
    query.bindValue(QStringLiteral(":client_id"), clientId);
    query.bindValue(QStringLiteral(":kind"), InteractionText::kindKey(InteractionKind::Email));
    query.bindValue(QStringLiteral(":direction"), InteractionText::directionKey(Direction::Outbound));
    return run(query);
}

bool InteractionTable::remove(qint64 id)
{
    QSqlQuery &query = prepared(m_remove, QStringLiteral("DELETE FROM interactions WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    return run(query);
}

bool InteractionTable::read(QSqlQuery &query, const Visitor &visit)
{
    // Columns: id, then Columns.
    Interaction interaction;
    while (query.next()) {
        interaction.id = query.value(0).toLongLong();
        interaction.clientId = query.value(1).toLongLong();
        interaction.happenedAt = StoredValues::fromMSecs(query.value(2));
        if (!InteractionText::kindFromKey(query.value(3).toString(), &interaction.kind)
            || !InteractionText::directionFromKey(query.value(4).toString(), &interaction.direction)
            || !InteractionText::outcomeFromKey(query.value(5).toString(), &interaction.outcome))
            return failOnRow(interaction.id);
        interaction.note = query.value(6).toString();
        interaction.messageId = query.value(7).toString();
        interaction.loggedBy = query.value(8).toString();
        if (!visit(interaction))
            return true;
    }
    return !query.lastError().isValid() || fail(query);
}

bool InteractionTable::readOne(qint64 id, std::optional<Interaction> *found)
{
    QSqlQuery query = reader();
    query.prepare(SelectAll + QStringLiteral(" WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    return run(query) && read(query, [found](const Interaction &interaction) {
        *found = interaction;
        return false;
    });
}

bool InteractionTable::readOfClient(qint64 clientId, const Visitor &visit)
{
    QSqlQuery query = reader();
    query.prepare(SelectAll + QStringLiteral(" WHERE client_id = :client_id ORDER BY happened_at, id"));
    query.bindValue(QStringLiteral(":client_id"), clientId);
    return run(query) && read(query, visit);
}

bool InteractionTable::readEvery(const Visitor &visit)
{
    QSqlQuery query = reader();
    if (!query.exec(SelectAll + QStringLiteral(" ORDER BY client_id, happened_at, id")))
        return fail(query);
    return read(query, visit);
}

bool InteractionTable::readOfKind(InteractionKind kind, const Visitor &visit)
{
    QSqlQuery query = reader();
    query.prepare(SelectAll + QStringLiteral(" WHERE kind = :kind ORDER BY client_id, happened_at, id"));
    query.bindValue(QStringLiteral(":kind"), InteractionText::kindKey(kind));
    return run(query) && read(query, visit);
}

bool InteractionTable::readNoteCandidates(const QStringList &words, const Visitor &visit)
{
    QString sql = SelectAll + QStringLiteral(" WHERE note <> ''");
    QStringList patterns;
    for (const QString &word : words) {
        const bool ascii = std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 128; });
        if (!ascii)
            continue;
        QString pattern = word.toLower();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
        pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
        sql += QStringLiteral(" AND LOWER(note) LIKE :w%1 ESCAPE '\\'").arg(patterns.size());
        patterns.append(QLatin1Char('%') + pattern + QLatin1Char('%'));
    }
    sql += QStringLiteral(" ORDER BY happened_at DESC, id DESC");
    QSqlQuery query = reader();
    query.prepare(sql);
    for (int i = 0; i < patterns.size(); ++i)
        query.bindValue(QStringLiteral(":w%1").arg(i), patterns.at(i));
    return run(query) && read(query, visit);
}

bool InteractionTable::count(qint64 *count)
{
    QSqlQuery query(database().connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM interactions")) || !query.next())
        return fail(query);
    *count = query.value(0).toLongLong();
    return true;
}

bool InteractionTable::readContactSummaries(QHash<qint64, ContactSummary> *summaries)
{
    // Only what the contact rules need is read: the interactions stay in the database.
    QSqlQuery query = reader();
    if (!query.exec(QStringLiteral("SELECT id, client_id, happened_at, direction, outcome FROM interactions"
                                   " ORDER BY client_id, happened_at, id")))
        return fail(query);
    return summarize(query, summaries);
}

bool InteractionTable::readContactSummaries(const QVector<qint64> &clientIds, QHash<qint64, ContactSummary> *summaries)
{
    for (qsizetype first = 0; first < clientIds.size(); first += IdsPerStatement) {
        const qsizetype count = std::min(IdsPerStatement, clientIds.size() - first);
        QStringList placeholders;
        for (qsizetype i = 0; i < count; ++i)
            placeholders.append(QStringLiteral("?"));
        QSqlQuery query = reader();
        query.prepare(QStringLiteral("SELECT id, client_id, happened_at, direction, outcome FROM interactions"
                                     " WHERE client_id IN (%1) ORDER BY client_id, happened_at, id")
                          .arg(placeholders.join(QStringLiteral(", "))));
        for (qsizetype i = 0; i < count; ++i)
            query.bindValue(int(i), clientIds.at(first + i));
        if (!run(query) || !summarize(query, summaries))
            return false;
    }
    return true;
}

bool InteractionTable::summarize(QSqlQuery &query, QHash<qint64, ContactSummary> *summaries)
{
    // Columns: id, client_id, happened_at, direction, outcome; by client, in time order.
    ContactSummaryBuilder builder;
    qint64 summarizing = 0;
    Interaction interaction;
    while (query.next()) {
        interaction.clientId = query.value(1).toLongLong();
        if (interaction.clientId != summarizing) {
            if (summarizing != 0)
                summaries->insert(summarizing, builder.finish());
            summarizing = interaction.clientId;
        }
        interaction.happenedAt = StoredValues::fromMSecs(query.value(2));
        if (!InteractionText::directionFromKey(query.value(3).toString(), &interaction.direction)
            || !InteractionText::outcomeFromKey(query.value(4).toString(), &interaction.outcome))
            return failOnRow(query.value(0).toLongLong());
        builder.add(interaction);
    }
    if (query.lastError().isValid())
        return fail(query);
    if (summarizing != 0)
        summaries->insert(summarizing, builder.finish());
    return true;
}

} // namespace Rapport
