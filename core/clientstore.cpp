#include "clientstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Rapport {

namespace {

const QString ClientColumns = QStringLiteral(
    "name, company, email, phone, tags, notes, satisfaction, repurchase, created_at, updated_at, archived");

// QtSql binds a null QString as NULL; the text columns hold '' for "nothing".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

void bindClient(QSqlQuery &query, const Client &client)
{
    query.bindValue(QStringLiteral(":name"), text(client.name));
    query.bindValue(QStringLiteral(":company"), text(client.company));
    query.bindValue(QStringLiteral(":email"), text(client.email));
    query.bindValue(QStringLiteral(":phone"), text(client.phone));
    query.bindValue(QStringLiteral(":tags"), text(client.tagsText()));
    query.bindValue(QStringLiteral(":notes"), text(client.notes));
    query.bindValue(QStringLiteral(":satisfaction"), client.satisfaction);
    query.bindValue(QStringLiteral(":repurchase"), client.repurchase);
    query.bindValue(QStringLiteral(":created_at"), client.createdAt.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":updated_at"), client.updatedAt.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":archived"), client.archived ? 1 : 0);
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

} // namespace

ClientStore::ClientStore(QObject *parent)
    : QObject(parent)
{
}

ClientStore::~ClientStore() = default;

QDateTime ClientStore::now()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

bool ClientStore::open(const QString &path)
{
    Q_EMIT aboutToReset();
    m_clients.clear();
    m_rowById.clear();
    m_rules = SegmentationRules();
    bool opened = m_database.open(path);
    if (opened) {
        opened = load(&m_clients, &m_rules);
        if (!opened) {
            m_clients.clear();
            m_database.close();
        }
    } else {
        m_errorString = m_database.errorString();
    }
    rebuildIndex(0);
    Q_EMIT resetDone();
    Q_EMIT rulesChanged(m_rules);
    return opened;
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
    return m_database.openError();
}

bool ClientStore::load(QVector<Client> *clients, SegmentationRules *rules)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const auto failRead = [this](const QSqlQuery &failed, const QString &action) {
        m_errorString = m_database.describeFailure(failed, action);
        return false;
    };
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
        client.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(9).toLongLong(), Qt::UTC);
        client.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(10).toLongLong(), Qt::UTC);
        client.archived = query.value(11).toInt() != 0;
        clients->append(std::move(client));
    }
    if (query.lastError().isValid())
        return failRead(query, tr("read the clients"));

    QSqlQuery rulesQuery(m_database.connection());
    if (!rulesQuery.exec(QStringLiteral(
            "SELECT satisfaction_boundary, repurchase_boundary, apostle_minimum, terrorist_maximum"
            " FROM segmentation_rules WHERE id = 1")))
        return failRead(rulesQuery, tr("read the segmentation rules"));
    if (rulesQuery.next()) {
        const SegmentationRules stored(rulesQuery.value(0).toDouble(), rulesQuery.value(1).toDouble(),
                                       rulesQuery.value(2).toDouble(), rulesQuery.value(3).toDouble());
        if (stored.isValid())
            *rules = stored;
    }
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
    if (!m_database.isOpen())
        return refuse(tr("Could not %1: no database is open.").arg(action));
    if (m_database.isReadOnly())
        return refuse(tr("Could not %1: %2 is read-only. Nothing was changed.").arg(action, m_database.path()));
    return true;
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

qint64 ClientStore::addClient(const Client &client)
{
    QVector<qint64> ids;
    if (!addClients({client}, &ids))
        return 0;
    return ids.constFirst();
}

bool ClientStore::addClients(const QVector<Client> &clients, QVector<qint64> *ids)
{
    const QString action = clients.size() == 1 ? tr("add the client") : tr("add %n clients", nullptr, int(clients.size()));
    if (clients.isEmpty())
        return true;
    if (!ensureWritable(action))
        return false;

    QVector<Client> prepared;
    prepared.reserve(clients.size());
    const QDateTime stamp = now();
    for (const Client &client : clients) {
        Client c = normalized(client);
        const QString invalid = validationError(c);
        if (!invalid.isEmpty())
            return refuse(invalid);
        if (!c.createdAt.isValid())
            c.createdAt = stamp;
        if (!c.updatedAt.isValid())
            c.updatedAt = stamp;
        if (c.id > 0 && m_rowById.contains(c.id))
            return refuse(tr("Could not %1: a client with the same id already exists. Nothing was changed.").arg(action));
        prepared.append(std::move(c));
    }

    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return refuse(tr("Could not %1: %2").arg(action, db.lastError().text()));
    QSqlQuery insertNew(db);
    insertNew.prepare(QStringLiteral("INSERT INTO clients (") + ClientColumns + QStringLiteral(
        ") VALUES (:name, :company, :email, :phone, :tags, :notes, :satisfaction, :repurchase,"
        " :created_at, :updated_at, :archived) RETURNING id"));
    QSqlQuery insertWithId(db);
    insertWithId.prepare(QStringLiteral("INSERT INTO clients (id, ") + ClientColumns + QStringLiteral(
        ") VALUES (:id, :name, :company, :email, :phone, :tags, :notes, :satisfaction, :repurchase,"
        " :created_at, :updated_at, :archived)"));
    for (Client &c : prepared) {
        QSqlQuery &query = c.id > 0 ? insertWithId : insertNew;
        bindClient(query, c);
        if (c.id > 0)
            query.bindValue(QStringLiteral(":id"), c.id);
        bool ok = query.exec();
        if (ok && c.id <= 0) {
            ok = query.next();
            if (ok)
                c.id = query.value(0).toLongLong();
        }
        query.finish();
        if (!ok) {
            const QString message = m_database.describeFailure(query, action);
            db.rollback();
            return refuse(message);
        }
    }
    if (!db.commit()) {
        const QString message = tr("Could not %1: %2. Nothing was changed.").arg(action, db.lastError().text());
        db.rollback();
        return refuse(message);
    }

    const int first = count();
    const int last = first + int(prepared.size()) - 1;
    Q_EMIT clientsAboutToBeAdded(first, last);
    if (ids) {
        ids->clear();
        for (const Client &c : std::as_const(prepared))
            ids->append(c.id);
    }
    m_clients.append(prepared);
    rebuildIndex(first);
    Q_EMIT clientsAdded(first, last);
    return true;
}

bool ClientStore::updateClient(const Client &client)
{
    const QString action = tr("save %1").arg(client.displayName());
    if (!ensureWritable(action))
        return false;
    const int row = rowOf(client.id);
    if (row < 0)
        return refuse(tr("Could not %1: the client no longer exists.").arg(action));
    Client updated = normalized(client);
    const QString invalid = validationError(updated);
    if (!invalid.isEmpty())
        return refuse(invalid);
    updated.createdAt = m_clients.at(row).createdAt;
    updated.updatedAt = now();

    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE clients SET name = :name, company = :company, email = :email, phone = :phone, tags = :tags,"
        " notes = :notes, satisfaction = :satisfaction, repurchase = :repurchase, created_at = :created_at,"
        " updated_at = :updated_at, archived = :archived WHERE id = :id"));
    bindClient(query, updated);
    query.bindValue(QStringLiteral(":id"), updated.id);
    if (!query.exec())
        return failQuery(query, action);

    const Client before = m_clients.at(row);
    m_clients[row] = updated;
    Q_EMIT clientChanged(row, before);
    return true;
}

bool ClientStore::moveClient(qint64 id, double satisfaction, double repurchase)
{
    const int row = rowOf(id);
    if (row < 0)
        return refuse(tr("Could not move the client: it no longer exists."));
    Client moved = m_clients.at(row);
    moved.satisfaction = satisfaction;
    moved.repurchase = repurchase;
    return updateClient(moved);
}

bool ClientStore::removeClients(const QVector<qint64> &ids)
{
    const QString action = ids.size() == 1 ? tr("delete the client") : tr("delete %n clients", nullptr, int(ids.size()));
    if (ids.isEmpty())
        return true;
    if (!ensureWritable(action))
        return false;
    QVector<int> rows;
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            return refuse(tr("Could not %1: a client no longer exists.").arg(action));
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());

    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return refuse(tr("Could not %1: %2").arg(action, db.lastError().text()));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM clients WHERE id = :id"));
    for (int row : std::as_const(rows)) {
        query.bindValue(QStringLiteral(":id"), m_clients.at(row).id);
        if (!query.exec()) {
            const QString message = m_database.describeFailure(query, action);
            db.rollback();
            return refuse(message);
        }
    }
    if (!db.commit()) {
        const QString message = tr("Could not %1: %2. Nothing was changed.").arg(action, db.lastError().text());
        db.rollback();
        return refuse(message);
    }

    // Remove contiguous runs from the bottom up so the rows above stay valid.
    int end = int(rows.size()) - 1;
    while (end >= 0) {
        int begin = end;
        while (begin > 0 && rows.at(begin - 1) == rows.at(begin) - 1)
            --begin;
        const int first = rows.at(begin);
        const int last = rows.at(end);
        Q_EMIT clientsAboutToBeRemoved(first, last);
        for (int row = first; row <= last; ++row)
            m_rowById.remove(m_clients.at(row).id);
        m_clients.remove(first, last - first + 1);
        rebuildIndex(first);
        Q_EMIT clientsRemoved(first, last);
        end = begin - 1;
    }
    return true;
}

QString ClientStore::setting(const QString &key, const QString &defaultValue) const
{
    if (!m_database.isOpen())
        return defaultValue;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return defaultValue;
}

bool ClientStore::setSetting(const QString &key, const QString &value)
{
    const QString action = tr("save the setting");
    if (!ensureWritable(action))
        return false;
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return refuse(tr("Could not %1: %2").arg(action, db.lastError().text()));
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM settings WHERE key = :key"));
    remove.bindValue(QStringLiteral(":key"), key);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"));
    insert.bindValue(QStringLiteral(":key"), key);
    insert.bindValue(QStringLiteral(":value"), value);
    if (!remove.exec() || !insert.exec()) {
        const QString message = m_database.describeFailure(remove.lastError().isValid() ? remove : insert, action);
        db.rollback();
        return refuse(message);
    }
    if (!db.commit()) {
        db.rollback();
        return refuse(tr("Could not %1: %2").arg(action, db.lastError().text()));
    }
    return true;
}

} // namespace Rapport
