#include "mailheaderparser.h"

#include <QSet>

// GLib's headers use "signals" as a name, which Qt's headers define as a keyword.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

#include <mutex>

namespace Rapport {

namespace {

void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// Names and subjects are shown on one line: line breaks, tabs and other control characters
// (a NUL included) become spaces, runs of spaces one.
QString oneLine(const char *text)
{
    if (!text)
        return {};
    QString line = QString::fromUtf8(text);
    for (QChar &c : line) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    }
    return line.simplified();
}

void appendAddresses(InternetAddressList *list, QStringList *addresses, QSet<QString> *seen)
{
    if (!list)
        return;
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count; ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            appendAddresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), addresses, seen);
            continue;
        }
        if (!INTERNET_ADDRESS_IS_MAILBOX(address))
            continue;
        const QString addr = QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))).trimmed().toLower();
        if (!addr.isEmpty() && !seen->contains(addr)) {
            seen->insert(addr);
            addresses->append(addr);
        }
    }
}

InternetAddressMailbox *firstMailbox(InternetAddressList *list)
{
    if (!list)
        return nullptr;
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count; ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(address))
            return INTERNET_ADDRESS_MAILBOX(address);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            if (InternetAddressMailbox *member = firstMailbox(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address))))
                return member;
        }
    }
    return nullptr;
}

void appendReferences(GMimeParserOptions *options, const char *text, QList<QByteArray> *references)
{
    if (!text)
        return;
    GMimeReferences *parsed = g_mime_references_parse(options, text);
    if (!parsed)
        return;
    const int count = g_mime_references_length(parsed);
    for (int i = 0; i < count; ++i) {
        const QByteArray id(g_mime_references_get_message_id(parsed, i));
        if (!id.isEmpty() && !references->contains(id))
            references->append(id);
    }
    g_mime_references_free(parsed);
}

QByteArray headerValue(GMimeObject *object, const char *name)
{
    return QByteArray(g_mime_object_get_header(object, name)).trimmed();
}

bool isAutomated(GMimeObject *object)
{
    if (g_mime_object_get_header(object, "List-Id"))
        return true;
    // "Auto-Submitted: no (a comment)" is still a person.
    if (g_mime_object_get_header(object, "Auto-Submitted")) {
        const QByteArray value = headerValue(object, "Auto-Submitted").toLower();
        const qsizetype comment = value.indexOf('(');
        const QByteArray keyword = (comment < 0 ? value : value.left(comment)).trimmed();
        if (keyword != "no")
            return true;
    }
    const QByteArray precedence = headerValue(object, "Precedence").toLower();
    return precedence == "bulk" || precedence == "list" || precedence == "junk";
}

} // namespace

MailHeaderParser::MailHeaderParser()
{
    initGMime();
    m_options = g_mime_parser_options_new();
    // Raw 8-bit headers: UTF-8 when valid, else the Western European Windows code page, which
    // decodes every byte (Latin-1 text included).
    const char *fallback[] = {"utf-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(m_options, fallback);
    g_mime_parser_options_set_rfc2047_compliance_mode(m_options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(m_options, GMIME_RFC_COMPLIANCE_LOOSE);
}

MailHeaderParser::~MailHeaderParser()
{
    g_mime_parser_options_free(m_options);
}

qsizetype MailHeaderParser::headerEnd(const QByteArray &data, qsizetype from)
{
    // A header block may start with its empty line (a message without headers).
    if (from == 0 && data.startsWith('\n'))
        return 1;
    if (from == 0 && data.startsWith("\r\n"))
        return 2;
    for (qsizetype newline = data.indexOf('\n', from); newline >= 0; newline = data.indexOf('\n', newline + 1)) {
        qsizetype next = newline + 1;
        if (next < data.size() && data.at(next) == '\r')
            ++next;
        if (next < data.size() && data.at(next) == '\n')
            return next + 1;
    }
    return -1;
}

std::optional<MailMessage> MailHeaderParser::parse(const QByteArray &data) const
{
    qsizetype start = 0;
    if (data.startsWith("From ")) {
        const qsizetype newline = data.indexOf('\n');
        start = newline < 0 ? data.size() : newline + 1;
    }
    const QByteArray rest = QByteArray::fromRawData(data.constData() + start, data.size() - start);
    const qsizetype found = headerEnd(rest);
    const qsizetype end = found < 0 ? rest.size() : found;
    if (end == 0)
        return std::nullopt;

    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(rest.constData(), size_t(end));
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    g_object_unref(stream);
    g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
    GMimeMessage *message = g_mime_parser_construct_message(parser, m_options);
    g_object_unref(parser);
    if (!message)
        return std::nullopt;
    std::optional<MailMessage> result = fromGMime(message);
    g_object_unref(message);
    return result;
}

std::optional<MailMessage> MailHeaderParser::fromGMime(GMimeMessage *message) const
{
    MailMessage mail;
    GMimeObject *object = GMIME_OBJECT(message);

    mail.messageId = QByteArray(g_mime_message_get_message_id(message)).trimmed();
    appendReferences(m_options, g_mime_object_get_header(object, "In-Reply-To"), &mail.references);
    appendReferences(m_options, g_mime_object_get_header(object, "References"), &mail.references);
    mail.references.removeAll(mail.messageId);

    if (InternetAddressMailbox *from = firstMailbox(g_mime_message_get_from(message))) {
        mail.fromAddress = QString::fromUtf8(internet_address_mailbox_get_addr(from)).trimmed().toLower();
        mail.fromName = oneLine(internet_address_get_name(INTERNET_ADDRESS(from)));
    }
    QSet<QString> seen;
    appendAddresses(g_mime_message_get_to(message), &mail.recipientAddresses, &seen);
    appendAddresses(g_mime_message_get_cc(message), &mail.recipientAddresses, &seen);

    if (GDateTime *date = g_mime_message_get_date(message)) {
        const qint64 msecs = g_date_time_to_unix(date) * 1000 + g_date_time_get_microsecond(date) / 1000;
        mail.date = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    }
    mail.subject = oneLine(g_mime_message_get_subject(message));
    mail.automated = isAutomated(object);

    if (mail.messageId.isEmpty() && mail.fromAddress.isEmpty() && mail.recipientAddresses.isEmpty()
        && !mail.date.isValid() && mail.subject.isEmpty())
        return std::nullopt;
    return mail;
}

} // namespace Rapport
