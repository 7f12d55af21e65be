#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Rapport {

/**
 * What Rapport reads of one email: its headers only, never the body. Made by the mail
 * header parser from a file, a mailbox or an IMAP server, and turned into interactions by
 * the mail log.
 */
struct MailMessage
{
    QByteArray messageId;        ///< without the angle brackets; empty when the message has none
    QList<QByteArray> references; ///< In-Reply-To, then References, without angle brackets, no repeats
    QString fromAddress;          ///< lower-case addr-spec of the sender; empty when unreadable
    QString fromName;             ///< the sender's display name, decoded
    QStringList recipientAddresses; ///< To and Cc, lower-case addr-specs, in order, no repeats
    QDateTime date;               ///< UTC; invalid when the Date header is missing or unreadable
    QString subject;              ///< decoded, on one line
    /** Sent by a machine or to a list: List-Id, Auto-Submitted other than "no", Precedence bulk/list/junk. */
    bool automated = false;
};

} // namespace Rapport
