#pragma once

#include "client.h"

#include <QDialog>

class QLabel;
class ClientForm;

/** Adds a new client or edits one in a dialog; refuses to close on values that cannot be stored. */
class ClientDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ClientDialog(const Rapport::Client &client, QWidget *parent = nullptr);
    Rapport::Client client() const;
    /** The names the account owner field offers (ClientForm::setOwnerChoices()). */
    void setOwnerChoices(const QStringList &owners, const QString &author);

    void accept() override;

private:
    ClientForm *m_form;
    QLabel *m_error;
};
