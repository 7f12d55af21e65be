#include "client.h"

#include <QCollator>
#include <QSet>

#include <algorithm>

namespace Rapport {

QString Client::displayName() const
{
    return name.isEmpty() ? company : name;
}

QString Client::tagsText() const
{
    return tags.join(QLatin1String(", "));
}

QStringList Client::parseTags(const QString &text)
{
    QStringList result;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !result.contains(tag, Qt::CaseInsensitive))
            result.append(tag);
    }
    return result;
}

namespace {
void setPreferred(ContactPoints &stored, const QString &value)
{
    QList<ContactPoint> points = stored;
    if (value.isEmpty()) {
        if (!points.isEmpty())
            points.removeFirst();
    } else if (points.isEmpty()) {
        points.append(ContactPoint{value, ContactPoint::Label::Work});
    } else {
        points.first().value = value;
    }
    stored = points;
}
} // namespace

void Client::setEmail(const QString &address)
{
    setPreferred(emails, address);
}

void Client::setPhone(const QString &number)
{
    setPreferred(phones, number);
}

bool Client::hasEmail(const QString &address) const
{
    return emails.containsValue(address, Qt::CaseInsensitive);
}

bool operator==(const Client &a, const Client &b)
{
    return a.id == b.id && a.name == b.name && a.company == b.company && a.emails == b.emails
        && a.phones == b.phones && a.tags == b.tags && a.notes == b.notes && a.owner == b.owner
        && a.satisfaction == b.satisfaction && a.repurchase == b.repurchase
        && a.createdAt == b.createdAt && a.updatedAt == b.updatedAt && a.archived == b.archived
        && a.idealIntervalDays == b.idealIntervalDays && a.maximumIntervalDays == b.maximumIntervalDays
        && a.rung == b.rung && a.stage == b.stage && a.dimensions == b.dimensions && a.nps == b.nps
        && a.npsDate == b.npsDate && a.degree == b.degree && a.hostageReason == b.hostageReason
        && a.hostageReasonEnds == b.hostageReasonEnds && a.purchasesPerYear == b.purchasesPerYear;
}


bool Client::isOwnedBy(const QString &person) const
{
    const QString wanted = person.trimmed();
    return !wanted.isEmpty() && owner.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
}

QStringList Client::ownersOf(const QVector<Client> &clients)
{
    QStringList owners;
    QSet<QString> seen;
    for (const Client &client : clients) {
        const QString owner = client.owner.trimmed();
        if (!owner.isEmpty() && !seen.contains(owner.toCaseFolded())) {
            seen.insert(owner.toCaseFolded());
            owners.append(owner);
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(owners.begin(), owners.end(), collator);
    return owners;
}

} // namespace Rapport
