#include "clientexport.h"
#include "clientstore.h"
#include "database.h"
#include "databaselocation.h"
#include "sampledatagenerator.h"
#include "testsupport.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Rapport;
using namespace TestSupport;

namespace {

const QDate Today(2026, 12, 7);

/** The test server's address for @p database as @p user with @p password (none when empty). */
QString address(const QString &database, const QString &user, const QString &password)
{
    const DatabaseLocation admin = DatabaseLocation::parse(serverAdminAddress());
    const QString credentials = password.isEmpty() ? user : user + QLatin1Char(':') + password;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(credentials, admin.host()).arg(admin.port()).arg(database);
}

QString databaseName(const QString &location)
{
    return DatabaseLocation::parse(location).databaseName();
}

/** Everything a store shows, as the owner's two exports. */
QByteArray exported(const ClientStore &store)
{
    QByteArray interactions;
    QString error;
    if (!ClientExport::interactionsCsv(store, &interactions, &error))
        return error.toUtf8();
    return ClientExport::clientsCsv(store, Today) + "\n--\n" + interactions;
}

} // namespace

/**
 * What only a server does: the refusals of a connection, the schema created by one of two
 * first connections, ids after copies, and moving house between a file and a server.
 * Runs in the PostgreSQL run only (rapport_add_storage_test SERVER_ONLY).
 */
class tst_ServerDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void shouldSayWhenNoServerAnswers();
    void shouldSayWhenThePasswordIsWrong();
    void shouldSayWhenNoPasswordIsGiven();
    void shouldSayWhenTheDatabaseDoesNotExist();
    void shouldSayWhenTheRoleMayNotCreateTheTables();
    void shouldRefuseASchemaFromANewerRapport();
    void shouldRefuseADatabaseOfAnotherProgram();
    void shouldLetOnlyOneOfTwoFirstConnectionsCreateTheTables();
    void shouldNeverShowThePassword();

    void shouldGiveANewClientAFreshIdAfterAnUndoneDelete();
    void shouldMoveAFileToAServerAndBackWithEverythingKept();
    void shouldCopyForARoleThatDoesNotOwnTheTables();
    void shouldRefuseToCopyIntoADatabaseThatHoldsClients();

private:
    QTemporaryDir m_dir;
};

void tst_ServerDatabase::initTestCase()
{
    RAPPORT_REQUIRE_BACKEND();
    QVERIFY(onServer());
    QVERIFY(m_dir.isValid());
    // No password from the developer's own files: each test says which it gives.
    qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("no-pgpass")).toUtf8());
    qunsetenv("PGPASSWORD");
}

void tst_ServerDatabase::shouldSayWhenNoServerAnswers()
{
    // GIVEN a port on this machine where nothing listens
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    // WHEN a store connects there
    ClientStore store;
    const bool opened = store.open(QStringLiteral("postgresql://anna@127.0.0.1:%1/clients").arg(port));

    // THEN it says that no server answers, in one sentence
    QVERIFY(!opened);
    QCOMPARE(store.openError(), Database::OpenError::Unreachable);
    QVERIFY2(store.errorString().startsWith(QStringLiteral(
                 "No PostgreSQL server answers at 127.0.0.1. Check the address and port, and that the server is running")),
             qPrintable(store.errorString()));
    QVERIFY(!store.isOpen());
}

void tst_ServerDatabase::shouldSayWhenThePasswordIsWrong()
{
    const QString location = newDatabase(m_dir, QStringLiteral("password"));
    ClientStore store;
    QVERIFY(!store.open(address(databaseName(location), QStringLiteral("rapport_admin"), QStringLiteral("not-the-password"))));
    QCOMPARE(store.openError(), Database::OpenError::AuthenticationFailed);
    QCOMPARE(store.errorString(),
             QStringLiteral("The server 127.0.0.1 did not accept the user name rapport_admin with that password."));
}

void tst_ServerDatabase::shouldSayWhenNoPasswordIsGiven()
{
    const QString location = newDatabase(m_dir, QStringLiteral("nopassword"));
    ClientStore store;
    QVERIFY(!store.open(address(databaseName(location), QStringLiteral("rapport_admin"), QString())));
    QCOMPARE(store.openError(), Database::OpenError::PasswordMissing);
    QCOMPARE(store.errorString(), QStringLiteral("The server 127.0.0.1 asks for the password of rapport_admin. Enter it in "
                                                 "File → Connect to Server…, or keep it in ~/.pgpass."));

    // AND the password given apart from the address is used
    const QString password = DatabaseLocation::parse(location).password();
    QVERIFY2(store.open(address(databaseName(location), QStringLiteral("rapport_admin"), QString()), password),
             qPrintable(store.errorString()));
}

void tst_ServerDatabase::shouldSayWhenTheDatabaseDoesNotExist()
{
    const QString password = DatabaseLocation::parse(serverAdminAddress()).password();
    ClientStore store;
    QVERIFY(!store.open(address(QStringLiteral("no_such_clients"), QStringLiteral("rapport_admin"), password)));
    QCOMPARE(store.openError(), Database::OpenError::NoSuchDatabase);
    QCOMPARE(store.errorString(), QStringLiteral("The server 127.0.0.1 has no database named no_such_clients. Check the "
                                                 "name, or ask the server's administrator to create it."));
}

void tst_ServerDatabase::shouldSayWhenTheRoleMayNotCreateTheTables()
{
    // GIVEN an empty database of the administrator's, and a role that may log in but not create tables there
    const QString location = newDatabase(m_dir, QStringLiteral("rights"));
    const QString role = QStringLiteral("clerk_%1").arg(QCoreApplication::applicationPid());
    QCOMPARE(serverExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'clerk-secret'").arg(role)), QString());
    QCOMPARE(serverExec(QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"), databaseName(location)), QString());

    // WHEN the role connects first
    ClientStore store;
    const bool opened = store.open(address(databaseName(location), role, QStringLiteral("clerk-secret")));

    // THEN it is told what right is missing, and nothing was created
    QVERIFY(!opened);
    QCOMPARE(store.openError(), Database::OpenError::NoPermission);
    QVERIFY2(store.errorString().startsWith(role + QStringLiteral(" may not create Rapport's tables in ")),
             qPrintable(store.errorString()));
    PlainConnection plain(location);
    QVERIFY(plain.isOpen());
    QCOMPARE(plain.tables(), QStringList());

    // AND once the owner has connected, the role can work with the client base
    {
        ClientStore owner;
        QVERIFY2(owner.open(location), qPrintable(owner.errorString()));
    }
    QCOMPARE(serverExec(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(role),
                        databaseName(location)),
             QString());
    QVERIFY2(store.open(address(databaseName(location), role, QStringLiteral("clerk-secret"))), qPrintable(store.errorString()));
    QCOMPARE(store.count(), 0);
}

void tst_ServerDatabase::shouldRefuseASchemaFromANewerRapport()
{
    // GIVEN a client base that a newer Rapport has upgraded
    const QString location = newDatabase(m_dir, QStringLiteral("newer"));
    {
        ClientStore store;
        QVERIFY(store.open(location));
        QVERIFY(store.addClient(SampleDataGenerator(1).clients(1, ClientStore::now()).constFirst()) > 0);
    }
    {
        PlainConnection plain(location);
        QCOMPARE(plain.exec(QStringLiteral("UPDATE rapport_schema SET version = 99")), QString());
    }

    // WHEN this Rapport connects
    ClientStore store;
    const bool opened = store.open(location);

    // THEN it refuses, and leaves it as it was
    QVERIFY(!opened);
    QCOMPARE(store.openError(), Database::OpenError::NewerSchema);
    QVERIFY2(store.errorString().endsWith(QStringLiteral(" was set up by a newer version of Rapport. Update Rapport to use it; "
                                                         "nothing was changed.")),
             qPrintable(store.errorString()));
    PlainConnection plain(location);
    QCOMPARE(plain.number(QStringLiteral("SELECT version FROM rapport_schema")), 99);
    QCOMPARE(plain.number(QStringLiteral("SELECT count(*) FROM clients")), 1);
}

void tst_ServerDatabase::shouldRefuseADatabaseOfAnotherProgram()
{
    const QString location = newDatabase(m_dir, QStringLiteral("other"));
    {
        PlainConnection plain(location);
        QCOMPARE(plain.exec(QStringLiteral("CREATE TABLE inventory (sku text PRIMARY KEY)")), QString());
    }
    ClientStore store;
    QVERIFY(!store.open(location));
    QCOMPARE(store.openError(), Database::OpenError::NotADatabase);
    PlainConnection plain(location);
    QCOMPARE(plain.tables(), QStringList{QStringLiteral("inventory")});
}

void tst_ServerDatabase::shouldLetOnlyOneOfTwoFirstConnectionsCreateTheTables()
{
    for (int round = 0; round < 5; ++round) {
        // GIVEN an empty database
        const QString location = newDatabase(m_dir, QStringLiteral("race"));

        // WHEN two Rapports connect to it at the same moment
        QString errors[2];
        QThread *threads[2];
        for (int i = 0; i < 2; ++i) {
            threads[i] = QThread::create([location, &errors, i] {
                Database database;
                if (!database.open(location))
                    errors[i] = database.errorString();
            });
        }
        threads[0]->start();
        threads[1]->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }

        // THEN both are in, and the schema was created once
        QCOMPARE(errors[0], QString());
        QCOMPARE(errors[1], QString());
        PlainConnection plain(location);
        QCOMPARE(plain.numbers(QStringLiteral("SELECT version FROM rapport_schema")), QList<qint64>{Database::latestSchemaVersion()});
        QCOMPARE(plain.number(QStringLiteral("SELECT count(*) FROM segmentation_rules")), 1);
    }
}

void tst_ServerDatabase::shouldNeverShowThePassword()
{
    const QString location = newDatabase(m_dir, QStringLiteral("shown"));
    const QString password = DatabaseLocation::parse(location).password();
    QVERIFY(!password.isEmpty());
    ClientStore store;
    QVERIFY(store.open(location));
    QVERIFY(!store.path().contains(password));
    QVERIFY(!store.displayName().contains(password));
    QCOMPARE(store.displayName(), databaseName(location) + QStringLiteral(" on 127.0.0.1 as rapport_admin"));
    QVERIFY(store.isServer());
}

void tst_ServerDatabase::shouldGiveANewClientAFreshIdAfterAnUndoneDelete()
{
    // GIVEN three clients, the last deleted and brought back (undo)
    const QString location = newDatabase(m_dir, QStringLiteral("undo"));
    ClientStore store;
    QVERIFY(store.open(location));
    QVector<qint64> ids;
    QVERIFY(store.addClients(SampleDataGenerator(2).clients(3, ClientStore::now()), &ids));
    const QVector<ClientRecord> deleted = store.records({ids.last()});
    QVERIFY(store.removeClients({ids.last()}));
    QVERIFY2(store.addClientRecords(deleted), qPrintable(store.errorString()));

    // WHEN a new client is added
    const qint64 id = store.addClient(SampleDataGenerator(3).clients(1, ClientStore::now()).constFirst());

    // THEN it gets an id of its own
    QVERIFY2(id > ids.last(), qPrintable(store.errorString()));
    QCOMPARE(store.count(), 4);
}

void tst_ServerDatabase::shouldMoveAFileToAServerAndBackWithEverythingKept()
{
    // GIVEN a file with 300 clients, their interactions and moves, own rules and settings
    const QString file = m_dir.filePath(QStringLiteral("moving.sqlite"));
    ClientStore source;
    QVERIFY(source.open(file));
    QVERIFY(source.addClientRecords(SampleDataGenerator(21).records(300, ClientStore::now())));
    QVERIFY(source.setRules(SegmentationRules(6.5, 4.0, 9.0, 1.5)));
    QVERIFY(source.setSetting(QStringLiteral("business/name"), QStringLiteral("Bäckerei Öz")));
    QVERIFY(source.moveClient(source.at(5).id, 9.5, 9.5));

    // WHEN it is copied to a server, and from there to a new file
    const QString server = newDatabase(m_dir, QStringLiteral("moving"));
    QVERIFY2(source.copyTo(server), qPrintable(source.errorString()));
    ClientStore onServer;
    QVERIFY2(onServer.open(server), qPrintable(onServer.errorString()));
    const QString portable = m_dir.filePath(QStringLiteral("portable.sqlite"));
    QVERIFY2(onServer.copyTo(portable), qPrintable(onServer.errorString()));
    ClientStore back;
    QVERIFY(back.open(portable));

    // THEN all three hold the same: clients with their ids, interactions, history, rules, settings
    QCOMPARE(onServer.clients(), source.clients());
    QCOMPARE(back.clients(), source.clients());
    QCOMPARE(exported(onServer), exported(source));
    QCOMPARE(exported(back), exported(source));
    QCOMPARE(onServer.history(source.at(5).id), source.history(source.at(5).id));
    QCOMPARE(back.history(source.at(5).id), source.history(source.at(5).id));
    QCOMPARE(onServer.rules(), source.rules());
    QCOMPARE(onServer.setting(QStringLiteral("business/name")), QStringLiteral("Bäckerei Öz"));
    QCOMPARE(back.setting(QStringLiteral("business/name")), QStringLiteral("Bäckerei Öz"));

    // AND new clients on the server get new ids
    const qint64 id = onServer.addClient(SampleDataGenerator(4).clients(1, ClientStore::now()).constFirst());
    QVERIFY2(id > source.clients().constLast().id, qPrintable(onServer.errorString()));

    // AND both copies have every index and key that Rapport makes (the copy builds them after the rows)
    const QString freshServer = newDatabase(m_dir, QStringLiteral("fresh"));
    const QString freshFile = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    for (const QString &fresh : {freshServer, freshFile}) {
        ClientStore store;
        QVERIFY2(store.open(fresh), qPrintable(store.errorString()));
    }
    const QString serverKeys = PlainConnection(freshServer).indexesAndKeys();
    QVERIFY2(serverKeys.contains(QStringLiteral("FOREIGN KEY (client_id) REFERENCES clients(id) ON DELETE CASCADE")),
             qPrintable(serverKeys));
    QCOMPARE(PlainConnection(server).indexesAndKeys(), serverKeys);
    const QString fileKeys = PlainConnection(freshFile).indexesAndKeys();
    QVERIFY2(fileKeys.contains(QStringLiteral("CREATE INDEX interactions_client")), qPrintable(fileKeys));
    QCOMPARE(PlainConnection(portable).indexesAndKeys(), fileKeys);
    QVERIFY(integrityProblems(portable).isEmpty());
}

void tst_ServerDatabase::shouldCopyForARoleThatDoesNotOwnTheTables()
{
    // GIVEN an empty client base made by the administrator, and a role with the rights to work in it
    const QString location = newDatabase(m_dir, QStringLiteral("notowner"));
    {
        ClientStore owner;
        QVERIFY2(owner.open(location), qPrintable(owner.errorString()));
    }
    const QString keys = PlainConnection(location).indexesAndKeys();
    const QString role = QStringLiteral("helper_%1").arg(QCoreApplication::applicationPid());
    QCOMPARE(serverExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'helper-secret'").arg(role)), QString());
    QCOMPARE(serverExec(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1;"
                                       " GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(role),
                        databaseName(location)),
             QString());
    ClientStore source;
    QVERIFY(source.open(m_dir.filePath(QStringLiteral("notowner.sqlite"))));
    QVERIFY(source.addClientRecords(SampleDataGenerator(8).records(40, ClientStore::now())));

    // WHEN that role copies a file there (it may not take the keys off the tables while it does)
    const bool copied = source.copyTo(address(databaseName(location), role, QStringLiteral("helper-secret")));

    // THEN everything arrives, and the keys are the ones the owner made
    QVERIFY2(copied, qPrintable(source.errorString()));
    ClientStore there;
    QVERIFY(there.open(location));
    QCOMPARE(exported(there), exported(source));
    QCOMPARE(PlainConnection(location).indexesAndKeys(), keys);
}

void tst_ServerDatabase::shouldRefuseToCopyIntoADatabaseThatHoldsClients()
{
    // GIVEN a server database with a client
    const QString server = newDatabase(m_dir, QStringLiteral("taken"));
    {
        ClientStore there;
        QVERIFY(there.open(server));
        QVERIFY(there.addClient(SampleDataGenerator(5).clients(1, ClientStore::now()).constFirst()) > 0);
    }
    ClientStore source;
    QVERIFY(source.open(m_dir.filePath(QStringLiteral("taken.sqlite"))));
    QVERIFY(source.addClients(SampleDataGenerator(6).clients(10, ClientStore::now())));

    // WHEN the file is copied there
    const bool copied = source.copyTo(server);

    // THEN it is refused with a reason, and the server holds its one client still
    QVERIFY(!copied);
    QVERIFY2(source.errorString().contains(QStringLiteral("already holds clients or settings; copy only into an empty database")),
             qPrintable(source.errorString()));
    ClientStore there;
    QVERIFY(there.open(server));
    QCOMPARE(there.count(), 1);

    // AND an existing file is never a target
    QVERIFY(!there.copyTo(m_dir.filePath(QStringLiteral("taken.sqlite"))));
    QVERIFY2(there.errorString().endsWith(QStringLiteral(": the file exists already. Choose a new file name.")),
             qPrintable(there.errorString()));
}

QTEST_GUILESS_MAIN(tst_ServerDatabase)
#include "tst_serverdatabase.moc"
