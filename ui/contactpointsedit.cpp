#include "contactpointsedit.h"

#include "appearance.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>

using namespace Rapport;

namespace {

/** A label box that lets the wheel scroll the form past it unless it has the focus. */
class LabelBox : public QComboBox
{
public:
    using QComboBox::QComboBox;

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        if (hasFocus())
            QComboBox::wheelEvent(event);
        else
            event->ignore();
    }
};

} // namespace

ContactPointsEdit::ContactPointsEdit(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_rowsLayout(new QVBoxLayout)
    , m_preferredGroup(new QButtonGroup(this))
    , m_add(new QPushButton(themeIcon(QStringLiteral("list-add")), kind == Kind::Email ? tr("Add Email") : tr("Add Phone"), this))
{
    m_preferredGroup->setExclusive(true);
    m_add->setAutoDefault(false);
    if (m_kind == Kind::Email) {
        m_add->setToolTip(tr("Add another email address"));
        m_add->setWhatsThis(tr("Adds a row for one more email address of this client, such as a private one beside the "
                               "work one. Choose its label and, with the round button, whether it is the preferred one."));
    } else {
        m_add->setToolTip(tr("Add another phone number"));
        m_add->setWhatsThis(tr("Adds a row for one more phone number of this client, such as a mobile beside the office "
                               "line. Choose its label and, with the round button, whether it is the preferred one."));
    }
    connect(m_add, &QPushButton::clicked, this, &ContactPointsEdit::addRow);
    connect(m_preferredGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked) {
            updateTabOrder();
            Q_EMIT editingFinished();
        }
    });

    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto *addLayout = new QHBoxLayout;
    addLayout->addWidget(m_add);
    addLayout->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(addLayout);
    setFocusProxy(m_add);
}

void ContactPointsEdit::setContactPoints(const QList<ContactPoint> &points)
{
    const QSignalBlocker blocker(m_preferredGroup);
    while (!m_rows.isEmpty())
        discard(m_rows.takeLast());
    for (const ContactPoint &point : points)
        appendRow(point);
    if (!m_rows.isEmpty())
        m_rows.constFirst().preferred->setChecked(true);
    updateTabOrder();
}

QList<ContactPoint> ContactPointsEdit::contactPoints() const
{
    QList<ContactPoint> points;
    for (const Row &row : m_rows) {
        const ContactPoint point{row.value->text(), ContactPoint::Label(row.label->currentData().toInt())};
        if (row.preferred->isChecked())
            points.prepend(point);
        else
            points.append(point);
    }
    return ContactPoint::normalized(points, m_kind == Kind::Email);
}

bool ContactPointsEdit::isTyping() const
{
    for (const Row &row : m_rows) {
        if (row.value->hasFocus() && row.value->isModified())
            return true;
    }
    return false;
}

void ContactPointsEdit::addRow()
{
    appendRow(ContactPoint{QString(), unusedLabel()});
    if (m_rows.size() == 1) {
        const QSignalBlocker blocker(m_preferredGroup);
        m_rows.constFirst().preferred->setChecked(true);
    }
    updateTabOrder();
    m_rows.constLast().value->setFocus(Qt::OtherFocusReason);
}

void ContactPointsEdit::keyPressEvent(QKeyEvent *event)
{
    // Enter finishes the value (the line edit says so itself) but does not also close the
    // dialog around: with several rows, the owner may well go on to the next one.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ContactPointsEdit::appendRow(const ContactPoint &point)
{
    const bool email = m_kind == Kind::Email;
    auto *widget = new QWidget(this);
    Row row{widget, new QRadioButton(widget), new LabelBox(widget), new QLineEdit(point.value, widget), new QToolButton(widget)};

    row.preferred->setToolTip(email ? tr("Preferred email: Write Email uses it, and it is shown first")
                                    : tr("Preferred phone: Call uses it, and it is shown first"));
    row.preferred->setWhatsThis(email ? tr("Mark the address you write to first. Write Email and the detail panel use it, "
                                           "and it stays first in every list and export.")
                                      : tr("Mark the number you call first. Call and the detail panel use it, and it stays "
                                           "first in every list and export."));
    row.preferred->setAccessibleName(email ? tr("Preferred email") : tr("Preferred phone"));
    m_preferredGroup->addButton(row.preferred);

    for (ContactPoint::Label label : {ContactPoint::Label::Work, ContactPoint::Label::Home, ContactPoint::Label::Mobile,
                                      ContactPoint::Label::Other})
        row.label->addItem(ContactPoint::labelText(label), int(label));
    row.label->setCurrentIndex(row.label->findData(int(point.label)));
    row.label->setFocusPolicy(Qt::StrongFocus);
    row.label->setToolTip(email ? tr("What kind of address this is") : tr("What kind of number this is"));
    row.label->setWhatsThis(tr("Work, Home, Mobile or Other: shown beside the value in the detail panel when the client "
                               "has more than one, and kept in exports and vCards."));
    row.label->setAccessibleName(email ? tr("Email label") : tr("Phone label"));
    connect(row.label, &QComboBox::activated, this, &ContactPointsEdit::editingFinished);

    row.value->setPlaceholderText(email ? tr("Email address") : tr("Phone number"));
    row.value->setToolTip(email ? tr("The client's email address") : tr("The client's phone number"));
    row.value->setWhatsThis(email ? tr("The address you write to. In the detail panel it becomes a link that starts an "
                                       "email in your mail program.")
                                  : tr("The number you call. In the detail panel it becomes a link that calls it "
                                       "through your phone app."));
    row.value->setAccessibleName(email ? tr("Email address") : tr("Phone number"));
    row.value->setCursorPosition(0); // a long address shows its beginning
    connect(row.value, &QLineEdit::editingFinished, this, &ContactPointsEdit::editingFinished);

    row.remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove"), style()->standardIcon(QStyle::SP_LineEditClearButton)));
    row.remove->setAutoRaise(true);
    row.remove->setToolTip(email ? tr("Remove this email address") : tr("Remove this phone number"));
    row.remove->setWhatsThis(email ? tr("Removes this address from the client. If it was the preferred one, the next "
                                        "address becomes preferred. Undo brings it back.")
                                   : tr("Removes this number from the client. If it was the preferred one, the next "
                                        "number becomes preferred. Undo brings it back."));
    row.remove->setAccessibleName(row.remove->toolTip());
    row.remove->setFocusPolicy(Qt::StrongFocus);
    connect(row.remove, &QToolButton::clicked, this, [this, widget] { removeRow(widget); });

    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.preferred);
    layout->addWidget(row.label);
    // Room for a whole ordinary address: where the form is narrower, its row wraps under its label.
    row.value->setMinimumWidth(row.value->fontMetrics().averageCharWidth() * 22);
    layout->addWidget(row.value, 1);
    layout->addWidget(row.remove);
    m_rowsLayout->addWidget(widget);
    widget->show(); // at once, not when the layout gets round to it: the new row may take the focus
    m_rows.append(row);
}

void ContactPointsEdit::removeRow(QWidget *rowWidget)
{
    const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(), [rowWidget](const Row &row) { return row.widget == rowWidget; });
    if (found == m_rows.cend())
        return;
    const int index = int(found - m_rows.cbegin());
    const bool wasPreferred = found->preferred->isChecked();
    const bool hadValue = !found->value->text().trimmed().isEmpty();
    discard(m_rows.takeAt(index));
    if (wasPreferred && !m_rows.isEmpty()) {
        const QSignalBlocker blocker(m_preferredGroup);
        m_rows.constFirst().preferred->setChecked(true);
    }
    updateTabOrder();
    // The focus goes on to the row that took its place, or to the add button.
    if (index < m_rows.size())
        m_rows.at(index).value->setFocus(Qt::OtherFocusReason);
    else if (!m_rows.isEmpty())
        m_rows.constLast().value->setFocus(Qt::OtherFocusReason);
    else
        m_add->setFocus(Qt::OtherFocusReason);
    if (hadValue)
        Q_EMIT editingFinished();
}

void ContactPointsEdit::discard(const Row &row)
{
    // Later, not at once: the row may be the sender of the signal that got here (its remove
    // button, or a label chosen that a refused edit put back). Out of the widget tree now, and
    // silent: leaving it takes the focus from its field, which must not count as an edit.
    for (QObject *part : std::initializer_list<QObject *>{row.label, row.value, row.remove})
        part->disconnect(this);
    m_preferredGroup->removeButton(row.preferred);
    row.widget->hide();
    row.widget->setParent(nullptr);
    row.widget->deleteLater();
}

ContactPoint::Label ContactPointsEdit::unusedLabel() const
{
    const QList<ContactPoint::Label> order = m_kind == Kind::Email
        ? QList<ContactPoint::Label>{ContactPoint::Label::Work, ContactPoint::Label::Home, ContactPoint::Label::Other}
        : QList<ContactPoint::Label>{ContactPoint::Label::Work, ContactPoint::Label::Mobile, ContactPoint::Label::Home,
                                     ContactPoint::Label::Other};
    for (ContactPoint::Label label : order) {
        const bool used = std::any_of(m_rows.cbegin(), m_rows.cend(), [label](const Row &row) {
            return ContactPoint::Label(row.label->currentData().toInt()) == label;
        });
        if (!used)
            return label;
    }
    return ContactPoint::Label::Other;
}

void ContactPointsEdit::updateTabOrder()
{
    setFocusProxy(m_rows.isEmpty() ? static_cast<QWidget *>(m_add) : m_rows.constFirst().value);
    // A new row's widgets join the window's tab chain at its end: they are put back between
    // the field before this one and the add button.
    QWidget *previous = m_add->previousInFocusChain();
    while (previous != m_add && (previous == this || isAncestorOf(previous) || previous->focusPolicy() == Qt::NoFocus))
        previous = previous->previousInFocusChain();
    if (previous == m_add)
        previous = nullptr;
    for (const Row &row : m_rows) {
        // As in any group of radio buttons, Tab stops at the marked one and the arrow keys move the mark.
        row.preferred->setFocusPolicy(row.preferred->isChecked() ? Qt::StrongFocus : Qt::ClickFocus);
        for (QWidget *widget : std::initializer_list<QWidget *>{row.preferred, row.label, row.value, row.remove}) {
            if (previous)
                setTabOrder(previous, widget);
            previous = widget;
        }
    }
    if (previous)
        setTabOrder(previous, m_add);
}
