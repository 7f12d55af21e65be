#include "clientstore.h"

#include "backupfiles.h"
#include "clienttable.h"
#include "databasecopy.h"
#include "historytable.h"
#include "interactiontable.h"
#include "settingstable.h"
#include "sqlitedialect.h"
#include "storedvalues.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QScopeGuard>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace Rapport {

namespace {

// A failed read in words for the owner: the statement's error, or the row Rapport cannot read
// (@p unreadable holds %1 for its number).
QString readFailure(const Database &database, const SqlTable &table, const QString &action, const QString &unreadable)
{
    if (table.unreadableId() != 0)
        return unreadable.arg(table.unreadableId());
    return database.describeFailure(table.lastError(), action);
}

// Puts a client into the form it is stored in, so that memory and file hold the same values.
Client normalized(Client client)
{
    client.name = client.name.trimmed();
    client.company = client.company.trimmed();
    client.emails = client.emails.normalized(true);
    client.phones = client.phones.normalized(false);
    client.tags = Client::parseTags(client.tagsText());
    client.satisfaction = roundToTenth(client.satisfaction);
    client.repurchase = roundToTenth(client.repurchase);
    client.owner = client.owner.trimmed();
    return client;
}

Interaction normalized(Interaction interaction)
{
    interaction.happenedAt = QDateTime::fromMSecsSinceEpoch(interaction.happenedAt.toMSecsSinceEpoch(), Qt::UTC);
    return interaction;
}

// The channel on which the Rapports sharing one server database announce their changes.
const QString ChangesChannel = QStringLiteral("rapport_changes");
// What announces "read everything again": a change too large to list (an import).
const QString EverythingChanged = QStringLiteral("*");
// PostgreSQL takes payloads under 8,000 bytes.
constexpr qsizetype LongestAnnouncement = 7000;
// How often an idle connection to a server is checked, and the longest wait between two attempts to connect again.
constexpr int KeepAliveMilliseconds = 5000;
constexpr int LongestReconnectDelay = 30000;

// The settings key of the display name of @p role.
QString authorKey(const QString &role)
{
    return QStringLiteral("author_name/") + role;
}

} // namespace

ClientStore::ClientStore(QObject *parent)
    : QObject(parent)
    , m_keepAlive(new QTimer(this))
{
    // A server that went away while nobody wrote is noticed all the same.
    m_keepAlive->setInterval(KeepAliveMilliseconds);
    // Only the driver's state is looked at: a query on a cut network could hold the window until
    // TCP gives up. The driver reads the connection's socket for the announcements, so it learns
    // of a closed connection by itself.
    connect(m_keepAlive, &QTimer::timeout, this, [this] { checkConnection(false); });
}

ClientStore::~ClientStore()
{
    // A background open still reading must end before the store goes.
    const QList<QThread *> openings = findChildren<QThread *>(QString(), Qt::FindDirectChildrenOnly);
    for (QThread *opening : openings)
        opening->wait();
}

QDateTime ClientStore::now()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

struct ClientStore::Contents
{
    QVector<Client> clients;
    QHash<qint64, ContactSummary> contacts;
    QHash<qint64, QVector<SegmentChange>> history;
    SegmentationRules rules;
    LapseRules lapseRules;
};

QString ClientStore::interactionReadFailure(const Database &database, const SqlTable &table, const QString &action)
{
    return readFailure(database, table, action, tr("The database holds an interaction Rapport cannot read (number %1)."));
}

/** The tables one operation writes to: each statement is prepared once, however many rows it writes. */
struct ClientStore::Tables
{
    explicit Tables(const Database &database)
        : clients(database)
        , interactions(database)
        , history(database)
    {
    }
    ClientTable clients;
    InteractionTable interactions;
    HistoryTable history;
};

bool ClientStore::open(const QString &path, const QString &password)
{
    ++m_openTicket;
    m_location = path;
    m_password = password;
    m_openingPath.clear();
    Q_EMIT aboutToReset();
    Contents contents;
    bool opened = m_database.open(path, Database::IntegrityCheck::Run, password);
    m_openError = m_database.openError();
    if (!opened) {
        m_errorString = m_database.errorString();
    } else if (!read(m_database, &contents, &m_errorString)) {
        opened = false;
        contents = Contents();
        m_openError = Database::OpenError::Other;
        m_database.close();
    }
    take(std::move(contents));
    return opened;
}

void ClientStore::openInBackground(const QString &path, const QDateTime &dailyBackupAt, const QString &password)
{
    struct Result
    {
        bool read = false;
        Database::OpenError openError = Database::OpenError::None;
        QString errorString;
        QString backupError;
        Contents contents;
    };
    const quint64 ticket = ++m_openTicket;
    m_openingPath = path;
    auto result = std::make_shared<Result>();
    // The worker checks, upgrades and reads the file through a connection of its own.
    QThread *worker = QThread::create([path, password, dailyBackupAt, result] {
        Database database;
        if (!database.open(path, Database::IntegrityCheck::Run, password)) {
            result->openError = database.openError();
            result->errorString = database.errorString();
            return;
        }
        result->read = read(database, &result->contents, &result->errorString);
        if (!result->read) {
            result->openError = Database::OpenError::Other;
            return;
        }
        if (dailyBackupAt.isValid())
            writeDailyBackup(database, result->contents.clients.size(), dailyBackupAt, &result->backupError);
    });
    worker->setParent(this);
    connect(worker, &QThread::finished, this, [this, worker, ticket, path, password, result] {
        worker->deleteLater();
        if (ticket != m_openTicket)
            return; // superseded by a later open
        m_openingPath.clear();
        if (!result->read) {
            // The rows and the open file stay as they were.
            m_openError = result->openError;
            m_errorString = result->errorString;
            Q_EMIT openFinished(false, m_errorString);
            return;
        }
        Q_EMIT aboutToReset();
        m_location = path;
        m_password = password;
        // The worker's connection has just checked the whole file: this one only opens it.
        const bool opened = m_database.open(path, Database::IntegrityCheck::AlreadyDone, password);
        m_openError = m_database.openError();
        if (!opened) {
            m_errorString = m_database.errorString();
            take(Contents());
            Q_EMIT openFinished(false, m_errorString);
            return;
        }
        take(std::move(result->contents));
        Q_EMIT openFinished(true, result->backupError);
    });
    worker->start();
}

void ClientStore::take(Contents &&contents)
{
    m_clients = std::move(contents.clients);
    m_contacts = std::move(contents.contacts);
    m_history = std::move(contents.history);
    m_rules = contents.rules;
    m_lapseRules = contents.lapseRules;
    m_conflict.reset();
    m_author = m_database.isOpen() ? setting(authorKey(role())).trimmed() : QString();
    m_connectionLost = false;
    m_reconnectDelay = 0;
    if (m_database.isServer() && m_database.isOpen())
        m_keepAlive->start();
    else
        m_keepAlive->stop();
    rebuildIndex(0);
    listenForChanges();
    Q_EMIT resetDone();
    Q_EMIT rulesChanged(m_rules);
    Q_EMIT lapseRulesChanged(m_lapseRules);
}

bool ClientStore::isOpen() const
{
    // A server that went away is still the open database: the store is connecting to it again.
    return m_database.isOpen() || m_connectionLost;
}

QString ClientStore::path() const
{
    return m_database.path();
}

bool ClientStore::isReadOnly() const
{
    return m_database.isReadOnly();
}

Database::OpenError ClientStore::openError() const
{
    return m_openError;
}

bool ClientStore::read(const Database &database, Contents *contents, QString *error)
{
    ClientTable clients(database);
    if (!clients.readAll(&contents->clients)) {
        *error = readFailure(database, clients, tr("read the clients"),
                             tr("The database holds a client Rapport cannot read (number %1)."));
        return false;
    }
    contents->contacts.reserve(contents->clients.size());
    // Only what the contact rules need is read here; the interactions stay in the database.
    InteractionTable interactions(database);
    if (!interactions.readContactSummaries(&contents->contacts)) {
        *error = interactionReadFailure(database, interactions, tr("read the interactions"));
        return false;
    }
    HistoryTable history(database);
    if (!history.readAll(&contents->history)) {
        *error = readFailure(database, history, tr("read the segment history"),
                             tr("The database holds a segment change Rapport cannot read (number %1)."));
        return false;
    }
    SettingsTable settings(database);
    if (!settings.readRules(&contents->rules)) {
        *error = database.describeFailure(settings.lastError(), tr("read the segmentation rules"));
        return false;
    }
    contents->lapseRules = settings.readLapseRules();
    return true;
}

void ClientStore::rebuildIndex(int fromRow)
{
    if (fromRow == 0) {
        m_rowById.clear();
        m_rowById.reserve(m_clients.size());
    }
    for (int row = fromRow; row < count(); ++row)
        m_rowById.insert(m_clients.at(row).id, row);
}

const Client *ClientStore::client(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_clients.at(row);
}

Segment ClientStore::segmentAt(int row) const
{
    const Client &c = m_clients.at(row);
    return m_rules.segment(c.satisfaction, c.repurchase);
}

Extreme ClientStore::extremeAt(int row) const
{
    const Client &c = m_clients.at(row);
    return m_rules.extreme(c.satisfaction, c.repurchase);
}

bool ClientStore::refuse(const QString &message)
{
    m_errorString = message;
    Q_EMIT writeFailed(message);
    // A write that failed because the server went away starts the connecting again.
    checkConnection(true);
    return false;
}

void ClientStore::checkConnection(bool probe)
{
    // The driver says a connection whose server went away is no longer open: that is the loss.
    if (!m_database.isServer() || !m_database.connection().isValid() || m_connectionLost || isOpening())
        return;
    if (m_database.isOpen()) {
        if (!probe)
            return;
        QSqlQuery query(m_database.connection());
        if (query.exec(QStringLiteral("SELECT 1")))
            return;
    }
    m_connectionLost = true;
    m_keepAlive->stop();
    // The dead connection goes (and with it the driver's watch on its socket); memory stays as it was.
    m_database.close();
    m_reconnectDelay = 1000;
    reconnectLater();
    Q_EMIT connectionChanged(false);
}

void ClientStore::reconnectLater()
{
    const quint64 ticket = m_openTicket;
    QTimer::singleShot(m_reconnectDelay, this, [this, ticket] {
        if (ticket == m_openTicket && m_connectionLost)
            reconnect();
    });
    m_reconnectDelay = std::min(m_reconnectDelay * 2, LongestReconnectDelay);
}

void ClientStore::reconnect()
{
    struct Result
    {
        bool read = false;
        Contents contents;
    };
    const quint64 ticket = m_openTicket;
    const QString location = m_location;
    const QString password = m_password;
    auto result = std::make_shared<Result>();
    // Connecting may wait for the server's answer: on a worker, with a connection of its own.
    QThread *worker = QThread::create([location, password, result] {
        Database database;
        QString error;
        result->read = database.open(location, Database::IntegrityCheck::AlreadyDone, password)
            && read(database, &result->contents, &error);
    });
    worker->setParent(this);
    connect(worker, &QThread::finished, this, [this, worker, ticket, location, password, result] {
        worker->deleteLater();
        if (ticket != m_openTicket || !m_connectionLost)
            return; // another database was opened meanwhile
        if (!result->read || !m_database.open(location, Database::IntegrityCheck::AlreadyDone, password)) {
            reconnectLater();
            return;
        }
        m_connectionLost = false;
        m_reconnectDelay = 0;
        listenForChanges();
        m_keepAlive->start();
        // What the others changed while this one was away.
        mergeContents(std::move(result->contents));
        Q_EMIT connectionChanged(true);
    });
    worker->start();
}

void ClientStore::mergeContents(Contents &&contents)
{
    m_readingChangesFromElsewhere = true;
    const auto done = qScopeGuard([this] { m_readingChangesFromElsewhere = false; });
    QSet<qint64> stored;
    stored.reserve(contents.clients.size());
    for (const Client &client : std::as_const(contents.clients))
        stored.insert(client.id);
    QVector<int> gone;
    for (int row = 0; row < count(); ++row) {
        if (!stored.contains(m_clients.at(row).id))
            gone.append(row);
    }
    memoryRemove(gone);
    QVector<ClientRecord> added;
    QVector<qint64> moved;
    for (Client &client : contents.clients) {
        QVector<SegmentChange> moves = contents.history.value(client.id);
        if (rowOf(client.id) < 0) {
            added.append({std::move(client), {}, std::move(moves)});
            continue;
        }
        if (m_history.value(client.id) != moves) {
            if (moves.isEmpty())
                m_history.remove(client.id);
            else
                m_history.insert(client.id, moves);
            moved.append(client.id);
        }
        memoryTake(client);
    }
    if (!added.isEmpty())
        memoryAdd(added, nullptr);
    for (qint64 id : std::as_const(moved))
        Q_EMIT historyChanged(id);
    QVector<qint64> contacted;
    for (auto it = contents.contacts.cbegin(); it != contents.contacts.cend(); ++it) {
        if (!(m_contacts.value(it.key()) == it.value()))
            contacted.append(it.key());
    }
    for (auto it = m_contacts.cbegin(); it != m_contacts.cend(); ++it) {
        if (!contents.contacts.contains(it.key()) && stored.contains(it.key()))
            contacted.append(it.key());
    }
    m_contacts = std::move(contents.contacts);
    if (!contacted.isEmpty())
        Q_EMIT interactionsChanged(contacted);
    if (!(m_rules == contents.rules)) {
        m_rules = contents.rules;
        Q_EMIT rulesChanged(m_rules);
    }
    if (!(m_lapseRules == contents.lapseRules)) {
        m_lapseRules = contents.lapseRules;
        Q_EMIT lapseRulesChanged(m_lapseRules);
    }
    Q_EMIT changedElsewhere();
}

bool ClientStore::failQuery(const SqlTable &table, const QString &action)
{
    return refuse(m_database.describeFailure(table.lastError(), action));
}

bool ClientStore::ensureWritable(const QString &action)
{
    m_conflict.reset();
    if (isOpening())
        return refuse(tr("Could not %1: %2 is still being opened. Nothing was changed; try again in a moment.")
                          .arg(action, QDir::toNativeSeparators(m_openingPath)));
    if (m_connectionLost)
        return refuse(tr("Could not %1: the connection to %2 was lost, and Rapport is connecting again. Nothing was "
                         "changed; try again in a moment.").arg(action, m_database.displayName()));
    if (!m_database.isOpen())
        return refuse(tr("Could not %1: no database is open.").arg(action));
    if (m_database.isReadOnly())
        return refuse(tr("Could not %1: %2 is read-only. Nothing was changed.").arg(action, m_database.path()));
    return true;
}

bool ClientStore::commitOrRefuse(QSqlDatabase &db, const QString &action)
{
    if (db.commit())
        return true;
    const QString message = tr("Could not %1: %2. Nothing was changed.").arg(action, db.lastError().text());
    db.rollback();
    return refuse(message);
}

QString ClientStore::validationError(const Client &client)
{
    if (client.name.trimmed().isEmpty() && client.company.trimmed().isEmpty())
        return tr("A client needs a name or a company.");
    const auto inRange = [](double v) { return v >= 0.0 && v <= 10.0; };
    if (!inRange(client.satisfaction))
        return tr("Satisfaction must be between 0 and 10.");
    if (!inRange(client.repurchase))
        return tr("Likelihood to repurchase must be between 0 and 10.");
    if (client.idealIntervalDays < 0 || client.idealIntervalDays > LapseRules::MaximumDays
        || client.maximumIntervalDays < 0 || client.maximumIntervalDays > LapseRules::MaximumDays)
        return tr("A contact interval must be between 1 and %1 days.").arg(LapseRules::MaximumDays);
    if (client.idealIntervalDays > 0 && client.maximumIntervalDays > 0 && client.maximumIntervalDays < client.idealIntervalDays)
        return tr("The longest gap between contacts cannot be shorter than the ideal one.");
    if (client.nps < -1 || client.nps > 10)
        return tr("The NPS answer must be between 0 and 10.");
    for (int rating : client.dimensions) {
        if (rating < 0 || rating > 5)
            return tr("Each dimension is rated from 1 to 5.");
    }
    if (client.degree < 0 || client.degree > 3)
        return tr("The degree of a client is 1, 2 or 3.");
    if (client.purchasesPerYear < 0)
        return tr("Purchases a year cannot be negative.");
    return {};
}

bool ClientStore::setRules(const SegmentationRules &rules)
{
    const QString action = tr("change the segment boundaries");
    if (!ensureWritable(action))
        return false;
    const SegmentationRules rounded(roundToTenth(rules.satisfactionBoundary()), roundToTenth(rules.repurchaseBoundary()),
                                    roundToTenth(rules.apostleMinimum()), roundToTenth(rules.terroristMaximum()));
    const QString invalid = rounded.validationError();
    if (!invalid.isEmpty())
        return refuse(invalid);
    SettingsTable settings(m_database);
    if (!settings.writeRules(rounded))
        return failQuery(settings, action);
    // One statement, committed already: should the announcement fail, the others see it on reconnecting.
    QString unannounced;
    announce({QStringLiteral("r")}, action, &unannounced);
    m_rules = rounded;
    Q_EMIT rulesChanged(m_rules);
    return true;
}

bool ClientStore::setLapseRules(const LapseRules &rules)
{
    const QString action = tr("change the contact intervals");
    if (!ensureWritable(action))
        return false;
    const QString invalid = rules.validationError();
    if (!invalid.isEmpty())
        return refuse(invalid);
    if (!beginTransaction(action))
        return false;
    SettingsTable settings(m_database);
    if (!settings.writeLapseRules(rules))
        return abortTransaction(m_database.describeFailure(settings.lastError(), action));
    QString failure;
    if (!announce({QStringLiteral("l")}, action, &failure))
        return abortTransaction(failure);
    QSqlDatabase db = m_database.connection();
    if (!commitOrRefuse(db, action))
        return false;
    m_lapseRules = rules;
    Q_EMIT lapseRulesChanged(m_lapseRules);
    return true;
}

qint64 ClientStore::addClient(const Client &client)
{
    QVector<qint64> ids;
    if (!addClients({client}, &ids))
        return 0;
    return ids.constFirst();
}

bool ClientStore::addClients(const QVector<Client> &clients, QVector<qint64> *ids)
{
    QVector<ClientRecord> records;
    records.reserve(clients.size());
    for (const Client &client : clients)
        records.append({client, {}, {}});
    return addClientRecords(records, ids);
}

bool ClientStore::followExplicitIds(SqlTable &table, const QString &action, QString *failure)
{
    QString error;
    if (table.followExplicitIds(&error))
        return true;
    *failure = tr("Could not %1: %2. Nothing was changed.").arg(action, error);
    return false;
}

bool ClientStore::prepareRecords(const QVector<ClientRecord> &records, QVector<ClientRecord> *prepared, const QString &action)
{
    prepared->reserve(records.size());
    const QDateTime stamp = now();
    for (const ClientRecord &record : records) {
        ClientRecord r{normalized(record.client), record.interactions, record.history};
        const QString invalid = validationError(r.client);
        if (!invalid.isEmpty())
            return refuse(invalid);
        if (!r.client.createdAt.isValid())
            r.client.createdAt = stamp;
        if (!r.client.updatedAt.isValid())
            r.client.updatedAt = stamp;
        r.client.version = std::max(1, r.client.version);
        if (r.client.changedBy.isEmpty())
            r.client.changedBy = author();
        if (r.client.id > 0 && m_rowById.contains(r.client.id))
            return refuse(tr("Could not %1: a client with the same id already exists. Nothing was changed.").arg(action));
        for (Interaction &interaction : r.interactions) {
            interaction = normalized(interaction);
            if (!interaction.happenedAt.isValid())
                return refuse(tr("Could not %1: an interaction has no date. Nothing was changed.").arg(action));
            if (interaction.loggedBy.isEmpty())
                interaction.loggedBy = author();
        }
        std::sort(r.interactions.begin(), r.interactions.end(), Interaction::earlier);
        prepared->append(std::move(r));
    }
    return true;
}

bool ClientStore::sqlInsertRecords(Tables &tables, QVector<ClientRecord> &records, const QString &action, QString *failure)
{
    SqlTable *failed = nullptr;
    if (records.size() > 1) {
        // Several records go in bulk: on a server by COPY, one statement per table, not a round
        // trip per row; in a file through SQLite's own statement, without QtSql's binding.
        failed = !tables.clients.copyIn(records)        ? static_cast<SqlTable *>(&tables.clients)
            : !tables.interactions.copyIn(records)      ? static_cast<SqlTable *>(&tables.interactions)
            : !tables.history.copyIn(records)           ? static_cast<SqlTable *>(&tables.history)
                                                        : nullptr;
    } else {
        for (ClientRecord &r : records) {
            if (!tables.clients.insert(r.client)) {
                failed = &tables.clients;
                break;
            }
            for (Interaction &interaction : r.interactions) {
                interaction.clientId = r.client.id;
                if (!tables.interactions.insert(interaction)) {
                    failed = &tables.interactions;
                    break;
                }
            }
            for (SegmentChange &change : r.history) {
                change.clientId = r.client.id;
                if (!failed && !tables.history.insert(change)) {
                    failed = &tables.history;
                    break;
                }
            }
            if (failed)
                break;
        }
    }
    if (failed) {
        *failure = m_database.describeFailure(failed->lastError(), action);
        return false;
    }
    // Records brought back after a delete keep their ids: on a server, the ids it chooses next
    // must then move past them.
    return followExplicitIds(tables.clients, action, failure) && followExplicitIds(tables.interactions, action, failure)
        && followExplicitIds(tables.history, action, failure);
}

void ClientStore::memoryAdd(QVector<ClientRecord> &records, QVector<qint64> *ids)
{
    const int first = count();
    const int last = first + int(records.size()) - 1;
    Q_EMIT clientsAboutToBeAdded(first, last);
    if (ids)
        ids->clear();
    for (ClientRecord &r : records) {
        if (ids)
            ids->append(r.client.id);
        if (!r.interactions.isEmpty())
            m_contacts.insert(r.client.id, ContactSummary::of(r.interactions));
        if (!r.history.isEmpty())
            m_history.insert(r.client.id, r.history);
        m_clients.append(std::move(r.client));
    }
    rebuildIndex(first);
    Q_EMIT clientsAdded(first, last);
}

bool ClientStore::abortTransaction(const QString &message)
{
    if (m_unmatchedWrite) {
        const Client mine = *std::exchange(m_unmatchedWrite, std::nullopt);
        return refuseConflict(mine, message);
    }
    m_database.connection().rollback();
    return refuse(message);
}

QString ClientStore::author() const
{
    return m_author.isEmpty() ? role() : m_author;
}

bool ClientStore::setAuthorName(const QString &name)
{
    if (!setSetting(authorKey(role()), StoredValues::text(name.trimmed())))
        return false;
    const QString before = author();
    m_author = name.trimmed();
    if (author() != before)
        Q_EMIT authorChanged(author());
    return true;
}

bool ClientStore::refuseConflict(const Client &mine, const QString &action)
{
    m_database.connection().rollback();
    std::optional<Client> stored;
    ClientTable table(m_database);
    if (!table.readOne(mine.id, &stored))
        return refuse(readFailure(m_database, table, action, tr("The database holds a client Rapport cannot read (number %1).")));
    m_conflict = ClientConflict{mine, stored};
    QString message;
    if (stored) {
        const QString who = stored->changedBy.isEmpty() ? tr("Someone else") : stored->changedBy;
        const QString when = QLocale().toString(stored->updatedAt.toLocalTime(), QLocale::ShortFormat);
        message = tr("Could not %1: %2 changed this client at %3, after your change began. Nothing was overwritten.")
                      .arg(action, who, when);
    } else {
        message = tr("Could not %1: someone else deleted this client. Nothing was saved.").arg(action);
    }
    // What is stored now is what the screen shows from here on.
    reloadClient(mine.id, true);
    return refuse(message);
}

bool ClientStore::announces() const
{
    return m_database.isServer();
}

QStringList ClientStore::deletionsOf(const QVector<int> &rows) const
{
    QStringList changes;
    if (announces()) {
        for (int row : rows)
            changes.append(QStringLiteral("d:%1").arg(m_clients.at(row).id));
    }
    return changes;
}

bool ClientStore::announce(const QStringList &changes, const QString &action, QString *failure)
{
    if (!announces() || changes.isEmpty())
        return true;
    QString payload = changes.join(QLatin1Char(' '));
    if (payload.size() > LongestAnnouncement)
        payload = EverythingChanged;
    // A NOTIFY inside the transaction is delivered when, and only if, it commits.
    QSqlQuery notify(m_database.connection());
    notify.prepare(QStringLiteral("SELECT pg_notify(:channel, :payload)"));
    notify.bindValue(QStringLiteral(":channel"), ChangesChannel);
    notify.bindValue(QStringLiteral(":payload"), payload);
    if (notify.exec())
        return true;
    *failure = m_database.describeFailure(notify, action);
    return false;
}

void ClientStore::listenForChanges()
{
    if (!m_database.isServer() || !m_database.isOpen())
        return;
    QSqlDriver *driver = m_database.connection().driver();
    if (driver->subscribedToNotifications().contains(ChangesChannel))
        return;
    if (!driver->subscribeToNotification(ChangesChannel))
        qWarning("Rapport: cannot listen for changes made by others: %s", qPrintable(driver->lastError().text()));
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name == ChangesChannel && source == QSqlDriver::OtherSource)
                    readChanges(payload.toString());
            });
}

void ClientStore::readChanges(const QString &payload)
{
    QVector<qint64> clients;
    QVector<qint64> moved; // clients whose history changed
    QVector<qint64> deleted;
    QVector<qint64> interactions;
    bool rules = false;
    bool lapseRules = false;
    bool everything = false;
    for (const QString &change : payload.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qint64 id = change.mid(2).toLongLong();
        if (change == EverythingChanged)
            everything = true;
        else if (change == QLatin1String("r"))
            rules = true;
        else if (change == QLatin1String("l"))
            lapseRules = true;
        else if (change.startsWith(QLatin1String("c:")) && id > 0 && !clients.contains(id))
            clients.append(id);
        else if (change.startsWith(QLatin1String("h:")) && id > 0 && !moved.contains(id))
            moved.append(id);
        else if (change.startsWith(QLatin1String("d:")) && id > 0)
            deleted.append(id);
        else if (change.startsWith(QLatin1String("i:")) && id > 0 && !interactions.contains(id))
            interactions.append(id);
    }
    if (everything) {
        Contents contents;
        QString error;
        if (read(m_database, &contents, &error))
            mergeContents(std::move(contents));
        else
            m_errorString = error;
        return;
    }
    m_readingChangesFromElsewhere = true;
    const auto done = qScopeGuard([this] { m_readingChangesFromElsewhere = false; });
    QVector<int> rows;
    for (qint64 id : std::as_const(deleted)) {
        if (rowOf(id) >= 0)
            rows.append(rowOf(id));
    }
    std::sort(rows.begin(), rows.end());
    memoryRemove(rows);
    for (qint64 id : std::as_const(moved)) {
        if (!clients.contains(id))
            clients.append(id);
    }
    for (qint64 id : std::as_const(clients))
        reloadClient(id, moved.contains(id));
    interactions.erase(std::remove_if(interactions.begin(), interactions.end(), [this](qint64 id) { return rowOf(id) < 0; }),
                       interactions.end());
    if (!interactions.isEmpty())
        summarizeContacts(interactions);
    SettingsTable settings(m_database);
    SegmentationRules newRules;
    if (rules && settings.readRules(&newRules)) {
        m_rules = newRules;
        Q_EMIT rulesChanged(m_rules);
    }
    if (lapseRules) {
        m_lapseRules = settings.readLapseRules();
        Q_EMIT lapseRulesChanged(m_lapseRules);
    }
    Q_EMIT changedElsewhere();
}

void ClientStore::reloadClient(qint64 id, bool withHistory)
{
    std::optional<Client> stored;
    ClientTable clients(m_database);
    // The moves are read only when they changed (or the client is new here).
    withHistory = withHistory || rowOf(id) < 0;
    QVector<SegmentChange> moves = withHistory ? QVector<SegmentChange>() : m_history.value(id);
    HistoryTable history(m_database);
    if (!clients.readOne(id, &stored) || (stored && withHistory && !history.readOfClient(id, &moves))) {
        m_errorString = tr("Could not read the latest changes of client %1.").arg(id);
        return;
    }
    if (!stored) {
        if (rowOf(id) >= 0)
            memoryRemove({rowOf(id)});
        return;
    }
    if (rowOf(id) < 0) {
        QVector<ClientRecord> added{{*stored, {}, moves}};
        memoryAdd(added, nullptr);
        return;
    }
    if (m_history.value(id) != moves) {
        if (moves.isEmpty())
            m_history.remove(id);
        else
            m_history.insert(id, moves);
        memoryTake(*stored);
        Q_EMIT historyChanged(id);
    } else {
        memoryTake(*stored);
    }
}

void ClientStore::memoryTake(const Client &stored)
{
    const int row = rowOf(stored.id);
    const Client before = m_clients.at(row);
    if (before == stored && before.version == stored.version)
        return;
    m_clients[row] = stored;
    Q_EMIT clientChanged(row, before);
}

bool ClientStore::beginTransaction(const QString &action)
{
    QSqlDatabase db = m_database.connection();
    if (db.transaction())
        return true;
    return refuse(tr("Could not %1: %2").arg(action, db.lastError().text()));
}

bool ClientStore::addClientRecords(const QVector<ClientRecord> &records, QVector<qint64> *ids)
{
    const QString action = records.size() == 1 ? tr("add the client") : tr("add %n clients", nullptr, int(records.size()));
    if (records.isEmpty())
        return true;
    if (!ensureWritable(action))
        return false;
    QVector<ClientRecord> prepared;
    if (!prepareRecords(records, &prepared, action) || !beginTransaction(action))
        return false;
    QString failure;
    Tables tables(m_database);
    if (!sqlInsertRecords(tables, prepared, action, &failure))
        return abortTransaction(failure);
    QStringList changes;
    if (announces()) {
        for (const ClientRecord &record : std::as_const(prepared)) {
            changes.append(QStringLiteral("c:%1").arg(record.client.id));
            if (!record.interactions.isEmpty())
                changes.append(QStringLiteral("i:%1").arg(record.client.id));
        }
    }
    if (!announce(changes, action, &failure))
        return abortTransaction(failure);
    QSqlDatabase db = m_database.connection();
    if (!commitOrRefuse(db, action))
        return false;
    memoryAdd(prepared, ids);
    return true;
}

QVector<ClientRecord> ClientStore::records(const QVector<qint64> &ids, bool *ok) const
{
    if (ok)
        *ok = true;
    const auto failed = [ok] {
        if (ok)
            *ok = false;
        return QVector<ClientRecord>();
    };
    QVector<ClientRecord> result;
    QHash<qint64, int> position;
    for (qint64 id : ids) {
        if (const Client *c = client(id)) {
            position.insert(id, int(result.size()));
            result.append({*c, {}, history(id)});
        }
    }
    // A few clients are read one by one; many (an import taken back) in one pass over the table.
    constexpr int OneByOne = 64;
    if (result.size() <= OneByOne) {
        for (ClientRecord &record : result) {
            record.interactions = interactions(record.client.id);
            if (record.interactions.isEmpty() && m_contacts.contains(record.client.id))
                return failed();
        }
        return result;
    }
    const bool read = forEachInteraction([&](const Interaction &interaction) {
        const auto at = position.constFind(interaction.clientId);
        if (at != position.constEnd())
            result[*at].interactions.append(interaction);
        return true;
    });
    return read ? result : failed();
}

SegmentChange ClientStore::changeBetween(const Client &before, const Client &after, ChangeSource source) const
{
    SegmentChange change;
    change.clientId = after.id;
    change.changedAt = after.updatedAt;
    change.fromSatisfaction = before.satisfaction;
    change.fromRepurchase = before.repurchase;
    change.toSatisfaction = after.satisfaction;
    change.toRepurchase = after.repurchase;
    change.fromSegment = m_rules.segment(before.satisfaction, before.repurchase);
    change.fromExtreme = m_rules.extreme(before.satisfaction, before.repurchase);
    change.toSegment = m_rules.segment(after.satisfaction, after.repurchase);
    change.toExtreme = m_rules.extreme(after.satisfaction, after.repurchase);
    change.source = source;
    change.changedBy = author();
    return change;
}

bool ClientStore::prepareUpdate(const Client &client, const QString &action, Client *updated, int *expectedVersion, bool isUndo)
{
    const int row = rowOf(client.id);
    if (row < 0)
        return refuse(tr("Could not %1: the client no longer exists.").arg(action));
    *updated = normalized(client);
    const QString invalid = validationError(*updated);
    if (!invalid.isEmpty())
        return refuse(invalid);
    updated->createdAt = m_clients.at(row).createdAt;
    // An undo puts back the time of the change it takes back; anything else is a change now.
    if (!isUndo || !updated->updatedAt.isValid())
        updated->updatedAt = now();
    // A change is based on the version the caller saw, and stores the next. An undo puts back the
    // client as it was, version and author included, when the change it takes back is the last
    // one stored (the version right after). The database refuses either should that be gone.
    const int held = m_clients.at(row).version;
    if (client.version <= 0) {
        *expectedVersion = held;
        updated->version = held + 1;
    } else if (isUndo) {
        *expectedVersion = client.version + 1;
        updated->version = client.version;
    } else {
        *expectedVersion = client.version;
        updated->version = client.version + 1;
    }
    if (!isUndo || updated->changedBy.isEmpty())
        updated->changedBy = author();
    return true;
}

bool ClientStore::sqlUpdateClient(Tables &tables, const Client &updated, int expectedVersion, SegmentChange *change,
                                  const QString &action,
                                  QString *failure)
{
    bool matched = false;
    if (!tables.clients.update(updated, expectedVersion, &matched)) {
        *failure = m_database.describeFailure(tables.clients.lastError(), action);
        return false;
    }
    if (!matched) {
        // abortTransaction() says what the write met.
        m_unmatchedWrite = updated;
        *failure = action;
        return false;
    }
    if (change && !tables.history.insert(*change)) {
        *failure = m_database.describeFailure(tables.history.lastError(), action);
        return false;
    }
    return true;
}

void ClientStore::memoryUpdate(const Client &updated, const SegmentChange *change)
{
    const int row = rowOf(updated.id);
    const Client before = m_clients.at(row);
    m_clients[row] = updated;
    if (change)
        m_history[updated.id].append(*change);
    Q_EMIT clientChanged(row, before);
    if (change)
        Q_EMIT historyChanged(updated.id);
}

bool ClientStore::updateClient(const Client &client, ChangeSource source, qint64 *recordedChange)
{
    const QString action = tr("save %1").arg(client.displayName());
    if (recordedChange)
        *recordedChange = 0;
    if (!ensureWritable(action))
        return false;
    Client updated;
    int expected = 0;
    if (!prepareUpdate(client, action, &updated, &expected))
        return false;
    const Client &before = m_clients.at(rowOf(client.id));
    const bool moved = updated.satisfaction != before.satisfaction || updated.repurchase != before.repurchase;
    SegmentChange change = changeBetween(before, updated, source);
    if (!beginTransaction(action))
        return false;
    QString failure;
    Tables tables(m_database);
    if (!sqlUpdateClient(tables, updated, expected, moved ? &change : nullptr, action, &failure))
        return abortTransaction(failure);
    QStringList changes{QStringLiteral("c:%1").arg(updated.id)};
    if (moved)
        changes.append(QStringLiteral("h:%1").arg(updated.id));
    if (!announce(changes, action, &failure))
        return abortTransaction(failure);
    QSqlDatabase db = m_database.connection();
    if (!commitOrRefuse(db, action))
        return false;
    memoryUpdate(updated, moved ? &change : nullptr);
    if (moved && recordedChange)
        *recordedChange = change.id;
    return true;
}

bool ClientStore::moveClient(qint64 id, double satisfaction, double repurchase, ChangeSource source, qint64 *recordedChange)
{
    const int row = rowOf(id);
    if (row < 0)
        return refuse(tr("Could not move the client: it no longer exists."));
    Client moved = m_clients.at(row);
    moved.satisfaction = satisfaction;
    moved.repurchase = repurchase;
    return updateClient(moved, source, recordedChange);
}

bool ClientStore::sqlDeleteChanges(Tables &tables, qint64 clientId, const QVector<qint64> &changes, const QString &action,
                                   QString *failure)
{
    for (qint64 id : changes) {
        if (id > 0 && !tables.history.remove(id, clientId)) {
            *failure = m_database.describeFailure(tables.history.lastError(), action);
            return false;
        }
    }
    return true;
}

void ClientStore::memoryForgetChanges(qint64 clientId, const QVector<qint64> &changes)
{
    if (!m_history.contains(clientId))
        return;
    QVector<SegmentChange> &list = m_history[clientId];
    const auto removed = std::remove_if(list.begin(), list.end(), [&](const SegmentChange &c) { return changes.contains(c.id); });
    const bool touched = removed != list.end();
    list.erase(removed, list.end());
    if (list.isEmpty())
        m_history.remove(clientId);
    if (touched)
        Q_EMIT historyChanged(clientId);
}

bool ClientStore::revertClient(const Client &client, const QVector<qint64> &changes, int expectedVersion)
{
    const QString action = tr("undo the change to %1").arg(client.displayName());
    if (!ensureWritable(action))
        return false;
    Client reverted;
    int expected = 0;
    if (!prepareUpdate(client, action, &reverted, &expected, true) || !beginTransaction(action))
        return false;
    if (expectedVersion > 0)
        expected = expectedVersion;
    QString failure;
    Tables tables(m_database);
    if (!sqlUpdateClient(tables, reverted, expected, nullptr, action, &failure)
        || !sqlDeleteChanges(tables, reverted.id, changes, action, &failure))
        return abortTransaction(failure);
    if (!announce({QStringLiteral("c:%1").arg(reverted.id), QStringLiteral("h:%1").arg(reverted.id)}, action, &failure))
        return abortTransaction(failure);
    QSqlDatabase db = m_database.connection();
    if (!commitOrRefuse(db, action))
        return false;
    memoryUpdate(reverted, nullptr);
    memoryForgetChanges(reverted.id, changes);
    return true;
}

bool ClientStore::acknowledgeChange(qint64 changeId, bool acknowledged)
{
    const QString action = acknowledged ? tr("acknowledge the alert") : tr("restore the alert");
    if (!ensureWritable(action))
        return false;
    for (auto it = m_history.begin(); it != m_history.end(); ++it) {
        for (SegmentChange &change : it.value()) {
            if (change.id != changeId)
                continue;
            HistoryTable table(m_database);
            if (!table.acknowledge(changeId, acknowledged))
                return failQuery(table, action);
            QString unannounced;
            announce({QStringLiteral("h:%1").arg(it.key())}, action, &unannounced);
            change.acknowledged = acknowledged;
            Q_EMIT historyChanged(it.key());
            return true;
        }
    }
    return refuse(tr("Could not %1: the change no longer exists.").arg(action));
}

bool ClientStore::sqlDeleteClients(Tables &tables, const QVector<int> &rows, const QString &action, QString *failure)
{
    // Interactions and history go with their client through the foreign keys.
    for (int row : rows) {
        if (!tables.clients.remove(m_clients.at(row).id)) {
            *failure = m_database.describeFailure(tables.clients.lastError(), action);
            return false;
        }
    }
    return true;
}

void ClientStore::memoryRemove(const QVector<int> &rows)
{
    // Remove contiguous runs from the bottom up so the rows above stay valid.
    int end = int(rows.size()) - 1;
    while (end >= 0) {
        int begin = end;
        while (begin > 0 && rows.at(begin - 1) == rows.at(begin) - 1)
            --begin;
        const int first = rows.at(begin);
        const int last = rows.at(end);
        Q_EMIT clientsAboutToBeRemoved(first, last);
        for (int row = first; row <= last; ++row) {
            const qint64 id = m_clients.at(row).id;
            m_rowById.remove(id);
            m_contacts.remove(id);
            m_history.remove(id);
        }
        m_clients.remove(first, last - first + 1);
        rebuildIndex(first);
        Q_EMIT clientsRemoved(first, last);
        end = begin - 1;
    }
}

bool ClientStore::rowsOf(const QVector<qint64> &ids, const QString &action, QVector<int> *rows)
{
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            return refuse(tr("Could not %1: a client no longer exists.").arg(action));
        rows->append(row);
    }
    std::sort(rows->begin(), rows->end());
    rows->erase(std::unique(rows->begin(), rows->end()), rows->end());
    return true;
}

bool ClientStore::removeClients(const QVector<qint64> &ids)
{
    const QString action = ids.size() == 1 ? tr("delete the client") : tr("delete %n clients", nullptr, int(ids.size()));
    if (ids.isEmpty())
        return true;
    if (!ensureWritable(action))
        return false;
    QVector<int> rows;
    if (!rowsOf(ids, action, &rows) || !beginTransaction(action))
        return false;
    QString failure;
    Tables tables(m_database);
    if (!sqlDeleteClients(tables, rows, action, &failure))
        return abortTransaction(failure);
    if (!announce(deletionsOf(rows), action, &failure))
        return abortTransaction(failure);
    QSqlDatabase db = m_database.connection();
    if (!commitOrRefuse(db, action))
        return false;
    memoryRemove(rows);
    return true;
}

QString ClientStore::erasedName(qint64 id)
{
    return tr("Erased client %1").arg(id);
}

bool ClientStore::erasePersonalData(qint64 id)
{
    const int row = rowOf(id);
    const QString action = row < 0 ? tr("erase the personal data") : tr("erase the personal data of %1").arg(m_clients.at(row).displayName());
    if (!ensureWritable(action))
        return false;
    if (row < 0)
        return refuse(tr("Could not %1: the client no longer exists.").arg(action));
    Client erased = m_clients.at(row);
    // A client needs a name or a company (and the database checks it): a neutral one, by number.
    erased.name = erasedName(id);
    erased.company.clear();
    erased.emails.clear();
    erased.phones.clear();
    erased.tags.clear();
    erased.notes.clear();
    Client updated;
    int expected = 0;
    if (!prepareUpdate(erased, action, &updated, &expected))
        return false;
    QVector<Interaction> noted;
    InteractionTable reader(m_database);
    const bool read = reader.readOfClient(id, [&noted](const Interaction &interaction) {
        if (!interaction.note.isEmpty())
            noted.append(interaction);
        return true;
    });
    if (!read)
        return refuse(interactionReadFailure(m_database, reader, action));
    QSqlDatabase db = m_database.connection();
    QString failure;
    // In a file, what is overwritten is zeroed, not left in free space for a file viewer to find.
    if (!m_database.isServer() && !SqliteDialect::setSecureDelete(db, true, &failure))
        return refuse(tr("Could not %1: %2").arg(action, failure));
    const auto secureDeleteOff = qScopeGuard([&] {
        if (!m_database.isServer())
            SqliteDialect::setSecureDelete(db, false, &failure);
    });
    if (!beginTransaction(action))
        return false;
    Tables tables(m_database);
    if (!sqlUpdateClient(tables, updated, expected, nullptr, action, &failure))
        return abortTransaction(failure);
    for (Interaction &interaction : noted) {
        interaction.note.clear();
        if (!tables.interactions.update(interaction))
            return abortTransaction(m_database.describeFailure(tables.interactions.lastError(), action));
    }
    if (!announce({QStringLiteral("c:%1").arg(id), QStringLiteral("i:%1").arg(id)}, action, &failure))
        return abortTransaction(failure);
    if (!commitOrRefuse(db, action))
        return false;
    // Earlier edits left old copies of the values in the file's free space and in its log: the
    // file is rebuilt from the live rows. The erase itself is done; should this fail, the next
    // erase or the file's own reuse of the space takes them.
    if (!m_database.isServer())
        SqliteDialect::compact(db, &failure);
    memoryUpdate(updated, nullptr);
    if (!noted.isEmpty())
        summarizeContacts({id});
    return true;
}

bool ClientStore::importClients(const QVector<ClientRecord> &additions, const QVector<Client> &updates,
                                QVector<qint64> *addedIds, QVector<qint64> *recordedChanges)
{
    const QString action = tr("import the clients");
    if (!ensureWritable(action))
        return false;
    QVector<ClientRecord> prepared;
    if (!prepareRecords(additions, &prepared, action))
        return false;
    QVector<Client> updated;
    QVector<int> expected;
    QVector<SegmentChange> changes;
    QVector<bool> moved;
    for (const Client &client : updates) {
        Client u;
        int basedOn = 0;
        if (!prepareUpdate(client, action, &u, &basedOn))
            return false;
        expected.append(basedOn);
        const Client &before = m_clients.at(rowOf(u.id));
        moved.append(u.satisfaction != before.satisfaction || u.repurchase != before.repurchase);
        changes.append(changeBetween(before, u, ChangeSource::Import));
        updated.append(u);
    }
    if (!beginTransaction(action))
        return false;
    QString failure;
    Tables tables(m_database);
    if (!sqlInsertRecords(tables, prepared, action, &failure))
        return abortTransaction(failure);
    for (int i = 0; i < updated.size(); ++i) {
        if (!sqlUpdateClient(tables, updated.at(i), expected.at(i), moved.at(i) ? &changes[i] : nullptr, action, &failure))
            return abortTransaction(failure);
    }
    QStringList announced;
    if (announces()) {
        for (const ClientRecord &record : std::as_const(prepared))
            announced << QStringLiteral("c:%1").arg(record.client.id) << QStringLiteral("i:%1").arg(record.client.id);
        for (qsizetype i = 0; i < updated.size(); ++i) {
            announced.append(QStringLiteral("c:%1").arg(updated.at(i).id));
            if (moved.at(i))
                announced.append(QStringLiteral("h:%1").arg(updated.at(i).id));
        }
    }
    if (!announce(announced, action, &failure))
        return abortTransaction(failure);
    QSqlDatabase db = m_database.connection();
    if (!commitOrRefuse(db, action))
        return false;
    if (!prepared.isEmpty())
        memoryAdd(prepared, addedIds);
    else if (addedIds)
        addedIds->clear();
    if (recordedChanges)
        recordedChanges->clear();
    for (int i = 0; i < updated.size(); ++i) {
        memoryUpdate(updated.at(i), moved.at(i) ? &changes.at(i) : nullptr);
        if (moved.at(i) && recordedChanges)
            recordedChanges->append(changes.at(i).id);
    }
    return true;
}

bool ClientStore::undoImport(const QVector<qint64> &addedIds, const QVector<Client> &previous, const QVector<qint64> &recordedChanges)
{
    const QString action = tr("undo the import");
    if (!ensureWritable(action))
        return false;
    QVector<int> rows;
    if (!rowsOf(addedIds, action, &rows))
        return false;
    QVector<Client> reverted;
    QVector<int> expected;
    for (const Client &client : previous) {
        Client r;
        int basedOn = 0;
        if (!prepareUpdate(client, action, &r, &basedOn, true))
            return false;
        reverted.append(r);
        expected.append(basedOn);
    }
    if (!beginTransaction(action))
        return false;
    QString failure;
    Tables tables(m_database);
    if (!sqlDeleteClients(tables, rows, action, &failure))
        return abortTransaction(failure);
    for (qsizetype i = 0; i < reverted.size(); ++i) {
        const Client &client = reverted.at(i);
        if (!sqlUpdateClient(tables, client, expected.at(i), nullptr, action, &failure)
            || !sqlDeleteChanges(tables, client.id, recordedChanges, action, &failure))
            return abortTransaction(failure);
    }
    QStringList changes = deletionsOf(rows);
    for (const Client &client : std::as_const(reverted))
        changes << QStringLiteral("c:%1").arg(client.id) << QStringLiteral("h:%1").arg(client.id);
    if (!announce(changes, action, &failure))
        return abortTransaction(failure);
    QSqlDatabase db = m_database.connection();
    if (!commitOrRefuse(db, action))
        return false;
    memoryRemove(rows);
    for (const Client &client : std::as_const(reverted)) {
        memoryUpdate(client, nullptr);
        memoryForgetChanges(client.id, recordedChanges);
    }
    return true;
}

QVector<Interaction> ClientStore::interactions(qint64 clientId) const
{
    QVector<Interaction> result;
    InteractionTable table(m_database);
    const bool read = table.readOfClient(clientId, [&result](const Interaction &interaction) {
        result.append(interaction);
        return true;
    });
    if (!read)
        m_errorString = interactionReadFailure(m_database, table, tr("read the interactions"));
    return result;
}

bool ClientStore::forEachInteraction(const std::function<bool(const Interaction &)> &visit) const
{
    InteractionTable table(m_database);
    if (table.readEvery(visit))
        return true;
    m_errorString = interactionReadFailure(m_database, table, tr("read the interactions"));
    return false;
}

bool ClientStore::forEachInteraction(InteractionKind kind, const std::function<bool(const Interaction &)> &visit) const
{
    InteractionTable table(m_database);
    if (table.readOfKind(kind, visit))
        return true;
    m_errorString = interactionReadFailure(m_database, table, tr("read the interactions"));
    return false;
}

qint64 ClientStore::interactionCount() const
{
    InteractionTable table(m_database);
    qint64 count = 0;
    if (table.count(&count))
        return count;
    m_errorString = m_database.describeFailure(table.lastError(), tr("count the interactions"));
    return -1;
}

std::optional<Interaction> ClientStore::interaction(qint64 id) const
{
    std::optional<Interaction> found;
    InteractionTable table(m_database);
    if (!table.readOne(id, &found))
        m_errorString = interactionReadFailure(m_database, table, tr("read the interactions"));
    return found;
}

void ClientStore::summarizeContacts(const QVector<qint64> &clientIds)
{
    // After a commit: the database is the truth, the summaries are read back from it, in one pass.
    QHash<qint64, ContactSummary> summaries;
    InteractionTable table(m_database);
    if (table.readContactSummaries(clientIds, &summaries))
        takeSummaries(clientIds, summaries);
    else
        m_errorString = interactionReadFailure(m_database, table, tr("read the interactions"));
    Q_EMIT interactionsChanged(clientIds);
}

void ClientStore::takeSummaries(const QVector<qint64> &clientIds, const QHash<qint64, ContactSummary> &summaries)
{
    for (qint64 clientId : clientIds) {
        const auto found = summaries.constFind(clientId);
        if (found == summaries.constEnd())
            m_contacts.remove(clientId);
        else
            m_contacts.insert(clientId, *found);
    }
}

qint64 ClientStore::addInteraction(const Interaction &interaction)
{
    QVector<qint64> ids;
    if (!addInteractions({interaction}, &ids))
        return 0;
    return ids.constFirst();
}

bool ClientStore::addInteractions(const QVector<Interaction> &interactions, QVector<qint64> *ids)
{
    const QString action = tr("log the interaction");
    if (interactions.isEmpty())
        return true;
    if (!ensureWritable(action))
        return false;
    QVector<Interaction> prepared;
    for (const Interaction &interaction : interactions) {
        if (rowOf(interaction.clientId) < 0)
            return refuse(tr("Could not %1: the client no longer exists.").arg(action));
        if (!interaction.happenedAt.isValid())
            return refuse(tr("Could not %1: it needs a date and time.").arg(action));
        if (interaction.id > 0 && this->interaction(interaction.id))
            return refuse(tr("Could not %1: it is already stored.").arg(action));
        prepared.append(normalized(interaction));
        if (prepared.last().loggedBy.isEmpty())
            prepared.last().loggedBy = author();
    }
    if (!beginTransaction(action))
        return false;
    InteractionTable table(m_database);
    for (Interaction &interaction : prepared) {
        if (!table.insert(interaction))
            return abortTransaction(m_database.describeFailure(table.lastError(), action));
    }
    QString failure;
    if (!followExplicitIds(table, action, &failure))
        return abortTransaction(failure);
    QStringList changes;
    for (const Interaction &interaction : std::as_const(prepared))
        changes.append(QStringLiteral("i:%1").arg(interaction.clientId));
    changes.removeDuplicates();
    if (!announce(changes, action, &failure))
        return abortTransaction(failure);
    QSqlDatabase db = m_database.connection();
    if (!commitOrRefuse(db, action))
        return false;
    QVector<qint64> touched;
    if (ids)
        ids->clear();
    for (const Interaction &interaction : std::as_const(prepared)) {
        if (ids)
            ids->append(interaction.id);
        if (!touched.contains(interaction.clientId))
            touched.append(interaction.clientId);
    }
    summarizeContacts(touched);
    return true;
}

bool ClientStore::updateInteraction(const Interaction &interaction, const std::optional<Interaction> &basedOn)
{
    const QString action = tr("save the interaction");
    if (!ensureWritable(action))
        return false;
    const std::optional<Interaction> stored = this->interaction(interaction.id);
    if (!stored)
        return refuse(tr("Could not %1: it no longer exists.").arg(action));
    if (!interaction.happenedAt.isValid())
        return refuse(tr("Could not %1: it needs a date and time.").arg(action));
    Interaction updated = normalized(interaction);
    // The client, and the email an interaction was logged from, are not the owner's to change.
    updated.clientId = stored->clientId;
    updated.messageId = stored->messageId;
    InteractionTable table(m_database);
    bool matched = true;
    if (basedOn ? !table.updateIfUnchanged(updated, normalized(*basedOn), &matched) : !table.update(updated))
        return failQuery(table, action);
    if (!matched) {
        // The timeline reads the interactions again, and shows what is stored now.
        summarizeContacts({updated.clientId});
        return refuse(tr("Could not %1: someone else changed it after you began. Nothing was overwritten.").arg(action));
    }
    QString unannounced;
    announce({QStringLiteral("i:%1").arg(updated.clientId)}, action, &unannounced);
    summarizeContacts({updated.clientId});
    return true;
}

bool ClientStore::removeInteractions(const QVector<qint64> &ids)
{
    const QString action = ids.size() == 1 ? tr("delete the interaction") : tr("delete the interactions");
    if (ids.isEmpty())
        return true;
    if (!ensureWritable(action))
        return false;
    QVector<qint64> touched;
    for (qint64 id : ids) {
        const std::optional<Interaction> stored = interaction(id);
        if (!stored)
            return refuse(ids.size() == 1 ? tr("Could not %1: it no longer exists.").arg(action)
                                          : tr("Could not %1: one of them no longer exists.").arg(action));
        if (!touched.contains(stored->clientId))
            touched.append(stored->clientId);
    }
    if (!beginTransaction(action))
        return false;
    InteractionTable table(m_database);
    for (qint64 id : ids) {
        if (!table.remove(id))
            return abortTransaction(m_database.describeFailure(table.lastError(), action));
    }
    QString failure;
    QStringList changes;
    for (qint64 clientId : std::as_const(touched))
        changes.append(QStringLiteral("i:%1").arg(clientId));
    if (!announce(changes, action, &failure))
        return abortTransaction(failure);
    QSqlDatabase db = m_database.connection();
    if (!commitOrRefuse(db, action))
        return false;
    summarizeContacts(touched);
    return true;
}

bool ClientStore::applyMailLog(MailLogChange &change)
{
    const QString action = tr("log the emails");
    if (change.isEmpty())
        return true;
    if (!ensureWritable(action))
        return false;
    QVector<Interaction> prepared;
    prepared.reserve(change.additions.size());
    for (const Interaction &interaction : std::as_const(change.additions)) {
        if (rowOf(interaction.clientId) < 0)
            return refuse(tr("Could not %1: a client no longer exists. Nothing was changed.").arg(action));
        if (!interaction.happenedAt.isValid())
            return refuse(tr("Could not %1: an email has no date. Nothing was changed.").arg(action));
        prepared.append(normalized(interaction));
        if (prepared.last().loggedBy.isEmpty())
            prepared.last().loggedBy = author();
    }
    for (const AnsweredEmail &email : std::as_const(change.answered)) {
        if (rowOf(email.clientId) < 0)
            return refuse(tr("Could not %1: a client no longer exists. Nothing was changed.").arg(action));
    }
    const QVector<qint64> touched = change.clientIds();
    if (!beginTransaction(action))
        return false;
    InteractionTable table(m_database);
    if (prepared.size() > 1) {
        // In bulk (one COPY on a server), not a statement through QtSql per email.
        if (!table.copyIn(prepared))
            return abortTransaction(m_database.describeFailure(table.lastError(), action));
    } else {
        for (Interaction &interaction : prepared) {
            if (!table.insert(interaction))
                return abortTransaction(m_database.describeFailure(table.lastError(), action));
        }
    }
    for (const AnsweredEmail &email : std::as_const(change.answered)) {
        if (!table.setEmailOutcome(email.clientId, email.messageId, Outcome::Answered))
            return abortTransaction(m_database.describeFailure(table.lastError(), action));
    }
    QString failure;
    if (!followExplicitIds(table, action, &failure))
        return abortTransaction(failure);
    // Read inside the transaction: should it fail, nothing was written and memory stays as it is.
    QHash<qint64, ContactSummary> summaries;
    if (!table.readContactSummaries(touched, &summaries))
        return abortTransaction(interactionReadFailure(m_database, table, action));
    QStringList changes;
    for (qint64 clientId : std::as_const(touched))
        changes.append(QStringLiteral("i:%1").arg(clientId));
    if (!announce(changes, action, &failure))
        return abortTransaction(failure);
    QSqlDatabase db = m_database.connection();
    if (!commitOrRefuse(db, action))
        return false;
    for (qsizetype i = 0; i < prepared.size(); ++i)
        change.additions[i].id = prepared.at(i).id;
    takeSummaries(touched, summaries);
    Q_EMIT interactionsChanged(touched);
    return true;
}

bool ClientStore::undoMailLog(const MailLogChange &change)
{
    const QString action = tr("undo the reading of the mail");
    if (change.isEmpty())
        return true;
    if (!ensureWritable(action))
        return false;
    QVector<qint64> touched;
    for (qint64 clientId : change.clientIds()) {
        // A client deleted since has taken its emails with it: nothing of it is left to take back.
        if (rowOf(clientId) >= 0)
            touched.append(clientId);
    }
    if (!beginTransaction(action))
        return false;
    InteractionTable table(m_database);
    for (const Interaction &interaction : change.additions) {
        if (interaction.id > 0 && !table.remove(interaction.id))
            return abortTransaction(m_database.describeFailure(table.lastError(), action));
    }
    for (const AnsweredEmail &email : change.answered) {
        if (!table.setEmailOutcome(email.clientId, email.messageId, Outcome::NoAnswer))
            return abortTransaction(m_database.describeFailure(table.lastError(), action));
    }
    QHash<qint64, ContactSummary> summaries;
    if (!table.readContactSummaries(touched, &summaries))
        return abortTransaction(interactionReadFailure(m_database, table, action));
    QString failure;
    QStringList changes;
    for (qint64 clientId : std::as_const(touched))
        changes.append(QStringLiteral("i:%1").arg(clientId));
    if (!announce(changes, action, &failure))
        return abortTransaction(failure);
    QSqlDatabase db = m_database.connection();
    if (!commitOrRefuse(db, action))
        return false;
    takeSummaries(touched, summaries);
    if (!touched.isEmpty())
        Q_EMIT interactionsChanged(touched);
    return true;
}

QVector<Interaction> ClientStore::searchNotes(const QString &text, int limit) const
{
    QVector<Interaction> found;
    const QStringList words = noteSearchWords(text);
    if (words.isEmpty() || limit <= 0)
        return found;
    // The database narrows by some of the words; every word is then checked here, ignoring case
    // the way Qt does for any script.
    InteractionTable table(m_database);
    const bool read = table.readNoteCandidates(words, [&](const Interaction &interaction) {
        const bool matches = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
            return interaction.note.contains(word, Qt::CaseInsensitive);
        });
        if (matches)
            found.append(interaction);
        return found.size() < limit;
    });
    if (!read)
        m_errorString = interactionReadFailure(m_database, table, tr("search the notes"));
    return found;
}

QStringList ClientStore::noteSearchWords(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool ClientStore::backup(const QString &path)
{
    QString error;
    if (!m_database.backupTo(path, &error))
        return refuse(tr("Could not back up to %1: %2").arg(QDir::toNativeSeparators(path), error));
    return true;
}

bool ClientStore::takeDailyBackup(const QDateTime &now)
{
    return writeDailyBackup(m_database, count(), now, &m_errorString);
}

bool ClientStore::writeDailyBackup(const Database &database, int clientCount, const QDateTime &now, QString *errorString)
{
    // A server's data is backed up by its administrator (and any user can make a portable copy).
    const QString path = database.path();
    if (!database.isOpen() || database.isServer() || database.isReadOnly() || clientCount == 0
        || !BackupFiles::isDailyDue(path, now.date()))
        return true;
    const QString folder = BackupFiles::folder(path);
    const QString target = BackupFiles::dailyPath(path, now);
    QString error;
    if (!QFileInfo(folder).isDir()
        && (!QDir().mkdir(folder) || !QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)))
        error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder));
    else
        database.backupTo(target, &error);
    if (!error.isEmpty()) {
        *errorString = tr("Today's automatic backup could not be written to %1: %2. The database is open as usual; "
                           "use File → Back Up… to keep a copy elsewhere.")
                            .arg(QDir::toNativeSeparators(target), error);
        return false;
    }
    const QStringList expired = BackupFiles::expired(path);
    for (const QString &old : expired)
        QFile::remove(old);
    return true;
}

bool ClientStore::limitGrowthForTesting(int pages)
{
    if (m_database.isServer())
        return refuse(QStringLiteral("only a file can be limited"));
    QSqlDatabase db = m_database.connection();
    return SqliteDialect::limitGrowth(db, pages, &m_errorString);
}

bool ClientStore::restore(const QString &backupPath, const QString &keepPath)
{
    const QString action = tr("restore %1").arg(QDir::toNativeSeparators(backupPath));
    if (!ensureWritable(action))
        return false;
    {
        // Check the backup the way any database is checked, on a copy, so it is never changed.
        const QString probePath = keepPath + QStringLiteral(".check");
        QFile::remove(probePath);
        if (!QFile::copy(backupPath, probePath))
            return refuse(tr("Could not %1: the file cannot be read.").arg(action));
        Database probe;
        const bool usable = probe.open(probePath);
        const QString problem = probe.errorString();
        probe.close();
        QFile::remove(probePath);
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(probePath + suffix);
        if (!usable)
            return refuse(tr("Could not %1: %2").arg(action, problem));
    }
    QString error;
    if (!m_database.backupTo(keepPath, &error))
        return refuse(tr("Could not %1: the copy of the current data could not be written (%2). Nothing was changed.")
                          .arg(action, error));
    if (m_database.isServer()) {
        // Everyone's data on the server is replaced in one transaction, from the backup file.
        Database backup;
        if (!backup.open(backupPath) || !DatabaseCopy::copy(backup, m_database, &error, DatabaseCopy::Target::Replace))
            return refuse(tr("Could not %1: %2. Nothing was changed.").arg(action, backup.isOpen() ? error : backup.errorString()));
        Contents contents;
        if (!read(m_database, &contents, &error))
            return refuse(error);
        Q_EMIT aboutToReset();
        take(std::move(contents));
        return true;
    }
    const QString path = m_database.path();
    const QString staged = path + QStringLiteral(".restoring");
    QFile::remove(staged);
    if (!QFile::copy(backupPath, staged))
        return refuse(tr("Could not %1: it cannot be copied next to the database. Nothing was changed.").arg(action));
    QFile::setPermissions(staged, QFile::ReadOwner | QFile::WriteOwner);
    m_database.close();
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    // One rename that replaces the file: at every moment (a crash, a power cut) the path holds
    // either the old database or the restored one, never nothing.
    const bool replaced = BackupFiles::replaceFile(staged, path);
    if (!replaced)
        QFile::remove(staged);
    const bool reopened = open(path);
    if (!replaced)
        return refuse(tr("Could not %1: the database file could not be replaced. Your data was kept.").arg(action));
    if (!reopened)
        return refuse(m_errorString);
    return true;
}

QString ClientStore::setting(const QString &key, const QString &defaultValue) const
{
    return SettingsTable(m_database).value(key, defaultValue);
}

bool ClientStore::setSetting(const QString &key, const QString &value)
{
    const QString action = tr("save the setting");
    if (!ensureWritable(action) || !beginTransaction(action))
        return false;
    SettingsTable settings(m_database);
    if (!settings.write(key, value))
        return abortTransaction(m_database.describeFailure(settings.lastError(), action));
    QSqlDatabase db = m_database.connection();
    return commitOrRefuse(db, action);
}

bool ClientStore::copyTo(const QString &location, const QString &password)
{
    const QString action = tr("copy to %1").arg(DatabaseLocation::parse(location).displayName());
    if (!isOpen())
        return refuse(tr("Could not %1: no database is open.").arg(action));
    if (!DatabaseLocation::isServerAddress(location) && QFileInfo(location).exists() && QFileInfo(location).size() > 0) {
        // A file already there is someone's data, or another program's: never written into.
        return refuse(tr("Could not %1: the file exists already. Choose a new file name.").arg(action));
    }
    Database target;
    if (!target.open(location, Database::IntegrityCheck::Run, password))
        return refuse(tr("Could not %1: %2").arg(action, target.errorString()));
    QString error;
    if (!DatabaseCopy::copy(m_database, target, &error))
        return refuse(tr("Could not %1: %2. Nothing was copied.").arg(action, error));
    return true;
}

} // namespace Rapport
