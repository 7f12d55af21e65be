#pragma once

#include "mailmessage.h"

#include <QByteArray>

#include <optional>

struct _GMimeMessage;
struct _GMimeParserOptions;

namespace Rapport {

/**
 * Reads the headers of one email into a MailMessage with GMime: from a file, a mailbox or the
 * header bytes an IMAP server sends. The body is never looked at. Encoded words (RFC 2047) are
 * decoded in any character set GMime knows; raw 8-bit headers are read as UTF-8 when valid,
 * else as Windows-1252.
 *
 * One parser per thread: parse() may run on a worker thread, and several parsers may run at
 * once. Creating the first one sets GMime up for the whole process.
 */
class MailHeaderParser
{
public:
    MailHeaderParser();
    ~MailHeaderParser();
    MailHeaderParser(const MailHeaderParser &) = delete;
    MailHeaderParser &operator=(const MailHeaderParser &) = delete;

    /**
     * The message whose headers are @p data: the header bytes alone, or a whole message (the
     * headers end at the first empty line; the rest is not read). An mbox "From " line at the
     * start is passed over. Empty when nothing in it reads as an email's header (no sender,
     * recipient, date, subject or Message-ID).
     */
    std::optional<MailMessage> parse(const QByteArray &data) const;

    /**
     * Where the headers of @p data end: just after the first empty line that starts at or after
     * @p from (or whose line end is the byte before @p from), or -1 when there is none yet.
     */
    static qsizetype headerEnd(const QByteArray &data, qsizetype from = 0);

private:
    friend class MailboxReader;
    std::optional<MailMessage> fromGMime(_GMimeMessage *message) const;
    _GMimeParserOptions *options() const { return m_options; }

    _GMimeParserOptions *m_options = nullptr;
};

} // namespace Rapport
