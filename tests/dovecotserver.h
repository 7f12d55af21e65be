#pragma once

// A throwaway Dovecot IMAP server for the tests: its configuration, certificate, user and Maildir
// in a temporary folder, listening on 127.0.0.1 only at free ports, one with TLS from the first
// byte (imaps) and one for STARTTLS, both requiring encryption. It runs as root (as in CI, with
// Debian's dovecot and dovenull users and mail owned by nobody) and as a normal user (everything
// as that user). Messages are saved with doveadm, which also reads flags and renumbers a mailbox.
// The server stops when the object goes, also when a test fails.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

class DovecotServer
{
public:
    DovecotServer() = default;
    ~DovecotServer() { stop(); }
    DovecotServer(const DovecotServer &) = delete;
    DovecotServer &operator=(const DovecotServer &) = delete;

    /** The programs the server needs; empty when all are there, else what to install. */
    static QString missingPrograms()
    {
        const QStringList paths = {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/sbin")};
        for (const QString &program : {QStringLiteral("dovecot"), QStringLiteral("doveadm"), QStringLiteral("openssl")}) {
            if (QStandardPaths::findExecutable(program).isEmpty() && QStandardPaths::findExecutable(program, paths).isEmpty())
                return QStringLiteral("%1 is not installed (apt-get install dovecot-imapd openssl)").arg(program);
        }
        return {};
    }

    /** Writes everything and starts the server; empty when it answers, else why not (with its log). */
    QString start()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        if (m_certificate.isEmpty()) {
            const QString error = setUp();
            if (!error.isEmpty())
                return error;
        }
        m_process.setProgram(program(QStringLiteral("dovecot")));
        m_process.setArguments({QStringLiteral("-F"), QStringLiteral("-c"), configFile()});
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted())
            return QStringLiteral("dovecot did not start: %1").arg(m_process.errorString());
        const QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            if (m_process.state() != QProcess::Running)
                return QStringLiteral("dovecot stopped: %1 %2").arg(QString::fromLocal8Bit(m_process.readAll()), log());
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_tlsPort);
            if (socket.waitForConnected(500)) {
                socket.disconnectFromHost();
                return {};
            }
            QThread::msleep(50);
        }
        stop();
        return QStringLiteral("dovecot did not answer on port %1: %2").arg(m_tlsPort).arg(log());
    }

    /** Stops the server and closes its connections. */
    void stop() { end(SIGTERM); }
    /** Ends the server as a crash would: every process of it killed, its connections dropped mid-way. */
    void crash() { end(SIGKILL); }

    quint16 tlsPort() const { return m_tlsPort; }
    quint16 startTlsPort() const { return m_startTlsPort; }
    QString user() const { return QStringLiteral("rapport"); }
    QString password() const { return QStringLiteral("correct \"horse\" \\battery staple"); }
    /** The server's self-signed certificate (PEM), for 127.0.0.1 only. */
    QString certificateFile() const { return m_certificate; }
    /** Another self-signed certificate, not the server's. */
    QString otherCertificateFile() const { return m_dir.filePath(QStringLiteral("other.pem")); }
    QString log() const
    {
        QFile file(m_dir.filePath(QStringLiteral("dovecot.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
    }

    /** Saves @p message (CRLF lines) at the end of @p mailbox, marked read when @p seen; empty or the error. */
    QString addMessage(const QByteArray &message, bool seen = false, const QString &mailbox = QStringLiteral("INBOX"))
    {
        QString error = doveadm({QStringLiteral("save")}, {QStringLiteral("-m"), mailbox}, message);
        if (error.isEmpty() && seen) {
            QByteArray uids;
            error = doveadm({QStringLiteral("search")}, {QStringLiteral("mailbox"), mailbox, QStringLiteral("all")}, {}, &uids);
            const QString last = QString::fromLatin1(uids.trimmed()).split(QLatin1Char('\n')).last().section(QLatin1Char(' '), 1);
            if (error.isEmpty())
                error = doveadm({QStringLiteral("flags"), QStringLiteral("add")},
                                {QStringLiteral("\\Seen"), QStringLiteral("mailbox"), mailbox, QStringLiteral("uid"), last});
        }
        return error;
    }
    /** Creates a mailbox besides INBOX; empty or the error. */
    QString createMailbox(const QString &name) { return doveadm({QStringLiteral("mailbox"), QStringLiteral("create")}, {name}); }
    /** The UIDs of the messages in @p mailbox that have the \Seen flag, as the server knows them. */
    QSet<quint32> seenUids(const QString &mailbox = QStringLiteral("INBOX"))
    {
        QByteArray output;
        doveadm({QStringLiteral("search")}, {QStringLiteral("mailbox"), mailbox, QStringLiteral("seen")}, {}, &output);
        QSet<quint32> uids;
        for (const QByteArray &line : output.split('\n')) {
            if (!line.trimmed().isEmpty())
                uids.insert(line.trimmed().split(' ').last().toUInt());
        }
        return uids;
    }
    /** Gives @p mailbox a new UIDVALIDITY, as a server does when it renumbers a mailbox; empty or the error. */
    QString setUidValidity(quint32 validity, const QString &mailbox = QStringLiteral("INBOX"))
    {
        return doveadm({QStringLiteral("mailbox"), QStringLiteral("update")},
                       {QStringLiteral("--uid-validity"), QString::number(validity), mailbox});
    }

private:
    static QString program(const QString &name)
    {
        const QString found = QStandardPaths::findExecutable(name);
        return found.isEmpty()
            ? QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/sbin")})
            : found;
    }
    QString configFile() const { return m_dir.filePath(QStringLiteral("dovecot.conf")); }

    /** The processes the master started: Dovecot's IMAP processes outlive their master on purpose. */
    QList<pid_t> children() const
    {
        const QByteArray master = QByteArray::number(m_process.processId());
        QList<pid_t> found;
        const QStringList processes = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &process : processes) {
            QFile status(QStringLiteral("/proc/%1/stat").arg(process));
            if (!status.open(QIODevice::ReadOnly))
                continue;
            // pid (name) state ppid ...: the name may hold spaces, so read after its closing parenthesis.
            const QByteArray stat = status.readAll();
            const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 1 && fields.at(1) == master)
                found.append(pid_t(process.toInt()));
        }
        return found;
    }

    /** Sends @p signal to the master and to each of its processes, and waits for the master. */
    void end(int signal)
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        const QList<pid_t> processes = children();
        for (const pid_t process : processes)
            ::kill(process, signal);
        ::kill(pid_t(m_process.processId()), signal);
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    /** Runs doveadm @p command for the test user with @p arguments; empty or the error. */
    QString doveadm(const QStringList &command, const QStringList &arguments, const QByteArray &input = {}, QByteArray *output = nullptr)
    {
        const QStringList words = command + QStringList{QStringLiteral("-u"), user()} + arguments;
        QProcess process;
        process.start(program(QStringLiteral("doveadm")), QStringList{QStringLiteral("-c"), configFile()} + words);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return QStringLiteral("doveadm %1 failed: %2").arg(words.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAllStandardError()));
        if (output)
            *output = process.readAllStandardOutput();
        return {};
    }

    static quint16 freePort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }

    static QString makeCertificate(const QString &key, const QString &certificate, const QString &name, const QString &alternativeNames)
    {
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(program(QStringLiteral("openssl")),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate, QStringLiteral("-subj"), QStringLiteral("/CN=") + name,
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + alternativeNames});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            return QStringLiteral("openssl req failed: %1").arg(QString::fromLocal8Bit(openssl.readAll()));
        return {};
    }

    QString setUp()
    {
        const QDir dir(m_dir.path());
        const QString key = dir.filePath(QStringLiteral("server.key"));
        const QString certificate = dir.filePath(QStringLiteral("server.pem"));
        QString error = makeCertificate(key, certificate, QStringLiteral("Rapport test server"), QStringLiteral("IP:127.0.0.1"));
        if (error.isEmpty())
            error = makeCertificate(dir.filePath(QStringLiteral("other.key")), otherCertificateFile(), QStringLiteral("Rapport other server"),
                                    QStringLiteral("IP:127.0.0.1"));
        if (error.isEmpty() && !(dir.mkpath(QStringLiteral("base")) && dir.mkpath(QStringLiteral("state")) && dir.mkpath(QStringLiteral("home"))))
            error = QStringLiteral("cannot make the server's folders");
        if (!error.isEmpty())
            return error;

        // As root, Dovecot's own users run the login and internal processes, and the mail belongs to
        // nobody (Dovecot refuses mail owned by root); as a normal user, everything runs as that user.
        const bool root = geteuid() == 0;
        const passwd *mailOwner = root ? getpwnam("nobody") : getpwuid(geteuid());
        if (!mailOwner)
            return QStringLiteral("no user to own the mail");
        const uid_t mailUid = mailOwner->pw_uid;
        const gid_t mailGid = mailOwner->pw_gid;
        const QString ownUser = QString::fromLocal8Bit(mailOwner->pw_name);
        const group *ownGroup = getgrgid(getegid());
        QString users;
        if (root) {
            QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                                    | QFile::ReadOther | QFile::ExeOther);
            if (chown(QFile::encodeName(dir.filePath(QStringLiteral("home"))).constData(), mailUid, mailGid) != 0)
                return QStringLiteral("cannot give the mail folder to nobody");
            users = QStringLiteral("default_login_user = dovenull\ndefault_internal_user = dovecot\n");
        } else {
            users = QStringLiteral("default_login_user = %1\ndefault_internal_user = %1\ndefault_internal_group = %2\n"
                                   "service anvil {\n  chroot =\n}\n")
                        .arg(ownUser, ownGroup ? QString::fromLocal8Bit(ownGroup->gr_name) : ownUser);
        }

        QFile passwd(dir.filePath(QStringLiteral("passwd")));
        if (!passwd.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the password file");
        passwd.write(QStringLiteral("%1:{PLAIN}%2:%3:%4::%5::\n")
                         .arg(user(), password(), QString::number(mailUid), QString::number(mailGid), dir.filePath(QStringLiteral("home")))
                         .toUtf8());
        passwd.close();

        m_tlsPort = freePort();
        do
            m_startTlsPort = freePort();
        while (m_startTlsPort == m_tlsPort);
        const QString loginChroot = root ? QString() : QStringLiteral("  chroot =\n");
        QFile config(configFile());
        if (!config.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the configuration");
        config.write(QStringLiteral("protocols = imap\n"
                                    "listen = 127.0.0.1\n"
                                    "base_dir = %1\n"
                                    "state_dir = %2\n"
                                    "log_path = %3\n"
                                    "instance_name = rapport-test-%4\n"
                                    "%5"
                                    "ssl = required\n"
                                    "ssl_cert = <%6\n"
                                    "ssl_key = <%7\n"
                                    "auth_mechanisms = plain login\n"
                                    "passdb {\n  driver = passwd-file\n  args = scheme=PLAIN %8\n}\n"
                                    "userdb {\n  driver = passwd-file\n  args = %8\n}\n"
                                    "first_valid_uid = 1\n"
                                    "mail_location = maildir:~/Maildir\n"
                                    "service imap-login {\n%9"
                                    "  inet_listener imap {\n    address = 127.0.0.1\n    port = %10\n  }\n"
                                    "  inet_listener imaps {\n    address = 127.0.0.1\n    port = %11\n    ssl = yes\n  }\n"
                                    "}\n")
                         .arg(dir.filePath(QStringLiteral("base")), dir.filePath(QStringLiteral("state")), dir.filePath(QStringLiteral("dovecot.log")),
                              QString::number(m_tlsPort), users, certificate, key, passwd.fileName(), loginChroot)
                         .arg(m_startTlsPort)
                         .arg(m_tlsPort)
                         .toUtf8());
        config.close();
        m_certificate = certificate;
        return {};
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_certificate;
    quint16 m_tlsPort = 0;
    quint16 m_startTlsPort = 0;
};
