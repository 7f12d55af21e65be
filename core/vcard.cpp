#include "vcard.h"

#include <QHash>

#include "textencoding.h"

#include <cctype>

namespace Rapport {

namespace {

struct Property
{
    int line = 0;
    QByteArray name;             ///< upper case, group prefix removed
    QByteArray group;            ///< Apple's "item1" of "item1.EMAIL", upper case; empty without one
    QList<QByteArray> parameters; ///< upper case, as written: "TYPE=WORK", "ENCODING=QUOTED-PRINTABLE", "PREF"
    QByteArray value;
};

// Splits on an unescaped separator; vCard values escape it with a backslash.
QStringList splitEscaped(const QString &value, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            current.append(c);
            current.append(value.at(++i));
        } else if (c == separator) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

// The colon that ends a property's name and parameters: one inside a quoted parameter value
// (GEO="geo:...", LABEL="...") belongs to the parameter.
qsizetype valueColon(const QByteArray &content)
{
    bool quoted = false;
    for (qsizetype i = 0; i < content.size(); ++i) {
        if (content.at(i) == '"')
            quoted = !quoted;
        else if (content.at(i) == ':' && !quoted)
            return i;
    }
    return -1;
}

// PREF (2.1), TYPE=PREF or a TYPE list holding it (3.0, Apple's "type=pref"), PREF=1 (4.0).
bool isPreferred(const QList<QByteArray> &parameters)
{
    for (const QByteArray &parameter : parameters) {
        if (parameter == "PREF" || parameter == "PREF=1")
            return true;
        if (parameter.startsWith("TYPE=")) {
            const QList<QByteArray> types = QByteArray(parameter.mid(5)).replace('"', QByteArray()).split(',');
            if (std::any_of(types.cbegin(), types.cend(), [](const QByteArray &type) { return type.trimmed() == "PREF"; }))
                return true;
        }
    }
    return false;
}

/** The label that a property's types say (TYPE=WORK, 2.1's bare CELL, Apple's "TYPE=HOME,VOICE"); work when none. */
ContactPoint::Label labelOf(const QList<QByteArray> &parameters)
{
    QString types;
    for (const QByteArray &parameter : parameters) {
        if (parameter.startsWith("TYPE="))
            types += QString::fromLatin1(parameter.mid(5)) + QLatin1Char(' ');
        else if (!parameter.contains('='))
            types += QString::fromLatin1(parameter) + QLatin1Char(' ');
    }
    return ContactPoint::labelFromText(types, ContactPoint::Label::Work);
}

// Properties that say how a card is kept rather than anything about the contact.
bool isBookkeeping(const QByteArray &name)
{
    static const QList<QByteArray> names = {"VERSION", "PRODID", "REV", "UID", "KIND", "X-ABLABEL", "X-ABSHOWAS",
                                            "X-ABUID", "X-ABADR", "CLIENTPIDMAP", "SOURCE", "NAME", "MAILER", "SORT-STRING"};
    return names.contains(name);
}

} // namespace

QByteArray VCard::line(const QByteArray &name, const QString &value)
{
    const QByteArray content = name + ':' + value.toUtf8();
    QByteArray folded;
    qsizetype start = 0;
    qsizetype room = 75;
    while (content.size() - start > room) {
        qsizetype end = start + room;
        // Back to the first byte of a character: a continuation byte is 10xxxxxx.
        while (end > start + 1 && (uchar(content.at(end)) & 0xC0) == 0x80)
            --end;
        folded += content.mid(start, end - start) + "\r\n ";
        start = end;
        room = 74; // after the leading space
    }
    return folded + content.mid(start) + "\r\n";
}

QString VCard::escape(const QString &value)
{
    QString text;
    text.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';')) {
            text.append(QLatin1Char('\\'));
            text.append(c);
        } else if (c == QLatin1Char('\r')) {
            text.append(QLatin1String("\\n"));
            if (i + 1 < value.size() && value.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n')) {
            text.append(QLatin1String("\\n"));
        } else {
            text.append(c);
        }
    }
    return text;
}

QString VCard::unescape(const QString &value)
{
    QString result;
    result.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != QLatin1Char('\\') || i + 1 == value.size()) {
            result.append(c);
            continue;
        }
        const QChar next = value.at(++i);
        if (next == QLatin1Char('n') || next == QLatin1Char('N'))
            result.append(QLatin1Char('\n'));
        else
            result.append(next); // \, \; \\ and anything else: the character itself
    }
    return result;
}

QByteArray VCard::decodeQuotedPrintable(const QByteArray &value)
{
    QByteArray result;
    result.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == '=' && i + 2 < value.size()) {
            const auto isHex = [](char h) { return std::isxdigit(static_cast<unsigned char>(h)) != 0; };
            if (isHex(value.at(i + 1)) && isHex(value.at(i + 2))) {
                result.append(char(value.mid(i + 1, 2).toInt(nullptr, 16)));
                i += 2;
                continue;
            }
        }
        result.append(c);
    }
    return result;
}

bool VCard::parse(const QByteArray &data, QVector<VCardContact> *contacts, QString *error)
{
    contacts->clear();
    // UTF-16 is made UTF-8 first; in any other file each value is decoded on its own, in the
    // CHARSET it names or else as UTF-8 when valid and Windows-1252 when not.
    QByteArray text = data;
    if (const TextEncoding::Encoding encoding = TextEncoding::detect(data);
        encoding == TextEncoding::Encoding::Utf16LE || encoding == TextEncoding::Encoding::Utf16BE)
        text = TextEncoding::decode(data, encoding).toUtf8();
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    text.replace("\r\r\n", "\n");
    text.replace("\r\n", "\n");
    text.replace('\r', '\n');
    const QList<QByteArray> rawLines = text.split('\n');

    // Unfold: a line starting with a space or tab continues the previous one (3.0, 4.0);
    // a quoted-printable line ending in '=' continues on the next (2.1).
    QVector<QPair<int, QByteArray>> lines;
    for (int i = 0; i < rawLines.size(); ++i) {
        const QByteArray &raw = rawLines.at(i);
        // A quoted-printable soft break comes first: its next line is taken as it is, spaces included.
        // Only the parameters say so: a value may hold the words "quoted-printable" and end in '='.
        if (!lines.isEmpty() && lines.last().second.endsWith('=')
            && lines.last().second.left(valueColon(lines.last().second)).toUpper().contains("QUOTED-PRINTABLE")) {
            lines.last().second.chop(1);
            lines.last().second.append(raw);
            continue;
        }
        if ((raw.startsWith(' ') || raw.startsWith('\t')) && !lines.isEmpty()) {
            lines.last().second.append(raw.mid(1));
            continue;
        }
        lines.append({i + 1, raw});
    }

    QVector<VCardContact> result;
    VCardContact current;
    bool inCard = false;
    QString structuredName;
    bool isCompany = false;
    int preferredEmails = 0;
    int preferredPhones = 0;
    // Apple groups an email or phone with its label (item1.EMAIL, item1.X-ABLabel): which list and value each group holds.
    QHash<QByteArray, std::pair<QList<ContactPoint> *, QString>> grouped;
    for (const auto &[lineNumber, content] : std::as_const(lines)) {
        if (content.trimmed().isEmpty())
            continue;
        const qsizetype colon = valueColon(content);
        if (colon <= 0) {
            if (!inCard)
                continue;
            *error = tr("line %1: a vCard line needs a name and a value separated by \":\"").arg(lineNumber);
            return false;
        }
        Property property;
        property.line = lineNumber;
        QList<QByteArray> head = content.left(colon).split(';');
        property.name = head.takeFirst().trimmed().toUpper();
        if (const qsizetype dot = property.name.lastIndexOf('.'); dot >= 0) {
            property.group = property.name.left(dot);
            property.name = property.name.mid(dot + 1);
        }
        for (const QByteArray &parameter : std::as_const(head))
            property.parameters.append(parameter.trimmed().toUpper());
        property.value = content.mid(colon + 1);

        if (property.name == "BEGIN") {
            if (property.value.trimmed().toUpper() != "VCARD")
                continue;
            if (inCard) {
                *error = tr("line %1: a new vCard begins before the previous one ended").arg(lineNumber);
                return false;
            }
            inCard = true;
            current = VCardContact();
            current.line = lineNumber;
            structuredName.clear();
            isCompany = false;
            preferredEmails = 0;
            preferredPhones = 0;
            grouped.clear();
            continue;
        }
        if (property.name == "END") {
            if (!inCard) {
                *error = tr("line %1: END:VCARD without BEGIN:VCARD").arg(lineNumber);
                return false;
            }
            if (current.name.isEmpty() || (isCompany && current.name == current.company))
                current.name = structuredName;
            result.append(current);
            inCard = false;
            continue;
        }
        if (!inCard)
            continue;

        QByteArray charset;
        bool quotedPrintable = false;
        for (const QByteArray &parameter : std::as_const(property.parameters)) {
            if (parameter == "ENCODING=QUOTED-PRINTABLE" || parameter == "QUOTED-PRINTABLE")
                quotedPrintable = true;
            else if (parameter.startsWith("CHARSET="))
                charset = parameter.mid(8);
        }
        const QByteArray bytes = quotedPrintable ? decodeQuotedPrintable(property.value) : property.value;
        // Quoted-printable values often carry =0D=0A: stored text uses LF only, in every field.
        QString value = TextEncoding::decodeCharset(bytes, charset);
        if (value.contains(QLatin1Char('\r'))) {
            value.replace(QLatin1String("\r\n"), QLatin1String("\n"));
            value.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        }

        if (property.name == "FN") {
            current.name = unescape(value).trimmed();
        } else if (property.name == "N") {
            // Family;Given;Additional;Prefix;Suffix: "Given Additional Family".
            const QStringList parts = splitEscaped(value, QLatin1Char(';'));
            QStringList ordered;
            for (int index : {3, 1, 2, 0, 4}) {
                if (index < parts.size() && !unescape(parts.at(index)).trimmed().isEmpty())
                    ordered.append(unescape(parts.at(index)).trimmed());
            }
            structuredName = ordered.join(QLatin1Char(' '));
        } else if (property.name == "ORG") {
            current.company = unescape(splitEscaped(value, QLatin1Char(';')).constFirst()).trimmed();
        } else if (property.name == "EMAIL") {
            const QString email = unescape(value).trimmed();
            if (!email.isEmpty())
                current.emails.insert(isPreferred(property.parameters) ? preferredEmails++ : current.emails.size(),
                                      ContactPoint{email, labelOf(property.parameters)});
            if (!property.group.isEmpty())
                grouped.insert(property.group, {&current.emails, email});
        } else if (property.name == "TEL") {
            QString phone = unescape(value).trimmed();
            // A tel: URI (4.0's default) gives its number; a value said to be text is taken whole.
            if (phone.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive) && !property.parameters.contains("VALUE=TEXT"))
                phone = phone.mid(4).trimmed(); // "tel: +33…" is the number without the space
            if (!phone.isEmpty())
                current.phones.insert(isPreferred(property.parameters) ? preferredPhones++ : current.phones.size(),
                                      ContactPoint{phone, labelOf(property.parameters)});
            if (!property.group.isEmpty())
                grouped.insert(property.group, {&current.phones, phone});
        } else if (property.name == "X-ABLABEL") {
            // Apple's label of the email or phone in the same group: "_$!<Home>!$_", "iPhone", or the owner's own word.
            const auto labelled = grouped.constFind(property.group);
            if (labelled != grouped.constEnd()) {
                for (ContactPoint &point : *labelled->first) {
                    if (point.value == labelled->second)
                        point.label = ContactPoint::labelFromText(QString::fromUtf8(property.value), point.label);
                }
            }
        } else if (property.name == "NOTE") {
            const QString note = unescape(value);
            current.note = current.note.isEmpty() ? note : current.note + QLatin1Char('\n') + note;
        } else if (property.name == "CATEGORIES") {
            for (const QString &category : splitEscaped(value, QLatin1Char(','))) {
                const QString tag = unescape(category).trimmed();
                if (!tag.isEmpty())
                    current.categories.append(tag);
            }
        } else if (property.name == "X-ABSHOWAS" || property.name == "KIND") {
            const QString kind = value.trimmed().toUpper();
            isCompany = isCompany || kind == QLatin1String("COMPANY") || kind == QLatin1String("ORG");
        } else if (!isBookkeeping(property.name) && !value.trimmed().isEmpty()
                   && !current.unread.contains(QString::fromLatin1(property.name))) {
            current.unread.append(QString::fromLatin1(property.name));
        }
    }
    if (inCard) {
        *error = tr("line %1: the vCard that begins here never ends (END:VCARD is missing)").arg(current.line);
        return false;
    }
    if (result.isEmpty()) {
        *error = tr("line 1: no vCard found (BEGIN:VCARD is missing)");
        return false;
    }
    *contacts = std::move(result);
    return true;
}

} // namespace Rapport
