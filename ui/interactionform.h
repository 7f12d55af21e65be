#pragma once

#include "interaction.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QPlainTextEdit;

/** The fields of one interaction: when, what kind, who reached out, whether it was answered, a note. */
class InteractionForm : public QWidget
{
    Q_OBJECT

public:
    explicit InteractionForm(QWidget *parent = nullptr);

    void setInteraction(const Rapport::Interaction &interaction);
    Rapport::Interaction interaction() const;
    /** Back to the quick-log defaults: now, a call, we reached out, answered, no note. */
    void reset();

    QDateTimeEdit *whenEdit() const { return m_when; }
    QPlainTextEdit *noteEdit() const { return m_note; }

Q_SIGNALS:
    /** Emitted when Ctrl+Return is pressed in a field: the form should be submitted. */
    void submitted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Rapport::Interaction m_interaction;
    bool m_whenEdited = false; ///< false: a new interaction is logged "now", whenever that is
    QDateTimeEdit *m_when;
    QComboBox *m_kind;
    QComboBox *m_direction;
    QComboBox *m_outcome;
    QPlainTextEdit *m_note;
};
