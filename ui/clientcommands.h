#pragma once

#include "client.h"
#include "clientrecord.h"
#include "interaction.h"
#include "lapserules.h"
#include "maillogchange.h"
#include "segmentationrules.h"

#include <QPointF>
#include <QUndoCommand>
#include <QVector>

#include <functional>
#include <utility>
#include <optional>

namespace Rapport {
class ClientStore;
}

/**
 * What to store when an edit met someone else's change of the same client (the store refused it:
 * ClientStore::conflict()): @p base is the client the edit began from, @p mine the edit, @p stored
 * the client as stored now (asked for every such edit: ClientMerge says whether a field clashes).
 * Nothing to drop the edit.
 */
using ConflictResolver = std::function<std::optional<Rapport::Client>(const Rapport::Client &base, const Rapport::Client &mine,
                                                                       const Rapport::Client &stored)>;
/**
 * Sets how the commands resolve a conflict (the window asks the person). By default the fields
 * only one side changed are merged, and an edit with a field both changed is dropped.
 */
void setConflictResolver(ConflictResolver resolver);

/**
 * A command on a client whose undo the store refuses when someone else has changed the client
 * since: the change then stands, and the command stays done (undoWasRefused(); the window puts it
 * back on the stack with redo(), which then writes nothing).
 */
class VersionedCommand : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;
    /** True after an undo() the store refused for someone else's change, until the next redo(). */
    bool undoWasRefused() const { return m_undoRefused; }

protected:
    /** After a failed undo: refused for a conflict (the command stays), else obsolete. */
    void undoFailed(const Rapport::ClientStore *store);
    /** True, once, when redo() must write nothing: its undo was refused, its change still stands. */
    bool takeRefusedUndo() { return std::exchange(m_undoRefused, false); }
    /**
     * Writes @p mine, begun from @p base. When someone else changed the client since, what the
     * resolver gives is written over what is stored, and @p base becomes that stored client
     * (an undo then puts back theirs, not the older one). False when nothing was written.
     */
    static bool updateMerging(Rapport::ClientStore *store, Rapport::Client &base, Rapport::Client &mine,
                              Rapport::ChangeSource source, qint64 *recordedChange);

private:
    bool m_undoRefused = false;
};

/*
 * Undo commands hold the store and client ids (rows move) and call store methods.
 * A command whose store call fails marks itself obsolete, so the stack drops it and
 * the screen keeps showing what the database holds.
 */

/** Adds clients (with their interactions and history); undo removes them, redo restores them. */
class AddClientsCommand : public QUndoCommand
{
public:
    AddClientsCommand(Rapport::ClientStore *store, const QVector<Rapport::Client> &clients, QUndoCommand *parent = nullptr);
    AddClientsCommand(Rapport::ClientStore *store, const QVector<Rapport::ClientRecord> &records, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    /** The ids given to the clients, once redo() ran. */
    QVector<qint64> ids() const { return m_ids; }

private:
    Rapport::ClientStore *m_store;
    QVector<Rapport::ClientRecord> m_records;
    QVector<qint64> m_ids;
};

/** Deletes clients with their interactions and history; undo brings all of it back, with the same ids. */
class RemoveClientsCommand : public QUndoCommand
{
public:
    RemoveClientsCommand(Rapport::ClientStore *store, const QVector<qint64> &ids, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Rapport::ClientStore *m_store;
    bool m_readable = true;
    QVector<Rapport::ClientRecord> m_records;
};

/** Replaces a client's fields. */
class EditClientCommand : public VersionedCommand
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
    qint64 m_recordedChange = 0;
};

/** Moves a client on the matrix. Consecutive keyboard nudges of one client merge into one step. */
class MoveClientCommand : public VersionedCommand
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
    int m_fromVersion = 0;             ///< the client's version before the move (its undo puts it back)
    int m_version = 0;                 ///< the client's version this move produced (its undo expects it)
    QVector<qint64> m_recordedChanges; ///< the history entries this move wrote
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

/** Changes the contact intervals of the segments and the unanswered threshold. */
class ChangeLapseRulesCommand : public QUndoCommand
{
public:
    ChangeLapseRulesCommand(Rapport::ClientStore *store, const Rapport::LapseRules &after, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Rapport::ClientStore *m_store;
    Rapport::LapseRules m_before;
    Rapport::LapseRules m_after;
};

/** Logs an interaction with a client. */
class AddInteractionCommand : public QUndoCommand
{
public:
    AddInteractionCommand(Rapport::ClientStore *store, const Rapport::Interaction &interaction, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    qint64 interactionId() const { return m_interaction.id; }

private:
    Rapport::ClientStore *m_store;
    Rapport::Interaction m_interaction;
};

/** Changes a logged interaction. */
class EditInteractionCommand : public QUndoCommand
{
public:
    EditInteractionCommand(Rapport::ClientStore *store, const Rapport::Interaction &before, const Rapport::Interaction &after,
                           QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Rapport::ClientStore *m_store;
    Rapport::Interaction m_before;
    Rapport::Interaction m_after;
};

/** Deletes logged interactions; undo brings them back with their ids. */
class RemoveInteractionsCommand : public QUndoCommand
{
public:
    RemoveInteractionsCommand(Rapport::ClientStore *store, const QVector<qint64> &ids, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Rapport::ClientStore *m_store;
    QVector<Rapport::Interaction> m_interactions;
};

/** Marks a move for the worse as seen. */
class AcknowledgeChangeCommand : public QUndoCommand
{
public:
    AcknowledgeChangeCommand(Rapport::ClientStore *store, qint64 changeId, const QString &clientName, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Rapport::ClientStore *m_store;
    qint64 m_changeId;
};

/** An import: new clients, updated clients and interactions, written and taken back as one step. */
class ImportCommand : public VersionedCommand
{
public:
    ImportCommand(Rapport::ClientStore *store, const QVector<Rapport::ClientRecord> &additions,
                  const QVector<Rapport::Client> &updates, const QVector<Rapport::Interaction> &interactions,
                  const QString &source, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    QVector<qint64> addedIds() const { return m_addedIds; }

private:
    Rapport::ClientStore *m_store;
    QVector<Rapport::ClientRecord> m_additions;
    QVector<Rapport::Client> m_updates;
    QVector<Rapport::Client> m_previous;
    QVector<Rapport::Interaction> m_interactions;
    QVector<qint64> m_addedIds;
    QVector<qint64> m_recordedChanges;
    QVector<qint64> m_interactionIds;
};

/**
 * One reading of the owner's mail, taken back and written again as one step. The reading writes
 * itself batch by batch (ClientStore::applyMailLog()) before the command is pushed: give it each
 * applied batch with addApplied(), then push it; its first redo() writes nothing.
 */
class ReadMailCommand : public QUndoCommand
{
public:
    explicit ReadMailCommand(Rapport::ClientStore *store, QUndoCommand *parent = nullptr);
    /** Adds a batch that ClientStore::applyMailLog() wrote (its additions carry their ids). */
    void addApplied(const Rapport::MailLogChange &batch);
    /** True when the reading changed nothing: there is nothing to push. */
    bool isEmpty() const { return m_reading.isEmpty(); }
    /** Everything the reading wrote, merged. */
    const Rapport::MailLogChange &reading() const { return m_reading; }
    void undo() override;
    void redo() override;

private:
    Rapport::ClientStore *m_store;
    Rapport::MailLogChange m_reading;
    bool m_written = true; ///< the reading is in the store as it was written
};
