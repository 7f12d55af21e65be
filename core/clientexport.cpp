#include "clientexport.h"

#include "clientimport.h"
#include "clientstore.h"

#include <QDir>
#include <QSaveFile>

namespace Rapport {

namespace {

QString timestamp(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QByteArray ClientExport::clientsCsv(const ClientStore &store, QDate today)
{
    QString text = Csv::line(ClientImport::clientExportHeader());
    for (int row = 0; row < store.count(); ++row) {
        const Client &c = store.at(row);
        const Segment segment = store.segmentAt(row);
        const ContactStatus status = store.lapseRules().status(c, segment, store.contactSummary(c.id), today);
        const auto number = [](int value) { return value > 0 ? QString::number(value) : QString(); };
        const auto date = [](QDate value) { return value.isValid() ? value.toString(Qt::ISODate) : QString(); };
        text += Csv::line({c.name, c.company, c.email, c.phone, c.tagsText(), QString::number(c.satisfaction, 'f', 1),
                           QString::number(c.repurchase, 'f', 1), c.nps >= 0 ? QString::number(c.nps) : QString(), c.notes,
                           Frameworks::rungKey(c.rung), Frameworks::stageKey(c.stage), number(c.degree),
                           number(c.dimensions[0]), number(c.dimensions[1]), number(c.dimensions[2]), number(c.dimensions[3]),
                           number(c.dimensions[4]), number(c.dimensions[5]), date(c.npsDate),
                           Frameworks::hostageReasonKey(c.hostageReason), date(c.hostageReasonEnds), number(c.purchasesPerYear),
                           c.idealIntervalDays ? QString::number(c.idealIntervalDays) : QString(),
                           c.maximumIntervalDays ? QString::number(c.maximumIntervalDays) : QString(),
                           timestamp(c.createdAt), timestamp(c.updatedAt), c.archived ? QStringLiteral("1") : QStringLiteral("0"),
                           segmentKey(segment), extremeKey(store.extremeAt(row)), timestamp(status.lastContact),
                           QString::number(status.daysOverdue), QString::number(status.unansweredStreak)});
    }
    return text.toUtf8();
}

bool ClientExport::interactionsCsv(const ClientStore &store, QByteArray *csv, QString *error)
{
    QString text = Csv::line(ClientImport::interactionExportHeader());
    // By client in id order, each in time order, as the clients themselves are listed.
    const bool read = store.forEachInteraction([&](const Interaction &i) {
        if (const Client *client = store.client(i.clientId))
            text += Csv::line({client->email, client->displayName(), timestamp(i.happenedAt), InteractionText::kindKey(i.kind),
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
