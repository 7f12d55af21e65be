#include "backupfiles.h"
#include "clientstore.h"
#include "maillog.h"
#include "sampledatagenerator.h"
#include "rapportrun.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include "dovecotserver.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Rapport;
using namespace TestSupport;
using Run = RapportRun;

namespace {

QStringList storedNames(const QString &path, QString *error)
{
    ClientStore store;
    if (!store.open(path)) {
        *error = store.errorString();
        return {};
    }
    QStringList names;
    for (const Client &client : store.clients())
        names.append(client.name);
    return names;
}

/** @p text with "2 message(s)" written as English does, "2 messages" (the untranslated plural forms of a build without translations). */
QString englishPlurals(QString text)
{
    static const QRegularExpression plural(QStringLiteral("(\\d+) (\\w+)\\(s\\)"));
    for (QRegularExpressionMatch match = plural.match(text); match.hasMatch(); match = plural.match(text))
        text.replace(match.capturedStart(), match.capturedLength(),
                     match.captured(1) + QLatin1Char(' ') + match.captured(2)
                         + (match.captured(1) == QLatin1String("1") ? QString() : QStringLiteral("s")));
    return text;
}

/** A database at @p path with Ann (ann@acme.example) and Bob (bob@bakery.example). */
bool makeMailDatabase(const QString &path)
{
    ClientStore store;
    if (!store.open(path))
        return false;
    QVector<Client> clients;
    for (const auto &[name, email] : {std::pair{"Ann Abbott", "ann@acme.example"}, std::pair{"Bob Baker", "bob@bakery.example"}}) {
        Client client;
        client.name = QString::fromUtf8(name);
        client.satisfaction = 5;
        client.repurchase = 5;
        client.emails.append(ContactPoint{QString::fromUtf8(email), ContactPoint::Label::Work});
        client.createdAt = QDateTime(QDate(2025, 1, 10), QTime(9, 0), Qt::UTC);
        client.updatedAt = client.createdAt;
        clients.append(client);
    }
    QVector<qint64> ids;
    return store.addClients(clients, &ids);
}

/** An mbox in which Ann asks and is answered, Bob is written to and a stranger writes. */
QByteArray conversationMbox()
{
    return "From ann@acme.example Mon Nov  2 10:00:00 2026\n"
           "From: Ann Abbott <ann@acme.example>\nTo: owner@shop.example\nSubject: Question\n"
           "Date: Mon, 2 Nov 2026 10:00:00 +0000\nMessage-ID: <q1@acme.example>\n\nHello\n\n"
           "From owner@shop.example Mon Nov  2 12:00:00 2026\n"
           "From: owner@shop.example\nTo: ann@acme.example\nSubject: Re: Question\n"
           "Date: Mon, 2 Nov 2026 12:00:00 +0000\nMessage-ID: <r1@shop.example>\nIn-Reply-To: <q1@acme.example>\n\nHi\n\n"
           "From owner@shop.example Tue Nov  3 10:00:00 2026\n"
           "From: owner@shop.example\nTo: bob@bakery.example\nSubject: Your offer\n"
           "Date: Tue, 3 Nov 2026 10:00:00 +0000\nMessage-ID: <o1@shop.example>\n\nOffer\n\n"
           "From someone@elsewhere.example Wed Nov  4 10:00:00 2026\n"
           "From: someone@elsewhere.example\nTo: owner@shop.example\nSubject: Newsletter\n"
           "Date: Wed, 4 Nov 2026 10:00:00 +0000\nMessage-ID: <n1@elsewhere.example>\n\nNews\n\n";
}

} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadAnImapMailboxWhoseCertificateIsTrusted();
    void initTestCase();

    void shouldPrintTheVersionWithoutADisplay();
    void shouldPrintHelpWithoutADisplay();
    void shouldGenerateSampleClients();
    void shouldGenerateTheSameClientsForTheSameSeed();

    void shouldRefuseABadSampleCount_data();
    void shouldRefuseABadSampleCount();
    void shouldRefuseAFileThatIsNotADatabase();
    void shouldRefuseAnUnwritableLocation();
    void shouldNameTheLatestBackupOfADamagedDatabase();
    void shouldRefuseAnUnknownOption_data();
    void shouldRefuseAnUnknownOption();

    void shouldHandAFileOverToTheRunningRapport();
    void shouldAcceptNewInstanceWithABatchCommand();

    void shouldImportNothingWhenARowIsBad();
    void shouldImportTheGoodRowsAndWriteTheBadOnesBesideTheFile();
    void shouldImportNothingWhenTheSkippedRowsCannotBeWritten();
    void shouldImportAThunderbirdFileInUtf16WithContactsWithoutAName();
    void shouldNameTheColumnsItDoesNotImportOnStandardError();
    void shouldRefuseToExportInteractionsAsVCard();
    void shouldExportOneClientAsJson();
    void shouldRefuseToExportAClientThatIsNotThere();

    void shouldReadMailIntoTheDatabase();
    void shouldRefuseToReadMailThatIsNotThere();
    void shouldRefuseToReadMailWithoutTheOwnersAddress();
    void shouldRefuseToReadAnImapMailboxWithoutAPassword();
    void shouldRefuseABadSinceDate();
    void shouldSayWhyAnImapMailboxCouldNotBeRead();

    void shouldWriteTheFollowUpsAsACalendar();
    void shouldRefuseAnUnwritableCalendarPath();
    void shouldRefuseACalendarOfAMissingDatabase();

private:
    Run run(const QStringList &arguments) const;

    QTemporaryDir m_home;
};

void tst_CommandLine::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(RAPPORT_EXECUTABLE)).isExecutable(),
             "the rapport executable was not built: " RAPPORT_EXECUTABLE);
    QVERIFY(m_home.isValid());
}

Run tst_CommandLine::run(const QStringList &arguments) const
{
    return runRapport(arguments, m_home);
}

#define VERIFY_SUCCESS(result)                                                                                      \
    QVERIFY2((result).finished && (result).exitStatus == QProcess::NormalExit && (result).exitCode == 0,         \
             qPrintable((result).summary()))

#define VERIFY_ONE_LINE_FAILURE(result)                                                                             \
    do {                                                                                                           \
        QVERIFY2((result).finished && (result).exitStatus == QProcess::NormalExit && (result).exitCode != 0,     \
                 qPrintable((result).summary()));                                                              \
        QVERIFY2((result).errLines().size() == 1, qPrintable(QStringLiteral("expected one line on stderr\n")     \
                                                               + (result).summary()));                         \
        QVERIFY2((result).err.startsWith(QLatin1String("rapport: ")) && (result).err.endsWith(QLatin1Char('\n')), \
                 qPrintable((result).summary()));                                                              \
        QVERIFY2((result).out.isEmpty(), qPrintable((result).summary()));                                        \
    } while (false)

void tst_CommandLine::shouldPrintTheVersionWithoutADisplay()
{
    // WHEN rapport --version runs with no display
    const Run result = run({QStringLiteral("--version")});

    // THEN it prints its name and version, and nothing else
    VERIFY_SUCCESS(result);
    QCOMPARE(result.out, QStringLiteral("Rapport " RAPPORT_VERSION "\n"));
    QCOMPARE(result.err, QString());
}

void tst_CommandLine::shouldPrintHelpWithoutADisplay()
{
    // WHEN rapport --help runs with no display
    const Run result = run({QStringLiteral("--help")});

    // THEN it explains the options a user needs
    VERIFY_SUCCESS(result);
    QCOMPARE(result.err, QString());
    for (const char *option : {"--database <FILE|URI>", "--copy-to <TARGET>", "--generate-sample <N>", "--seed <S>", "--import <FILE>", "--skip-bad-rows",
                               "--calendar <OUT.ics>", "--read-mail <PLACE>", "--since <DATE>", "--own-address <ADDRESS>", "--trust-certificate <FILE>", "--new-instance", "[FILE...]", "--owner <NAME>",
                               "--version", "--help"})
        QVERIFY2(result.out.contains(QLatin1String(option)),
                 qPrintable(QStringLiteral("help does not mention %1:\n%2").arg(QLatin1String(option), result.out)));
    QVERIFY2(result.out.startsWith(QLatin1String("Usage: ")), qPrintable(result.out));
}

void tst_CommandLine::shouldGenerateSampleClients()
{
    // GIVEN a path in a folder that does not exist yet
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new/sample.rapport"));

    // WHEN 50 sample clients are generated there
    const Run result = run({QStringLiteral("--database"), path, QStringLiteral("--generate-sample"), QStringLiteral("50")});

    // THEN it succeeds, says so in one line, and the file holds 50 clients
    VERIFY_SUCCESS(result);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out, QStringLiteral("Added 50 sample clients to %1.\n").arg(QDir::toNativeSeparators(path)));
    QString error;
    const QStringList names = storedNames(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(names.size(), 50);

    // AND running it again adds 50 more
    const Run again = run({QStringLiteral("--database"), path, QStringLiteral("--generate-sample"), QStringLiteral("50")});
    VERIFY_SUCCESS(again);
    QCOMPARE(storedNames(path, &error).size(), 100);
}

void tst_CommandLine::shouldGenerateTheSameClientsForTheSameSeed()
{
    // GIVEN three files
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString first = dir.filePath(QStringLiteral("first.rapport"));
    const QString second = dir.filePath(QStringLiteral("second.rapport"));
    const QString other = dir.filePath(QStringLiteral("other.rapport"));

    // WHEN samples are generated with seed 7 twice, and with seed 8 once
    const QStringList sample = {QStringLiteral("--generate-sample"), QStringLiteral("30"), QStringLiteral("--seed")};
    const Run a = run(QStringList{QStringLiteral("--database"), first} + sample + QStringList{QStringLiteral("7")});
    const Run b = run(QStringList{QStringLiteral("--database"), second} + sample + QStringList{QStringLiteral("7")});
    const Run c = run(QStringList{QStringLiteral("--database"), other} + sample + QStringList{QStringLiteral("8")});
    VERIFY_SUCCESS(a);
    VERIFY_SUCCESS(b);
    VERIFY_SUCCESS(c);

    // THEN the same seed gave the same clients, and another seed other clients
    QString error;
    const QStringList firstNames = storedNames(first, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList secondNames = storedNames(second, &error);
    const QStringList otherNames = storedNames(other, &error);
    QCOMPARE(firstNames.size(), 30);
    QCOMPARE(secondNames, firstNames);
    QCOMPARE(otherNames.size(), 30);
    QVERIFY2(otherNames != firstNames, "seed 8 gave the same clients as seed 7");
}

void tst_CommandLine::shouldRefuseABadSampleCount_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const auto countMessage = [](const char *given) {
        return QStringLiteral("rapport: --generate-sample needs a number of clients from 1 to 1000000, not \"%1\"\n")
            .arg(QLatin1String(given));
    };
    QTest::newRow("a word") << QStringList{QStringLiteral("--generate-sample"), QStringLiteral("abc")} << countMessage("abc");
    QTest::newRow("zero") << QStringList{QStringLiteral("--generate-sample"), QStringLiteral("0")} << countMessage("0");
    QTest::newRow("negative") << QStringList{QStringLiteral("--generate-sample"), QStringLiteral("-5")} << countMessage("-5");
    QTest::newRow("too many") << QStringList{QStringLiteral("--generate-sample"), QStringLiteral("1000001")}
                              << countMessage("1000001");
    QTest::newRow("a bad seed") << QStringList{QStringLiteral("--generate-sample"), QStringLiteral("5"), QStringLiteral("--seed"),
                                               QStringLiteral("x")}
                                << QStringLiteral("rapport: --seed needs a whole number from 0 to 4294967295, not \"x\"\n");
}

void tst_CommandLine::shouldRefuseABadSampleCount()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    // GIVEN a database path that does not exist
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sample.rapport"));

    // WHEN rapport is asked for an impossible number of sample clients
    const Run result = run(QStringList{QStringLiteral("--database"), path} + arguments);

    // THEN it fails with exactly one line saying why, and creates no file
    VERIFY_ONE_LINE_FAILURE(result);
    QCOMPARE(result.err, message);
    QVERIFY2(!QFileInfo::exists(path), "the database file was created although nothing was generated");
    QVERIFY(QDir(dir.path()).isEmpty());
}

void tst_CommandLine::shouldRefuseAFileThatIsNotADatabase()
{
    // GIVEN a file that is not a database
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < 6000; ++i)
            bytes.append(char((i * 7919) % 251));
        file.write(bytes);
    }
    const QByteArray before = fileHash(path);

    // WHEN sample clients are to be added to it
    const Run result = run({QStringLiteral("--database"), path, QStringLiteral("--generate-sample"), QStringLiteral("5")});

    // THEN it fails in one line and the file keeps every byte
    VERIFY_ONE_LINE_FAILURE(result);
    QCOMPARE(result.err,
             QStringLiteral("rapport: %1 is not a Rapport database (or is damaged beyond reading). It was left untouched.\n")
                 .arg(QDir::toNativeSeparators(path)));
    QCOMPARE(fileHash(path), before);
}

void tst_CommandLine::shouldRefuseAnUnwritableLocation()
{
    // WHEN the database would have to be created in a folder that cannot exist
    const QString path = QStringLiteral("/proc/rapport-test/x.db");
    const Run result = run({QStringLiteral("--database"), path, QStringLiteral("--generate-sample"), QStringLiteral("5")});

    // THEN it fails in one line naming the folder
    VERIFY_ONE_LINE_FAILURE(result);
    QCOMPARE(result.err,
             QStringLiteral("rapport: Cannot create the folder /proc/rapport-test. Choose a location you can write to.\n"));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/rapport-test")));
}

void tst_CommandLine::shouldNameTheLatestBackupOfADamagedDatabase()
{
    // GIVEN a damaged database with a daily backup
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("clients.sqlite"));
    const QString backup = BackupFiles::dailyPath(path, QDateTime(QDate(2025, 3, 4), QTime(9, 0)));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("clients-backups")));
    for (const QString &file : {path, backup}) {
        ClientStore store;
        QVERIFY(store.open(file));
        QVERIFY(store.addClientRecords(SampleDataGenerator(4).records(60, ClientStore::now())));
    }
    QByteArray data;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        data = file.readAll();
    }
    const int page = (quint8(data.at(16)) << 8) | quint8(data.at(17));
    data.replace(page, page, QByteArray(page, '\x5a'));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(data);
    }
    const QByteArray before = fileHash(path);

    // WHEN the clients are to be exported
    const Run result = run({QStringLiteral("--database"), path, QStringLiteral("--export"), dir.filePath(QStringLiteral("out.csv"))});

    // THEN it fails in one line that names the backup, and the file keeps every byte
    VERIFY_ONE_LINE_FAILURE(result);
    QVERIFY2(result.err.startsWith(QStringLiteral("rapport: %1 is damaged (").arg(QDir::toNativeSeparators(path))), qPrintable(result.err));
    QVERIFY2(result.err.endsWith(QStringLiteral("It was left untouched; restore a backup or open another file. "
                                                "The latest sound backup is %1.\n").arg(QDir::toNativeSeparators(backup))),
             qPrintable(result.err));
    QCOMPARE(fileHash(path), before);
}

void tst_CommandLine::shouldRefuseAnUnknownOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                    << QStringLiteral("rapport: Unknown option 'frobnicate'. (see rapport --help)\n");
    QTest::newRow("option missing its value") << QStringList{QStringLiteral("--generate-sample")}
                                              << QStringLiteral("rapport: Missing value after '--generate-sample'. (see rapport --help)\n");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("clients.rapport")}
                                    << QStringLiteral("rapport: unexpected argument \"clients.rapport\" (see rapport --help)\n");
    QTest::newRow("a file to import with a batch command")
        << QStringList{QStringLiteral("--export"), m_home.filePath(QStringLiteral("out.csv")), QStringLiteral("clients.vcf")}
        << QStringLiteral("rapport: unexpected argument \"clients.vcf\" (see rapport --help)\n");
    QTest::newRow("--owner without --report")
        << QStringList{QStringLiteral("--export"), m_home.filePath(QStringLiteral("out.csv")), QStringLiteral("--owner"), QStringLiteral("anna")}
        << QStringLiteral("rapport: --owner goes with --report OUT.pdf\n");
    QTest::newRow("--owner alone") << QStringList{QStringLiteral("--owner"), QStringLiteral("anna")}
                                   << QStringLiteral("rapport: --owner goes with --report OUT.pdf\n");
    QTest::newRow("--owner missing its name") << QStringList{QStringLiteral("--owner")}
                                              << QStringLiteral("rapport: Missing value after '--owner'. (see rapport --help)\n");
}

void tst_CommandLine::shouldRefuseAnUnknownOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    // WHEN rapport is started with arguments it does not understand
    const Run result = run(arguments);

    // THEN it fails in one line, pointing to --help, without opening a window or a database
    VERIFY_ONE_LINE_FAILURE(result);
    QCOMPARE(result.err, message);
    QVERIFY2(!QFileInfo::exists(m_home.filePath(QStringLiteral("data"))), "a database was created in the data folder");
}

namespace {

// Good rows, a bad row whose quoted note spans two lines, and a bad last line with no line end.
const QByteArray mixedRows = QByteArrayLiteral("name,email,satisfaction,notes\n"            // 1
                                               "Ann,ann@example.com,8,first\n"              // 2
                                               "Bob,bob@example.com,eleven,\"two\nlines\"\n" // 3-4
                                               "Cy,cy@example.com,4,\"a, b\"\n"            // 5
                                               "Dan,dan@example.com,12,last");              // 6

} // namespace

void tst_CommandLine::shouldImportNothingWhenARowIsBad()
{
    // GIVEN a file with good and bad rows
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString input = dir.filePath(QStringLiteral("clients.csv"));
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(writeFile(input, mixedRows));

    // WHEN it is imported without --skip-bad-rows
    const Run result = run({QStringLiteral("--database"), database, QStringLiteral("--import"), input});

    // THEN nothing is imported, the first bad line is named, and no file of skipped rows is written
    VERIFY_ONE_LINE_FAILURE(result);
    QCOMPARE(result.err, QStringLiteral("rapport: %1 line 3: satisfaction \"eleven\" is not a number (2 bad rows; nothing was imported)\n")
                             .arg(QDir::toNativeSeparators(input)));
    QString error;
    QCOMPARE(storedNames(database, &error), QStringList());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("clients.skipped.csv"))));
}

void tst_CommandLine::shouldImportTheGoodRowsAndWriteTheBadOnesBesideTheFile()
{
    // GIVEN a database with one client and a file with good and bad rows
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString input = dir.filePath(QStringLiteral("clients.csv"));
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(writeFile(input, mixedRows));
    {
        ClientStore store;
        QVERIFY(store.open(database));
        Client stored;
        stored.name = QStringLiteral("Zoe");
        QVERIFY(store.addClient(stored) > 0);
    }

    // WHEN it is imported with --skip-bad-rows
    const Run result = run({QStringLiteral("--database"), database, QStringLiteral("--import"), input, QStringLiteral("--skip-bad-rows")});

    // THEN the good rows are imported and one line says what was imported, skipped and where the skipped rows went
    VERIFY_SUCCESS(result);
    QCOMPARE(result.err, QString());
    const QString skipped = dir.filePath(QStringLiteral("clients.skipped.csv"));
    QCOMPARE(result.out, QStringLiteral("Imported 2 new clients and updated 0 from %1 (0 already stored). "
                                        "Bad rows skipped: 2, written with their line and reason to %2.\n")
                             .arg(QDir::toNativeSeparators(input), QDir::toNativeSeparators(skipped)));
    QString error;
    QCOMPARE(storedNames(database, &error), (QStringList{QStringLiteral("Zoe"), QStringLiteral("Ann"), QStringLiteral("Cy")}));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // AND the bad rows are beside the file, with their own cells, line and reason
    QCOMPARE(QString::fromUtf8(readFile(skipped)),
             QStringLiteral("name,email,satisfaction,notes,line,reason\r\n"
                            "Bob,bob@example.com,eleven,\"two\nlines\",3,\"satisfaction \"\"eleven\"\" is not a number\"\r\n"
                            "Dan,dan@example.com,12,last,6,satisfaction 12 is outside the scale 0-10\r\n"));
}

void tst_CommandLine::shouldImportNothingWhenTheSkippedRowsCannotBeWritten()
{
    // GIVEN a file with bad rows, and a folder where the skipped rows would go
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString input = dir.filePath(QStringLiteral("clients.csv"));
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    const QString skipped = dir.filePath(QStringLiteral("clients.skipped.csv"));
    QVERIFY(writeFile(input, mixedRows));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("clients.skipped.csv")));

    // WHEN it is imported with --skip-bad-rows
    const Run result = run({QStringLiteral("--database"), database, QStringLiteral("--import"), input, QStringLiteral("--skip-bad-rows")});

    // THEN it fails in one line naming the path, and nothing is imported
    VERIFY_ONE_LINE_FAILURE(result);
    QCOMPARE(result.err, QStringLiteral("rapport: Cannot write %1: Filename refers to a directory (the bad rows were to be "
                                        "skipped there); nothing was imported\n")
                             .arg(QDir::toNativeSeparators(skipped)));
    QString error;
    QCOMPARE(storedNames(database, &error), QStringList());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(QFileInfo(skipped).isDir());
}

void tst_CommandLine::shouldImportAThunderbirdFileInUtf16WithContactsWithoutAName()
{
    // GIVEN a Thunderbird address book saved as UTF-16 without a byte-order mark, semicolons between
    // cells, lines converted twice (CR CR LF): a named contact, one with only an address, one with
    // only a phone, and one with nothing usable
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString input = dir.filePath(QStringLiteral("adressbuch.csv"));
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    const QString text = QString::fromUtf8(
        "First Name;Last Name;Display Name;Nickname;Primary Email;Secondary Email;Screen Name;Work Phone;Home Phone;"
        "Fax Number;Pager Number;Mobile Number;Organization;Notes;\r\r\n"
        "Jörg;Weiß;Jörg Weiß;;joerg@weiss.example;jw@privat.example;;;+49 30 000001;;;+49 170 000001;Weiß GmbH;\"Zeile 1\r\nZeile 2\";\r\r\n"
        ";;;;info@ohne-name.example;;;;;;;;;;\r\r\n"
        ";;;;;;;;;;;+49 170 000003;;;\r\r\n"
        ";;;Spitzname;;;;;;;;;;;\r\r\n");
    QByteArray data;
    for (const QChar c : text)
        data.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    QVERIFY(writeFile(input, data));

    // WHEN it is imported, skipping the bad row
    const Run result = run({QStringLiteral("--database"), database, QStringLiteral("--import"), input, QStringLiteral("--skip-bad-rows")});

    // THEN the three contacts are imported, the two without a name named after what they have, and the line says so
    // (the nickname, in the skipped row, is the one filled column without a field)
    VERIFY_SUCCESS(result);
    QCOMPARE(result.err, QStringLiteral("rapport: Not imported: Nickname\n"));
    QCOMPARE(result.out, QStringLiteral("Imported 3 new clients and updated 0 from %1 (0 already stored). "
                                        "Without a name in the file, named after their email or phone: 2. "
                                        "Bad rows skipped: 1, written with their line and reason to %2.\n")
                             .arg(QDir::toNativeSeparators(input),
                                  QDir::toNativeSeparators(dir.filePath(QStringLiteral("adressbuch.skipped.csv")))));
    ClientStore store;
    QVERIFY2(store.open(database), qPrintable(store.errorString()));
    QCOMPARE(store.count(), 3);
    const Client &joerg = store.at(0);
    QCOMPARE(joerg.name, QString::fromUtf8("Jörg Weiß"));
    QCOMPARE(joerg.company, QString::fromUtf8("Weiß GmbH"));
    QCOMPARE(joerg.email(), QStringLiteral("joerg@weiss.example"));
    QCOMPARE(joerg.phone(), QStringLiteral("+49 170 000001"));
    QCOMPARE(joerg.notes, QStringLiteral("Zeile 1\nZeile 2"));
    QCOMPARE(joerg.emails.size(), 2);
    QCOMPARE(joerg.emails.at(1).value, QStringLiteral("jw@privat.example"));
    QCOMPARE(joerg.phones.value(1).value, QStringLiteral("+49 30 000001"));
    QCOMPARE(store.at(1).name, QStringLiteral("info@ohne-name.example"));
    QCOMPARE(store.at(2).name, QStringLiteral("+49 170 000003"));
}

void tst_CommandLine::shouldNameTheColumnsItDoesNotImportOnStandardError()
{
    // GIVEN a Google Contacts export with a birthday and a street, which no client field takes
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString input = dir.filePath(QStringLiteral("contacts.csv"));
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(writeFile(input, QByteArrayLiteral("First Name,Last Name,Birthday,E-mail 1 - Value,Address 1 - Street,Address 1 - City\r\n"
                                               "Ann,Smith,1980-01-01,ann@acme.example,,\r\n"
                                               "Bob,Jones,,,1 High St,\r\n")));

    // WHEN it is imported
    const Run result = run({QStringLiteral("--database"), database, QStringLiteral("--import"), input});

    // THEN both clients are imported, and standard error names what was left out (not the empty city)
    VERIFY_SUCCESS(result);
    QCOMPARE(result.err, QStringLiteral("rapport: Not imported: Birthday, Address 1 - Street\n"));
    QCOMPARE(result.out, QStringLiteral("Imported 2 new clients and updated 0 from %1 (0 already stored).\n")
                             .arg(QDir::toNativeSeparators(input)));
}

void tst_CommandLine::shouldRefuseToExportInteractionsAsVCard()
{
    // GIVEN a database with sample clients
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(makeDatabase(database, 3));

    // WHEN the interactions are to be exported to a .vcf file
    const QString output = dir.filePath(QStringLiteral("log.vcf"));
    const Run result = run({QStringLiteral("--database"), database, QStringLiteral("--export"), output,
                            QStringLiteral("--interactions")});

    // THEN it fails in one line saying why, and writes nothing
    VERIFY_ONE_LINE_FAILURE(result);
    QCOMPARE(result.err, QStringLiteral("rapport: the interactions are exported as CSV, not as vCard: name the file .csv\n"));
    QVERIFY(!QFileInfo::exists(output));
}

void tst_CommandLine::shouldExportOneClientAsJson()
{
    // GIVEN a database with sample clients
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(makeDatabase(database, 3));
    QString name;
    {
        ClientStore store;
        QVERIFY(store.open(database));
        name = store.client(2)->displayName();
    }

    // WHEN client 2 is exported
    const QString output = dir.filePath(QStringLiteral("client.json"));
    const Run result = run({QStringLiteral("--database"), database, QStringLiteral("--export"), output, QStringLiteral("--client"),
                            QStringLiteral("2")});

    // THEN the file holds that client, and the run says so in one line
    VERIFY_SUCCESS(result);
    QCOMPARE(result.out, QStringLiteral("Exported everything about %1 to %2.\n").arg(name, QDir::toNativeSeparators(output)));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("rapport-client"));
    QCOMPARE(json.value(QLatin1String("client")).toObject().value(QLatin1String("id")).toInt(), 2);
}

void tst_CommandLine::shouldRefuseToExportAClientThatIsNotThere()
{
    // GIVEN a database with three sample clients
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(makeDatabase(database, 3));
    const QString output = dir.filePath(QStringLiteral("client.json"));

    // WHEN client 99 is exported THEN it fails in one line and writes nothing
    const Run missing = run({QStringLiteral("--database"), database, QStringLiteral("--export"), output, QStringLiteral("--client"),
                             QStringLiteral("99")});
    VERIFY_ONE_LINE_FAILURE(missing);
    QCOMPARE(missing.err, QStringLiteral("rapport: there is no client 99 in %1\n").arg(QDir::toNativeSeparators(database)));
    // AND a client that is no number, or --client alone, is refused too
    const Run word = run({QStringLiteral("--database"), database, QStringLiteral("--export"), output, QStringLiteral("--client"),
                          QStringLiteral("Ada")});
    VERIFY_ONE_LINE_FAILURE(word);
    QCOMPARE(word.err, QStringLiteral("rapport: --client needs the number of a client, not \"Ada\"\n"));
    const Run alone = run({QStringLiteral("--database"), database, QStringLiteral("--client"), QStringLiteral("2")});
    VERIFY_ONE_LINE_FAILURE(alone);
    QCOMPARE(alone.err, QStringLiteral("rapport: --client goes with --export FILE, without --interactions\n"));
    QVERIFY(!QFileInfo::exists(output));
}

void tst_CommandLine::shouldWriteTheFollowUpsAsACalendar()
{
    // GIVEN a database of 40 sample clients
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("clients.rapport"));
    QVERIFY(makeDatabase(database, 40));
    const QString output = dir.filePath(QStringLiteral("follow-ups.ics"));

    // WHEN its follow-ups are written as a calendar for a day long after the sample's, when every client is due
    const Run result = run({QStringLiteral("--database"), database, QStringLiteral("--calendar"), output, QStringLiteral("--as-of"),
                            QStringLiteral("2030-06-03")});

    // THEN it says so in one line, and the file holds one to-do per client, due that day
    VERIFY_SUCCESS(result);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out, QStringLiteral("Wrote 40 follow-ups as calendar to-dos to %1.\n").arg(output));
    const QByteArray ics = readFile(output);
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QCOMPARE(ics.count("BEGIN:VTODO\r\n"), 40);
    QCOMPARE(ics.count("DUE;VALUE=DATE:20300603\r\n"), 40);
    QCOMPARE(ics.count("BEGIN:VALARM\r\n"), 40);
}

void tst_CommandLine::shouldRefuseAnUnwritableCalendarPath()
{
    // GIVEN a database, and a calendar path in a folder that does not exist
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("clients.rapport"));
    QVERIFY(makeDatabase(database, 5));
    const QString output = dir.filePath(QStringLiteral("missing/follow-ups.ics"));

    // WHEN the calendar is written there
    const Run result = run({QStringLiteral("--database"), database, QStringLiteral("--calendar"), output});

    // THEN it fails in one line naming the file, and writes nothing
    VERIFY_ONE_LINE_FAILURE(result);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, QStringLiteral("rapport: Cannot write %1: No such file or directory\n").arg(output));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
}

void tst_CommandLine::shouldRefuseACalendarOfAMissingDatabase()
{
    // WHEN a calendar is asked of a database that does not exist
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("none.rapport"));
    const Run result = run({QStringLiteral("--database"), database, QStringLiteral("--calendar"), dir.filePath(QStringLiteral("x.ics"))});

    // THEN it fails in one line, creating neither the database nor the calendar
    VERIFY_ONE_LINE_FAILURE(result);
    QCOMPARE(result.err, QStringLiteral("rapport: there is no database at %1\n").arg(database));
    QVERIFY(!QFileInfo::exists(database));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.ics"))));
}

void tst_CommandLine::shouldHandAFileOverToTheRunningRapport()
{
    // GIVEN Rapport running in window mode, with a runtime folder of its own
    const QString runtime = m_home.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(runtime));
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    const QString database = m_home.filePath(QStringLiteral("window.rapport"));
    QProcess first;
    first.setProcessEnvironment(environment);
    first.start(QStringLiteral(RAPPORT_EXECUTABLE), {QStringLiteral("--database"), database});
    QVERIFY(first.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(runtime).entryList({QStringLiteral("rapport-*")}, QDir::System).isEmpty(), 60000);

    // WHEN Rapport is started again with a vCard, as a file manager does
    const QString vcard = m_home.filePath(QStringLiteral("Mes contacts é.vcf"));
    QVERIFY(writeFile(vcard, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Martin\r\nEND:VCARD\r\n"));
    QProcess second;
    second.setProcessEnvironment(environment);
    second.start(QStringLiteral(RAPPORT_EXECUTABLE), {vcard});
    QVERIFY(second.waitForFinished(60000));

    // THEN the second start hands the file over and ends at once; the running Rapport goes on
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(first.state(), QProcess::Running);
    first.kill();
    first.waitForFinished(10000);
}

void tst_CommandLine::shouldAcceptNewInstanceWithABatchCommand()
{
    // WHEN --new-instance comes with a command that opens no window
    const Run result = run({QStringLiteral("--new-instance"), QStringLiteral("--version")});

    // THEN it is accepted and changes nothing
    VERIFY_SUCCESS(result);
    QCOMPARE(result.out, QStringLiteral("Rapport " RAPPORT_VERSION "\n"));
}

void tst_CommandLine::shouldReadMailIntoTheDatabase()
{
    // GIVEN a database with Ann and Bob, and an mbox of four messages, three with them
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(makeMailDatabase(database));
    const QString mbox = dir.filePath(QStringLiteral("Inbox"));
    QVERIFY(writeFile(mbox, conversationMbox()));

    // WHEN it is read, with the owner's two addresses given
    const Run first = run({QStringLiteral("--database"), database, QStringLiteral("--read-mail"), mbox, QStringLiteral("--own-address"),
                           QStringLiteral("owner@shop.example,sales@shop.example"), QStringLiteral("--own-address"),
                           QStringLiteral("anna@home.example")});

    // THEN it says in one line what it logged, and the database keeps the addresses and the interactions
    VERIFY_SUCCESS(first);
    QCOMPARE(first.err, QString());
    QCOMPARE(englishPlurals(first.out), QStringLiteral("4 messages, 3 logged for 2 clients, 2 unanswered\n"));
    {
        ClientStore store;
        QVERIFY(store.open(database));
        QCOMPARE(MailLog::ownAddresses(store),
                 (QStringList{QStringLiteral("owner@shop.example"), QStringLiteral("sales@shop.example"), QStringLiteral("anna@home.example")}));
        QCOMPARE(store.interactionCount(), qint64(3));
    }

    // WHEN it is read again, without the addresses (they are kept)
    const Run second = run({QStringLiteral("--database"), database, QStringLiteral("--read-mail"), mbox});

    // THEN nothing new is logged
    VERIFY_SUCCESS(second);
    QCOMPARE(englishPlurals(second.out), QStringLiteral("0 messages, 0 logged for 0 clients, 0 unanswered\n"));
    ClientStore store;
    QVERIFY(store.open(database));
    QCOMPARE(store.interactionCount(), qint64(3));
}

void tst_CommandLine::shouldRefuseToReadMailThatIsNotThere()
{
    // GIVEN a database, and a path where there is no mail
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(makeMailDatabase(database));
    const QString missing = dir.filePath(QStringLiteral("no-such-mbox"));

    // WHEN it is to be read
    const Run result = run({QStringLiteral("--database"), database, QStringLiteral("--read-mail"), missing, QStringLiteral("--own-address"),
                            QStringLiteral("owner@shop.example")});

    // THEN the run fails in one line naming the path
    VERIFY_ONE_LINE_FAILURE(result);
    QCOMPARE(result.err, QStringLiteral("rapport: there is no mail at %1\n").arg(QDir::toNativeSeparators(missing)));
}

void tst_CommandLine::shouldRefuseToReadMailWithoutTheOwnersAddress()
{
    // GIVEN a database that knows no address of the owner, and an mbox
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(makeMailDatabase(database));
    const QString mbox = dir.filePath(QStringLiteral("Inbox"));
    QVERIFY(writeFile(mbox, conversationMbox()));

    // WHEN it is read without --own-address
    const Run result = run({QStringLiteral("--database"), database, QStringLiteral("--read-mail"), mbox});

    // THEN the run fails saying what is missing, and nothing is logged
    VERIFY_ONE_LINE_FAILURE(result);
    QCOMPARE(result.err, QStringLiteral("rapport: Rapport does not know which email addresses are yours, so it cannot tell the mail "
                                        "you sent from the mail you received: give them in Read Mail (or with --own-address).\n"));
    ClientStore store;
    QVERIFY(store.open(database));
    QCOMPARE(store.interactionCount(), qint64(0));
}

void tst_CommandLine::shouldRefuseToReadAnImapMailboxWithoutAPassword()
{
    // GIVEN a database, and neither RAPPORT_MAIL_PASSWORD nor a session bus with a keyring
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(makeMailDatabase(database));

    // WHEN an IMAP mailbox is to be read
    const Run result = runRapport({QStringLiteral("--database"), database, QStringLiteral("--read-mail"),
                                   QStringLiteral("imaps://anna@mail.example/INBOX"), QStringLiteral("--own-address"),
                                   QStringLiteral("anna@mail.example")},
                                  m_home, {QStringLiteral("RAPPORT_MAIL_PASSWORD"), QStringLiteral("DBUS_SESSION_BUS_ADDRESS")});

    // THEN the run fails at once, saying where the password may come from
    VERIFY_ONE_LINE_FAILURE(result);
    QCOMPARE(result.err, QStringLiteral("rapport: no password for imaps://anna@mail.example/INBOX: set RAPPORT_MAIL_PASSWORD, "
                                        "or keep it in the keyring with File \u2192 Read Mail\u2026\n"));
}

void tst_CommandLine::shouldRefuseABadSinceDate()
{
    // WHEN mail is to be read since a day that does not exist
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run result = run({QStringLiteral("--database"), dir.filePath(QStringLiteral("clients.sqlite")), QStringLiteral("--read-mail"),
                            dir.path(), QStringLiteral("--since"), QStringLiteral("2026-02-30")});

    // THEN the run fails in one line and writes no database
    VERIFY_ONE_LINE_FAILURE(result);
    QCOMPARE(result.err, QStringLiteral("rapport: --since needs a date written YYYY-MM-DD, not \"2026-02-30\"\n"));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("clients.sqlite"))));
}

void tst_CommandLine::shouldSayWhyAnImapMailboxCouldNotBeRead()
{
    // GIVEN a database, the password in RAPPORT_MAIL_PASSWORD, and a port on this computer where no server listens
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(makeMailDatabase(database));
    qputenv("RAPPORT_MAIL_PASSWORD", "secret");
    const Run result = run({QStringLiteral("--database"), database, QStringLiteral("--read-mail"),
                            QStringLiteral("imaps://anna@127.0.0.1:1/INBOX"), QStringLiteral("--own-address"),
                            QStringLiteral("anna@mail.example")});
    qunsetenv("RAPPORT_MAIL_PASSWORD");

    // THEN the run fails in one line saying the server cannot be reached (nothing was read, so no summary)
    VERIFY_ONE_LINE_FAILURE(result);
    QCOMPARE(result.err, QStringLiteral("rapport: Cannot reach the mail server 127.0.0.1 on port 1: check the server name and "
                                        "port, and that this computer is online.\n"));
}

void tst_CommandLine::shouldReadAnImapMailboxWhoseCertificateIsTrusted()
{
    const QString missing = DovecotServer::missingPrograms();
    if (!missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("No IMAP server to test against: %1").arg(missing)));
    // GIVEN Ann and Bob, and an IMAP server on 127.0.0.1 with a certificate of its own, holding Ann's question
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(makeMailDatabase(database));
    DovecotServer server;
    const QString error = server.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(server.addMessage("From: Ann Abbott <ann@acme.example>\r\nTo: owner@shop.example\r\nSubject: Question\r\n"
                              "Date: Mon, 2 Nov 2026 10:00:00 +0000\r\nMessage-ID: <q1@acme.example>\r\n\r\nHello\r\n")
                .isEmpty());
    const QString location = QStringLiteral("imaps://%1@127.0.0.1:%2/INBOX").arg(server.user()).arg(server.tlsPort());
    qputenv("RAPPORT_MAIL_PASSWORD", server.password().toUtf8());
    const auto read = [&](const QStringList &more) {
        return run(QStringList{QStringLiteral("--database"), database, QStringLiteral("--read-mail"), location,
                               QStringLiteral("--own-address"), QStringLiteral("owner@shop.example")}
                   + more);
    };

    // WHEN it is read without trusting its certificate THEN the reading is refused, saying why
    const Run refused = read({});
    VERIFY_ONE_LINE_FAILURE(refused);
    QVERIFY2(refused.err.contains(QLatin1String("is not trusted: it is self-signed")), qPrintable(refused.err));

    // WHEN its certificate is trusted THEN Ann's question is logged
    const Run trusted = read({QStringLiteral("--trust-certificate"), server.certificateFile()});
    qunsetenv("RAPPORT_MAIL_PASSWORD");
    VERIFY_SUCCESS(trusted);
    QCOMPARE(englishPlurals(trusted.out), QStringLiteral("1 message, 1 logged for 1 client, 0 unanswered\n"));
    ClientStore store;
    QVERIFY(store.open(database));
    QCOMPARE(store.interactionCount(), qint64(1));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
