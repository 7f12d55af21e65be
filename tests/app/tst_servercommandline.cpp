#include "databaselocation.h"
#include "rapportrun.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rapport;
using namespace TestSupport;
using Run = RapportRun;

// The batch commands on the database --database names, a file or (in the PostgreSQL run,
// tst_servercommandline_postgresql) a database on the test server, and --copy-to between them.
// Each takes a Run or a run(...) and evaluates it once.
#define VERIFY_SUCCESS(expression) \
    do { \
        const Run checked = (expression); \
        QVERIFY2(checked.normalExit() && checked.exitCode == 0 && checked.err.isEmpty(), qPrintable(checked.summary())); \
    } while (false)

#define VERIFY_ONE_LINE_FAILURE(expression) \
    do { \
        const Run checked = (expression); \
        QVERIFY2(checked.normalExit() && checked.exitCode != 0 && checked.out.isEmpty(), qPrintable(checked.summary())); \
        QVERIFY2(checked.err.startsWith(QLatin1String("rapport: ")) && checked.err.count(QLatin1Char('\n')) == 1 \
                     && checked.err.endsWith(QLatin1Char('\n')), \
                 qPrintable(checked.summary())); \
    } while (false)

class tst_ServerCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void shouldGenerateAndExportOnTheDatabaseGiven();
    void shouldCopyToAnotherDatabaseAndBackWithIdenticalExports();
    void shouldRefuseToCopyIntoADatabaseThatIsNotEmpty();
    void shouldSayWhenTheServerHasNoSuchDatabase();

private:
    Run run(const QStringList &arguments) const;
    QString serverPassword() const;

    QTemporaryDir m_home;
};

void tst_ServerCommandLine::initTestCase()
{
    RAPPORT_REQUIRE_BACKEND();
    QVERIFY2(QFileInfo(QStringLiteral(RAPPORT_EXECUTABLE)).isExecutable(), "the rapport executable was not built: " RAPPORT_EXECUTABLE);
    QVERIFY(m_home.isValid());
}

Run tst_ServerCommandLine::run(const QStringList &arguments) const
{
    // No password but the one a test gives.
    return runRapport(arguments, m_home, {QStringLiteral("PGPASSWORD")});
}

QString tst_ServerCommandLine::serverPassword() const
{
    return onServer() ? DatabaseLocation::parse(serverAdminAddress()).password() : QStringLiteral("no password in a file run");
}

void tst_ServerCommandLine::shouldGenerateAndExportOnTheDatabaseGiven()
{
    // GIVEN a new database: a file, or a database on the server given with its password
    QTemporaryDir dir;
    const QString database = newDatabase(dir, QStringLiteral("batch"));
    const QString name = DatabaseLocation::parse(database).displayName();

    // WHEN 25 sample clients are generated there
    const Run generated = run({QStringLiteral("--database"), database, QStringLiteral("--generate-sample"), QStringLiteral("25")});

    // THEN it says where, by name and without the password
    VERIFY_SUCCESS(generated);
    QCOMPARE(generated.out, QStringLiteral("Added 25 sample clients to %1.\n").arg(name));
    QVERIFY(!generated.out.contains(serverPassword()));

    // AND exporting, the report and the calendar read them from there
    const QString csv = dir.filePath(QStringLiteral("clients.csv"));
    const Run exported = run({QStringLiteral("--database"), database, QStringLiteral("--export"), csv});
    VERIFY_SUCCESS(exported);
    QCOMPARE(exported.out, QStringLiteral("Exported 25 clients to %1.\n").arg(QDir::toNativeSeparators(csv)));
    QCOMPARE(readFile(csv).count("\r\n"), 26);
    const QString ics = dir.filePath(QStringLiteral("follow-ups.ics"));
    const Run calendar = run({QStringLiteral("--database"), database, QStringLiteral("--calendar"), ics,
                              QStringLiteral("--as-of"), QStringLiteral("2026-03-02")});
    VERIFY_SUCCESS(calendar);
    QVERIFY2(calendar.out.startsWith(QLatin1String("Wrote ")), qPrintable(calendar.summary()));
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const Run report = run({QStringLiteral("--database"), database, QStringLiteral("--report"), pdf});
    QVERIFY2(report.normalExit() && report.exitCode == 0, qPrintable(report.summary()));
    QVERIFY(readFile(pdf).startsWith("%PDF"));
}

void tst_ServerCommandLine::shouldCopyToAnotherDatabaseAndBackWithIdenticalExports()
{
    // GIVEN a file of 60 sample clients with their interactions
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mine.sqlite"));
    VERIFY_SUCCESS(run({QStringLiteral("--database"), file, QStringLiteral("--generate-sample"), QStringLiteral("60"),
                        QStringLiteral("--seed"), QStringLiteral("3")}));
    const QString target = newDatabase(dir, QStringLiteral("moved"));
    const QString back = dir.filePath(QStringLiteral("portable.sqlite"));

    // WHEN it is copied to a new database (on the server, in the PostgreSQL run), and that back into a new file
    const Run there = run({QStringLiteral("--database"), file, QStringLiteral("--copy-to"), target});
    const Run home = run({QStringLiteral("--database"), target, QStringLiteral("--copy-to"), back});

    // THEN each copy says in one line how much went where, never with a password
    VERIFY_SUCCESS(there);
    VERIFY_SUCCESS(home);
    QVERIFY2(there.out.startsWith(QLatin1String("Copied 60 client")), qPrintable(there.summary()));
    QVERIFY2(there.out.endsWith(QStringLiteral(" interactions to %1.\n").arg(DatabaseLocation::parse(target).displayName()))
                 || there.out.endsWith(QStringLiteral(" interaction(s) to %1.\n").arg(DatabaseLocation::parse(target).displayName())),
             qPrintable(there.summary()));
    QCOMPARE(there.out.count(QLatin1Char('\n')), 1);
    QVERIFY(!there.out.contains(serverPassword()));
    QCOMPARE(home.out.section(QLatin1String(" to "), 0, 0), there.out.section(QLatin1String(" to "), 0, 0));

    // AND the three export the same clients and the same interactions, byte for byte
    QByteArray clients[3];
    QByteArray interactions[3];
    const QStringList databases = {file, target, back};
    for (int i = 0; i < 3; ++i) {
        const QString csv = dir.filePath(QStringLiteral("clients%1.csv").arg(i));
        const QString log = dir.filePath(QStringLiteral("interactions%1.csv").arg(i));
        VERIFY_SUCCESS(run({QStringLiteral("--database"), databases.at(i), QStringLiteral("--export"), csv}));
        VERIFY_SUCCESS(run({QStringLiteral("--database"), databases.at(i), QStringLiteral("--export"), log, QStringLiteral("--interactions")}));
        clients[i] = readFile(csv);
        interactions[i] = readFile(log);
    }
    QCOMPARE(clients[0].count("\r\n"), 61);
    QVERIFY(interactions[0].count('\n') > 60);
    QCOMPARE(clients[1], clients[0]);
    QCOMPARE(clients[2], clients[0]);
    QCOMPARE(interactions[1], interactions[0]);
    QCOMPARE(interactions[2], interactions[0]);
}

void tst_ServerCommandLine::shouldRefuseToCopyIntoADatabaseThatIsNotEmpty()
{
    // GIVEN a database that already holds clients
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mine.sqlite"));
    VERIFY_SUCCESS(run({QStringLiteral("--database"), file, QStringLiteral("--generate-sample"), QStringLiteral("5")}));
    const QString target = newDatabase(dir, QStringLiteral("taken"));
    VERIFY_SUCCESS(run({QStringLiteral("--database"), target, QStringLiteral("--generate-sample"), QStringLiteral("7")}));

    // WHEN the file is copied into it
    const Run refused = run({QStringLiteral("--database"), file, QStringLiteral("--copy-to"), target});

    // THEN it is refused in one line that names the target, and the target keeps its own 7 clients
    VERIFY_ONE_LINE_FAILURE(refused);
    QVERIFY2(refused.err.startsWith(QStringLiteral("rapport: Could not copy to %1: ").arg(DatabaseLocation::parse(target).displayName())),
             qPrintable(refused.summary()));
    QVERIFY(!refused.err.contains(serverPassword()));
    const QString csv = dir.filePath(QStringLiteral("after.csv"));
    VERIFY_SUCCESS(run({QStringLiteral("--database"), target, QStringLiteral("--export"), csv}));
    QCOMPARE(readFile(csv).count("\r\n"), 8);
}

void tst_ServerCommandLine::shouldSayWhenTheServerHasNoSuchDatabase()
{
    if (!onServer())
        QSKIP("about a server");
    // GIVEN the address of a database the server does not have
    QString missing = serverAdminAddress();
    missing.replace(QRegularExpression(QStringLiteral("/postgres$")), QStringLiteral("/no_such_clients"));
    QVERIFY(missing.endsWith(QLatin1String("/no_such_clients")));
    QTemporaryDir dir;

    // WHEN it is exported, THEN one line says which server lacks which database; no file name is made of the address
    const Run result = run({QStringLiteral("--database"), missing, QStringLiteral("--export"), dir.filePath(QStringLiteral("x.csv"))});
    VERIFY_ONE_LINE_FAILURE(result);
    QVERIFY2(result.err.startsWith(QLatin1String("rapport: The server 127.0.0.1 has no database named no_such_clients.")),
             qPrintable(result.summary()));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.csv"))));
}

QTEST_MAIN(tst_ServerCommandLine)
#include "tst_servercommandline.moc"
