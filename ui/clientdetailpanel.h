#pragma once

#include "client.h"

#include <QWidget>

#include <optional>

class QBoxLayout;
class QLabel;
class QListView;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QUrl;
class QUndoStack;
class ClientForm;
class InteractionForm;
class InteractionListModel;
class RelationshipPanel;

namespace Rapport {
class ClientStore;
class ContactTracker;
}

/**
 * The selected client: its segment and contact status in plain words, alerts to acknowledge,
 * its path over the matrix, its interactions with a quick log form, and its fields.
 */
class ClientDetailPanel : public QWidget
{
    Q_OBJECT

public:
    ClientDetailPanel(Rapport::ClientStore *store, Rapport::ContactTracker *tracker, QUndoStack *undoStack,
                      QWidget *parent = nullptr);
    ~ClientDetailPanel() override;

    void setClientId(qint64 id);
    qint64 clientId() const { return m_clientId; }

    /** Shows the interactions and puts the cursor in the quick log form. */
    void focusLogForm();
    /** Shows the interactions and selects the one with @p interactionId in the timeline. */
    void showInteraction(qint64 interactionId);
    /** Logs what the quick form holds for the current client. */
    void logInteraction();
    /**
     * Opens @p url (mailto: or tel:) with the desktop's mail program or phone bridge, then fills
     * the quick form with that attempt (an email or a call we made) and offers to log it.
     */
    void contactClient(const QUrl &url);

    InteractionForm *logForm() const { return m_logForm; }
    QListView *timeline() const { return m_timeline; }
    /** The client's name, over the details. */
    QLabel *titleLabel() const { return m_title; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *alertLabel() const { return m_alert; }
    /** The client's path between segments ("Path: Mercenary → Loyalist on 3 Mar"). */
    QLabel *pathLabel() const { return m_trajectory; }
    /** The client's email and phone as links that write or call. */
    QLabel *contactLabel() const { return m_contact; }
    /** The offer to log the email or call just started: its text, and its button. */
    QLabel *logOfferLabel() const { return m_logOfferText; }
    QPushButton *logOfferButton() const { return m_logOfferButton; }
    RelationshipPanel *relationshipPanel() const { return m_relationship; }

Q_SIGNALS:
    /** Emitted when the user changed a field: the client should go from @p before to @p after. */
    void editRequested(const Rapport::Client &before, const Rapport::Client &after);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateContactLinks();

private:
    void refresh();
    void onEdited();
    void editSelectedInteraction();
    void deleteSelectedInteractions();
    void acknowledgeAlerts();
    void updateTimelineButtons();

    Rapport::ClientStore *m_store;
    Rapport::ContactTracker *m_tracker;
    QUndoStack *m_undoStack;
    qint64 m_clientId = 0;
    /**
     * The owners the owner field offers (Client::ownersOf()), kept: listing them reads every
     * client, too much for each change. Made again after the clients were added, removed or read
     * anew, or when a change brings an owner not in it; an owner no client has any more stays
     * offered until then.
     */
    std::optional<QStringList> m_owners;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_segmentIcon;
    QLabel *m_segment;
    QLabel *m_advice;
    QLabel *m_status;
    QWidget *m_alertBox;
    QLabel *m_alert;
    QLabel *m_trajectory;
    QTabWidget *m_tabs;
    QLabel *m_contact = nullptr;
    QWidget *m_logOffer = nullptr;
    QLabel *m_logOfferText = nullptr;
    QPushButton *m_logOfferButton = nullptr;
    QScrollArea *m_summary = nullptr;
    QBoxLayout *m_detailsLayout = nullptr;
    InteractionForm *m_logForm;
    QPushButton *m_logButton;
    InteractionListModel *m_timelineModel;
    QListView *m_timeline;
    QPushButton *m_editInteraction;
    QPushButton *m_deleteInteraction;
    QLabel *m_dates;
    ClientForm *m_form;
    RelationshipPanel *m_relationship;
};
