#pragma once

#include "clientfilter.h"
#include "frameworks.h"

#include <QDialog>
#include <QVector>

class QChartView;
class QGraphicsSimpleTextItem;
class QLabel;
class QToolButton;
class QTreeWidget;

namespace Rapport {
class ClientStore;
class ContactTracker;
}

/**
 * The whole client base at a glance: tiles with the number of clients, the NPS, the clients in
 * lapse and those due; bar charts of the clients per segment, ladder rung and stage; the
 * clients who say they are satisfied but are not loyal, the third-degree clients, and the
 * clients per account owner. A click
 * on a bar (or on a tile's link) asks the main window to show those clients in its list.
 * Follows the data while it is open.
 */
class DashboardDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Tile { Clients, Nps, InLapse, Due };
    Q_ENUM(Tile)
    enum class Breakdown { Segments, Rungs, Stages };
    Q_ENUM(Breakdown)

    DashboardDialog(Rapport::ClientStore *store, Rapport::ContactTracker *tracker, QWidget *parent = nullptr);

    /** The big number of @p tile ("300", "+12"). */
    QLabel *tileValue(Tile tile) const { return m_tileValues[int(tile)]; }
    /** The line under the big number of @p tile. */
    QLabel *tileDetail(Tile tile) const { return m_tileDetails[int(tile)]; }
    /** The button that shows the clients of an NPS @p category (Promoter, Passive or Detractor) in the list. */
    QToolButton *npsButton(Rapport::NpsCategory category) const { return m_npsButtons[int(category)]; }
    /** The button that shows every client in the list. */
    QToolButton *showAllButton() const { return m_showAll; }
    /** The button that shows the clients who need attention in the list. */
    QToolButton *attentionButton() const { return m_attention; }
    /** The bar chart of @p breakdown: one bar per segment, rung or stage, best at the top. */
    QChartView *chartView(Breakdown breakdown) const { return m_charts[int(breakdown)].view; }
    QTreeWidget *satisfiedNotLoyal() const { return m_satisfiedNotLoyal; }
    QTreeWidget *thirdDegree() const { return m_thirdDegree; }
    /**
     * The clients per account owner: owner, clients, clients needing attention; a row "(no owner)"
     * for the clients without one, last. Hidden while no client has an owner.
     */
    QTreeWidget *perOwner() const { return m_perOwner; }

    /** Computes everything again from the store. */
    void refresh();

Q_SIGNALS:
    /** Emitted when the user picks a client in one of the lists. */
    void clientRequested(qint64 id);
    /** Emitted when the user clicks a bar or a tile's link: the list should show exactly those clients. */
    void filterRequested(const ClientFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    /** A bar chart and, per bar (bottom to top), the filter a click on it asks for. */
    struct BarChart
    {
        QChartView *view = nullptr;
        QVector<ClientFilter> filters;
        QVector<QGraphicsSimpleTextItem *> names;
        QVector<QGraphicsSimpleTextItem *> zeros; ///< "0" where a bar has no length to carry its number
    };
    struct Bar
    {
        QString name;
        QString toolTip;
        QColor color;
        ClientFilter filter;
    };

    QWidget *makeTile(Tile tile, const QString &title);
    QWidget *makeChart(Breakdown breakdown, const QString &title, const QVector<Bar> &bars);
    void setCounts(Breakdown breakdown, const QVector<int> &counts);
    void applyPalette();
    void scheduleRefresh();

    Rapport::ClientStore *m_store;
    Rapport::ContactTracker *m_tracker;
    QLabel *m_tileValues[4] = {};
    QLabel *m_tileDetails[4] = {};
    QToolButton *m_npsButtons[4] = {};
    QToolButton *m_showAll = nullptr;
    QToolButton *m_attention = nullptr;
    BarChart m_charts[3];
    QLabel *m_satisfiedHeading = nullptr;
    QLabel *m_thirdDegreeHeading = nullptr;
    QTreeWidget *m_satisfiedNotLoyal = nullptr;
    QTreeWidget *m_thirdDegree = nullptr;
    QWidget *m_perOwnerCard = nullptr;
    QTreeWidget *m_perOwner = nullptr;
    bool m_refreshPending = false;
};
