#include "clientcommands.h"

#include "clientstore.h"

#include <QCoreApplication>

using namespace Rapport;

AddClientsCommand::AddClientsCommand(ClientStore *store, const QVector<Client> &clients, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_clients(clients)
{
    setText(clients.size() == 1 ? QCoreApplication::translate("ClientCommands", "Add %1").arg(clients.constFirst().displayName())
                                : QCoreApplication::translate("ClientCommands", "Add %n Clients", nullptr, int(clients.size())));
}

void AddClientsCommand::redo()
{
    if (!m_ids.isEmpty()) {
        for (int i = 0; i < m_clients.size(); ++i)
            m_clients[i].id = m_ids.at(i);
    }
    if (!m_store->addClients(m_clients, &m_ids))
        setObsolete(true);
}

void AddClientsCommand::undo()
{
    // Keep the stored form (timestamps included) so that redo restores exactly this.
    for (int i = 0; i < m_ids.size(); ++i) {
        if (const Client *client = m_store->client(m_ids.at(i)))
            m_clients[i] = *client;
    }
    if (!m_store->removeClients(m_ids))
        setObsolete(true);
}

RemoveClientsCommand::RemoveClientsCommand(ClientStore *store, const QVector<qint64> &ids, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
{
    for (qint64 id : ids) {
        if (const Client *client = store->client(id))
            m_clients.append(*client);
    }
    setText(m_clients.size() == 1 ? QCoreApplication::translate("ClientCommands", "Delete %1").arg(m_clients.constFirst().displayName())
                                  : QCoreApplication::translate("ClientCommands", "Delete %n Clients", nullptr, int(m_clients.size())));
}

void RemoveClientsCommand::redo()
{
    QVector<qint64> ids;
    for (const Client &client : std::as_const(m_clients))
        ids.append(client.id);
    if (!m_store->removeClients(ids))
        setObsolete(true);
}

void RemoveClientsCommand::undo()
{
    if (!m_store->addClients(m_clients))
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
    if (!m_store->updateClient(m_after))
        setObsolete(true);
}

void EditClientCommand::undo()
{
    if (!m_store->updateClient(m_before))
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
    if (!m_store->moveClient(m_clientId, m_to.x(), m_to.y()))
        setObsolete(true);
}

void MoveClientCommand::undo()
{
    if (!m_store->moveClient(m_clientId, m_from.x(), m_from.y()))
        setObsolete(true);
}

bool MoveClientCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveClientCommand *>(other);
    if (!move->m_isNudge || move->m_clientId != m_clientId)
        return false;
    m_to = move->m_to;
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
