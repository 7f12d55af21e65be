#include "clientdetailpanel.h"

#include "authorline.h"
#include "clientcommands.h"
#include "clientform.h"
#include "clientstore.h"
#include "datetext.h"
#include "contacttracker.h"
#include "interactiondialog.h"
#include "interactionform.h"
#include "interactionlistmodel.h"
#include "relationshippanel.h"
#include "segmentstyle.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUrl>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Rapport;

namespace {

QString shortDate(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

ClientDetailPanel::ClientDetailPanel(ClientStore *store, ContactTracker *tracker, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_tracker(tracker)
    , m_undoStack(undoStack)
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_segmentIcon(new QLabel(this))
    , m_segment(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_status(new QLabel(this))
    , m_alertBox(new QWidget(this))
    , m_alert(new QLabel(this))
    , m_trajectory(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_logForm(new InteractionForm(this))
    , m_logButton(new QPushButton(tr("&Log Interaction"), this))
    , m_timelineModel(new InteractionListModel(store, this))
    , m_timeline(new QListView(this))
    , m_editInteraction(new QPushButton(tr("Edit…"), this))
    , m_deleteInteraction(new QPushButton(tr("Delete"), this))
    , m_dates(new QLabel(this))
    , m_form(new ClientForm(this))
    , m_relationship(new RelationshipPanel(store, this))
{
    auto *placeholder = new QLabel(tr("Select a client in the list or on the chart to see and edit it here."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);

    for (QLabel *label : {m_title, m_segment, m_advice, m_status, m_alert, m_trajectory, m_dates}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont boldFont = m_segment->font();
    boldFont.setBold(true);
    m_segment->setFont(boldFont);
    m_dates->setEnabled(false);
    m_segment->setWhatsThis(tr("The client's segment, from where the dot sits on the chart, with what it means and what "
                               "to do next."));
    m_advice->setWhatsThis(m_segment->whatsThis());
    m_status->setWhatsThis(tr("When you were last in touch, when the next contact is due, and whether the client has "
                              "gone quiet or stopped answering. Overdue clients show in red."));
    m_trajectory->setWhatsThis(tr("The client's last moves between segments, with their dates: where the client is "
                                  "heading."));

    // An alert stands out with the lapse colour and a button to say it has been seen.
    auto *acknowledge = new QPushButton(tr("&Acknowledge"), m_alertBox);
    acknowledge->setToolTip(tr("Mark this move as seen; it stays in the client's history."));
    acknowledge->setWhatsThis(tr("A move for the worse stays flagged here and in Needs Attention until you have looked "
                                 "at it. Press this once you know what to do; the move stays in the client's path, and "
                                 "Undo takes the acknowledgement back."));
    connect(acknowledge, &QPushButton::clicked, this, &ClientDetailPanel::acknowledgeAlerts);
    auto *alertIcon = new QLabel(m_alertBox);
    alertIcon->setPixmap(SegmentStyle::lapseIcon().pixmap(16, 16));
    m_alert->setStyleSheet(QStringLiteral("color: %1; font-weight: bold").arg(SegmentStyle::lapseColor().name()));
    auto *alertLayout = new QHBoxLayout(m_alertBox);
    alertLayout->setContentsMargins(0, 0, 0, 0);
    alertLayout->addWidget(alertIcon, 0, Qt::AlignTop);
    alertLayout->addWidget(m_alert, 1);
    alertLayout->addWidget(acknowledge, 0, Qt::AlignTop);

    // The email and the phone write or call in one click, and the attempt is then one click to log.
    m_contact = new QLabel(this);
    m_contact->setTextFormat(Qt::RichText);
    m_contact->setWordWrap(true);
    m_contact->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_contact->setAccessibleName(tr("Write or call"));
    m_contact->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_contact->setWhatsThis(tr("Click the email address to write with your mail program, or the phone number to call "
                               "through your phone app. Rapport then offers to log the email or call in one click."));
    connect(m_contact, &QLabel::linkActivated, this, [this](const QString &link) { contactClient(QUrl(link)); });
    m_logOffer = new QWidget(this);
    m_logOfferText = new QLabel(m_logOffer);
    m_logOfferText->setWordWrap(true);
    m_logOfferButton = new QPushButton(m_logOffer);
    auto *dismiss = new QPushButton(tr("Not Now"), m_logOffer);
    m_logOfferButton->setToolTip(tr("Log this email or call now"));
    m_logOfferButton->setWhatsThis(tr("Logs the email or call you just started, with the time, kind and direction "
                                      "already filled in. Change the outcome or add a note in the form below first if "
                                      "you like."));
    dismiss->setToolTip(tr("Do not log it"));
    dismiss->setWhatsThis(tr("Closes this offer and clears the form without logging anything. You can still log the "
                             "email or call later with the form."));
    auto *offerLayout = new QHBoxLayout(m_logOffer);
    offerLayout->setContentsMargins(0, 0, 0, 0);
    offerLayout->addWidget(m_logOfferText, 1);
    offerLayout->addWidget(m_logOfferButton);
    offerLayout->addWidget(dismiss);
    m_logOffer->hide();
    connect(m_logOfferButton, &QPushButton::clicked, this, &ClientDetailPanel::logInteraction);
    connect(dismiss, &QPushButton::clicked, this, [this] {
        m_logOffer->hide();
        m_logForm->reset();
    });

    auto *segmentRow = new QHBoxLayout;
    segmentRow->addWidget(m_segmentIcon);
    segmentRow->addWidget(m_segment, 1);

    // Interactions: the quick log form on top, the timeline newest first below.
    auto *interactions = new QWidget(this);
    m_timeline->setModel(m_timelineModel);
    m_timeline->setWordWrap(false);
    m_timeline->setUniformItemSizes(true);
    m_timeline->setTextElideMode(Qt::ElideRight);
    // A long line is shortened with "…" (the whole note is in its tooltip), never scrolled sideways.
    m_timeline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setAccessibleName(tr("Interactions, newest first"));
    m_timeline->installEventFilter(this);
    m_logButton->setToolTip(tr("Log it (Ctrl+Return)"));
    m_logButton->setWhatsThis(tr("Saves what the form above holds as an interaction of this client, and clears the form "
                                 "for the next one. An answered contact starts the count towards the next one again; Undo takes it back."));
    m_timeline->setToolTip(tr("This client's interactions, newest first"));
    m_timeline->setWhatsThis(tr("Every logged meeting, call, email and message of this client, newest first, one line "
                                "each; rest the mouse on one to read its whole note. Double-click or press Enter to "
                                "change it, press Delete to remove the selected ones."));
    m_editInteraction->setToolTip(tr("Change the selected interaction (Enter)"));
    m_editInteraction->setWhatsThis(tr("Opens the selected interaction to change its time, kind, direction, outcome or "
                                       "note. Select one in the timeline first."));
    m_deleteInteraction->setToolTip(tr("Delete the selected interactions (Delete)"));
    m_deleteInteraction->setWhatsThis(tr("Removes the interactions selected in the timeline. The client's last contact "
                                         "and what is due are worked out again; Undo brings them back."));
    auto *logRow = new QHBoxLayout;
    logRow->addStretch(1);
    logRow->addWidget(m_logButton);
    auto *timelineButtons = new QHBoxLayout;
    timelineButtons->addStretch(1);
    timelineButtons->addWidget(m_editInteraction);
    timelineButtons->addWidget(m_deleteInteraction);
    auto *interactionsLayout = new QVBoxLayout(interactions);
    interactionsLayout->addWidget(m_logOffer);
    interactionsLayout->addWidget(m_logForm);
    interactionsLayout->addLayout(logRow);
    interactionsLayout->addWidget(m_timeline, 1);
    interactionsLayout->addLayout(timelineButtons);
    connect(m_logButton, &QPushButton::clicked, this, &ClientDetailPanel::logInteraction);
    connect(m_logForm, &InteractionForm::submitted, this, &ClientDetailPanel::logInteraction);
    connect(m_timeline, &QListView::doubleClicked, this, &ClientDetailPanel::editSelectedInteraction);
    connect(m_editInteraction, &QPushButton::clicked, this, &ClientDetailPanel::editSelectedInteraction);
    connect(m_deleteInteraction, &QPushButton::clicked, this, &ClientDetailPanel::deleteSelectedInteractions);
    connect(m_timeline->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClientDetailPanel::updateTimelineButtons);
    connect(m_timelineModel, &QAbstractItemModel::modelReset, this, &ClientDetailPanel::updateTimelineButtons);

    auto *fields = new QWidget(this);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->addWidget(m_form, 1);
    fieldsLayout->addWidget(m_dates);
    auto *fieldsScroll = new QScrollArea(this);
    fieldsScroll->setWidget(fields);
    fieldsScroll->setWidgetResizable(true);
    fieldsScroll->setFrameShape(QFrame::NoFrame);

    m_tabs->addTab(interactions, tr("&Interactions"));
    m_tabs->addTab(fieldsScroll, tr("&Details"));
    m_tabs->addTab(m_relationship, tr("&Relationship"));
    m_tabs->setTabToolTip(0, tr("Log contacts and see this client's history"));
    m_tabs->setTabWhatsThis(0, tr("A quick form to log a meeting, call, email or message with this client, and the "
                                  "timeline of everything logged so far. Rapport counts the days since the last "
                                  "answered contact to tell when the client is due."));
    m_tabs->setTabToolTip(1, tr("The client's name, contact details, scores and notes"));
    m_tabs->setTabWhatsThis(1, tr("Every field of the client, ready to edit: a change is saved when you leave the field, "
                                  "and Undo takes it back. Changing a score moves the client's dot on the chart."));
    m_tabs->setTabToolTip(2, tr("Ladder rung, stage, NPS answer and how the client rates you"));
    m_tabs->setTabWhatsThis(2, tr("The other ways of looking at this client: where they stand on the loyalty ladder, how "
                                  "far the relationship has come, their NPS answer and six ratings of how they see "
                                  "you. Rapport uses them in its suggestions and in the report."));
    connect(m_relationship, &RelationshipPanel::editRequested, this, &ClientDetailPanel::editRequested);

    // Who the client is and where they stand on the left, the tabs beside it: the tabs stay put
    // when the summary gains or loses a line, and the timeline keeps its height.
    auto *summary = new QWidget(this);
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->setContentsMargins(0, 0, 6, 0);
    summaryLayout->addWidget(m_title);
    summaryLayout->addWidget(m_contact);
    summaryLayout->addLayout(segmentRow);
    summaryLayout->addWidget(m_advice);
    summaryLayout->addWidget(m_status);
    summaryLayout->addWidget(m_alertBox);
    summaryLayout->addWidget(m_trajectory);
    summaryLayout->addStretch(1);
    m_summary = new QScrollArea(this);
    m_summary->setWidget(summary);
    m_summary->setWidgetResizable(true);
    m_summary->setFrameShape(QFrame::NoFrame);
    m_summary->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->viewport()->installEventFilter(this);
    auto *details = new QWidget(this);
    m_detailsLayout = new QBoxLayout(QBoxLayout::LeftToRight, details);
    m_detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_detailsLayout->addWidget(m_summary, 2);
    m_detailsLayout->addWidget(m_tabs, 3);

    m_stack->addWidget(placeholder);
    m_stack->addWidget(details);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_form, &ClientForm::editingFinished, this, &ClientDetailPanel::onEdited);
    // The store's own signals, whoever made the change (here, or another Rapport on the server):
    // the client, its interactions and its history are what the panel shows, its status follows them.
    connect(store, &ClientStore::clientChanged, this, [this](int row) {
        const QString owner = m_store->at(row).owner.trimmed();
        if (m_owners && !owner.isEmpty() && !m_owners->contains(owner, Qt::CaseInsensitive))
            m_owners.reset();
        if (m_store->at(row).id == m_clientId)
            refresh();
    });
    const auto forgetOwners = [this] { m_owners.reset(); };
    connect(store, &ClientStore::clientsAdded, this, forgetOwners);
    connect(store, &ClientStore::clientsRemoved, this, forgetOwners);
    connect(store, &ClientStore::resetDone, this, forgetOwners);
    connect(store, &ClientStore::interactionsChanged, this, [this](const QVector<qint64> &clientIds) {
        if (clientIds.contains(m_clientId))
            refresh();
    });
    connect(tracker, &ContactTracker::statusesReset, this, &ClientDetailPanel::refresh);
    // Undoing a move takes its record out after the client has changed back: the path and trend
    // must follow.
    connect(store, &ClientStore::historyChanged, this, [this](qint64 clientId) {
        if (clientId == m_clientId)
            refresh();
    });
    connect(store, &ClientStore::clientsRemoved, this, &ClientDetailPanel::refresh);
    connect(store, &ClientStore::resetDone, this, [this] { setClientId(0); });
    refresh();
}

ClientDetailPanel::~ClientDetailPanel()
{
    // Destroying a field that has focus makes it report "editing finished": not to us any more.
    disconnect(m_form, nullptr, this, nullptr);
    disconnect(m_logForm, nullptr, this, nullptr);
}

void ClientDetailPanel::updateContactLinks()
{
    const Client *client = m_store->client(m_clientId);
    QStringList links;
    // An address is one word that cannot wrap: shortened in the middle to the column's width,
    // whole in the tooltip, so that it never pushes the summary wider than the panel.
    const int room = std::max(80, m_summary->viewport()->width() - 12);
    const QFontMetrics metrics = m_contact->fontMetrics();
    // Every email and phone, the preferred first; each with its label when there are several.
    QStringList whole;
    if (client) {
        for (const ContactPoint &email : client->emails) {
            const QString label = client->emails.size() > 1 ? ContactPoint::labelText(email.label) + QStringLiteral(": ") : QString();
            links.append(label.toHtmlEscaped()
                         + QStringLiteral("<a href=\"%1\">%2</a>")
                               .arg(QUrl(QStringLiteral("mailto:") + email.value).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                    metrics.elidedText(email.value, Qt::ElideMiddle, room).toHtmlEscaped()));
            whole.append(label + email.value);
        }
        for (const ContactPoint &phone : client->phones) {
            const QString label = client->phones.size() > 1 ? ContactPoint::labelText(phone.label) + QStringLiteral(": ") : QString();
            QString digits = phone.value;
            digits.remove(QRegularExpression(QStringLiteral("[^0-9+]")));
            links.append(label.toHtmlEscaped()
                         + QStringLiteral("<a href=\"tel:%1\">%2</a>")
                               .arg(digits, metrics.elidedText(phone.value, Qt::ElideMiddle, room).toHtmlEscaped()));
            whole.append(label + phone.value);
        }
    }
    m_contact->setText(links.join(QStringLiteral("<br/>")));
    m_contact->setToolTip(whole.join(QLatin1Char('\n')));
    m_contact->setVisible(!links.isEmpty());
}

void ClientDetailPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Side by side when there is room for both, one above the other when the panel is narrow.
    const bool sideBySide = width() >= 40 * fontMetrics().averageCharWidth() + 320;
    m_detailsLayout->setDirection(sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_detailsLayout->setStretchFactor(m_summary, sideBySide ? 2 : 0);
}

void ClientDetailPanel::setClientId(qint64 id)
{
    if (id == m_clientId)
        return;
    m_clientId = id;
    m_timelineModel->setClientId(id);
    m_relationship->setClientId(id);
    m_logForm->reset();
    m_logOffer->hide();
    refresh();
}

void ClientDetailPanel::refresh()
{
    const int row = m_store->rowOf(m_clientId);
    if (row < 0) {
        m_stack->setCurrentIndex(0);
        return;
    }
    const Client &client = m_store->at(row);
    const Segment segment = m_store->segmentAt(row);
    const Extreme extreme = m_store->extremeAt(row);
    const ContactStatus &status = m_tracker->statusAt(row);
    const QLocale locale;
    m_title->setText(client.displayName());
    updateContactLinks();
    m_segmentIcon->setPixmap(SegmentStyle::icon(segment).pixmap(16, 16));
    m_segment->setText(segmentLabel(segment, extreme));
    m_advice->setText(segmentAdvice(segment, extreme));

    QStringList lines;
    if (status.lastContact.isValid())
        lines.append(tr("Last contact %1 (%2).").arg(shortDate(status.lastContact), DateText::daysAgo(status.daysSinceContact)));
    else
        lines.append(tr("No contact logged yet; added %1.").arg(DateText::daysAgo(status.daysSinceContact)));
    if (status.isOverdue)
        lines.append(tr("Overdue by %n day(s): get in touch now.", nullptr, status.daysOverdue));
    else if (status.isDue)
        lines.append(tr("Due for contact (every %n day(s) for this client).", nullptr, status.interval.idealDays));
    else
        lines.append(tr("Next contact due by %1.").arg(locale.toString(status.clockStart.addDays(status.interval.idealDays),
                                                                      QLocale::ShortFormat)));
    if (status.isUnusuallySilent)
        lines.append(tr("Usually in touch every %n day(s); silent for much longer now.", nullptr, status.medianGapDays));
    if (status.unansweredStreak > 0) {
        QString streak = tr("%n unanswered attempt(s) since %1.", nullptr, status.unansweredStreak).arg(shortDate(status.streakSince));
        if (status.suggestsPartingWays)
            streak += QLatin1Char(' ') + tr("Consider parting ways politely.");
        lines.append(streak);
    }
    const QVector<SegmentChange> history = m_store->history(m_clientId);
    lines.append(tr("Trend over 90 days: %1.").arg(trendName(trendOf(history, client.satisfaction, client.repurchase, m_tracker->today()))));
    m_status->setText(lines.join(QLatin1Char('\n')));
    const QColor statusColor = status.isOverdue || status.suggestsPartingWays ? SegmentStyle::lapseColor()
        : status.isDue || status.isInLapse                                    ? QColor(0xB0, 0x6A, 0x00)
                                                                              : palette().color(QPalette::WindowText);
    m_status->setStyleSheet(QStringLiteral("color: %1").arg(statusColor.name()));

    QStringList alerts;
    QStringList path;
    // Who moved the client, where that tells something (AuthorLine: on a server, or several people).
    QStringList movers;
    for (const SegmentChange &change : history)
        movers.append(change.changedBy);
    const bool namesMovers = AuthorLine::isShown(m_store->isServer(), movers);
    for (const SegmentChange &change : history) {
        const QString from = segmentLabel(change.fromSegment, change.fromExtreme);
        const QString to = segmentLabel(change.toSegment, change.toExtreme);
        if (change.isAlert())
            alerts.append(tr("Moved %1 → %2 on %3.").arg(from, to, shortDate(change.changedAt)));
        if (from != to) {
            QString step = tr("%1 → %2 on %3").arg(from, to, shortDate(change.changedAt));
            if (namesMovers && !change.changedBy.isEmpty())
                step += QStringLiteral(" (") + AuthorLine::movedBy(change.changedBy) + QLatin1Char(')');
            path.append(step);
        }
    }
    m_alert->setText(alerts.join(QLatin1Char('\n')));
    m_alertBox->setVisible(!alerts.isEmpty());
    m_trajectory->setText(path.isEmpty() ? QString() : tr("Path: %1").arg(path.mid(std::max<int>(0, int(path.size()) - 4)).join(QStringLiteral("; "))));
    m_trajectory->setVisible(!path.isEmpty());

    m_dates->setText(tr("Added %1 · last changed %2")
                         .arg(DateText::shortDateTime(client.createdAt), DateText::shortDateTime(client.updatedAt)));
    m_tabs->setTabText(0, tr("&Interactions (%1)").arg(m_timelineModel->rowCount()));
    if (!m_owners)
        m_owners = Client::ownersOf(m_store->clients());
    m_form->setOwnerChoices(*m_owners, m_store->author());
    m_form->setClient(client);
    m_stack->setCurrentIndex(1);
}

void ClientDetailPanel::onEdited()
{
    const Client *before = m_store->client(m_clientId);
    if (!before)
        return;
    const Client after = m_form->client();
    if (after == *before)
        return;
    const QString problem = ClientStore::validationError(after);
    if (!problem.isEmpty()) {
        m_advice->setText(problem);
        return;
    }
    Q_EMIT editRequested(*before, after);
}

void ClientDetailPanel::focusLogForm()
{
    m_tabs->setCurrentIndex(0);
    m_logForm->noteEdit()->setFocus(Qt::ShortcutFocusReason);
}

void ClientDetailPanel::showInteraction(qint64 interactionId)
{
    m_tabs->setCurrentIndex(0);
    for (int row = 0; row < m_timelineModel->rowCount(); ++row) {
        if (m_timelineModel->interactionId(row) == interactionId) {
            const QModelIndex index = m_timelineModel->index(row);
            m_timeline->setCurrentIndex(index);
            m_timeline->scrollTo(index);
            m_timeline->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void ClientDetailPanel::logInteraction()
{
    if (!m_store->client(m_clientId))
        return;
    Interaction interaction = m_logForm->interaction();
    interaction.id = 0;
    interaction.clientId = m_clientId;
    // A push after an undo drops the commands that could be redone, so the count may not grow even
    // when the interaction was logged; the index always moves on by one, unless the write failed.
    const int before = m_undoStack->index();
    m_undoStack->push(new AddInteractionCommand(m_store, interaction));
    if (m_undoStack->index() > before) {
        m_logForm->reset();
        m_logOffer->hide();
    }
}

void ClientDetailPanel::contactClient(const QUrl &url)
{
    const Client *client = m_store->client(m_clientId);
    if (!client)
        return;
    const bool isEmail = url.scheme() == QLatin1String("mailto");
    if (!QDesktopServices::openUrl(url)) {
        m_logOfferText->setText(isEmail ? tr("No mail program could be started for %1.").arg(url.path())
                                        : tr("Nothing on this computer can call %1.").arg(url.path()));
        m_logOfferButton->hide();
        m_logOffer->show();
        return;
    }
    // The attempt as it most likely went: an email we sent is unanswered until they reply; a
    // call mostly reaches someone. The owner changes what differs before logging.
    Interaction attempt = m_logForm->interaction();
    attempt.id = 0;
    attempt.clientId = m_clientId;
    attempt.happenedAt = QDateTime::currentDateTimeUtc();
    attempt.kind = isEmail ? InteractionKind::Email : InteractionKind::Call;
    attempt.direction = Direction::Outbound;
    attempt.outcome = isEmail ? Outcome::NoAnswer : Outcome::Answered;
    m_logForm->setInteraction(attempt);
    m_tabs->setCurrentIndex(0);
    m_logOfferText->setText(isEmail ? tr("Writing to %1: log the email once it is sent?").arg(client->displayName())
                                    : tr("Calling %1: log the call, with a note of what was said?").arg(client->displayName()));
    m_logOfferButton->setText(isEmail ? tr("Log Email") : tr("Log Call"));
    m_logOfferButton->show();
    m_logOffer->show();
}

void ClientDetailPanel::editSelectedInteraction()
{
    const QModelIndex current = m_timeline->currentIndex();
    const std::optional<Interaction> interaction = m_store->interaction(m_timelineModel->interactionId(current.row()));
    const Client *client = m_store->client(m_clientId);
    if (!interaction || !client)
        return;
    InteractionDialog dialog(*interaction, client->displayName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<Interaction> stillThere = m_store->interaction(interaction->id);
    if (stillThere && dialog.interaction() != *stillThere)
        m_undoStack->push(new EditInteractionCommand(m_store, *stillThere, dialog.interaction()));
}

void ClientDetailPanel::deleteSelectedInteractions()
{
    QVector<qint64> ids;
    const QModelIndexList rows = m_timeline->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_timelineModel->interactionId(index.row()));
    if (!ids.isEmpty())
        m_undoStack->push(new RemoveInteractionsCommand(m_store, ids));
}

void ClientDetailPanel::acknowledgeAlerts()
{
    const Client *client = m_store->client(m_clientId);
    if (!client)
        return;
    const QVector<SegmentChange> history = m_store->history(m_clientId);
    QVector<qint64> alerts;
    for (const SegmentChange &change : history) {
        if (change.isAlert())
            alerts.append(change.id);
    }
    if (alerts.isEmpty())
        return;
    m_undoStack->beginMacro(tr("Acknowledge Alert for %1").arg(client->displayName()));
    for (qint64 id : std::as_const(alerts))
        m_undoStack->push(new AcknowledgeChangeCommand(m_store, id, client->displayName()));
    m_undoStack->endMacro();
}

void ClientDetailPanel::updateTimelineButtons()
{
    const bool selected = m_timeline->selectionModel()->hasSelection();
    m_editInteraction->setEnabled(selected);
    m_deleteInteraction->setEnabled(selected);
    const int row = m_store->rowOf(m_clientId);
    if (row >= 0)
        m_tabs->setTabText(0, tr("&Interactions (%1)").arg(m_timelineModel->rowCount()));
}

bool ClientDetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (m_summary && watched == m_summary->viewport() && event->type() == QEvent::Resize)
        updateContactLinks();
    if (watched == m_timeline && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete) {
            deleteSelectedInteractions();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            editSelectedInteraction();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
