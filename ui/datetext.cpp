#include "datetext.h"

#include <QLocale>
#include <QRegularExpression>

namespace Rapport {

QString DateText::dateTimeFormat()
{
    // Looked up once per locale: the timeline and the note search format many rows.
    static QString localeName;
    static QString format;
    const QLocale locale;
    if (format.isEmpty() || locale.name() != localeName) {
        static const QRegularExpression seconds(QStringLiteral("[:.]ss?(?![a-zA-Z])"));
        localeName = locale.name();
        format = locale.dateTimeFormat(QLocale::ShortFormat).remove(seconds);
    }
    return format;
}

QString DateText::shortDateTime(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), dateTimeFormat());
}

QString DateText::daysAgo(int days)
{
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("yesterday");
    return tr("%n day(s) ago", nullptr, days);
}

} // namespace Rapport
