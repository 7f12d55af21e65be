#include "imapmailsource.h"

namespace Rapport {

ImapMailSource::ImapMailSource(const ImapAccount &account)
    : m_mailbox(account)
{
}

bool ImapMailSource::read(const std::function<bool(const MailMessage &)> &onMessage)
{
    const QString key = m_mailbox.account().address();
    bool stopped = false;
    const bool completed = m_mailbox.read(m_positions.value(key), [&](quint32, const QByteArray &header) {
        // The mailbox's position moves past a whole chunk at a time, so every message of the
        // chunk goes on to onMessage, also after it asked to stop: none is skipped next time.
        const std::optional<MailMessage> message = m_parser.parse(header);
        if (!message) {
            ++m_skipped;
            return;
        }
        if (m_since.isValid() && message->date.isValid() && message->date < m_since)
            return;
        ++m_read;
        if (!onMessage(*message) && !stopped) {
            stopped = true;
            m_mailbox.cancel();
        }
    });
    if (!m_mailbox.position().isEmpty())
        m_positions.insert(key, m_mailbox.position());
    return completed && !stopped;
}

} // namespace Rapport
