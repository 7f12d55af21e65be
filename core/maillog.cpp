#include "maillog.h"

#include "clientstore.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

namespace Rapport {

namespace {

constexpr qint64 MSecsPerDay = 24 * 60 * 60 * 1000;

/** True for an address only machines write from: noreply@, do-not-reply@, mailer-daemon@, bounces@... */
bool isMachineAddress(const QString &address)
{
    static const QRegularExpression machine(QStringLiteral(
        "^(no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|postmaster|bounces?)([-+._][^@]*)?@"));
    return machine.match(address).hasMatch();
}

QStringList normalizedAddresses(const QStringList &addresses)
{
    QStringList result;
    for (const QString &address : addresses) {
        const QString normal = address.trimmed().toLower();
        if (!normal.isEmpty() && !result.contains(normal))
            result.append(normal);
    }
    return result;
}

} // namespace

MailLog::MailLog(const QVector<Client> &clients, const SegmentationRules &rules, const LapseRules &lapseRules,
                 const QStringList &ownAddresses)
{
    for (const QString &address : normalizedAddresses(ownAddresses))
        m_own.insert(address);
    m_mail.reserve(clients.size());
    for (const Client &client : clients) {
        const ContactInterval interval = lapseRules.intervalFor(client, rules.segment(client.satisfaction, client.repurchase));
        m_mail[client.id].window = interval.idealDays * MSecsPerDay;
        for (const ContactPoint &email : client.emails) {
            QVector<qint64> &ids = m_clientsByAddress[email.value.trimmed().toLower()];
            if (!ids.contains(client.id))
                ids.append(client.id);
        }
    }
    m_clientsByAddress.remove(QString());
}

std::optional<MailLog> MailLog::forStore(const ClientStore &store)
{
    MailLog log(store.clients(), store.rules(), store.lapseRules(), ownAddresses(store));
    const bool read = store.forEachInteraction(InteractionKind::Email, [&log](const Interaction &interaction) {
        log.addStored(interaction);
        return true;
    });
    if (!read)
        return std::nullopt;
    return log;
}

void MailLog::addStored(const Interaction &interaction)
{
    const auto found = m_mail.find(interaction.clientId);
    if (interaction.kind != InteractionKind::Email || found == m_mail.end())
        return;
    ClientMail &mail = *found;
    const qint64 at = interaction.happenedAt.toMSecsSinceEpoch();
    if (!interaction.messageId.isEmpty())
        m_known.insert({interaction.clientId, interaction.messageId});
    if (interaction.direction == Direction::Inbound) {
        mail.inbound.insert(at);
    } else if (interaction.outcome == Outcome::NoAnswer && !interaction.messageId.isEmpty()) {
        // Only what the mail log wrote is changed by it; emails logged by hand stay the owner's.
        mail.unanswered.emplace(at, interaction.messageId);
        m_unanswered.insert({interaction.clientId, interaction.messageId}, Unanswered{at, true, -1, -1});
    }
}

MailLogChange MailLog::read(const QVector<MailMessage> &messages)
{
    ++m_batch;
    MailLogChange change;
    QVector<qint64> recipients;
    for (const MailMessage &message : messages) {
        ++m_counts.messages;
        if (message.automated) {
            ++m_counts.automated;
            continue;
        }
        if (!message.date.isValid()) {
            ++m_counts.undated;
            continue;
        }
        const QString key = messageKey(message);
        const QString from = message.fromAddress.trimmed().toLower();
        if (m_own.contains(from)) {
            recipients.clear();
            for (const QString &address : message.recipientAddresses) {
                const auto found = m_clientsByAddress.constFind(address.trimmed().toLower());
                if (found == m_clientsByAddress.constEnd())
                    continue;
                for (qint64 clientId : *found) {
                    if (!recipients.contains(clientId))
                        recipients.append(clientId);
                }
            }
            for (qint64 clientId : std::as_const(recipients))
                logOutbound(clientId, message, key, &change);
        } else if (const auto found = m_clientsByAddress.constFind(from); found != m_clientsByAddress.constEnd()) {
            for (qint64 clientId : *found)
                logInbound(clientId, message, key, &change);
        } else if (!from.isEmpty()) {
            noteSender(message);
        }
    }
    m_counts.clients = int(m_loggedClients.size());
    return change;
}

Interaction MailLog::interactionFor(qint64 clientId, const MailMessage &message, const QString &key, Direction direction) const
{
    Interaction interaction;
    interaction.clientId = clientId;
    interaction.happenedAt = message.date.toUTC();
    interaction.kind = InteractionKind::Email;
    interaction.direction = direction;
    interaction.outcome = Outcome::Answered;
    interaction.note = message.subject.trimmed();
    interaction.messageId = key;
    return interaction;
}

void MailLog::logOutbound(qint64 clientId, const MailMessage &message, const QString &key, MailLogChange *change)
{
    const ClientKey known{clientId, key};
    if (m_known.contains(known)) {
        ++m_counts.alreadyLogged;
        return;
    }
    m_known.insert(known);
    ClientMail &mail = m_mail[clientId];
    const qint64 at = message.date.toMSecsSinceEpoch();
    const auto nextInbound = mail.inbound.upper_bound(at);
    const bool answered = mail.repliedTo.contains(key)
        || (nextInbound != mail.inbound.end() && *nextInbound <= at + mail.window);
    Interaction interaction = interactionFor(clientId, message, key, Direction::Outbound);
    if (!answered) {
        interaction.outcome = Outcome::NoAnswer;
        mail.unanswered.emplace(at, key);
        m_unanswered.insert(known, Unanswered{at, false, m_batch, change->additions.size()});
        ++m_counts.unanswered;
    }
    change->additions.append(interaction);
    ++m_counts.logged;
    m_loggedClients.insert(clientId);
}

void MailLog::logInbound(qint64 clientId, const MailMessage &message, const QString &key, MailLogChange *change)
{
    ClientMail &mail = m_mail[clientId];
    const qint64 at = message.date.toMSecsSinceEpoch();
    // What the answer rules need, even of a message logged before: when they wrote, and what to.
    mail.inbound.insert(at);
    QStringList answers;
    for (const QByteArray &reference : message.references) {
        const QString id = QString::fromUtf8(reference);
        mail.repliedTo.insert(id);
        if (m_unanswered.contains({clientId, id}))
            answers.append(id);
    }
    for (auto it = mail.unanswered.lower_bound(at - mail.window); it != mail.unanswered.end() && it->first < at; ++it)
        answers.append(it->second);
    for (const QString &answered : std::as_const(answers))
        answer(clientId, answered, change);

    const ClientKey known{clientId, key};
    if (m_known.contains(known)) {
        ++m_counts.alreadyLogged;
        return;
    }
    m_known.insert(known);
    change->additions.append(interactionFor(clientId, message, key, Direction::Inbound));
    ++m_counts.logged;
    m_loggedClients.insert(clientId);
}

void MailLog::answer(qint64 clientId, const QString &key, MailLogChange *change)
{
    const auto found = m_unanswered.find({clientId, key});
    if (found == m_unanswered.end())
        return;
    const Unanswered unanswered = *found;
    m_unanswered.erase(found);
    ClientMail &mail = m_mail[clientId];
    const auto [first, last] = mail.unanswered.equal_range(unanswered.at);
    for (auto it = first; it != last; ++it) {
        if (it->second == key) {
            mail.unanswered.erase(it);
            break;
        }
    }
    if (unanswered.stored) {
        change->answered.append({clientId, key});
        ++m_counts.answeredLater;
        return;
    }
    --m_counts.unanswered;
    if (unanswered.batch == m_batch)
        change->additions[unanswered.position].outcome = Outcome::Answered;
    else
        change->answered.append({clientId, key});
}

void MailLog::noteSender(const MailMessage &message)
{
    const QString address = message.fromAddress.trimmed().toLower();
    if (isMachineAddress(address))
        return;
    MailSender &sender = m_senders[address];
    sender.address = address;
    ++sender.messageCount;
    const QString name = message.fromName.trimmed();
    if (!sender.lastDate.isValid() || message.date >= sender.lastDate) {
        sender.lastDate = message.date.toUTC();
        if (!name.isEmpty())
            sender.name = name;
    } else if (sender.name.isEmpty()) {
        sender.name = name;
    }
}

QVector<MailSender> MailLog::unknownSenders(int minimumMessages) const
{
    QVector<MailSender> senders;
    for (const MailSender &sender : m_senders) {
        if (sender.messageCount >= minimumMessages)
            senders.append(sender);
    }
    std::sort(senders.begin(), senders.end(), [](const MailSender &a, const MailSender &b) {
        if (a.messageCount != b.messageCount)
            return a.messageCount > b.messageCount;
        if (a.lastDate != b.lastDate)
            return a.lastDate > b.lastDate;
        return a.address < b.address;
    });
    return senders;
}

QString MailLog::summary() const
{
    return summary(m_counts);
}

QString MailLog::summary(const MailLogCounts &counts)
{
    return tr("%1, %2 for %3, %4", "a mail reading: messages read, emails logged, for how many clients, how many unanswered")
        .arg(tr("%n message(s)", nullptr, counts.messages), tr("%n logged", "emails", counts.logged),
             tr("%n client(s)", nullptr, counts.clients), tr("%n unanswered", "emails", counts.unanswered));
}

QString MailLog::messageKey(const MailMessage &message)
{
    if (!message.messageId.isEmpty())
        return QString::fromUtf8(message.messageId);
    if (!message.date.isValid())
        return {};
    QStringList recipients;
    for (const QString &address : message.recipientAddresses)
        recipients.append(address.trimmed().toLower());
    std::sort(recipients.begin(), recipients.end());
    const QString headers = QString::number(message.date.toSecsSinceEpoch()) + QLatin1Char('\n')
        + message.fromAddress.trimmed().toLower() + QLatin1Char('\n') + recipients.join(QLatin1Char(',')) + QLatin1Char('\n')
        + message.subject.trimmed();
    return QStringLiteral("headers:")
        + QString::fromLatin1(QCryptographicHash::hash(headers.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString MailLog::ownAddressesKey()
{
    return QStringLiteral("mail/own_addresses");
}

QStringList MailLog::ownAddresses(const ClientStore &store)
{
    return normalizedAddresses(store.setting(ownAddressesKey()).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
}

bool MailLog::setOwnAddresses(ClientStore *store, const QStringList &addresses)
{
    return store->setSetting(ownAddressesKey(), normalizedAddresses(addresses).join(QLatin1Char('\n')));
}

QString MailLog::readerPositionKey(const QString &source)
{
    return QStringLiteral("mail/position/") + source;
}

QString MailLog::readerPosition(const ClientStore &store, const QString &source)
{
    return store.setting(readerPositionKey(source));
}

bool MailLog::setReaderPosition(ClientStore *store, const QString &source, const QString &position)
{
    return store->setSetting(readerPositionKey(source), position);
}

} // namespace Rapport
