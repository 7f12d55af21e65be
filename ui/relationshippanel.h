#pragma once

#include "client.h"

#include <QWidget>

class QPolarChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineSeries;
class QSpinBox;

namespace Rapport {
class ClientStore;
}

/**
 * The other frameworks for one client: ladder rung (with the rung the data suggests), stage,
 * degree, NPS, purchases, why a Hostage stays, and the six trusted-advisor dimensions with a
 * radar chart and advice on the weakest one. Every change is one undoable edit.
 */
class RelationshipPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RelationshipPanel(Rapport::ClientStore *store, QWidget *parent = nullptr);
    ~RelationshipPanel() override;

    void setClientId(qint64 id);
    qint64 clientId() const { return m_clientId; }

    QComboBox *rungBox() const { return m_rung; }
    QSpinBox *dimensionBox(Rapport::Dimension dimension) const { return m_dimensions[int(dimension)]; }
    QLabel *suggestionLabel() const { return m_suggestion; }
    QLabel *weakestLabel() const { return m_weakest; }

Q_SIGNALS:
    /** Emitted when the user changed a field: the client should go from @p before to @p after. */
    void editRequested(const Rapport::Client &before, const Rapport::Client &after);

private:
    void refresh();
    void onEdited();
    Rapport::Client edited() const;

    Rapport::ClientStore *m_store;
    qint64 m_clientId = 0;
    bool m_refreshing = false;
    QComboBox *m_rung;
    QLabel *m_suggestion;
    QComboBox *m_stage;
    QComboBox *m_degree;
    QSpinBox *m_nps;
    QDateEdit *m_npsDate;
    QSpinBox *m_purchases;
    QComboBox *m_hostageReason;
    QDateEdit *m_hostageEnds;
    QSpinBox *m_dimensions[Rapport::DimensionCount];
    QPolarChart *m_radarChart;
    QChartView *m_radar;
    QLineSeries *m_radarSeries;
    QLabel *m_weakest;
};
