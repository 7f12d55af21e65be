#pragma once

#include "interaction.h"

#include <QDialog>

class InteractionForm;

/** Edits one logged interaction. */
class InteractionDialog : public QDialog
{
    Q_OBJECT

public:
    InteractionDialog(const Rapport::Interaction &interaction, const QString &clientName, QWidget *parent = nullptr);
    Rapport::Interaction interaction() const;

private:
    InteractionForm *m_form;
};
