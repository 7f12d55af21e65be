#pragma once

#include "clienttablemodel.h"
#include "segment.h"

#include <QMetaType>

/**
 * A filter of the client list as a whole, as the dashboard asks for it: every client, one
 * segment, one value of another framework (a ladder rung, a stage, an NPS category), or the
 * clients who need attention. ClientListPanel::applyFilter() shows it.
 */
struct ClientFilter
{
    enum class Kind { Everyone, Segment, Facet, NeedsAttention };

    Kind kind = Kind::Everyone;
    Rapport::Segment segment = Rapport::Segment::Loyalist;        ///< with Kind::Segment
    ClientTableModel::Facet facet = ClientTableModel::RungFacet; ///< with Kind::Facet
    int value = 0; ///< with Kind::Facet: the facet's value, as ClientTableModel::facetValue() gives it

    static ClientFilter everyone() { return {}; }
    static ClientFilter ofSegment(Rapport::Segment segment)
    {
        ClientFilter filter;
        filter.kind = Kind::Segment;
        filter.segment = segment;
        return filter;
    }
    static ClientFilter ofFacet(ClientTableModel::Facet facet, int value)
    {
        ClientFilter filter;
        filter.kind = Kind::Facet;
        filter.facet = facet;
        filter.value = value;
        return filter;
    }
    static ClientFilter needingAttention()
    {
        ClientFilter filter;
        filter.kind = Kind::NeedsAttention;
        return filter;
    }

    friend bool operator==(const ClientFilter &a, const ClientFilter &b)
    {
        return a.kind == b.kind && (a.kind != Kind::Segment || a.segment == b.segment)
            && (a.kind != Kind::Facet || (a.facet == b.facet && a.value == b.value));
    }
    friend bool operator!=(const ClientFilter &a, const ClientFilter &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(ClientFilter)
