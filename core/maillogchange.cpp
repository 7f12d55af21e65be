#include "maillogchange.h"

#include <QSet>

namespace Rapport {

QVector<qint64> MailLogChange::clientIds() const
{
    QVector<qint64> ids;
    QSet<qint64> seen;
    const auto note = [&](qint64 id) {
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    };
    for (const Interaction &interaction : additions)
        note(interaction.clientId);
    for (const AnsweredEmail &email : answered)
        note(email.clientId);
    return ids;
}

void MailLogChange::merge(const MailLogChange &later)
{
    // Additions made here directly (not through merge()) are indexed the first time.
    for (qsizetype i = m_positions.size(); i < additions.size(); ++i)
        m_positions.insert({additions.at(i).clientId, additions.at(i).messageId}, i);
    for (const Interaction &interaction : later.additions) {
        m_positions.insert({interaction.clientId, interaction.messageId}, additions.size());
        additions.append(interaction);
    }
    for (const AnsweredEmail &email : later.answered) {
        const auto at = m_positions.constFind({email.clientId, email.messageId});
        if (at != m_positions.constEnd())
            additions[*at].outcome = Outcome::Answered;
        else if (!answered.contains(email))
            answered.append(email);
    }
}

} // namespace Rapport
