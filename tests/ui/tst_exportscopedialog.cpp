// Choosing which clients an export writes: all, the ones the list shows, or the selected ones.

#include "exportscopedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using Ids = QVector<qint64>;

class tst_ExportScopeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldOfferOnlyTheChoicesThatApply_data();
    void shouldOfferOnlyTheChoicesThatApply();
    void shouldGiveTheChosenClients_data();
    void shouldGiveTheChosenClients();
    void shouldGiveTheClientsOfTheOwnerChosen_data();
    void shouldGiveTheClientsOfTheOwnerChosen();
    void shouldAskForTheReportInItsOwnWords();
};

void tst_ExportScopeDialog::shouldOfferOnlyTheChoicesThatApply_data()
{
    QTest::addColumn<Ids>("shown");
    QTest::addColumn<Ids>("selected");
    QTest::addColumn<bool>("hasChoice");
    QTest::addColumn<QStringList>("choices");

    QTest::newRow("every client shown, none selected") << Ids{1, 2, 3, 4} << Ids{} << false
                                                       << QStringList{QStringLiteral("&All clients (4)")};
    QTest::newRow("a filter hides two") << Ids{2, 4} << Ids{} << true
                                        << QStringList{QStringLiteral("&All clients (4)"),
                                                       QStringLiteral("The clients &shown in the list (2)")};
    QTest::newRow("one selected") << Ids{1, 2, 3, 4} << Ids{3} << true
                                  << QStringList{QStringLiteral("&All clients (4)"), QStringLiteral("The s&elected clients (1)")};
    QTest::newRow("hidden and selected") << Ids{2, 4} << Ids{2, 4} << true
                                         << QStringList{QStringLiteral("&All clients (4)"),
                                                        QStringLiteral("The clients &shown in the list (2)"),
                                                        QStringLiteral("The s&elected clients (2)")};
}

void tst_ExportScopeDialog::shouldOfferOnlyTheChoicesThatApply()
{
    QFETCH(Ids, shown);
    QFETCH(Ids, selected);
    QFETCH(bool, hasChoice);
    QFETCH(QStringList, choices);

    // GIVEN four clients, some of them shown and some selected
    const Ids all{1, 2, 3, 4};

    // WHEN the export asks which clients to write
    ExportScopeDialog dialog(QStringLiteral("Export Clients as vCard"), all, shown, selected);

    // THEN it asks only when there is a choice, offers the choices that apply with their counts, and
    // starts on all clients
    QCOMPARE(ExportScopeDialog::hasChoice(all, shown, selected), hasChoice);
    QStringList offered;
    for (QRadioButton *button : dialog.findChildren<QRadioButton *>())
        offered.append(button->text());
    QCOMPARE(offered, choices);
    QVERIFY(dialog.allButton()->isChecked());
    QCOMPARE(dialog.clients(), all);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Export Clients as vCard"));
    QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->text(), QStringLiteral("&Export…"));
}

void tst_ExportScopeDialog::shouldGiveTheChosenClients_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<Ids>("expected");
    QTest::newRow("all") << QStringLiteral("all") << Ids{1, 2, 3, 4, 5};
    QTest::newRow("shown") << QStringLiteral("shown") << Ids{5, 1, 3};
    QTest::newRow("selected") << QStringLiteral("selected") << Ids{3};
}

void tst_ExportScopeDialog::shouldGiveTheChosenClients()
{
    QFETCH(QString, choice);
    QFETCH(Ids, expected);

    // GIVEN five clients, three shown (in the list's order), one selected
    ExportScopeDialog dialog(QStringLiteral("Export Clients"), {1, 2, 3, 4, 5}, {5, 1, 3}, {3});

    // WHEN the owner picks a choice
    QRadioButton *button = choice == QLatin1String("shown") ? dialog.shownButton()
        : choice == QLatin1String("selected")               ? dialog.selectedButton()
                                                            : dialog.allButton();
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);

    // THEN exactly those clients are exported
    QVERIFY(button->isChecked());
    QCOMPARE(dialog.clients(), expected);
}

void tst_ExportScopeDialog::shouldGiveTheClientsOfTheOwnerChosen_data()
{
    QTest::addColumn<int>("index"); // of the owner picked; -1 to pick nobody
    QTest::addColumn<QString>("owner");
    QTest::addColumn<Ids>("expected");

    QTest::newRow("nobody picked: all") << -1 << QString() << Ids{1, 2, 3, 4, 5};
    QTest::newRow("Anna") << 0 << QStringLiteral("Anna") << Ids{1, 4};
    QTest::newRow("a name with markup and quotes") << 1 << QStringLiteral("<b>O'Neil</b> \"Bo\"") << Ids{2};
}

void tst_ExportScopeDialog::shouldGiveTheClientsOfTheOwnerChosen()
{
    QFETCH(int, index);
    QFETCH(QString, owner);
    QFETCH(Ids, expected);

    // GIVEN five clients, every one shown, two of Anna's and one of O'Neil's
    const Ids all{1, 2, 3, 4, 5};
    QVERIFY(!ExportScopeDialog::hasChoice(all, all, {}));
    QVERIFY(ExportScopeDialog::hasChoice(all, all, {}, true));
    ExportScopeDialog dialog(QStringLiteral("Export Clients"), all, all, {});
    dialog.setOwners({{QStringLiteral("Anna"), {1, 4}}, {QStringLiteral("<b>O'Neil</b> \"Bo\""), {2}}});

    // THEN the owners are offered last, with their number of clients, and all clients stay chosen
    QStringList offered;
    for (QRadioButton *button : dialog.findChildren<QRadioButton *>())
        offered.append(button->text());
    QCOMPARE(offered, (QStringList{QStringLiteral("&All clients (5)"), QStringLiteral("Only the clients &of:")}));
    QComboBox *owners = dialog.ownerChoice();
    QVERIFY(owners);
    QCOMPARE(owners->count(), 2);
    QCOMPARE(owners->itemText(0), QStringLiteral("Anna (2)"));
    QCOMPARE(owners->itemText(1), QStringLiteral("<b>O'Neil</b> \"Bo\" (1)"));
    QVERIFY(dialog.allButton()->isChecked());

    // WHEN an owner is picked from the list
    if (index >= 0) {
        owners->setFocus();
        owners->setCurrentIndex(index == 0 ? 1 : 0);
        QTest::keyClick(owners, index == 0 ? Qt::Key_Up : Qt::Key_Down);
    }

    // THEN their clients, and their name, are what was chosen
    QCOMPARE(dialog.ownerButton()->isChecked(), index >= 0);
    QCOMPARE(dialog.owner(), owner);
    QCOMPARE(dialog.clients(), expected);
}

void tst_ExportScopeDialog::shouldAskForTheReportInItsOwnWords()
{
    ExportScopeDialog dialog(QStringLiteral("Follow-up Report"), {1, 2}, {1, 2}, {});
    dialog.setQuestion(QStringLiteral("Which clients should the report cover?"), QStringLiteral("&Preview"));
    QVERIFY(dialog.findChild<QLabel *>());
    QCOMPARE(dialog.findChild<QLabel *>()->text(), QStringLiteral("Which clients should the report cover?"));
    QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->text(), QStringLiteral("&Preview"));
}

QTEST_MAIN(tst_ExportScopeDialog)
#include "tst_exportscopedialog.moc"
