#pragma once

#include "client.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class ClientForm;

namespace Rapport {
class ClientStore;
}

/** The selected client: its segment in plain words, its fields (edited in place) and its dates. */
class ClientDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClientDetailPanel(Rapport::ClientStore *store, QWidget *parent = nullptr);

    void setClientId(qint64 id);
    qint64 clientId() const { return m_clientId; }

Q_SIGNALS:
    /** Emitted when the user changed a field: the client should go from @p before to @p after. */
    void editRequested(const Rapport::Client &before, const Rapport::Client &after);

private:
    void refresh();
    void onEdited();

    Rapport::ClientStore *m_store;
    qint64 m_clientId = 0;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_segmentIcon;
    QLabel *m_segment;
    QLabel *m_advice;
    QLabel *m_dates;
    ClientForm *m_form;
};
