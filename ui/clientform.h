#pragma once

#include "client.h"

#include <QWidget>

class ContactPointsEdit;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

/** The fields of one client, shared by the detail panel and the client dialog. */
class ClientForm : public QWidget
{
    Q_OBJECT

public:
    explicit ClientForm(QWidget *parent = nullptr);

    /** Shows @p client; client() returns it with the edits applied. */
    void setClient(const Rapport::Client &client);
    Rapport::Client client() const;

    /**
     * The names the account owner field offers: @p owners (those already used, see
     * Client::ownersOf()) and @p author (the person at the keyboard), each once. Any other name can be typed.
     */
    void setOwnerChoices(const QStringList &owners, const QString &author);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *ownerEdit() const { return m_owner; }
    ContactPointsEdit *emailsEdit() const { return m_emails; }
    ContactPointsEdit *phonesEdit() const { return m_phones; }

Q_SIGNALS:
    /** Emitted when the user finished editing a field (left it or pressed Enter). */
    void editingFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Rapport::Client m_client;
    QLineEdit *m_name;
    QLineEdit *m_company;
    ContactPointsEdit *m_emails;
    ContactPointsEdit *m_phones;
    QLineEdit *m_tags;
    QComboBox *m_owner;
    QDoubleSpinBox *m_satisfaction;
    QDoubleSpinBox *m_repurchase;
    QLabel *m_scaleHint; ///< what 0 and 10 mean on both scores
    QPlainTextEdit *m_notes;
    QSpinBox *m_idealInterval;
    QSpinBox *m_maximumInterval;
};
