#include "interactionform.h"

#include "datetext.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>

using namespace Rapport;

InteractionForm::InteractionForm(QWidget *parent)
    : QWidget(parent)
    , m_when(new QDateTimeEdit(this))
    , m_kind(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
{
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(DateText::dateTimeFormat());
    for (InteractionKind kind : {InteractionKind::Meeting, InteractionKind::Call, InteractionKind::Email,
                                 InteractionKind::Message, InteractionKind::Other})
        m_kind->addItem(InteractionText::kindName(kind), int(kind));
    for (Direction direction : {Direction::Outbound, Direction::Inbound})
        m_direction->addItem(InteractionText::directionName(direction), int(direction));
    for (Outcome outcome : {Outcome::Answered, Outcome::NoAnswer})
        m_outcome->addItem(InteractionText::outcomeName(outcome), int(outcome));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was said, what was agreed (Ctrl+Return logs it)"));
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 3 + 2 * m_note->frameWidth() + 8);

    auto *choices = new QHBoxLayout;
    choices->addWidget(m_kind);
    choices->addWidget(m_direction);
    choices->addWidget(m_outcome);
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("&When:"), m_when);
    auto *whatLabel = new QLabel(tr("W&hat:"), this);
    whatLabel->setBuddy(m_kind);
    layout->addRow(whatLabel, choices);
    layout->addRow(tr("N&ote:"), m_note);
    m_kind->setAccessibleName(tr("Kind of interaction"));
    m_direction->setAccessibleName(tr("Who reached out"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_when->setToolTip(tr("When it happened; now, unless you change it"));
    m_when->setWhatsThis(tr("The date and time of the contact. It follows the clock until you change it, so a contact "
                            "logged as it happens needs no date; pick an earlier one for something you log later."));
    m_kind->setToolTip(tr("Meeting, call, email, message or other"));
    m_kind->setWhatsThis(tr("How you were in touch: a meeting, a call, an email, a message or something else."));
    m_direction->setToolTip(tr("Who reached out: you or the client"));
    m_direction->setWhatsThis(tr("Whether you reached out to the client or the client reached out to you. A client who "
                                 "gets in touch always counts as a contact."));
    m_outcome->setToolTip(tr("Whether you got an answer"));
    m_outcome->setWhatsThis(tr("Whether the client answered. Attempts that go unanswered are counted: after several in "
                               "a row, Rapport marks the client as in lapse and suggests parting ways politely."));
    m_note->setToolTip(tr("A note on what was said (Ctrl+Return logs it)"));
    m_note->setWhatsThis(tr("What was said and what was agreed, in your own words. Notes can be searched later with "
                            "Edit → Search Notes…; Ctrl+Return logs the interaction."));

    for (QWidget *field : std::initializer_list<QWidget *>{m_when, m_kind, m_direction, m_outcome, m_note})
        field->installEventFilter(this);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, [this] { m_whenEdited = true; });
    // Until the user picks a time, the field keeps showing the current one.
    auto *clock = new QTimer(this);
    clock->setInterval(20 * 1000);
    connect(clock, &QTimer::timeout, this, [this] {
        if (!m_whenEdited && m_interaction.id == 0) {
            const QSignalBlocker blocker(m_when);
            m_when->setDateTime(QDateTime::currentDateTime());
        }
    });
    clock->start();
    reset();
}

void InteractionForm::reset()
{
    Interaction fresh;
    fresh.happenedAt = QDateTime::currentDateTimeUtc();
    fresh.clientId = m_interaction.clientId;
    setInteraction(fresh);
}

void InteractionForm::setInteraction(const Interaction &interaction)
{
    m_interaction = interaction;
    const QSignalBlocker blocker(m_when);
    m_whenEdited = false;
    m_when->setDateTime(interaction.happenedAt.toLocalTime());
    m_kind->setCurrentIndex(m_kind->findData(int(interaction.kind)));
    m_direction->setCurrentIndex(m_direction->findData(int(interaction.direction)));
    m_outcome->setCurrentIndex(m_outcome->findData(int(interaction.outcome)));
    m_note->setPlainText(interaction.note);
}

Interaction InteractionForm::interaction() const
{
    Interaction result = m_interaction;
    const bool loggedNow = !m_whenEdited && m_interaction.id == 0;
    result.happenedAt = loggedNow ? QDateTime::currentDateTimeUtc() : m_when->dateTime().toUTC();
    result.kind = InteractionKind(m_kind->currentData().toInt());
    result.direction = Direction(m_direction->currentData().toInt());
    result.outcome = Outcome(m_outcome->currentData().toInt());
    result.note = m_note->toPlainText().trimmed();
    return result;
}

bool InteractionForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            Q_EMIT submitted();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
