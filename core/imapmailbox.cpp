#include "imapmailbox.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>

#include <libetpan/libetpan.h>

#include <gnutls/gnutls.h>
#include <gnutls/x509.h>

#include <algorithm>
#include <csignal>
#include <cstring>
#include <ctime>
#include <memory>
#include <pthread.h>
#include <vector>

namespace Rapport {

namespace {

/** The header fields fetched: what the mail header parser and the mail log need. */
const char *const headerFields[] = {"Message-ID", "In-Reply-To", "References", "From",           "To",         "Cc",
                                    "Date",       "Subject",     "List-Id",    "Auto-Submitted", "Precedence", nullptr};

const QString imapsScheme = QStringLiteral("imaps");
const QString imapScheme = QStringLiteral("imap");

bool isLoopback(const QString &host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("::1") || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

/** The mailbox name as IMAP writes it: modified UTF-7 (RFC 3501, 5.1.3). */
QByteArray encodedMailboxName(const QString &name)
{
    const auto printable = [](QChar c) { return c.unicode() >= 0x20 && c.unicode() <= 0x7e; };
    QByteArray encoded;
    for (qsizetype i = 0; i < name.size();) {
        if (printable(name.at(i))) {
            encoded += name.at(i) == QLatin1Char('&') ? QByteArray("&-") : QByteArray(1, char(name.at(i).unicode()));
            ++i;
            continue;
        }
        QByteArray utf16;
        for (; i < name.size() && !printable(name.at(i)); ++i) {
            utf16 += char(name.at(i).unicode() >> 8);
            utf16 += char(name.at(i).unicode() & 0xff);
        }
        encoded += '&' + utf16.toBase64(QByteArray::OmitTrailingEquals).replace('/', ',') + '-';
    }
    return encoded;
}

/** A read position: the mailbox's UIDVALIDITY and the last UID handed over. */
struct Position
{
    quint32 validity = 0;
    quint32 lastUid = 0;

    static Position parse(const QString &text)
    {
        const QStringList parts = text.split(QLatin1Char(':'));
        bool validityOk = false;
        bool uidOk = false;
        Position position;
        if (parts.size() == 2) {
            position.validity = parts.at(0).toUInt(&validityOk);
            position.lastUid = parts.at(1).toUInt(&uidOk);
        }
        return validityOk && uidOk && position.validity != 0 ? position : Position();
    }
    QString toString() const
    {
        return validity == 0 ? QString() : QString::number(validity) + QLatin1Char(':') + QString::number(lastUid);
    }
};

/** Keeps a write to a closed connection from killing the program with SIGPIPE (libetpan uses send() without MSG_NOSIGNAL). */
class SigpipeBlocker
{
public:
    SigpipeBlocker()
    {
        sigemptyset(&m_set);
        sigaddset(&m_set, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &m_set, &m_previous);
        sigset_t pending;
        sigpending(&pending);
        m_wasPending = sigismember(&pending, SIGPIPE) == 1;
    }
    ~SigpipeBlocker()
    {
        if (!m_wasPending) {
            const timespec noWait{0, 0};
            while (sigtimedwait(&m_set, nullptr, &noWait) > 0) {
            }
        }
        pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
    }
    SigpipeBlocker(const SigpipeBlocker &) = delete;
    SigpipeBlocker &operator=(const SigpipeBlocker &) = delete;

private:
    sigset_t m_set;
    sigset_t m_previous;
    bool m_wasPending = false;
};

struct SessionDeleter
{
    void operator()(mailimap *session) const { mailimap_free(session); }
};
struct FetchTypeDeleter
{
    void operator()(mailimap_fetch_type *type) const { mailimap_fetch_type_free(type); }
};
struct ClistDeleter
{
    void (*free)(clist *);
    void operator()(clist *list) const
    {
        if (list)
            free(list);
    }
};
using ListPointer = std::unique_ptr<clist, ClistDeleter>;

void setServerName(mailstream_ssl_context *context, void *host)
{
    // SNI carries names only, never an address.
    char *name = static_cast<char *>(host);
    const bool address = std::strchr(name, ':') != nullptr
        || std::all_of(name, name + std::strlen(name), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
    if (!address)
        mailstream_ssl_set_server_name(context, name);
}

struct X509List
{
    std::vector<gnutls_x509_crt_t> certificates;
    ~X509List()
    {
        for (gnutls_x509_crt_t certificate : certificates)
            gnutls_x509_crt_deinit(certificate);
    }
};

QString distinguishedName(gnutls_x509_crt_t certificate)
{
    gnutls_datum_t dn{nullptr, 0};
    if (gnutls_x509_crt_get_dn3(certificate, &dn, 0) < 0)
        return QString();
    const QString name = QString::fromUtf8(reinterpret_cast<const char *>(dn.data), int(dn.size));
    gnutls_free(dn.data);
    return name;
}

QString sha256Fingerprint(gnutls_x509_crt_t certificate)
{
    unsigned char digest[32];
    size_t size = sizeof digest;
    if (gnutls_x509_crt_get_fingerprint(certificate, GNUTLS_DIG_SHA256, digest, &size) < 0)
        return QString();
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(size)).toHex(':').toUpper());
}

QString formattedTime(time_t time)
{
    return QDateTime::fromSecsSinceEpoch(time).toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

quint16 ImapAccount::effectivePort() const
{
    if (port != 0)
        return port;
    return security == Security::Tls ? 993 : 143;
}

ImapAccount ImapAccount::fromAddress(const QString &address, QString *errorMessage)
{
    const auto failed = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return ImapAccount();
    };
    const QString form = tr("Write the mail account as imaps://user@server/INBOX.");
    const QString text = address.trimmed();
    if (text.isEmpty())
        return failed(form);
    if (hasControlCharacter(text) || text.size() > 2048)
        return failed(tr("The mail account address has characters that cannot be in it."));
    // The port is read here, for a message that says what is wrong with it.
    const QString hostAndPort = text.section(QLatin1Char('/'), 2, 2).section(QLatin1Char('@'), -1);
    const qsizetype colon = hostAndPort.lastIndexOf(QLatin1Char(':'));
    if (colon > hostAndPort.lastIndexOf(QLatin1Char(']'))) {
        bool ok = false;
        const uint port = hostAndPort.mid(colon + 1).toUInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return failed(tr("The port of the mail account must be a number from 1 to 65535."));
    }
    // An owner writes their email address as the user: every @ but the last is part of it.
    QString encoded = text;
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    if (schemeEnd > 0) {
        const qsizetype pathStart = text.indexOf(QLatin1Char('/'), schemeEnd + 3);
        QString authority = text.mid(schemeEnd + 3, pathStart < 0 ? -1 : pathStart - schemeEnd - 3);
        const qsizetype lastAt = authority.lastIndexOf(QLatin1Char('@'));
        if (lastAt > 0)
            authority = authority.left(lastAt).replace(QLatin1Char('@'), QLatin1String("%40")) + authority.mid(lastAt);
        encoded = text.left(schemeEnd + 3) + authority + (pathStart < 0 ? QString() : text.mid(pathStart));
    }
    const QUrl url(encoded, QUrl::StrictMode);
    if (!url.isValid())
        return failed(form);
    ImapAccount account;
    if (url.scheme() == imapsScheme)
        account.security = Security::Tls;
    else if (url.scheme() == imapScheme)
        account.security = Security::StartTls;
    else
        return failed(form);
    if (!url.password().isEmpty() || url.userInfo().contains(QLatin1Char(':')))
        return failed(tr("Leave the password out of the mail account address: Rapport asks for it and keeps it in the keyring."));
    if (url.hasQuery() || url.hasFragment())
        return failed(form);
    account.user = url.userName(QUrl::FullyDecoded);
    if (account.user.isEmpty())
        return failed(tr("The mail account address has no user name: write it as imaps://user@server/INBOX."));
    account.host = url.host(QUrl::FullyDecoded);
    if (account.host.isEmpty())
        return failed(tr("The mail account address has no server name: write it as imaps://user@server/INBOX."));
    account.port = quint16(url.port(0));
    const QString mailbox = url.path(QUrl::FullyDecoded).mid(1);
    if (hasControlCharacter(mailbox) || hasControlCharacter(account.user))
        return failed(tr("The mail account address has characters that cannot be in it."));
    if (!mailbox.isEmpty())
        account.mailbox = mailbox;
    if (errorMessage)
        errorMessage->clear();
    return account;
}

QString ImapAccount::address() const
{
    QUrl url;
    url.setScheme(security == Security::Tls ? imapsScheme : imapScheme);
    url.setUserName(user, QUrl::DecodedMode);
    url.setHost(host, QUrl::DecodedMode);
    if (port != 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + mailbox, QUrl::DecodedMode);
    return url.toString(QUrl::FullyEncoded);
}

QString ImapAccount::displayName() const
{
    return tr("%1 of %2@%3").arg(mailbox, user, host);
}

ImapMailbox::ImapMailbox(ImapAccount account)
    : m_account(std::move(account))
{
}

ImapMailbox::~ImapMailbox() = default;

void ImapMailbox::setChunkSize(int messages)
{
    m_chunkSize = std::max(1, messages);
}

void ImapMailbox::setTimeout(int seconds)
{
    m_timeout = std::max(1, seconds);
}

void ImapMailbox::setProgressHandler(ProgressHandler handler)
{
    m_progress = std::move(handler);
}

bool ImapMailbox::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ImapMailbox::failNetwork(const QString &message)
{
    // libetpan says a read failed, not why: a failure that took the whole timeout is the server's silence.
    if (m_waiting.elapsed() >= qint64(m_timeout) * 1000)
        return fail(tr("The mail server %1 did not answer for %2 seconds: it may be down or busy, try again later.")
                        .arg(m_account.host)
                        .arg(m_timeout));
    return fail(message);
}

bool ImapMailbox::read(const QString &since, const HeaderHandler &handler)
{
    const Position start = Position::parse(since);
    m_position = start.toString();
    m_error.clear();
    m_startedOver = false;
    m_cancelled = false;
    // A cancel() that came before this read began still counts; none outlives it.
    const std::unique_ptr<std::atomic<bool>, void (*)(std::atomic<bool> *)> clearCancel(&m_cancelRequested,
                                                                                      [](std::atomic<bool> *flag) { *flag = false; });

    if (m_account.host.isEmpty())
        return fail(tr("The mail account has no server name."));
    if (m_account.security == ImapAccount::Security::Plain && !isLoopback(m_account.host))
        return fail(tr("Rapport reads mail from %1 only over an encrypted connection: choose TLS or STARTTLS.").arg(m_account.host));
    if (!m_account.trustedCertificateFile.isEmpty() && !QFileInfo(m_account.trustedCertificateFile).isReadable())
        return fail(tr("The trusted certificate file %1 cannot be read.").arg(m_account.trustedCertificateFile));

    SigpipeBlocker sigpipeBlocker;
    std::unique_ptr<mailimap, SessionDeleter> session(mailimap_new(0, nullptr));
    if (!session)
        return fail(tr("There is not enough memory to read mail."));
    mailimap_set_timeout(session.get(), m_timeout);
    if (!connectAndLogIn(session.get()))
        return false;
    const bool done = readSession(session.get(), start.validity, start.lastUid, handler);
    if (done)
        mailimap_logout(session.get());
    return done;
}

bool ImapMailbox::connectAndLogIn(mailimap *session)
{
    const QString host = m_account.host;
    const QString port = QString::number(m_account.effectivePort());
    const QByteArray hostName = QUrl::toAce(host).isEmpty() ? host.toUtf8() : QUrl::toAce(host);
    const bool tls = m_account.security != ImapAccount::Security::Plain;

    int result = MAILIMAP_NO_ERROR;
    m_waiting.start();
    if (m_account.security == ImapAccount::Security::Tls)
        result = mailimap_ssl_connect_with_callback(session, hostName.constData(), m_account.effectivePort(), setServerName,
                                                    const_cast<char *>(hostName.constData()));
    else
        result = mailimap_socket_connect(session, hostName.constData(), m_account.effectivePort());
    if (result == MAILIMAP_ERROR_CONNECTION_REFUSED)
        return fail(tr("Cannot reach the mail server %1 on port %2: check the server name and port, and that this computer is online.")
                        .arg(host, port));
    if (result == MAILIMAP_ERROR_SSL)
        return failNetwork(tr("The mail server %1 did not start a secure connection on port %2: check the port and the security setting.")
                        .arg(host, port));
    if (result == MAILIMAP_ERROR_DONT_ACCEPT_CONNECTION)
        return fail(tr("The mail server %1 does not accept connections now.").arg(host));
    if (result != MAILIMAP_NO_ERROR_AUTHENTICATED && result != MAILIMAP_NO_ERROR_NON_AUTHENTICATED)
        return failNetwork(tr("The mail server %1 on port %2 did not answer as an IMAP server: check the port and the security setting.")
                        .arg(host, port));

    if (m_account.security == ImapAccount::Security::StartTls) {
        m_waiting.start();
        result = mailimap_socket_starttls_with_callback(session, setServerName, const_cast<char *>(hostName.constData()));
        if (result == MAILIMAP_ERROR_STARTTLS)
            return fail(tr("The mail server %1 does not offer STARTTLS on port %2: choose TLS (port 993) instead.").arg(host, port));
        if (result != MAILIMAP_NO_ERROR)
            return failNetwork(tr("The mail server %1 did not start a secure connection with STARTTLS on port %2.").arg(host, port));
    }

    if (tls) {
        carray *chain = mailstream_get_certificate_chain(session->imap_stream);
        X509List certificates;
        for (unsigned int i = 0; chain && i < carray_count(chain); ++i) {
            const auto *der = static_cast<const MMAPString *>(carray_get(chain, i));
            gnutls_x509_crt_t certificate = nullptr;
            if (gnutls_x509_crt_init(&certificate) < 0)
                break;
            certificates.certificates.push_back(certificate);
            const gnutls_datum_t data{reinterpret_cast<unsigned char *>(der->str), unsigned(der->len)};
            if (gnutls_x509_crt_import(certificate, &data, GNUTLS_X509_FMT_DER) < 0) {
                certificates.certificates.pop_back();
                gnutls_x509_crt_deinit(certificate);
                break;
            }
        }
        if (chain)
            mailstream_certificate_chain_free(chain);
        if (certificates.certificates.empty())
            return fail(tr("The mail server %1 sent no certificate, so it cannot be trusted.").arg(host));

        gnutls_x509_trust_list_t trust = nullptr;
        if (gnutls_x509_trust_list_init(&trust, 0) < 0)
            return fail(tr("There is not enough memory to read mail."));
        const std::unique_ptr<gnutls_x509_trust_list_st, void (*)(gnutls_x509_trust_list_t)> trustOwner(
            trust, [](gnutls_x509_trust_list_t list) { gnutls_x509_trust_list_deinit(list, 1); });
        gnutls_x509_trust_list_add_system_trust(trust, 0, 0);
        if (!m_account.trustedCertificateFile.isEmpty()) {
            const QByteArray file = QFile::encodeName(m_account.trustedCertificateFile);
            if (gnutls_x509_trust_list_add_trust_file(trust, file.constData(), nullptr, GNUTLS_X509_FMT_PEM, 0, 0) <= 0)
                return fail(tr("The trusted certificate file %1 holds no certificate in PEM form.").arg(m_account.trustedCertificateFile));
        }
        gnutls_typed_vdata_st checks[2];
        checks[0].type = GNUTLS_DT_DNS_HOSTNAME;
        checks[0].data = reinterpret_cast<unsigned char *>(const_cast<char *>(hostName.constData()));
        checks[0].size = 0;
        checks[1].type = GNUTLS_DT_KEY_PURPOSE_OID;
        checks[1].data = reinterpret_cast<unsigned char *>(const_cast<char *>(GNUTLS_KP_TLS_WWW_SERVER));
        checks[1].size = 0;
        unsigned int status = 0;
        const int verified = gnutls_x509_trust_list_verify_crt2(trust, certificates.certificates.data(),
                                                                unsigned(certificates.certificates.size()), checks, 2, 0, &status, nullptr);
        gnutls_x509_crt_t leaf = certificates.certificates.front();
        const QString which = tr("%1, SHA-256 fingerprint %2").arg(distinguishedName(leaf), sha256Fingerprint(leaf));
        if (verified < 0)
            return fail(tr("The certificate of mail server %1 could not be checked (%2).").arg(host, which));
        if (status & (GNUTLS_CERT_SIGNER_NOT_FOUND | GNUTLS_CERT_SIGNER_NOT_CA)) {
            if (gnutls_x509_crt_check_issuer(leaf, leaf))
                return fail(tr("The certificate of mail server %1 is not trusted: it is self-signed (%2). If this is your own server, "
                               "choose its certificate as trusted.")
                                .arg(host, which));
            return fail(tr("The certificate of mail server %1 is not trusted: it was not issued by an authority this computer trusts (%2).")
                            .arg(host, which));
        }
        if (status & GNUTLS_CERT_EXPIRED)
            return fail(tr("The certificate of mail server %1 expired on %2 (%3).")
                            .arg(host, formattedTime(gnutls_x509_crt_get_expiration_time(leaf)), which));
        if (status & GNUTLS_CERT_NOT_ACTIVATED)
            return fail(tr("The certificate of mail server %1 is not valid before %2 (%3): check this computer's date.")
                            .arg(host, formattedTime(gnutls_x509_crt_get_activation_time(leaf)), which));
        if (status & GNUTLS_CERT_UNEXPECTED_OWNER)
            return fail(tr("The certificate of mail server %1 is for another server (%2).").arg(host, which));
        if (status & GNUTLS_CERT_REVOKED)
            return fail(tr("The certificate of mail server %1 has been revoked (%2).").arg(host, which));
        if (status != 0)
            return fail(tr("The certificate of mail server %1 is not valid (%2).").arg(host, which));
    }

    const QByteArray user = m_account.user.toUtf8();
    const QByteArray password = m_account.password.toUtf8();
    m_waiting.start();
    result = mailimap_login(session, user.constData(), password.constData());
    if (result == MAILIMAP_ERROR_LOGIN)
        return fail(tr("The mail server %1 refused the login of %2: check the user name and password.").arg(host, m_account.user));
    if (result != MAILIMAP_NO_ERROR)
        return failNetwork(tr("The connection to mail server %1 was lost while logging in.").arg(host));
    return true;
}

bool ImapMailbox::readSession(mailimap *session, quint32 validity, quint32 lastUid, const HeaderHandler &handler)
{
    const QString host = m_account.host;
    const QByteArray mailbox = encodedMailboxName(m_account.mailbox);
    m_waiting.start();
    int result = mailimap_examine(session, mailbox.constData());
    if (result == MAILIMAP_ERROR_EXAMINE)
        return fail(tr("There is no mailbox \"%1\" on mail server %2 for %3.").arg(m_account.mailbox, host, m_account.user));
    if (result != MAILIMAP_NO_ERROR)
        return failNetwork(tr("The connection to mail server %1 was lost while opening the mailbox \"%2\".").arg(host, m_account.mailbox));
    const quint32 currentValidity = session->imap_selection_info ? session->imap_selection_info->sel_uidvalidity : 0;
    if (currentValidity != validity) {
        m_startedOver = validity != 0;
        lastUid = 0;
    }
    m_position = Position{currentValidity, lastUid}.toString();

    std::vector<quint32> uids;
    {
        mailimap_search_key *key = mailimap_search_key_new_uid(mailimap_set_new_interval(lastUid + 1, 0));
        clist *found = nullptr;
        m_waiting.start();
        result = mailimap_uid_search(session, nullptr, key, &found);
        mailimap_search_key_free(key);
        const ListPointer foundOwner(found, ClistDeleter{mailimap_search_result_free});
        if (result != MAILIMAP_NO_ERROR)
            return failNetwork(tr("The connection to mail server %1 was lost while listing the messages of \"%2\".").arg(host, m_account.mailbox));
        for (clistiter *item = clist_begin(found); item; item = clist_next(item)) {
            const quint32 uid = *static_cast<uint32_t *>(clist_content(item));
            // "n:*" always names the newest message, even when it is older than n.
            if (uid > lastUid)
                uids.push_back(uid);
        }
    }
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());

    clist *fields = clist_new();
    for (const char *const *field = headerFields; *field; ++field)
        clist_append(fields, strdup(*field));
    const std::unique_ptr<mailimap_fetch_type, FetchTypeDeleter> fetchType(mailimap_fetch_type_new_fetch_att_list_empty());
    mailimap_fetch_type_new_fetch_att_list_add(fetchType.get(), mailimap_fetch_att_new_uid());
    mailimap_fetch_type_new_fetch_att_list_add(
        fetchType.get(), mailimap_fetch_att_new_body_peek_section(mailimap_section_new_header_fields(mailimap_header_list_new(fields))));

    const qsizetype total = qsizetype(uids.size());
    if (m_progress)
        m_progress(0, total);
    for (qsizetype first = 0; first < total; first += m_chunkSize) {
        if (m_cancelRequested) {
            m_cancelled = true;
            return fail(tr("Reading mail from %1 was cancelled.").arg(host));
        }
        const qsizetype end = std::min(total, first + m_chunkSize);
        mailimap_set *set = mailimap_set_new_empty();
        for (qsizetype i = first; i < end;) {
            qsizetype last = i;
            while (last + 1 < end && uids[size_t(last + 1)] == uids[size_t(last)] + 1)
                ++last;
            mailimap_set_add_interval(set, uids[size_t(i)], uids[size_t(last)]);
            i = last + 1;
        }
        clist *fetched = nullptr;
        m_waiting.start();
        result = mailimap_uid_fetch(session, set, fetchType.get(), &fetched);
        mailimap_set_free(set);
        const ListPointer fetchedOwner(fetched, ClistDeleter{mailimap_fetch_list_free});
        if (result != MAILIMAP_NO_ERROR)
            return failNetwork(tr("The connection to mail server %1 was lost while reading the messages of \"%2\".").arg(host, m_account.mailbox));

        std::vector<std::pair<quint32, QByteArray>> headers;
        for (clistiter *item = clist_begin(fetched); item; item = clist_next(item)) {
            const auto *message = static_cast<mailimap_msg_att *>(clist_content(item));
            quint32 uid = 0;
            QByteArray header;
            for (clistiter *part = clist_begin(message->att_list); part; part = clist_next(part)) {
                const auto *attribute = static_cast<mailimap_msg_att_item *>(clist_content(part));
                if (attribute->att_type != MAILIMAP_MSG_ATT_ITEM_STATIC)
                    continue;
                const mailimap_msg_att_static *value = attribute->att_data.att_static;
                if (value->att_type == MAILIMAP_MSG_ATT_UID)
                    uid = value->att_data.att_uid;
                else if (value->att_type == MAILIMAP_MSG_ATT_BODY_SECTION && value->att_data.att_body_section->sec_body_part)
                    header = QByteArray(value->att_data.att_body_section->sec_body_part,
                                        qsizetype(value->att_data.att_body_section->sec_length));
            }
            if (std::binary_search(uids.begin() + first, uids.begin() + end, uid))
                headers.emplace_back(uid, header);
        }
        std::sort(headers.begin(), headers.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        headers.erase(std::unique(headers.begin(), headers.end(), [](const auto &a, const auto &b) { return a.first == b.first; }),
                      headers.end());
        for (const auto &[uid, header] : headers)
            handler(uid, header);
        // A message deleted meanwhile is gone for good: the position passes it too.
        m_position = Position{currentValidity, uids[size_t(end - 1)]}.toString();
        if (m_progress)
            m_progress(end, total);
    }
    return true;
}

} // namespace Rapport
