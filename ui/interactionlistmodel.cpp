#include "interactionlistmodel.h"

#include "authorline.h"
#include "clientstore.h"
#include "datetext.h"
#include "segmentstyle.h"

#include <QIcon>
#include <QLocale>

#include <algorithm>

using namespace Rapport;

InteractionListModel::InteractionListModel(ClientStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_noAnswerIcon(SegmentStyle::lapseIcon())
{
    connect(store, &ClientStore::interactionsChanged, this, [this](const QVector<qint64> &clientIds) {
        if (m_clientId && clientIds.contains(m_clientId))
            reload();
    });
    connect(store, &ClientStore::resetDone, this, [this] { setClientId(0); });
    connect(store, &ClientStore::clientsRemoved, this, [this] {
        if (m_clientId && !m_store->client(m_clientId))
            setClientId(0);
    });
}

void InteractionListModel::setClientId(qint64 clientId)
{
    if (clientId == m_clientId && !m_interactions.isEmpty())
        return;
    m_clientId = clientId;
    reload();
}

void InteractionListModel::reload()
{
    beginResetModel();
    m_interactions = m_clientId ? m_store->interactions(m_clientId) : QVector<Interaction>();
    std::reverse(m_interactions.begin(), m_interactions.end());
    QStringList authors;
    authors.reserve(m_interactions.size());
    for (const Interaction &interaction : std::as_const(m_interactions))
        authors.append(interaction.loggedBy);
    m_showsAuthors = AuthorLine::isShown(m_store->isServer(), authors);
    endResetModel();
}

int InteractionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_interactions.size());
}

qint64 InteractionListModel::interactionId(int row) const
{
    return row >= 0 && row < m_interactions.size() ? m_interactions.at(row).id : 0;
}

QVariant InteractionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Interaction &interaction = m_interactions.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = DateText::shortDateTime(interaction.happenedAt);
        // One line per interaction, so that a short timeline still shows several; the whole note
        // is in the tooltip.
        QString text = when + QStringLiteral(" · ") + InteractionText::summary(interaction);
        if (m_showsAuthors && !interaction.loggedBy.isEmpty())
            text += QStringLiteral(" · ") + AuthorLine::loggedBy(interaction.loggedBy);
        if (!interaction.note.isEmpty())
            text += QStringLiteral(": ") + interaction.note.simplified();
        return text;
    }
    case Qt::ToolTipRole: {
        QString tip = interaction.note.isEmpty() ? InteractionText::summary(interaction) : interaction.note;
        if (m_showsAuthors && !interaction.loggedBy.isEmpty())
            tip += QLatin1Char('\n') + AuthorLine::loggedBy(interaction.loggedBy);
        return tip;
    }
    case LoggedByRole:
        return interaction.loggedBy;
    case Qt::DecorationRole:
        return interaction.outcome == Outcome::NoAnswer ? m_noAnswerIcon : QVariant();
    case InteractionIdRole:
        return interaction.id;
    case HappenedAtRole:
        return interaction.happenedAt;
    default:
        return {};
    }
}
