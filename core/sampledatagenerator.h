#pragma once

#include "client.h"

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

private:
    double score(double low, double high);

    QRandomGenerator m_random;
};

} // namespace Rapport
