#include "isodate.h"

#include <QRegularExpression>

namespace Rapport {

QDate parseIsoDate(const QString &text)
{
    // [0-9] and \z: no other digits, and no line feed after the day ('$' would allow one).
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})\\z"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

} // namespace Rapport
