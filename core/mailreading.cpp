#include "mailreading.h"

#include "clientstore.h"
#include "imapmailsource.h"
#include "mailboxreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Rapport {

namespace {

/** The addresses of the identities in Thunderbird's prefs.js of the profile(s) at @p path. */
QStringList thunderbirdAddresses(const QString &path)
{
    QStringList profiles{path};
    if (QFileInfo::exists(QDir(path).filePath(QStringLiteral("profiles.ini"))))
        profiles = MailboxReader::thunderbirdProfiles(path);
    static const QRegularExpression identity(QStringLiteral(R"re(user_pref\("mail\.identity\.[^"]+\.useremail",\s*"([^"]+)"\);)re"));
    QStringList addresses;
    for (const QString &profile : std::as_const(profiles)) {
        QFile prefs(QDir(profile).filePath(QStringLiteral("prefs.js")));
        if (!prefs.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(prefs.readAll());
        for (auto match = identity.globalMatch(text); match.hasNext();)
            addresses.append(match.next().captured(1));
    }
    return addresses;
}

} // namespace

MailReading::MailReading(ClientStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&m_job, &MailReadJob::messagesRead, this, &MailReading::onMessagesRead);
    connect(&m_job, &MailReadJob::progressed, this, [this](qint64 read, qint64 skipped) {
        m_skipped = skipped;
        Q_EMIT progressed(read, skipped);
    });
    connect(&m_job, &MailReadJob::finished, this, &MailReading::onFinished);
    // The batches still to come belong to the database the reading began on: never write them into another.
    connect(m_store, &ClientStore::aboutToReset, this, [this] {
        if (!m_job.isRunning())
            return;
        m_writeFailed = true;
        m_errorString = tr("The reading of the mail stopped because another database was opened.");
        m_job.cancel();
    });
}

MailReading::~MailReading() = default;

bool MailReading::isServerAddress(const QString &location)
{
    return location.startsWith(QLatin1String("imaps://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("imap://"), Qt::CaseInsensitive);
}

MailPositions MailReading::storedPositions(const ClientStore &store, const QString &location)
{
    MailPositions positions;
    const QJsonObject stored = QJsonDocument::fromJson(MailLog::readerPosition(store, location).toUtf8()).object();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        positions.insert(it.key(), it.value().toString());
    return positions;
}

bool MailReading::start(const QString &location, const QString &password, const QDateTime &since)
{
    if (m_job.isRunning()) {
        m_errorString = tr("Rapport is reading mail already.");
        return false;
    }
    m_location = location;
    m_since = since;
    m_reading = MailLogChange();
    m_errorString.clear();
    m_skipped = 0;
    m_writeFailed = false;

    std::unique_ptr<MailSource> source;
    QStringList foundAddresses;
    if (isServerAddress(location)) {
        QString error;
        ImapAccount account = ImapAccount::fromAddress(location, &error);
        if (account.host.isEmpty()) {
            m_errorString = error;
            return false;
        }
        account.password = password;
        account.trustedCertificateFile = m_trustedCertificateFile;
        if (account.user.contains(QLatin1Char('@')))
            foundAddresses.append(account.user);
        auto imap = std::make_unique<ImapMailSource>(account);
        imap->setSince(since);
        imap->setPositions(storedPositions(*m_store, location));
        source = std::move(imap);
    } else {
        foundAddresses = thunderbirdAddresses(location);
        auto files = std::make_unique<MailboxReader>(location);
        files->setSince(since);
        files->setPositions(storedPositions(*m_store, location));
        source = std::move(files);
    }
    // The account tells whose mail it is; addresses the owner gave are kept as they are.
    if (MailLog::ownAddresses(*m_store).isEmpty() && !foundAddresses.isEmpty()
        && !MailLog::setOwnAddresses(m_store, foundAddresses)) {
        m_errorString = m_store->errorString();
        return false;
    }
    if (MailLog::ownAddresses(*m_store).isEmpty()) {
        m_errorString = tr("Rapport does not know which email addresses are yours, so it cannot tell the mail you "
                           "sent from the mail you received: give them in Read Mail (or with --own-address).");
        return false;
    }
    m_log = MailLog::forStore(*m_store);
    if (!m_log) {
        m_errorString = m_store->errorString();
        return false;
    }
    return m_job.start(std::move(source));
}

void MailReading::cancel()
{
    m_job.cancel();
}

QString MailReading::summary() const
{
    return m_log ? m_log->summary() : MailLog::summary(MailLogCounts());
}

MailLogCounts MailReading::counts() const
{
    return m_log ? m_log->counts() : MailLogCounts();
}

QVector<MailSender> MailReading::unknownSenders() const
{
    return m_log ? m_log->unknownSenders(2) : QVector<MailSender>();
}

void MailReading::onMessagesRead(const QList<MailMessage> &messages)
{
    // After a failed write the rest of what the worker had read is dropped: the positions are
    // not kept either, so the next reading reads it again.
    if (m_writeFailed || !m_log)
        return;
    MailLogChange change = m_log->read(QVector<MailMessage>(messages.cbegin(), messages.cend()));
    if (change.isEmpty())
        return;
    if (!m_store->applyMailLog(change)) {
        m_writeFailed = true;
        m_errorString = m_store->errorString();
        m_job.cancel();
        return;
    }
    m_reading.merge(change);
}

void MailReading::onFinished(const MailPositions &positions, const QString &errorString, bool cancelled)
{
    if (!m_writeFailed) {
        QJsonObject stored;
        for (auto it = positions.cbegin(); it != positions.cend(); ++it)
            stored.insert(it.key(), it.value());
        const QString text = QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact));
        if (!MailLog::setReaderPosition(m_store, m_location, text) && m_errorString.isEmpty())
            m_errorString = m_store->errorString();
        // A source that failed part-way (a file it may not read, a server gone) still leaves
        // what it read written; the sentence says what went wrong.
        if (!cancelled && !errorString.isEmpty())
            m_errorString = errorString;
    }
    // A reading stopped by a failed write was not cancelled by the owner: it failed.
    Q_EMIT finished(m_errorString.isEmpty(), cancelled && !m_writeFailed);
}

} // namespace Rapport
