#pragma once

#include "contactpoint.h"

#include <QList>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QToolButton;
class QVBoxLayout;

/**
 * Edits a client's emails or phones: one row each with the preferred mark, the label, the
 * value and a remove button, and a button under them to add one.
 */
class ContactPointsEdit : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Email, Phone };

    explicit ContactPointsEdit(Kind kind, QWidget *parent = nullptr);

    /** Shows one row for each of @p points, in their order; the first is the preferred one. */
    void setContactPoints(const QList<Rapport::ContactPoint> &points);
    /** The rows with a value, the preferred first and the others in their order, trimmed, repeats dropped. */
    QList<Rapport::ContactPoint> contactPoints() const;

    /** True while a value is being typed and not yet finished. */
    bool isTyping() const;

    int rowCount() const { return int(m_rows.size()); }
    QRadioButton *preferredButton(int row) const { return m_rows.at(row).preferred; }
    QComboBox *labelBox(int row) const { return m_rows.at(row).label; }
    QLineEdit *valueEdit(int row) const { return m_rows.at(row).value; }
    QToolButton *removeButton(int row) const { return m_rows.at(row).remove; }
    QPushButton *addButton() const { return m_add; }

public Q_SLOTS:
    /** Adds an empty row under the others and puts the cursor in it. */
    void addRow();

Q_SIGNALS:
    /** Emitted when the user finished a change: left a value, chose a label, the preferred one or removed a row. */
    void editingFinished();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Row
    {
        QWidget *widget;
        QRadioButton *preferred;
        QComboBox *label;
        QLineEdit *value;
        QToolButton *remove;
    };

    void appendRow(const Rapport::ContactPoint &point);
    void removeRow(QWidget *rowWidget);
    void discard(const Row &row);
    Rapport::ContactPoint::Label unusedLabel() const;
    void updateTabOrder();

    Kind m_kind;
    QList<Row> m_rows;
    QVBoxLayout *m_rowsLayout;
    QButtonGroup *m_preferredGroup;
    QPushButton *m_add;
};
