#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <functional>

struct mailimap;

namespace Rapport {

/**
 * One mailbox on an IMAP server, as the owner describes it. The password is filled in from the
 * keyring for a read and never written anywhere: address() leaves it out.
 */
struct ImapAccount
{
    Q_DECLARE_TR_FUNCTIONS(ImapAccount)
public:
    enum class Security {
        Tls,      ///< TLS from the first byte (imaps, port 993)
        StartTls, ///< a plain connection switched to TLS with STARTTLS before logging in (imap, port 143)
        Plain,    ///< no encryption: refused for any server but this computer (127.0.0.1, ::1, localhost)
    };

    QString host;
    quint16 port = 0; ///< 0: the usual port for the security (993 or 143)
    QString user;
    QString password;
    Security security = Security::Tls;
    QString mailbox = QStringLiteral("INBOX");
    /** A PEM file of certificates trusted besides the system's, for a server with a self-signed certificate. */
    QString trustedCertificateFile;

    /** The port connected to: port, or 993 for Tls and 143 otherwise. */
    quint16 effectivePort() const;

    /**
     * Reads imaps://user@host[:port]/MAILBOX (TLS) or imap://user@host[:port]/MAILBOX
     * (STARTTLS); the mailbox is INBOX when left out, and the user may be written with %40 for
     * an @. On a mistake, returns an account with an empty host and sets @p errorMessage to one
     * sentence for the owner. A password in the address is refused: it belongs in the keyring.
     */
    static ImapAccount fromAddress(const QString &address, QString *errorMessage = nullptr);
    /** The address fromAddress() reads, without password; Plain is written as imap:// too. */
    QString address() const;
    /** "INBOX of anna@mail.example": for messages and titles. */
    QString displayName() const;
};

/**
 * Reads the headers of new messages in one IMAP mailbox, with libetpan. The mailbox is opened
 * read-only (EXAMINE) and headers are fetched with BODY.PEEK, so no message is marked read or
 * changed in any way. The server's certificate is checked against the system's trusted
 * authorities and the account's trusted certificate file, and must name the host, before the
 * password is sent.
 *
 * A read is incremental: position() after a read (an opaque text for the caller to keep) makes
 * the next read hand over only messages that arrived since. When the server renumbered the
 * mailbox (its UIDVALIDITY changed), everything is read again and startedOver() is true.
 *
 * read() blocks until done: call it from a worker thread. cancel() may be called from any
 * thread; the read stops after the chunk being fetched.
 */
class ImapMailbox
{
    Q_DECLARE_TR_FUNCTIONS(ImapMailbox)
public:
    /** Receives one message: its UID and the raw bytes of its header fields, CRLF line ends. */
    using HeaderHandler = std::function<void(quint32 uid, const QByteArray &header)>;
    /** Told after each chunk: messages handed over so far in this read, and how many there are to hand over. */
    using ProgressHandler = std::function<void(qsizetype done, qsizetype total)>;

    explicit ImapMailbox(ImapAccount account);
    ~ImapMailbox();
    ImapMailbox(const ImapMailbox &) = delete;
    ImapMailbox &operator=(const ImapMailbox &) = delete;

    const ImapAccount &account() const { return m_account; }

    /** Messages fetched per command, between which cancel() is looked at (default 200). */
    void setChunkSize(int messages);
    /** Seconds to wait for the server to connect or answer before giving up (default 30). */
    void setTimeout(int seconds);
    void setProgressHandler(ProgressHandler handler);

    /**
     * Connects, logs in, and hands every message newer than @p since (a position() of an earlier
     * read; empty for all) to @p handler, oldest UID first. False on failure or cancel, with
     * errorString(); position() then still tells how far messages were handed over, so keeping
     * it never reads a message twice nor skips one.
     */
    bool read(const QString &since, const HeaderHandler &handler);

    /** Where the last read stopped: pass it to the next read(). */
    QString position() const { return m_position; }
    /** One sentence for the owner: why the last read failed; empty after a read that worked. */
    QString errorString() const { return m_error; }
    /** True when the last read began again from the first message because the mailbox was renumbered. */
    bool startedOver() const { return m_startedOver; }
    /** Stops a read between two chunks (thread-safe). */
    void cancel() { m_cancelRequested = true; }
    /** True when the last read stopped because of cancel(). */
    bool isCancelled() const { return m_cancelled; }

private:
    bool readSession(mailimap *session, quint32 validity, quint32 lastUid, const HeaderHandler &handler);
    bool connectAndLogIn(mailimap *session);
    bool fail(const QString &message);
    bool failNetwork(const QString &message);

    ImapAccount m_account;
    int m_chunkSize = 200;
    int m_timeout = 30;
    ProgressHandler m_progress;
    QElapsedTimer m_waiting; ///< since the last command was sent

    QString m_position;
    QString m_error;
    bool m_startedOver = false;
    bool m_cancelled = false;
    std::atomic<bool> m_cancelRequested{false};
};

} // namespace Rapport
