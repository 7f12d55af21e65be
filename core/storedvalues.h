#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace Rapport::StoredValues {

/** @p value as a text column holds it: QtSql binds a null QString as NULL, the columns hold '' for "nothing". */
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

/** A time column's milliseconds since 1970, as a UTC time. */
inline QDateTime fromMSecs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace Rapport::StoredValues
