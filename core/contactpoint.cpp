#include "contactpoint.h"

#include <QStringList>
#include <QVarLengthArray>

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

bool ContactPoint::labelFromKey(QStringView key, Label *label)
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
    const ContactPoints points = ContactPoints::fromStored(text);
    return QList<ContactPoint>(points.begin(), points.end());
}

ContactPoint ContactPoint::fromStoredLine(QStringView line)
{
    ContactPoint point;
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon > 0 && labelFromKey(line.left(colon), &point.label))
        point.value = line.mid(colon + 1).toString();
    else
        point.value = line.toString();
    return point;
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

ContactPoints::const_iterator::const_iterator(const QString &text)
    : m_text(text)
    , m_start(0)
{
    findLine();
}

void ContactPoints::const_iterator::findLine()
{
    // Empty lines hold no point: skip them, as the list fromStored() makes does.
    while (m_start < m_text.size() && m_text.at(m_start) == QLatin1Char('\n'))
        ++m_start;
    if (m_start >= m_text.size()) {
        m_start = -1;
        return;
    }
    const qsizetype lineEnd = m_text.indexOf(QLatin1Char('\n'), m_start);
    m_end = lineEnd < 0 ? m_text.size() : lineEnd;
}

ContactPoints::const_iterator &ContactPoints::const_iterator::operator++()
{
    m_start = m_end;
    findLine();
    return *this;
}

namespace {

bool isAscii(QChar c)
{
    return c.unicode() < 0x80;
}

/**
 * @p bytes (UTF-8) as UTF-16: in @p buffer, without a block of its own, when they are ASCII
 * (as almost every address and number is), else in @p wide.
 */
QStringView decoded(const QByteArray &bytes, QVarLengthArray<char16_t, 256> *buffer, QString *wide)
{
    if (std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) < 0x80; })) {
        buffer->resize(bytes.size());
        std::copy(bytes.cbegin(), bytes.cend(), buffer->begin());
        return QStringView(buffer->constData(), buffer->size());
    }
    *wide = QString::fromUtf8(bytes);
    return *wide;
}

} // namespace

QByteArray ContactPoints::held(const QString &text)
{
    // ASCII is its own UTF-8, and toLatin1() makes a block of its size at once.
    if (std::all_of(text.cbegin(), text.cend(), isAscii))
        return text.toLatin1();
    QByteArray bytes = text.toUtf8();
    bytes.squeeze();
    return bytes;
}

ContactPoints ContactPoints::fromStored(const QString &text)
{
    ContactPoints points;
    points.m_text = held(text);
    return points;
}

ContactPoint ContactPoints::at(qsizetype index) const
{
    Q_ASSERT(index >= 0 && index < size());
    return value(index);
}

ContactPoint ContactPoints::value(qsizetype index) const
{
    for (const_iterator it = begin(); it != end(); ++it, --index) {
        if (index == 0)
            return *it;
    }
    return {};
}

ContactPoints ContactPoints::normalized(bool caseInsensitive) const
{
    // In the stored form each line is "key:value", the key as labelKey() writes it and the value
    // simplified, not empty and not repeated: what toStored(normalized()) would give back.
    const Qt::CaseSensitivity sensitivity = caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
    QVarLengthArray<QStringView, 8> values;
    bool normal = true;
    QVarLengthArray<char16_t, 256> buffer;
    QString wide;
    for (QStringView line : decoded(m_text, &buffer, &wide).split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        ContactPoint::Label label;
        if (colon <= 0 || !ContactPoint::labelFromKey(line.left(colon), &label)
            || line.left(colon) != ContactPoint::labelKey(label)) {
            normal = false;
            break;
        }
        const QStringView value = line.mid(colon + 1);
        const bool simplified = !value.isEmpty() && !value.front().isSpace() && !value.back().isSpace()
            && std::adjacent_find(value.begin(), value.end(), [](QChar a, QChar b) {
                   return (a.isSpace() && (a != QLatin1Char(' ') || b.isSpace())) || (b.isSpace() && b != QLatin1Char(' '));
               }) == value.end();
        if (!simplified || std::any_of(values.cbegin(), values.cend(), [&](QStringView seen) { return seen.compare(value, sensitivity) == 0; })) {
            normal = false;
            break;
        }
        values.append(value);
    }
    if (normal || m_text.isEmpty())
        return *this;
    return ContactPoints(ContactPoint::normalized(toList(), caseInsensitive));
}

bool ContactPoints::containsValue(QStringView value, Qt::CaseSensitivity sensitivity) const
{
    QVarLengthArray<char16_t, 256> buffer;
    QString wide;
    // Empty lines hold no point (as the iterator skips them).
    for (QStringView line : decoded(m_text, &buffer, &wide).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        ContactPoint::Label label;
        if (colon > 0 && ContactPoint::labelFromKey(line.left(colon), &label))
            line = line.mid(colon + 1);
        if (line.compare(value, sensitivity) == 0)
            return true;
    }
    return false;
}

void ContactPoints::append(const ContactPoint &point)
{
    insert(size(), point);
}

void ContactPoints::insert(qsizetype index, const ContactPoint &point)
{
    QList<ContactPoint> points = toList();
    points.insert(index, point);
    m_text = held(ContactPoint::toStored(points));
}

void ContactPoints::removeFirst()
{
    QList<ContactPoint> points = toList();
    if (!points.isEmpty())
        points.removeFirst();
    m_text = held(ContactPoint::toStored(points));
}

ContactPoints &ContactPoints::operator+=(const QList<ContactPoint> &points)
{
    m_text = held(ContactPoint::toStored(toList() + points));
    return *this;
}

} // namespace Rapport
