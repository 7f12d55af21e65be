#include "exportscopedialog.h"

#include <QDialogButtonBox>
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
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Which clients do you want to export?"), this));
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
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool ExportScopeDialog::hasChoice(const QVector<qint64> &all, const QVector<qint64> &shown, const QVector<qint64> &selected)
{
    return shown.size() < all.size() || !selected.isEmpty();
}

QVector<qint64> ExportScopeDialog::clients() const
{
    if (m_selected && m_selected->isChecked())
        return m_selectedIds;
    if (m_shown && m_shown->isChecked())
        return m_shownIds;
    return m_allIds;
}
