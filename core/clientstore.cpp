#include "clientstore.h"

#include "backupfiles.h"
#include "databasecopy.h"
#include "sqlitedialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <memory>

namespace Rapport {

namespace {

const QString ClientColumns = QStringLiteral(
    "name, company, email, phone, tags, notes, satisfaction, repurchase, created_at, updated_at, archived,"
    " ideal_interval_days, maximum_interval_days, ladder_rung, stage, integrity, competency, recognition, proactivity,"
    " savvy, chemistry, nps, nps_date, degree, hostage_reason, hostage_reason_ends, purchases_per_year");
const QString ClientValues = QStringLiteral(
    ":name, :company, :email, :phone, :tags, :notes, :satisfaction, :repurchase, :created_at, :updated_at, :archived,"
    " :ideal, :maximum, :rung, :stage, :integrity, :competency, :recognition, :proactivity, :savvy, :chemistry, :nps,"
    " :nps_date, :degree, :hostage_reason, :hostage_reason_ends, :purchases_per_year");
const QString ClientAssignments = QStringLiteral(
    "name = :name, company = :company, email = :email, phone = :phone, tags = :tags, notes = :notes,"
    " satisfaction = :satisfaction, repurchase = :repurchase, created_at = :created_at, updated_at = :updated_at,"
    " archived = :archived, ideal_interval_days = :ideal, maximum_interval_days = :maximum, ladder_rung = :rung,"
    " stage = :stage, integrity = :integrity, competency = :competency, recognition = :recognition,"
    " proactivity = :proactivity, savvy = :savvy, chemistry = :chemistry, nps = :nps, nps_date = :nps_date,"
    " degree = :degree, hostage_reason = :hostage_reason, hostage_reason_ends = :hostage_reason_ends,"
    " purchases_per_year = :purchases_per_year");

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}
const QString InteractionColumns = QStringLiteral("client_id, happened_at, kind, direction, outcome, note");
const QString InteractionValues = QStringLiteral(":client_id, :happened_at, :kind, :direction, :outcome, :note");
const QString ChangeColumns = QStringLiteral(
    "client_id, changed_at, from_satisfaction, from_repurchase, to_satisfaction, to_repurchase,"
    " from_segment, from_extreme, to_segment, to_extreme, source, acknowledged");

// QtSql binds a null QString as NULL; the text columns hold '' for "nothing".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Binds by position, in the order of ClientValues and ClientAssignments, starting at @p first:
// a named lookup for each of 27 values costs more than the insert itself in a large import.
void bindClient(QSqlQuery &query, const Client &client, int first)
{
    int at = first;
    const auto bind = [&](const QVariant &value) { query.bindValue(at++, value); };
    bind(text(client.name));
    bind(text(client.company));
    bind(text(client.email));
    bind(text(client.phone));
    bind(text(client.tagsText()));
    bind(text(client.notes));
    bind(client.satisfaction);
    bind(client.repurchase);
    bind(client.createdAt.toMSecsSinceEpoch());
    bind(client.updatedAt.toMSecsSinceEpoch());
    bind(client.archived ? 1 : 0);
    bind(client.idealIntervalDays);
    bind(client.maximumIntervalDays);
    bind(Frameworks::rungKey(client.rung));
    bind(Frameworks::stageKey(client.stage));
    for (int d = 0; d < DimensionCount; ++d)
        bind(client.dimensions[size_t(d)]);
    bind(client.nps);
    bind(dateText(client.npsDate));
    bind(client.degree);
    bind(Frameworks::hostageReasonKey(client.hostageReason));
    bind(dateText(client.hostageReasonEnds));
    bind(client.purchasesPerYear);
}

void bindInteraction(QSqlQuery &query, const Interaction &interaction)
{
    query.bindValue(QStringLiteral(":client_id"), interaction.clientId);
    query.bindValue(QStringLiteral(":happened_at"), interaction.happenedAt.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":kind"), InteractionText::kindKey(interaction.kind));
    query.bindValue(QStringLiteral(":direction"), InteractionText::directionKey(interaction.direction));
    query.bindValue(QStringLiteral(":outcome"), InteractionText::outcomeKey(interaction.outcome));
    query.bindValue(QStringLiteral(":note"), text(interaction.note));
}

QDateTime fromMSecs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Puts a client into the form it is stored in, so that memory and file hold the same values.
Client normalized(Client client)
{
    client.name = client.name.trimmed();
    client.company = client.company.trimmed();
    client.email = client.email.trimmed();
    client.phone = client.phone.trimmed();
    client.tags = Client::parseTags(client.tagsText());
    client.satisfaction = roundToTenth(client.satisfaction);
    client.repurchase = roundToTenth(client.repurchase);
    return client;
}

Interaction normalized(Interaction interaction)
{
    interaction.happenedAt = QDateTime::fromMSecsSinceEpoch(interaction.happenedAt.toMSecsSinceEpoch(), Qt::UTC);
    return interaction;
}

} // namespace

ClientStore::ClientStore(QObject *parent)
    : QObject(parent)
{
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

bool ClientStore::open(const QString &path, const QString &password)
{
    ++m_openTicket;
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
    rebuildIndex(0);
    Q_EMIT resetDone();
    Q_EMIT rulesChanged(m_rules);
    Q_EMIT lapseRulesChanged(m_lapseRules);
}

bool ClientStore::isOpen() const
{
    return m_database.isOpen();
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
    const auto failRead = [&database, error](const QSqlQuery &failed, const QString &action) {
        *error = database.describeFailure(failed, action);
        return false;
    };
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    // Room for every client at once: growing 100,000 of them step by step would hold two copies.
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM clients")) && query.next()) {
        contents->clients.reserve(query.value(0).toInt());
        contents->contacts.reserve(query.value(0).toInt());
    }
    if (!query.exec(QStringLiteral("SELECT id, ") + ClientColumns + QStringLiteral(" FROM clients ORDER BY id")))
        return failRead(query, tr("read the clients"));
    while (query.next()) {
        Client client;
        client.id = query.value(0).toLongLong();
        client.name = query.value(1).toString();
        client.company = query.value(2).toString();
        client.email = query.value(3).toString();
        client.phone = query.value(4).toString();
        client.tags = Client::parseTags(query.value(5).toString());
        client.notes = query.value(6).toString();
        client.satisfaction = query.value(7).toDouble();
        client.repurchase = query.value(8).toDouble();
        client.createdAt = fromMSecs(query.value(9));
        client.updatedAt = fromMSecs(query.value(10));
        client.archived = query.value(11).toInt() != 0;
        client.idealIntervalDays = query.value(12).toInt();
        client.maximumIntervalDays = query.value(13).toInt();
        if (!Frameworks::rungFromKey(query.value(14).toString(), &client.rung)
            || !Frameworks::stageFromKey(query.value(15).toString(), &client.stage)
            || !Frameworks::hostageReasonFromKey(query.value(25).toString(), &client.hostageReason)) {
            *error = tr("The database holds a client Rapport cannot read (number %1).").arg(client.id);
            return false;
        }
        for (int d = 0; d < DimensionCount; ++d)
            client.dimensions[size_t(d)] = query.value(16 + d).toInt();
        client.nps = query.value(22).toInt();
        client.npsDate = QDate::fromString(query.value(23).toString(), Qt::ISODate);
        client.degree = query.value(24).toInt();
        client.hostageReasonEnds = QDate::fromString(query.value(26).toString(), Qt::ISODate);
        client.purchasesPerYear = query.value(27).toInt();
        contents->clients.append(std::move(client));
    }
    if (query.lastError().isValid())
        return failRead(query, tr("read the clients"));

    // Only what the contact rules need is read here; the interactions stay in the database.
    QSqlQuery interactions(database.connection());
    interactions.setForwardOnly(true);
    if (!interactions.exec(QStringLiteral("SELECT id, client_id, happened_at, direction, outcome FROM interactions"
                                          " ORDER BY client_id, happened_at, id")))
        return failRead(interactions, tr("read the interactions"));
    ContactSummaryBuilder builder;
    qint64 summarizing = 0;
    Interaction interaction;
    while (interactions.next()) {
        interaction.clientId = interactions.value(1).toLongLong();
        if (interaction.clientId != summarizing) {
            if (summarizing != 0)
                contents->contacts.insert(summarizing, builder.finish());
            summarizing = interaction.clientId;
        }
        interaction.happenedAt = fromMSecs(interactions.value(2));
        if (!InteractionText::directionFromKey(interactions.value(3).toString(), &interaction.direction)
            || !InteractionText::outcomeFromKey(interactions.value(4).toString(), &interaction.outcome)) {
            *error = tr("The database holds an interaction Rapport cannot read (number %1).")
                                .arg(interactions.value(0).toLongLong());
            return false;
        }
        builder.add(interaction);
    }
    if (interactions.lastError().isValid())
        return failRead(interactions, tr("read the interactions"));
    if (summarizing != 0)
        contents->contacts.insert(summarizing, builder.finish());

    QSqlQuery history(database.connection());
    history.setForwardOnly(true);
    if (!history.exec(QStringLiteral("SELECT id, ") + ChangeColumns
                      + QStringLiteral(" FROM segment_history ORDER BY client_id, changed_at, id")))
        return failRead(history, tr("read the segment history"));
    while (history.next()) {
        SegmentChange change;
        change.id = history.value(0).toLongLong();
        change.clientId = history.value(1).toLongLong();
        change.changedAt = fromMSecs(history.value(2));
        change.fromSatisfaction = history.value(3).toDouble();
        change.fromRepurchase = history.value(4).toDouble();
        change.toSatisfaction = history.value(5).toDouble();
        change.toRepurchase = history.value(6).toDouble();
        if (!segmentFromKey(history.value(7).toString(), &change.fromSegment)
            || !extremeFromKey(history.value(8).toString(), &change.fromExtreme)
            || !segmentFromKey(history.value(9).toString(), &change.toSegment)
            || !extremeFromKey(history.value(10).toString(), &change.toExtreme)
            || !SegmentChange::sourceFromKey(history.value(11).toString(), &change.source)) {
            *error = tr("The database holds a segment change Rapport cannot read (number %1).").arg(change.id);
            return false;
        }
        change.acknowledged = history.value(12).toInt() != 0;
        contents->history[change.clientId].append(change);
    }

    QSqlQuery rulesQuery(database.connection());
    if (!rulesQuery.exec(QStringLiteral(
            "SELECT satisfaction_boundary, repurchase_boundary, apostle_minimum, terrorist_maximum"
            " FROM segmentation_rules WHERE id = 1")))
        return failRead(rulesQuery, tr("read the segmentation rules"));
    if (rulesQuery.next()) {
        const SegmentationRules stored(rulesQuery.value(0).toDouble(), rulesQuery.value(1).toDouble(),
                                       rulesQuery.value(2).toDouble(), rulesQuery.value(3).toDouble());
        if (stored.isValid())
            contents->rules = stored;
    }

    LapseRules lapse;
    for (int s = 0; s < SegmentCount; ++s) {
        const QString prefix = QStringLiteral("contact/") + segmentKey(Segment(s));
        ContactInterval interval = lapse.interval(Segment(s));
        interval.idealDays = readSetting(database, prefix + QStringLiteral("/ideal"), QString::number(interval.idealDays)).toInt();
        interval.maximumDays = readSetting(database, prefix + QStringLiteral("/maximum"), QString::number(interval.maximumDays)).toInt();
        lapse.setInterval(Segment(s), interval);
    }
    lapse.setUnansweredThreshold(readSetting(database, QStringLiteral("contact/unansweredThreshold"),
                                         QString::number(lapse.unansweredThreshold())).toInt());
    if (lapse.validationError().isEmpty())
        contents->lapseRules = lapse;
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
    return false;
}

bool ClientStore::failQuery(const QSqlQuery &query, const QString &action)
{
    return refuse(m_database.describeFailure(query, action));
}

bool ClientStore::ensureWritable(const QString &action)
{
    if (isOpening())
        return refuse(tr("Could not %1: %2 is still being opened. Nothing was changed; try again in a moment.")
                          .arg(action, QDir::toNativeSeparators(m_openingPath)));
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
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE segmentation_rules SET satisfaction_boundary = :sat, repurchase_boundary = :rep,"
        " apostle_minimum = :apostle, terrorist_maximum = :terrorist WHERE id = 1"));
    query.bindValue(QStringLiteral(":sat"), rounded.satisfactionBoundary());
    query.bindValue(QStringLiteral(":rep"), rounded.repurchaseBoundary());
    query.bindValue(QStringLiteral(":apostle"), rounded.apostleMinimum());
    query.bindValue(QStringLiteral(":terrorist"), rounded.terroristMaximum());
    if (!query.exec())
        return failQuery(query, action);
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
    QVector<QPair<QString, QString>> values;
    for (int s = 0; s < SegmentCount; ++s) {
        const QString prefix = QStringLiteral("contact/") + segmentKey(Segment(s));
        values.append({prefix + QStringLiteral("/ideal"), QString::number(rules.interval(Segment(s)).idealDays)});
        values.append({prefix + QStringLiteral("/maximum"), QString::number(rules.interval(Segment(s)).maximumDays)});
    }
    values.append({QStringLiteral("contact/unansweredThreshold"), QString::number(rules.unansweredThreshold())});

    if (!beginTransaction(action))
        return false;
    QString failure;
    for (const auto &value : std::as_const(values)) {
        if (!sqlWriteSetting(value.first, value.second, action, &failure))
            return abortTransaction(failure);
    }
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

bool ClientStore::insertInteraction(QSqlQuery &insertNew, QSqlQuery &insertWithId, Interaction &interaction)
{
    QSqlQuery &query = interaction.id > 0 ? insertWithId : insertNew;
    bindInteraction(query, interaction);
    if (interaction.id > 0)
        query.bindValue(QStringLiteral(":id"), interaction.id);
    bool ok = query.exec();
    if (ok && interaction.id <= 0) {
        interaction.id = m_database.dialect().insertedId(query);
        ok = interaction.id > 0;
    }
    query.finish();
    return ok;
}

bool ClientStore::insertChange(QSqlQuery &insertNew, QSqlQuery &insertWithId, SegmentChange &change)
{
    // Without an id the database chooses one; with one, a deleted entry comes back unchanged.
    QSqlQuery &query = change.id > 0 ? insertWithId : insertNew;
    query.bindValue(QStringLiteral(":client_id"), change.clientId);
    query.bindValue(QStringLiteral(":changed_at"), change.changedAt.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":from_satisfaction"), change.fromSatisfaction);
    query.bindValue(QStringLiteral(":from_repurchase"), change.fromRepurchase);
    query.bindValue(QStringLiteral(":to_satisfaction"), change.toSatisfaction);
    query.bindValue(QStringLiteral(":to_repurchase"), change.toRepurchase);
    query.bindValue(QStringLiteral(":from_segment"), segmentKey(change.fromSegment));
    query.bindValue(QStringLiteral(":from_extreme"), text(extremeKey(change.fromExtreme)));
    query.bindValue(QStringLiteral(":to_segment"), segmentKey(change.toSegment));
    query.bindValue(QStringLiteral(":to_extreme"), text(extremeKey(change.toExtreme)));
    query.bindValue(QStringLiteral(":source"), SegmentChange::sourceKey(change.source));
    query.bindValue(QStringLiteral(":acknowledged"), change.acknowledged ? 1 : 0);
    if (change.id > 0)
        query.bindValue(QStringLiteral(":id"), change.id);
    bool ok = query.exec();
    if (ok && change.id <= 0) {
        change.id = m_database.dialect().insertedId(query);
        ok = change.id > 0;
    }
    query.finish();
    return ok;
}

void ClientStore::prepareChangeInserts(QSqlQuery &insertNew, QSqlQuery &insertWithId) const
{
    const QString values = QStringLiteral(
        ":client_id, :changed_at, :from_satisfaction, :from_repurchase, :to_satisfaction, :to_repurchase,"
        " :from_segment, :from_extreme, :to_segment, :to_extreme, :source, :acknowledged)");
    insertNew.prepare(QStringLiteral("INSERT INTO segment_history (") + ChangeColumns + QStringLiteral(") VALUES (") + values
                      + m_database.dialect().returningId());
    insertWithId.prepare(QStringLiteral("INSERT INTO segment_history (id, ") + ChangeColumns + QStringLiteral(") VALUES (:id, ")
                         + values);
}

bool ClientStore::followExplicitIds(const QStringList &tables, const QString &action, QString *failure)
{
    QSqlDatabase db = m_database.connection();
    for (const QString &table : tables) {
        QString error;
        if (!m_database.dialect().followExplicitIds(db, table, &error)) {
            *failure = tr("Could not %1: %2. Nothing was changed.").arg(action, error);
            return false;
        }
    }
    return true;
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
        if (r.client.id > 0 && m_rowById.contains(r.client.id))
            return refuse(tr("Could not %1: a client with the same id already exists. Nothing was changed.").arg(action));
        for (Interaction &interaction : r.interactions) {
            interaction = normalized(interaction);
            if (!interaction.happenedAt.isValid())
                return refuse(tr("Could not %1: an interaction has no date. Nothing was changed.").arg(action));
        }
        std::sort(r.interactions.begin(), r.interactions.end(), Interaction::earlier);
        prepared->append(std::move(r));
    }
    return true;
}

bool ClientStore::sqlInsertRecords(QVector<ClientRecord> &records, const QString &action, QString *failure)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery insertNew(db);
    insertNew.prepare(QStringLiteral("INSERT INTO clients (") + ClientColumns + QStringLiteral(") VALUES (")
                      + ClientValues + QStringLiteral(")") + m_database.dialect().returningId());
    QSqlQuery insertWithId(db);
    insertWithId.prepare(QStringLiteral("INSERT INTO clients (id, ") + ClientColumns + QStringLiteral(") VALUES (:id, ")
                         + ClientValues + QStringLiteral(")"));
    QSqlQuery interactionNew(db);
    interactionNew.prepare(QStringLiteral("INSERT INTO interactions (") + InteractionColumns + QStringLiteral(") VALUES (")
                           + InteractionValues + QStringLiteral(")") + m_database.dialect().returningId());
    QSqlQuery interactionWithId(db);
    interactionWithId.prepare(QStringLiteral("INSERT INTO interactions (id, ") + InteractionColumns
                              + QStringLiteral(") VALUES (:id, ") + InteractionValues + QStringLiteral(")"));
    QSqlQuery changeNew(db);
    QSqlQuery changeWithId(db);
    prepareChangeInserts(changeNew, changeWithId);

    // Records brought back after a delete keep their ids: on a server, the ids it chooses next
    // must then move past them (SqlDialect::followExplicitIds).
    QStringList explicitIds;
    const auto keptIdsIn = [&explicitIds](const char *table) {
        if (!explicitIds.contains(QLatin1String(table)))
            explicitIds.append(QString::fromLatin1(table));
    };
    for (ClientRecord &r : records) {
        Client &c = r.client;
        if (c.id > 0)
            keptIdsIn("clients");
        QSqlQuery &query = c.id > 0 ? insertWithId : insertNew;
        // With an id, it is the first value.
        bindClient(query, c, c.id > 0 ? 1 : 0);
        if (c.id > 0)
            query.bindValue(0, c.id);
        bool ok = query.exec();
        if (ok && c.id <= 0) {
            c.id = m_database.dialect().insertedId(query);
            ok = c.id > 0;
        }
        query.finish();
        if (!ok) {
            *failure = m_database.describeFailure(query, action);
            return false;
        }
        for (Interaction &interaction : r.interactions) {
            interaction.clientId = c.id;
            const bool hadId = interaction.id > 0;
            if (hadId)
                keptIdsIn("interactions");
            if (!insertInteraction(interactionNew, interactionWithId, interaction)) {
                *failure = m_database.describeFailure(hadId ? interactionWithId : interactionNew, action);
                return false;
            }
        }
        for (SegmentChange &change : r.history) {
            change.clientId = c.id;
            const bool hadId = change.id > 0;
            if (hadId)
                keptIdsIn("segment_history");
            if (!insertChange(changeNew, changeWithId, change)) {
                *failure = m_database.describeFailure(hadId ? changeWithId : changeNew, action);
                return false;
            }
        }
    }
    return explicitIds.isEmpty() || !m_database.dialect().isServer() || followExplicitIds(explicitIds, action, failure);
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
    m_database.connection().rollback();
    return refuse(message);
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
    if (!sqlInsertRecords(prepared, action, &failure))
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
    return change;
}

bool ClientStore::prepareUpdate(const Client &client, const QString &action, Client *updated, bool keepUpdateTime)
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
    if (!keepUpdateTime || !updated->updatedAt.isValid())
        updated->updatedAt = now();
    return true;
}

bool ClientStore::sqlUpdateClient(const Client &updated, SegmentChange *change, const QString &action, QString *failure)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE clients SET ") + ClientAssignments + QStringLiteral(" WHERE id = :id"));
    bindClient(query, updated, 0);
    query.bindValue(QStringLiteral(":id"), updated.id);
    if (!query.exec()) {
        *failure = m_database.describeFailure(query, action);
        return false;
    }
    if (change) {
        QSqlQuery insertNew(db);
        QSqlQuery insertWithId(db);
        prepareChangeInserts(insertNew, insertWithId);
        if (!insertChange(insertNew, insertWithId, *change)) {
            *failure = m_database.describeFailure(change->id > 0 ? insertWithId : insertNew, action);
            return false;
        }
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
    if (!prepareUpdate(client, action, &updated))
        return false;
    const Client &before = m_clients.at(rowOf(client.id));
    const bool moved = updated.satisfaction != before.satisfaction || updated.repurchase != before.repurchase;
    SegmentChange change = changeBetween(before, updated, source);
    if (!beginTransaction(action))
        return false;
    QString failure;
    if (!sqlUpdateClient(updated, moved ? &change : nullptr, action, &failure))
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

bool ClientStore::sqlDeleteChanges(qint64 clientId, const QVector<qint64> &changes, const QString &action, QString *failure)
{
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM segment_history WHERE id = :id AND client_id = :client_id"));
    for (qint64 id : changes) {
        if (id <= 0)
            continue;
        remove.bindValue(QStringLiteral(":id"), id);
        remove.bindValue(QStringLiteral(":client_id"), clientId);
        if (!remove.exec()) {
            *failure = m_database.describeFailure(remove, action);
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

bool ClientStore::revertClient(const Client &client, const QVector<qint64> &changes)
{
    const QString action = tr("undo the change to %1").arg(client.displayName());
    if (!ensureWritable(action))
        return false;
    Client reverted;
    if (!prepareUpdate(client, action, &reverted, true) || !beginTransaction(action))
        return false;
    QString failure;
    if (!sqlUpdateClient(reverted, nullptr, action, &failure) || !sqlDeleteChanges(reverted.id, changes, action, &failure))
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
            QSqlQuery query(m_database.connection());
            query.prepare(QStringLiteral("UPDATE segment_history SET acknowledged = :value WHERE id = :id"));
            query.bindValue(QStringLiteral(":value"), acknowledged ? 1 : 0);
            query.bindValue(QStringLiteral(":id"), changeId);
            if (!query.exec())
                return failQuery(query, action);
            change.acknowledged = acknowledged;
            Q_EMIT historyChanged(it.key());
            return true;
        }
    }
    return refuse(tr("Could not %1: the change no longer exists.").arg(action));
}

bool ClientStore::sqlDeleteClients(const QVector<int> &rows, const QString &action, QString *failure)
{
    // Interactions and history go with their client through the foreign keys.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM clients WHERE id = :id"));
    for (int row : rows) {
        query.bindValue(QStringLiteral(":id"), m_clients.at(row).id);
        if (!query.exec()) {
            *failure = m_database.describeFailure(query, action);
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
    if (!sqlDeleteClients(rows, action, &failure))
        return abortTransaction(failure);
    QSqlDatabase db = m_database.connection();
    if (!commitOrRefuse(db, action))
        return false;
    memoryRemove(rows);
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
    QVector<SegmentChange> changes;
    QVector<bool> moved;
    for (const Client &client : updates) {
        Client u;
        if (!prepareUpdate(client, action, &u))
            return false;
        const Client &before = m_clients.at(rowOf(u.id));
        moved.append(u.satisfaction != before.satisfaction || u.repurchase != before.repurchase);
        changes.append(changeBetween(before, u, ChangeSource::Import));
        updated.append(u);
    }
    if (!beginTransaction(action))
        return false;
    QString failure;
    if (!sqlInsertRecords(prepared, action, &failure))
        return abortTransaction(failure);
    for (int i = 0; i < updated.size(); ++i) {
        if (!sqlUpdateClient(updated.at(i), moved.at(i) ? &changes[i] : nullptr, action, &failure))
            return abortTransaction(failure);
    }
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
    for (const Client &client : previous) {
        Client r;
        if (!prepareUpdate(client, action, &r, true))
            return false;
        reverted.append(r);
    }
    if (!beginTransaction(action))
        return false;
    QString failure;
    if (!sqlDeleteClients(rows, action, &failure))
        return abortTransaction(failure);
    for (const Client &client : std::as_const(reverted)) {
        if (!sqlUpdateClient(client, nullptr, action, &failure) || !sqlDeleteChanges(client.id, recordedChanges, action, &failure))
            return abortTransaction(failure);
    }
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

bool ClientStore::readInteractions(QSqlQuery &query, const std::function<bool(const Interaction &)> &visit) const
{
    // Columns: id, then InteractionColumns.
    Interaction interaction;
    while (query.next()) {
        interaction.id = query.value(0).toLongLong();
        interaction.clientId = query.value(1).toLongLong();
        interaction.happenedAt = fromMSecs(query.value(2));
        if (!InteractionText::kindFromKey(query.value(3).toString(), &interaction.kind)
            || !InteractionText::directionFromKey(query.value(4).toString(), &interaction.direction)
            || !InteractionText::outcomeFromKey(query.value(5).toString(), &interaction.outcome)) {
            m_errorString = tr("The database holds an interaction Rapport cannot read (number %1).").arg(interaction.id);
            return false;
        }
        interaction.note = query.value(6).toString();
        if (!visit(interaction))
            return true;
    }
    if (query.lastError().isValid()) {
        m_errorString = m_database.describeFailure(query, tr("read the interactions"));
        return false;
    }
    return true;
}

QVector<Interaction> ClientStore::interactions(qint64 clientId) const
{
    QVector<Interaction> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, ") + InteractionColumns
                  + QStringLiteral(" FROM interactions WHERE client_id = :client_id ORDER BY happened_at, id"));
    query.bindValue(QStringLiteral(":client_id"), clientId);
    if (!query.exec()) {
        m_errorString = m_database.describeFailure(query, tr("read the interactions"));
        return result;
    }
    readInteractions(query, [&result](const Interaction &interaction) {
        result.append(interaction);
        return true;
    });
    return result;
}

bool ClientStore::forEachInteraction(const std::function<bool(const Interaction &)> &visit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, ") + InteractionColumns
                    + QStringLiteral(" FROM interactions ORDER BY client_id, happened_at, id"))) {
        m_errorString = m_database.describeFailure(query, tr("read the interactions"));
        return false;
    }
    return readInteractions(query, visit);
}

qint64 ClientStore::interactionCount() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM interactions")) || !query.next()) {
        m_errorString = m_database.describeFailure(query, tr("count the interactions"));
        return -1;
    }
    return query.value(0).toLongLong();
}

std::optional<Interaction> ClientStore::interaction(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, ") + InteractionColumns + QStringLiteral(" FROM interactions WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    std::optional<Interaction> found;
    if (!query.exec()) {
        m_errorString = m_database.describeFailure(query, tr("read the interactions"));
        return found;
    }
    readInteractions(query, [&found](const Interaction &interaction) {
        found = interaction;
        return false;
    });
    return found;
}

void ClientStore::summarizeContacts(const QVector<qint64> &clientIds)
{
    // After a commit: the database is the truth, the summary is read back from it.
    for (qint64 clientId : clientIds) {
        const QVector<Interaction> list = interactions(clientId);
        if (list.isEmpty())
            m_contacts.remove(clientId);
        else
            m_contacts.insert(clientId, ContactSummary::of(list));
        Q_EMIT interactionsChanged(clientId);
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
    }
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return refuse(tr("Could not %1: %2").arg(action, db.lastError().text()));
    QSqlQuery insertNew(db);
    insertNew.prepare(QStringLiteral("INSERT INTO interactions (") + InteractionColumns + QStringLiteral(") VALUES (")
                      + InteractionValues + QStringLiteral(")") + m_database.dialect().returningId());
    QSqlQuery insertWithId(db);
    insertWithId.prepare(QStringLiteral("INSERT INTO interactions (id, ") + InteractionColumns
                         + QStringLiteral(") VALUES (:id, ") + InteractionValues + QStringLiteral(")"));
    bool explicitIds = false;
    for (Interaction &interaction : prepared) {
        const bool hadId = interaction.id > 0;
        explicitIds = explicitIds || hadId;
        if (!insertInteraction(insertNew, insertWithId, interaction)) {
            const QString message = m_database.describeFailure(hadId ? insertWithId : insertNew, action);
            db.rollback();
            return refuse(message);
        }
    }
    QString failure;
    if (explicitIds && m_database.dialect().isServer()
        && !followExplicitIds({QStringLiteral("interactions")}, action, &failure)) {
        db.rollback();
        return refuse(failure);
    }
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

bool ClientStore::updateInteraction(const Interaction &interaction)
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
    updated.clientId = stored->clientId;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE interactions SET client_id = :client_id, happened_at = :happened_at, kind = :kind,"
                                 " direction = :direction, outcome = :outcome, note = :note WHERE id = :id"));
    bindInteraction(query, updated);
    query.bindValue(QStringLiteral(":id"), updated.id);
    if (!query.exec())
        return failQuery(query, action);
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
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return refuse(tr("Could not %1: %2").arg(action, db.lastError().text()));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM interactions WHERE id = :id"));
    for (qint64 id : ids) {
        query.bindValue(QStringLiteral(":id"), id);
        if (!query.exec()) {
            const QString message = m_database.describeFailure(query, action);
            db.rollback();
            return refuse(message);
        }
    }
    if (!commitOrRefuse(db, action))
        return false;
    summarizeContacts(touched);
    return true;
}

QVector<Interaction> ClientStore::searchNotes(const QString &text, int limit) const
{
    QVector<Interaction> found;
    const QStringList words = noteSearchWords(text);
    if (words.isEmpty() || limit <= 0)
        return found;
    // The database narrows by the words LOWER() and LIKE treat alike everywhere (ASCII ones);
    // every word is then checked here, ignoring case the way Qt does for any script.
    QString sql = QStringLiteral("SELECT id, ") + InteractionColumns + QStringLiteral(" FROM interactions WHERE note <> ''");
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
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (int i = 0; i < patterns.size(); ++i)
        query.bindValue(QStringLiteral(":w%1").arg(i), patterns.at(i));
    if (!query.exec()) {
        m_errorString = m_database.describeFailure(query, tr("search the notes"));
        return found;
    }
    readInteractions(query, [&](const Interaction &interaction) {
        const bool matches = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
            return interaction.note.contains(word, Qt::CaseInsensitive);
        });
        if (matches)
            found.append(interaction);
        return found.size() < limit;
    });
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
    return readSetting(m_database, key, defaultValue);
}

QString ClientStore::readSetting(const Database &database, const QString &key, const QString &defaultValue)
{
    if (!database.isOpen())
        return defaultValue;
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return defaultValue;
}

bool ClientStore::sqlWriteSetting(const QString &key, const QString &value, const QString &action, QString *failure)
{
    // Delete and insert rather than an upsert: the same SQL works on SQLite and PostgreSQL.
    QSqlDatabase db = m_database.connection();
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM settings WHERE key = :key"));
    remove.bindValue(QStringLiteral(":key"), key);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"));
    insert.bindValue(QStringLiteral(":key"), key);
    insert.bindValue(QStringLiteral(":value"), value);
    if (remove.exec() && insert.exec())
        return true;
    *failure = m_database.describeFailure(remove.lastError().isValid() ? remove : insert, action);
    return false;
}

bool ClientStore::setSetting(const QString &key, const QString &value)
{
    const QString action = tr("save the setting");
    if (!ensureWritable(action) || !beginTransaction(action))
        return false;
    QString failure;
    if (!sqlWriteSetting(key, value, action, &failure))
        return abortTransaction(failure);
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
