#include "readmaildialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

constexpr int ImapsPort = 993;
constexpr int ImapPort = 143;

QWidget *pathRow(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

/** A label whose access key goes to @p buddy itself, not to the row holding it and its button. */
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ReadMailDialog::ReadMailDialog(QWidget *parent)
    : QDialog(parent)
    , m_sources(new QButtonGroup(this))
    , m_pages(new QStackedWidget(this))
    , m_profile(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_mbox(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in this computer's &keyring"), this))
    , m_mailbox(new QLineEdit(this))
    , m_certificate(new QLineEdit(this))
    , m_ownAddresses(new QLineEdit(this))
    , m_addressProblem(new QLabel(this))
    , m_limitSince(new QCheckBox(tr("Only mail &since:"), this))
    , m_since(new QDateEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Read Mail"));
    // Names for the tests and for accessibility tools.
    m_profile->setObjectName(QStringLiteral("profile"));
    m_folder->setObjectName(QStringLiteral("folder"));
    m_mbox->setObjectName(QStringLiteral("mbox"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_security->setObjectName(QStringLiteral("security"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_remember->setObjectName(QStringLiteral("remember"));
    m_mailbox->setObjectName(QStringLiteral("mailbox"));
    m_certificate->setObjectName(QStringLiteral("certificate"));
    m_ownAddresses->setObjectName(QStringLiteral("ownAddresses"));
    m_addressProblem->setObjectName(QStringLiteral("addressProblem"));
    m_limitSince->setObjectName(QStringLiteral("limitSince"));
    m_since->setObjectName(QStringLiteral("since"));
    auto *intro = new QLabel(tr("Rapport reads who wrote to whom and when, and the subject, never the text of a message, "
                                "and logs every email to or from a client's address as an interaction. Reading again "
                                "adds only what is new; nothing in the mailbox changes or is marked as read."),
                             this);
    intro->setWordWrap(true);

    const struct
    {
        Source source;
        QString text;
    } choices[] = {
        {Source::Thunderbird, tr("A &Thunderbird profile on this computer")},
        {Source::Folder, tr("A &folder of messages (Maildir, or .eml files)")},
        {Source::Mbox, tr("An &mbox file")},
        {Source::Imap, tr("An &IMAP account")},
    };
    auto *choiceLayout = new QVBoxLayout;
    for (const auto &choice : choices) {
        auto *button = new QRadioButton(choice.text, this);
        m_sources->addButton(button, int(choice.source));
        choiceLayout->addWidget(button);
    }

    // One page per source, in the order of Source.
    auto *thunderbird = new QWidget;
    auto *thunderbirdForm = new QFormLayout(thunderbird);
    auto *browseProfile = new QPushButton(tr("Other…"), this);
    m_profile->setEditable(true);
    m_profile->setMinimumContentsLength(32);
    m_profile->setToolTip(tr("Thunderbird keeps each profile's mail in a folder under ~/.thunderbird. Its local "
                             "folders and the copies of its IMAP accounts are read."));
    auto *profileRow = new QWidget;
    auto *profileLayout = new QHBoxLayout(profileRow);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    profileLayout->addWidget(m_profile, 1);
    profileLayout->addWidget(browseProfile);
    thunderbirdForm->addRow(buddyLabel(tr("&Profile:"), m_profile), profileRow);
    m_pages->addWidget(thunderbird);

    auto *folder = new QWidget;
    auto *folderForm = new QFormLayout(folder);
    auto *browseFolder = new QPushButton(tr("Choose…"), this);
    m_folder->setToolTip(tr("A Maildir (with cur and new inside), or a folder of .eml files saved from any mail program."));
    folderForm->addRow(buddyLabel(tr("F&older:"), m_folder), pathRow(m_folder, browseFolder));
    m_pages->addWidget(folder);

    auto *mbox = new QWidget;
    auto *mboxForm = new QFormLayout(mbox);
    auto *browseMbox = new QPushButton(tr("Choose…"), this);
    m_mbox->setToolTip(tr("One file holding many messages, as Thunderbird, Evolution and mail servers keep them."));
    mboxForm->addRow(buddyLabel(tr("Fi&le:"), m_mbox), pathRow(m_mbox, browseMbox));
    m_pages->addWidget(mbox);

    auto *imap = new QWidget;
    auto *imapForm = new QFormLayout(imap);
    m_host->setPlaceholderText(tr("imap.example.com"));
    m_port->setRange(1, 65535);
    m_port->setValue(ImapsPort);
    m_port->setGroupSeparatorShown(false);
    m_security->addItem(tr("TLS (port 993)"));
    m_security->addItem(tr("STARTTLS (port 143)"));
    m_security->setToolTip(tr("How the connection is encrypted. Both check the server's certificate."));
    m_user->setToolTip(tr("Most often your whole email address."));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from the keyring"));
    m_remember->setToolTip(tr("Keeps the password in the desktop's keyring (GNOME Keyring, KWallet), never in "
                              "Rapport's settings."));
    m_mailbox->setText(QStringLiteral("INBOX"));
    m_mailbox->setToolTip(tr("The folder on the server to read, such as INBOX or Sent."));
    imapForm->addRow(tr("Ser&ver:"), m_host);
    imapForm->addRow(tr("&Encryption:"), m_security);
    imapForm->addRow(tr("&Port:"), m_port);
    imapForm->addRow(tr("&User:"), m_user);
    imapForm->addRow(tr("Pass&word:"), m_password);
    imapForm->addRow(QString(), m_remember);
    imapForm->addRow(tr("Mail&box:"), m_mailbox);
    auto *browseCertificate = new QPushButton(tr("Choose…"), this);
    m_certificate->setPlaceholderText(tr("only for a server with a certificate of its own"));
    m_certificate->setToolTip(tr("A server whose certificate no authority signed (self-signed) is refused unless you "
                                 "choose its certificate here (a .pem or .crt file from its administrator)."));
    imapForm->addRow(buddyLabel(tr("&Certificate:"), m_certificate), pathRow(m_certificate, browseCertificate));
    connect(browseCertificate, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Trusted Certificate"), m_certificate->text(),
                                                          tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            m_certificate->setText(QDir::toNativeSeparators(path));
    });
    m_pages->addWidget(imap);

    m_ownAddresses->setPlaceholderText(tr("you@example.com, office@example.com"));
    m_ownAddresses->setToolTip(tr("Mail from these addresses is yours (outbound); mail from a client's address is theirs "
                                  "(inbound). Found from the account where it says them."));
    m_addressProblem->setWordWrap(true);
    m_addressProblem->setTextFormat(Qt::PlainText);
    m_addressProblem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_addressProblem->hide();
    m_since->setCalendarPopup(true);
    m_since->setDate(QDate::currentDate().addYears(-1));
    m_since->setEnabled(false);

    auto *common = new QFormLayout;
    common->addRow(tr("Your &addresses:"), m_ownAddresses);
    common->addRow(QString(), m_addressProblem);
    common->addRow(m_limitSince, m_since);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Read"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sources, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked) {
            // Only the chosen page takes room, so the dialog does not keep the tallest one's height.
            for (int page = 0; page < m_pages->count(); ++page)
                m_pages->widget(page)->setSizePolicy(page == id ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                                     page == id ? QSizePolicy::Preferred : QSizePolicy::Ignored);
            m_pages->setCurrentIndex(id);
            adjustSize();
        }
        updateButtons();
    });
    connect(browseProfile, &QPushButton::clicked, this, &ReadMailDialog::choosePath);
    connect(browseFolder, &QPushButton::clicked, this, &ReadMailDialog::choosePath);
    connect(browseMbox, &QPushButton::clicked, this, &ReadMailDialog::choosePath);
    connect(m_security, &QComboBox::currentIndexChanged, this, [this](int index) {
        // Follow the usual port unless the owner typed another.
        if (m_port->value() == ImapsPort || m_port->value() == ImapPort)
            m_port->setValue(index == 0 ? ImapsPort : ImapPort);
    });
    connect(m_limitSince, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    for (QLineEdit *edit : {m_folder, m_mbox, m_host, m_user, m_mailbox, m_ownAddresses})
        connect(edit, &QLineEdit::textChanged, this, &ReadMailDialog::updateButtons);
    connect(m_profile, &QComboBox::currentTextChanged, this, &ReadMailDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(choiceLayout);
    layout->addWidget(m_pages);
    layout->addLayout(common);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    m_sources->button(int(Source::Folder))->setChecked(true);
}

void ReadMailDialog::setThunderbirdProfiles(const QStringList &profiles)
{
    m_profile->clear();
    for (const QString &profile : profiles)
        m_profile->addItem(QDir::toNativeSeparators(profile), profile);
    if (!profiles.isEmpty())
        m_sources->button(int(Source::Thunderbird))->setChecked(true);
    updateButtons();
}

ReadMailDialog::Source ReadMailDialog::source() const
{
    return Source(m_sources->checkedId());
}

void ReadMailDialog::setLocation(const QString &location)
{
    const QUrl url(location);
    if (url.scheme() == QLatin1String("imaps") || url.scheme() == QLatin1String("imap")) {
        const bool tls = url.scheme() == QLatin1String("imaps");
        m_security->setCurrentIndex(tls ? 0 : 1);
        m_host->setText(url.host());
        m_port->setValue(url.port(tls ? ImapsPort : ImapPort));
        m_user->setText(url.userName());
        const QString mailbox = url.path().mid(1);
        m_mailbox->setText(mailbox.isEmpty() ? QStringLiteral("INBOX") : mailbox);
        m_sources->button(int(Source::Imap))->setChecked(true);
        return;
    }
    const QFileInfo info(location);
    if (location.isEmpty() || !info.exists())
        return;
    if (info.isFile()) {
        m_mbox->setText(QDir::toNativeSeparators(location));
        m_sources->button(int(Source::Mbox))->setChecked(true);
    } else if (m_profile->findData(location) >= 0) {
        m_profile->setCurrentIndex(m_profile->findData(location));
        m_sources->button(int(Source::Thunderbird))->setChecked(true);
    } else {
        m_folder->setText(QDir::toNativeSeparators(location));
        m_sources->button(int(Source::Folder))->setChecked(true);
    }
}

QString ReadMailDialog::location() const
{
    switch (source()) {
    case Source::Thunderbird: {
        const int index = m_profile->findText(m_profile->currentText());
        return index >= 0 ? m_profile->itemData(index).toString() : QDir::fromNativeSeparators(m_profile->currentText().trimmed());
    }
    case Source::Folder: return QDir::fromNativeSeparators(m_folder->text().trimmed());
    case Source::Mbox: return QDir::fromNativeSeparators(m_mbox->text().trimmed());
    case Source::Imap: break;
    }
    const bool tls = m_security->currentIndex() == 0;
    QUrl url;
    url.setScheme(tls ? QStringLiteral("imaps") : QStringLiteral("imap"));
    url.setHost(m_host->text().trimmed());
    if (m_port->value() != (tls ? ImapsPort : ImapPort))
        url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_mailbox->text().trimmed());
    return url.toString(QUrl::FullyEncoded);
}

QString ReadMailDialog::password() const
{
    return m_password->text();
}

void ReadMailDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

bool ReadMailDialog::remembersPassword() const
{
    return m_remember->isChecked();
}

QStringList ReadMailDialog::ownAddresses() const
{
    return parseAddresses(m_ownAddresses->text());
}

void ReadMailDialog::setOwnAddresses(const QStringList &addresses)
{
    m_ownAddresses->setText(addresses.join(QStringLiteral(", ")));
}

QString ReadMailDialog::trustedCertificate() const
{
    return source() == Source::Imap ? QDir::fromNativeSeparators(m_certificate->text().trimmed()) : QString();
}

void ReadMailDialog::setTrustedCertificate(const QString &file)
{
    m_certificate->setText(QDir::toNativeSeparators(file));
}

QDate ReadMailDialog::since() const
{
    return m_limitSince->isChecked() ? m_since->date() : QDate();
}

void ReadMailDialog::setSince(const QDate &since)
{
    m_limitSince->setChecked(since.isValid());
    if (since.isValid())
        m_since->setDate(since);
}

QStringList ReadMailDialog::parseAddresses(const QString &text, QStringList *rest)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList addresses;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        static const QRegularExpression addressForm(QStringLiteral("^[^@<>()\\[\\]\"]+@[^@<>()\\[\\]\"]+$"));
        const QString address = word.toLower();
        if (!addressForm.match(address).hasMatch()) {
            if (rest)
                rest->append(word);
            continue;
        }
        if (!addresses.contains(address))
            addresses.append(address);
    }
    return addresses;
}

void ReadMailDialog::choosePath()
{
    switch (source()) {
    case Source::Thunderbird: {
        const QString start = m_profile->currentText().isEmpty() ? QDir::homePath() + QStringLiteral("/.thunderbird")
                                                                : m_profile->currentText();
        const QString path = QFileDialog::getExistingDirectory(this, tr("Thunderbird Profile"), start);
        if (!path.isEmpty())
            m_profile->setCurrentText(QDir::toNativeSeparators(path));
        break;
    }
    case Source::Folder: {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Folder of Messages"), m_folder->text());
        if (!path.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(path));
        break;
    }
    case Source::Mbox: {
        const QString path = QFileDialog::getOpenFileName(this, tr("Mbox File"), m_mbox->text());
        if (!path.isEmpty())
            m_mbox->setText(QDir::toNativeSeparators(path));
        break;
    }
    case Source::Imap: break;
    }
}

void ReadMailDialog::updateButtons()
{
    QStringList notAddresses;
    parseAddresses(m_ownAddresses->text(), &notAddresses);
    m_addressProblem->setText(notAddresses.isEmpty() ? QString()
                                                     : tr("Not an email address: %1").arg(notAddresses.join(QStringLiteral(", "))));
    m_addressProblem->setVisible(!notAddresses.isEmpty());

    bool complete = false;
    switch (source()) {
    case Source::Thunderbird: complete = !m_profile->currentText().trimmed().isEmpty(); break;
    case Source::Folder: complete = !m_folder->text().trimmed().isEmpty(); break;
    case Source::Mbox: complete = !m_mbox->text().trimmed().isEmpty(); break;
    case Source::Imap:
        complete = !m_host->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty()
            && !m_mailbox->text().trimmed().isEmpty();
        break;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && notAddresses.isEmpty());
}
