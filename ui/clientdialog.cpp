#include "clientdialog.h"

#include "clientform.h"
#include "clientstore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

using namespace Rapport;

ClientDialog::ClientDialog(const Client &client, QWidget *parent)
    : QDialog(parent)
    , m_form(new ClientForm(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(client.id > 0 ? tr("Edit %1").arg(client.displayName()) : tr("Add Client"));
    m_form->setClient(client);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClientDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Wide enough for an email address beside its label; with many emails and phones the notes
    // give up height first, so the dialog still fits on a small screen.
    const int room = screen()->availableGeometry().height() * 9 / 10;
    resize(std::max(520, sizeHint().width()), std::min(sizeHint().height(), room));
    m_form->nameEdit()->setFocus();
}

Client ClientDialog::client() const
{
    return m_form->client();
}

void ClientDialog::setOwnerChoices(const QStringList &owners, const QString &author)
{
    m_form->setOwnerChoices(owners, author);
}

void ClientDialog::accept()
{
    const QString problem = ClientStore::validationError(client());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        m_form->nameEdit()->setFocus();
        return;
    }
    QDialog::accept();
}
