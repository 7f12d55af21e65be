#include "clientcommands.h"

#include "clientstore.h"

#include <QCoreApplication>

using namespace Rapport;

namespace {

QVector<ClientRecord> recordsOf(const QVector<Client> &clients)
{
    QVector<ClientRecord> records;
    for (const Client &client : clients)
        records.append({client, {}, {}});
    return records;
}

} // namespace

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
    : QUndoCommand(parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("ClientCommands", "Edit %1").arg(before.displayName()));
}

void EditClientCommand::redo()
{
    if (!m_store->updateClient(m_after, ChangeSource::Edit, &m_recordedChange))
        setObsolete(true);
}

void EditClientCommand::undo()
{
    if (!m_store->revertClient(m_before, {m_recordedChange}))
        setObsolete(true);
}

MoveClientCommand::MoveClientCommand(ClientStore *store, qint64 id, QPointF from, QPointF to, bool isNudge, QUndoCommand *parent)
    : QUndoCommand(parent)
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
    qint64 change = 0;
    if (!m_store->moveClient(m_clientId, m_to.x(), m_to.y(), ChangeSource::Drag, &change)) {
        setObsolete(true);
        return;
    }
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
    if (!m_store->revertClient(before, m_recordedChanges))
        setObsolete(true);
    m_recordedChanges.clear();
}

bool MoveClientCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveClientCommand *>(other);
    // QUndoStack tries to merge before it drops a command whose write failed.
    if (other->isObsolete() || !move->m_isNudge || move->m_clientId != m_clientId)
        return false;
    m_to = move->m_to;
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
    if (!m_store->updateInteraction(m_after))
        setObsolete(true);
}

void EditInteractionCommand::undo()
{
    if (!m_store->updateInteraction(m_before))
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
    : QUndoCommand(parent)
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
        setObsolete(true);
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
