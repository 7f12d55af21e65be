#include "fuzzchecks.h"

#include "clientimport.h"
#include "clientstore.h"
#include "csv.h"
#include "isodate.h"
#include "mailboxreader.h"
#include "mailheaderparser.h"
#include "textencoding.h"
#include "vcard.h"

#include <QRegularExpression>
#include <QStringEncoder>

#include <cstdio>
#include <cstdlib>
#include <sys/mman.h>
#include <unistd.h>

using namespace Rapport;

namespace RapportFuzz {

namespace {

bool throwOnBroken = false;
bool ignoreOpenBugs = qEnvironmentVariableIntValue("RAPPORT_FUZZ_IGNORE_OPEN") == 1;

[[noreturn]] void broken(const QString &promise)
{
    if (throwOnBroken)
        throw BrokenPromise{promise};
    std::fprintf(stderr, "fuzz check failed: %s\n", qPrintable(promise));
    std::fflush(stderr);
    std::abort();
}

/**
 * Bugs the fuzzers found that are reported and not fixed yet; their inputs are in
 * tests/fuzz/regressions/open/. Returns the bug's name when @p text shows one, else nullptr.
 */
const char *knownOpenBugInDate(const QString &text)
{
    // No open bug in the date parser (the trailing line feed is fixed: regressions/isodate/).
    Q_UNUSED(text)
    return nullptr;
}

void require(bool condition, const char *promise)
{
    if (!condition)
        broken(QString::fromUtf8(promise));
}

/** The lines a reader may name: 1 up to one more than the line breaks in @p data. */
int lineCount(const QByteArray &data)
{
    return int(data.count('\n') + data.count('\r')) + 1;
}

/** Whether @p text survives UTF-8 (no half of a surrogate pair). */
bool isUtf8Safe(const QString &text)
{
    return QString::fromUtf8(text.toUtf8()) == text;
}

QStringList valuesOf(const QList<ContactPoint> &points)
{
    QStringList values;
    for (const ContactPoint &point : points)
        values.append(point.value);
    return values;
}

/** Every contact read written again with VCard::line() and escape(), as the export does, and read back the same. */
void checkVCardWrittenBack(const QVector<VCardContact> &contacts)
{
    QByteArray written;
    QVector<VCardContact> expected;
    for (const VCardContact &contact : contacts) {
        QStringList all = QStringList{contact.name, contact.company, contact.note} + valuesOf(contact.emails) + valuesOf(contact.phones)
            + contact.categories;
        if (!std::all_of(all.cbegin(), all.cend(), isUtf8Safe))
            continue;
        written += "BEGIN:VCARD\r\nVERSION:4.0\r\n";
        written += VCard::line("FN", VCard::escape(contact.name));
        if (!contact.company.isEmpty())
            written += VCard::line("ORG", VCard::escape(contact.company));
        for (const ContactPoint &email : contact.emails)
            written += VCard::line("EMAIL", VCard::escape(email.value));
        for (const ContactPoint &phone : contact.phones)
            written += VCard::line("TEL;VALUE=text", VCard::escape(phone.value));
        QStringList categories;
        for (const QString &category : contact.categories)
            categories.append(VCard::escape(category));
        if (!categories.isEmpty())
            written += VCard::line("CATEGORIES", categories.join(QLatin1Char(',')));
        if (!contact.note.isEmpty())
            written += VCard::line("NOTE", VCard::escape(contact.note));
        written += "END:VCARD\r\n";
        expected.append(contact);
    }
    if (expected.isEmpty())
        return;
    for (const QByteArray &line : written.split('\n'))
        require(line.size() <= 76, "a written vCard line is at most 75 bytes and CR");
    QVector<VCardContact> back;
    QString error;
    require(VCard::parse(written, &back, &error), "written vCards read back");
    require(back.size() == expected.size(), "as many vCards read back as written");
    for (int i = 0; i < back.size(); ++i) {
        const VCardContact &a = back.at(i);
        const VCardContact &e = expected.at(i);
        require(a.name == e.name && a.company == e.company && valuesOf(a.emails) == valuesOf(e.emails)
                    && valuesOf(a.phones) == valuesOf(e.phones) && a.categories == e.categories && a.note == e.note,
                "a written vCard reads back as the contact it was written from");
    }
}

void checkFailureMessage(const QString &error)
{
    static const QRegularExpression shape(QStringLiteral("^line [0-9]+: ."));
    if (!shape.match(error).hasMatch())
        broken(QStringLiteral("an error names its line (\"line N: ...\"), got \"%1\"").arg(error));
}

// The import dialog's path: load, then check every row against a (here empty) store.
void checkImport(const QByteArray &data)
{
    ClientImport import;
    QString error;
    if (!import.load(data, &error)) {
        checkFailureMessage(error);
        return;
    }
    static ClientStore emptyStore;
    const ImportResult result = import.analyse(emptyStore);
    require(result.clients.size() == result.clientLines.size(), "every imported client has its line");
    require(result.interactions.size() == result.interactionLines.size(), "every imported interaction has its line");
    require(result.clients.size() + result.interactions.size() + result.problems.size() <= import.rowCount(),
            "no more clients, interactions and problems than rows");
    require(result.duplicates.isEmpty(), "nothing is a duplicate of an empty store");
    for (const ClientRecord &record : result.clients)
        require(ClientStore::validationError(record.client).isEmpty(), "an accepted client can be stored");
}

} // namespace

void setThrowOnBroken(bool enabled)
{
    throwOnBroken = enabled;
}

void setIgnoreOpenBugs(bool enabled)
{
    ignoreOpenBugs = enabled;
}

void checkCsv(const QByteArray &data)
{
    QVector<CsvRecord> records;
    QString error;
    QChar delimiter;
    if (!Csv::parse(data, &records, &error, &delimiter)) {
        require(records.isEmpty(), "records are left empty on malformed input");
        checkFailureMessage(error);
    } else {
        require(delimiter == QLatin1Char(',') || delimiter == QLatin1Char(';'), "the delimiter is a comma or a semicolon");
        int previous = 0;
        const int lines = lineCount(data);
        for (const CsvRecord &record : std::as_const(records)) {
            require(record.line > previous && record.line <= lines, "records start on increasing lines of the input");
            require(!record.fields.isEmpty(), "a record has fields");
            require(!(record.fields.size() == 1 && record.fields.constFirst().isEmpty()), "empty lines are skipped");
            previous = record.line;
        }

        // What Csv::line writes, Csv::parse reads back; the header line fixes the delimiter as
        // in Rapport's own exports.
        for (const CsvRecord &record : std::as_const(records)) {
            const QStringList header(record.fields.size() + 1, QStringLiteral("h"));
            const QString written = Csv::line(header, delimiter) + Csv::line(record.fields, delimiter);
            QVector<CsvRecord> reread;
            QString rereadError;
            // With a UTF-8 byte-order mark, as a record of NUL characters would otherwise look like
            // UTF-16's zero bytes.
            if (!Csv::parse("\xEF\xBB\xBF" + written.toUtf8(), &reread, &rereadError))
                broken(QStringLiteral("a written record reads back (%1)").arg(rereadError));
            require(reread.size() == 2, "a written record reads back as one record");
            QStringList fields = reread.at(1).fields;
            for (QString &field : fields)
                field = Csv::unescapeFormula(field);
            if (fields != record.fields)
                broken(QStringLiteral("a written record reads back unchanged: [%1] became [%2]")
                           .arg(record.fields.join(QLatin1Char('|')), fields.join(QLatin1Char('|'))));
        }
    }
    checkImport(data);
}

void checkVCard(const QByteArray &data)
{
    QVector<VCardContact> contacts;
    QString error;
    if (!VCard::parse(data, &contacts, &error)) {
        require(contacts.isEmpty(), "contacts are left empty on malformed input");
        checkFailureMessage(error);
    } else {
        require(!contacts.isEmpty(), "a successful parse finds a card");
        int previous = 0;
        const int lines = lineCount(data);
        for (const VCardContact &contact : std::as_const(contacts)) {
            require(contact.line > previous && contact.line <= lines, "cards begin on increasing lines of the input");
            previous = contact.line;
        }
        checkVCardWrittenBack(contacts);
    }
    // The helpers on their own, on whatever the bytes are.
    const QString unescaped = VCard::unescape(QString::fromUtf8(data));
    require(unescaped.size() <= QString::fromUtf8(data).size(), "unescaping never lengthens");
    require(VCard::decodeQuotedPrintable(data).size() <= data.size(), "quoted-printable decoding never lengthens");
    checkImport(data);
}

void checkTextEncoding(const QByteArray &data)
{
    using Encoding = TextEncoding::Encoding;
    const Encoding detected = TextEncoding::detect(data);
    Encoding used = Encoding::Utf8;
    const QString text = TextEncoding::decode(data, &used);
    require(used == detected, "decode() uses the encoding detect() names");
    const QByteArray withoutBom = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
    switch (used) {
    case Encoding::Utf8: {
        bool ok = false;
        require(TextEncoding::decode(data, Encoding::Utf8, &ok) == text && ok, "text taken for UTF-8 is valid UTF-8");
        require(text.toUtf8() == withoutBom, "UTF-8 is decoded exactly, only the byte-order mark left out");
        break;
    }
    case Encoding::Windows1252:
        require(!text.contains(QChar(QChar::ReplacementCharacter)), "Windows-1252 never gives U+FFFD");
        require(text.size() == withoutBom.size(), "Windows-1252 gives one letter a byte");
        break;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        bool ok = false;
        const QString again = TextEncoding::decode(data, used, &ok);
        require(again == text, "UTF-16 decodes the same each time");
        if (ok) {
            QStringEncoder encoder(used == Encoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
            const QByteArray encoded = encoder.encode(text);
            require(data.endsWith(encoded) && data.size() - encoded.size() <= 2, "valid UTF-16 is decoded exactly");
        }
        break;
    }
    }
    // A vCard value in the character set it names: whatever the name and the bytes.
    const qsizetype end = data.indexOf('\n');
    const QByteArray charset = end < 0 ? QByteArray() : data.left(std::min<qsizetype>(end, 64));
    const QByteArray value = end < 0 ? data : data.mid(end + 1);
    const QString decoded = TextEncoding::decodeCharset(value, charset);
    require(!value.isEmpty() || decoded.isEmpty(), "no bytes decode to no text");
}

void checkIsoDate(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    if (ignoreOpenBugs && knownOpenBugInDate(text))
        return;
    const QDate date = parseIsoDate(text);
    if (date.isValid() && date.toString(Qt::ISODate) != text)
        broken(QStringLiteral("only YYYY-MM-DD is a date: \"%1\" was read as %2")
                   .arg(QString::fromLatin1(text.toUtf8().toPercentEncoding()), date.toString(Qt::ISODate)));

    static const QRegularExpression ascii(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})\\z"));
    const QRegularExpressionMatch match = ascii.match(text);
    if (match.hasMatch()) {
        const QDate expected(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        if (expected != date)
            broken(QStringLiteral("\"%1\" is read as %2").arg(text, date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("invalid")));
    }
}

namespace {

/** A name or subject as promised: one line, no control character, no space at either end, and UTF-8 safe. */
void checkOneLine(const QString &text, const char *what)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            broken(QStringLiteral("the %1 holds the control character U+%2").arg(QString::fromLatin1(what)).arg(c.unicode(), 4, 16, QLatin1Char('0')));
    }
    if (text != text.trimmed())
        broken(QStringLiteral("the %1 \"%2\" starts or ends with a space").arg(QString::fromLatin1(what), text));
    if (!isUtf8Safe(text))
        broken(QStringLiteral("the %1 holds half a surrogate pair").arg(QString::fromLatin1(what)));
}

void checkAddress(const QString &address, const char *what)
{
    if (address != address.toLower())
        broken(QStringLiteral("the %1 \"%2\" is not in lower case").arg(QString::fromLatin1(what), address));
    if (address != address.trimmed())
        broken(QStringLiteral("the %1 \"%2\" starts or ends with a space").arg(QString::fromLatin1(what), address));
}

QString described(const std::optional<MailMessage> &m)
{
    if (!m)
        return QStringLiteral("(unreadable)");
    QStringList references;
    for (const QByteArray &id : m->references)
        references.append(QString::fromLatin1(id.toPercentEncoding()));
    return QStringList{QString::fromLatin1(m->messageId.toPercentEncoding()), references.join(QLatin1Char(' ')), m->fromAddress,
                       m->fromName, m->recipientAddresses.join(QLatin1Char(',')), m->date.toString(Qt::ISODateWithMs), m->subject,
                       m->automated ? QStringLiteral("automated") : QStringLiteral("person")}
        .join(QStringLiteral(" | "));
}

} // namespace

void checkMailHeaders(const QByteArray &data)
{
    const MailHeaderParser parser;
    const std::optional<MailMessage> message = parser.parse(data);
    if (message) {
        checkAddress(message->fromAddress, "sender's address");
        checkOneLine(message->fromName, "sender's name");
        checkOneLine(message->subject, "subject");
        QSet<QString> recipients;
        for (const QString &address : message->recipientAddresses) {
            require(!address.isEmpty(), "a recipient's address is empty");
            checkAddress(address, "recipient's address");
            require(!recipients.contains(address), "a recipient is listed twice");
            recipients.insert(address);
        }
        require(!message->date.isValid() || message->date.timeSpec() == Qt::UTC, "the date is not in UTC");
        QSet<QByteArray> references;
        for (const QByteArray &id : message->references) {
            require(!id.isEmpty(), "a reference is empty");
            require(!references.contains(id), "a reference is listed twice");
            references.insert(id);
        }
    }
    // The body is never read: what follows the headers changes nothing.
    const qsizetype end = MailHeaderParser::headerEnd(data);
    if (end >= 0) {
        const std::optional<MailMessage> withBody = parser.parse(data + "From: body@example.com\nSubject: body\n\n");
        if (described(withBody) != described(message))
            broken(QStringLiteral("the body changed the headers read: %1 became %2").arg(described(message), described(withBody)));
    }

    // The same bytes as a message of an mbox file, after one that reads: the first is read whole,
    // and every message is read or counted.
    // In memory, not on disk: a fuzzer writes it thousands of times a second.
    static const int fd = memfd_create("mbox", MFD_CLOEXEC);
    require(fd >= 0, "no memory file for the mbox check");
    const QByteArray mbox = "From a@example.com Mon Dec  7 10:00:00 2026\nFrom: a@example.com\nSubject: first\n\nbody\n\nFrom x\n" + data;
    require(ftruncate(fd, 0) == 0 && pwrite(fd, mbox.constData(), size_t(mbox.size()), 0) == mbox.size(),
            "the mbox for the check cannot be written");
    const QString path = QStringLiteral("/proc/self/fd/%1").arg(fd);
    MailboxReader reader(path);
    QStringList subjects;
    reader.read([&subjects](const MailMessage &m) {
        subjects.append(m.subject);
        return true;
    });
    require(!subjects.isEmpty() && subjects.first() == QLatin1String("first"), "the mbox's first message was not read");
    require(reader.messagesRead() == subjects.size(), "the mbox reader's count is not the messages it handed over");
    require(reader.errorString().isEmpty(), "the mbox reader reported an error on a readable file");
}

} // namespace RapportFuzz
