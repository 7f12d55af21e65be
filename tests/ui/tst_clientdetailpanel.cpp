#include "clientcommands.h"
#include "clientdetailpanel.h"
#include "clientform.h"
#include "clientstore.h"
#include "contactpointsedit.h"
#include "contacttracker.h"
#include "interactionform.h"
#include "interactionlistmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUndoStack>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

using namespace Rapport;

namespace {

/**
 * The English plural forms Rapport ships in translations/rapport_en.ts ("1 day", "2 days"),
 * read from the source file: the application compiles them into its own resources, which a
 * test of the UI library does not link.
 */
class EnglishPluralTranslator : public QTranslator
{
public:
    bool loadTs(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QStringList forms;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("name"))
                    context = xml.readElementText();
                else if (xml.name() == QLatin1String("source"))
                    source = xml.readElementText();
                else if (xml.name() == QLatin1String("numerusform"))
                    forms.append(xml.readElementText());
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                if (!forms.isEmpty())
                    m_forms.insert(context + QLatin1Char('\x1f') + source, forms);
                forms.clear();
            }
        }
        return !xml.hasError() && !m_forms.isEmpty();
    }

    bool isEmpty() const override { return m_forms.isEmpty(); }

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        const auto it = m_forms.constFind(QString::fromUtf8(context) + QLatin1Char('\x1f') + QString::fromUtf8(sourceText));
        if (it == m_forms.constEnd() || n < 0)
            return {};
        return it->value(n == 1 ? 0 : 1);
    }

private:
    QHash<QString, QStringList> m_forms;
};

Client makeClient(const QString &name, const QString &company, double satisfaction, double repurchase)
{
    Client client;
    client.name = name;
    client.company = company;
    client.satisfaction = satisfaction;
    client.repurchase = repurchase;
    client.createdAt = QDateTime(QDate(2024, 1, 2), QTime(9, 0), Qt::UTC);
    client.updatedAt = client.createdAt;
    return client;
}

QDateTime utc(int year, int month, int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

Interaction call(qint64 clientId, const QDateTime &when, Outcome outcome, const QString &note = {})
{
    Interaction interaction;
    interaction.clientId = clientId;
    interaction.happenedAt = when;
    interaction.kind = InteractionKind::Call;
    interaction.direction = Direction::Outbound;
    interaction.outcome = outcome;
    interaction.note = note;
    return interaction;
}

QPushButton *buttonWithText(QWidget *parent, const QString &text)
{
    const QList<QPushButton *> buttons = parent->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

QComboBox *comboNamed(QWidget *parent, const QString &accessibleName)
{
    const QList<QComboBox *> boxes = parent->findChildren<QComboBox *>();
    for (QComboBox *box : boxes) {
        if (box->accessibleName() == accessibleName)
            return box;
    }
    return nullptr;
}

} // namespace

namespace Rapport {

// Found by QCOMPARE through argument-dependent lookup, so that a failed comparison shows the values.
char *toString(const Interaction &i)
{
    const QString text = QStringLiteral("{id %1, client %2, at %3, %4/%5/%6, note \"%7\"}")
                             .arg(QString::number(i.id), QString::number(i.clientId), i.happenedAt.toString(Qt::ISODateWithMs),
                                  InteractionText::kindKey(i.kind), InteractionText::directionKey(i.direction),
                                  InteractionText::outcomeKey(i.outcome), i.note);
    return qstrdup(text.toUtf8().constData());
}

} // namespace Rapport

class tst_ClientDetailPanel : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    /** Stands in for the desktop's mail program and phone bridge. */
    void openUrl(const QUrl &url) { m_opened.append(url); }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void shouldLogANoteFromTheQuickFormWithTheKeyboardOnly();
    void shouldLogWithTheButtonAndResetTheChoicesAfterwards();
    void shouldSayByHowManyDaysAClientIsOverdue();
    void shouldSuggestPartingWaysAfterThreeUnansweredAttempts();
    void shouldShowAnAlertUntilItIsAcknowledged();
    void shouldDeleteTheSelectedInteractionWithTheDeleteKey();
    void shouldPushOneEditWhenADetailsFieldIsLeft();
    void shouldPushOneEditPerChangeOfTheEmailsInTheDetails();
    void shouldShowTheScaleOfTheScoresInTheDetails();
    void shouldForgetAnUndoneMoveInThePath();
    void shouldClearTheFormWhenLoggingAfterAnUndo();
    void shouldWriteAndOfferToLogTheEmail();
    void shouldCallAndOfferToLogTheCall();
    void shouldOfferTheOwnersTheClientsHave();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("clients.sqlite")); }
    /** Shows the panel in an active window, so that focus and key presses behave as for the owner. */
    bool showPanel();

    EnglishPluralTranslator m_english;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
    std::unique_ptr<ContactTracker> m_tracker;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<ClientDetailPanel> m_panel;
    qint64 m_olga = 0;  ///< Mercenary, last answered call 2024-02-15: overdue by 47 days on 2024-06-01
    qint64 m_piet = 0;  ///< Loyalist, three unanswered calls since 2024-05-10
    qint64 m_rosa = 0;  ///< Loyalist, recently in touch, no moves yet
    qint64 m_olgasCall = 0;
    QList<QUrl> m_opened;
};

void tst_ClientDetailPanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString ts = QFINDTESTDATA("../../translations/rapport_en.ts");
    QVERIFY2(!ts.isEmpty(), "translations/rapport_en.ts not found");
    QVERIFY2(m_english.loadTs(ts), qPrintable(ts));
    QVERIFY(QCoreApplication::installTranslator(&m_english));
}

void tst_ClientDetailPanel::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_english);
}

void tst_ClientDetailPanel::init()
{
    m_opened.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ClientStore>();
    QVERIFY2(m_store->open(path()), qPrintable(m_store->errorString()));
    m_tracker = std::make_unique<ContactTracker>(m_store.get());
    m_tracker->setToday(QDate(2024, 6, 1));
    m_undoStack = std::make_unique<QUndoStack>();
    m_panel = std::make_unique<ClientDetailPanel>(m_store.get(), m_tracker.get(), m_undoStack.get());
    // As the main window does: an edit in the details becomes one undoable step.
    connect(m_panel.get(), &ClientDetailPanel::editRequested, m_undoStack.get(), [this](const Client &before, const Client &after) {
        m_undoStack->push(new EditClientCommand(m_store.get(), before, after));
    });

    QVector<qint64> ids;
    QVERIFY(m_store->addClients({makeClient(QStringLiteral("Olga Lindqvist"), QStringLiteral("Lindqvist Bakery"), 8.0, 2.0),
                                 makeClient(QStringLiteral("Piet Jansen"), QStringLiteral("Jansen Bikes"), 7.0, 7.0),
                                 makeClient(QStringLiteral("Rosa Alves"), QStringLiteral("Alves Florist"), 8.0, 8.0)},
                                &ids));
    m_olga = ids.at(0);
    m_piet = ids.at(1);
    m_rosa = ids.at(2);
    m_olgasCall = m_store->addInteraction(call(m_olga, utc(2024, 2, 15), Outcome::Answered, QStringLiteral("Ordered rye flour")));
    QVERIFY(m_olgasCall > 0);
    QVERIFY(m_store->addInteractions({call(m_piet, utc(2024, 5, 1), Outcome::Answered),
                                      call(m_piet, utc(2024, 5, 10), Outcome::NoAnswer),
                                      call(m_piet, utc(2024, 5, 17), Outcome::NoAnswer, QStringLiteral("Voicemail full")),
                                      call(m_piet, utc(2024, 5, 24), Outcome::NoAnswer),
                                      call(m_rosa, utc(2024, 5, 28), Outcome::Answered)}));
    QCOMPARE(m_undoStack->count(), 0);
}

void tst_ClientDetailPanel::cleanup()
{
    // Closed before it is destroyed, as the application closes its window first. Destroying a
    // shown panel while a Details field has focus makes ~QWidget's focus-out call
    // ClientDetailPanel::onEdited after ~ClientDetailPanel has run (a Qt assertion in debug builds).
    if (m_panel)
        m_panel->close();
    m_panel.reset();
    m_undoStack.reset();
    m_tracker.reset();
    m_store.reset();
    m_dir.reset();
}

bool tst_ClientDetailPanel::showPanel()
{
    m_panel->resize(520, 760);
    m_panel->show();
    m_panel->activateWindow();
    return QTest::qWaitForWindowActive(m_panel.get());
}

void tst_ClientDetailPanel::shouldLogANoteFromTheQuickFormWithTheKeyboardOnly()
{
    // GIVEN Olga in the panel
    QVERIFY(showPanel());
    m_panel->setClientId(m_olga);
    QVERIFY2(m_panel->statusLabel()->text().contains(QStringLiteral("Overdue by 47 days")), qPrintable(m_panel->statusLabel()->text()));
    QPlainTextEdit *note = m_panel->logForm()->noteEdit();

    // WHEN the owner asks for the log form, types a note and presses Ctrl+Return
    m_panel->focusLogForm();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(note));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Agreed to a spring order"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);

    // THEN exactly one interaction is stored for Olga: a call we made that was answered, with the note, now
    const QVector<Interaction> interactions = m_store->interactions(m_olga);
    QCOMPARE(interactions.size(), 2);
    QCOMPARE(interactions.at(0).id, m_olgasCall);
    const Interaction logged = interactions.at(1);
    QVERIFY(logged.id > 0);
    QCOMPARE(logged.clientId, m_olga);
    QCOMPARE(logged.kind, InteractionKind::Call);
    QCOMPARE(logged.direction, Direction::Outbound);
    QCOMPARE(logged.outcome, Outcome::Answered);
    QCOMPARE(logged.note, QStringLiteral("Agreed to a spring order"));
    QVERIFY2(qAbs(logged.happenedAt.secsTo(before)) <= 60, qPrintable(logged.happenedAt.toString(Qt::ISODate)));
    QCOMPARE(m_store->interactions(m_piet).size(), 4);

    // AND it is one step on the undo stack
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Log Call with Olga Lindqvist"));

    // AND the form is back to its defaults, ready for the next one
    QCOMPARE(note->toPlainText(), QString());
    const Interaction fresh = m_panel->logForm()->interaction();
    QCOMPARE(fresh.kind, InteractionKind::Call);
    QCOMPARE(fresh.direction, Direction::Outbound);
    QCOMPARE(fresh.outcome, Outcome::Answered);
    QCOMPARE(fresh.note, QString());

    // AND the timeline shows it first, and Olga is no longer overdue
    QCOMPARE(m_panel->timeline()->model()->rowCount(), 2);
    QCOMPARE(m_panel->timeline()->model()->index(0, 0).data(InteractionListModel::InteractionIdRole).toLongLong(), logged.id);
    QVERIFY2(!m_panel->statusLabel()->text().contains(QStringLiteral("Overdue")), qPrintable(m_panel->statusLabel()->text()));

    // WHEN undone
    m_undoStack->undo();
    // THEN the interaction is gone again, and so is the contact
    QCOMPARE(m_store->interactions(m_olga).size(), 1);
    QVERIFY(!m_store->interaction(logged.id));
    QCOMPARE(m_panel->timeline()->model()->rowCount(), 1);
    QVERIFY2(m_panel->statusLabel()->text().contains(QStringLiteral("Overdue by 47 days")), qPrintable(m_panel->statusLabel()->text()));
}

void tst_ClientDetailPanel::shouldLogWithTheButtonAndResetTheChoicesAfterwards()
{
    // GIVEN Piet in the panel, and the quick form set to an unanswered email with a note
    QVERIFY(showPanel());
    m_panel->setClientId(m_piet);
    QComboBox *kind = comboNamed(m_panel->logForm(), QStringLiteral("Kind of interaction"));
    QComboBox *outcome = comboNamed(m_panel->logForm(), QStringLiteral("Outcome"));
    QVERIFY(kind && outcome);
    kind->setCurrentIndex(kind->findText(QStringLiteral("Email")));
    outcome->setCurrentIndex(outcome->findText(QStringLiteral("no answer")));
    m_panel->logForm()->noteEdit()->setPlainText(QStringLiteral("  Sent the price list  "));
    QPushButton *log = buttonWithText(m_panel.get(), QStringLiteral("&Log Interaction"));
    QVERIFY(log);

    // WHEN the Log button is clicked
    QTest::mouseClick(log, Qt::LeftButton);

    // THEN the email is stored as chosen, the note trimmed
    const QVector<Interaction> interactions = m_store->interactions(m_piet);
    QCOMPARE(interactions.size(), 5);
    const Interaction logged = interactions.constLast();
    QCOMPARE(logged.kind, InteractionKind::Email);
    QCOMPARE(logged.direction, Direction::Outbound);
    QCOMPARE(logged.outcome, Outcome::NoAnswer);
    QCOMPARE(logged.note, QStringLiteral("Sent the price list"));
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Log Email with Piet Jansen"));

    // AND the form is back to a call, answered, without a note
    QCOMPARE(kind->currentText(), QStringLiteral("Call"));
    QCOMPARE(outcome->currentText(), QStringLiteral("answered"));
    QCOMPARE(m_panel->logForm()->noteEdit()->toPlainText(), QString());
    // AND a fourth unanswered attempt is counted
    QVERIFY2(m_panel->statusLabel()->text().contains(QStringLiteral("4 unanswered attempts since 5/10/24.")),
             qPrintable(m_panel->statusLabel()->text()));
}

void tst_ClientDetailPanel::shouldSayByHowManyDaysAClientIsOverdue()
{
    // GIVEN Olga, a Mercenary (longest gap 60 days) last in touch on 2024-02-15
    // WHEN she is shown on 2024-06-01
    m_panel->setClientId(m_olga);
    // THEN the panel says she is 47 days past 2024-04-15
    const QString status = m_panel->statusLabel()->text();
    QVERIFY2(status.contains(QStringLiteral("Overdue by 47 days: get in touch now.")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Last contact 2/15/24 (107 days ago).")), qPrintable(status));
    QVERIFY2(!status.contains(QStringLiteral("Consider parting ways")), qPrintable(status));

    // WHEN the day moves to the first day past the longest gap
    m_tracker->setToday(QDate(2024, 4, 16));
    // THEN it says one day, in the singular
    QVERIFY2(m_panel->statusLabel()->text().contains(QStringLiteral("Overdue by 1 day: get in touch now.")),
             qPrintable(m_panel->statusLabel()->text()));

    // WHEN the day is the last one within the gap
    m_tracker->setToday(QDate(2024, 4, 15));
    // THEN she is due, not overdue
    QVERIFY2(!m_panel->statusLabel()->text().contains(QStringLiteral("Overdue")), qPrintable(m_panel->statusLabel()->text()));
    QVERIFY2(m_panel->statusLabel()->text().contains(QStringLiteral("Due for contact (every 30 days for this client).")),
             qPrintable(m_panel->statusLabel()->text()));
}

void tst_ClientDetailPanel::shouldSuggestPartingWaysAfterThreeUnansweredAttempts()
{
    // GIVEN Piet, answered on 2024-05-01 and not since, in three attempts
    // WHEN shown
    m_panel->setClientId(m_piet);
    // THEN the panel counts the attempts and suggests parting ways
    const QString status = m_panel->statusLabel()->text();
    QVERIFY2(status.contains(QStringLiteral("3 unanswered attempts since 5/10/24. Consider parting ways politely.")),
             qPrintable(status));
    QVERIFY2(!status.contains(QStringLiteral("Overdue")), qPrintable(status));

    // WHEN the last attempt is deleted
    const qint64 last = m_store->interactions(m_piet).constLast().id;
    QVERIFY(m_store->removeInteractions({last}));
    // THEN two attempts are not enough to suggest it
    QVERIFY2(m_panel->statusLabel()->text().contains(QStringLiteral("2 unanswered attempts since 5/10/24.")),
             qPrintable(m_panel->statusLabel()->text()));
    QVERIFY2(!m_panel->statusLabel()->text().contains(QStringLiteral("Consider parting ways")),
             qPrintable(m_panel->statusLabel()->text()));
}

void tst_ClientDetailPanel::shouldShowAnAlertUntilItIsAcknowledged()
{
    // GIVEN Rosa, a Loyalist without moves, in the panel
    QVERIFY(showPanel());
    m_panel->setClientId(m_rosa);
    QWidget *alertBox = m_panel->alertLabel()->parentWidget();
    QVERIFY(alertBox);
    QVERIFY(!alertBox->isVisible());

    // WHEN she moves from Loyalist to Mercenary (a move for the worse)
    qint64 changeId = 0;
    QVERIFY(m_store->moveClient(m_rosa, 8.0, 2.0, ChangeSource::Drag, &changeId));
    QVERIFY(changeId > 0);

    // THEN the alert shows the move
    QVERIFY(alertBox->isVisible());
    QVERIFY2(m_panel->alertLabel()->text().startsWith(QStringLiteral("Moved Loyalist \u2192 Mercenary on ")),
             qPrintable(m_panel->alertLabel()->text()));
    QPushButton *acknowledge = buttonWithText(m_panel.get(), QStringLiteral("&Acknowledge"));
    QVERIFY(acknowledge);
    QVERIFY(acknowledge->isVisible());

    // WHEN Acknowledge is pressed
    QTest::mouseClick(acknowledge, Qt::LeftButton);

    // THEN the alert is gone, the move is marked as seen in the store and in the file, and stays in the history
    QVERIFY(!alertBox->isVisible());
    QCOMPARE(m_store->history(m_rosa).size(), 1);
    QCOMPARE(m_store->history(m_rosa).constFirst().id, changeId);
    QCOMPARE(m_store->history(m_rosa).constFirst().acknowledged, true);
    {
        ClientStore file;
        QVERIFY(file.open(path()));
        QCOMPARE(file.history(m_rosa).size(), 1);
        QCOMPARE(file.history(m_rosa).constFirst().acknowledged, true);
    }
    // AND it is one undoable step
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Acknowledge Alert for Rosa Alves"));

    // WHEN undone
    m_undoStack->undo();
    // THEN the alert is back
    QCOMPARE(m_store->history(m_rosa).constFirst().acknowledged, false);
    QVERIFY(alertBox->isVisible());

    // WHEN redone
    m_undoStack->redo();
    // THEN it is gone again
    QCOMPARE(m_store->history(m_rosa).constFirst().acknowledged, true);
    QVERIFY(!alertBox->isVisible());
}

void tst_ClientDetailPanel::shouldDeleteTheSelectedInteractionWithTheDeleteKey()
{
    // GIVEN Piet's timeline, newest first, with the second row (the call of 2024-05-17) selected
    QVERIFY(showPanel());
    m_panel->setClientId(m_piet);
    QListView *timeline = m_panel->timeline();
    QCOMPARE(timeline->model()->rowCount(), 4);
    const QVector<Interaction> before = m_store->interactions(m_piet);
    const Interaction selected = before.at(2);
    QCOMPARE(selected.note, QStringLiteral("Voicemail full"));
    const QModelIndex row = timeline->model()->index(1, 0);
    QCOMPARE(row.data(InteractionListModel::InteractionIdRole).toLongLong(), selected.id);
    timeline->setFocus();
    timeline->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect);

    // WHEN Delete is pressed in the timeline
    QTest::keyClick(timeline, Qt::Key_Delete);

    // THEN that interaction, and only it, is deleted through the undo stack
    QCOMPARE(m_store->interactions(m_piet).size(), 3);
    QVERIFY(!m_store->interaction(selected.id));
    QCOMPARE(timeline->model()->rowCount(), 3);
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Delete Interaction with Piet Jansen"));

    // WHEN Delete is pressed with nothing selected
    timeline->selectionModel()->clearSelection();
    QTest::keyClick(timeline, Qt::Key_Delete);
    // THEN nothing happens
    QCOMPARE(m_store->interactions(m_piet).size(), 3);
    QCOMPARE(m_undoStack->count(), 1);

    // WHEN the delete is undone
    m_undoStack->undo();
    // THEN the interaction is back with its id and fields
    QCOMPARE(m_store->interactions(m_piet), before);
    QCOMPARE(timeline->model()->rowCount(), 4);
}

void tst_ClientDetailPanel::shouldPushOneEditWhenADetailsFieldIsLeft()
{
    // GIVEN Olga in the panel, with the Details tab open
    QVERIFY(showPanel());
    m_panel->setClientId(m_olga);
    auto *tabs = m_panel->findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    auto *form = m_panel->findChild<ClientForm *>();
    QVERIFY(form);
    QLineEdit *name = form->nameEdit();
    QCOMPARE(name->text(), QStringLiteral("Olga Lindqvist"));
    name->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(name->hasFocus());
    QSignalSpy editSpy(m_panel.get(), &ClientDetailPanel::editRequested);

    // WHEN the owner replaces her name and leaves the field with Tab
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(name, QStringLiteral("Olga Berg"));
    QCOMPARE(m_undoStack->count(), 0); // nothing is written while typing
    QTest::keyClick(name, Qt::Key_Tab);

    // THEN one edit is pushed, and the client is renamed
    QVERIFY(!name->hasFocus());
    QCOMPARE(editSpy.count(), 1);
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Edit Olga Lindqvist"));
    QCOMPARE(m_store->client(m_olga)->name, QStringLiteral("Olga Berg"));
    QCOMPARE(m_store->client(m_olga)->company, QStringLiteral("Lindqvist Bakery"));

    // WHEN the owner moves on through the other fields without changing them
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    // THEN nothing more is pushed
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(editSpy.count(), 1);

    // WHEN undone
    m_undoStack->undo();
    // THEN the old name is back, in the store and in the field
    QCOMPARE(m_store->client(m_olga)->name, QStringLiteral("Olga Lindqvist"));
    QCOMPARE(name->text(), QStringLiteral("Olga Lindqvist"));
}

void tst_ClientDetailPanel::shouldPushOneEditPerChangeOfTheEmailsInTheDetails()
{
    // GIVEN Olga with a work and a home email, in the panel with the Details tab open
    Client olga = *m_store->client(m_olga);
    olga.emails = {{QStringLiteral("olga@bakery.example"), ContactPoint::Label::Work},
                   {QStringLiteral("olga@home.example"), ContactPoint::Label::Home}};
    QVERIFY(m_store->updateClient(olga));
    QVERIFY(showPanel());
    m_panel->setClientId(m_olga);
    auto *tabs = m_panel->findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    auto *form = m_panel->findChild<ClientForm *>();
    QVERIFY(form);
    ContactPointsEdit *emails = form->emailsEdit();
    QCOMPARE(emails->rowCount(), 2);
    const auto stored = [this] { return ContactPoint::toStored(m_store->client(m_olga)->emails); };

    // WHEN an email row is added
    emails->addButton()->click();
    // THEN nothing is written for the empty row, and it stays for typing
    QCOMPARE(m_undoStack->count(), 0);
    QCOMPARE(emails->rowCount(), 3);

    // WHEN the home email is made the preferred one
    QTest::mouseClick(emails->preferredButton(1), Qt::LeftButton);
    // THEN one edit is pushed, the rows stay where they are, the empty one included
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(stored(), QStringLiteral("home:olga@home.example\nwork:olga@bakery.example"));
    QCOMPARE(emails->rowCount(), 3);
    QVERIFY(emails->preferredButton(1)->isChecked());

    // WHEN the work email is removed
    QTest::mouseClick(emails->removeButton(0), Qt::LeftButton);
    // THEN one more edit is pushed
    QCOMPARE(m_undoStack->count(), 2);
    QCOMPARE(stored(), QStringLiteral("home:olga@home.example"));

    // WHEN both are undone
    m_undoStack->undo();
    m_undoStack->undo();
    // THEN the rows show both emails again, the work one preferred
    QCOMPARE(stored(), QStringLiteral("work:olga@bakery.example\nhome:olga@home.example"));
    QCOMPARE(emails->rowCount(), 2);
    QCOMPARE(emails->valueEdit(0)->text(), QStringLiteral("olga@bakery.example"));
    QVERIFY(emails->preferredButton(0)->isChecked());
    QCOMPARE(emails->valueEdit(1)->text(), QStringLiteral("olga@home.example"));
}

void tst_ClientDetailPanel::shouldShowTheScaleOfTheScoresInTheDetails()
{
    // GIVEN Olga (satisfaction 8, likelihood to repurchase 2) in the panel
    QVERIFY(showPanel());
    m_panel->setClientId(m_olga);

    // WHEN the Details tab is opened
    auto *tabs = m_panel->findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    QCOMPARE(tabs->tabText(1), QStringLiteral("&Details"));
    auto *form = m_panel->findChild<ClientForm *>();
    QVERIFY(form);
    auto *layout = qobject_cast<QFormLayout *>(form->layout());
    QVERIFY(layout);

    // THEN both scores read out of 10, and the hint under them is shown in full
    QStringList scores;
    const QList<QDoubleSpinBox *> boxes = form->findChildren<QDoubleSpinBox *>();
    for (const QDoubleSpinBox *box : boxes)
        scores.append(box->text());
    scores.sort();
    QCOMPARE(scores, QStringList({QStringLiteral("2.0 / 10"), QStringLiteral("8.0 / 10")}));
    QLabel *hint = nullptr;
    for (QLabel *label : form->findChildren<QLabel *>()) {
        if (label->text() == QStringLiteral("0 = not at all, 10 = completely"))
            hint = label;
    }
    QVERIFY(hint);
    QTRY_VERIFY(hint->isVisible());
    int row = -1;
    QFormLayout::ItemRole role;
    layout->getWidgetPosition(hint, &row, &role);
    QCOMPARE(role, QFormLayout::FieldRole);
    QCOMPARE(layout->itemAt(row - 1, QFormLayout::FieldRole)->widget()->metaObject()->className(), "QDoubleSpinBox");
    QVERIFY2(hint->height() >= hint->heightForWidth(hint->width()), "the hint is cut off");
}

void tst_ClientDetailPanel::shouldForgetAnUndoneMoveInThePath()
{
    // GIVEN Olga in the panel, dragged from the Mercenaries to the Loyalists
    m_panel->setClientId(m_olga);
    QVERIFY(m_panel->pathLabel()->isHidden());
    m_undoStack->push(new MoveClientCommand(m_store.get(), m_olga, QPointF(8.0, 2.0), QPointF(8.0, 8.0)));
    QVERIFY2(m_panel->pathLabel()->text().startsWith(QStringLiteral("Path: Mercenary → Loyalist on ")),
             qPrintable(m_panel->pathLabel()->text()));
    QVERIFY(!m_panel->pathLabel()->isHidden());

    // WHEN the move is undone
    m_undoStack->undo();

    // THEN the panel shows her where she was, with no path, without choosing another client first
    QCOMPARE(m_store->history(m_olga).size(), 0);
    QVERIFY2(m_panel->pathLabel()->isHidden(), qPrintable(m_panel->pathLabel()->text()));
    QCOMPARE(m_panel->pathLabel()->text(), QString());

    // AND redoing it brings the path back
    m_undoStack->redo();
    QVERIFY2(m_panel->pathLabel()->text().startsWith(QStringLiteral("Path: Mercenary → Loyalist on ")),
             qPrintable(m_panel->pathLabel()->text()));
}

void tst_ClientDetailPanel::shouldClearTheFormWhenLoggingAfterAnUndo()
{
    // GIVEN Rosa in the panel, one interaction logged and undone (the stack keeps it for redo)
    QVERIFY(showPanel());
    m_panel->setClientId(m_rosa);
    QPlainTextEdit *note = m_panel->logForm()->noteEdit();
    note->setPlainText(QStringLiteral("First try"));
    m_panel->logInteraction();
    m_undoStack->undo();
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->index(), 0);

    // WHEN another interaction is logged
    note->setPlainText(QStringLiteral("Booked the tasting"));
    m_panel->logInteraction();

    // THEN it is stored, replaces the undone one on the stack, and the form is empty again
    const QVector<Interaction> interactions = m_store->interactions(m_rosa);
    QCOMPARE(interactions.size(), 2);
    QCOMPARE(interactions.constLast().note, QStringLiteral("Booked the tasting"));
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(note->toPlainText(), QString());
}

void tst_ClientDetailPanel::shouldWriteAndOfferToLogTheEmail()
{
    // GIVEN a client with an email and a phone, and the desktop's mail program standing by
    Client mia = makeClient(QStringLiteral("Mia <Sørensen>"), QStringLiteral("Nordlys"), 8.0, 8.0);
    mia.setEmail(QStringLiteral("mia+shop@nordlys.example"));
    mia.setPhone(QStringLiteral("+45 12 34 56 78"));
    const qint64 id = m_store->addClient(mia);
    QVERIFY(id > 0);
    QDesktopServices::setUrlHandler(QStringLiteral("mailto"), this, "openUrl");
    const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("mailto")); });
    QVERIFY(showPanel());
    m_panel->setClientId(id);

    // THEN the details show the email and the phone as links
    QCOMPARE(m_panel->contactLabel()->text(),
             QStringLiteral("<a href=\"mailto:mia+shop@nordlys.example\">mia+shop@nordlys.example</a><br/>"
                            "<a href=\"tel:+4512345678\">+45 12 34 56 78</a>"));
    QVERIFY(!m_panel->logOfferLabel()->isVisible());

    // WHEN the email is clicked
    Q_EMIT m_panel->contactLabel()->linkActivated(QStringLiteral("mailto:mia+shop@nordlys.example"));

    // THEN the mail program is asked to write to her, and the panel offers to log it
    QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("mailto:mia+shop@nordlys.example"))});
    QVERIFY(m_panel->logOfferLabel()->isVisible());
    QCOMPARE(m_panel->logOfferLabel()->text(), QStringLiteral("Writing to Mia <Sørensen>: log the email once it is sent?"));
    QCOMPARE(m_panel->logOfferButton()->text(), QStringLiteral("Log Email"));
    QCOMPARE(m_undoStack->count(), 0);

    // WHEN its one button is clicked
    QTest::mouseClick(m_panel->logOfferButton(), Qt::LeftButton);

    // THEN an email we sent, not answered yet, is logged, and the offer is gone
    const QVector<Interaction> logged = m_store->interactions(id);
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.constFirst().kind, InteractionKind::Email);
    QCOMPARE(logged.constFirst().direction, Direction::Outbound);
    QCOMPARE(logged.constFirst().outcome, Outcome::NoAnswer);
    QCOMPARE(m_undoStack->count(), 1);
    QVERIFY(!m_panel->logOfferLabel()->isVisible());
    QCOMPARE(m_panel->logForm()->interaction().kind, InteractionKind::Call);
}

void tst_ClientDetailPanel::shouldCallAndOfferToLogTheCall()
{
    // GIVEN a client with a phone only
    Client ole = makeClient(QStringLiteral("Ole Berg"), QString(), 5.0, 5.0);
    ole.setPhone(QStringLiteral("(030) 555-0101"));
    const qint64 id = m_store->addClient(ole);
    QDesktopServices::setUrlHandler(QStringLiteral("tel"), this, "openUrl");
    const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("tel")); });
    QVERIFY(showPanel());
    m_panel->setClientId(id);
    QCOMPARE(m_panel->contactLabel()->text(), QStringLiteral("<a href=\"tel:0305550101\">(030) 555-0101</a>"));

    // WHEN the number is clicked, and the owner types what was said before logging
    Q_EMIT m_panel->contactLabel()->linkActivated(QStringLiteral("tel:0305550101"));
    QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("tel:0305550101"))});
    QCOMPARE(m_panel->logOfferButton()->text(), QStringLiteral("Log Call"));
    m_panel->logForm()->noteEdit()->setPlainText(QStringLiteral("Wants a quote"));
    QTest::mouseClick(m_panel->logOfferButton(), Qt::LeftButton);

    // THEN the call is logged as one we made, with the note
    const QVector<Interaction> logged = m_store->interactions(id);
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.constFirst().kind, InteractionKind::Call);
    QCOMPARE(logged.constFirst().direction, Direction::Outbound);
    QCOMPARE(logged.constFirst().note, QStringLiteral("Wants a quote"));

    // AND choosing another client takes the offer away
    Q_EMIT m_panel->contactLabel()->linkActivated(QStringLiteral("tel:0305550101"));
    QVERIFY(m_panel->logOfferLabel()->isVisible());
    m_panel->setClientId(m_rosa);
    QVERIFY(!m_panel->logOfferLabel()->isVisible());
}

void tst_ClientDetailPanel::shouldOfferTheOwnersTheClientsHave()
{
    // GIVEN the panel showing Olga, the owner field offering no Zoë and no Bob
    m_panel->setClientId(m_olga);
    QComboBox *owner = nullptr;
    for (QComboBox *box : m_panel->findChildren<QComboBox *>()) {
        if (box->isEditable() && box->toolTip() == QStringLiteral("Who looks after this client"))
            owner = box;
    }
    QVERIFY(owner);
    const auto offered = [owner] {
        QStringList items;
        for (int i = 0; i < owner->count(); ++i)
            items.append(owner->itemText(i));
        return items;
    };
    QVERIFY(!offered().contains(QStringLiteral("Zoë")));

    // WHEN another client gets an owner no client had (here, or from another Rapport)
    Client piet = *m_store->client(m_piet);
    piet.owner = QStringLiteral("Zoë");
    QVERIFY2(m_store->updateClient(piet), qPrintable(m_store->errorString()));
    // THEN the next client shown offers her
    m_panel->setClientId(m_rosa);
    QVERIFY2(offered().contains(QStringLiteral("Zoë")), qPrintable(offered().join(QStringLiteral(", "))));

    // WHEN a client is added with an owner of its own
    Client ann = makeClient(QStringLiteral("Ann Berg"), QString(), 5.0, 5.0);
    ann.owner = QStringLiteral("Bob");
    QVERIFY(m_store->addClient(ann) > 0);
    // THEN the next client shown offers him too
    m_panel->setClientId(m_olga);
    QVERIFY(offered().contains(QStringLiteral("Bob")));
    QVERIFY(offered().contains(QStringLiteral("Zoë")));
}

QTEST_MAIN(tst_ClientDetailPanel)
#include "tst_clientdetailpanel.moc"
