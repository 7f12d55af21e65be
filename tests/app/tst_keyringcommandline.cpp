#include "databaselocation.h"
#include "passwordkeyring.h"
#include "rapportrun.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

using namespace Rapport;
using namespace TestSupport;

/**
 * The command line reads a server's password from the desktop's keyring, where the window keeps
 * it when the owner ticks "Remember" (what `rapport --remind` at login needs). Runs on a session bus
 * of its own with a GNOME keyring daemon of its own, unlocked with a test password, against a
 * database on the PostgreSQL test server; the machine's real keyring is never touched.
 */
class tst_KeyringCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldOpenAServerWithThePasswordTheKeyringKeeps();

private:
    QString keep(const QString &location, const QString &password);

    QTemporaryDir m_home;
    QProcess m_keyring;
};

void tst_KeyringCommandLine::initTestCase()
{
    RAPPORT_REQUIRE_BACKEND();
    QVERIFY(m_home.isValid());
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run on a session bus of its own (dbus-run-session)");
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    QVERIFY2(!daemon.isEmpty(), "gnome-keyring-daemon is not installed (package gnome-keyring)");
    // A keyring of this session only, its files under the test's own home.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    m_keyring.setProcessEnvironment(environment);
    m_keyring.start(daemon, {QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
    QVERIFY(m_keyring.waitForStarted());
    m_keyring.write("test-keyring-password");
    m_keyring.closeWriteChannel();
    // It forks into the background, ending with the session bus, and says where it is.
    QVERIFY(m_keyring.waitForFinished(20000));
    // No password from anywhere else.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", m_home.filePath(QStringLiteral("no-pgpass")).toUtf8());
}

QString tst_KeyringCommandLine::keep(const QString &location, const QString &password)
{
    QEventLoop loop;
    QString error = QStringLiteral("no answer from the keyring");
    PasswordKeyring::write(location, password, &loop, [&](const QString &why) {
        error = why;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    return error;
}

void tst_KeyringCommandLine::shouldOpenAServerWithThePasswordTheKeyringKeeps()
{
    // GIVEN a database on the server, and its address without the password
    const QString withPassword = newDatabase(m_home, QStringLiteral("keyring"));
    const DatabaseLocation location = DatabaseLocation::parse(withPassword);
    const QString address = location.toString();
    QVERIFY(!address.contains(location.password()));
    const QStringList generate = {QStringLiteral("--database"), address, QStringLiteral("--generate-sample"),
                                  QStringLiteral("5")};

    // WHEN the keyring does not know it yet, THEN the server asks for the password
    const RapportRun refused = runRapport(generate, m_home, {QStringLiteral("PGPASSWORD")});
    QVERIFY2(refused.normalExit() && refused.exitCode != 0, qPrintable(refused.summary()));
    QVERIFY2(refused.err.contains(QStringLiteral("asks for the password of rapport_admin")), qPrintable(refused.summary()));

    // WHEN the window's "Remember" has kept it in the keyring
    QCOMPARE(keep(address, location.password()), QString());
    const RapportRun generated = runRapport(generate, m_home, {QStringLiteral("PGPASSWORD")});

    // THEN the command line opens the server with it
    QVERIFY2(generated.normalExit() && generated.exitCode == 0, qPrintable(generated.summary()));
    QCOMPARE(generated.out.trimmed(), QStringLiteral("Added 5 sample clients to %1.").arg(location.displayName()));
}

QTEST_GUILESS_MAIN(tst_KeyringCommandLine)
#include "tst_keyringcommandline.moc"
