#pragma once

#include "contactpoint.h"
#include "frameworks.h"

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Rapport {

/** A client of the business, as stored. Scores are 0.0 to 10.0 with one decimal. */
struct Client
{
    qint64 id = 0; ///< 0 until stored
    QString name;
    QString company;
    ContactPoints emails; ///< the preferred first
    ContactPoints phones; ///< the preferred first
    QStringList tags;
    QString notes;
    QString owner;     ///< the account owner, a person's name as Rapport shows authors; empty when none
    QString changedBy; ///< who stored the current version (ClientStore::author() of that writer)
    double satisfaction = 5.0;
    double repurchase = 5.0; ///< likelihood to repurchase
    QDateTime createdAt;     ///< UTC
    QDateTime updatedAt;     ///< UTC
    QDate npsDate;           ///< when the NPS answer was given
    QDate hostageReasonEnds; ///< when the hostage reason ends (a contract's end)
    int idealIntervalDays = 0;   ///< the client's own ideal contact interval; 0 for the segment's
    int maximumIntervalDays = 0; ///< the client's own maximum contact interval; 0 for the segment's
    int purchasesPerYear = 0;    ///< 0 when not known
    int nps = -1;                ///< 0..10, -1 when not asked
    int degree = 0;              ///< 1, 2 or 3; 0 when not set
    /**
     * Counts the stored changes of the client; 0 until stored. A write based on a version that
     * someone else has since replaced is refused (ClientStore::conflict()).
     */
    int version = 0;
    // The small fields last, together, so that 100,000 clients carry no padding between them.
    LadderRung rung = LadderRung::None; ///< chosen by the owner; None when not set
    Stage stage = Stage::None;
    HostageReason hostageReason = HostageReason::None;
    bool archived = false;
    DimensionRatings dimensions{}; ///< 1..5 each, 0 when not rated

    /** The preferred email address; empty when there is none. */
    QString email() const { return emails.isEmpty() ? QString() : emails.constFirst().value; }
    /** The preferred phone number; empty when there is none. */
    QString phone() const { return phones.isEmpty() ? QString() : phones.constFirst().value; }
    /** Makes @p address the preferred email (keeping its label), or removes the preferred one when empty. */
    void setEmail(const QString &address);
    void setPhone(const QString &number);
    /** True when any of the emails is @p address, compared without regard to case. */
    bool hasEmail(const QString &address) const;

    /** The name to show for this client: the name, or the company when the name is empty. */
    QString displayName() const;

    /** Tags joined for display and storage: "retail, weekly". */
    QString tagsText() const;

    /** Splits @p text on commas into trimmed, non-empty, de-duplicated tags. */
    static QStringList parseTags(const QString &text);

    /**
     * True when @p person is the account owner: compared trimmed and without regard to case, so that
     * "anna" on a command line finds Anna's clients. An empty @p person owns nothing.
     */
    bool isOwnedBy(const QString &person) const;
    /** The account owners of @p clients, each once (as first written), sorted for a person to choose from. */
    static QStringList ownersOf(const QVector<Client> &clients);

    /** Same stored content (timestamps compared to the millisecond); version and changedBy are not compared. */
    friend bool operator==(const Client &a, const Client &b);
    friend bool operator!=(const Client &a, const Client &b) { return !(a == b); }
};

} // namespace Rapport

Q_DECLARE_METATYPE(Rapport::Client)
