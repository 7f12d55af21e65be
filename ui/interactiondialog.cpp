#include "interactiondialog.h"

#include "interactionform.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

using namespace Rapport;

InteractionDialog::InteractionDialog(const Interaction &interaction, const QString &clientName, QWidget *parent)
    : QDialog(parent)
    , m_form(new InteractionForm(this))
{
    setWindowTitle(tr("Interaction with %1").arg(clientName));
    m_form->setInteraction(interaction);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &InteractionForm::submitted, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

Interaction InteractionDialog::interaction() const
{
    return m_form->interaction();
}
