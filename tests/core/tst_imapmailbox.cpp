#include "dovecotserver.h"
#include "imapmailbox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Rapport::ImapAccount;
using Rapport::ImapMailbox;

namespace {

struct Received
{
    quint32 uid;
    QByteArray header;
};

/** A message as a client would send it, numbered @p n. */
QByteArray clientMessage(int n)
{
    return QStringLiteral("Message-ID: <message-%1@client.example>\r\n"
                          "From: Client %1 <client%1@client.example>\r\n"
                          "To: owner@shop.example\r\n"
                          "Date: Mon, 7 Dec 2026 10:%2:00 +0000\r\n"
                          "Subject: Order %1\r\n"
                          "X-Not-Fetched: %1\r\n"
                          "\r\n"
                          "The body of message %1, which is never read.\r\n")
        .arg(n)
        .arg(n % 60, 2, 10, QLatin1Char('0'))
        .toUtf8();
}

} // namespace

class tst_ImapMailbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldParseAddress_data();
    void shouldParseAddress();
    void shouldRefuseAddress_data();
    void shouldRefuseAddress();
    void shouldWriteAddressThatReadsBack();

    void shouldReadEveryMessageHeader();
    void shouldReadOnlyNewMessagesTheNextTime();
    void shouldLeaveMessagesUnread();
    void shouldReadEverythingAgainWhenMailboxIsRenumbered();
    void shouldReadOverStartTls();
    void shouldReadMailboxWithNonAsciiName();
    void shouldStopBetweenChunksWhenCancelled();
    void shouldRefuseUntrustedCertificate();
    void shouldRefuseCertificateForAnotherName();
    void shouldRefuseWrongPassword();
    void shouldSayTrustedCertificateFileIsUnusable();
    void shouldSayPortSpeaksWithoutTls();
    void shouldSayMailboxIsMissing();
    void shouldSayConnectionWasLost();
    void shouldSayServerCannotBeReached();
    void shouldRefusePlainConnectionToAnotherComputer();
    void shouldReadPlainConnectionToThisComputer();
    void shouldReadEverythingFromUnreadablePosition();
    void shouldGiveUpOnSilentServer_data();
    void shouldGiveUpOnSilentServer();

private:
    ImapAccount account(ImapAccount::Security security = ImapAccount::Security::Tls) const;
    /** Reads with @p mailbox from @p since; what was handed over. */
    static QList<Received> readAll(ImapMailbox &mailbox, const QString &since = QString(), bool *ok = nullptr);
    void addMessages(int first, int last);

    std::unique_ptr<DovecotServer> m_server;
};

void tst_ImapMailbox::init()
{
    const QByteArray test = QTest::currentTestFunction();
    if (test.startsWith("shouldParse") || test.startsWith("shouldRefuseAddress") || test.startsWith("shouldWriteAddress")
        || test == "shouldRefusePlainConnectionToAnotherComputer" || test == "shouldGiveUpOnSilentServer")
        return;
    const QString missing = DovecotServer::missingPrograms();
    if (!missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("No IMAP server to test against: %1").arg(missing)));
    m_server = std::make_unique<DovecotServer>();
    const QString error = m_server->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_ImapMailbox::cleanup()
{
    m_server.reset();
}

ImapAccount tst_ImapMailbox::account(ImapAccount::Security security) const
{
    ImapAccount account;
    account.host = QStringLiteral("127.0.0.1");
    account.security = security;
    account.port = security == ImapAccount::Security::Tls ? m_server->tlsPort() : m_server->startTlsPort();
    account.user = m_server->user();
    account.password = m_server->password();
    account.trustedCertificateFile = m_server->certificateFile();
    return account;
}

QList<Received> tst_ImapMailbox::readAll(ImapMailbox &mailbox, const QString &since, bool *ok)
{
    QList<Received> received;
    const bool done = mailbox.read(since, [&received](quint32 uid, const QByteArray &header) { received.append({uid, header}); });
    if (ok)
        *ok = done;
    else if (!done)
        qWarning("read failed: %s", qPrintable(mailbox.errorString()));
    return received;
}

void tst_ImapMailbox::addMessages(int first, int last)
{
    for (int n = first; n <= last; ++n) {
        const QString error = m_server->addMessage(clientMessage(n));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void tst_ImapMailbox::shouldParseAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("security");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("effectivePort");
    QTest::addColumn<QString>("mailbox");

    const int tls = int(ImapAccount::Security::Tls);
    const int startTls = int(ImapAccount::Security::StartTls);
    QTest::newRow("imaps, mailbox left out") << "imaps://anna@mail.example" << tls << "anna" << "mail.example" << 0 << 993 << "INBOX";
    QTest::newRow("imaps, slash only") << "imaps://anna@mail.example/" << tls << "anna" << "mail.example" << 0 << 993 << "INBOX";
    QTest::newRow("imaps with port and mailbox") << "imaps://anna@mail.example:1993/Clients" << tls << "anna" << "mail.example" << 1993
                                                 << 1993 << "Clients";
    QTest::newRow("imap is STARTTLS") << "imap://anna@mail.example/INBOX" << startTls << "anna" << "mail.example" << 0 << 143 << "INBOX";
    QTest::newRow("user with an encoded @") << "imaps://anna%40shop.example@mail.example/INBOX" << tls << "anna@shop.example"
                                            << "mail.example" << 0 << 993 << "INBOX";
    QTest::newRow("nested mailbox, encoded space") << "imaps://anna@mail.example/Archive/2026%20Orders" << tls << "anna" << "mail.example"
                                                   << 0 << 993 << "Archive/2026 Orders";
    QTest::newRow("mailbox with non-ASCII letters") << "imaps://anna@mail.example/Ärger" << tls << "anna" << "mail.example" << 0 << 993
                                                    << "Ärger";
    QTest::newRow("IPv6 address") << "imaps://anna@[::1]:993/INBOX" << tls << "anna" << "::1" << 993 << 993 << "INBOX";
    QTest::newRow("spaces around") << "  imaps://anna@mail.example/INBOX \n" << tls << "anna" << "mail.example" << 0 << 993 << "INBOX";
    QTest::newRow("email address as user") << "imaps://anna@shop.example@mail.example/INBOX" << tls << "anna@shop.example"
                                           << "mail.example" << 0 << 993 << "INBOX";
    QTest::newRow("international server name") << "imaps://anna@bücher.example/INBOX" << tls << "anna" << "xn--bcher-kva.example" << 0
                                               << 993 << "INBOX";
    QTest::newRow("upper-case server name") << "imaps://anna@Mail.Example/INBOX" << tls << "anna" << "mail.example" << 0 << 993 << "INBOX";
}

void tst_ImapMailbox::shouldParseAddress()
{
    QFETCH(QString, address);
    QFETCH(int, security);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(int, effectivePort);
    QFETCH(QString, mailbox);

    // GIVEN an address as the owner writes it
    // WHEN it is read
    QString error = QStringLiteral("not cleared");
    const ImapAccount account = ImapAccount::fromAddress(address, &error);

    // THEN every part is where it belongs, and there is no password
    QCOMPARE(error, QString());
    QCOMPARE(int(account.security), security);
    QCOMPARE(account.user, user);
    QCOMPARE(account.host, host);
    QCOMPARE(int(account.port), port);
    QCOMPARE(int(account.effectivePort()), effectivePort);
    QCOMPARE(account.mailbox, mailbox);
    QCOMPARE(account.password, QString());
}

void tst_ImapMailbox::shouldRefuseAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("error");

    const QString form = QStringLiteral("Write the mail account as imaps://user@server/INBOX.");
    const QString noUser = QStringLiteral("The mail account address has no user name: write it as imaps://user@server/INBOX.");
    const QString noHost = QStringLiteral("The mail account address has no server name: write it as imaps://user@server/INBOX.");
    const QString password = QStringLiteral("Leave the password out of the mail account address: Rapport asks for it and keeps it in the keyring.");
    const QString port = QStringLiteral("The port of the mail account must be a number from 1 to 65535.");
    const QString characters = QStringLiteral("The mail account address has characters that cannot be in it.");

    QTest::newRow("empty") << "" << form;
    QTest::newRow("blank") << "   " << form;
    QTest::newRow("no scheme") << "anna@mail.example/INBOX" << form;
    QTest::newRow("web address") << "https://anna@mail.example/INBOX" << form;
    QTest::newRow("pop3") << "pop3s://anna@mail.example" << form;
    QTest::newRow("no user") << "imaps://mail.example/INBOX" << noUser;
    QTest::newRow("empty user") << "imaps://@mail.example/INBOX" << noUser;
    QTest::newRow("no server") << "imaps://anna@/INBOX" << noHost;
    QTest::newRow("password") << "imaps://anna:secret@mail.example/INBOX" << password;
    QTest::newRow("empty password") << "imaps://anna:@mail.example/INBOX" << password;
    QTest::newRow("port zero") << "imaps://anna@mail.example:0/INBOX" << port;
    QTest::newRow("port too big") << "imaps://anna@mail.example:65536/INBOX" << port;
    QTest::newRow("port not a number") << "imaps://anna@mail.example:imaps/INBOX" << port;
    QTest::newRow("negative port") << "imaps://anna@mail.example:-1/INBOX" << port;
    QTest::newRow("CRLF in mailbox") << "imaps://anna@mail.example/INBOX\r\na2 DELETE INBOX" << characters;
    QTest::newRow("encoded CRLF in mailbox") << "imaps://anna@mail.example/INBOX%0D%0Aa2%20DELETE%20INBOX" << characters;
    QTest::newRow("encoded NUL in user") << "imaps://anna%00x@mail.example/INBOX" << characters;
    QTest::newRow("query") << "imaps://anna@mail.example/INBOX?x=1" << form;
    QTest::newRow("fragment") << "imaps://anna@mail.example/INBOX#top" << form;
    QTest::newRow("space in server name") << "imaps://anna@mail example/INBOX" << form;
    QTest::newRow("very long") << QStringLiteral("imaps://anna@mail.example/") + QString(5000, QLatin1Char('a')) << characters;
}

void tst_ImapMailbox::shouldRefuseAddress()
{
    QFETCH(QString, address);
    QFETCH(QString, error);

    // GIVEN an address that is wrong or hostile
    // WHEN it is read
    QString message;
    const ImapAccount account = ImapAccount::fromAddress(address, &message);

    // THEN it is refused with a sentence saying what is wrong, and no server is named
    QCOMPARE(message, error);
    QCOMPARE(account.host, QString());
}

void tst_ImapMailbox::shouldWriteAddressThatReadsBack()
{
    // GIVEN an account with an @ in the user, a port, a nested mailbox and a password
    ImapAccount account;
    account.security = ImapAccount::Security::StartTls;
    account.user = QStringLiteral("anna@shop.example");
    account.host = QStringLiteral("mail.example");
    account.port = 1143;
    account.mailbox = QStringLiteral("Archive/2026 Orders");
    account.password = QStringLiteral("secret");

    // WHEN its address is written and read again
    const QString address = account.address();
    const ImapAccount back = ImapAccount::fromAddress(address);

    // THEN the address carries no password and reads back the same
    QCOMPARE(address, QStringLiteral("imap://anna%40shop.example@mail.example:1143/Archive/2026%20Orders"));
    QCOMPARE(back.user, account.user);
    QCOMPARE(back.host, account.host);
    QCOMPARE(back.port, account.port);
    QCOMPARE(back.mailbox, account.mailbox);
    QCOMPARE(back.security, account.security);
    QCOMPARE(account.displayName(), QStringLiteral("Archive/2026 Orders of anna@shop.example@mail.example"));
}

void tst_ImapMailbox::shouldReadEveryMessageHeader()
{
    // GIVEN three messages in the inbox
    addMessages(1, 3);

    // WHEN the mailbox is read from the start, one message per chunk
    ImapMailbox mailbox(account());
    mailbox.setChunkSize(1);
    QList<QPair<qsizetype, qsizetype>> progress;
    mailbox.setProgressHandler([&progress](qsizetype done, qsizetype total) { progress.append({done, total}); });
    bool ok = false;
    const QList<Received> received = readAll(mailbox, QString(), &ok);

    // THEN every message's header fields come in UID order, without other fields or the body
    QVERIFY2(ok, qPrintable(mailbox.errorString()));
    QCOMPARE(mailbox.errorString(), QString());
    QCOMPARE(received.size(), 3);
    for (int n = 1; n <= 3; ++n) {
        const Received &message = received.at(n - 1);
        QCOMPARE(message.uid, quint32(n));
        const QByteArray number = QByteArray::number(n);
        QVERIFY(message.header.contains(QByteArray("Message-ID: <message-" + number + "@client.example>\r\n")));
        QVERIFY(message.header.contains(QByteArray("From: Client " + number + " <client" + number + "@client.example>\r\n")));
        QVERIFY(message.header.contains(QByteArray("To: owner@shop.example\r\n")));
        QVERIFY(message.header.contains(QByteArray("Subject: Order " + number + "\r\n")));
        QVERIFY(message.header.contains(QByteArray("Date: Mon, 7 Dec 2026 10:0" + number + ":00 +0000\r\n")));
        QVERIFY(!message.header.contains("X-Not-Fetched"));
        QVERIFY(!message.header.contains("never read"));
    }
    QVERIFY(!mailbox.position().isEmpty());
    QVERIFY(!mailbox.startedOver());
    const QList<QPair<qsizetype, qsizetype>> expectedProgress = {{0, 3}, {1, 3}, {2, 3}, {3, 3}};
    QCOMPARE(progress, expectedProgress);
}

void tst_ImapMailbox::shouldReadOnlyNewMessagesTheNextTime()
{
    // GIVEN a mailbox read once
    addMessages(1, 2);
    ImapMailbox mailbox(account());
    QCOMPARE(readAll(mailbox).size(), 2);
    const QString position = mailbox.position();

    // WHEN nothing came meanwhile
    // THEN the next read hands over nothing and keeps the position
    QCOMPARE(readAll(mailbox, position).size(), 0);
    QCOMPARE(mailbox.position(), position);

    // WHEN three messages arrive and the mailbox is read from where it stopped
    addMessages(3, 5);
    const QList<Received> received = readAll(mailbox, position);

    // THEN only the new ones come, and the position moves past them
    QCOMPARE(received.size(), 3);
    QCOMPARE(received.at(0).uid, 3u);
    QCOMPARE(received.at(2).uid, 5u);
    QVERIFY(received.at(0).header.contains("Subject: Order 3\r\n"));
    QVERIFY(mailbox.position() != position);
    QCOMPARE(readAll(mailbox, mailbox.position()).size(), 0);
}

void tst_ImapMailbox::shouldLeaveMessagesUnread()
{
    // GIVEN two unread messages and one the owner has read
    addMessages(1, 2);
    QCOMPARE(m_server->addMessage(clientMessage(3), true), QString());
    QCOMPARE(m_server->seenUids(), QSet<quint32>{3});

    // WHEN Rapport reads every header
    ImapMailbox mailbox(account());
    QCOMPARE(readAll(mailbox).size(), 3);

    // THEN the server still has the same message, and only that one, marked read
    QCOMPARE(m_server->seenUids(), QSet<quint32>{3});
}

void tst_ImapMailbox::shouldReadEverythingAgainWhenMailboxIsRenumbered()
{
    // GIVEN a mailbox read to the end
    addMessages(1, 2);
    ImapMailbox mailbox(account());
    QCOMPARE(readAll(mailbox).size(), 2);
    const QString position = mailbox.position();

    // WHEN the server renumbers it (a new UIDVALIDITY) and it is read from the old position
    QCOMPARE(m_server->setUidValidity(4242), QString());
    const QList<Received> received = readAll(mailbox, position);

    // THEN every message comes again, and the read says it started over
    QCOMPARE(received.size(), 2);
    QVERIFY(received.at(0).header.contains("Subject: Order 1\r\n"));
    QVERIFY(mailbox.startedOver());
    QCOMPARE(mailbox.position(), QStringLiteral("4242:2"));
}

void tst_ImapMailbox::shouldReadOverStartTls()
{
    // GIVEN a message, and the server's port for STARTTLS
    addMessages(1, 1);

    // WHEN the mailbox is read with STARTTLS
    ImapMailbox mailbox(account(ImapAccount::Security::StartTls));
    bool ok = false;
    const QList<Received> received = readAll(mailbox, QString(), &ok);

    // THEN the message comes as over TLS
    QVERIFY2(ok, qPrintable(mailbox.errorString()));
    QCOMPARE(received.size(), 1);
    QVERIFY(received.at(0).header.contains("Subject: Order 1\r\n"));
}

void tst_ImapMailbox::shouldReadMailboxWithNonAsciiName()
{
    // GIVEN a mailbox whose name is not ASCII, with a message, besides an empty inbox
    const QString name = QStringLiteral("Kunden & Ärger");
    QCOMPARE(m_server->createMailbox(name), QString());
    QCOMPARE(m_server->addMessage(clientMessage(7), false, name), QString());

    // WHEN that mailbox is read
    ImapAccount kunden = account();
    kunden.mailbox = name;
    ImapMailbox mailbox(kunden);
    bool ok = false;
    const QList<Received> received = readAll(mailbox, QString(), &ok);

    // THEN its message comes
    QVERIFY2(ok, qPrintable(mailbox.errorString()));
    QCOMPARE(received.size(), 1);
    QVERIFY(received.at(0).header.contains("Subject: Order 7\r\n"));
}

void tst_ImapMailbox::shouldStopBetweenChunksWhenCancelled()
{
    // GIVEN five messages read two at a time
    addMessages(1, 5);
    ImapMailbox mailbox(account());
    mailbox.setChunkSize(2);

    // WHEN the read is cancelled while the first chunk is handed over
    QList<quint32> uids;
    const bool ok = mailbox.read(QString(), [&](quint32 uid, const QByteArray &) {
        uids.append(uid);
        mailbox.cancel();
    });

    // THEN the chunk is finished, nothing more comes, and the position resumes after it
    QVERIFY(!ok);
    QVERIFY(mailbox.isCancelled());
    QCOMPARE(mailbox.errorString(), QStringLiteral("Reading mail from 127.0.0.1 was cancelled."));
    QCOMPARE(uids, (QList<quint32>{1, 2}));
    const QList<Received> rest = readAll(mailbox, mailbox.position());
    QCOMPARE(rest.size(), 3);
    QCOMPARE(rest.at(0).uid, 3u);
    QVERIFY(!mailbox.isCancelled());
}

void tst_ImapMailbox::shouldRefuseUntrustedCertificate()
{
    addMessages(1, 1);

    // GIVEN the server's self-signed certificate, not trusted
    ImapAccount untrusted = account();
    untrusted.trustedCertificateFile.clear();

    // WHEN the mailbox is read
    ImapMailbox mailbox(untrusted);
    bool ok = true;
    const QList<Received> received = readAll(mailbox, QString(), &ok);

    // THEN nothing is read and the owner learns whose certificate it is
    QVERIFY(!ok);
    QVERIFY(received.isEmpty());
    QVERIFY2(mailbox.errorString().startsWith(
                 QStringLiteral("The certificate of mail server 127.0.0.1 is not trusted: it is self-signed (CN=Rapport test server, SHA-256 fingerprint ")),
             qPrintable(mailbox.errorString()));
    QVERIFY(mailbox.errorString().endsWith(QStringLiteral("). If this is your own server, choose its certificate as trusted.")));
    QVERIFY(!m_server->log().contains(QStringLiteral("Login: user=<rapport>")));

    // WHEN another self-signed certificate is trusted instead
    untrusted.trustedCertificateFile = m_server->otherCertificateFile();
    ImapMailbox other(untrusted);

    // THEN the server's is still refused
    QVERIFY(readAll(other, QString(), &ok).isEmpty());
    QVERIFY(!ok);
    QVERIFY2(other.errorString().startsWith(QStringLiteral("The certificate of mail server 127.0.0.1 is not trusted: it is self-signed")),
             qPrintable(other.errorString()));
}

void tst_ImapMailbox::shouldRefuseCertificateForAnotherName()
{
    // GIVEN the trusted certificate names 127.0.0.1, and the server is reached as "localhost"
    ImapAccount byName = account();
    byName.host = QStringLiteral("localhost");

    // WHEN the mailbox is read
    ImapMailbox mailbox(byName);
    bool ok = true;
    readAll(mailbox, QString(), &ok);

    // THEN the certificate is refused as one for another server
    QVERIFY(!ok);
    QVERIFY2(mailbox.errorString().startsWith(
                 QStringLiteral("The certificate of mail server localhost is for another server (CN=Rapport test server, SHA-256 fingerprint ")),
             qPrintable(mailbox.errorString()));
}

void tst_ImapMailbox::shouldRefuseWrongPassword()
{
    // GIVEN a wrong password
    ImapAccount wrong = account();
    wrong.password = QStringLiteral("wrong");

    // WHEN the mailbox is read
    ImapMailbox mailbox(wrong);
    bool ok = true;
    readAll(mailbox, QString(), &ok);

    // THEN the login is refused with a message
    QVERIFY(!ok);
    QCOMPARE(mailbox.errorString(), QStringLiteral("The mail server 127.0.0.1 refused the login of rapport: check the user name and password."));
}

void tst_ImapMailbox::shouldSayTrustedCertificateFileIsUnusable()
{
    // GIVEN a trusted certificate file that is not there
    ImapAccount account = this->account();
    account.trustedCertificateFile = m_server->certificateFile() + QStringLiteral(".missing");

    // WHEN the mailbox is read
    ImapMailbox missing(account);
    bool ok = true;
    readAll(missing, QString(), &ok);

    // THEN the owner learns the file cannot be read
    QVERIFY(!ok);
    QCOMPARE(missing.errorString(), QStringLiteral("The trusted certificate file %1 cannot be read.").arg(account.trustedCertificateFile));

    // WHEN the file holds no certificate
    QTemporaryDir dir;
    account.trustedCertificateFile = dir.filePath(QStringLiteral("notes.txt"));
    QFile notes(account.trustedCertificateFile);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a certificate\n");
    notes.close();
    ImapMailbox junk(account);
    readAll(junk, QString(), &ok);

    // THEN the owner learns that, and nothing is read
    QVERIFY(!ok);
    QCOMPARE(junk.errorString(), QStringLiteral("The trusted certificate file %1 holds no certificate in PEM form.").arg(account.trustedCertificateFile));
}

void tst_ImapMailbox::shouldSayPortSpeaksWithoutTls()
{
    // GIVEN TLS asked of the port where the server expects STARTTLS
    ImapAccount account = this->account();
    account.port = m_server->startTlsPort();

    // WHEN the mailbox is read
    ImapMailbox mailbox(account);
    bool ok = true;
    readAll(mailbox, QString(), &ok);

    // THEN the owner is told to check the port and security
    QVERIFY(!ok);
    QCOMPARE(mailbox.errorString(),
             QStringLiteral("The mail server 127.0.0.1 did not start a secure connection on port %1: check the port and the security setting.")
                 .arg(account.port));
}

void tst_ImapMailbox::shouldSayMailboxIsMissing()
{
    // GIVEN a mailbox that does not exist
    ImapAccount missing = account();
    missing.mailbox = QStringLiteral("Clients");

    // WHEN it is read
    ImapMailbox mailbox(missing);
    bool ok = true;
    readAll(mailbox, QString(), &ok);

    // THEN the owner learns it is not there
    QVERIFY(!ok);
    QCOMPARE(mailbox.errorString(), QStringLiteral("There is no mailbox \"Clients\" on mail server 127.0.0.1 for rapport."));
}

void tst_ImapMailbox::shouldSayConnectionWasLost()
{
    // GIVEN four messages read one at a time
    addMessages(1, 4);
    ImapMailbox mailbox(account());
    mailbox.setChunkSize(1);

    // WHEN the server goes down after the first message
    QList<quint32> uids;
    const bool ok = mailbox.read(QString(), [&](quint32 uid, const QByteArray &) {
        uids.append(uid);
        m_server->crash();
    });

    // THEN the read fails with a message, and the position keeps the message handed over
    QVERIFY(!ok);
    QVERIFY(!mailbox.isCancelled());
    QCOMPARE(uids, QList<quint32>{1});
    QCOMPARE(mailbox.errorString(), QStringLiteral("The connection to mail server 127.0.0.1 was lost while reading the messages of \"INBOX\"."));
    QVERIFY(mailbox.position().endsWith(QStringLiteral(":1")));
}

void tst_ImapMailbox::shouldSayServerCannotBeReached()
{
    // GIVEN the server has stopped
    const ImapAccount stopped = account();
    m_server->stop();

    // WHEN the mailbox is read
    ImapMailbox mailbox(stopped);
    bool ok = true;
    readAll(mailbox, QString(), &ok);

    // THEN the owner learns the server cannot be reached
    QVERIFY(!ok);
    QCOMPARE(mailbox.errorString(),
             QStringLiteral("Cannot reach the mail server 127.0.0.1 on port %1: check the server name and port, and that this computer is online.")
                 .arg(stopped.port));
}

void tst_ImapMailbox::shouldRefusePlainConnectionToAnotherComputer()
{
    // GIVEN an unencrypted connection to a server elsewhere
    ImapAccount plain;
    plain.host = QStringLiteral("mail.example");
    plain.user = QStringLiteral("anna");
    plain.security = ImapAccount::Security::Plain;

    // WHEN it is read
    ImapMailbox mailbox(plain);
    bool ok = true;
    readAll(mailbox, QString(), &ok);

    // THEN it is refused before connecting
    QVERIFY(!ok);
    QCOMPARE(mailbox.errorString(), QStringLiteral("Rapport reads mail from mail.example only over an encrypted connection: choose TLS or STARTTLS."));
}

void tst_ImapMailbox::shouldReadPlainConnectionToThisComputer()
{
    // GIVEN a message, and an unencrypted connection to the server on this computer
    addMessages(1, 1);
    ImapAccount plain = account(ImapAccount::Security::Plain);
    plain.trustedCertificateFile.clear();

    // WHEN the mailbox is read
    ImapMailbox mailbox(plain);
    bool ok = false;
    const QList<Received> received = readAll(mailbox, QString(), &ok);

    // THEN the message comes (Dovecot counts a connection from 127.0.0.1 as secure)
    QVERIFY2(ok, qPrintable(mailbox.errorString()));
    QCOMPARE(received.size(), 1);
}

void tst_ImapMailbox::shouldReadEverythingFromUnreadablePosition()
{
    // GIVEN two messages
    addMessages(1, 2);

    // WHEN the mailbox is read from a position that is not one
    ImapMailbox mailbox(account());
    const QList<Received> received = readAll(mailbox, QStringLiteral("x:-1:\n"));

    // THEN everything comes, as on a first read
    QCOMPARE(received.size(), 2);
    QVERIFY(!mailbox.startedOver());
    QVERIFY(mailbox.position().endsWith(QStringLiteral(":2")));
}

void tst_ImapMailbox::shouldGiveUpOnSilentServer_data()
{
    QTest::addColumn<int>("security");
    QTest::newRow("TLS") << int(ImapAccount::Security::Tls);
    QTest::newRow("STARTTLS") << int(ImapAccount::Security::StartTls);
}

void tst_ImapMailbox::shouldGiveUpOnSilentServer()
{
    QFETCH(int, security);

    // GIVEN a server on this computer that takes connections and never says a word
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    ImapAccount account;
    account.host = QStringLiteral("127.0.0.1");
    account.port = silent.serverPort();
    account.security = ImapAccount::Security(security);
    account.user = QStringLiteral("anna");

    // WHEN the mailbox is read with a timeout of two seconds
    ImapMailbox mailbox(account);
    mailbox.setTimeout(2);
    bool ok = true;
    readAll(mailbox, QString(), &ok);

    // THEN the read gives up and says so
    QVERIFY(!ok);
    QCOMPARE(mailbox.errorString(), QStringLiteral("The mail server 127.0.0.1 did not answer for 2 seconds: it may be down or busy, try again later."));
}

QTEST_GUILESS_MAIN(tst_ImapMailbox)
#include "tst_imapmailbox.moc"
