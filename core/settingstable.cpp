#include "settingstable.h"

#include "database.h"

#include <QVariant>
#include <QVector>

namespace Rapport {

namespace {

QString intervalKey(Segment segment, const QString &bound)
{
    return QStringLiteral("contact/") + segmentKey(segment) + QLatin1Char('/') + bound;
}

const QString UnansweredKey = QStringLiteral("contact/unansweredThreshold");

} // namespace

SettingsTable::SettingsTable(const Database &database)
    : SqlTable(database, QStringLiteral("settings"))
{
}

QString SettingsTable::value(const QString &key, const QString &defaultValue)
{
    if (!database().isOpen())
        return defaultValue;
    QSqlQuery &query = prepared(m_read, QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    QString found = defaultValue;
    if (query.exec() && query.next())
        found = query.value(0).toString();
    query.finish();
    return found;
}

bool SettingsTable::write(const QString &key, const QString &value)
{
    // Delete and insert rather than an upsert: the same SQL works on SQLite and PostgreSQL.
    QSqlQuery &remove = prepared(m_remove, QStringLiteral("DELETE FROM settings WHERE key = :key"));
    remove.bindValue(QStringLiteral(":key"), key);
    QSqlQuery &insert = prepared(m_insert, QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"));
    insert.bindValue(QStringLiteral(":key"), key);
    insert.bindValue(QStringLiteral(":value"), value);
    return run(remove) && run(insert);
}

bool SettingsTable::readRules(SegmentationRules *rules)
{
    QSqlQuery query(database().connection());
    if (!query.exec(QStringLiteral("SELECT satisfaction_boundary, repurchase_boundary, apostle_minimum, terrorist_maximum"
                                   " FROM segmentation_rules WHERE id = 1")))
        return fail(query);
    if (query.next()) {
        const SegmentationRules stored(query.value(0).toDouble(), query.value(1).toDouble(), query.value(2).toDouble(),
                                       query.value(3).toDouble());
        if (stored.isValid())
            *rules = stored;
    }
    return true;
}

bool SettingsTable::writeRules(const SegmentationRules &rules)
{
    QSqlQuery query(database().connection());
    query.prepare(QStringLiteral(
        "UPDATE segmentation_rules SET satisfaction_boundary = :sat, repurchase_boundary = :rep,"
        " apostle_minimum = :apostle, terrorist_maximum = :terrorist WHERE id = 1"));
    query.bindValue(QStringLiteral(":sat"), rules.satisfactionBoundary());
    query.bindValue(QStringLiteral(":rep"), rules.repurchaseBoundary());
    query.bindValue(QStringLiteral(":apostle"), rules.apostleMinimum());
    query.bindValue(QStringLiteral(":terrorist"), rules.terroristMaximum());
    return run(query);
}

LapseRules SettingsTable::readLapseRules()
{
    LapseRules lapse;
    for (int s = 0; s < SegmentCount; ++s) {
        ContactInterval interval = lapse.interval(Segment(s));
        interval.idealDays = value(intervalKey(Segment(s), QStringLiteral("ideal")), QString::number(interval.idealDays)).toInt();
        interval.maximumDays = value(intervalKey(Segment(s), QStringLiteral("maximum")), QString::number(interval.maximumDays)).toInt();
        lapse.setInterval(Segment(s), interval);
    }
    lapse.setUnansweredThreshold(value(UnansweredKey, QString::number(lapse.unansweredThreshold())).toInt());
    return lapse.validationError().isEmpty() ? lapse : LapseRules();
}

bool SettingsTable::writeLapseRules(const LapseRules &rules)
{
    for (int s = 0; s < SegmentCount; ++s) {
        const ContactInterval interval = rules.interval(Segment(s));
        if (!write(intervalKey(Segment(s), QStringLiteral("ideal")), QString::number(interval.idealDays))
            || !write(intervalKey(Segment(s), QStringLiteral("maximum")), QString::number(interval.maximumDays)))
            return false;
    }
    return write(UnansweredKey, QString::number(rules.unansweredThreshold()));
}

} // namespace Rapport
