#pragma once

#include "client.h"
#include "interaction.h"
#include "segmentchange.h"

#include <QVector>

namespace Rapport {

/** A client with everything stored about it: what deleting removes and undo brings back. */
struct ClientRecord
{
    Client client;
    QVector<Interaction> interactions; ///< in time order
    QVector<SegmentChange> history;    ///< in time order
};

} // namespace Rapport
