#pragma once

#include <QDate>
#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

/**
 * File → Read Mail…: asks where the owner's mail is (a Thunderbird profile, a folder of
 * messages, an mbox file or an IMAP account), which addresses are the owner's own, and from
 * which day on to read. location() is a path or an imaps:// / imap:// address without a
 * password; password() stays in memory only.
 */
class ReadMailDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Source { Thunderbird, Folder, Mbox, Imap };

    explicit ReadMailDialog(QWidget *parent = nullptr);

    /** The Thunderbird profiles found on this computer, offered first when there are any. */
    void setThunderbirdProfiles(const QStringList &profiles);

    Source source() const;
    /** Fills the fields from a path or an IMAP address, as location() gives them. */
    void setLocation(const QString &location);
    /** The path, or the imaps:// (TLS) or imap:// (STARTTLS) address of the mailbox, without a password. */
    QString location() const;

    QString password() const;
    void setPassword(const QString &password);
    /** True when "Remember the password" is ticked: the password goes to the desktop's keyring. */
    bool remembersPassword() const;

    /** The owner's own addresses, lower-case, as typed (one or more, separated by commas or spaces). */
    QStringList ownAddresses() const;
    void setOwnAddresses(const QStringList &addresses);

    /** A certificate file (PEM) to trust for a server whose certificate is its own; empty for the system's only. */
    QString trustedCertificate() const;
    void setTrustedCertificate(const QString &file);

    /** The first day to read; invalid for all mail. */
    QDate since() const;
    void setSince(const QDate &since);

    /** The words of @p text that look like email addresses, lower-case, each once; @p rest gets what does not. */
    static QStringList parseAddresses(const QString &text, QStringList *rest = nullptr);

private:
    void choosePath();
    void updateButtons();

    QButtonGroup *m_sources;
    QStackedWidget *m_pages;
    QComboBox *m_profile;
    QLineEdit *m_folder;
    QLineEdit *m_mbox;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLineEdit *m_mailbox;
    QLineEdit *m_certificate;
    QLineEdit *m_ownAddresses;
    QLabel *m_addressProblem;
    QCheckBox *m_limitSince;
    QDateEdit *m_since;
    QDialogButtonBox *m_buttons;
};
