#include "exportscopedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ExportScopeDialog::ExportScopeDialog(const QString &title, const QVector<qint64> &all, const QVector<qint64> &shown,
                                     const QVector<qint64> &selected, QWidget *parent)
    : QDialog(parent)
    , m_allIds(all)
    , m_shownIds(shown)
    , m_selectedIds(selected)
    , m_all(new QRadioButton(tr("&All clients (%n)", nullptr, int(all.size())), this))
    , m_question(new QLabel(tr("Which clients do you want to export?"), this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_all);
    if (shown.size() < all.size()) {
        m_shown = new QRadioButton(tr("The clients &shown in the list (%n)", nullptr, int(shown.size())), this);
        layout->addWidget(m_shown);
    }
    if (!selected.isEmpty()) {
        m_selected = new QRadioButton(tr("The s&elected clients (%n)", nullptr, int(selected.size())), this);
        layout->addWidget(m_selected);
    }
    m_all->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool ExportScopeDialog::hasChoice(const QVector<qint64> &all, const QVector<qint64> &shown, const QVector<qint64> &selected,
                                  bool hasOwners)
{
    return shown.size() < all.size() || !selected.isEmpty() || hasOwners;
}

void ExportScopeDialog::setOwners(const QVector<OwnerClients> &owners)
{
    if (owners.isEmpty() || m_owner)
        return;
    m_ownerIds = owners;
    m_owner = new QRadioButton(tr("Only the clients &of:"), this);
    m_owners = new QComboBox(this);
    for (const OwnerClients &owner : owners)
        m_owners->addItem(tr("%1 (%2)").arg(owner.first).arg(owner.second.size()));
    m_owners->setAccessibleName(tr("Account owner"));
    connect(m_owners, &QComboBox::activated, m_owner, [this] { m_owner->setChecked(true); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_owner);
    row->addWidget(m_owners, 1);
    // Last of the choices, above the buttons.
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertLayout(layout->count() - 1, row);
}

void ExportScopeDialog::setQuestion(const QString &question, const QString &okText)
{
    m_question->setText(question);
    m_ok->setText(okText);
}

QString ExportScopeDialog::owner() const
{
    return m_owner && m_owner->isChecked() ? m_ownerIds.value(m_owners->currentIndex()).first : QString();
}

QVector<qint64> ExportScopeDialog::clients() const
{
    if (m_owner && m_owner->isChecked())
        return m_ownerIds.value(m_owners->currentIndex()).second;
    if (m_selected && m_selected->isChecked())
        return m_selectedIds;
    if (m_shown && m_shown->isChecked())
        return m_shownIds;
    return m_allIds;
}
