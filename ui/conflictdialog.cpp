#include "conflictdialog.h"

#include "clientstore.h"
#include "datetext.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

using namespace Rapport;

namespace {

// Enough to read a paragraph of notes in a tooltip or from a screen reader, not a whole file.
constexpr int FullTextLimit = 2000;

QString limited(const QString &text)
{
    return text.size() <= FullTextLimit ? text : text.left(FullTextLimit) + QChar(0x2026);
}

QString fieldList(const QVector<ClientField> &fields)
{
    QStringList names;
    for (ClientField field : fields)
        names.append(ClientMerge::fieldName(field));
    return QLocale().createSeparatedList(names);
}

} // namespace

ConflictDialog::ConflictDialog(const Client &base, const Client &mine, const Client &theirs, QWidget *parent)
    : QDialog(parent)
    , m_mine(mine)
    , m_theirs(theirs)
    , m_merge(ClientMerge::merge(base, mine, theirs))
    , m_scroll(new QScrollArea(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Someone Else Changed This Client"));

    const QString who = theirs.changedBy.isEmpty() ? tr("someone else") : theirs.changedBy;
    const QString changed = theirs.updatedAt.isValid()
        ? tr("%1 was changed by %2 at %3 while you were editing it.").arg(theirs.displayName(), who, DateText::shortDateTime(theirs.updatedAt))
        : tr("%1 was changed by %2 while you were editing it.").arg(theirs.displayName(), who);
    const QString ask = m_merge.conflicts.isEmpty()
        ? tr("Your changes and theirs do not overlap: nothing needs choosing.")
        : tr("Choose which value to keep for each field below. Cancel keeps the stored client and drops your "
             "changes.");
    auto *intro = new QLabel(changed + QLatin1Char(' ') + ask, this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto *rows = new QWidget(m_scroll);
    auto *rowsLayout = new QVBoxLayout(rows);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    for (ClientField field : std::as_const(m_merge.conflicts))
        rowsLayout->addWidget(makeRow(field, rows));
    rowsLayout->addStretch();
    m_scroll->setWidget(rows);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setVisible(!m_merge.conflicts.isEmpty());

    QStringList keptParts;
    if (!m_merge.fromMine.isEmpty())
        keptParts.append(tr("Kept from your changes: %1.").arg(fieldList(m_merge.fromMine)));
    if (!m_merge.fromTheirs.isEmpty())
        keptParts.append(tr("Kept from the stored client: %1.").arg(fieldList(m_merge.fromTheirs)));
    auto *kept = new QLabel(keptParts.join(QLatin1Char(' ')), this);
    kept->setTextFormat(Qt::PlainText);
    kept->setWordWrap(true);
    kept->setVisible(!keptParts.isEmpty());

    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Ok);
    m_save->setText(tr("&Save Merged"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setText(tr("&Cancel"));
    cancel->setToolTip(tr("Keep the client as stored and drop your changes"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConflictDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConflictDialog::reject);
    connect(this, &QDialog::rejected, this, [this] { m_cancelled = true; });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(kept);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    updateSaveButton();
    // The rows scroll; the dialog itself stays on a small screen.
    const int room = screen()->availableGeometry().height() * 8 / 10;
    resize(std::max(560, sizeHint().width()), std::min(sizeHint().height(), room));
}

bool ConflictDialog::needsAsking(const Client &base, const Client &mine, const Client &theirs)
{
    return !ClientMerge::merge(base, mine, theirs).conflicts.isEmpty();
}

Client ConflictDialog::result() const
{
    if (m_cancelled)
        return m_theirs;
    Client client = m_merge.merged;
    for (int i = 0; i < m_yours.size(); ++i) {
        if (m_yours.at(i)->isChecked())
            ClientMerge::copyField(&client, m_mine, m_merge.conflicts.at(i));
    }
    return client;
}

QWidget *ConflictDialog::makeRow(ClientField field, QWidget *parent)
{
    const QString name = ClientMerge::fieldName(field);
    auto *box = new QGroupBox(name, parent);
    auto *layout = new QVBoxLayout(box);
    const QFontMetrics metrics = box->fontMetrics();
    const int room = metrics.averageCharWidth() * 60;
    const auto addChoice = [&](const QString &format, const QString &accessible, const Client &client) -> QRadioButton * {
        const QString value = ClientMerge::fieldText(client, field);
        // One line in the row: line breaks of notes become spaces; an & is text, not an access key. The
        // tooltip wraps at spaces (WhiteSpaceNormal) and keeps the line breaks.
        const QString shown = metrics.elidedText(value.simplified(), Qt::ElideRight, room);
        auto *button = new QRadioButton(format.arg(QString(shown).replace(QLatin1Char('&'), QLatin1String("&&"))), box);
        button->setToolTip(Qt::convertFromPlainText(limited(value), Qt::WhiteSpaceNormal));
        button->setAccessibleName(accessible.arg(name));
        button->setAccessibleDescription(limited(value));
        layout->addWidget(button);
        return button;
    };
    QRadioButton *yours = addChoice(tr("Yours: %1"), tr("Yours for %1"), m_mine);
    QRadioButton *stored = addChoice(tr("Stored: %1"), tr("Stored for %1"), m_theirs);
    // Yours by default: the person has just typed it, and the stored value is beside it to pick
    // instead; a default of Stored would drop their work on a hurried Enter.
    yours->setChecked(true);
    for (QRadioButton *button : {yours, stored})
        connect(button, &QRadioButton::toggled, this, &ConflictDialog::updateSaveButton);
    m_yours.append(yours);
    return box;
}

void ConflictDialog::updateSaveButton()
{
    // Choices made field by field can break a rule across fields (a name or a company is needed).
    const QString problem = ClientStore::validationError(result());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_save->setEnabled(problem.isEmpty());
}
