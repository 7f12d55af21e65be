#pragma once

// What several tests need: files read and written whole, their hashes, small sample
// databases, and damaged copies of them.

#include "clientstore.h"
#include "sampledatagenerator.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QString>

namespace TestSupport {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

/** The SHA-256 of the file at @p path, in hex; empty when it cannot be read. */
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

/** A closed Rapport database at @p path with @p count sample clients made from @p seed. */
inline bool makeDatabase(const QString &path, int count, quint32 seed = 7)
{
    Rapport::ClientStore store;
    return store.open(path)
        && store.addClientRecords(Rapport::SampleDataGenerator(seed).records(count, Rapport::ClientStore::now()));
}

/** Overwrites the second page (the first table's) with noise: the file then fails the quick check. */
inline bool damagePage(const QString &path)
{
    QByteArray data = readFile(path);
    if (data.size() < 18)
        return false;
    const int page = (quint8(data.at(16)) << 8) | quint8(data.at(17));
    if (data.size() < 3 * page)
        return false;
    QRandomGenerator random(11);
    for (int i = page; i < 2 * page; ++i)
        data[i] = char(random.bounded(256));
    return writeFile(path, data);
}

/** Breaks the file's header: it is then no longer readable as a database. */
inline bool breakHeader(const QString &path)
{
    QByteArray data = readFile(path);
    if (data.size() < 16)
        return false;
    data.replace(0, 16, QByteArray("SQLite format 2\0", 16));
    return writeFile(path, data);
}

} // namespace TestSupport
