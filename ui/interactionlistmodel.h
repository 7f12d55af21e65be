#pragma once

#include "interaction.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QVector>

namespace Rapport {
class ClientStore;
}

/** One client's interactions, newest first: the timeline of the detail panel. */
class InteractionListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        InteractionIdRole = Qt::UserRole + 1, ///< qint64
        HappenedAtRole,                       ///< QDateTime (UTC)
        LoggedByRole,                         ///< QString: who logged it, empty when not known
    };

    explicit InteractionListModel(Rapport::ClientStore *store, QObject *parent = nullptr);

    void setClientId(qint64 clientId);
    qint64 clientId() const { return m_clientId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    qint64 interactionId(int row) const;
    /** Whether the lines name who logged each interaction (AuthorLine::isShown()). */
    bool showsAuthors() const { return m_showsAuthors; }

private:
    void reload();

    Rapport::ClientStore *m_store;
    QIcon m_noAnswerIcon; ///< drawn once, not for each line shown
    qint64 m_clientId = 0;
    QVector<Rapport::Interaction> m_interactions; ///< newest first
    bool m_showsAuthors = false;
};
