#include "mailsendersdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Rapport;

MailSendersDialog::MailSendersDialog(const QVector<MailSender> &senders, QWidget *parent)
    : QDialog(parent)
    , m_senders(senders)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("New Clients from Mail"));
    auto *intro = new QLabel(tr("These people wrote to you more than once but are not among your clients. Tick the ones "
                                "to add as clients; their emails are logged when the mail is read again, which Rapport "
                                "does at once."),
                             this);
    intro->setWordWrap(true);
    for (const MailSender &sender : senders) {
        const QString who = sender.name.isEmpty() ? sender.address : tr("%1 <%2>").arg(sender.name, sender.address);
        auto *item = new QListWidgetItem(tr("%1: %n message(s), the last on %2", nullptr, sender.messageCount)
                                             .arg(who, QLocale().toString(sender.lastDate.toLocalTime().date(), QLocale::ShortFormat)),
                                         m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("&Add as Clients"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &MailSendersDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 420);
    updateButton();
}

QVector<MailSender> MailSendersDialog::chosen() const
{
    QVector<MailSender> chosen;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            chosen.append(m_senders.at(row));
    }
    return chosen;
}

QVector<Client> MailSendersDialog::clients(const QDateTime &now) const
{
    QVector<Client> clients;
    for (const MailSender &sender : chosen()) {
        Client client;
        client.name = sender.name.isEmpty() ? sender.address.section(QLatin1Char('@'), 0, 0) : sender.name;
        client.emails = {ContactPoint{sender.address, ContactPoint::Label::Work}};
        client.createdAt = now;
        client.updatedAt = now;
        clients.append(client);
    }
    return clients;
}

void MailSendersDialog::updateButton()
{
    m_add->setEnabled(!chosen().isEmpty());
}
