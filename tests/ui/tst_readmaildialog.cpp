#include "readmaildialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QtTest>

namespace {

template<typename Widget>
Widget *field(ReadMailDialog &dialog, const char *name)
{
    auto *widget = dialog.findChild<Widget *>(QString::fromLatin1(name));
    Q_ASSERT(widget);
    return widget;
}

QPushButton *readButton(ReadMailDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void choose(ReadMailDialog &dialog, const QString &text)
{
    for (QRadioButton *button : dialog.findChildren<QRadioButton *>()) {
        if (button->text().remove(QLatin1Char('&')).contains(text)) {
            button->click();
            return;
        }
    }
    QFAIL("no such source");
}

} // namespace

class tst_ReadMailDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldTellAddressesFromOtherWords_data();
    void shouldTellAddressesFromOtherWords();
    void shouldMakeAnImapAddressFromTheFields_data();
    void shouldMakeAnImapAddressFromTheFields();
    void shouldFillTheFieldsFromAnImapAddress();
    void shouldReadOnlyWhenTheSourceIsComplete();
    void shouldRefuseWordsThatAreNoAddress();
    void shouldOfferTheThunderbirdProfilesFirst();
    void shouldGiveTheFirstDayOnlyWhenAsked();
};

void tst_ReadMailDialog::shouldTellAddressesFromOtherWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QStringList>("rest");

    QTest::newRow("one") << QStringLiteral("anna@example.com") << QStringList{QStringLiteral("anna@example.com")} << QStringList();
    QTest::newRow("lower-cased, each once")
        << QStringLiteral("Anna@Example.com, anna@example.COM;office@example.com")
        << QStringList{QStringLiteral("anna@example.com"), QStringLiteral("office@example.com")} << QStringList();
    QTest::newRow("spaces and tabs") << QStringLiteral("  a@b.c \t d@e.f  ")
                                     << QStringList{QStringLiteral("a@b.c"), QStringLiteral("d@e.f")} << QStringList();
    QTest::newRow("empty") << QString() << QStringList() << QStringList();
    QTest::newRow("only separators") << QStringLiteral(" ,;, ") << QStringList() << QStringList();
    QTest::newRow("no at") << QStringLiteral("anna, a@b.c") << QStringList{QStringLiteral("a@b.c")}
                           << QStringList{QStringLiteral("anna")};
    QTest::newRow("at first or last") << QStringLiteral("@example.com anna@") << QStringList()
                                      << QStringList{QStringLiteral("@example.com"), QStringLiteral("anna@")};
    QTest::newRow("two ats") << QStringLiteral("a@b@c") << QStringList() << QStringList{QStringLiteral("a@b@c")};
    QTest::newRow("display name with brackets")
        << QStringLiteral("<anna@example.com>") << QStringList() << QStringList{QStringLiteral("<anna@example.com>")};
}

void tst_ReadMailDialog::shouldTellAddressesFromOtherWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, addresses);
    QFETCH(QStringList, rest);

    QStringList notAddresses;
    QCOMPARE(ReadMailDialog::parseAddresses(text, &notAddresses), addresses);
    QCOMPARE(notAddresses, rest);
}

void tst_ReadMailDialog::shouldMakeAnImapAddressFromTheFields_data()
{
    QTest::addColumn<int>("security");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("mailbox");
    QTest::addColumn<QString>("location");

    QTest::newRow("TLS, usual port") << 0 << 993 << QStringLiteral("anna") << QStringLiteral("INBOX")
                                     << QStringLiteral("imaps://anna@imap.example.com/INBOX");
    QTest::newRow("STARTTLS follows its port") << 1 << -1 << QStringLiteral("anna") << QStringLiteral("INBOX")
                                               << QStringLiteral("imap://anna@imap.example.com/INBOX");
    QTest::newRow("another port") << 0 << 10993 << QStringLiteral("anna") << QStringLiteral("INBOX")
                                  << QStringLiteral("imaps://anna@imap.example.com:10993/INBOX");
    QTest::newRow("whole address as user, a folder with a space")
        << 0 << 993 << QStringLiteral("anna@example.com") << QStringLiteral("Sent Items")
        << QStringLiteral("imaps://anna%40example.com@imap.example.com/Sent%20Items");
}

void tst_ReadMailDialog::shouldMakeAnImapAddressFromTheFields()
{
    QFETCH(int, security);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, mailbox);
    QFETCH(QString, location);

    // GIVEN an IMAP account typed in
    ReadMailDialog dialog;
    choose(dialog, QStringLiteral("IMAP"));
    QTest::keyClicks(field<QLineEdit>(dialog, "host"), QStringLiteral("imap.example.com"));
    field<QComboBox>(dialog, "security")->setCurrentIndex(security);
    if (port > 0)
        field<QSpinBox>(dialog, "port")->setValue(port);
    QTest::keyClicks(field<QLineEdit>(dialog, "user"), user);
    field<QLineEdit>(dialog, "mailbox")->setText(mailbox);
    QTest::keyClicks(field<QLineEdit>(dialog, "password"), QStringLiteral("secret"));

    // THEN the address names it without the password, and the password stays apart
    QCOMPARE(dialog.source(), ReadMailDialog::Source::Imap);
    QCOMPARE(dialog.location(), location);
    QCOMPARE(dialog.password(), QStringLiteral("secret"));
    QVERIFY(!dialog.location().contains(QLatin1String("secret")));
    // AND a certificate of the server's own is trusted only when one is chosen
    QCOMPARE(dialog.trustedCertificate(), QString());
    field<QLineEdit>(dialog, "certificate")->setText(QStringLiteral("/home/anna/mail.pem"));
    QCOMPARE(dialog.trustedCertificate(), QStringLiteral("/home/anna/mail.pem"));
}

void tst_ReadMailDialog::shouldFillTheFieldsFromAnImapAddress()
{
    // GIVEN the address of last time
    ReadMailDialog dialog;
    dialog.setLocation(QStringLiteral("imap://anna%40example.com@mail.example.org:1143/Sent%20Items"));

    // THEN every field shows it again, and the same address comes back
    QCOMPARE(dialog.source(), ReadMailDialog::Source::Imap);
    QCOMPARE(field<QLineEdit>(dialog, "host")->text(), QStringLiteral("mail.example.org"));
    QCOMPARE(field<QComboBox>(dialog, "security")->currentIndex(), 1);
    QCOMPARE(field<QSpinBox>(dialog, "port")->value(), 1143);
    QCOMPARE(field<QLineEdit>(dialog, "user")->text(), QStringLiteral("anna@example.com"));
    QCOMPARE(field<QLineEdit>(dialog, "mailbox")->text(), QStringLiteral("Sent Items"));
    QCOMPARE(dialog.location(), QStringLiteral("imap://anna%40example.com@mail.example.org:1143/Sent%20Items"));
}

void tst_ReadMailDialog::shouldReadOnlyWhenTheSourceIsComplete()
{
    ReadMailDialog dialog;
    // GIVEN the folder choice, with nothing typed: THEN there is nothing to read
    choose(dialog, QStringLiteral("folder"));
    QVERIFY(!readButton(dialog)->isEnabled());
    // WHEN a folder is typed THEN it can be read, from that path
    QTest::keyClicks(field<QLineEdit>(dialog, "folder"), QStringLiteral("/home/anna/Maildir"));
    QVERIFY(readButton(dialog)->isEnabled());
    QCOMPARE(dialog.location(), QStringLiteral("/home/anna/Maildir"));
    // AND a certificate typed for a server is no matter for a folder
    dialog.setTrustedCertificate(QStringLiteral("/home/anna/mail.pem"));
    QCOMPARE(dialog.trustedCertificate(), QString());
    // WHEN the IMAP choice lacks its user THEN not
    choose(dialog, QStringLiteral("IMAP"));
    QTest::keyClicks(field<QLineEdit>(dialog, "host"), QStringLiteral("imap.example.com"));
    QVERIFY(!readButton(dialog)->isEnabled());
    QTest::keyClicks(field<QLineEdit>(dialog, "user"), QStringLiteral("anna"));
    QVERIFY(readButton(dialog)->isEnabled());
}

void tst_ReadMailDialog::shouldRefuseWordsThatAreNoAddress()
{
    // GIVEN a mailbox to read
    ReadMailDialog dialog;
    choose(dialog, QStringLiteral("mbox"));
    QTest::keyClicks(field<QLineEdit>(dialog, "mbox"), QStringLiteral("/tmp/inbox.mbox"));
    QVERIFY(readButton(dialog)->isEnabled());

    // WHEN the owner's addresses hold a word that is none
    QTest::keyClicks(field<QLineEdit>(dialog, "ownAddresses"), QStringLiteral("anna@example.com, Anna"));

    // THEN the dialog says which, and does not read
    QLabel *problem = field<QLabel>(dialog, "addressProblem");
    QVERIFY(!problem->isHidden());
    QCOMPARE(problem->text(), QStringLiteral("Not an email address: Anna"));
    QVERIFY(!readButton(dialog)->isEnabled());

    // WHEN it is mended THEN the addresses are given lower-case
    field<QLineEdit>(dialog, "ownAddresses")->setText(QStringLiteral("Anna@Example.com office@example.com"));
    QVERIFY(problem->isHidden());
    QVERIFY(readButton(dialog)->isEnabled());
    QCOMPARE(dialog.ownAddresses(), (QStringList{QStringLiteral("anna@example.com"), QStringLiteral("office@example.com")}));
}

void tst_ReadMailDialog::shouldOfferTheThunderbirdProfilesFirst()
{
    // GIVEN two profiles found
    ReadMailDialog dialog;
    const QStringList profiles = {QStringLiteral("/home/anna/.thunderbird/ab12.default-release"),
                                  QStringLiteral("/home/anna/.thunderbird/cd34.work")};
    dialog.setThunderbirdProfiles(profiles);

    // THEN Thunderbird is chosen, the first profile ready to read
    QCOMPARE(dialog.source(), ReadMailDialog::Source::Thunderbird);
    QVERIFY(readButton(dialog)->isEnabled());
    QCOMPARE(dialog.location(), profiles.at(0));
    // WHEN the second is picked THEN it is read
    field<QComboBox>(dialog, "profile")->setCurrentIndex(1);
    QCOMPARE(dialog.location(), profiles.at(1));
}

void tst_ReadMailDialog::shouldGiveTheFirstDayOnlyWhenAsked()
{
    ReadMailDialog dialog;
    QVERIFY(!dialog.since().isValid());
    dialog.setSince(QDate(2026, 1, 15));
    QCOMPARE(dialog.since(), QDate(2026, 1, 15));
    field<QCheckBox>(dialog, "limitSince")->setChecked(false);
    QVERIFY(!dialog.since().isValid());
}

QTEST_MAIN(tst_ReadMailDialog)
#include "tst_readmaildialog.moc"
