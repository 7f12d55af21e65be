#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Rapport {

/** What kind of contact an interaction was. */
enum class InteractionKind { Meeting, Call, Email, Message, Other };
/** Who reached out. */
enum class Direction { Outbound, Inbound };
/** Whether the contact happened. */
enum class Outcome { Answered, NoAnswer };

/** One logged contact with a client: a meeting, a call, an email that got no answer... */
struct Interaction
{
    qint64 id = 0;       ///< 0 until stored
    qint64 clientId = 0;
    QDateTime happenedAt; ///< UTC
    InteractionKind kind = InteractionKind::Call;
    Direction direction = Direction::Outbound;
    Outcome outcome = Outcome::Answered;
    QString note;
    /**
     * The key of the email it was logged from by the mail log (its Message-ID, or MailLog::messageKey()
     * of its headers); empty for one logged by hand. Reading the mail again skips what it has logged.
     */
    QString messageId;
    /** Who logged it (ClientStore::author() of that writer); empty for one logged before authors were kept. */
    QString loggedBy;

    /** True when the client was actually in touch: they answered, or they reached out. */
    bool isContact() const { return outcome == Outcome::Answered || direction == Direction::Inbound; }

    friend bool operator==(const Interaction &a, const Interaction &b)
    {
        return a.id == b.id && a.clientId == b.clientId && a.happenedAt == b.happenedAt && a.kind == b.kind
            && a.direction == b.direction && a.outcome == b.outcome && a.note == b.note
            && a.messageId == b.messageId;
    }
    friend bool operator!=(const Interaction &a, const Interaction &b) { return !(a == b); }

    /** Earlier first; ties by id, so that a list has one order. */
    static bool earlier(const Interaction &a, const Interaction &b);
};

/** Names and stable keys of the interaction fields, for the screen and for files. */
class InteractionText
{
    Q_DECLARE_TR_FUNCTIONS(InteractionText)

public:
    static QString kindName(InteractionKind kind);
    static QString directionName(Direction direction);
    static QString outcomeName(Outcome outcome);

    /** "meeting", "call", "email", "message", "other". */
    static QString kindKey(InteractionKind kind);
    static bool kindFromKey(const QString &key, InteractionKind *kind);
    /** "outbound", "inbound". */
    static QString directionKey(Direction direction);
    static bool directionFromKey(const QString &key, Direction *direction);
    /** "answered", "no_answer". */
    static QString outcomeKey(Outcome outcome);
    static bool outcomeFromKey(const QString &key, Outcome *outcome);

    /** One line for a timeline: "Call, we reached out, no answer". */
    static QString summary(const Interaction &interaction);
};

} // namespace Rapport

Q_DECLARE_METATYPE(Rapport::Interaction)
