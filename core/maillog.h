#pragma once

#include "client.h"
#include "interaction.h"
#include "lapserules.h"
#include "maillogchange.h"
#include "mailmessage.h"
#include "segmentationrules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <map>
#include <optional>
#include <set>
#include <utility>

namespace Rapport {

class ClientStore;

/** Someone who writes to the owner but is no client: offered as a new client. */
struct MailSender
{
    QString address;     ///< lower case
    QString name;        ///< the display name of their latest message that had one
    int messageCount = 0;
    QDateTime lastDate;  ///< UTC

    friend bool operator==(const MailSender &a, const MailSender &b)
    {
        return a.address == b.address && a.name == b.name && a.messageCount == b.messageCount && a.lastDate == b.lastDate;
    }
};

/** What one reading did, for its summary. */
struct MailLogCounts
{
    int messages = 0;      ///< every message read
    int logged = 0;        ///< email interactions added
    int clients = 0;       ///< clients that got at least one
    int unanswered = 0;    ///< outbound emails among those added that no reply has answered
    int answeredLater = 0; ///< outbound emails of earlier readings, unanswered until this one brought the reply
    int alreadyLogged = 0; ///< interactions not added because an earlier reading (or this one) logged them
    int automated = 0;     ///< mailing-list and no-reply messages, skipped
    int undated = 0;       ///< messages without a readable date, skipped
};

/**
 * Turns the owner's mail into email interactions: one reading (a mailbox, a folder, an IMAP
 * account, read in batches of messages in any order) against what the store holds when the
 * reading starts.
 *
 * The rules:
 * - A message from one of the owner's addresses to any email of a client (To or Cc) is an
 *   outbound email on that client; a message from any email of a client is an inbound one.
 *   Addresses match without regard to case. One message to two clients is one interaction on
 *   each; a message from a client is logged on that client only, whoever else it went to.
 * - The subject is the note; the body is never read. Automated messages (mailing lists,
 *   auto-replies, bulk) and messages without a date are skipped.
 * - Each interaction keeps the message's key (messageKey()): a message already logged for a
 *   client is not logged again, so reading the same mail again adds nothing.
 * - An outbound email is answered when the client replies in its thread (a message of theirs
 *   names it in In-Reply-To or References) or writes at all after it within the client's ideal
 *   contact interval (LapseRules::intervalFor(), the client's segment or own interval); otherwise
 *   it is an unanswered attempt. One logged as unanswered, by this reading or an earlier one,
 *   becomes answered when a later message brings the reply. Emails logged by hand are never
 *   changed, but an inbound one counts as the client writing.
 */
class MailLog
{
    Q_DECLARE_TR_FUNCTIONS(MailLog)

public:
    /**
     * A reading against @p clients (their emails, their segment under @p rules and
     * @p lapseRules), where @p ownAddresses are the owner's. Feed it the store's email
     * interactions with addStored() before the first read().
     */
    MailLog(const QVector<Client> &clients, const SegmentationRules &rules, const LapseRules &lapseRules,
            const QStringList &ownAddresses);
    /**
     * A reading against what @p store holds now: its clients, rules, ownAddresses() and email
     * interactions, read in one pass. Nothing when they cannot be read (store.errorString() says why).
     */
    static std::optional<MailLog> forStore(const ClientStore &store);

    /** An email interaction already stored (its message id known, and its time for the answer rules). */
    void addStored(const Interaction &interaction);

    /**
     * The change that @p messages (the next batch of the reading) make, to be written with
     * ClientStore::applyMailLog(). Its answered emails may name additions of earlier batches:
     * write each batch before reading the next.
     */
    MailLogChange read(const QVector<MailMessage> &messages);

    /** What the reading did so far. */
    const MailLogCounts &counts() const { return m_counts; }
    /** "412 messages, 97 logged for 31 clients, 12 unanswered": the reading so far in one line. */
    QString summary() const;
    /** The one line for @p counts. */
    static QString summary(const MailLogCounts &counts);

    /**
     * The senders of the messages read that are no client, nor the owner, nor a machine (automated
     * mail, and addresses such as noreply@ or mailer-daemon@), that wrote at least
     * @p minimumMessages times: most messages first, then the latest first, then by address.
     */
    QVector<MailSender> unknownSenders(int minimumMessages = 1) const;

    /**
     * The key an email interaction keeps for @p message: its Message-ID, or for a message without
     * one "headers:" and the SHA-1 (hex) of its date (seconds since 1970, UTC), sender, recipients
     * (sorted) and subject, one per line, so that the same message gives the same key every time.
     * Empty for a message with neither a Message-ID nor a date.
     */
    static QString messageKey(const MailMessage &message);

    /** The setting that holds the owner's addresses, one a line. */
    static QString ownAddressesKey();
    /** The owner's addresses as stored, lower case. */
    static QStringList ownAddresses(const ClientStore &store);
    /** Stores @p addresses (trimmed, lower case, each once) as the owner's. */
    static bool setOwnAddresses(ClientStore *store, const QStringList &addresses);
    /** The setting that holds where the reader of @p source stopped. */
    static QString readerPositionKey(const QString &source);
    /** Where the reader of @p source stopped last time, as it wrote it; empty when never read. */
    static QString readerPosition(const ClientStore &store, const QString &source);
    static bool setReaderPosition(ClientStore *store, const QString &source, const QString &position);

private:
    using ClientKey = std::pair<qint64, QString>;
    /** An outbound email logged as unanswered, that a reply may still answer. */
    struct Unanswered
    {
        qint64 at = 0;          ///< msecs since 1970
        bool stored = false;    ///< logged by an earlier reading
        int batch = -1;         ///< else: the read() call that logged it
        qsizetype position = -1; ///< and its place among that batch's additions
    };
    /** What the rules need to know of one client's mail. */
    struct ClientMail
    {
        qint64 window = 0;                            ///< the ideal contact interval, in msecs
        std::set<qint64> inbound;                     ///< when they wrote
        QSet<QString> repliedTo;                      ///< the messages their messages name (In-Reply-To, References)
        std::multimap<qint64, QString> unanswered;    ///< outbound emails not answered yet, by time
    };

    void logOutbound(qint64 clientId, const MailMessage &message, const QString &key, MailLogChange *change);
    void logInbound(qint64 clientId, const MailMessage &message, const QString &key, MailLogChange *change);
    Interaction interactionFor(qint64 clientId, const MailMessage &message, const QString &key, Direction direction) const;
    void answer(qint64 clientId, const QString &key, MailLogChange *change);
    void noteSender(const MailMessage &message);

    QSet<QString> m_own;
    QHash<QString, QVector<qint64>> m_clientsByAddress;
    QHash<qint64, ClientMail> m_mail;
    QSet<ClientKey> m_known;
    QHash<ClientKey, Unanswered> m_unanswered;
    QSet<qint64> m_loggedClients;
    QHash<QString, MailSender> m_senders;
    MailLogCounts m_counts;
    int m_batch = 0;
};

} // namespace Rapport
