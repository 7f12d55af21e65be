#include "clientdialog.h"
#include "clientstore.h"
#include "contactpointsedit.h"
#include "lapseruleseditor.h"
#include "matchhighlightdelegate.h"
#include "notesearchdialog.h"
#include "ruleseditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace Rapport;

namespace {

/** The button in @p editor showing exactly @p text, or nullptr. */
QPushButton *buttonWithText(QWidget *editor, const QString &text)
{
    const QList<QPushButton *> buttons = editor->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

const QString RestoreDefaults = QStringLiteral("Restore &Defaults");

/** The label in @p dialog showing exactly @p text, or nullptr. */
QLabel *labelWithText(QWidget *dialog, const QString &text)
{
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text() == text)
            return label;
    }
    return nullptr;
}

QSpinBox *spinBoxNamed(QWidget *dialog, const QString &accessibleName)
{
    const QList<QSpinBox *> boxes = dialog->findChildren<QSpinBox *>();
    for (QSpinBox *box : boxes) {
        if (box->accessibleName() == accessibleName)
            return box;
    }
    return nullptr;
}

QSpinBox *spinBoxWithSuffix(QWidget *dialog, const QString &suffix)
{
    const QList<QSpinBox *> boxes = dialog->findChildren<QSpinBox *>();
    for (QSpinBox *box : boxes) {
        if (box->suffix() == suffix)
            return box;
    }
    return nullptr;
}

/** The field a form label names, e.g. "&Terrorist when both are at most:". */
QDoubleSpinBox *fieldOf(QWidget *dialog, const QString &labelText)
{
    QLabel *label = labelWithText(dialog, labelText);
    return label ? qobject_cast<QDoubleSpinBox *>(label->buddy()) : nullptr;
}

Client makeClient(const QString &name, const QString &company)
{
    Client client;
    client.name = name;
    client.company = company;
    return client;
}

/** The email or phone rows a form label names: "&Email:" or "&Phone:". */
ContactPointsEdit *contactPointsOf(QWidget *dialog, const QString &labelText)
{
    QLabel *label = labelWithText(dialog, labelText);
    return label ? qobject_cast<ContactPointsEdit *>(label->buddy()) : nullptr;
}

/** What the rows of @p edit show, one "Label value" each, the preferred marked with a star. */
QStringList rowsOf(const ContactPointsEdit *edit)
{
    QStringList rows;
    for (int row = 0; row < edit->rowCount(); ++row) {
        rows.append((edit->preferredButton(row)->isChecked() ? QStringLiteral("* ") : QString())
                    + edit->labelBox(row)->currentText() + QLatin1Char(' ') + edit->valueEdit(row)->text());
    }
    return rows;
}

/** The widgets of @p dialog that Tab visits from @p from, in order, up to (not with) @p to. */
QList<QWidget *> tabChain(QWidget *from, QWidget *to)
{
    QList<QWidget *> chain;
    for (QWidget *widget = from->nextInFocusChain(); widget != to && widget != from; widget = widget->nextInFocusChain()) {
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() && widget->isEnabled() && !widget->focusProxy())
            chain.append(widget);
    }
    return chain;
}

Client olgaWithSeveralWaysToReachHer()
{
    Client olga = makeClient(QStringLiteral("Olga Lindqvist"), QStringLiteral("Lindqvist Bakery"));
    olga.id = 42;
    olga.emails = {{QStringLiteral("olga@home.example"), ContactPoint::Label::Home},
                   {QStringLiteral("olga@bakery.example"), ContactPoint::Label::Work},
                   {QStringLiteral("olga.l@mail.example"), ContactPoint::Label::Other}};
    olga.phones = {{QStringLiteral("+46 70 123 45 67"), ContactPoint::Label::Mobile},
                   {QStringLiteral("+46 8 123 45 00"), ContactPoint::Label::Work}};
    return olga;
}

Interaction note(qint64 clientId, const QDateTime &when, const QString &text)
{
    Interaction interaction;
    interaction.clientId = clientId;
    interaction.happenedAt = when;
    interaction.kind = InteractionKind::Meeting;
    interaction.note = text;
    return interaction;
}

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(9, 0), Qt::UTC);
}

const QString Loyalists = QStringLiteral("Loyalists");
const QString Mercenaries = QStringLiteral("Mercenaries");
const QString Hostages = QStringLiteral("Hostages");
const QString Defectors = QStringLiteral("Defectors");

} // namespace

class tst_Dialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void shouldShowTheGivenContactIntervals();
    void shouldRefuseALongestGapBelowTheIdealGap();
    void shouldRestoreTheDefaultContactIntervals();

    void shouldShowTheGivenSegmentBoundaries();
    void shouldRefuseATerroristCornerAtOrAboveABoundary_data();
    void shouldRefuseATerroristCornerAtOrAboveABoundary();
    void shouldRestoreTheDefaultSegmentBoundaries();

    void shouldFindNotesByEveryWordNewestFirst();
    void shouldAskForTheClientOfAnActivatedNote();
    void shouldHighlightEveryWordSearchedFor();
    void shouldShowTheClientAndTheDateInFull();

    void shouldShowTheScaleOfTheScoresWhenAddingAClient();
    void shouldShowEveryEmailAndPhoneWithItsLabelThePreferredFirst();
    void shouldGiveBackTheSameClientWhenOkIsPressedWithoutChanges();
    void shouldOfferTheOwnersAndGiveBackTheOneChosen_data();
    void shouldOfferTheOwnersAndGiveBackTheOneChosen();
    void shouldAddRelabelRemoveAndPreferEmailsAndPhones();
    void shouldTabThroughTheRowsInOrderAndNotCloseOnEnterInARow();
    void shouldStillRefuseAClientWithoutNameOrCompany();
};

void tst_Dialogs::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_Dialogs::shouldShowTheGivenContactIntervals()
{
    // GIVEN rules that differ from the defaults everywhere
    LapseRules rules;
    rules.setInterval(Segment::Loyalist, {20, 45});
    rules.setInterval(Segment::Mercenary, {10, 40});
    rules.setInterval(Segment::Hostage, {5, 21});
    rules.setInterval(Segment::Defector, {3, 9});
    rules.setUnansweredThreshold(5);

    // WHEN the editor shows them
    LapseRulesEditor editor;
    QSignalSpy changedSpy(&editor, &LapseRulesEditor::rulesChanged);
    editor.setRules(rules);

    // THEN each field shows its value, and the rules come back unchanged
    QCOMPARE(spinBoxNamed(&editor, QStringLiteral("Ideal gap for Loyalists"))->value(), 20);
    QCOMPARE(spinBoxNamed(&editor, QStringLiteral("Longest gap for Loyalists"))->value(), 45);
    QCOMPARE(spinBoxNamed(&editor, QStringLiteral("Ideal gap for Mercenaries"))->value(), 10);
    QCOMPARE(spinBoxNamed(&editor, QStringLiteral("Longest gap for Mercenaries"))->value(), 40);
    QCOMPARE(spinBoxNamed(&editor, QStringLiteral("Ideal gap for Hostages"))->value(), 5);
    QCOMPARE(spinBoxNamed(&editor, QStringLiteral("Longest gap for Hostages"))->value(), 21);
    QCOMPARE(spinBoxNamed(&editor, QStringLiteral("Ideal gap for Defectors"))->value(), 3);
    QCOMPARE(spinBoxNamed(&editor, QStringLiteral("Longest gap for Defectors"))->value(), 9);
    QCOMPARE(spinBoxWithSuffix(&editor, QStringLiteral(" attempts"))->value(), 5);
    QVERIFY(editor.rules() == rules);
    QCOMPARE(editor.problem(), QString());
    // AND it said so once, not once per field
    QCOMPARE(changedSpy.count(), 1);
}

void tst_Dialogs::shouldRefuseALongestGapBelowTheIdealGap()
{
    // GIVEN the default intervals (Hostages: ideal 14, longest 30)
    LapseRulesEditor editor;
    QCOMPARE(editor.problem(), QString());
    QSpinBox *longest = spinBoxNamed(&editor, QStringLiteral("Longest gap for Hostages"));
    QVERIFY(longest);

    // WHEN the longest gap for Hostages is set below the ideal one
    longest->setValue(10);

    // THEN the editor says exactly why it cannot be used
    const QString message = QStringLiteral("For Hostages, the longest gap (10 days) cannot be shorter than the ideal one (14 days).");
    QCOMPARE(editor.problem(), message);
    QLabel *error = labelWithText(&editor, message);
    QVERIFY2(error, qPrintable(message));
    QVERIFY(error->isVisibleTo(&editor));

    // WHEN it is raised to the ideal gap
    longest->setValue(14);
    // THEN an equal gap is accepted and the message goes away
    QCOMPARE(editor.problem(), QString());
    QVERIFY(!error->isVisibleTo(&editor));
    QCOMPARE(error->text(), QString());
    QCOMPARE(editor.rules().interval(Segment::Hostage), (ContactInterval{14, 14}));

    // WHEN the ideal gap for Loyalists is raised above their longest gap
    spinBoxNamed(&editor, QStringLiteral("Ideal gap for Loyalists"))->setValue(91);
    // THEN it is refused the same way, naming Loyalists
    QCOMPARE(editor.problem(), error->text());
    QCOMPARE(error->text(),
             QStringLiteral("For Loyalists, the longest gap (90 days) cannot be shorter than the ideal one (91 days)."));
    QVERIFY(error->isVisibleTo(&editor));
}

void tst_Dialogs::shouldRestoreTheDefaultContactIntervals()
{
    // GIVEN other rules, with one field left invalid
    LapseRules rules;
    rules.setInterval(Segment::Loyalist, {20, 45});
    rules.setInterval(Segment::Mercenary, {10, 40});
    rules.setInterval(Segment::Hostage, {5, 21});
    rules.setInterval(Segment::Defector, {3, 9});
    rules.setUnansweredThreshold(5);
    LapseRulesEditor editor;
    editor.setRules(rules);
    spinBoxNamed(&editor, QStringLiteral("Longest gap for Defectors"))->setValue(2);
    QVERIFY(!editor.problem().isEmpty());

    // WHEN Restore Defaults is clicked
    QPushButton *restore = buttonWithText(&editor, RestoreDefaults);
    QVERIFY(restore);
    QTest::mouseClick(restore, Qt::LeftButton);

    // THEN the defaults are back: Defectors 7/14, Hostages 14/30, Mercenaries 30/60, Loyalists 30/90, three attempts
    QCOMPARE(spinBoxNamed(&editor, QStringLiteral("Ideal gap for Defectors"))->value(), 7);
    QCOMPARE(spinBoxNamed(&editor, QStringLiteral("Longest gap for Defectors"))->value(), 14);
    QCOMPARE(spinBoxNamed(&editor, QStringLiteral("Ideal gap for Hostages"))->value(), 14);
    QCOMPARE(spinBoxNamed(&editor, QStringLiteral("Longest gap for Hostages"))->value(), 30);
    QCOMPARE(spinBoxNamed(&editor, QStringLiteral("Ideal gap for Mercenaries"))->value(), 30);
    QCOMPARE(spinBoxNamed(&editor, QStringLiteral("Longest gap for Mercenaries"))->value(), 60);
    QCOMPARE(spinBoxNamed(&editor, QStringLiteral("Ideal gap for Loyalists"))->value(), 30);
    QCOMPARE(spinBoxNamed(&editor, QStringLiteral("Longest gap for Loyalists"))->value(), 90);
    QCOMPARE(spinBoxWithSuffix(&editor, QStringLiteral(" attempts"))->value(), 3);
    QVERIFY(editor.rules() == LapseRules());
    // AND the error is gone
    QCOMPARE(editor.problem(), QString());
}

void tst_Dialogs::shouldShowTheGivenSegmentBoundaries()
{
    // GIVEN rules away from the defaults
    const SegmentationRules rules(6.0, 4.5, 9.5, 0.5);

    // WHEN the editor shows them
    RulesEditor editor;
    QSignalSpy changedSpy(&editor, &RulesEditor::rulesChanged);
    editor.setRules(rules);

    // THEN each field shows its value
    QCOMPARE(fieldOf(&editor, QStringLiteral("&Satisfied from:"))->value(), 6.0);
    QCOMPARE(fieldOf(&editor, QStringLiteral("&Likely to repurchase from:"))->value(), 4.5);
    QCOMPARE(fieldOf(&editor, QStringLiteral("&Apostle when both are at least:"))->value(), 9.5);
    QCOMPARE(fieldOf(&editor, QStringLiteral("&Terrorist when both are at most:"))->value(), 0.5);
    QVERIFY(editor.rules() == rules);
    QCOMPARE(editor.problem(), QString());
    // AND it said so once, not once per field
    QCOMPARE(changedSpy.count(), 1);
}

void tst_Dialogs::shouldRefuseATerroristCornerAtOrAboveABoundary_data()
{
    QTest::addColumn<double>("satisfaction");
    QTest::addColumn<double>("repurchase");
    QTest::addColumn<double>("terrorist");
    QTest::addColumn<QString>("message");

    const QString at5 = QStringLiteral("The Terrorist corner must end below both boundaries (5.0), inside the Defector quadrant.");
    QTest::newRow("at the default boundaries") << 5.0 << 5.0 << 5.0 << at5;
    QTest::newRow("above the default boundaries") << 5.0 << 5.0 << 6.5 << at5;
    QTest::newRow("at the lower repurchase boundary")
        << 6.0 << 4.5 << 4.5
        << QStringLiteral("The Terrorist corner must end below both boundaries (4.5), inside the Defector quadrant.");
    QTest::newRow("between the two boundaries")
        << 3.0 << 6.0 << 4.0
        << QStringLiteral("The Terrorist corner must end below both boundaries (3.0), inside the Defector quadrant.");
}

void tst_Dialogs::shouldRefuseATerroristCornerAtOrAboveABoundary()
{
    QFETCH(double, satisfaction);
    QFETCH(double, repurchase);
    QFETCH(double, terrorist);
    QFETCH(QString, message);

    // GIVEN the editor with the boundaries set
    RulesEditor editor;
    fieldOf(&editor, QStringLiteral("&Satisfied from:"))->setValue(satisfaction);
    fieldOf(&editor, QStringLiteral("&Likely to repurchase from:"))->setValue(repurchase);
    QCOMPARE(editor.problem(), QString());

    // WHEN the Terrorist corner is put at or above the lower boundary
    QDoubleSpinBox *corner = fieldOf(&editor, QStringLiteral("&Terrorist when both are at most:"));
    corner->setValue(terrorist);

    // THEN the editor says exactly why it cannot be used
    QCOMPARE(editor.problem(), message);
    QLabel *error = labelWithText(&editor, message);
    QVERIFY2(error, qPrintable(message));
    QVERIFY(error->isVisibleTo(&editor));

    // WHEN the corner is moved just below the lower boundary
    corner->setValue(std::min(satisfaction, repurchase) - 0.1);
    // THEN it is accepted again
    QCOMPARE(editor.problem(), QString());
    QVERIFY(!error->isVisibleTo(&editor));
}

void tst_Dialogs::shouldRestoreTheDefaultSegmentBoundaries()
{
    // GIVEN other rules, with the Terrorist corner left invalid
    RulesEditor editor;
    editor.setRules(SegmentationRules(6.0, 4.5, 9.5, 0.5));
    fieldOf(&editor, QStringLiteral("&Terrorist when both are at most:"))->setValue(7.0);
    QVERIFY(!editor.problem().isEmpty());

    // WHEN Restore Defaults is clicked
    QPushButton *restore = buttonWithText(&editor, RestoreDefaults);
    QVERIFY(restore);
    QTest::mouseClick(restore, Qt::LeftButton);

    // THEN 5 / 5 with the corners at 9 and 1 are back, and they can be used
    QCOMPARE(fieldOf(&editor, QStringLiteral("&Satisfied from:"))->value(), 5.0);
    QCOMPARE(fieldOf(&editor, QStringLiteral("&Likely to repurchase from:"))->value(), 5.0);
    QCOMPARE(fieldOf(&editor, QStringLiteral("&Apostle when both are at least:"))->value(), 9.0);
    QCOMPARE(fieldOf(&editor, QStringLiteral("&Terrorist when both are at most:"))->value(), 1.0);
    QVERIFY(editor.rules() == SegmentationRules());
    QCOMPARE(editor.problem(), QString());
}

void tst_Dialogs::shouldFindNotesByEveryWordNewestFirst()
{
    // GIVEN three clients with notes
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClientStore store;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("clients.sqlite"))), qPrintable(store.errorString()));
    QVector<qint64> ids;
    QVERIFY(store.addClients({makeClient(QStringLiteral("Xena Varga"), QStringLiteral("Westgate Print Shop Ltd")),
                              makeClient(QStringLiteral("Ben Brennan"), QStringLiteral("Harbour Bakery")),
                              makeClient(QString(), QStringLiteral("Chloe's Garden Centre"))},
                             &ids));
    QVERIFY(store.addInteractions({note(ids.at(0), utc(2024, 3, 4), QStringLiteral("Discussed the spring catalogue and bulk pricing")),
                                   note(ids.at(0), utc(2024, 3, 10), QStringLiteral("Left a message about the catalogue")),
                                   note(ids.at(1), utc(2024, 4, 1), QStringLiteral("Spring order confirmed,\npricing agreed")),
                                   note(ids.at(2), utc(2024, 2, 1), QStringLiteral("Asked about SPRING bulbs"))}));
    NoteSearchDialog dialog(&store);
    QTreeWidget *results = dialog.results();
    QCOMPARE(results->topLevelItemCount(), 0);

    // WHEN two words are typed
    QTest::keyClicks(dialog.searchEdit(), QStringLiteral("spring pricing"));

    // THEN, once typing pauses, the notes holding both are found, newest first, with their client
    QTRY_COMPARE(results->topLevelItemCount(), 2);
    QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("Ben Brennan"));
    QCOMPARE(results->topLevelItem(0)->text(2), QStringLiteral("Spring order confirmed, pricing agreed"));
    QCOMPARE(results->topLevelItem(0)->toolTip(2), QStringLiteral("Spring order confirmed,\npricing agreed"));
    QCOMPARE(results->topLevelItem(1)->text(0), QStringLiteral("Xena Varga"));
    QCOMPARE(results->topLevelItem(1)->text(2), QStringLiteral("Discussed the spring catalogue and bulk pricing"));
    QVERIFY2(results->topLevelItem(1)->text(1).startsWith(QStringLiteral("3/4/24")), qPrintable(results->topLevelItem(1)->text(1)));

    // WHEN the search is narrowed to one word, in another case
    dialog.searchEdit()->clear();
    QTest::keyClicks(dialog.searchEdit(), QStringLiteral("SPRING"));
    // THEN every note with it is found, whatever its case; a client without a name shows its company
    QTRY_COMPARE(results->topLevelItemCount(), 3);
    QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("Ben Brennan"));
    QCOMPARE(results->topLevelItem(1)->text(0), QStringLiteral("Xena Varga"));
    QCOMPARE(results->topLevelItem(2)->text(0), QStringLiteral("Chloe's Garden Centre"));
    QCOMPARE(results->topLevelItem(2)->text(2), QStringLiteral("Asked about SPRING bulbs"));

    // WHEN a word no note holds is added
    QTest::keyClicks(dialog.searchEdit(), QStringLiteral(" tulips"));
    // THEN nothing is found
    QTRY_COMPARE(results->topLevelItemCount(), 0);
}

void tst_Dialogs::shouldAskForTheClientOfAnActivatedNote()
{
    // GIVEN two clients' notes found by a search
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClientStore store;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("clients.sqlite"))), qPrintable(store.errorString()));
    QVector<qint64> ids;
    QVERIFY(store.addClients({makeClient(QStringLiteral("Xena Varga"), QString()),
                              makeClient(QStringLiteral("Ben Brennan"), QString())},
                             &ids));
    const qint64 xenasNote = store.addInteraction(note(ids.at(0), utc(2024, 3, 4), QStringLiteral("Catalogue sent")));
    const qint64 bensNote = store.addInteraction(note(ids.at(1), utc(2024, 4, 1), QStringLiteral("Catalogue liked")));
    QVERIFY(xenasNote > 0 && bensNote > 0);
    NoteSearchDialog dialog(&store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.searchEdit(), QStringLiteral("catalogue"));
    QTreeWidget *results = dialog.results();
    QTRY_COMPARE(results->topLevelItemCount(), 2);
    QSignalSpy requestedSpy(&dialog, &NoteSearchDialog::clientRequested);

    // WHEN Xena's note (the older, second row) is double-clicked
    QTreeWidgetItem *xenas = results->topLevelItem(1);
    QCOMPARE(xenas->text(0), QStringLiteral("Xena Varga"));
    const QPoint position = results->visualItemRect(xenas).center();
    // A double click is a press and release, then the double-click event.
    QTest::mouseClick(results->viewport(), Qt::LeftButton, Qt::NoModifier, position);
    QCOMPARE(requestedSpy.count(), 0);
    QTest::mouseDClick(results->viewport(), Qt::LeftButton, Qt::NoModifier, position);

    // THEN the dialog asks for Xena, pointing at that note
    QCOMPARE(requestedSpy.count(), 1);
    QCOMPARE(requestedSpy.at(0).at(0).toLongLong(), ids.at(0));
    QCOMPARE(requestedSpy.at(0).at(1).toLongLong(), xenasNote);

    // WHEN Ben's is activated from the keyboard
    results->setCurrentItem(results->topLevelItem(0));
    results->setFocus();
    QTest::keyClick(results, Qt::Key_Return);
    // THEN Ben is asked for
    QCOMPARE(requestedSpy.count(), 2);
    QCOMPARE(requestedSpy.at(1).at(0).toLongLong(), ids.at(1));
    QCOMPARE(requestedSpy.at(1).at(1).toLongLong(), bensNote);
}

void tst_Dialogs::shouldHighlightEveryWordSearchedFor()
{
    // GIVEN notes holding the words in several cases, one with markup in it
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClientStore store;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("clients.sqlite"))), qPrintable(store.errorString()));
    const qint64 id = store.addClient(makeClient(QStringLiteral("Xena Varga"), QString()));
    QVERIFY(id > 0);
    QVERIFY(store.addInteractions({note(id, utc(2024, 3, 4), QStringLiteral("Spring order: <b>spring</b> prices,\n  springs & SPRINGTIME pricing")),
                                   note(id, utc(2024, 3, 1), QStringLiteral("Bring the spring rings"))}));
    NoteSearchDialog dialog(&store);
    QTreeWidget *results = dialog.results();

    // WHEN two words are searched for
    QTest::keyClicks(dialog.searchEdit(), QStringLiteral("spring pric"));
    QTRY_COMPARE(results->topLevelItemCount(), 1);

    // THEN the note shows as written, markup and all, on one line
    QTreeWidgetItem *item = results->topLevelItem(0);
    QCOMPARE(item->text(2), QStringLiteral("Spring order: <b>spring</b> prices, springs & SPRINGTIME pricing"));
    // AND every place either word is found, in any case, is highlighted: start and length
    using Ranges = MatchHighlightDelegate::MatchRanges;
    const auto rangesOf = [](const QTreeWidgetItem *item) {
        return item->data(2, NoteSearchDialog::MatchRangesRole).value<Ranges>();
    };
    QCOMPARE(rangesOf(item), Ranges({{0, 6}, {17, 6}, {28, 4}, {36, 6}, {46, 6}, {57, 4}}));
    QCOMPARE(item->text(2).mid(46, 6), QStringLiteral("SPRING"));
    // AND the client and the date are not highlighted
    QVERIFY(!item->data(0, NoteSearchDialog::MatchRangesRole).isValid());
    QVERIFY(!item->data(1, NoteSearchDialog::MatchRangesRole).isValid());

    // WHEN one word lies inside another
    dialog.searchEdit()->clear();
    QTest::keyClicks(dialog.searchEdit(), QStringLiteral("ring spring"));
    QTRY_COMPARE(results->topLevelItemCount(), 2);
    // THEN the overlapping matches are highlighted as one
    QCOMPARE(results->topLevelItem(1)->text(2), QStringLiteral("Bring the spring rings"));
    QCOMPARE(rangesOf(results->topLevelItem(1)), Ranges({{1, 4}, {10, 6}, {17, 4}}));
    QCOMPARE(rangesOf(results->topLevelItem(0)), Ranges({{0, 6}, {17, 6}, {36, 6}, {46, 6}}));
}

void tst_Dialogs::shouldShowTheClientAndTheDateInFull()
{
    // GIVEN a client with a long name and one with a long company name, with notes late in the year
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClientStore store;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("clients.sqlite"))), qPrintable(store.errorString()));
    QVector<qint64> ids;
    QVERIFY(store.addClients({makeClient(QStringLiteral("Alexandra Featherstonehaugh"), QString()),
                              makeClient(QString(), QStringLiteral("Westgate Print Shop Ltd"))},
                             &ids));
    QVERIFY(store.addInteractions({note(ids.at(0), QDateTime(QDate(2024, 12, 28), QTime(23, 58), Qt::UTC),
                                        QStringLiteral("Asked for the winter catalogue and a quote for the whole range")),
                                   note(ids.at(1), QDateTime(QDate(2024, 11, 30), QTime(10, 45), Qt::UTC),
                                        QStringLiteral("Catalogue sent"))}));
    // AND the dialog at its default size
    NoteSearchDialog dialog(&store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.size(), QSize(720, 460));
    QTreeWidget *results = dialog.results();

    // WHEN both notes are found
    QTest::keyClicks(dialog.searchEdit(), QStringLiteral("catalogue"));
    QTRY_COMPARE(results->topLevelItemCount(), 2);
    QCOMPARE(results->topLevelItem(0)->text(1), QStringLiteral("12/28/24 11:58 PM"));

    // THEN each name and date fits its column, with the item margins either side
    const QFontMetrics metrics = results->fontMetrics();
    const int margins = 2 * (results->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, results) + 1);
    for (int row = 0; row < 2; ++row) {
        const QTreeWidgetItem *item = results->topLevelItem(row);
        for (int column : {0, 1}) {
            const int needed = metrics.horizontalAdvance(item->text(column)) + margins;
            QVERIFY2(results->columnWidth(column) >= needed,
                     qPrintable(QStringLiteral("%1: %2 < %3").arg(item->text(column)).arg(results->columnWidth(column)).arg(needed)));
        }
    }
    // AND the note keeps most of the width, with nothing to scroll sideways
    const int room = results->viewport()->width();
    QVERIFY2(results->columnWidth(2) >= room / 2, qPrintable(QString::number(results->columnWidth(2))));
    QCOMPARE(results->header()->length(), room);
}

void tst_Dialogs::shouldShowTheScaleOfTheScoresWhenAddingAClient()
{
    // GIVEN the Add Client dialog
    Client client;
    client.satisfaction = 7.5;
    ClientDialog dialog(client);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Add Client"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // THEN both scores say they are out of 10
    QDoubleSpinBox *satisfaction = fieldOf(&dialog, QStringLiteral("&Satisfaction:"));
    QDoubleSpinBox *repurchase = fieldOf(&dialog, QStringLiteral("&Likelihood to repurchase:"));
    QVERIFY(satisfaction && repurchase);
    QCOMPARE(satisfaction->suffix(), QStringLiteral(" / 10"));
    QCOMPARE(satisfaction->text(), QStringLiteral("7.5 / 10"));
    QCOMPARE(repurchase->text(), QStringLiteral("5.0 / 10"));
    QCOMPARE(satisfaction->toolTip(), QStringLiteral("How satisfied the client is overall, from 0 (not at all) to 10 (completely)."));
    QCOMPARE(repurchase->toolTip(), QStringLiteral("How likely the client is to buy again, from 0 (not at all) to 10 (certainly)."));

    // AND a hint under them says what the ends of the scale mean, in full
    QLabel *hint = labelWithText(&dialog, QStringLiteral("0 = not at all, 10 = completely"));
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->geometry().top() >= repurchase->geometry().bottom());
    QVERIFY2(hint->height() >= hint->heightForWidth(hint->width()), "the hint is cut off");
    QVERIFY2(hint->heightForWidth(hint->width()) < 2 * hint->fontMetrics().lineSpacing(), "the hint takes more than one line");

    // WHEN a score is typed THEN the value is read without the suffix
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    satisfaction->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(satisfaction->hasFocus());
    satisfaction->selectAll();
    QTest::keyClicks(satisfaction, QStringLiteral("9"));
    QTest::keyClick(satisfaction, Qt::Key_Tab);
    QCOMPARE(dialog.client().satisfaction, 9.0);
}

void tst_Dialogs::shouldShowEveryEmailAndPhoneWithItsLabelThePreferredFirst()
{
    // GIVEN Olga with three emails (home preferred) and two phones
    // WHEN she is edited
    ClientDialog dialog(olgaWithSeveralWaysToReachHer());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // THEN every one shows in its own row, with its label, the preferred one marked
    ContactPointsEdit *emails = contactPointsOf(&dialog, QStringLiteral("&Email:"));
    ContactPointsEdit *phones = contactPointsOf(&dialog, QStringLiteral("&Phone:"));
    QVERIFY(emails && phones);
    QCOMPARE(rowsOf(emails), QStringList({QStringLiteral("* Home olga@home.example"), QStringLiteral("Work olga@bakery.example"),
                                          QStringLiteral("Other olga.l@mail.example")}));
    QCOMPARE(rowsOf(phones), QStringList({QStringLiteral("* Mobile +46 70 123 45 67"), QStringLiteral("Work +46 8 123 45 00")}));
    // AND each control says what it is for
    QCOMPARE(emails->preferredButton(1)->toolTip(), QStringLiteral("Preferred email: Write Email uses it, and it is shown first"));
    QCOMPARE(phones->preferredButton(0)->toolTip(), QStringLiteral("Preferred phone: Call uses it, and it is shown first"));
    QCOMPARE(emails->labelBox(0)->toolTip(), QStringLiteral("What kind of address this is"));
    QCOMPARE(emails->valueEdit(0)->toolTip(), QStringLiteral("The client's email address"));
    QCOMPARE(phones->removeButton(1)->toolTip(), QStringLiteral("Remove this phone number"));
    QCOMPARE(emails->addButton()->text(), QStringLiteral("Add Email"));
    QCOMPARE(phones->addButton()->toolTip(), QStringLiteral("Add another phone number"));
    for (QWidget *widget : {static_cast<QWidget *>(emails->preferredButton(0)), static_cast<QWidget *>(emails->labelBox(0)),
                            static_cast<QWidget *>(emails->valueEdit(0)), static_cast<QWidget *>(emails->removeButton(0)),
                            static_cast<QWidget *>(emails->addButton())})
        QVERIFY2(!widget->whatsThis().isEmpty(), widget->metaObject()->className());
    // AND a long address shows its beginning
    QCOMPARE(emails->valueEdit(0)->cursorPosition(), 0);

    // WHEN a client without any is added
    ClientDialog empty(makeClient(QStringLiteral("Piet"), QString()));
    // THEN there are no rows, only the buttons to add one
    QCOMPARE(contactPointsOf(&empty, QStringLiteral("&Email:"))->rowCount(), 0);
    QCOMPARE(contactPointsOf(&empty, QStringLiteral("&Phone:"))->rowCount(), 0);
    QCOMPARE(empty.client().emails.size(), 0);
}

void tst_Dialogs::shouldGiveBackTheSameClientWhenOkIsPressedWithoutChanges()
{
    // GIVEN Olga, whose preferred email is her home one, in the dialog
    const Client olga = olgaWithSeveralWaysToReachHer();
    ClientDialog dialog(olga);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // WHEN OK is pressed without changing anything
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    ok->click();

    // THEN the dialog closes and gives back exactly the same client: same order, same labels
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(ContactPoint::toStored(dialog.client().emails), ContactPoint::toStored(olga.emails));
    QCOMPARE(ContactPoint::toStored(dialog.client().phones), ContactPoint::toStored(olga.phones));
    QVERIFY(dialog.client() == olga);
}

void tst_Dialogs::shouldOfferTheOwnersAndGiveBackTheOneChosen_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("chosen"); // an item of the list to pick; empty to type instead
    QTest::addColumn<QString>("typed");  // what to type over the field, when nothing is picked; "-" to leave it
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<QString>("owner");

    const QStringList owners = {QStringLiteral("Anna"), QStringLiteral("Bruno")};
    QTest::newRow("kept") << QStringLiteral("Anna") << QStringLiteral("carl") << QString() << QStringLiteral("-")
                          << QStringList{QStringLiteral("Anna"), QStringLiteral("Bruno"), QStringLiteral("carl")}
                          << QStringLiteral("Anna");
    QTest::newRow("the author picked") << QString() << QStringLiteral("carl") << QStringLiteral("carl") << QString()
                                       << QStringList{QStringLiteral("Anna"), QStringLiteral("Bruno"), QStringLiteral("carl")}
                                       << QStringLiteral("carl");
    QTest::newRow("the author is an owner already") << QStringLiteral("Bruno") << QStringLiteral(" anna ")
                                                    << QStringLiteral("Anna") << QString() << owners << QStringLiteral("Anna");
    QTest::newRow("a new name, trimmed") << QStringLiteral("Anna") << QStringLiteral("carl") << QString()
                                         << QStringLiteral("  Dora O'Neil \"D\" ")
                                         << QStringList{QStringLiteral("Anna"), QStringLiteral("Bruno"), QStringLiteral("carl")}
                                         << QStringLiteral("Dora O'Neil \"D\"");
    QTest::newRow("markup stays text") << QString() << QString() << QString() << QStringLiteral("<b>Zoë</b> 🙂") << owners
                                       << QStringLiteral("<b>Zoë</b> 🙂");
    QTest::newRow("cleared") << QStringLiteral("Anna") << QStringLiteral("carl") << QString() << QString()
                             << QStringList{QStringLiteral("Anna"), QStringLiteral("Bruno"), QStringLiteral("carl")} << QString();
}

void tst_Dialogs::shouldOfferTheOwnersAndGiveBackTheOneChosen()
{
    QFETCH(QString, stored);
    QFETCH(QString, author);
    QFETCH(QString, chosen);
    QFETCH(QString, typed);
    QFETCH(QStringList, offered);
    QFETCH(QString, owner);

    // GIVEN Olga, of the stored owner, in the dialog, with Anna and Bruno owning clients already
    Client olga = olgaWithSeveralWaysToReachHer();
    olga.owner = stored;
    ClientDialog dialog(olga);
    dialog.setOwnerChoices({QStringLiteral("Anna"), QStringLiteral("Bruno")}, author);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLabel *label = labelWithText(&dialog, QStringLiteral("Account o&wner:"));
    QVERIFY(label);
    auto *field = qobject_cast<QComboBox *>(label->buddy());
    QVERIFY(field);

    // THEN it shows her owner, and offers the owners and the author, each once
    QCOMPARE(field->currentText(), stored);
    QStringList items;
    for (int i = 0; i < field->count(); ++i)
        items.append(field->itemText(i));
    QCOMPARE(items, offered);

    // WHEN an owner is picked, or a name typed, and OK pressed
    if (!chosen.isEmpty()) {
        field->setCurrentIndex(field->findText(chosen));
    } else if (typed != QLatin1String("-")) {
        field->lineEdit()->selectAll();
        field->lineEdit()->del();
        field->lineEdit()->insert(typed); // QTest::keyClicks() types ASCII only
    }
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    // THEN the client comes back with that owner, and nothing else changed
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.client().owner, owner);
    Client expected = olga;
    expected.owner = owner;
    QVERIFY(dialog.client() == expected);
}

void tst_Dialogs::shouldAddRelabelRemoveAndPreferEmailsAndPhones()
{
    // GIVEN Olga in the dialog
    ClientDialog dialog(olgaWithSeveralWaysToReachHer());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    ContactPointsEdit *emails = contactPointsOf(&dialog, QStringLiteral("&Email:"));
    ContactPointsEdit *phones = contactPointsOf(&dialog, QStringLiteral("&Phone:"));
    QVERIFY(emails && phones);

    // WHEN an email is added, typed into the new row that has the cursor
    emails->addButton()->click();
    QCOMPARE(emails->rowCount(), 4);
    QTRY_VERIFY(emails->valueEdit(3)->hasFocus());
    QTest::keyClicks(emails->valueEdit(3), QStringLiteral("  orders@bakery.example "));
    // AND the work email is made the preferred one
    QTest::mouseClick(emails->preferredButton(1), Qt::LeftButton);
    // AND the "other" email is removed
    QTest::mouseClick(emails->removeButton(2), Qt::LeftButton);
    // AND the work phone is relabelled Home with the keyboard
    phones->labelBox(1)->setFocus(Qt::TabFocusReason);
    QTest::keyClick(phones->labelBox(1), Qt::Key_Down); // the list is Work, Home, Mobile, Other
    // AND a phone row is added and left empty
    phones->addButton()->click();
    QCOMPARE(phones->rowCount(), 3);

    // THEN the rows show it all, the removed one gone and the new ones labelled by what was not used yet
    QCOMPARE(rowsOf(emails), QStringList({QStringLiteral("Home olga@home.example"), QStringLiteral("* Work olga@bakery.example"),
                                          QStringLiteral("Other   orders@bakery.example ")}));
    QCOMPARE(rowsOf(phones), QStringList({QStringLiteral("* Mobile +46 70 123 45 67"), QStringLiteral("Home +46 8 123 45 00"),
                                          QStringLiteral("Work ")}));
    // AND the client has the preferred first, the others in their order, trimmed, the empty row dropped
    const Client edited = dialog.client();
    QCOMPARE(ContactPoint::toStored(edited.emails),
             QStringLiteral("work:olga@bakery.example\nhome:olga@home.example\nother:orders@bakery.example"));
    QCOMPARE(ContactPoint::toStored(edited.phones), QStringLiteral("mobile:+46 70 123 45 67\nhome:+46 8 123 45 00"));
    QCOMPARE(edited.email(), QStringLiteral("olga@bakery.example"));
    QCOMPARE(edited.name, QStringLiteral("Olga Lindqvist"));

    // WHEN the preferred email is removed
    QTest::mouseClick(emails->removeButton(1), Qt::LeftButton);
    // THEN the first one left becomes the preferred, and the cursor is in the row that took its place
    QCOMPARE(rowsOf(emails), QStringList({QStringLiteral("* Home olga@home.example"), QStringLiteral("Other   orders@bakery.example ")}));
    QTRY_VERIFY(emails->valueEdit(1)->hasFocus());
    QCOMPARE(dialog.client().email(), QStringLiteral("olga@home.example"));

    // WHEN every email is removed THEN the client has none, and the cursor is on Add Email
    QTest::mouseClick(emails->removeButton(1), Qt::LeftButton);
    QTest::mouseClick(emails->removeButton(0), Qt::LeftButton);
    QCOMPARE(emails->rowCount(), 0);
    QTRY_VERIFY(emails->addButton()->hasFocus());
    QVERIFY(dialog.client().emails.isEmpty());
    QCOMPARE(dialog.client().email(), QString());
}

void tst_Dialogs::shouldTabThroughTheRowsInOrderAndNotCloseOnEnterInARow()
{
    // GIVEN Olga in the dialog, with one email added
    ClientDialog dialog(olgaWithSeveralWaysToReachHer());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    ContactPointsEdit *emails = contactPointsOf(&dialog, QStringLiteral("&Email:"));
    ContactPointsEdit *phones = contactPointsOf(&dialog, QStringLiteral("&Phone:"));
    QVERIFY(emails && phones);
    emails->addButton()->click();
    QLineEdit *company = nullptr;
    QLineEdit *tags = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->text() == QStringLiteral("Lindqvist Bakery"))
            company = edit;
        if (edit->placeholderText() == QStringLiteral("Separate tags with commas"))
            tags = edit;
    }
    QVERIFY(company && tags);

    // THEN Tab goes from the company through each row left to right, the new row before Add Email, then the phones;
    // the preferred marks are one stop, on the marked one, as radio buttons are (arrow keys move the mark)
    QList<QWidget *> expected;
    for (ContactPointsEdit *edit : {emails, phones}) {
        for (int row = 0; row < edit->rowCount(); ++row) {
            if (edit->preferredButton(row)->isChecked())
                expected << edit->preferredButton(row);
            expected << edit->labelBox(row) << edit->valueEdit(row) << edit->removeButton(row);
        }
        expected << edit->addButton();
    }
    QCOMPARE(tabChain(company, tags), expected);
    // AND the Email label's shortcut goes to the first address
    QCOMPARE(emails->focusProxy(), emails->valueEdit(0));

    // WHEN Enter is pressed in the new, last email row
    QTest::keyClicks(emails->valueEdit(3), QStringLiteral("orders@bakery.example"));
    QTest::keyClick(emails->valueEdit(3), Qt::Key_Return);
    // THEN the dialog stays open, with the address kept
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(emails->contactPoints().size(), 4);

    // WHEN Enter is pressed in the name THEN the dialog is accepted as before
    QTest::keyClick(dialog.findChildren<QLineEdit *>().constFirst(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
}

void tst_Dialogs::shouldStillRefuseAClientWithoutNameOrCompany()
{
    // GIVEN Olga in the dialog, her name and company cleared
    ClientDialog dialog(olgaWithSeveralWaysToReachHer());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->text() == QStringLiteral("Olga Lindqvist") || edit->text() == QStringLiteral("Lindqvist Bakery"))
            edit->clear();
    }

    // WHEN OK is pressed
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    // THEN the dialog stays open, says why, and puts the cursor in the name
    QVERIFY(dialog.isVisible());
    QVERIFY(labelWithText(&dialog, QStringLiteral("A client needs a name or a company.")));
    QVERIFY(labelWithText(&dialog, QStringLiteral("A client needs a name or a company."))->isVisible());
    QTRY_VERIFY(dialog.findChildren<QLineEdit *>().constFirst()->hasFocus());
    // AND the emails are still all there
    QCOMPARE(dialog.client().emails.size(), 3);
}

QTEST_MAIN(tst_Dialogs)
#include "tst_dialogs.moc"
