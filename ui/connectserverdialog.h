#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/**
 * Asks where a PostgreSQL server's Rapport database is: host, port, database, user, password
 * and how the connection is encrypted. location() is the address without the password, which
 * is what Open Recent and the keyring's key keep; password() stays in memory only.
 */
class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Connect, ///< File → Connect to Server…: open a database on the server
        Copy     ///< File → Copy to Server…: copy the open database into an empty one
    };

    explicit ConnectServerDialog(Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }

    /** Fills the fields from a server address (its password included, if it has one). */
    void setLocation(const QString &location);
    /** The postgresql:// address the fields give, without the password. */
    QString location() const;

    QString password() const;
    void setPassword(const QString &password);

    /** True when "Remember the password" is ticked: the password goes to the desktop's keyring. */
    bool remembersPassword() const;
    void setRemembersPassword(bool remember);

    /** Shows @p message above the fields (why the last try failed); empty hides it. */
    void setMessage(const QString &message);
    QString message() const;

    /** The libpq sslmode values the TLS choice offers, in its order. */
    static QStringList sslModes();

private:
    void updateButtons();

    Mode m_mode;
    QLabel *m_message;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_tls;
    QCheckBox *m_remember;
    QDialogButtonBox *m_buttons;
};
