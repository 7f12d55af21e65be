#include "clientexport.h"

#include "clientimport.h"
#include "clientstore.h"

#include <QDir>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

namespace Rapport {

namespace {

QString timestamp(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Whether the client in @p row is exported; every one when @p ids is null.
bool isExported(const ClientStore &store, int row, const QSet<qint64> *ids)
{
    return !ids || ids->contains(store.at(row).id);
}

QByteArray csvOf(const ClientStore &store, QDate today, const QSet<qint64> *ids)
{
    QString text = Csv::line(ClientImport::clientExportHeader());
    for (int row = 0; row < store.count(); ++row) {
        if (!isExported(store, row, ids))
            continue;
        const Client &c = store.at(row);
        const Segment segment = store.segmentAt(row);
        const ContactStatus status = store.lapseRules().status(c, segment, store.contactSummary(c.id), today);
        const auto number = [](int value) { return value > 0 ? QString::number(value) : QString(); };
        const auto date = [](QDate value) { return value.isValid() ? value.toString(Qt::ISODate) : QString(); };
        text += Csv::line({c.name, c.company, c.email(), c.phone(), c.tagsText(), QString::number(c.satisfaction, 'f', 1),
                           QString::number(c.repurchase, 'f', 1), c.nps >= 0 ? QString::number(c.nps) : QString(), c.notes,
                           Frameworks::rungKey(c.rung), Frameworks::stageKey(c.stage), number(c.degree),
                           number(c.dimensions[0]), number(c.dimensions[1]), number(c.dimensions[2]), number(c.dimensions[3]),
                           number(c.dimensions[4]), number(c.dimensions[5]), date(c.npsDate),
                           Frameworks::hostageReasonKey(c.hostageReason), date(c.hostageReasonEnds), number(c.purchasesPerYear),
                           c.idealIntervalDays ? QString::number(c.idealIntervalDays) : QString(),
                           c.maximumIntervalDays ? QString::number(c.maximumIntervalDays) : QString(),
                           timestamp(c.createdAt), timestamp(c.updatedAt), c.archived ? QStringLiteral("1") : QStringLiteral("0"),
                           segmentKey(segment), extremeKey(store.extremeAt(row)), timestamp(status.lastContact),
                           QString::number(status.daysOverdue), QString::number(status.unansweredStreak),
                           c.emails.stored(), c.phones.stored(), c.owner});
    }
    return text.toUtf8();
}

/**
 * "EMAIL;TYPE=work;PREF=1". vCard 4.0 names a mobile number "cell" and has no type for a mobile
 * address or for "other": those go as extension types, which Rapport reads back.
 */
QByteArray contactProperty(const char *property, ContactPoint::Label label, bool preferred)
{
    QByteArray name(property);
    switch (label) {
    case ContactPoint::Label::Work: name += ";TYPE=work"; break;
    case ContactPoint::Label::Home: name += ";TYPE=home"; break;
    case ContactPoint::Label::Mobile: name += qstrcmp(property, "EMAIL") == 0 ? ";TYPE=x-mobile" : ";TYPE=cell"; break;
    case ContactPoint::Label::Other: name += ";TYPE=x-other"; break;
    }
    if (preferred)
        name += ";PREF=1";
    return name;
}

QByteArray vCardOf(const ClientStore &store, const QSet<qint64> *ids)
{
    // The namespace of the clients' UIDs: a client keeps its UID from one export to the next, so
    // that an address book updates the card instead of adding it again.
    static const QUuid clientNamespace = QUuid::createUuidV5(QUuid(), QStringLiteral("rapport-client"));
    QByteArray data;
    for (int row = 0; row < store.count(); ++row) {
        if (!isExported(store, row, ids))
            continue;
        const Client &c = store.at(row);
        const QString identity = QString::number(c.id) + QLatin1Char('/') + c.createdAt.toUTC().toString(Qt::ISODateWithMs);
        data += "BEGIN:VCARD\r\nVERSION:4.0\r\n";
        data += VCard::line("PRODID", QStringLiteral("-//Rapport//Rapport %1//EN").arg(QStringLiteral(RAPPORT_VERSION)));
        data += VCard::line("UID", QStringLiteral("urn:uuid:") + QUuid::createUuidV5(clientNamespace, identity).toString(QUuid::WithoutBraces));
        // A company without a person's name: an address book shows it as the company.
        data += VCard::line("KIND", c.name.isEmpty() ? QStringLiteral("org") : QStringLiteral("individual"));
        data += VCard::line("FN", VCard::escape(c.displayName()));
        if (!c.company.isEmpty())
            data += VCard::line("ORG", VCard::escape(c.company));
        // Every email and phone with its kind; the preferred one (the first) says so.
        for (qsizetype i = 0; i < c.emails.size(); ++i)
            data += VCard::line(contactProperty("EMAIL", c.emails.at(i).label, i == 0), VCard::escape(c.emails.at(i).value));
        for (qsizetype i = 0; i < c.phones.size(); ++i)
            data += VCard::line(contactProperty("TEL;VALUE=text", c.phones.at(i).label, i == 0), VCard::escape(c.phones.at(i).value));
        if (!c.tags.isEmpty()) {
            QStringList tags;
            for (const QString &tag : c.tags)
                tags.append(VCard::escape(tag));
            data += VCard::line("CATEGORIES", tags.join(QLatin1Char(',')));
        }
        if (!c.notes.isEmpty())
            data += VCard::line("NOTE", VCard::escape(c.notes));
        // Apple Contacts does not read KIND; this is how it marks a company card itself.
        if (c.name.isEmpty())
            data += VCard::line("X-ABShowAs", QStringLiteral("COMPANY"));
        if (c.updatedAt.isValid())
            data += VCard::line("REV", c.updatedAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
        data += "END:VCARD\r\n";
    }
    return data;
}

} // namespace

QByteArray ClientExport::clientsCsv(const ClientStore &store, QDate today)
{
    return csvOf(store, today, nullptr);
}

QByteArray ClientExport::clientsCsv(const ClientStore &store, QDate today, const QVector<qint64> &ids)
{
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    return csvOf(store, today, &wanted);
}

QByteArray ClientExport::clientsVCard(const ClientStore &store)
{
    return vCardOf(store, nullptr);
}

QByteArray ClientExport::clientsVCard(const ClientStore &store, const QVector<qint64> &ids)
{
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    return vCardOf(store, &wanted);
}

bool ClientExport::interactionsCsv(const ClientStore &store, QByteArray *csv, QString *error)
{
    QString text = Csv::line(ClientImport::interactionExportHeader());
    // By client in id order, each in time order, as the clients themselves are listed.
    const bool read = store.forEachInteraction([&](const Interaction &i) {
        if (const Client *client = store.client(i.clientId))
            text += Csv::line({client->email(), client->displayName(), timestamp(i.happenedAt), InteractionText::kindKey(i.kind),
                               InteractionText::directionKey(i.direction), InteractionText::outcomeKey(i.outcome), i.note});
        return true;
    });
    if (!read) {
        *error = store.errorString();
        return false;
    }
    *csv = text.toUtf8();
    return true;
}

bool ClientExport::write(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Rapport
