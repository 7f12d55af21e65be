#include "connectserverdialog.h"

#include "databaselocation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Rapport;

namespace {

constexpr int DefaultPort = 5432;

} // namespace

ConnectServerDialog::ConnectServerDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_message(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_remember(new QCheckBox(tr("&Remember the password in this computer's keyring"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool copying = mode == Mode::Copy;
    setWindowTitle(copying ? tr("Copy to Server") : tr("Connect to Server"));

    auto *intro = new QLabel(copying ? tr("Copies every client, interaction, move and setting into an empty database on a "
                                          "PostgreSQL server. What is open now stays as it is.")
                                     : tr("Opens the Rapport database on a PostgreSQL server that you and your colleagues "
                                          "share. The first connection to an empty database sets it up."),
                             this);
    intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold"));
    m_message->hide();

    m_host->setPlaceholderText(tr("crm.example.com"));
    m_host->setToolTip(tr("The name or address of the computer the PostgreSQL server runs on."));
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_port->setToolTip(tr("The server's port; PostgreSQL uses 5432 unless its administrator chose another."));
    m_database->setPlaceholderText(copying ? tr("an empty database") : tr("clients"));
    m_database->setToolTip(copying ? tr("The database to copy into; it must be empty. The server's administrator creates it.")
                                   : tr("The name of the database on the server that holds your clients."));
    m_user->setText(qEnvironmentVariable("USER"));
    m_user->setToolTip(tr("Your user name on the server (its role)."));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Leave it empty when ~/.pgpass or the keyring has it, or the server asks for none."));
    m_password->setPlaceholderText(tr("from ~/.pgpass or the keyring"));
    m_tls->addItem(tr("Never encrypt"));
    m_tls->addItem(tr("Encrypt when the server offers it"));
    m_tls->addItem(tr("Always encrypt"));
    m_tls->addItem(tr("Always encrypt and check the server's certificate"));
    m_tls->setCurrentIndex(1); // libpq's own default, prefer
    m_tls->setToolTip(tr("Whether the connection is encrypted (TLS). Over the internet, choose \"Always encrypt and "
                         "check the server's certificate\"."));
    m_remember->setToolTip(tr("Keeps the password in the desktop's keyring (GNOME Keyring, KWallet), never in "
                              "Rapport's settings. Without a keyring, Rapport asks again or reads ~/.pgpass."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("&Encryption:"), m_tls);

    m_buttons->button(QDialogButtonBox::Ok)->setText(copying ? tr("&Copy") : tr("C&onnect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_host, &QLineEdit::textChanged, this, &ConnectServerDialog::updateButtons);
    connect(m_database, &QLineEdit::textChanged, this, &ConnectServerDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    updateButtons();
}

QStringList ConnectServerDialog::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-full")};
}

void ConnectServerDialog::setLocation(const QString &location)
{
    const DatabaseLocation where = DatabaseLocation::parse(location);
    if (!where.isServer())
        return;
    m_host->setText(where.host());
    m_port->setValue(where.port() > 0 ? where.port() : DefaultPort);
    m_database->setText(where.databaseName());
    m_user->setText(where.userName());
    if (!where.password().isEmpty())
        m_password->setText(where.password());
    const QString mode = QUrlQuery(QUrl(where.toString())).queryItemValue(QStringLiteral("sslmode"));
    // verify-ca checks the certificate as well; allow/prefer are both "when offered".
    const int index = mode == QLatin1String("verify-ca") ? 3 : mode == QLatin1String("allow") ? 1 : int(sslModes().indexOf(mode));
    m_tls->setCurrentIndex(index >= 0 ? index : 1);
    // Asked again for a known server, what is missing is most often the password.
    if (!where.host().isEmpty() && !where.databaseName().isEmpty())
        m_password->setFocus();
}

QString ConnectServerDialog::location() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    // libpq's defaults are left out, so that the address is the one typed as postgresql://anna@crm/clients
    // (Open Recent and the keyring know a server by it).
    if (m_port->value() != DefaultPort)
        url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    const QString sslMode = sslModes().at(m_tls->currentIndex());
    if (sslMode != QLatin1String("prefer")) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
        url.setQuery(query);
    }
    // Through libpq's reading, so that the address is written the way Rapport keeps every other.
    return DatabaseLocation::parse(url.toString(QUrl::FullyEncoded)).toString();
}

QString ConnectServerDialog::password() const
{
    return m_password->text();
}

void ConnectServerDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

bool ConnectServerDialog::remembersPassword() const
{
    return m_remember->isChecked();
}

void ConnectServerDialog::setRemembersPassword(bool remember)
{
    m_remember->setChecked(remember);
}

QString ConnectServerDialog::message() const
{
    return m_message->text();
}

void ConnectServerDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ConnectServerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_host->text().trimmed().isEmpty()
                                                        && !m_database->text().trimmed().isEmpty());
}
