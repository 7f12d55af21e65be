#pragma once

#include "client.h"
#include "clientrecord.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QVector>

namespace Rapport {

/**
 * Believable small-business clients for demos, tests and benchmarks.
 *
 * The same seed and reference time always give the same clients. Clients are spread
 * over all four quadrants, with a few in the Apostle and Terrorist corners.
 */
class SampleDataGenerator
{
public:
    explicit SampleDataGenerator(quint32 seed = 1);

    /** @p count new clients (ids 0), created up to two years before @p now. */
    QVector<Client> clients(int count, const QDateTime &now);

    /**
     * @p count new clients with a believable past: interactions up to @p now (some clients
     * in touch regularly, some due, some silent for too long, some not answering) and, for
     * some, moves on the matrix.
     */
    QVector<ClientRecord> records(int count, const QDateTime &now);

private:
    double score(double low, double high);
    QVector<Interaction> interactionsFor(const Client &client, const QDateTime &now);
    QVector<SegmentChange> historyFor(const Client &client, const QDateTime &now);
    void addProfile(Client *client, QRandomGenerator &random, const QDateTime &now);

    quint32 m_seed;
    QRandomGenerator m_random;
};

} // namespace Rapport
