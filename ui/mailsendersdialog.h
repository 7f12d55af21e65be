#pragma once

#include "maillog.h"

#include <QDialog>

class QListWidget;
class QPushButton;

/**
 * After Read Mail: the people who wrote more than once and are no client, most messages first,
 * each with a box to tick. clients() makes a client of each one ticked.
 */
class MailSendersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MailSendersDialog(const QVector<Rapport::MailSender> &senders, QWidget *parent = nullptr);

    /** The senders ticked, in the list's order. */
    QVector<Rapport::MailSender> chosen() const;
    /** A new client for each sender ticked: the sender's name (or the address), the address as work email. */
    QVector<Rapport::Client> clients(const QDateTime &now) const;

private:
    void updateButton();

    QVector<Rapport::MailSender> m_senders;
    QListWidget *m_list;
    QPushButton *m_add;
};
