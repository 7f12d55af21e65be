#include "conflictdialog.h"
#include "datetext.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QtTest>

using namespace Rapport;

namespace {

Client baseClient()
{
    Client c;
    c.id = 12;
    c.name = QStringLiteral("Ann Baker");
    c.company = QStringLiteral("Acme");
    c.tags = {QStringLiteral("retail")};
    c.notes = QStringLiteral("Prefers calls in the morning.");
    c.satisfaction = 6.0;
    c.repurchase = 7.0;
    c.stage = Stage::Contract;
    c.version = 3;
    c.changedBy = QStringLiteral("Dana");
    c.createdAt = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    c.updatedAt = QDateTime(QDate(2026, 11, 30), QTime(14, 5), Qt::UTC);
    return c;
}

Client storedBySomeoneElse(Client c)
{
    c.version = 4;
    c.changedBy = QStringLiteral("Bea");
    c.updatedAt = QDateTime(QDate(2026, 12, 7), QTime(16, 42), Qt::UTC);
    return c;
}

/** The radio button read out as @p accessibleName, or nullptr. */
QRadioButton *choice(const QDialog &dialog, const QString &accessibleName)
{
    const QList<QRadioButton *> buttons = dialog.findChildren<QRadioButton *>();
    for (QRadioButton *button : buttons) {
        if (button->accessibleName() == accessibleName)
            return button;
    }
    return nullptr;
}

QPushButton *button(const QDialog &dialog, QDialogButtonBox::StandardButton which)
{
    return dialog.findChild<QDialogButtonBox *>()->button(which);
}

/** The first label whose text starts with @p start, or nullptr. */
QLabel *labelStarting(const QDialog &dialog, const QString &start)
{
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text().startsWith(start))
            return label;
    }
    return nullptr;
}

} // namespace

class tst_ConflictDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldUseTheChoiceMadeForEachField_data();
    void shouldUseTheChoiceMadeForEachField();
    void shouldOfferYoursByDefault();
    void shouldKeepTheStoredClientOnCancel();
    void shouldSayWhoChangedTheClientAndWhen_data();
    void shouldSayWhoChangedTheClientAndWhen();
    void shouldShowNoRowsWithoutConflicts();
    void shouldShortenLongValuesAndKeepThemInTheTooltip();
    void shouldNotSaveAClientWithNeitherNameNorCompany();
    void shouldScrollTenConflictsInsideTheScreen();
};

void tst_ConflictDialog::shouldUseTheChoiceMadeForEachField_data()
{
    QTest::addColumn<bool>("yoursForNotes");
    QTest::addColumn<bool>("yoursForTags");
    QTest::addColumn<bool>("yoursForPosition");
    QTest::newRow("all yours") << true << true << true;
    QTest::newRow("all stored") << false << false << false;
    QTest::newRow("notes yours, rest stored") << true << false << false;
    QTest::newRow("notes stored, rest yours") << false << true << true;
    QTest::newRow("only the position yours") << false << false << true;
}

void tst_ConflictDialog::shouldUseTheChoiceMadeForEachField()
{
    QFETCH(bool, yoursForNotes);
    QFETCH(bool, yoursForTags);
    QFETCH(bool, yoursForPosition);
    // GIVEN both changed notes, tags and the position; mine alone the stage, theirs alone the company
    const Client base = baseClient();
    Client mine = base;
    mine.notes = QStringLiteral("Mine: call on Mondays.");
    mine.tags = {QStringLiteral("retail"), QStringLiteral("monthly")};
    mine.satisfaction = 8.5;
    mine.stage = Stage::Commitment;
    Client theirs = storedBySomeoneElse(base);
    theirs.notes = QStringLiteral("Theirs: moved to Leeds.");
    theirs.tags = {QStringLiteral("wholesale")};
    theirs.repurchase = 2.0;
    theirs.company = QStringLiteral("Acme North");
    ConflictDialog dialog(base, mine, theirs, nullptr);
    QCOMPARE(dialog.conflicts(), (QVector<ClientField>{ClientField::Tags, ClientField::Notes, ClientField::Position}));

    // WHEN a value is chosen for each field
    const auto pick = [&dialog](const QString &field, bool yours) {
        QRadioButton *radio = choice(dialog, (yours ? QStringLiteral("Yours for ") : QStringLiteral("Stored for ")) + field);
        QVERIFY2(radio, qPrintable(field));
        radio->click();
        QVERIFY(radio->isChecked());
    };
    pick(QStringLiteral("Notes"), yoursForNotes);
    pick(QStringLiteral("Tags"), yoursForTags);
    pick(QStringLiteral("Position on the matrix"), yoursForPosition);
    button(dialog, QDialogButtonBox::Ok)->click();

    // THEN the result holds each chosen value, what merged by itself, and theirs' bookkeeping
    QCOMPARE(dialog.QDialog::result(), int(QDialog::Accepted));
    const Client result = dialog.result();
    QCOMPARE(result.notes, yoursForNotes ? mine.notes : theirs.notes);
    QCOMPARE(result.tags, yoursForTags ? mine.tags : theirs.tags);
    QCOMPARE(result.satisfaction, yoursForPosition ? 8.5 : 6.0);
    QCOMPARE(result.repurchase, yoursForPosition ? 7.0 : 2.0);
    QCOMPARE(result.stage, Stage::Commitment);
    QCOMPARE(result.company, QStringLiteral("Acme North"));
    QCOMPARE(result.version, 4);
    QCOMPARE(result.changedBy, QStringLiteral("Bea"));
    QCOMPARE(result.updatedAt, theirs.updatedAt);
}

void tst_ConflictDialog::shouldOfferYoursByDefault()
{
    const Client base = baseClient();
    Client mine = base;
    mine.notes = QStringLiteral("Mine.");
    Client theirs = storedBySomeoneElse(base);
    theirs.notes = QStringLiteral("Theirs.");
    ConflictDialog dialog(base, mine, theirs, nullptr);

    QVERIFY(choice(dialog, QStringLiteral("Yours for Notes"))->isChecked());
    QVERIFY(!choice(dialog, QStringLiteral("Stored for Notes"))->isChecked());
    QCOMPARE(choice(dialog, QStringLiteral("Yours for Notes"))->text(), QStringLiteral("Yours: Mine."));
    QCOMPARE(choice(dialog, QStringLiteral("Stored for Notes"))->text(), QStringLiteral("Stored: Theirs."));
    QCOMPARE(dialog.result().notes, QStringLiteral("Mine."));
    QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(button(dialog, QDialogButtonBox::Ok)->text(), QStringLiteral("&Save Merged"));
    QCOMPARE(button(dialog, QDialogButtonBox::Cancel)->text(), QStringLiteral("&Cancel"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Someone Else Changed This Client"));
}

void tst_ConflictDialog::shouldKeepTheStoredClientOnCancel()
{
    // GIVEN a conflict on the notes and a change of mine alone, the notes chosen as mine
    const Client base = baseClient();
    Client mine = base;
    mine.notes = QStringLiteral("Mine.");
    mine.stage = Stage::Convergence;
    Client theirs = storedBySomeoneElse(base);
    theirs.notes = QStringLiteral("Theirs.");
    ConflictDialog dialog(base, mine, theirs, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // WHEN the person presses Escape
    QTest::keyClick(&dialog, Qt::Key_Escape);

    // THEN the dialog is rejected and the result is the stored client, nothing of mine
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.QDialog::result(), int(QDialog::Rejected));
    QCOMPARE(dialog.result(), theirs);
    QCOMPARE(dialog.result().version, 4);
}

void tst_ConflictDialog::shouldSayWhoChangedTheClientAndWhen_data()
{
    QTest::addColumn<QString>("changedBy");
    QTest::addColumn<QString>("who");
    QTest::newRow("named") << QStringLiteral("Bea") << QStringLiteral("Bea");
    QTest::newRow("nobody named") << QString() << QStringLiteral("someone else");
    QTest::newRow("unicode") << QStringLiteral("\u00c9lodie \U0001F600") << QStringLiteral("\u00c9lodie \U0001F600");
}

void tst_ConflictDialog::shouldSayWhoChangedTheClientAndWhen()
{
    QFETCH(QString, changedBy);
    QFETCH(QString, who);
    const Client base = baseClient();
    Client mine = base;
    mine.notes = QStringLiteral("Mine.");
    Client theirs = storedBySomeoneElse(base);
    theirs.notes = QStringLiteral("Theirs.");
    theirs.changedBy = changedBy;
    ConflictDialog dialog(base, mine, theirs, nullptr);

    const QString expected = QStringLiteral("Ann Baker was changed by %1 at %2 while you were editing it.")
                                 .arg(who, DateText::shortDateTime(theirs.updatedAt));
    QLabel *intro = labelStarting(dialog, expected);
    QVERIFY2(intro, qPrintable(expected));
    QVERIFY(intro->text().endsWith(QStringLiteral("Cancel keeps the stored client and drops your changes.")));
}

void tst_ConflictDialog::shouldShowNoRowsWithoutConflicts()
{
    // GIVEN mine changed the notes and theirs the tags: nothing overlaps
    const Client base = baseClient();
    Client mine = base;
    mine.notes = QStringLiteral("Mine.");
    Client theirs = storedBySomeoneElse(base);
    theirs.tags = {QStringLiteral("wholesale")};
    QVERIFY(!ConflictDialog::needsAsking(base, mine, theirs));

    // WHEN the dialog is shown anyway
    ConflictDialog dialog(base, mine, theirs, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // THEN it asks nothing, says what merged, and saves the merge
    QVERIFY(dialog.conflicts().isEmpty());
    QVERIFY(dialog.findChildren<QRadioButton *>().isEmpty());
    QVERIFY(labelStarting(dialog, QStringLiteral("Ann Baker was changed by Bea")));
    QVERIFY(labelStarting(dialog, QStringLiteral("Ann Baker was changed by Bea"))->text().endsWith(QStringLiteral("nothing needs choosing.")));
    QLabel *kept = labelStarting(dialog, QStringLiteral("Kept from"));
    QVERIFY(kept);
    QVERIFY(kept->isVisible());
    QCOMPARE(kept->text(), QStringLiteral("Kept from your changes: Notes. Kept from the stored client: Tags."));
    QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
    button(dialog, QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result().notes, QStringLiteral("Mine."));
    QCOMPARE(dialog.result().tags, theirs.tags);

    // AND nobody changing anything is no crash either
    ConflictDialog same(base, base, base, nullptr);
    QCOMPARE(same.result(), base);
    QVERIFY(same.conflicts().isEmpty());
    QVERIFY(!labelStarting(same, QStringLiteral("Kept from")));
}

void tst_ConflictDialog::shouldShortenLongValuesAndKeepThemInTheTooltip()
{
    // GIVEN notes of many lines and thousands of characters, with an ampersand up front
    const Client base = baseClient();
    Client mine = base;
    mine.notes = QStringLiteral("Smith & Sons\nsecond line\n") + QString(5000, QChar(u'y'));
    Client theirs = storedBySomeoneElse(base);
    theirs.notes = QStringLiteral("Short & sweet");
    ConflictDialog dialog(base, mine, theirs, nullptr);

    // THEN the row shows one short line with the & as text, and the tooltip holds the start in full
    QRadioButton *yours = choice(dialog, QStringLiteral("Yours for Notes"));
    QVERIFY(yours);
    QVERIFY(yours->text().startsWith(QStringLiteral("Yours: Smith && Sons second line yyy")));
    QVERIFY(yours->text().endsWith(QChar(0x2026)));
    QVERIFY(!yours->text().contains(QLatin1Char('\n')));
    QVERIFY2(yours->text().size() < 200, qPrintable(QString::number(yours->text().size())));
    QVERIFY(yours->toolTip().contains(QStringLiteral("Smith &amp; Sons")));
    QVERIFY(yours->toolTip().contains(QStringLiteral("second line")));
    QVERIFY(yours->toolTip().size() < 3000);
    QCOMPARE(yours->accessibleDescription().size(), 2001);
    QCOMPARE(choice(dialog, QStringLiteral("Stored for Notes"))->text(), QStringLiteral("Stored: Short && sweet"));
    QCOMPARE(choice(dialog, QStringLiteral("Stored for Notes"))->accessibleDescription(), QStringLiteral("Short & sweet"));
}

void tst_ConflictDialog::shouldNotSaveAClientWithNeitherNameNorCompany()
{
    // GIVEN mine cleared the name and theirs the company: both are asked
    const Client base = baseClient();
    Client mine = base;
    mine.name.clear();
    Client theirs = storedBySomeoneElse(base);
    theirs.company.clear();
    ConflictDialog dialog(base, mine, theirs, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.conflicts(), (QVector<ClientField>{ClientField::Name, ClientField::Company}));
    QPushButton *save = button(dialog, QDialogButtonBox::Ok);
    QVERIFY(save->isEnabled());

    // WHEN the empty value is chosen for both
    choice(dialog, QStringLiteral("Stored for Company"))->click();

    // THEN Save Merged is refused with the store's reason, until one of them has a value again
    QVERIFY(!save->isEnabled());
    QLabel *problem = labelStarting(dialog, QStringLiteral("A client needs a name or a company."));
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    choice(dialog, QStringLiteral("Stored for Name"))->click();
    QVERIFY(save->isEnabled());
    QVERIFY(!problem->isVisible());
    QCOMPARE(dialog.result().name, QStringLiteral("Ann Baker"));
    QCOMPARE(dialog.result().company, QString());
}

void tst_ConflictDialog::shouldScrollTenConflictsInsideTheScreen()
{
    // GIVEN ten fields both changed, some with long values
    const Client base = baseClient();
    Client mine = base;
    Client theirs = storedBySomeoneElse(base);
    mine.name = QStringLiteral("Ann Carter");
    theirs.name = QStringLiteral("Anne Baker");
    mine.company = QString(300, QChar(u'm'));
    theirs.company = QStringLiteral("Acme North");
    mine.tags = {QStringLiteral("a")};
    theirs.tags = {QStringLiteral("b")};
    mine.notes = QString(3000, QChar(u'n'));
    theirs.notes = QStringLiteral("Short.");
    mine.satisfaction = 1.0;
    theirs.satisfaction = 9.0;
    mine.archived = true;
    theirs.archived = true;
    theirs.stage = Stage::Commitment;
    mine.stage = Stage::Convergence;
    mine.degree = 3;
    theirs.degree = 1;
    mine.nps = 2;
    theirs.nps = 10;
    mine.purchasesPerYear = 1;
    theirs.purchasesPerYear = 24;
    mine.dimensions[0] = 1;
    theirs.dimensions[0] = 5;
    ConflictDialog dialog(base, mine, theirs, nullptr);
    QCOMPARE(dialog.conflicts().size(), 10);

    // WHEN it is shown
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // THEN it fits the screen, the rows scroll up and down but never sideways, and each row fits the width
    const QRect screen = dialog.screen()->availableGeometry();
    QVERIFY2(dialog.height() <= screen.height(), qPrintable(QString::number(dialog.height())));
    QVERIFY2(dialog.width() <= screen.width(), qPrintable(QString::number(dialog.width())));
    auto *scroll = dialog.findChild<QScrollArea *>();
    QVERIFY(scroll);
    QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
    QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    const QList<QRadioButton *> radios = dialog.findChildren<QRadioButton *>();
    QCOMPARE(radios.size(), 20);
    for (QRadioButton *radio : radios)
        QVERIFY2(radio->sizeHint().width() <= scroll->viewport()->width(), qPrintable(radio->text()));
    const QList<QGroupBox *> rows = scroll->widget()->findChildren<QGroupBox *>();
    QCOMPARE(rows.size(), 10);
    for (int i = 1; i < rows.size(); ++i)
        QVERIFY(rows.at(i - 1)->geometry().bottom() < rows.at(i)->geometry().top());
    QVERIFY(button(dialog, QDialogButtonBox::Ok)->isVisible());
    QVERIFY(dialog.rect().contains(button(dialog, QDialogButtonBox::Ok)->geometry().translated(
        button(dialog, QDialogButtonBox::Ok)->parentWidget()->mapTo(&dialog, QPoint(0, 0)))));

    // AND the last row can be scrolled to and chosen
    scroll->ensureWidgetVisible(rows.last());
    QVERIFY(scroll->verticalScrollBar()->value() > 0);
}

QTEST_MAIN(tst_ConflictDialog)
#include "tst_conflictdialog.moc"
