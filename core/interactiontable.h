#pragma once

#include "interaction.h"
#include "lapserules.h"
#include "clientrecord.h"
#include "sqltable.h"

#include <QHash>
#include <QStringList>

#include <functional>

namespace Rapport {

/**
 * The SQL of the interactions table, written once for every dialect. Returns false on a
 * failure, with lastError() (or unreadableId() for a row Rapport cannot read) saying why.
 */
class InteractionTable : public SqlTable
{
public:
    /** Called with each interaction read; returning false stops the reading (not a failure). */
    using Visitor = std::function<bool(const Interaction &)>;

    explicit InteractionTable(const Database &database);

    /** Stores @p interaction: with its own id when it has one, else @p interaction gets the new id. */
    bool insert(Interaction &interaction);
    /** Writes every field of the interaction with @p interaction's id. */
    bool update(const Interaction &interaction);
    /**
     * Writes every field of the interaction with @p interaction's id when it is still stored as
     * @p expected (when, kind, direction, outcome, note): @p matched tells whether it was; when
     * not, someone else changed (or deleted) it since, and nothing was written.
     */
    bool updateIfUnchanged(const Interaction &interaction, const Interaction &expected, bool *matched);
    /**
     * On a server: stores the interactions of @p records, each for its record's client, by COPY;
     * those without an id get one reserved from the database first.
     */
    bool copyIn(QVector<ClientRecord> &records);
    /** On a server: stores @p interactions by COPY; those without an id get one reserved from the database first. */
    bool copyIn(QVector<Interaction> &interactions);
    /**
     * Sets the outcome of the outbound email of the client with @p clientId that the mail log
     * logged from the message @p messageId (none when there is no such email).
     */
    bool setEmailOutcome(qint64 clientId, const QString &messageId, Outcome outcome);
    bool remove(qint64 id);

    /** The interaction with @p id into @p found; nothing there when there is none. */
    bool readOne(qint64 id, std::optional<Interaction> *found);
    /** The interactions of the client with @p clientId, in time order. */
    bool readOfClient(qint64 clientId, const Visitor &visit);
    /** Every interaction, by client and in time order, one at a time. */
    bool readEvery(const Visitor &visit);
    /** Every interaction of @p kind, by client and in time order, one at a time. */
    bool readOfKind(InteractionKind kind, const Visitor &visit);
    /**
     * The interactions whose note may hold every word of @p words, newest first: the database
     * narrows them by the words LOWER() and LIKE treat alike everywhere (ASCII ones); the
     * caller checks every word.
     */
    bool readNoteCandidates(const QStringList &words, const Visitor &visit);
    /** How many interactions are stored. */
    bool count(qint64 *count);
    /** What the interactions of each client say about contact, by client id, for those that have any. */
    bool readContactSummaries(QHash<qint64, ContactSummary> *summaries);
    /** The same for the clients with @p clientIds only: into @p summaries for those that have any interaction. */
    bool readContactSummaries(const QVector<qint64> &clientIds, QHash<qint64, ContactSummary> *summaries);

private:
    bool read(QSqlQuery &query, const Visitor &visit);
    bool summarize(QSqlQuery &query, QHash<qint64, ContactSummary> *summaries);

    std::optional<QSqlQuery> m_insertNew;
    std::optional<QSqlQuery> m_insertWithId;
    std::optional<QSqlQuery> m_update;
    std::optional<QSqlQuery> m_updateIfUnchanged;
    std::optional<QSqlQuery> m_remove;
    std::optional<QSqlQuery> m_setEmailOutcome;
};

} // namespace Rapport
