#pragma once

#include "imapmailbox.h"
#include "mailheaderparser.h"
#include "mailsource.h"

#include <QDateTime>

namespace Rapport {

/**
 * An IMAP mailbox as a MailSource: ImapMailbox fetches each new message's header fields,
 * MailHeaderParser reads them. Its one position is the mailbox's, under the account's address.
 */
class ImapMailSource : public MailSource
{
public:
    explicit ImapMailSource(const ImapAccount &account);

    /** Messages dated before @p since are left out and not counted; undated ones come through. */
    void setSince(const QDateTime &since) { m_since = since; }
    void setPositions(const MailPositions &positions) { m_positions = positions; }

    bool read(const std::function<bool(const MailMessage &)> &onMessage) override;
    qint64 messagesRead() const override { return m_read; }
    qint64 messagesSkipped() const override { return m_skipped; }
    MailPositions positions() const override { return m_positions; }
    QString errorString() const override { return m_mailbox.errorString(); }

private:
    ImapMailbox m_mailbox;
    MailHeaderParser m_parser;
    QDateTime m_since;
    MailPositions m_positions;
    qint64 m_read = 0;
    qint64 m_skipped = 0;
};

} // namespace Rapport
