#include "passwordkeyring.h"

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

// No keyring is reachable here (see initTestCase): what Rapport does then is what is tested.
// A machine's real keyring is never touched.
class tst_PasswordKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldKeyAServerByItsAddressWithoutPassword();
    void shouldFindNothingWithoutAKeyring();
    void shouldKeepNothingAnywhereElseWithoutAKeyring();
};

void tst_PasswordKeyring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RapportTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_passwordkeyring"));
    QSettings().clear();
    // A session bus nobody listens on: no keyring service, as on a server or in CI.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/rapport-test-bus");
}

void tst_PasswordKeyring::shouldKeyAServerByItsAddressWithoutPassword()
{
    // THEN the service is Rapport and the key is the address as Open Recent keeps it
    QCOMPARE(PasswordKeyring::service(), QStringLiteral("Rapport"));
    QCOMPARE(PasswordKeyring::key(QStringLiteral("postgresql://anna:s3cret@crm.example:5433/clients?sslmode=require")),
             QStringLiteral("postgresql://anna@crm.example:5433/clients?sslmode=require"));
    QCOMPARE(PasswordKeyring::key(QStringLiteral("host=crm.example dbname=clients user=anna password=s3cret")),
             QStringLiteral("postgresql://anna@crm.example/clients"));
}

void tst_PasswordKeyring::shouldFindNothingWithoutAKeyring()
{
    // WHEN a password is read with no keyring to ask
    bool answered = false;
    QString password = QStringLiteral("unset");
    QString error;
    QObject context;
    PasswordKeyring::read(QStringLiteral("postgresql://anna@crm.example/clients"), &context,
                          [&](const QString &kept, const QString &why) {
                              answered = true;
                              password = kept;
                              error = why;
                          });

    // THEN the answer comes, without a password and with a reason
    QTRY_VERIFY(answered);
    QCOMPARE(password, QString());
    QVERIFY(!error.isEmpty());
}

void tst_PasswordKeyring::shouldKeepNothingAnywhereElseWithoutAKeyring()
{
    // WHEN a password is to be remembered with no keyring
    bool answered = false;
    QString error;
    QObject context;
    PasswordKeyring::write(QStringLiteral("postgresql://anna@crm.example/clients"), QStringLiteral("s3cret"), &context,
                           [&](const QString &why) {
                               answered = true;
                               error = why;
                           });

    // THEN it says it could not
    QTRY_VERIFY(answered);
    QVERIFY(!error.isEmpty());
    // AND the password is not in Rapport's settings (nor a plain-text stand-in for the keyring)
    QSettings settings;
    settings.sync();
    QVERIFY(settings.allKeys().isEmpty());
    QFile file(settings.fileName());
    QVERIFY(!file.exists() || (file.open(QIODevice::ReadOnly) && !file.readAll().contains("s3cret")));
    QSettings keychainFallback(PasswordKeyring::service());
    QVERIFY(keychainFallback.allKeys().isEmpty());

    // AND a later read finds nothing
    bool read = false;
    QString password = QStringLiteral("unset");
    PasswordKeyring::read(QStringLiteral("postgresql://anna@crm.example/clients"), &context,
                          [&](const QString &kept, const QString &) {
                              read = true;
                              password = kept;
                          });
    QTRY_VERIFY(read);
    QCOMPARE(password, QString());
}

QTEST_MAIN(tst_PasswordKeyring)
#include "tst_passwordkeyring.moc"
