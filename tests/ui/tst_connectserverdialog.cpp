#include "connectserverdialog.h"
#include "databaselocation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace Rapport;

namespace {

// The dialog's fields in the order a user meets them: server, database, user, password.
QList<QLineEdit *> lineEdits(ConnectServerDialog &dialog)
{
    return dialog.findChildren<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
}

QPushButton *okButton(ConnectServerDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void fill(ConnectServerDialog &dialog, const QString &host, int port, const QString &database, const QString &user,
          const QString &password)
{
    const QList<QLineEdit *> edits = lineEdits(dialog);
    QTest::keyClicks(edits.at(0), host);
    dialog.findChild<QSpinBox *>()->setValue(port);
    QTest::keyClicks(edits.at(1), database);
    edits.at(2)->clear();
    QTest::keyClicks(edits.at(2), user);
    QTest::keyClicks(edits.at(3), password);
}

} // namespace

class tst_ConnectServerDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldGiveTheAddressWithoutThePassword();
    void shouldWriteThePortOnlyWhenItIsNotTheDefault();
    void shouldMapTheEncryptionChoiceToSslmode_data();
    void shouldMapTheEncryptionChoiceToSslmode();
    void shouldFillTheFieldsFromAnAddress();
    void shouldConnectOnlyWithAServerAndADatabase();
    void shouldRememberThePasswordOnlyWhenTicked();
    void shouldSayWhatItCopiesInCopyMode();
    void shouldShowTheMessageOfTheLastTry();
};

void tst_ConnectServerDialog::shouldGiveTheAddressWithoutThePassword()
{
    // GIVEN the Connect dialog, filled in as a user would
    ConnectServerDialog dialog(ConnectServerDialog::Mode::Connect);
    fill(dialog, QStringLiteral("crm.example"), 5433, QStringLiteral("clients"), QStringLiteral("anna"), QStringLiteral("s3cret"));

    // THEN the address names server, port, database and user, and never the password, which stays apart
    QCOMPARE(dialog.location(), QStringLiteral("postgresql://anna@crm.example:5433/clients"));
    QCOMPARE(dialog.password(), QStringLiteral("s3cret"));
    QVERIFY(!dialog.location().contains(QLatin1String("s3cret")));
    // AND the address reads back as the same server
    const DatabaseLocation location = DatabaseLocation::parse(dialog.location());
    QVERIFY(location.isValid());
    QCOMPARE(location.displayName(), QStringLiteral("clients on crm.example as anna"));
    QCOMPARE(location.port(), 5433);
}

void tst_ConnectServerDialog::shouldWriteThePortOnlyWhenItIsNotTheDefault()
{
    // GIVEN the dialog, whose port starts at PostgreSQL's 5432
    ConnectServerDialog dialog(ConnectServerDialog::Mode::Connect);
    QCOMPARE(dialog.findChild<QSpinBox *>()->value(), 5432);

    // WHEN only server, database and user are given
    fill(dialog, QStringLiteral("crm.example"), 5432, QStringLiteral("clients"), QStringLiteral("anna"), QString());

    // THEN the address is the short form a user would type on the command line
    QCOMPARE(dialog.location(), QStringLiteral("postgresql://anna@crm.example/clients"));
    QCOMPARE(dialog.password(), QString());
}

void tst_ConnectServerDialog::shouldMapTheEncryptionChoiceToSslmode_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("address");
    QTest::newRow("never") << 0 << QStringLiteral("Never encrypt") << QStringLiteral("postgresql://anna@db/clients?sslmode=disable");
    QTest::newRow("when offered (libpq's default)")
        << 1 << QStringLiteral("Encrypt when the server offers it") << QStringLiteral("postgresql://anna@db/clients");
    QTest::newRow("always") << 2 << QStringLiteral("Always encrypt") << QStringLiteral("postgresql://anna@db/clients?sslmode=require");
    QTest::newRow("always, checked") << 3 << QStringLiteral("Always encrypt and check the server's certificate")
                                     << QStringLiteral("postgresql://anna@db/clients?sslmode=verify-full");
}

void tst_ConnectServerDialog::shouldMapTheEncryptionChoiceToSslmode()
{
    QFETCH(int, choice);
    QFETCH(QString, shown);
    QFETCH(QString, address);

    // GIVEN a filled-in dialog, which starts on "when the server offers it"
    ConnectServerDialog dialog(ConnectServerDialog::Mode::Connect);
    fill(dialog, QStringLiteral("db"), 5432, QStringLiteral("clients"), QStringLiteral("anna"), QString());
    auto *tls = dialog.findChild<QComboBox *>();
    QCOMPARE(tls->currentIndex(), 1);

    // WHEN an encryption is chosen by its words
    tls->setCurrentIndex(choice);

    // THEN the words are the user's, and the address carries libpq's sslmode
    QCOMPARE(tls->currentText(), shown);
    QCOMPARE(dialog.location(), address);

    // AND an address with that sslmode selects the same words again
    ConnectServerDialog again(ConnectServerDialog::Mode::Connect);
    again.setLocation(address);
    QCOMPARE(again.findChild<QComboBox *>()->currentIndex(), choice);
    QCOMPARE(again.location(), address);
}

void tst_ConnectServerDialog::shouldFillTheFieldsFromAnAddress()
{
    // GIVEN the dialog shown again for a server that refused, as key=value pairs with a password
    ConnectServerDialog dialog(ConnectServerDialog::Mode::Connect);
    dialog.setLocation(QStringLiteral("host=crm.example port=6000 dbname=team user=ben password=pw sslmode=verify-ca"));

    // THEN every field shows it, the password too (in the password field only)
    const QList<QLineEdit *> edits = lineEdits(dialog);
    QCOMPARE(edits.at(0)->text(), QStringLiteral("crm.example"));
    QCOMPARE(dialog.findChild<QSpinBox *>()->value(), 6000);
    QCOMPARE(edits.at(1)->text(), QStringLiteral("team"));
    QCOMPARE(edits.at(2)->text(), QStringLiteral("ben"));
    QCOMPARE(edits.at(3)->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.password(), QStringLiteral("pw"));
    // verify-ca checks the certificate too: the closest choice is shown
    QCOMPARE(dialog.findChild<QComboBox *>()->currentIndex(), 3);
    QCOMPARE(dialog.location(), QStringLiteral("postgresql://ben@crm.example:6000/team?sslmode=verify-full"));
}

void tst_ConnectServerDialog::shouldConnectOnlyWithAServerAndADatabase()
{
    // GIVEN an empty dialog
    ConnectServerDialog dialog(ConnectServerDialog::Mode::Connect);
    QCOMPARE(okButton(dialog)->text(), QStringLiteral("C&onnect"));
    QVERIFY(!okButton(dialog)->isEnabled());

    // WHEN only the server is given, THEN it cannot connect yet
    QTest::keyClicks(lineEdits(dialog).at(0), QStringLiteral("crm.example"));
    QVERIFY(!okButton(dialog)->isEnabled());

    // WHEN the database is given too, THEN it can
    QTest::keyClicks(lineEdits(dialog).at(1), QStringLiteral("clients"));
    QVERIFY(okButton(dialog)->isEnabled());
}

void tst_ConnectServerDialog::shouldRememberThePasswordOnlyWhenTicked()
{
    // GIVEN a new dialog: nothing goes to the keyring unless asked
    ConnectServerDialog dialog(ConnectServerDialog::Mode::Connect);
    auto *remember = dialog.findChild<QCheckBox *>();
    QCOMPARE(remember->text(), QStringLiteral("&Remember the password in this computer's keyring"));
    QVERIFY(!dialog.remembersPassword());

    // WHEN the box is ticked, THEN the dialog says so; and unticked again, no longer
    remember->click();
    QVERIFY(dialog.remembersPassword());
    remember->click();
    QVERIFY(!dialog.remembersPassword());
    dialog.setRemembersPassword(true);
    QVERIFY(remember->isChecked());
}

void tst_ConnectServerDialog::shouldSayWhatItCopiesInCopyMode()
{
    // GIVEN the dialog of File → Copy to Server…
    ConnectServerDialog dialog(ConnectServerDialog::Mode::Copy);

    // THEN it is titled and labelled for copying into an empty database
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Copy to Server"));
    QCOMPARE(okButton(dialog)->text(), QStringLiteral("&Copy"));
    QCOMPARE(lineEdits(dialog).at(1)->placeholderText(), QStringLiteral("an empty database"));
    fill(dialog, QStringLiteral("crm.example"), 5432, QStringLiteral("team"), QStringLiteral("anna"), QStringLiteral("pw"));
    QCOMPARE(dialog.location(), QStringLiteral("postgresql://anna@crm.example/team"));
}

void tst_ConnectServerDialog::shouldShowTheMessageOfTheLastTry()
{
    // GIVEN a dialog without a message
    ConnectServerDialog dialog(ConnectServerDialog::Mode::Connect);
    dialog.show();
    QCOMPARE(dialog.message(), QString());

    // WHEN the server's refusal is set, THEN it is shown; and cleared, hidden
    const QString refusal = QStringLiteral("The server refused the user anna or the password.");
    dialog.setMessage(refusal);
    QLabel *label = nullptr;
    for (QLabel *candidate : dialog.findChildren<QLabel *>()) {
        if (candidate->text() == refusal)
            label = candidate;
    }
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(dialog.message(), refusal);
    dialog.setMessage(QString());
    QVERIFY(!label->isVisible());
}

QTEST_MAIN(tst_ConnectServerDialog)
#include "tst_connectserverdialog.moc"
