#pragma once

#include "client.h"
#include "segmentationrules.h"

#include <QPointF>
#include <QUndoCommand>
#include <QVector>

namespace Rapport {
class ClientStore;
}

/*
 * Undo commands hold the store and client ids (rows move) and call store methods.
 * A command whose store call fails marks itself obsolete, so the stack drops it and
 * the screen keeps showing what the database holds.
 */

/** Adds clients; undo removes them, redo restores them with the same ids. */
class AddClientsCommand : public QUndoCommand
{
public:
    AddClientsCommand(Rapport::ClientStore *store, const QVector<Rapport::Client> &clients, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    /** The ids given to the clients, once redo() ran. */
    QVector<qint64> ids() const { return m_ids; }

private:
    Rapport::ClientStore *m_store;
    QVector<Rapport::Client> m_clients;
    QVector<qint64> m_ids;
};

/** Deletes clients; undo brings them back exactly, with their ids. */
class RemoveClientsCommand : public QUndoCommand
{
public:
    RemoveClientsCommand(Rapport::ClientStore *store, const QVector<qint64> &ids, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Rapport::ClientStore *m_store;
    QVector<Rapport::Client> m_clients;
};

/** Replaces a client's fields. */
class EditClientCommand : public QUndoCommand
{
public:
    EditClientCommand(Rapport::ClientStore *store, const Rapport::Client &before, const Rapport::Client &after,
                      QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Rapport::ClientStore *m_store;
    Rapport::Client m_before;
    Rapport::Client m_after;
};

/** Moves a client on the matrix. Consecutive keyboard nudges of one client merge into one step. */
class MoveClientCommand : public QUndoCommand
{
public:
    enum { Id = 0x5241 };
    MoveClientCommand(Rapport::ClientStore *store, qint64 id, QPointF from, QPointF to, bool isNudge = false,
                      QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override { return m_isNudge ? Id : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Rapport::ClientStore *m_store;
    qint64 m_clientId;
    QPointF m_from; ///< (satisfaction, repurchase)
    QPointF m_to;
    bool m_isNudge;
};

/** Changes the segment boundaries and corners. */
class ChangeRulesCommand : public QUndoCommand
{
public:
    ChangeRulesCommand(Rapport::ClientStore *store, const Rapport::SegmentationRules &after, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Rapport::ClientStore *m_store;
    Rapport::SegmentationRules m_before;
    Rapport::SegmentationRules m_after;
};
