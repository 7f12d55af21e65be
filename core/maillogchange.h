#pragma once

#include "interaction.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <utility>

namespace Rapport {

/** An outbound email the mail log logged as unanswered, which a reply has since answered. */
struct AnsweredEmail
{
    qint64 clientId = 0;
    QString messageId; ///< the key it was logged with (Interaction::messageId)

    friend bool operator==(const AnsweredEmail &a, const AnsweredEmail &b)
    {
        return a.clientId == b.clientId && a.messageId == b.messageId;
    }
};

/**
 * What reading mail changes in the store: the email interactions to add, and the outbound
 * emails logged earlier as unanswered that are answered now. One batch of a reading, as
 * MailLog::read() makes it, or a whole reading, merged batch by batch (what undo takes back).
 */
struct MailLogChange
{
    /** New email interactions; ClientStore::applyMailLog() gives them their ids. */
    QVector<Interaction> additions;
    /** Outbound emails already stored as unanswered that become answered. */
    QVector<AnsweredEmail> answered;

    bool isEmpty() const { return additions.isEmpty() && answered.isEmpty(); }
    /** The clients whose interactions the change touches, each once, in the order first met. */
    QVector<qint64> clientIds() const;

    /**
     * Adds @p later, a batch applied after this change: its additions are appended, and an
     * answer to one of this change's additions becomes that addition's outcome, so that the
     * merged change holds what the store holds.
     */
    void merge(const MailLogChange &later);

private:
    /** The position of each addition by (client, message id), kept up to date by merge(). */
    QHash<std::pair<qint64, QString>, qsizetype> m_positions;
};

} // namespace Rapport
