#include "clientdataexport.h"

#include "clientstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Rapport {

namespace {

// A value never set is null in the file, so that nobody reads a 0 or an empty key as an answer.
QJsonValue key(const QString &key)
{
    return key.isEmpty() ? QJsonValue() : QJsonValue(key);
}

QJsonValue time(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue date(QDate day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue positive(int value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue();
}

QJsonObject clientJson(const ClientStore &store, const Client &client)
{
    QJsonObject dimensions;
    for (int d = 0; d < DimensionCount; ++d)
        dimensions.insert(Frameworks::dimensionKey(Dimension(d)), positive(client.dimensions[d]));
    const SegmentationRules &rules = store.rules();
    QJsonObject object = ClientDataExport::contactJson(client);
    object.insert(QLatin1String("id"), client.id);
    object.insert(QLatin1String("name"), client.name);
    object.insert(QLatin1String("company"), client.company);
    object.insert(QLatin1String("tags"), QJsonArray::fromStringList(client.tags));
    object.insert(QLatin1String("notes"), client.notes);
    object.insert(QLatin1String("satisfaction"), client.satisfaction);
    object.insert(QLatin1String("repurchase"), client.repurchase);
    object.insert(QLatin1String("segment"), segmentKey(rules.segment(client.satisfaction, client.repurchase)));
    object.insert(QLatin1String("extreme"), key(extremeKey(rules.extreme(client.satisfaction, client.repurchase))));
    object.insert(QLatin1String("createdAt"), time(client.createdAt));
    object.insert(QLatin1String("updatedAt"), time(client.updatedAt));
    object.insert(QLatin1String("archived"), client.archived);
    object.insert(QLatin1String("idealIntervalDays"), positive(client.idealIntervalDays));
    object.insert(QLatin1String("maximumIntervalDays"), positive(client.maximumIntervalDays));
    object.insert(QLatin1String("ladderRung"), key(Frameworks::rungKey(client.rung)));
    object.insert(QLatin1String("stage"), key(Frameworks::stageKey(client.stage)));
    object.insert(QLatin1String("dimensions"), dimensions);
    object.insert(QLatin1String("nps"), client.nps >= 0 ? QJsonValue(client.nps) : QJsonValue());
    object.insert(QLatin1String("npsDate"), date(client.npsDate));
    object.insert(QLatin1String("degree"), positive(client.degree));
    object.insert(QLatin1String("hostageReason"), key(Frameworks::hostageReasonKey(client.hostageReason)));
    object.insert(QLatin1String("hostageReasonEnds"), date(client.hostageReasonEnds));
    object.insert(QLatin1String("purchasesPerYear"), positive(client.purchasesPerYear));
    return object;
}

QJsonObject interactionJson(const Interaction &interaction)
{
    return {
        {QLatin1String("happenedAt"), time(interaction.happenedAt)},
        {QLatin1String("kind"), InteractionText::kindKey(interaction.kind)},
        {QLatin1String("direction"), InteractionText::directionKey(interaction.direction)},
        {QLatin1String("outcome"), InteractionText::outcomeKey(interaction.outcome)},
        {QLatin1String("note"), interaction.note},
        {QLatin1String("messageId"), key(interaction.messageId)},
    };
}

QJsonObject changeJson(const SegmentChange &change)
{
    return {
        {QLatin1String("changedAt"), time(change.changedAt)},
        {QLatin1String("fromSatisfaction"), change.fromSatisfaction},
        {QLatin1String("fromRepurchase"), change.fromRepurchase},
        {QLatin1String("toSatisfaction"), change.toSatisfaction},
        {QLatin1String("toRepurchase"), change.toRepurchase},
        {QLatin1String("fromSegment"), segmentKey(change.fromSegment)},
        {QLatin1String("fromExtreme"), key(extremeKey(change.fromExtreme))},
        {QLatin1String("toSegment"), segmentKey(change.toSegment)},
        {QLatin1String("toExtreme"), key(extremeKey(change.toExtreme))},
        {QLatin1String("source"), SegmentChange::sourceKey(change.source)},
        {QLatin1String("acknowledged"), change.acknowledged},
    };
}

} // namespace

QJsonObject ClientDataExport::contactJson(const Client &client)
{
    // In order, the preferred first.
    const auto list = [](const QList<ContactPoint> &points) {
        QJsonArray entries;
        for (const ContactPoint &point : points)
            entries.append(QJsonObject{{QLatin1String("value"), point.value}, {QLatin1String("label"), ContactPoint::labelKey(point.label)}});
        return entries;
    };
    return {{QLatin1String("emails"), list(client.emails)}, {QLatin1String("phones"), list(client.phones)}};
}

bool ClientDataExport::toJson(const ClientStore &store, qint64 id, const QDateTime &exportedAt, QByteArray *json, QString *error)
{
    if (!store.client(id)) {
        *error = tr("Could not export the client: it no longer exists.");
        return false;
    }
    bool read = false;
    const QVector<ClientRecord> records = store.records({id}, &read);
    if (!read || records.size() != 1) {
        *error = tr("Could not export %1: %2").arg(store.client(id)->displayName(), store.errorString());
        return false;
    }
    const ClientRecord &record = records.constFirst();
    QJsonArray interactions;
    for (const Interaction &interaction : record.interactions)
        interactions.append(interactionJson(interaction));
    QJsonArray history;
    for (const SegmentChange &change : record.history)
        history.append(changeJson(change));
    const QJsonObject file{
        {QLatin1String("format"), formatName()},
        {QLatin1String("version"), Version},
        {QLatin1String("exportedAt"), time(exportedAt)},
        {QLatin1String("client"), clientJson(store, record.client)},
        {QLatin1String("interactions"), interactions},
        {QLatin1String("history"), history},
    };
    *json = QJsonDocument(file).toJson(QJsonDocument::Indented);
    return true;
}

} // namespace Rapport
