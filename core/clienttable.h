#pragma once

#include "client.h"
#include "clientrecord.h"
#include "sqltable.h"

#include <QVector>

namespace Rapport {

/**
 * The SQL of the clients table, written once for every dialect. Returns false on a failure,
 * with lastError() (or unreadableId() for a row Rapport cannot read) saying why.
 */
class ClientTable : public SqlTable
{
public:
    explicit ClientTable(const Database &database);

    /** Every client, in id order, appended to @p clients. */
    bool readAll(QVector<Client> *clients);
    /** Stores @p client: with its own id when it has one (undo of a delete), else @p client gets the new id. */
    bool insert(Client &client);
    /**
     * On a server: stores the clients of @p records by COPY, one statement for all; those without
     * an id get one reserved from the database first.
     */
    bool copyIn(QVector<ClientRecord> &records);
    /** The client with @p id into @p found, or nothing there when there is none. */
    bool readOne(qint64 id, std::optional<Client> *found);
    /**
     * Writes every field of the client with @p client's id, its version included, when the stored
     * version is still @p expectedVersion; @p matched tells whether it was (false: someone else
     * changed or deleted the client since, and nothing was written).
     */
    bool update(const Client &client, int expectedVersion, bool *matched);
    /** Removes the client with @p id; its interactions and history go through the foreign keys. */
    bool remove(qint64 id);

private:
    /** Appends the clients of the executed @p query (id, then every column) to @p clients. */
    bool readRows(QSqlQuery &query, QVector<Client> *clients);

    std::optional<QSqlQuery> m_insertNew;
    std::optional<QSqlQuery> m_insertWithId;
    std::optional<QSqlQuery> m_update;
    std::optional<QSqlQuery> m_remove;
};

} // namespace Rapport
