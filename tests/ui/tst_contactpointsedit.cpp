#include "contactpointsedit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

using namespace Rapport;

class tst_ContactPointsEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSayWhenAChangeIsFinishedButNotForAnEmptyRow();
    void shouldMoveThePreferredMarkWithTheArrowKeys();
    void shouldNotCountTheRowsItReplacesAsAnEdit();
    void shouldLeaveTheLabelAloneWhenTheWheelScrollsPastIt();
    void shouldLabelANewRowWithALabelNotUsedYet_data();
    void shouldLabelANewRowWithALabelNotUsedYet();
};

void tst_ContactPointsEdit::shouldSayWhenAChangeIsFinishedButNotForAnEmptyRow()
{
    // GIVEN two phones, the mobile one preferred
    ContactPointsEdit edit(ContactPointsEdit::Kind::Phone);
    edit.setContactPoints({{QStringLiteral("+46 70 123 45 67"), ContactPoint::Label::Mobile},
                           {QStringLiteral("+46 8 123 45 00"), ContactPoint::Label::Work}});
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QSignalSpy finished(&edit, &ContactPointsEdit::editingFinished);

    // WHEN a row is added THEN nothing has changed yet
    edit.addButton()->click();
    QCOMPARE(edit.rowCount(), 3);
    QCOMPARE(finished.count(), 0);
    // WHEN the empty row is removed THEN still nothing has changed
    edit.removeButton(2)->click();
    QCOMPARE(edit.rowCount(), 2);
    QCOMPARE(finished.count(), 0);

    // WHEN the work phone is relabelled with the keyboard THEN the change is finished at once
    QTest::keyClick(edit.labelBox(1), Qt::Key_Down);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(ContactPoint::toStored(edit.contactPoints()), QStringLiteral("mobile:+46 70 123 45 67\nhome:+46 8 123 45 00"));

    // WHEN it is marked preferred THEN that is one finished change, and it comes first
    edit.preferredButton(1)->click();
    QCOMPARE(finished.count(), 2);
    QCOMPARE(ContactPoint::toStored(edit.contactPoints()), QStringLiteral("home:+46 8 123 45 00\nmobile:+46 70 123 45 67"));

    // WHEN a phone with a number is removed THEN that is one more
    edit.removeButton(0)->click();
    QCOMPARE(finished.count(), 3);
    QCOMPARE(ContactPoint::toStored(edit.contactPoints()), QStringLiteral("home:+46 8 123 45 00"));
    QVERIFY(edit.preferredButton(0)->isChecked());
}

void tst_ContactPointsEdit::shouldMoveThePreferredMarkWithTheArrowKeys()
{
    // GIVEN three emails, the first preferred, the mark having the focus
    ContactPointsEdit edit(ContactPointsEdit::Kind::Email);
    edit.setContactPoints({{QStringLiteral("a@example.com"), ContactPoint::Label::Work},
                           {QStringLiteral("b@example.com"), ContactPoint::Label::Home},
                           {QStringLiteral("c@example.com"), ContactPoint::Label::Other}});
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&edit));
    edit.preferredButton(0)->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(edit.preferredButton(0)->hasFocus());

    // WHEN Down is pressed
    QTest::keyClick(edit.preferredButton(0), Qt::Key_Down);

    // THEN the second is the preferred one and the only mark Tab stops at
    QVERIFY(edit.preferredButton(1)->isChecked());
    QCOMPARE(edit.contactPoints().constFirst().value, QStringLiteral("b@example.com"));
    QVERIFY(edit.preferredButton(1)->focusPolicy() & Qt::TabFocus);
    QVERIFY(!(edit.preferredButton(0)->focusPolicy() & Qt::TabFocus));
    QVERIFY(!(edit.preferredButton(2)->focusPolicy() & Qt::TabFocus));
}

void tst_ContactPointsEdit::shouldNotCountTheRowsItReplacesAsAnEdit()
{
    // GIVEN an email row with the cursor in it, typed into
    ContactPointsEdit edit(ContactPointsEdit::Kind::Email);
    edit.setContactPoints({{QStringLiteral("a@example.com"), ContactPoint::Label::Work}});
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&edit));
    edit.valueEdit(0)->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(edit.valueEdit(0)->hasFocus());
    QTest::keyClicks(edit.valueEdit(0), QStringLiteral("u"));
    QSignalSpy finished(&edit, &ContactPointsEdit::editingFinished);

    // WHEN other emails are shown (an undo, another client)
    edit.setContactPoints({{QStringLiteral("b@example.com"), ContactPoint::Label::Home},
                           {QStringLiteral("c@example.com"), ContactPoint::Label::Work}});

    // THEN they replace the rows without any edit being reported for the row that went away
    QCOMPARE(finished.count(), 0);
    QCOMPARE(edit.rowCount(), 2);
    QCOMPARE(ContactPoint::toStored(edit.contactPoints()), QStringLiteral("home:b@example.com\nwork:c@example.com"));
    QCOMPARE(edit.findChildren<QLineEdit *>().size(), 2);
}

void tst_ContactPointsEdit::shouldLeaveTheLabelAloneWhenTheWheelScrollsPastIt()
{
    // GIVEN a work email, the cursor elsewhere
    ContactPointsEdit edit(ContactPointsEdit::Kind::Email);
    edit.setContactPoints({{QStringLiteral("a@example.com"), ContactPoint::Label::Work}});
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QComboBox *label = edit.labelBox(0);
    QVERIFY(!label->hasFocus());
    QSignalSpy finished(&edit, &ContactPointsEdit::editingFinished);

    // WHEN the wheel turns over its label, as when scrolling the details
    const QPoint centre = label->rect().center();
    QWheelEvent wheel(centre, label->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(label, &wheel);

    // THEN the label stays Work
    QCOMPARE(label->currentText(), QStringLiteral("Work"));
    QCOMPARE(finished.count(), 0);
}

void tst_ContactPointsEdit::shouldLabelANewRowWithALabelNotUsedYet_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("emails") << int(ContactPointsEdit::Kind::Email)
                            << QStringList({QStringLiteral("Work"), QStringLiteral("Home"), QStringLiteral("Other"), QStringLiteral("Other")});
    QTest::newRow("phones") << int(ContactPointsEdit::Kind::Phone)
                            << QStringList({QStringLiteral("Work"), QStringLiteral("Mobile"), QStringLiteral("Home"), QStringLiteral("Other")});
}

void tst_ContactPointsEdit::shouldLabelANewRowWithALabelNotUsedYet()
{
    QFETCH(int, kind);
    QFETCH(QStringList, labels);
    // GIVEN no rows
    ContactPointsEdit edit{ContactPointsEdit::Kind(kind)};
    QCOMPARE(edit.rowCount(), 0);

    // WHEN four rows are added
    for (int i = 0; i < 4; ++i)
        edit.addButton()->click();

    // THEN each takes the next label not used yet, the first is the preferred one
    QStringList shown;
    for (int row = 0; row < edit.rowCount(); ++row)
        shown.append(edit.labelBox(row)->currentText());
    QCOMPARE(shown, labels);
    QVERIFY(edit.preferredButton(0)->isChecked());
    QVERIFY(edit.contactPoints().isEmpty());
}

QTEST_MAIN(tst_ContactPointsEdit)
#include "tst_contactpointsedit.moc"
