#include "clientcommands.h"

#include "clientmerge.h"
#include "clientstore.h"

#include <QCoreApplication>

using namespace Rapport;

namespace {

std::optional<Client> mergeWithoutAsking(const Client &base, const Client &mine, const Client &stored)
{
    const ClientMerge merge = ClientMerge::merge(base, mine, stored);
    return merge.conflicts.isEmpty() ? std::make_optional(merge.merged) : std::nullopt;
}

ConflictResolver &conflictResolver()
{
    static ConflictResolver resolver = mergeWithoutAsking;
    return resolver;
}

/** The version the client with @p id has now in @p store; 0 when it is gone. */
int versionOf(const ClientStore *store, qint64 id)
{
    const Client *client = store->client(id);
    return client ? client->version : 0;
}

QVector<ClientRecord> recordsOf(const QVector<Client> &clients)
{
    QVector<ClientRecord> records;
    for (const Client &client : clients)
        records.append({client, {}, {}});
    return records;
}

} // namespace

void setConflictResolver(ConflictResolver resolver)
{
    conflictResolver() = resolver ? std::move(resolver) : mergeWithoutAsking;
}

void VersionedCommand::undoFailed(const ClientStore *store)
{
    if (store->conflict() && store->conflict()->stored)
        m_undoRefused = true;
    else
        setObsolete(true);
}

bool VersionedCommand::updateMerging(ClientStore *store, Client &base, Client &mine, ChangeSource source, qint64 *recordedChange)
{
    if (store->updateClient(mine, source, recordedChange))
        return true;
    if (!store->conflict() || !store->conflict()->stored)
        return false;
    const Client stored = *store->conflict()->stored;
    std::optional<Client> resolved = conflictResolver()(base, mine, stored);
    if (!resolved)
        return false;
    resolved->version = stored.version;
    if (!store->updateClient(*resolved, source, recordedChange))
        return false;
    base = stored;
    mine = *resolved;
    return true;
}

AddClientsCommand::AddClientsCommand(ClientStore *store, const QVector<Client> &clients, QUndoCommand *parent)
    : AddClientsCommand(store, recordsOf(clients), parent)
{
}

AddClientsCommand::AddClientsCommand(ClientStore *store, const QVector<ClientRecord> &records, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_records(records)
{
    setText(records.size() == 1 ? QCoreApplication::translate("ClientCommands", "Add %1").arg(records.constFirst().client.displayName())
                                : QCoreApplication::translate("ClientCommands", "Add %n Clients", nullptr, int(records.size())));
}

void AddClientsCommand::redo()
{
    if (!m_store->addClientRecords(m_records, &m_ids))
        setObsolete(true);
}

void AddClientsCommand::undo()
{
    // Keep the stored form (ids and timestamps included) so that redo restores exactly this.
    m_records = m_store->records(m_ids);
    if (!m_store->removeClients(m_ids))
        setObsolete(true);
}

RemoveClientsCommand::RemoveClientsCommand(ClientStore *store, const QVector<qint64> &ids, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_records(store->records(ids, &m_readable))
{
    setText(m_records.size() == 1 ? QCoreApplication::translate("ClientCommands", "Delete %1").arg(m_records.constFirst().client.displayName())
                                  : QCoreApplication::translate("ClientCommands", "Delete %n Clients", nullptr, int(m_records.size())));
}

void RemoveClientsCommand::redo()
{
    // What cannot be read back cannot be brought back: then nothing is deleted.
    QVector<qint64> ids;
    for (const ClientRecord &record : std::as_const(m_records))
        ids.append(record.client.id);
    if (!m_readable || !m_store->removeClients(ids))
        setObsolete(true);
}

void RemoveClientsCommand::undo()
{
    if (!m_store->addClientRecords(m_records))
        setObsolete(true);
}

EditClientCommand::EditClientCommand(ClientStore *store, const Client &before, const Client &after, QUndoCommand *parent)
    : VersionedCommand(parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("ClientCommands", "Edit %1").arg(before.displayName()));
}

void EditClientCommand::redo()
{
    if (takeRefusedUndo())
        return;
    if (!updateMerging(m_store, m_before, m_after, ChangeSource::Edit, &m_recordedChange))
        setObsolete(true);
}

void EditClientCommand::undo()
{
    // Puts back m_before, version included: a redo is based on it again.
    if (!m_store->revertClient(m_before, {m_recordedChange}))
        undoFailed(m_store);
}

MoveClientCommand::MoveClientCommand(ClientStore *store, qint64 id, QPointF from, QPointF to, bool isNudge, QUndoCommand *parent)
    : VersionedCommand(parent)
    , m_store(store)
    , m_clientId(id)
    , m_from(from)
    , m_to(to)
    , m_isNudge(isNudge)
{
    const Client *client = store->client(id);
    setText(QCoreApplication::translate("ClientCommands", "Move %1").arg(client ? client->displayName() : QString()));
}

void MoveClientCommand::redo()
{
    if (takeRefusedUndo())
        return;
    const Client *client = m_store->client(m_clientId);
    if (!client) {
        m_store->moveClient(m_clientId, m_to.x(), m_to.y()); // says that it no longer exists
        setObsolete(true);
        return;
    }
    // A move is an edit of the position, begun from the client as the window showed it.
    Client base = *client;
    base.satisfaction = m_from.x();
    base.repurchase = m_from.y();
    const int heldVersion = client->version;
    Client moved = *client;
    moved.satisfaction = m_to.x();
    moved.repurchase = m_to.y();
    qint64 change = 0;
    if (!updateMerging(m_store, base, moved, ChangeSource::Drag, &change)) {
        setObsolete(true);
        return;
    }
    m_version = versionOf(m_store, m_clientId);
    // Merged with someone else's change, the client was never as the undo would put it: the undo
    // then stores a version of its own instead of putting one back.
    m_fromVersion = base.version == heldVersion ? heldVersion : 0;
    m_recordedChanges = {change};
}

void MoveClientCommand::undo()
{
    const Client *client = m_store->client(m_clientId);
    if (!client) {
        setObsolete(true);
        return;
    }
    Client before = *client;
    before.satisfaction = m_from.x();
    before.repurchase = m_from.y();
    // Back to the version before the first of the merged nudges, when the last is still the one stored.
    before.version = m_fromVersion;
    if (!m_store->revertClient(before, m_recordedChanges, m_version)) {
        undoFailed(m_store);
        return;
    }
    m_recordedChanges.clear();
}

bool MoveClientCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveClientCommand *>(other);
    // QUndoStack tries to merge before it drops a command whose write failed.
    if (other->isObsolete() || !move->m_isNudge || move->m_clientId != m_clientId)
        return false;
    m_to = move->m_to;
    m_version = move->m_version; // m_fromVersion stays the first nudge's
    m_recordedChanges += move->m_recordedChanges;
    return true;
}

ChangeRulesCommand::ChangeRulesCommand(ClientStore *store, const SegmentationRules &after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_before(store->rules())
    , m_after(after)
{
    setText(QCoreApplication::translate("ClientCommands", "Change Segment Boundaries"));
}

void ChangeRulesCommand::redo()
{
    if (!m_store->setRules(m_after))
        setObsolete(true);
}

void ChangeRulesCommand::undo()
{
    if (!m_store->setRules(m_before))
        setObsolete(true);
}

ChangeLapseRulesCommand::ChangeLapseRulesCommand(ClientStore *store, const LapseRules &after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_before(store->lapseRules())
    , m_after(after)
{
    setText(QCoreApplication::translate("ClientCommands", "Change Contact Intervals"));
}

void ChangeLapseRulesCommand::redo()
{
    if (!m_store->setLapseRules(m_after))
        setObsolete(true);
}

void ChangeLapseRulesCommand::undo()
{
    if (!m_store->setLapseRules(m_before))
        setObsolete(true);
}

AddInteractionCommand::AddInteractionCommand(ClientStore *store, const Interaction &interaction, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_interaction(interaction)
{
    const Client *client = store->client(interaction.clientId);
    setText(QCoreApplication::translate("ClientCommands", "Log %1 with %2")
                .arg(InteractionText::kindName(interaction.kind), client ? client->displayName() : QString()));
}

void AddInteractionCommand::redo()
{
    QVector<qint64> ids;
    if (!m_store->addInteractions({m_interaction}, &ids)) {
        setObsolete(true);
        return;
    }
    m_interaction.id = ids.constFirst();
}

void AddInteractionCommand::undo()
{
    if (!m_store->removeInteractions({m_interaction.id}))
        setObsolete(true);
}

EditInteractionCommand::EditInteractionCommand(ClientStore *store, const Interaction &before, const Interaction &after,
                                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{
    const Client *client = store->client(before.clientId);
    setText(QCoreApplication::translate("ClientCommands", "Edit Interaction with %1").arg(client ? client->displayName() : QString()));
}

void EditInteractionCommand::redo()
{
    if (!m_store->updateInteraction(m_after, m_before))
        setObsolete(true);
}

void EditInteractionCommand::undo()
{
    if (!m_store->updateInteraction(m_before, m_after))
        setObsolete(true);
}

RemoveInteractionsCommand::RemoveInteractionsCommand(ClientStore *store, const QVector<qint64> &ids, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
{
    for (qint64 id : ids) {
        if (const std::optional<Interaction> interaction = store->interaction(id))
            m_interactions.append(*interaction);
    }
    const Client *client = m_interactions.isEmpty() ? nullptr : store->client(m_interactions.constFirst().clientId);
    setText(QCoreApplication::translate("ClientCommands", "Delete Interaction with %1").arg(client ? client->displayName() : QString()));
}

void RemoveInteractionsCommand::redo()
{
    QVector<qint64> ids;
    for (const Interaction &interaction : std::as_const(m_interactions))
        ids.append(interaction.id);
    if (!m_store->removeInteractions(ids))
        setObsolete(true);
}

void RemoveInteractionsCommand::undo()
{
    if (!m_store->addInteractions(m_interactions))
        setObsolete(true);
}

AcknowledgeChangeCommand::AcknowledgeChangeCommand(ClientStore *store, qint64 changeId, const QString &clientName, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_changeId(changeId)
{
    setText(QCoreApplication::translate("ClientCommands", "Acknowledge Alert for %1").arg(clientName));
}

void AcknowledgeChangeCommand::redo()
{
    if (!m_store->acknowledgeChange(m_changeId, true))
        setObsolete(true);
}

void AcknowledgeChangeCommand::undo()
{
    if (!m_store->acknowledgeChange(m_changeId, false))
        setObsolete(true);
}

ImportCommand::ImportCommand(ClientStore *store, const QVector<ClientRecord> &additions, const QVector<Client> &updates,
                             const QVector<Interaction> &interactions, const QString &source, QUndoCommand *parent)
    : VersionedCommand(parent)
    , m_store(store)
    , m_additions(additions)
    , m_updates(updates)
    , m_interactions(interactions)
{
    for (const Client &client : updates) {
        if (const Client *stored = store->client(client.id))
            m_previous.append(*stored);
    }
    setText(QCoreApplication::translate("ClientCommands", "Import %1").arg(source));
}

void ImportCommand::redo()
{
    if (!m_interactions.isEmpty()) {
        if (!m_store->addInteractions(m_interactions, &m_interactionIds)) {
            setObsolete(true);
            return;
        }
        for (int i = 0; i < m_interactions.size(); ++i)
            m_interactions[i].id = m_interactionIds.at(i);
        return;
    }
    if (takeRefusedUndo())
        return;
    if (!m_store->importClients(m_additions, m_updates, &m_addedIds, &m_recordedChanges))
        setObsolete(true);
}

void ImportCommand::undo()
{
    if (!m_interactions.isEmpty()) {
        if (!m_store->removeInteractions(m_interactionIds))
            setObsolete(true);
        return;
    }
    // Keep the stored form, ids included, so that redo brings back exactly these clients.
    const QVector<ClientRecord> stored = m_store->records(m_addedIds);
    if (!m_store->undoImport(m_addedIds, m_previous, m_recordedChanges)) {
        undoFailed(m_store);
        return;
    }
    m_additions = stored;
}

ReadMailCommand::ReadMailCommand(ClientStore *store, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
{
    setText(QCoreApplication::translate("ClientCommands", "Read Mail"));
}

void ReadMailCommand::addApplied(const MailLogChange &batch)
{
    m_reading.merge(batch);
}

void ReadMailCommand::redo()
{
    // Pushed after the reading wrote itself: only a redo after an undo writes it again, ids kept.
    if (m_written)
        return;
    if (!m_store->applyMailLog(m_reading)) {
        setObsolete(true);
        return;
    }
    m_written = true;
}

void ReadMailCommand::undo()
{
    if (!m_store->undoMailLog(m_reading)) {
        setObsolete(true);
        return;
    }
    m_written = false;
}
