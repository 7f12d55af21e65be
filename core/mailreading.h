#pragma once

#include "maillog.h"
#include "maillogchange.h"
#include "mailreadjob.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

namespace Rapport {

class ClientStore;

/**
 * One reading of the owner's mail into the store, as File → Read Mail… and
 * `rapport --read-mail` do it: the mail is read on a worker thread (MailReadJob), each batch is
 * turned into interactions (MailLog) and written in one transaction (ClientStore::applyMailLog),
 * and at the end the positions are kept, so that the next reading of the same place reads only
 * what is new. A batch that cannot be written stops the reading; what was written stays (it is
 * whole batches) and the positions are not moved, so the next reading takes up the rest.
 */
class MailReading : public QObject
{
    Q_OBJECT

public:
    explicit MailReading(ClientStore *store, QObject *parent = nullptr);
    ~MailReading() override;

    /** True for an imaps:// or imap:// address, false for a path. */
    static bool isServerAddress(const QString &location);

    /**
     * Starts reading @p location: a file or folder (mbox, Maildir, .eml files, a Thunderbird
     * profile) or an IMAP address (with @p password). With @p since valid, older messages are
     * left out. False, with errorString(), when the reading cannot start (no owner's address,
     * a bad address, the store's email interactions unreadable); finished() follows otherwise.
     */
    bool start(const QString &location, const QString &password = {}, const QDateTime &since = {});
    /**
     * A PEM file of certificates an IMAP server's certificate may be signed by besides the
     * system's (ImapAccount::trustedCertificateFile), for a server with a self-signed one.
     */
    void setTrustedCertificateFile(const QString &file) { m_trustedCertificateFile = file; }
    /** Stops after the message being read; what was read by then is written, and finished() follows. */
    void cancel();
    bool isRunning() const { return m_job.isRunning(); }

    /** The location being read or read last. */
    QString location() const { return m_location; }
    /** The first time read, as start() was given it. */
    QDateTime since() const { return m_since; }
    /** Everything this reading wrote, merged: what an undo takes back. */
    const MailLogChange &reading() const { return m_reading; }
    /** "412 messages, 97 logged for 31 clients, 12 unanswered". */
    QString summary() const;
    MailLogCounts counts() const;
    /** Who wrote at least twice and is no client (MailLog::unknownSenders()). */
    QVector<MailSender> unknownSenders() const;
    /** Why the reading failed or could not start, in a sentence; empty when it did not. */
    QString errorString() const { return m_errorString; }
    /** Messages that could not be read and were left out. */
    qint64 skipped() const { return m_skipped; }

    /** The setting under which the positions of @p location are kept (as JSON). */
    static MailPositions storedPositions(const ClientStore &store, const QString &location);

Q_SIGNALS:
    /** Emitted after each batch is written: messages read and left out so far. */
    void progressed(qint64 read, qint64 skipped);
    /** Emitted once a reading has ended: @p ok false when it failed (errorString()). */
    void finished(bool ok, bool cancelled);

private:
    void onMessagesRead(const QList<MailMessage> &messages);
    void onFinished(const MailPositions &positions, const QString &errorString, bool cancelled);

    ClientStore *m_store;
    MailReadJob m_job;
    std::optional<MailLog> m_log;
    MailLogChange m_reading;
    QString m_location;
    QDateTime m_since;
    QString m_trustedCertificateFile;
    QString m_errorString;
    qint64 m_skipped = 0;
    bool m_writeFailed = false;
};

} // namespace Rapport
