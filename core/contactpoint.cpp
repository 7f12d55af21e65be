#include "contactpoint.h"

#include <QStringList>

#include <algorithm>

namespace Rapport {

namespace {
struct LabelName
{
    ContactPoint::Label label;
    const char *key;
};
constexpr LabelName Labels[] = {
    {ContactPoint::Label::Work, "work"},
    {ContactPoint::Label::Home, "home"},
    {ContactPoint::Label::Mobile, "mobile"},
    {ContactPoint::Label::Other, "other"},
};
} // namespace

QString ContactPoint::labelKey(Label label)
{
    for (const LabelName &name : Labels) {
        if (name.label == label)
            return QString::fromLatin1(name.key);
    }
    return QStringLiteral("work");
}

bool ContactPoint::labelFromKey(const QString &key, Label *label)
{
    for (const LabelName &name : Labels) {
        if (key.compare(QLatin1String(name.key), Qt::CaseInsensitive) == 0) {
            *label = name.label;
            return true;
        }
    }
    return false;
}

ContactPoint::Label ContactPoint::labelFromText(const QString &text, Label fallback)
{
    const QString words = text.toLower();
    const auto mentions = [&words](std::initializer_list<const char *> keys) {
        return std::any_of(keys.begin(), keys.end(), [&words](const char *key) { return words.contains(QLatin1String(key)); });
    };
    if (mentions({"fax", "pager"}))
        return Label::Other;
    if (mentions({"mobile", "cell", "iphone"}))
        return Label::Mobile;
    if (mentions({"home", "personal", "private"}))
        return Label::Home;
    if (mentions({"work", "business", "office", "company"}))
        return Label::Work;
    if (mentions({"other"}))
        return Label::Other;
    return fallback;
}

QString ContactPoint::labelText(Label label)
{
    switch (label) {
    case Label::Work: return tr("Work");
    case Label::Home: return tr("Home");
    case Label::Mobile: return tr("Mobile");
    case Label::Other: return tr("Other");
    }
    return {};
}

QString ContactPoint::toStored(const QList<ContactPoint> &points)
{
    QStringList lines;
    lines.reserve(points.size());
    for (const ContactPoint &point : points)
        lines.append(labelKey(point.label) + QLatin1Char(':') + point.value);
    return lines.join(QLatin1Char('\n'));
}

QList<ContactPoint> ContactPoint::fromStored(const QString &text)
{
    QList<ContactPoint> points;
    if (text.isEmpty())
        return points;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    points.reserve(lines.size());
    for (const QString &line : lines) {
        ContactPoint point;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0 && labelFromKey(line.left(colon), &point.label))
            point.value = line.mid(colon + 1);
        else
            point.value = line;
        points.append(point);
    }
    return points;
}

QList<ContactPoint> ContactPoint::normalized(QList<ContactPoint> points, bool caseInsensitive)
{
    QList<ContactPoint> result;
    result.reserve(points.size());
    const Qt::CaseSensitivity sensitivity = caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
    for (ContactPoint &point : points) {
        // A line break would split the stored list: values are single lines.
        point.value = point.value.simplified();
        if (point.value.isEmpty())
            continue;
        const bool seen = std::any_of(result.cbegin(), result.cend(), [&](const ContactPoint &kept) {
            return kept.value.compare(point.value, sensitivity) == 0;
        });
        if (!seen)
            result.append(std::move(point));
    }
    return result;
}

} // namespace Rapport
