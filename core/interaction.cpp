#include "interaction.h"

namespace Rapport {

bool Interaction::earlier(const Interaction &a, const Interaction &b)
{
    const qint64 ta = a.happenedAt.toMSecsSinceEpoch();
    const qint64 tb = b.happenedAt.toMSecsSinceEpoch();
    return ta != tb ? ta < tb : a.id < b.id;
}

QString InteractionText::kindName(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::Meeting:
        return tr("Meeting");
    case InteractionKind::Call:
        return tr("Call");
    case InteractionKind::Email:
        return tr("Email");
    case InteractionKind::Message:
        return tr("Message");
    case InteractionKind::Other:
        return tr("Other");
    }
    return {};
}

QString InteractionText::directionName(Direction direction)
{
    return direction == Direction::Outbound ? tr("we reached out") : tr("they reached out");
}

QString InteractionText::outcomeName(Outcome outcome)
{
    return outcome == Outcome::Answered ? tr("answered") : tr("no answer");
}

QString InteractionText::kindKey(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::Meeting:
        return QStringLiteral("meeting");
    case InteractionKind::Call:
        return QStringLiteral("call");
    case InteractionKind::Email:
        return QStringLiteral("email");
    case InteractionKind::Message:
        return QStringLiteral("message");
    case InteractionKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

bool InteractionText::kindFromKey(const QString &key, InteractionKind *kind)
{
    for (InteractionKind k : {InteractionKind::Meeting, InteractionKind::Call, InteractionKind::Email,
                              InteractionKind::Message, InteractionKind::Other}) {
        if (kindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString InteractionText::directionKey(Direction direction)
{
    return direction == Direction::Outbound ? QStringLiteral("outbound") : QStringLiteral("inbound");
}

bool InteractionText::directionFromKey(const QString &key, Direction *direction)
{
    if (key == QLatin1String("outbound"))
        *direction = Direction::Outbound;
    else if (key == QLatin1String("inbound"))
        *direction = Direction::Inbound;
    else
        return false;
    return true;
}

QString InteractionText::outcomeKey(Outcome outcome)
{
    return outcome == Outcome::Answered ? QStringLiteral("answered") : QStringLiteral("no_answer");
}

bool InteractionText::outcomeFromKey(const QString &key, Outcome *outcome)
{
    if (key == QLatin1String("answered"))
        *outcome = Outcome::Answered;
    else if (key == QLatin1String("no_answer"))
        *outcome = Outcome::NoAnswer;
    else
        return false;
    return true;
}

QString InteractionText::summary(const Interaction &interaction)
{
    return tr("%1, %2, %3").arg(kindName(interaction.kind), directionName(interaction.direction),
                                outcomeName(interaction.outcome));
}

} // namespace Rapport
