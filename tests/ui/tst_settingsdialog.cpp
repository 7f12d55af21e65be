#include "appearance.h"
#include "clientstore.h"
#include "followupcalendar.h"
#include "followupreport.h"
#include "remindernotifier.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace Rapport;

namespace {

QPushButton *standardButton(SettingsDialog *dialog, QDialogButtonBox::StandardButton which)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(which) : nullptr;
}

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

/** The field a form label names, e.g. "&Business name:". */
template<typename Field>
Field *fieldOf(QWidget *dialog, const QString &labelText)
{
    QLabel *label = labelWithText(dialog, labelText);
    return label ? qobject_cast<Field *>(label->buddy()) : nullptr;
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

QRadioButton *radioWithText(QWidget *dialog, const QString &text)
{
    const QList<QRadioButton *> buttons = dialog->findChildren<QRadioButton *>();
    for (QRadioButton *button : buttons) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

/** The titles of the list on the left, top to bottom. */
QStringList pageTitles(SettingsDialog *dialog)
{
    QStringList titles;
    auto *list = dialog->findChild<QListWidget *>();
    for (int row = 0; list && row < list->count(); ++row)
        titles.append(list->item(row)->text());
    return titles;
}

/** The title of the selected entry of the list. */
QString selectedTitle(SettingsDialog *dialog)
{
    auto *list = dialog->findChild<QListWidget *>();
    return list && list->currentItem() ? list->currentItem()->text() : QString();
}

/** Whether the widget is on the page the dialog shows. */
bool isOnShownPage(SettingsDialog *dialog, QWidget *widget)
{
    auto *pages = dialog->findChild<QStackedWidget *>();
    return pages && widget && pages->currentWidget()->isAncestorOf(widget);
}

const QString Satisfied = QStringLiteral("&Satisfied from:");
const QString Terrorist = QStringLiteral("&Terrorist when both are at most:");
const QString BusinessName = QStringLiteral("&Business name:");
const QString YourName = QStringLiteral("&Your name:");

} // namespace

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldOpenOnTheFirstPageOrTheOneAskedFor();
    void shouldPushOneUndoableStepForChangedBoundaries();
    void shouldPushOneUndoableStepForChangedContactIntervals();
    void shouldPushOneStepForSeveralPagesChangedTogether();
    void shouldChangeNothingOnCancel();
    void shouldStayOpenOnTheBoundariesPageWhileTheyAreInvalid();
    void shouldStoreTheBusinessNameTrimmed();
    void shouldStoreYourNameForTheRole_data();
    void shouldStoreYourNameForTheRole();
    void shouldShowTheRoleWhenNoNameIsSet();
    void shouldWriteTheAppearance();
    void shouldApplyOnlyWhatChangedAndKeepItOnCancel();
    void shouldKeepTheCalendarFileSettingInTheDatabase();
    void shouldWriteTheAutostartEntryWhenRemindingAtLogin();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void tst_SettingsDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RapportTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
    QSettings().clear();
    // Who writes to a file is the login name; a fixed one, whoever runs the tests.
    qputenv("USER", "anna.b");
}

void tst_SettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ClientStore>();
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("clients.sqlite"))), qPrintable(m_store->errorString()));
    QVERIFY(m_store->setSetting(FollowUpReport::businessNameKey(), QStringLiteral("Harbour Bakery")));
    m_undoStack = std::make_unique<QUndoStack>();
    m_dialog = std::make_unique<SettingsDialog>(m_store.get(), m_undoStack.get());
}

void tst_SettingsDialog::cleanup()
{
    m_dialog.reset();
    m_undoStack.reset();
    m_store.reset();
    m_dir.reset();
    QSettings().clear();
    QFile::remove(ReminderNotifier::autostartPath());
    applyAppearance(QStringLiteral("system"));
}

void tst_SettingsDialog::shouldOpenOnTheFirstPageOrTheOneAskedFor()
{
    // GIVEN a new dialog
    // THEN it lists its pages and shows the first, the business
    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Settings"));
    QCOMPARE(pageTitles(m_dialog.get()), (QStringList{QStringLiteral("Business"), QStringLiteral("Appearance"),
                                                      QStringLiteral("Segment Boundaries"), QStringLiteral("Contact Intervals"),
                                                      QStringLiteral("Calendar"), QStringLiteral("Reminders")}));
    QCOMPARE(m_dialog->currentPage(), SettingsDialog::Page::Business);
    QCOMPARE(selectedTitle(m_dialog.get()), QStringLiteral("Business"));
    QVERIFY(isOnShownPage(m_dialog.get(), fieldOf<QLineEdit>(m_dialog.get(), BusinessName)));

    // WHEN it is asked for the segment boundaries
    m_dialog->setCurrentPage(SettingsDialog::Page::Boundaries);
    // THEN their page is shown, with its title, and selected in the list
    QCOMPARE(m_dialog->currentPage(), SettingsDialog::Page::Boundaries);
    QCOMPARE(selectedTitle(m_dialog.get()), QStringLiteral("Segment Boundaries"));
    QVERIFY(isOnShownPage(m_dialog.get(), fieldOf<QDoubleSpinBox>(m_dialog.get(), Satisfied)));
    QVERIFY(isOnShownPage(m_dialog.get(), labelWithText(m_dialog.get(), QStringLiteral("Segment Boundaries"))));
    QVERIFY(!isOnShownPage(m_dialog.get(), fieldOf<QLineEdit>(m_dialog.get(), BusinessName)));

    // WHEN the owner picks the contact intervals in the list
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    auto *list = m_dialog->findChild<QListWidget *>();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualItemRect(list->item(3)).center());
    // THEN their page is shown
    QCOMPARE(m_dialog->currentPage(), SettingsDialog::Page::ContactIntervals);
    QVERIFY(spinBoxNamed(m_dialog.get(), QStringLiteral("Ideal gap for Hostages"))->isVisible());
    QVERIFY(!fieldOf<QDoubleSpinBox>(m_dialog.get(), Satisfied)->isVisible());
}

void tst_SettingsDialog::shouldPushOneUndoableStepForChangedBoundaries()
{
    // GIVEN the dialog open on the boundaries, showing the stored ones
    m_dialog->setCurrentPage(SettingsDialog::Page::Boundaries);
    QDoubleSpinBox *satisfied = fieldOf<QDoubleSpinBox>(m_dialog.get(), Satisfied);
    QVERIFY(satisfied);
    QCOMPARE(satisfied->value(), 5.0);
    QSignalSpy rulesSpy(m_store.get(), &ClientStore::rulesChanged);

    // WHEN the satisfaction boundary is moved to 6.5 and OK is pressed
    satisfied->setValue(6.5);
    QVERIFY(m_store->rules() == SegmentationRules());
    QTest::mouseClick(standardButton(m_dialog.get(), QDialogButtonBox::Ok), Qt::LeftButton);

    // THEN the dialog is accepted, the store holds the new boundary, and one step can undo it
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(m_store->rules() == SegmentationRules(6.5, 5.0, 9.0, 1.0));
    QCOMPARE(rulesSpy.count(), 1);
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Change Segment Boundaries"));
    QVERIFY(m_store->lapseRules() == LapseRules());
    QCOMPARE(m_store->setting(FollowUpReport::businessNameKey()), QStringLiteral("Harbour Bakery"));

    // WHEN undone
    m_undoStack->undo();
    // THEN the boundary is back at 5
    QVERIFY(m_store->rules() == SegmentationRules());
}

void tst_SettingsDialog::shouldPushOneUndoableStepForChangedContactIntervals()
{
    // GIVEN the dialog open on the contact intervals
    m_dialog->setCurrentPage(SettingsDialog::Page::ContactIntervals);

    // WHEN the Hostages' longest gap is shortened to 21 days and OK is pressed
    spinBoxNamed(m_dialog.get(), QStringLiteral("Longest gap for Hostages"))->setValue(21);
    QTest::mouseClick(standardButton(m_dialog.get(), QDialogButtonBox::Ok), Qt::LeftButton);

    // THEN the store holds it, and one step can undo it
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_store->lapseRules().interval(Segment::Hostage), (ContactInterval{14, 21}));
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Change Contact Intervals"));
    QVERIFY(m_store->rules() == SegmentationRules());

    // WHEN undone
    m_undoStack->undo();
    // THEN the default 14 to 30 days are back
    QCOMPARE(m_store->lapseRules().interval(Segment::Hostage), (ContactInterval{14, 30}));
}

void tst_SettingsDialog::shouldPushOneStepForSeveralPagesChangedTogether()
{
    // GIVEN a boundary and a contact interval changed in the same dialog
    fieldOf<QDoubleSpinBox>(m_dialog.get(), Satisfied)->setValue(6.0);
    spinBoxNamed(m_dialog.get(), QStringLiteral("Ideal gap for Defectors"))->setValue(3);

    // WHEN OK is pressed
    QTest::mouseClick(standardButton(m_dialog.get(), QDialogButtonBox::Ok), Qt::LeftButton);

    // THEN both are stored, as one step
    QCOMPARE(m_store->rules().satisfactionBoundary(), 6.0);
    QCOMPARE(m_store->lapseRules().interval(Segment::Defector), (ContactInterval{3, 14}));
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Change Settings"));

    // WHEN that step is undone
    m_undoStack->undo();
    // THEN both are back
    QVERIFY(m_store->rules() == SegmentationRules());
    QVERIFY(m_store->lapseRules() == LapseRules());
}

void tst_SettingsDialog::shouldChangeNothingOnCancel()
{
    // GIVEN every page changed
    fieldOf<QLineEdit>(m_dialog.get(), BusinessName)->setText(QStringLiteral("Westgate Print Shop"));
    radioWithText(m_dialog.get(), QStringLiteral("&Dark"))->setChecked(true);
    fieldOf<QDoubleSpinBox>(m_dialog.get(), Satisfied)->setValue(7.0);
    spinBoxNamed(m_dialog.get(), QStringLiteral("Longest gap for Loyalists"))->setValue(120);
    QSignalSpy rulesSpy(m_store.get(), &ClientStore::rulesChanged);
    QSignalSpy lapseSpy(m_store.get(), &ClientStore::lapseRulesChanged);

    // WHEN Cancel is pressed
    QTest::mouseClick(standardButton(m_dialog.get(), QDialogButtonBox::Cancel), Qt::LeftButton);

    // THEN nothing is stored, nothing is on the undo stack, and the appearance is not written
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QCOMPARE(m_store->setting(FollowUpReport::businessNameKey()), QStringLiteral("Harbour Bakery"));
    QVERIFY(m_store->rules() == SegmentationRules());
    QVERIFY(m_store->lapseRules() == LapseRules());
    QCOMPARE(rulesSpy.count(), 0);
    QCOMPARE(lapseSpy.count(), 0);
    QCOMPARE(m_undoStack->count(), 0);
    QVERIFY(!QSettings().contains(QStringLiteral("view/appearance")));
    QCOMPARE(savedAppearance(), QStringLiteral("system"));
}

void tst_SettingsDialog::shouldStayOpenOnTheBoundariesPageWhileTheyAreInvalid()
{
    // GIVEN the dialog shown on the boundaries
    m_dialog->setCurrentPage(SettingsDialog::Page::Boundaries);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QPushButton *ok = standardButton(m_dialog.get(), QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());

    // WHEN the Terrorist corner is put above the boundaries
    fieldOf<QDoubleSpinBox>(m_dialog.get(), Terrorist)->setValue(7.0);

    // THEN the page says why, as before, and OK is disabled
    const QString message = QStringLiteral("The Terrorist corner must end below both boundaries (5.0), inside the Defector quadrant.");
    QLabel *error = labelWithText(m_dialog.get(), message);
    QVERIFY2(error, qPrintable(message));
    QVERIFY(error->isVisible());
    QVERIFY(!ok->isEnabled());
    QVERIFY(!standardButton(m_dialog.get(), QDialogButtonBox::Apply)->isEnabled());
    // AND the list marks the page, with the reason
    auto *list = m_dialog->findChild<QListWidget *>();
    QCOMPARE(list->item(int(SettingsDialog::Page::Boundaries))->toolTip(), message);
    QCOMPARE(list->item(int(SettingsDialog::Page::Business))->toolTip(), QString());

    // WHEN the owner goes to another page and presses OK, or Enter
    m_dialog->setCurrentPage(SettingsDialog::Page::Business);
    QTest::mouseClick(ok, Qt::LeftButton);
    m_dialog->accept();

    // THEN the dialog stays open on the boundaries, showing the message, and nothing is stored
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->currentPage(), SettingsDialog::Page::Boundaries);
    QVERIFY(error->isVisible());
    QVERIFY(m_store->rules() == SegmentationRules());
    QCOMPARE(m_undoStack->count(), 0);

    // WHEN the corner is moved back inside the Defector quadrant
    fieldOf<QDoubleSpinBox>(m_dialog.get(), Terrorist)->setValue(2.0);
    // THEN the message goes, and OK stores it
    QVERIFY(!error->isVisible());
    QCOMPARE(list->item(int(SettingsDialog::Page::Boundaries))->toolTip(), QString());
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_store->rules().terroristMaximum(), 2.0);
    QCOMPARE(m_undoStack->count(), 1);
}

void tst_SettingsDialog::shouldStoreTheBusinessNameTrimmed()
{
    // GIVEN the business page, showing the stored name
    auto *name = fieldOf<QLineEdit>(m_dialog.get(), BusinessName);
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Harbour Bakery"));

    // WHEN another name is typed, with spaces around it, and OK is pressed
    name->clear();
    QTest::keyClicks(name, QStringLiteral("  Westgate Print Shop "));
    QTest::mouseClick(standardButton(m_dialog.get(), QDialogButtonBox::Ok), Qt::LeftButton);

    // THEN the name is stored without the spaces, in the file too
    QCOMPARE(m_store->setting(FollowUpReport::businessNameKey()), QStringLiteral("Westgate Print Shop"));
    ClientStore file;
    QVERIFY(file.open(m_dir->filePath(QStringLiteral("clients.sqlite"))));
    QCOMPARE(file.setting(FollowUpReport::businessNameKey()), QStringLiteral("Westgate Print Shop"));
    // AND, as before, it is no step of the undo stack
    QCOMPARE(m_undoStack->count(), 0);
}

void tst_SettingsDialog::shouldStoreYourNameForTheRole_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("recorded"); // empty: the role

    QTest::newRow("a name") << QStringLiteral("Anna") << QStringLiteral("Anna");
    QTest::newRow("spaces around") << QStringLiteral("  Anna Berg ") << QStringLiteral("Anna Berg");
    QTest::newRow("only spaces") << QStringLiteral("   ") << QString();
    QTest::newRow("quotes and SQL") << QStringLiteral("O'Brien\"; DROP TABLE settings; --") << QStringLiteral("O'Brien\"; DROP TABLE settings; --");
    QTest::newRow("accents and emoji") << QStringLiteral("Zoë Ångström 🙂") << QStringLiteral("Zoë Ångström 🙂");
    QTest::newRow("markup") << QStringLiteral("<b>Anna</b> & co") << QStringLiteral("<b>Anna</b> & co");
}

void tst_SettingsDialog::shouldStoreYourNameForTheRole()
{
    QFETCH(QString, typed);
    QFETCH(QString, recorded);
    const QString role = m_store->role();
    QCOMPARE(role, QStringLiteral("anna.b"));

    // GIVEN the business page, with no name set: the field is empty
    auto *name = fieldOf<QLineEdit>(m_dialog.get(), YourName);
    QVERIFY(name);
    QCOMPARE(name->text(), QString());

    // WHEN a name is typed and OK pressed
    name->insert(typed); // QTest::keyClicks() types ASCII only
    QTest::mouseClick(standardButton(m_dialog.get(), QDialogButtonBox::Ok), Qt::LeftButton);

    // THEN each change is recorded with it, or with the role when it is empty, in the file too
    const QString expected = recorded.isEmpty() ? role : recorded;
    QCOMPARE(m_store->author(), expected);
    ClientStore file;
    QVERIFY(file.open(m_dir->filePath(QStringLiteral("clients.sqlite"))));
    QCOMPARE(file.author(), expected);
    // AND the dialog opened again shows the name, trimmed
    SettingsDialog again(m_store.get(), m_undoStack.get());
    QCOMPARE(fieldOf<QLineEdit>(&again, YourName)->text(), recorded);
    QCOMPARE(m_undoStack->count(), 0);
}

void tst_SettingsDialog::shouldShowTheRoleWhenNoNameIsSet()
{
    // GIVEN a name set for the role
    QVERIFY(m_store->setAuthorName(QStringLiteral("Anna")));
    SettingsDialog dialog(m_store.get(), m_undoStack.get());
    auto *name = fieldOf<QLineEdit>(&dialog, YourName);
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Anna"));
    // THEN the role (the login name, for a file) is what an empty field would mean
    QCOMPARE(name->placeholderText(), QStringLiteral("anna.b"));
    QVERIFY(labelWithText(&dialog, QStringLiteral("Shown to others with each change you make: a client you moved, an "
                                                  "interaction you logged. Left empty, they see anna.b.")));

    // WHEN the name is cleared and OK pressed
    name->clear();
    QTest::mouseClick(standardButton(&dialog, QDialogButtonBox::Ok), Qt::LeftButton);

    // THEN changes are recorded with the role again
    QCOMPARE(m_store->author(), m_store->role());
    ClientStore file;
    QVERIFY(file.open(m_dir->filePath(QStringLiteral("clients.sqlite"))));
    QCOMPARE(file.author(), m_store->role());
}

void tst_SettingsDialog::shouldWriteTheAppearance()
{
    // GIVEN no appearance chosen yet: the dialog follows the system
    QVERIFY(radioWithText(m_dialog.get(), QStringLiteral("Follow the &system"))->isChecked());

    // WHEN Dark is chosen and OK pressed
    m_dialog->setCurrentPage(SettingsDialog::Page::Appearance);
    radioWithText(m_dialog.get(), QStringLiteral("&Dark"))->setChecked(true);
    QTest::mouseClick(standardButton(m_dialog.get(), QDialogButtonBox::Ok), Qt::LeftButton);

    // THEN it is written for the next runs, and applied at once
    QCOMPARE(QSettings().value(QStringLiteral("view/appearance")).toString(), QStringLiteral("dark"));
    QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(45, 45, 48));
    QCOMPARE(m_undoStack->count(), 0);

    // WHEN the dialog opens again
    SettingsDialog again(m_store.get(), m_undoStack.get());
    // THEN it shows Dark chosen
    QVERIFY(radioWithText(&again, QStringLiteral("&Dark"))->isChecked());
    QVERIFY(!radioWithText(&again, QStringLiteral("Follow the &system"))->isChecked());
}

void tst_SettingsDialog::shouldApplyOnlyWhatChangedAndKeepItOnCancel()
{
    // GIVEN a dialog where nothing changed: Apply has nothing to do
    QPushButton *apply = standardButton(m_dialog.get(), QDialogButtonBox::Apply);
    QVERIFY(apply);
    QVERIFY(!apply->isEnabled());

    // WHEN a boundary changes
    fieldOf<QDoubleSpinBox>(m_dialog.get(), Satisfied)->setValue(4.0);
    // THEN Apply can be pressed; pressing it stores the boundary as one step, and it has nothing left to do
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(m_store->rules().satisfactionBoundary(), 4.0);
    QCOMPARE(m_undoStack->count(), 1);
    QVERIFY(!apply->isEnabled());

    // WHEN the name changes back and forth
    auto *name = fieldOf<QLineEdit>(m_dialog.get(), BusinessName);
    name->setText(QStringLiteral("Harbour Bakery Ltd"));
    QVERIFY(apply->isEnabled());
    name->setText(QStringLiteral("Harbour Bakery"));
    // THEN there is again nothing to apply
    QVERIFY(!apply->isEnabled());

    // WHEN OK is pressed with nothing changed since Apply
    QTest::mouseClick(standardButton(m_dialog.get(), QDialogButtonBox::Ok), Qt::LeftButton);
    // THEN no second step is pushed
    QCOMPARE(m_undoStack->count(), 1);

    // WHEN another dialog applies a change and is then cancelled
    SettingsDialog second(m_store.get(), m_undoStack.get());
    spinBoxNamed(&second, QStringLiteral("Ideal gap for Hostages"))->setValue(10);
    QTest::mouseClick(standardButton(&second, QDialogButtonBox::Apply), Qt::LeftButton);
    QTest::mouseClick(standardButton(&second, QDialogButtonBox::Cancel), Qt::LeftButton);
    // THEN what was applied stays
    QCOMPARE(second.result(), int(QDialog::Rejected));
    QCOMPARE(m_store->lapseRules().interval(Segment::Hostage), (ContactInterval{10, 30}));
    QCOMPARE(m_undoStack->count(), 2);
}

void tst_SettingsDialog::shouldKeepTheCalendarFileSettingInTheDatabase()
{
    // GIVEN the calendar page of a database that keeps no calendar file
    m_dialog->setCurrentPage(SettingsDialog::Page::Calendar);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QCheckBox *keep = nullptr;
    for (QCheckBox *box : m_dialog->findChildren<QCheckBox *>()) {
        if (box->text() == QStringLiteral("&Keep a calendar file up to date:"))
            keep = box;
    }
    QVERIFY(keep);
    QVERIFY(keep->isVisible());
    QVERIFY(!keep->isChecked());
    QLineEdit *path = nullptr;
    for (QLineEdit *edit : m_dialog->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QLatin1String("Calendar file"))
            path = edit;
    }
    QVERIFY(path);
    QVERIFY(!path->isEnabled());
    QPushButton *ok = standardButton(m_dialog.get(), QDialogButtonBox::Ok);

    // WHEN the box is ticked with no file
    keep->click();
    // THEN the page says what is missing and OK waits for it
    QVERIFY(path->isEnabled());
    QVERIFY(labelWithText(m_dialog.get(), QStringLiteral("Choose the file to keep up to date.")));
    QVERIFY(!ok->isEnabled());

    // WHEN a path without its folders is typed
    QTest::keyClicks(path, QStringLiteral("follow-ups.ics"));
    // THEN the page asks for the whole path
    QVERIFY(labelWithText(m_dialog.get(), QStringLiteral("Give the whole path of the file, for example %1.").arg(path->placeholderText())));
    QVERIFY(path->placeholderText().endsWith(QLatin1String("/follow-ups.ics")));
    QVERIFY(!ok->isEnabled());

    // WHEN a whole path is typed and OK pressed
    const QString file = m_dir->filePath(QStringLiteral("follow-ups.ics"));
    path->clear();
    QTest::keyClicks(path, QStringLiteral(" ") + file);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    // THEN the database keeps the setting, trimmed, and no undo step is pushed
    QCOMPARE(m_store->setting(FollowUpCalendar::keepUpdatedKey()), QStringLiteral("1"));
    QCOMPARE(m_store->setting(FollowUpCalendar::pathKey()), file);
    QCOMPARE(m_undoStack->count(), 0);

    // AND a new dialog shows it; unticking keeps the path but turns the file off
    SettingsDialog again(m_store.get(), m_undoStack.get());
    QCheckBox *keepAgain = nullptr;
    for (QCheckBox *box : again.findChildren<QCheckBox *>()) {
        if (box->text() == QStringLiteral("&Keep a calendar file up to date:"))
            keepAgain = box;
    }
    QVERIFY(keepAgain->isChecked());
    keepAgain->click();
    QVERIFY(again.apply());
    QCOMPARE(m_store->setting(FollowUpCalendar::keepUpdatedKey()), QStringLiteral("0"));
    QCOMPARE(m_store->setting(FollowUpCalendar::pathKey()), file);
}

namespace {

QCheckBox *checkBoxWithText(QWidget *dialog, const QString &text)
{
    const QList<QCheckBox *> boxes = dialog->findChildren<QCheckBox *>();
    for (QCheckBox *box : boxes) {
        if (box->text() == text)
            return box;
    }
    return nullptr;
}

} // namespace

void tst_SettingsDialog::shouldWriteTheAutostartEntryWhenRemindingAtLogin()
{
    // GIVEN the reminders page of a new installation: reminders on, not at login
    QFile::remove(ReminderNotifier::autostartPath());
    m_dialog->setCurrentPage(SettingsDialog::Page::Reminders);
    QCheckBox *show = checkBoxWithText(m_dialog.get(), QStringLiteral("&Show reminders for due clients"));
    QCheckBox *atLogin = checkBoxWithText(m_dialog.get(), QStringLiteral("&Remind me at login"));
    QVERIFY(show && atLogin);
    QVERIFY(isOnShownPage(m_dialog.get(), show));
    QVERIFY(show->isChecked());
    QVERIFY(!atLogin->isChecked());
    QVERIFY(atLogin->isEnabled());

    // WHEN "Remind me at login" is ticked and OK pressed
    atLogin->setChecked(true);
    QTest::mouseClick(standardButton(m_dialog.get(), QDialogButtonBox::Ok), Qt::LeftButton);

    // THEN the user's autostart entry runs the reminders on this database (not the default one)
    QVERIFY(ReminderNotifier::remindsAtLogin());
    QFile entry(ReminderNotifier::autostartPath());
    QVERIFY(entry.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(entry.readAll()).split(QLatin1Char('\n'));
    QVERIFY(lines.contains(QStringLiteral("Name=Rapport Reminders")));
    QVERIFY2(lines.contains(QStringLiteral("Exec=") + QCoreApplication::applicationFilePath() + QStringLiteral(" --remind --database ")
                            + m_store->path()),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(m_undoStack->count(), 0);

    // WHEN the dialog opens again and reminders are turned off
    SettingsDialog again(m_store.get(), m_undoStack.get());
    show = checkBoxWithText(&again, QStringLiteral("&Show reminders for due clients"));
    atLogin = checkBoxWithText(&again, QStringLiteral("&Remind me at login"));
    QVERIFY(atLogin->isChecked());
    show->setChecked(false);
    // THEN reminding at login cannot be chosen without reminders
    QVERIFY(!atLogin->isEnabled());
    // AND on OK, both are off: the autostart entry is gone
    QTest::mouseClick(standardButton(&again, QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(!ReminderNotifier::isEnabled());
    QVERIFY(!ReminderNotifier::remindsAtLogin());
    QVERIFY(!QFileInfo::exists(ReminderNotifier::autostartPath()));
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
