#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Rapport {

/** A client of the business, as stored. Scores are 0.0 to 10.0 with one decimal. */
struct Client
{
    qint64 id = 0; ///< 0 until stored
    QString name;
    QString company;
    QString email;
    QString phone;
    QStringList tags;
    QString notes;
    double satisfaction = 5.0;
    double repurchase = 5.0; ///< likelihood to repurchase
    QDateTime createdAt;     ///< UTC
    QDateTime updatedAt;     ///< UTC
    bool archived = false;
    int idealIntervalDays = 0;   ///< the client's own ideal contact interval; 0 for the segment's
    int maximumIntervalDays = 0; ///< the client's own maximum contact interval; 0 for the segment's

    /** The name to show for this client: the name, or the company when the name is empty. */
    QString displayName() const;

    /** Tags joined for display and storage: "retail, weekly". */
    QString tagsText() const;

    /** Splits @p text on commas into trimmed, non-empty, de-duplicated tags. */
    static QStringList parseTags(const QString &text);

    /** Same stored content (timestamps compared to the millisecond). */
    friend bool operator==(const Client &a, const Client &b);
    friend bool operator!=(const Client &a, const Client &b) { return !(a == b); }
};

} // namespace Rapport

Q_DECLARE_METATYPE(Rapport::Client)
