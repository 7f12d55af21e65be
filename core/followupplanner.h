#pragma once

#include "clientrecord.h"
#include "frameworks.h"
#include "lapserules.h"
#include "segmentationrules.h"
#include "segmentchange.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>

#include <array>
#include <functional>

namespace Rapport {

class ClientStore;
class ContactTracker;

/** One client on the follow-up list: where it stands, why it is there, and what to do. */
struct FollowUpItem
{
    int rank = 0; ///< 1 for the first client to deal with
    Client client;
    Segment segment = Segment::Loyalist;
    Extreme extreme = Extreme::None;
    ContactStatus status;
    Trend trend = Trend::Stable;
    bool hasAlert = false;
    QStringList reasons; ///< plain sentences, most important first
    QString action;      ///< the one recommended action
};

/** The follow-up plan for one day: the ordered list and the counts behind it. */
struct FollowUpPlan
{
    QDate asOf;
    QString owner; ///< the account owner whose clients the plan covers, as the clients spell it; empty for every client
    QVector<FollowUpItem> items; ///< the clients to deal with, in order
    int totalClients = 0;
    std::array<int, SegmentCount> segmentCounts{};
    int apostles = 0;
    int terrorists = 0;
    int inLapse = 0;
    int due = 0;
    int leftOut = 0; ///< clients counted above but not on the list: nothing due
    NpsSummary nps;  ///< over the clients who answered
};

/**
 * Decides who to deal with first and why. Pure: the data and the day are passed in.
 *
 * Order: Terrorists, then Defectors, Hostages, Mercenaries, Loyalists, and Apostles last.
 * Within a group: in lapse before not, then more days overdue, then a longer unanswered
 * streak, then a worsening trend before a stable one before an improving one, then name.
 * A client is on the list when due for contact, in lapse, carrying an alert, or a Terrorist.
 */
class FollowUpPlanner
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpPlanner)

public:
    FollowUpPlanner(const SegmentationRules &rules, const LapseRules &lapseRules);

    FollowUpPlan plan(const QVector<ClientRecord> &records, QDate today) const;

    /**
     * The plan for every client of @p store (archived clients excluded), or, when @p owner is not
     * empty, for the clients of that account owner only (Client::isOwnedBy()).
     */
    static FollowUpPlan plan(const ClientStore &store, QDate today, const QString &owner = QString());
    /**
     * The same plan for the tracker's day, from the contact statuses and alerts @p tracker keeps
     * current: what the window uses, since nothing is computed again for clients not listed.
     */
    static FollowUpPlan plan(const ContactTracker &tracker, const QString &owner = QString());

    /** True when @p a comes before @p b on the list. */
    static bool comesBefore(const FollowUpItem &a, const FollowUpItem &b);

    /** 0 for Terrorists up to 5 for Apostles: the group a client is dealt with in. */
    static int priorityGroup(Segment segment, Extreme extreme);

private:
    struct Words;
    /** What the plan needs of every client: the client, its contact status today, and whether it has an alert. */
    struct Input
    {
        const Client *client = nullptr;
        ContactStatus status;
        bool hasAlert = false;
    };
    /**
     * The plan over @p count clients, client i given by @p input(i) and its moves by @p history(i)
     * (asked only of the listed clients): counted always, listed (with reasons and an action)
     * when due. Only the listed clients get an item and words, and only after they are sorted
     * by small keys.
     */
    FollowUpPlan make(qsizetype count, const std::function<Input(qsizetype)> &input,
                      const std::function<QVector<SegmentChange>(qsizetype)> &history, QDate today) const;
    /** What comesBefore() compares before names and ids, smallest first. */
    static std::array<int, 5> orderKey(const FollowUpItem &item);
    void explain(FollowUpItem *item, const QVector<SegmentChange> &history, QDate today, Words *words) const;
    QString actionFor(const FollowUpItem &item) const;

    SegmentationRules m_rules;
    LapseRules m_lapseRules;
};

} // namespace Rapport
