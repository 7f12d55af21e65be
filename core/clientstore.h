#pragma once

#include "client.h"
#include "clientrecord.h"
#include "database.h"
#include "interaction.h"
#include "lapserules.h"
#include "maillogchange.h"
#include "segmentationrules.h"
#include "segmentchange.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QVector>

#include <functional>
#include <optional>

class QSqlDatabase;
class QTimer;

namespace Rapport {

class SqlTable;

/**
 * What a refused write met: the client had been changed (or deleted) by someone else since the
 * version the write was based on. @c mine is what the write wanted to store; @c stored is the
 * client as stored now (its changedBy and updatedAt say who and when), or nothing when deleted.
 */
struct ClientConflict
{
    Client mine;
    std::optional<Client> stored;
};

/**
 * The only way to read and change Rapport's data.
 *
 * Holds every client in memory, in a stable row order, and writes through to the database.
 * Interactions stay in the database; memory holds a ContactSummary per client.
 * A write either succeeds completely (database, memory, then signals) or changes nothing
 * and leaves a sentence for the owner in errorString() and writeFailed().
 * Rows are positions in clients(); they shift when clients are removed, ids never do.
 */
class ClientStore : public QObject
{
    Q_OBJECT

public:
    explicit ClientStore(QObject *parent = nullptr);
    ~ClientStore() override;

    /**
     * Opens the database at @p path, a file (created when missing) or a server address (see
     * DatabaseLocation), and loads its clients. @p password is for a server whose address,
     * ~/.pgpass and PGPASSWORD do not give one.
     */
    bool open(const QString &path, const QString &password = {});
    /**
     * Opens @p path like open(), but checks and reads the file on a worker thread, so the
     * caller's thread stays free; openFinished() tells when it is done. Until then the store
     * keeps what it holds, and it keeps it when the file cannot be opened. When
     * @p dailyBackupAt is valid, the day's automatic backup (takeDailyBackup()) is taken on
     * the worker too. A later open() or openInBackground() supersedes one still running.
     */
    void openInBackground(const QString &path, const QDateTime &dailyBackupAt = {}, const QString &password = {});
    /** True from openInBackground() until its openFinished(). */
    bool isOpening() const { return !m_openingPath.isEmpty(); }
    /** The file openInBackground() is reading, or empty. */
    QString openingPath() const { return m_openingPath; }
    bool isOpen() const;
    /** The file, or the server address without a password. */
    QString path() const;
    /** True when the data is on a PostgreSQL server. */
    bool isServer() const { return m_database.isServer(); }
    /** The file or the server's database, in words for the owner. */
    QString displayName() const { return m_database.displayName(); }
    /**
     * Copies every client, interaction, move, rule and setting into the empty database at
     * @p location (a file or a server), ids kept, in one transaction; this store is unchanged.
     */
    bool copyTo(const QString &location, const QString &password = {});
    /** True when the file could be opened for reading only; every write is refused. */
    bool isReadOnly() const;
    Database::OpenError openError() const;

    /** The last failure, in words for the owner. */
    QString errorString() const { return m_errorString; }
    /**
     * When the last write of a client was refused because someone else had changed or deleted it
     * since the version it was based on: what it met. Cleared by every write. The store already
     * holds (and has signalled) the client as stored now.
     */
    const std::optional<ClientConflict> &conflict() const { return m_conflict; }

    /** Who writes: the database role on a server, the login name on this computer for a file. */
    QString role() const { return m_database.userName(); }
    /** True while the connection to the server is lost and the store is connecting again; writes are refused. */
    bool isConnectionLost() const { return m_connectionLost; }
    /** True while the store reads in changes made elsewhere (their signals are not this person's doing). */
    bool isReadingChangesFromElsewhere() const { return m_readingChangesFromElsewhere; }
    /** True when the connection to the server is encrypted (TLS). */
    bool isEncrypted() const { return m_database.isEncrypted(); }
    /** The name recorded with each change: the display name set for role(), else role() itself. */
    QString author() const;
    /** Sets the display name recorded for role() (kept in the database, per role); empty for the role's own name. */
    bool setAuthorName(const QString &name);

    int count() const { return int(m_clients.size()); }
    const Client &at(int row) const { return m_clients.at(row); }
    const QVector<Client> &clients() const { return m_clients; }
    /** The row of the client with @p id, or -1. */
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }
    /** The client with @p id, or nullptr. */
    const Client *client(qint64 id) const;

    const SegmentationRules &rules() const { return m_rules; }
    /** Stores new rules after validating them. */
    bool setRules(const SegmentationRules &rules);

    /** Segment of the client in @p row under the current rules. */
    Segment segmentAt(int row) const;
    Extreme extremeAt(int row) const;

    /** Adds one client; returns its new id, or 0 on failure. */
    qint64 addClient(const Client &client);
    /**
     * Adds @p clients in one transaction, appended in order. A client whose id is set keeps
     * it (used to restore deleted clients). @p ids receives the stored ids.
     */
    bool addClients(const QVector<Client> &clients, QVector<qint64> *ids = nullptr);
    /**
     * Adds clients with their interactions and history in one transaction. Ids that are set
     * are kept; the interactions and history are attached to their record's client.
     */
    bool addClientRecords(const QVector<ClientRecord> &records, QVector<qint64> *ids = nullptr);
    /**
     * Everything stored about the clients with @p ids, to bring them back after a delete.
     * Nothing (and @p ok false, errorString() set) when their interactions cannot be read.
     */
    QVector<ClientRecord> records(const QVector<qint64> &ids, bool *ok = nullptr) const;

    /**
     * Writes every field of @p client (found by its id); the update time, the author and the next
     * version are set here. @p client's version is the one the change is based on (0: the one held
     * now); when the stored client has moved on since, nothing is written and conflict() says
     * what it met. When the scores change, the move is recorded in the history and
     * @p recordedChange gets its id.
     */
    bool updateClient(const Client &client, ChangeSource source = ChangeSource::Edit, qint64 *recordedChange = nullptr);
    /** Moves a client on the matrix: the drag and nudge path, one transaction. */
    bool moveClient(qint64 id, double satisfaction, double repurchase, ChangeSource source = ChangeSource::Drag,
                    qint64 *recordedChange = nullptr);
    /**
     * Puts @p client back as it was and forgets the moves @p changes recorded: undo of an update.
     * @p client is the client as it was before the change, its version included, and is stored
     * as it was, version too. When someone else has changed the client since (the stored version
     * is not the next one, or @p expectedVersion when given: several merged changes), nothing is
     * written and conflict() says what it met.
     */
    bool revertClient(const Client &client, const QVector<qint64> &changes, int expectedVersion = 0);
    /** Removes the clients with @p ids, their interactions and their history, in one transaction. */
    bool removeClients(const QVector<qint64> &ids);
    /**
     * Erases what identifies the client with @p id, in one transaction: the name becomes
     * erasedName(), and company, email, phone, tags, notes and the note of every interaction are
     * emptied. Scores, framework fields, the interactions themselves (when, kind, direction,
     * outcome) and the history stay, so every count and total stays right. A database in a
     * file is rebuilt afterwards, so the old values do not linger in its free space. There is no
     * way back: nothing is kept.
     */
    bool erasePersonalData(qint64 id);
    /** The name a client gets when its personal data is erased: "Erased client 12". */
    static QString erasedName(qint64 id);

    /**
     * An import in one transaction: adds @p additions and overwrites @p updates (found by id;
     * score changes are recorded with ChangeSource::Import). All or nothing.
     */
    bool importClients(const QVector<ClientRecord> &additions, const QVector<Client> &updates,
                       QVector<qint64> *addedIds, QVector<qint64> *recordedChanges);
    /** Takes an import back in one transaction: removes @p addedIds, restores @p previous, forgets @p recordedChanges. */
    bool undoImport(const QVector<qint64> &addedIds, const QVector<Client> &previous, const QVector<qint64> &recordedChanges);

    /**
     * The interactions of a client, in time order, read from the database: only their
     * summary stays in memory. Empty when there are none or they cannot be read.
     */
    QVector<Interaction> interactions(qint64 clientId) const;
    /** What the interactions of a client say about contact, kept current as they change. */
    ContactSummary contactSummary(qint64 clientId) const { return m_contacts.value(clientId); }
    /**
     * Calls @p visit with every interaction, by client and in time order, until it returns
     * false; reads them one at a time. False (with errorString()) when they cannot be read.
     */
    bool forEachInteraction(const std::function<bool(const Interaction &)> &visit) const;
    /** The same for the interactions of @p kind only (the mail log reads the emails once per reading). */
    bool forEachInteraction(InteractionKind kind, const std::function<bool(const Interaction &)> &visit) const;
    /** How many interactions are stored; -1 (with errorString()) when they cannot be counted. */
    qint64 interactionCount() const;
    /** Stores a new interaction; returns its id, or 0 on failure. */
    qint64 addInteraction(const Interaction &interaction);
    /** Stores interactions in one transaction; ids that are set are kept (undo of a delete). */
    bool addInteractions(const QVector<Interaction> &interactions, QVector<qint64> *ids = nullptr);
    /**
     * Writes the fields of the interaction with @p interaction's id; its client and message id stay
     * as stored. With @p basedOn (the interaction as the person saw it), nothing is written when
     * someone else has changed it since: refused with a message, as a client's edit is.
     */
    bool updateInteraction(const Interaction &interaction, const std::optional<Interaction> &basedOn = std::nullopt);
    bool removeInteractions(const QVector<qint64> &ids);
    /** The interaction with @p id, or nothing when there is none. */
    std::optional<Interaction> interaction(qint64 id) const;

    /**
     * Writes one batch of a mail reading (MailLog::read()) in one transaction: adds its
     * additions (those with an id keep it: redo of a reading) and marks its answered emails
     * answered. The additions receive their ids. interactionsChanged() is emitted once, for every
     * client touched. All or nothing: on failure nothing changes and errorString() says why.
     */
    bool applyMailLog(MailLogChange &change);
    /**
     * Takes back a reading (the merged changes applyMailLog() wrote) in one transaction: removes
     * its additions by id and marks its answered emails unanswered again. All or nothing.
     */
    bool undoMailLog(const MailLogChange &change);
    /** Interactions whose note contains every word of @p text, newest first, at most @p limit. */
    QVector<Interaction> searchNotes(const QString &text, int limit = 500) const;
    /** The words searchNotes() looks for in @p text: split on spaces, matched ignoring case. */
    static QStringList noteSearchWords(const QString &text);

    /** The recorded moves of a client, in time order. */
    QVector<SegmentChange> history(qint64 clientId) const { return m_history.value(clientId); }
    /** Marks a move for the worse as seen by the owner (or not, with @p acknowledged false). */
    bool acknowledgeChange(qint64 changeId, bool acknowledged = true);

    const LapseRules &lapseRules() const { return m_lapseRules; }
    /** Stores new contact intervals and the unanswered threshold after validating them. */
    bool setLapseRules(const LapseRules &rules);

    /** Writes a consistent copy of the database to @p path while it stays open. */
    bool backup(const QString &path);
    /**
     * Takes the automatic backup of the day (BackupFiles::dailyPath() at @p now, local time) when
     * the newest was taken before @p now's date, and keeps only the newest BackupFiles::DailyKept.
     * Does nothing for a read-only database or one without clients. A failure changes nothing
     * and is not a write failure: false, with a sentence in errorString(), and no writeFailed().
     */
    bool takeDailyBackup(const QDateTime &now);
    /** For tests: writes fail as on a full disk once the file would grow by @p pages pages; -1 lifts it. */
    bool limitGrowthForTesting(int pages);
    /**
     * Replaces all data with the backup at @p backupPath after checking it. What it replaces is
     * kept first as a copy at @p keepPath. On failure the current data stays open and unchanged.
     */
    bool restore(const QString &backupPath, const QString &keepPath);

    /** A value from the settings table, or @p defaultValue. */
    QString setting(const QString &key, const QString &defaultValue = {}) const;
    bool setSetting(const QString &key, const QString &value);

    /** Why @p client cannot be stored, in words for the owner; empty when it can. */
    static QString validationError(const Client &client);

    /** The current time as Rapport stores it (UTC, milliseconds). */
    static QDateTime now();

Q_SIGNALS:
    /** Emitted after setAuthorName() changed author(), with the new name. */
    void authorChanged(const QString &author);
    /** Emitted before clients are appended in rows @p first to @p last. */
    void clientsAboutToBeAdded(int first, int last);
    /** Emitted after clients were appended in rows @p first to @p last. */
    void clientsAdded(int first, int last);
    /** Emitted before the clients in rows @p first to @p last are removed. */
    void clientsAboutToBeRemoved(int first, int last);
    /** Emitted after the clients that were in rows @p first to @p last were removed. */
    void clientsRemoved(int first, int last);
    /** Emitted after the client in @p row changed; @p before holds its previous values. */
    void clientChanged(int row, const Rapport::Client &before);
    /** Emitted before every row is replaced (a database was opened). */
    void aboutToReset();
    /** Emitted after every row was replaced. */
    void resetDone();
    /** Emitted after the segmentation rules changed. */
    void rulesChanged(const Rapport::SegmentationRules &rules);
    /**
     * Emitted after the interactions of the clients with @p clientIds changed (each listed once):
     * once per write, however many clients it touched (a mail reading's batch touches many).
     */
    void interactionsChanged(const QVector<qint64> &clientIds);
    /** Emitted after the recorded moves of the client with @p clientId changed. */
    void historyChanged(qint64 clientId);
    /** Emitted after the contact intervals or the unanswered threshold changed. */
    void lapseRulesChanged(const Rapport::LapseRules &rules);
    /**
     * Emitted after changes made by someone else (another Rapport on the same server) were read
     * in; the usual signals for each change were emitted before.
     */
    void changedElsewhere();
    /**
     * Emitted when the connection to the server was lost (@p connected false; the store then
     * tries again, waiting longer each time) and when it is back (true), after what changed
     * meanwhile was read in.
     */
    void connectionChanged(bool connected);
    /** Emitted when a write failed and nothing was changed; @p message is for the owner. */
    void writeFailed(const QString &message);
    /**
     * Emitted when openInBackground() is done. When @p opened, the new file's clients are in
     * (after aboutToReset() and resetDone()) and @p message is empty or says why the daily
     * backup failed; otherwise @p message says why the file could not be opened (also in
     * errorString() and openError()).
     */
    void openFinished(bool opened, const QString &message);

private:
    bool refuse(const QString &message);
    /** After the UPDATE of @p mine matched no row: rolls back, reads what is stored now, holds and shows it. */
    bool refuseConflict(const Client &mine, const QString &action);
    /** Inside the open transaction: tells the other Rapports on the server what changed (see readChanges()). */
    bool announce(const QStringList &changes, const QString &action, QString *failure);
    /** True when other Rapports may listen for this store's changes (on a server): only then are they listed. */
    bool announces() const;
    /** "d:ID" for each client in @p rows, when anyone listens. */
    QStringList deletionsOf(const QVector<int> &rows) const;
    /**
     * Reads in what another Rapport announced: "c:ID" a client, "h:ID" its moves, "d:ID" deleted,
     * "i:ID" its interactions, "r" the boundaries, "l" the contact intervals, "*" everything.
     */
    void readChanges(const QString &payload);
    /** Replaces (or adds) the client @p stored in memory, with the signals of each. */
    void memoryTake(const Client &stored);
    /** Reads the client with @p id (and its history, @p withHistory) again from the database: after someone else changed it. */
    void reloadClient(qint64 id, bool withHistory);
    void listenForChanges();
    /**
     * On a server: whether the connection is still open (and, with @p probe, answers a query); when
     * not, the store starts connecting again.
     */
    void checkConnection(bool probe);
    void reconnectLater();
    void reconnect();
    bool failQuery(const SqlTable &table, const QString &action);
    bool ensureWritable(const QString &action);
    /** Everything the store keeps in memory, as read from a file. */
    struct Contents;
    /** Takes @p contents, read again from the database, in place of what memory holds: each difference signalled as a change. */
    void mergeContents(Contents &&contents);
    /** Reads @p contents from the open @p database (on any thread); false with @p error set. */
    static bool read(const Database &database, Contents *contents, QString *error);
    /** Why reading the interactions through @p table failed, in words for the owner. */
    static QString interactionReadFailure(const Database &database, const SqlTable &table, const QString &action);
    /** Replaces the rows with @p contents and tells the listeners (after aboutToReset()). */
    void take(Contents &&contents);
    /** The day's automatic backup of @p database when due; false with @p error set. */
    static bool writeDailyBackup(const Database &database, int clientCount, const QDateTime &now, QString *error);
    void rebuildIndex(int fromRow);
    bool beginTransaction(const QString &action);
    bool abortTransaction(const QString &message);
    bool rowsOf(const QVector<qint64> &ids, const QString &action, QVector<int> *rows);
    // Checks and normal forms, before any SQL runs.
    bool prepareRecords(const QVector<ClientRecord> &records, QVector<ClientRecord> *prepared, const QString &action);
    /** @p updated: @p client as it will be stored; @p expectedVersion: the version the write is based on. */
    bool prepareUpdate(const Client &client, const QString &action, Client *updated, int *expectedVersion, bool isUndo = false);
    // Inside an open transaction, through the tables of one operation; memory stays as it is.
    struct Tables;
    bool sqlInsertRecords(Tables &tables, QVector<ClientRecord> &records, const QString &action, QString *failure);
    bool sqlUpdateClient(Tables &tables, const Client &updated, int expectedVersion, SegmentChange *change, const QString &action,
                         QString *failure);
    bool sqlDeleteClients(Tables &tables, const QVector<int> &rows, const QString &action, QString *failure);
    bool sqlDeleteChanges(Tables &tables, qint64 clientId, const QVector<qint64> &changes, const QString &action,
                          QString *failure);
    // After the commit: memory and signals.
    void memoryAdd(QVector<ClientRecord> &records, QVector<qint64> *ids);
    void memoryUpdate(const Client &updated, const SegmentChange *change);
    void memoryRemove(const QVector<int> &rows);
    void memoryForgetChanges(qint64 clientId, const QVector<qint64> &changes);
    /** After rows with ids of their own went into @p table: the database's next ids move past them. */
    bool followExplicitIds(SqlTable &table, const QString &action, QString *failure);
    SegmentChange changeBetween(const Client &before, const Client &after, ChangeSource source) const;
    /** After a commit: the contact summaries of @p clientIds read back, then interactionsChanged(). */
    void summarizeContacts(const QVector<qint64> &clientIds);
    /** Replaces the summaries of @p clientIds with @p summaries (none for a client without interactions). */
    void takeSummaries(const QVector<qint64> &clientIds, const QHash<qint64, ContactSummary> &summaries);
    bool commitOrRefuse(QSqlDatabase &db, const QString &action);

    Database m_database;
    Database::OpenError m_openError = Database::OpenError::None;
    quint64 m_openTicket = 0;      ///< counts open() and openInBackground() calls
    QString m_openingPath;
    QVector<Client> m_clients;
    QHash<qint64, int> m_rowById;
    SegmentationRules m_rules;
    LapseRules m_lapseRules;
    QHash<qint64, ContactSummary> m_contacts;           ///< by client id, for those with interactions
    QHash<qint64, QVector<SegmentChange>> m_history;     ///< by client id, in time order
    QString m_author;
    QString m_location; ///< as given to open(), a password in it included: for connecting again
    QString m_password; ///< the server password given to open(), for connecting again
    bool m_connectionLost = false;
    bool m_readingChangesFromElsewhere = false;
    int m_reconnectDelay = 0; ///< milliseconds before the next attempt
    QTimer *m_keepAlive = nullptr;
    std::optional<ClientConflict> m_conflict;
    std::optional<Client> m_unmatchedWrite; ///< the update whose version no longer matched, until its transaction is aborted
    mutable QString m_errorString;
};

} // namespace Rapport
