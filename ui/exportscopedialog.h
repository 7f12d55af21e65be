#pragma once

#include <QDialog>
#include <QPair>
#include <QString>
#include <QVector>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

/**
 * Asks which clients an export writes: all of them, the ones the list shows (offered when a
 * search or filter hides some), the selected ones (offered when any are selected), or those of
 * one account owner (offered when clients have owners). Each choice says how many clients it holds.
 * The follow-up report asks the same way, for all clients or one owner's.
 */
class ExportScopeDialog : public QDialog
{
    Q_OBJECT

public:
    ExportScopeDialog(const QString &title, const QVector<qint64> &all, const QVector<qint64> &shown,
                      const QVector<qint64> &selected, QWidget *parent = nullptr);

    /** An account owner and the ids of their clients. */
    using OwnerClients = QPair<QString, QVector<qint64>>;

    /**
     * Whether there is more than all the clients to choose from: some are hidden, some selected,
     * or some have an account owner.
     */
    static bool hasChoice(const QVector<qint64> &all, const QVector<qint64> &shown, const QVector<qint64> &selected,
                          bool hasOwners = false);

    /** Offers "Only the clients of:" one of @p owners (in the order given); nothing when it is empty. */
    void setOwners(const QVector<OwnerClients> &owners);
    /** Replaces the question above the choices and the text of the OK button. */
    void setQuestion(const QString &question, const QString &okText);

    /** The ids of the clients chosen. */
    QVector<qint64> clients() const;
    /** The account owner chosen; empty unless "Only the clients of:" is. */
    QString owner() const;

    QRadioButton *allButton() const { return m_all; }
    /** Null when the list shows every client. */
    QRadioButton *shownButton() const { return m_shown; }
    /** Null when no client is selected. */
    QRadioButton *selectedButton() const { return m_selected; }
    /** Null until setOwners() offers owners. */
    QRadioButton *ownerButton() const { return m_owner; }
    QComboBox *ownerChoice() const { return m_owners; }

private:
    QVector<qint64> m_allIds;
    QVector<qint64> m_shownIds;
    QVector<qint64> m_selectedIds;
    QRadioButton *m_all;
    QRadioButton *m_shown = nullptr;
    QRadioButton *m_selected = nullptr;
    QVector<OwnerClients> m_ownerIds;
    QRadioButton *m_owner = nullptr;
    QComboBox *m_owners = nullptr;
    QLabel *m_question;
    QPushButton *m_ok;
};
