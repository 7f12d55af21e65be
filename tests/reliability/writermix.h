#pragma once

// What the crash writers (killwriter, powerwriter) share: how they report to the test that
// watches them, and the writes of their mix that are the same in both.

#include "clientrecord.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <QVector>

#include <cstdio>

namespace WriterMix {

// One write per line: a pipe write of this size is atomic, so a reader never sees half a line
// from a line that was reported complete.
inline void say(const QByteArray &line)
{
    const QByteArray withEnd = line + '\n';
    std::fwrite(withEnd.constData(), 1, size_t(withEnd.size()), stdout);
    std::fflush(stdout);
}

/** A score in tenths (73) as the reports write it ("7.3"). */
inline QByteArray tenths(int value)
{
    return QByteArray::number(value / 10) + '.' + QByteArray::number(value % 10);
}

/** The 50 clients of one import, all tagged @p tag, so the test can tell whether it landed whole. */
inline QVector<Rapport::ClientRecord> importBatch(const QByteArray &tag, const QString &company, QRandomGenerator &random)
{
    QVector<Rapport::ClientRecord> additions;
    for (int i = 1; i <= 50; ++i) {
        Rapport::ClientRecord record;
        record.client.name = QStringLiteral("Imported %1 #%2").arg(QString::fromLatin1(tag)).arg(i);
        record.client.company = company;
        record.client.tags = {QString::fromLatin1(tag)};
        record.client.satisfaction = random.bounded(101) / 10.0;
        record.client.repurchase = random.bounded(101) / 10.0;
        additions.append(record);
    }
    return additions;
}

} // namespace WriterMix
