#include "clientform.h"

#include "contactpointsedit.h"
#include "lapserules.h"
#include "segment.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace Rapport;

ClientForm::ClientForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_company(new QLineEdit(this))
    , m_emails(new ContactPointsEdit(ContactPointsEdit::Kind::Email, this))
    , m_phones(new ContactPointsEdit(ContactPointsEdit::Kind::Phone, this))
    , m_tags(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_satisfaction(new QDoubleSpinBox(this))
    , m_repurchase(new QDoubleSpinBox(this))
    , m_scaleHint(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_idealInterval(new QSpinBox(this))
    , m_maximumInterval(new QSpinBox(this))
{
    for (QSpinBox *box : {m_idealInterval, m_maximumInterval}) {
        box->setRange(0, LapseRules::MaximumDays);
        box->setSpecialValueText(tr("segment default"));
        box->setSuffix(tr(" days"));
        box->setKeyboardTracking(false);
    }
    m_idealInterval->setToolTip(tr("How often this client should hear from you. Past this, contact is due."));
    m_maximumInterval->setToolTip(tr("The longest this client should go without contact. Past this, contact is overdue."));
    m_tags->setPlaceholderText(tr("Separate tags with commas"));
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_owner->lineEdit()->setPlaceholderText(tr("No one in particular"));
    m_owner->lineEdit()->setClearButtonEnabled(true);
    m_owner->setToolTip(tr("Who looks after this client"));
    m_owner->setWhatsThis(tr("The person who looks after this client, when several people share the database. The "
                             "follow-up report and the planner can be made for one owner's clients only."));
    for (QDoubleSpinBox *box : {m_satisfaction, m_repurchase}) {
        box->setRange(0.0, 10.0);
        box->setDecimals(1);
        box->setSingleStep(0.5);
        box->setKeyboardTracking(false);
        box->setAccelerated(true);
        box->setSuffix(tr(" / 10"));
    }
    m_satisfaction->setToolTip(tr("How satisfied the client is overall, from 0 (not at all) to 10 (completely)."));
    m_repurchase->setToolTip(tr("How likely the client is to buy again, from 0 (not at all) to 10 (certainly)."));
    m_scaleHint->setText(tr("0 = not at all, 10 = completely"));
    m_scaleHint->setWordWrap(true);
    QFont hintFont = m_scaleHint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.9);
    m_scaleHint->setFont(hintFont);
    m_scaleHint->setForegroundRole(QPalette::PlaceholderText);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Anything worth remembering about this client"));
    m_notes->installEventFilter(this);

    m_name->setToolTip(tr("The client's name"));
    m_name->setWhatsThis(tr("The name of the person you deal with, as you would say it. It is shown in the list, on "
                            "the chart and in the report."));
    m_company->setToolTip(tr("The client's company, if any"));
    m_company->setWhatsThis(tr("The company or organisation the client belongs to. Leave it empty for a private "
                               "client; the search finds clients by company too."));
    m_tags->setToolTip(tr("Words to group clients by, separated by commas"));
    m_tags->setWhatsThis(tr("Your own words for grouping clients, such as a town, a product or \"wholesale\", separated "
                            "by commas. Type a tag in the list's search field to see every client that has it."));
    m_satisfaction->setWhatsThis(tr("How happy the client is with what you deliver, from 0 to 10: your best judgement, "
                                    "or their answer to a survey. It places the dot from left to right on the chart."));
    m_repurchase->setWhatsThis(tr("How likely the client is to buy from you again, from 0 to 10. It places the dot from "
                                  "bottom to top on the chart; together with satisfaction it decides the segment."));
    m_notes->setToolTip(tr("Notes about this client"));
    m_notes->setWhatsThis(tr("Anything worth remembering that is not tied to one contact: family, preferences, how they "
                             "like to be reached. Saved when you leave the field."));
    m_idealInterval->setWhatsThis(tr("How many days may pass between contacts before this client is due. Leave it at "
                                     "segment default to use the interval of the client's segment (Edit → Contact "
                                     "Intervals…)."));
    m_maximumInterval->setWhatsThis(tr("How many days may pass before this client is overdue and in lapse. Leave it at "
                                       "segment default to use the interval of the client's segment."));

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // A narrow detail panel puts a row whose field needs more room (the emails and phones) under its label.
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(tr("&Company:"), m_company);
    layout->addRow(tr("&Email:"), m_emails);
    layout->addRow(tr("&Phone:"), m_phones);
    layout->addRow(tr("&Tags:"), m_tags);
    layout->addRow(tr("Account o&wner:"), m_owner);
    layout->addRow(tr("&Satisfaction:"), m_satisfaction);
    layout->addRow(tr("&Likelihood to repurchase:"), m_repurchase);
    layout->addRow(QString(), m_scaleHint);
    layout->addRow(tr("N&otes:"), m_notes);
    layout->addRow(tr("Contact &every:"), m_idealInterval);
    layout->addRow(tr("At &most every:"), m_maximumInterval);

    for (QLineEdit *edit : {m_name, m_company, m_tags})
        connect(edit, &QLineEdit::editingFinished, this, &ClientForm::editingFinished);
    connect(m_owner->lineEdit(), &QLineEdit::editingFinished, this, &ClientForm::editingFinished);
    connect(m_owner, &QComboBox::activated, this, &ClientForm::editingFinished);
    for (ContactPointsEdit *edit : {m_emails, m_phones})
        connect(edit, &ContactPointsEdit::editingFinished, this, &ClientForm::editingFinished);
    for (QDoubleSpinBox *box : {m_satisfaction, m_repurchase})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ClientForm::editingFinished);
    for (QSpinBox *box : {m_idealInterval, m_maximumInterval})
        connect(box, &QSpinBox::valueChanged, this, &ClientForm::editingFinished);
}

void ClientForm::setClient(const Client &client)
{
    // A field the user is typing in keeps its text when the same client changes elsewhere
    // (a drag on the chart, an undo): what they typed is not thrown away.
    const bool sameClient = client.id != 0 && client.id == m_client.id;
    const auto show = [sameClient](QLineEdit *edit, const QString &text) {
        if (!(sameClient && edit->hasFocus() && edit->isModified()))
            edit->setText(text);
    };
    m_client = client;
    const QSignalBlocker blockSatisfaction(m_satisfaction);
    const QSignalBlocker blockRepurchase(m_repurchase);
    const QSignalBlocker blockIdeal(m_idealInterval);
    const QSignalBlocker blockMaximum(m_maximumInterval);
    m_idealInterval->setValue(client.idealIntervalDays);
    m_maximumInterval->setValue(client.maximumIntervalDays);
    show(m_name, client.name);
    show(m_company, client.company);
    for (auto [edit, points] : {std::pair(m_emails, &client.emails), std::pair(m_phones, &client.phones)}) {
        // The rows stay as they are (an empty one just added, the focus) when nothing changed.
        if (!(sameClient && (edit->isTyping() || edit->contactPoints() == *points)))
            edit->setContactPoints(*points);
    }
    show(m_tags, client.tagsText());
    if (!(sameClient && m_owner->hasFocus() && m_owner->lineEdit()->isModified()))
        m_owner->setEditText(client.owner);
    m_satisfaction->setValue(client.satisfaction);
    m_repurchase->setValue(client.repurchase);
    if (m_notes->toPlainText() != client.notes && !(sameClient && m_notes->hasFocus()))
        m_notes->setPlainText(client.notes);
}

Client ClientForm::client() const
{
    Client result = m_client;
    result.name = m_name->text().trimmed();
    result.company = m_company->text().trimmed();
    result.emails = m_emails->contactPoints();
    result.phones = m_phones->contactPoints();
    result.tags = Client::parseTags(m_tags->text());
    result.owner = m_owner->currentText().trimmed();
    result.satisfaction = roundToTenth(m_satisfaction->value());
    result.repurchase = roundToTenth(m_repurchase->value());
    result.notes = m_notes->toPlainText();
    result.idealIntervalDays = m_idealInterval->value();
    result.maximumIntervalDays = m_maximumInterval->value();
    return result;
}

void ClientForm::setOwnerChoices(const QStringList &owners, const QString &author)
{
    QStringList choices = owners;
    if (!author.trimmed().isEmpty() && !choices.contains(author.trimmed(), Qt::CaseInsensitive))
        choices.append(author.trimmed());
    // Replacing the items would replace the text typed or shown: keep it.
    const QString text = m_owner->currentText();
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItems(choices);
    m_owner->setEditText(text);
}

bool ClientForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        Q_EMIT editingFinished();
    return QWidget::eventFilter(watched, event);
}
