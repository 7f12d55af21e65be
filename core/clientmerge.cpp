#include "clientmerge.h"

#include "frameworks.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Rapport {

namespace {

bool isDimension(ClientField field)
{
    return int(field) >= int(ClientField::Integrity) && int(field) <= int(ClientField::Chemistry);
}

int dimensionIndex(ClientField field)
{
    return int(field) - int(ClientField::Integrity);
}

// The store keeps scores to one decimal; a value from a drag may carry more until it is stored.
long tenths(double score)
{
    return std::lround(score * 10.0);
}

QString orEmpty(const QString &text)
{
    return text.isEmpty() ? ClientMerge::tr("(empty)") : text;
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString contactText(const ContactPoints &points)
{
    QStringList parts;
    for (const ContactPoint &point : points)
        parts.append(ClientMerge::tr("%1 (%2)").arg(point.value, ContactPoint::labelText(point.label)));
    return orEmpty(parts.join(QLatin1String(", ")));
}

QString intervalText(int days)
{
    return days == 0 ? ClientMerge::tr("segment default") : ClientMerge::tr("%n day(s)", nullptr, days);
}

bool hasNameOrCompany(const Client &client)
{
    return !client.name.trimmed().isEmpty() || !client.company.trimmed().isEmpty();
}

} // namespace

ClientMerge ClientMerge::merge(const Client &base, const Client &mine, const Client &theirs)
{
    ClientMerge result;
    result.merged = theirs;
    for (ClientField field : allFields()) {
        const bool mineChanged = !sameField(base, mine, field);
        const bool theirsChanged = !sameField(base, theirs, field);
        if (mineChanged && theirsChanged) {
            if (!sameField(mine, theirs, field))
                result.conflicts.append(field);
        } else if (mineChanged) {
            copyField(&result.merged, mine, field);
            result.fromMine.append(field);
        } else if (theirsChanged) {
            result.fromTheirs.append(field);
        }
    }
    // Only a value taken from mine can break the rule: theirs is stored, so it keeps it.
    if (!hasNameOrCompany(result.merged)) {
        for (ClientField field : {ClientField::Name, ClientField::Company}) {
            if (result.fromMine.removeOne(field) || result.fromTheirs.removeOne(field)) {
                copyField(&result.merged, theirs, field);
                result.conflicts.append(field);
            }
        }
        std::sort(result.conflicts.begin(), result.conflicts.end());
    }
    return result;
}

QVector<ClientField> ClientMerge::allFields()
{
    QVector<ClientField> fields;
    for (int i = 0; i < int(ClientField::Count); ++i)
        fields.append(ClientField(i));
    return fields;
}

QVector<ClientField> ClientMerge::changedFields(const Client &a, const Client &b)
{
    QVector<ClientField> fields;
    for (ClientField field : allFields()) {
        if (!sameField(a, b, field))
            fields.append(field);
    }
    return fields;
}

bool ClientMerge::sameField(const Client &a, const Client &b, ClientField field)
{
    if (isDimension(field))
        return a.dimensions[size_t(dimensionIndex(field))] == b.dimensions[size_t(dimensionIndex(field))];
    switch (field) {
    case ClientField::Name:
        return a.name == b.name;
    case ClientField::Company:
        return a.company == b.company;
    case ClientField::Emails:
        return a.emails == b.emails;
    case ClientField::Phones:
        return a.phones == b.phones;
    case ClientField::Tags:
        return a.tags == b.tags;
    case ClientField::Notes:
        return a.notes == b.notes;
    case ClientField::Owner:
        return a.owner == b.owner;
    case ClientField::Position:
        return tenths(a.satisfaction) == tenths(b.satisfaction) && tenths(a.repurchase) == tenths(b.repurchase);
    case ClientField::Archived:
        return a.archived == b.archived;
    case ClientField::ContactIntervals:
        return a.idealIntervalDays == b.idealIntervalDays && a.maximumIntervalDays == b.maximumIntervalDays;
    case ClientField::Rung:
        return a.rung == b.rung;
    case ClientField::Stage:
        return a.stage == b.stage;
    case ClientField::Nps:
        return a.nps == b.nps && a.npsDate == b.npsDate;
    case ClientField::Degree:
        return a.degree == b.degree;
    case ClientField::HostageReason:
        return a.hostageReason == b.hostageReason && a.hostageReasonEnds == b.hostageReasonEnds;
    case ClientField::PurchasesPerYear:
        return a.purchasesPerYear == b.purchasesPerYear;
    case ClientField::Integrity:
    case ClientField::Competency:
    case ClientField::Recognition:
    case ClientField::Proactivity:
    case ClientField::Savvy:
    case ClientField::Chemistry:
    case ClientField::Count:
        break;
    }
    return true;
}

void ClientMerge::copyField(Client *target, const Client &source, ClientField field)
{
    if (isDimension(field)) {
        target->dimensions[size_t(dimensionIndex(field))] = source.dimensions[size_t(dimensionIndex(field))];
        return;
    }
    switch (field) {
    case ClientField::Name:
        target->name = source.name;
        break;
    case ClientField::Company:
        target->company = source.company;
        break;
    case ClientField::Emails:
        target->emails = source.emails;
        break;
    case ClientField::Phones:
        target->phones = source.phones;
        break;
    case ClientField::Tags:
        target->tags = source.tags;
        break;
    case ClientField::Notes:
        target->notes = source.notes;
        break;
    case ClientField::Owner:
        target->owner = source.owner;
        break;
    case ClientField::Position:
        target->satisfaction = source.satisfaction;
        target->repurchase = source.repurchase;
        break;
    case ClientField::Archived:
        target->archived = source.archived;
        break;
    case ClientField::ContactIntervals:
        target->idealIntervalDays = source.idealIntervalDays;
        target->maximumIntervalDays = source.maximumIntervalDays;
        break;
    case ClientField::Rung:
        target->rung = source.rung;
        break;
    case ClientField::Stage:
        target->stage = source.stage;
        break;
    case ClientField::Nps:
        target->nps = source.nps;
        target->npsDate = source.npsDate;
        break;
    case ClientField::Degree:
        target->degree = source.degree;
        break;
    case ClientField::HostageReason:
        target->hostageReason = source.hostageReason;
        target->hostageReasonEnds = source.hostageReasonEnds;
        break;
    case ClientField::PurchasesPerYear:
        target->purchasesPerYear = source.purchasesPerYear;
        break;
    case ClientField::Integrity:
    case ClientField::Competency:
    case ClientField::Recognition:
    case ClientField::Proactivity:
    case ClientField::Savvy:
    case ClientField::Chemistry:
    case ClientField::Count:
        break;
    }
}

QString ClientMerge::fieldName(ClientField field)
{
    if (isDimension(field))
        return Frameworks::dimensionName(Dimension(dimensionIndex(field)));
    switch (field) {
    case ClientField::Name:
        return tr("Name");
    case ClientField::Company:
        return tr("Company");
    case ClientField::Emails:
        return tr("Emails");
    case ClientField::Phones:
        return tr("Phones");
    case ClientField::Tags:
        return tr("Tags");
    case ClientField::Notes:
        return tr("Notes");
    case ClientField::Owner:
        return tr("Account owner");
    case ClientField::Position:
        return tr("Position on the matrix");
    case ClientField::Archived:
        return tr("Archived");
    case ClientField::ContactIntervals:
        return tr("Contact intervals");
    case ClientField::Rung:
        return tr("Ladder rung");
    case ClientField::Stage:
        return tr("Stage");
    case ClientField::Nps:
        return tr("NPS answer");
    case ClientField::Degree:
        return tr("Degree");
    case ClientField::HostageReason:
        return tr("Why they stay");
    case ClientField::PurchasesPerYear:
        return tr("Purchases a year");
    case ClientField::Integrity:
    case ClientField::Competency:
    case ClientField::Recognition:
    case ClientField::Proactivity:
    case ClientField::Savvy:
    case ClientField::Chemistry:
    case ClientField::Count:
        break;
    }
    return {};
}

QString ClientMerge::fieldText(const Client &client, ClientField field)
{
    const QLocale locale;
    if (isDimension(field)) {
        const int rating = client.dimensions[size_t(dimensionIndex(field))];
        return rating == 0 ? tr("Not rated") : tr("%1 of 5").arg(rating);
    }
    switch (field) {
    case ClientField::Name:
        return orEmpty(client.name);
    case ClientField::Company:
        return orEmpty(client.company);
    case ClientField::Emails:
        return contactText(client.emails);
    case ClientField::Phones:
        return contactText(client.phones);
    case ClientField::Tags:
        return orEmpty(client.tagsText());
    case ClientField::Notes:
        return orEmpty(client.notes);
    case ClientField::Owner:
        return orEmpty(client.owner);
    case ClientField::Position:
        return tr("Satisfaction %1, likelihood to repurchase %2")
            .arg(locale.toString(client.satisfaction, 'f', 1), locale.toString(client.repurchase, 'f', 1));
    case ClientField::Archived:
        return client.archived ? tr("Archived") : tr("Not archived");
    case ClientField::ContactIntervals:
        return tr("Contact every: %1; at most every: %2")
            .arg(intervalText(client.idealIntervalDays), intervalText(client.maximumIntervalDays));
    case ClientField::Rung:
        return Frameworks::rungName(client.rung);
    case ClientField::Stage:
        return Frameworks::stageName(client.stage);
    case ClientField::Nps:
        if (client.nps < 0)
            return tr("Not asked");
        if (!client.npsDate.isValid())
            return locale.toString(client.nps);
        return tr("%1 on %2").arg(locale.toString(client.nps), shortDate(client.npsDate));
    case ClientField::Degree:
        return Frameworks::degreeName(client.degree);
    case ClientField::HostageReason:
        if (!client.hostageReasonEnds.isValid())
            return Frameworks::hostageReasonName(client.hostageReason);
        return tr("%1, until %2").arg(Frameworks::hostageReasonName(client.hostageReason), shortDate(client.hostageReasonEnds));
    case ClientField::PurchasesPerYear:
        return client.purchasesPerYear == 0 ? tr("Not known") : locale.toString(client.purchasesPerYear);
    case ClientField::Integrity:
    case ClientField::Competency:
    case ClientField::Recognition:
    case ClientField::Proactivity:
    case ClientField::Savvy:
    case ClientField::Chemistry:
    case ClientField::Count:
        break;
    }
    return {};
}

} // namespace Rapport
