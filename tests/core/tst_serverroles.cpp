// A team's server as the README sets it up: an owner role that holds the tables, a group role
// rapport_user with only the rights the application needs, people who log in as members of it,
// and TLS. Runs against the throwaway PostgreSQL server of the test run (tst_serverroles_postgresql).

#include "clientstore.h"
#include "databaselocation.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtTest>

using namespace Rapport;

class TestServerRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void shouldLetTheOwnerCreateAndAMemberWorkWithoutDdl();
    void shouldRefuseALoginThatIsNoMember();
    void shouldKeepHostileValuesIntactBetweenTwoPeople();
    void shouldConnectWithTlsAndSayItIsEncrypted();
    void shouldRefuseAServerWhoseCertificateIsNotTrusted();

private:
    /** The address of the team's database for @p role (password "pw-" + role). */
    QString addressFor(const QString &role, const QString &options = {}) const;
    QString role(const char *name) const { return m_prefix + QLatin1String(name); }

    QString m_prefix;   ///< this run's role names start with it: roles are the whole server's
    QString m_database;
    DatabaseLocation m_admin;
};

void TestServerRoles::initTestCase()
{
    RAPPORT_REQUIRE_BACKEND();
    if (!TestSupport::onServer())
        QSKIP("about a PostgreSQL server's roles: runs in tst_serverroles_postgresql");
    m_admin = DatabaseLocation::parse(TestSupport::serverAdminAddress());
    m_prefix = QStringLiteral("r%1_").arg(QCoreApplication::applicationPid());
    m_database = m_prefix + QStringLiteral("clients");
    // The README's set-up, word for word but for the names.
    const QStringList cluster = {
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw-%1'").arg(role("owner")),
        QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role("rapport_user")),
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw-%1' IN ROLE %2").arg(role("anna"), role("rapport_user")),
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw-%1' IN ROLE %2").arg(role("bob"), role("rapport_user")),
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw-%1'").arg(role("mallory")),
        QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(m_database, role("owner")),
        QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(m_database),
        QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(m_database, role("rapport_user")),
    };
    for (const QString &statement : cluster)
        QCOMPARE(TestSupport::serverExec(statement), QString());
    const QStringList inDatabase = {
        QStringLiteral("ALTER SCHEMA public OWNER TO %1").arg(role("owner")),
        QStringLiteral("REVOKE ALL ON SCHEMA public FROM PUBLIC"),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(role("rapport_user")),
        QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %2")
            .arg(role("owner"), role("rapport_user")),
        QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %2")
            .arg(role("owner"), role("rapport_user")),
    };
    for (const QString &statement : inDatabase)
        QCOMPARE(TestSupport::serverExec(statement, m_database), QString());
    // The owner connects first: Rapport creates its tables, which the group may then use.
    ClientStore owner;
    QVERIFY2(owner.open(addressFor(role("owner"))), qPrintable(owner.errorString()));
}

void TestServerRoles::cleanupTestCase()
{
    if (m_prefix.isEmpty())
        return;
    TestSupport::serverExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
    for (const char *name : {"anna", "bob", "mallory", "rapport_user", "owner"})
        TestSupport::serverExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role(name)));
}

QString TestServerRoles::addressFor(const QString &role, const QString &options) const
{
    return QStringLiteral("postgresql://%1:pw-%1@%2:%3/%4%5")
        .arg(role, m_admin.host())
        .arg(m_admin.port())
        .arg(m_database, options.isEmpty() ? QString() : QLatin1Char('?') + options);
}

void TestServerRoles::shouldLetTheOwnerCreateAndAMemberWorkWithoutDdl()
{
    ClientStore anna;
    QVERIFY2(anna.open(addressFor(role("anna"))), qPrintable(anna.errorString()));
    QCOMPARE(anna.role(), role("anna"));
    Client client;
    client.name = QStringLiteral("Ada Shop");
    const qint64 id = anna.addClient(client);
    QVERIFY2(id > 0, qPrintable(anna.errorString()));
    QCOMPARE(anna.client(id)->changedBy, role("anna"));
    QVERIFY(anna.setAuthorName(QStringLiteral("Anna")));
    Interaction call;
    call.clientId = id;
    call.happenedAt = QDateTime::currentDateTimeUtc();
    QVERIFY2(anna.addInteraction(call) > 0, qPrintable(anna.errorString()));
    QVERIFY(anna.moveClient(id, 2.0, 8.0));
    QVERIFY(anna.removeClients({id}));
    // An undone delete brings the client back with its id: the group may move the ids on.
    Client restored = client;
    restored.id = id;
    QVERIFY2(anna.addClients({restored}), qPrintable(anna.errorString()));

    // The group has no right to change the tables themselves.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("anna-ddl"));
        db.setHostName(m_admin.host());
        db.setPort(m_admin.port());
        db.setDatabaseName(m_database);
        db.setUserName(role("anna"));
        db.setPassword(QStringLiteral("pw-") + role("anna"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(!query.exec(QStringLiteral("DROP TABLE interactions")));
        QVERIFY(!query.exec(QStringLiteral("ALTER TABLE clients ADD COLUMN x INTEGER")));
        QVERIFY(!query.exec(QStringLiteral("CREATE TABLE mine (id INTEGER)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("anna-ddl"));
}

void TestServerRoles::shouldRefuseALoginThatIsNoMember()
{
    ClientStore mallory;
    QVERIFY(!mallory.open(addressFor(role("mallory"))));
    QCOMPARE(mallory.openError(), Database::OpenError::NoPermission);
    QVERIFY2(mallory.errorString().contains(role("mallory")), qPrintable(mallory.errorString()));
    QVERIFY2(mallory.errorString().contains(QStringLiteral("administrator")), qPrintable(mallory.errorString()));
    QVERIFY(!mallory.errorString().contains(QStringLiteral("pw-")));
}

void TestServerRoles::shouldKeepHostileValuesIntactBetweenTwoPeople()
{
    ClientStore anna;
    ClientStore bob;
    QVERIFY2(anna.open(addressFor(role("anna"))), qPrintable(anna.errorString()));
    QVERIFY2(bob.open(addressFor(role("bob"))), qPrintable(bob.errorString()));
    const QStringList hostile = {
        QStringLiteral("Robert'); DROP TABLE clients; --"),
        QStringLiteral("\\' OR 1=1 -- \\\\"),
        QStringLiteral("$$; DELETE FROM interactions; $$"),
        QStringLiteral("c:1 d:2 * i:3"), // the words of the change announcements
        QStringLiteral("\u202Eevil\u202C \U0001F600 \u00e9\u0301"),
        QString(5000, QLatin1Char('x')),
    };
    QVERIFY(anna.setAuthorName(hostile.at(0)));
    QVector<qint64> ids;
    for (const QString &value : hostile) {
        Client client;
        client.name = value;
        client.notes = value;
        client.owner = value;
        client.tags = {value.left(100)};
        ids.append(anna.addClient(client));
        QVERIFY2(ids.last() > 0, qPrintable(anna.errorString()));
    }
    // Bob hears each, and reads back exactly what Anna wrote.
    QTRY_VERIFY_WITH_TIMEOUT(bob.client(ids.last()), 3000);
    for (int i = 0; i < hostile.size(); ++i) {
        const Client *seen = bob.client(ids.at(i));
        QVERIFY(seen);
        QCOMPARE(seen->name, hostile.at(i));
        QCOMPARE(seen->notes, hostile.at(i));
        QCOMPARE(seen->owner, hostile.at(i));
        QCOMPARE(seen->changedBy, hostile.at(0));
    }
    // And Bob's edit of them reaches Anna the same way.
    Client edited = *bob.client(ids.at(1));
    edited.notes = hostile.at(2);
    QVERIFY(bob.updateClient(edited));
    QTRY_COMPARE_WITH_TIMEOUT(anna.client(ids.at(1))->notes, hostile.at(2), 3000);
    QCOMPARE(anna.client(ids.at(1))->changedBy, role("bob"));
    ClientStore fresh;
    QVERIFY(fresh.open(addressFor(role("bob"))));
    QVERIFY(fresh.count() >= hostile.size());
}

void TestServerRoles::shouldConnectWithTlsAndSayItIsEncrypted()
{
    const QString certificate = TestSupport::serverState(QStringLiteral("certificate"));
    if (certificate.isEmpty())
        QSKIP("the test server has no certificate");
    ClientStore required;
    QVERIFY2(required.open(addressFor(role("anna"), QStringLiteral("sslmode=require"))), qPrintable(required.errorString()));
    QVERIFY(required.isEncrypted());
    ClientStore verified;
    const QString options = QStringLiteral("sslmode=verify-full&sslrootcert=") + QString::fromUtf8(QUrl::toPercentEncoding(certificate));
    QVERIFY2(verified.open(addressFor(role("anna"), options)), qPrintable(verified.errorString()));
    QVERIFY(verified.isEncrypted());
    ClientStore plain;
    QVERIFY2(plain.open(addressFor(role("anna"), QStringLiteral("sslmode=disable"))), qPrintable(plain.errorString()));
    QVERIFY(!plain.isEncrypted());
}

void TestServerRoles::shouldRefuseAServerWhoseCertificateIsNotTrusted()
{
    if (TestSupport::serverState(QStringLiteral("certificate")).isEmpty())
        QSKIP("the test server has no certificate");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // An empty list of trusted authorities: the server's own certificate is not among them.
    const QString stranger = dir.filePath(QStringLiteral("other.crt"));
    QVERIFY(TestSupport::writeFile(stranger, QByteArray()));
    ClientStore store;
    QVERIFY(!store.open(addressFor(role("anna"), QStringLiteral("sslmode=verify-full&sslrootcert=")
                                                     + QString::fromUtf8(QUrl::toPercentEncoding(stranger)))));
    QVERIFY(!store.errorString().isEmpty());
    QVERIFY(!store.errorString().contains(QStringLiteral("pw-")));
    QCOMPARE(store.count(), 0);
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
