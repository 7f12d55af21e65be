#include "mailsendersdialog.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

using namespace Rapport;

class tst_MailSendersDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListEachSenderWithTheirCount();
    void shouldMakeAClientOfEachSenderTicked();
};

namespace {

QVector<MailSender> senders()
{
    const QDateTime last(QDate(2026, 11, 28), QTime(16, 50), Qt::UTC);
    return {{QStringLiteral("petra@newbiz.example"), QStringLiteral("Petra Nowak"), 21, last},
            {QStringLiteral("sam.lee@prospect.example"), QString(), 2, last}};
}

QPushButton *addButton(MailSendersDialog &dialog)
{
    for (QPushButton *button : dialog.findChild<QDialogButtonBox *>()->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("&Add as Clients"))
            return button;
    }
    return nullptr;
}

} // namespace

void tst_MailSendersDialog::shouldListEachSenderWithTheirCount()
{
    MailSendersDialog dialog(senders());
    auto *list = dialog.findChild<QListWidget *>();
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().startsWith(QLatin1String("Petra Nowak <petra@newbiz.example>: 21 message")));
    QVERIFY(list->item(1)->text().startsWith(QLatin1String("sam.lee@prospect.example: 2 message")));
    // Nothing is ticked at first, so nothing can be added
    QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
    QVERIFY(!addButton(dialog)->isEnabled());
    QVERIFY(dialog.clients(QDateTime::currentDateTimeUtc()).isEmpty());
}

void tst_MailSendersDialog::shouldMakeAClientOfEachSenderTicked()
{
    // GIVEN both senders ticked
    MailSendersDialog dialog(senders());
    auto *list = dialog.findChild<QListWidget *>();
    list->item(0)->setCheckState(Qt::Checked);
    list->item(1)->setCheckState(Qt::Checked);
    QVERIFY(addButton(dialog)->isEnabled());

    // THEN each becomes a client: the name written in the mail, or the address's first part
    const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
    const QVector<Client> clients = dialog.clients(now);
    QCOMPARE(clients.size(), 2);
    QCOMPARE(clients.at(0).name, QStringLiteral("Petra Nowak"));
    QCOMPARE(clients.at(0).email(), QStringLiteral("petra@newbiz.example"));
    QCOMPARE(clients.at(0).emails.first().label, ContactPoint::Label::Work);
    QCOMPARE(clients.at(0).createdAt, now);
    QCOMPARE(clients.at(1).name, QStringLiteral("sam.lee"));
    QCOMPARE(clients.at(1).email(), QStringLiteral("sam.lee@prospect.example"));
}

QTEST_MAIN(tst_MailSendersDialog)
#include "tst_mailsendersdialog.moc"
