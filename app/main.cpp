#include "backupfiles.h"
#include "clientdataexport.h"
#include "clientexport.h"
#include "clientimport.h"
#include "clientstore.h"
#include "contacttracker.h"
#include "database.h"
#include "databaselocation.h"
#include "followupcalendar.h"
#include "followupreport.h"
#include "isodate.h"
#include "maillog.h"
#include "mailreading.h"
#include "mainwindow.h"
#include "reminderplanner.h"
#include "remindernotifier.h"
#include "sampledatagenerator.h"
#include "passwordkeyring.h"
#include "singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <cstdio>

using namespace Rapport;

namespace {

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

int failBatch(const QString &message)
{
    printLine(stderr, QStringLiteral("rapport: ") + message);
    return 1;
}

// A damaged database is refused in one line as well; it names the newest sound backup, if any.
int failOpen(const ClientStore &store)
{
    QString message = store.errorString();
    const bool damaged = store.openError() == Database::OpenError::Corrupt || store.openError() == Database::OpenError::NotADatabase;
    if (damaged && !store.isServer()) {
        const BackupFile backup = BackupFiles::latestSound(store.path());
        if (!backup.path.isEmpty())
            message += QLatin1Char(' ')
                + QCoreApplication::translate("main", "The latest sound backup is %1.").arg(QDir::toNativeSeparators(backup.path));
    }
    return failBatch(message);
}

void installTranslations(QCoreApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // English is the source language; its file only holds plural forms ("1 client", "2 clients")
    // and stays underneath whichever translation the locale brings.
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/rapport_en")))
        QCoreApplication::installTranslator(english);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("rapport"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && translator->language() != english->language())
        QCoreApplication::installTranslator(translator);
}

// The password the desktop's keyring keeps for a server address that carries none, as the window
// keeps it when the owner ticks "Remember" (PasswordKeyring); empty for a file, or when no keyring
// answers within a few seconds. libpq still reads ~/.pgpass and PGPASSWORD when this is empty, so
// `rapport --remind` at login reaches a server whose password only the keyring knows.
QString keyringAnswer(const QString &location)
{
    QEventLoop loop;
    QString found;
    bool answered = false;
    PasswordKeyring::read(location, &loop, [&](const QString &password, const QString &) {
        found = password;
        answered = true;
        loop.quit();
    });
    if (!answered) {
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return found;
}

QString keyringPassword(const QString &location)
{
    const DatabaseLocation where = DatabaseLocation::parse(location);
    if (!where.isServer() || !where.password().isEmpty())
        return {};
    return keyringAnswer(location);
}

// Opens the database at @p location for a batch command, with the keyring's password for a server.
bool openStore(ClientStore &store, const QString &location)
{
    return store.open(location, keyringPassword(location));
}

int importFile(const QString &file, const QString &databasePath, const QString &scaleKey, const QString &duplicates,
               bool skipBadRows)
{
    ClientImport::Scale scale = ClientImport::Scale::ZeroToTen;
    if (!ClientImport::scaleFromKey(scaleKey, &scale))
        return failBatch(QCoreApplication::translate("main", "--scale needs 0-10, 1-5, 1-7 or 1-10, not \"%1\"").arg(scaleKey));
    ClientImport::DuplicatePolicy policy = ClientImport::DuplicatePolicy::Skip;
    if (duplicates == QLatin1String("update"))
        policy = ClientImport::DuplicatePolicy::Update;
    else if (duplicates == QLatin1String("keep"))
        policy = ClientImport::DuplicatePolicy::KeepBoth;
    else if (duplicates != QLatin1String("skip"))
        return failBatch(QCoreApplication::translate("main", "--duplicates needs skip, update or keep, not \"%1\"").arg(duplicates));

    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return failBatch(QCoreApplication::translate("main", "cannot read %1: %2").arg(QDir::toNativeSeparators(file), input.errorString()));
    ClientImport import;
    QString error;
    if (!import.load(input.readAll(), &error))
        return failBatch(QDir::toNativeSeparators(file) + QLatin1Char(' ') + error + QCoreApplication::translate("main", "; nothing was imported"));
    import.setScales(scale, scale);

    ClientStore store;
    if (!openStore(store, databasePath))
        return failOpen(store);
    const ImportResult result = import.analyse(store);
    if (!result.problems.isEmpty() && !skipBadRows) {
        const ImportProblem &first = result.problems.constFirst();
        return failBatch(QCoreApplication::translate("main", "%1 line %2: %3 (%4 bad rows; nothing was imported)")
                             .arg(QDir::toNativeSeparators(file))
                             .arg(first.line)
                             .arg(first.reason)
                             .arg(result.problems.size()));
    }
    // The skipped rows are on disk before anything is imported: a file that cannot be written stops the import.
    QString skipped;
    QString skippedPath;
    if (!result.problems.isEmpty()) {
        skippedPath = ClientImport::skippedRowsPath(file);
        if (!ClientExport::write(skippedPath, import.skippedRowsCsv(result), &error))
            return failBatch(QCoreApplication::translate("main", "%1 (the bad rows were to be skipped there); nothing was imported").arg(error));
        skipped = QLatin1Char(' ')
            + QCoreApplication::translate("main", "Bad rows skipped: %1, written with their line and reason to %2.")
                  .arg(result.problems.size())
                  .arg(QDir::toNativeSeparators(skippedPath));
    }
    const auto failImport = [&] {
        if (!skippedPath.isEmpty())
            QFile::remove(skippedPath);
        return failBatch(store.errorString());
    };
    if (import.kind() == ClientImport::Kind::Interactions) {
        if (!store.addInteractions(result.interactions))
            return failImport();
        printLine(stdout, QCoreApplication::translate("main", "Imported %1 interactions from %2.")
                                  .arg(result.interactions.size())
                                  .arg(QDir::toNativeSeparators(file))
                              + skipped);
        return 0;
    }
    QVector<ClientRecord> additions;
    QVector<Client> updates;
    import.resolve(result, QVector<ClientImport::DuplicatePolicy>(result.duplicates.size(), policy), store, &additions, &updates);
    QVector<qint64> added;
    QVector<qint64> changes;
    if (!store.importClients(additions, updates, &added, &changes))
        return failImport();
    // What the file held that no client field takes, by name, as the import wizard says it.
    if (const QString notImported = ClientImport::notImportedText(import.notImported()); !notImported.isEmpty())
        printLine(stderr, QStringLiteral("rapport: ") + notImported);
    // Contacts that had only an email or a phone: the owner names them later, so say how many.
    QString unnamed;
    if (const auto count = std::count(result.nameMissing.cbegin(), result.nameMissing.cend(), true); count > 0)
        unnamed = QLatin1Char(' ')
            + QCoreApplication::translate("main", "Without a name in the file, named after their email or phone: %1.").arg(count);
    printLine(stdout, QCoreApplication::translate("main", "Imported %1 new clients and updated %2 from %3 (%4 already stored).")
                          .arg(additions.size())
                          .arg(updates.size())
                          .arg(QDir::toNativeSeparators(file))
                          .arg(result.duplicates.size())
                          + unnamed + skipped);
    return 0;
}

// The database as the owner knows it: the file, or "clients on crm.example as anna" (never a password).
QString shownDatabase(const QString &databasePath)
{
    return DatabaseLocation::parse(databasePath).displayName();
}

// Opens the database a batch command reads, which must exist already; 0, or the exit code of a failure.
// A server answers for itself whether its database is there.
int openExisting(ClientStore &store, const QString &databasePath)
{
    if (!DatabaseLocation::isServerAddress(databasePath) && !QFileInfo::exists(databasePath))
        return failBatch(QCoreApplication::translate("main", "there is no database at %1").arg(QDir::toNativeSeparators(databasePath)));
    return openStore(store, databasePath) ? 0 : failOpen(store);
}

// Copies the whole database into the empty file or server database @p target, and says how much.
int copyTo(const QString &databasePath, const QString &target)
{
    if (target.isEmpty())
        return failBatch(QCoreApplication::translate("main", "--copy-to needs a new file or the address of an empty server database"));
    ClientStore store;
    if (const int failed = openExisting(store, databasePath))
        return failed;
    const qint64 interactions = store.interactionCount();
    if (interactions < 0)
        return failBatch(store.errorString());
    if (!store.copyTo(target, keyringPassword(target)))
        return failBatch(store.errorString());
    printLine(stdout, QCoreApplication::translate("main", "Copied %1, %2 to %3.")
                          .arg(QCoreApplication::translate("main", "%Ln client(s)", nullptr, store.count()),
                               QCoreApplication::translate("main", "%Ln interaction(s)", nullptr, int(interactions)),
                               shownDatabase(target)));
    return 0;
}

int exportClient(const QString &file, const QString &databasePath, const QString &idText)
{
    bool isNumber = false;
    const qint64 id = idText.toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return failBatch(QCoreApplication::translate("main", "--client needs the number of a client, not \"%1\"").arg(idText));
    ClientStore store;
    if (const int failed = openExisting(store, databasePath))
        return failed;
    if (!store.client(id))
        return failBatch(QCoreApplication::translate("main", "there is no client %1 in %2").arg(id).arg(store.displayName()));
    QByteArray json;
    QString error;
    if (!ClientDataExport::toJson(store, id, ClientStore::now(), &json, &error) || !ClientExport::write(file, json, &error))
        return failBatch(error);
    printLine(stdout, QCoreApplication::translate("main", "Exported everything about %1 to %2.")
                          .arg(store.client(id)->displayName(), QDir::toNativeSeparators(file)));
    return 0;
}

int exportFile(const QString &file, const QString &databasePath, bool interactions)
{
    ClientStore store;
    if (const int failed = openExisting(store, databasePath))
        return failed;
    QByteArray data;
    QString error;
    const QString suffix = QFileInfo(file).suffix().toLower();
    const bool vCard = suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard");
    if (vCard && interactions)
        return failBatch(QCoreApplication::translate("main", "the interactions are exported as CSV, not as vCard: name the file .csv"));
    if (vCard)
        data = ClientExport::clientsVCard(store);
    else if (!interactions)
        data = ClientExport::clientsCsv(store, QDate::currentDate());
    else if (!ClientExport::interactionsCsv(store, &data, &error))
        return failBatch(error);
    if (!ClientExport::write(file, data, &error))
        return failBatch(error);
    printLine(stdout, QCoreApplication::translate("main", "Exported %1 to %2.")
                          .arg(interactions ? QCoreApplication::translate("main", "the interactions")
                                            : QCoreApplication::translate("main", "%1 clients").arg(store.count()),
                               QDir::toNativeSeparators(file)));
    return 0;
}

int exportCalendar(const QString &file, const QString &databasePath, QDate asOf)
{
    ClientStore store;
    if (const int failed = openExisting(store, databasePath))
        return failed;
    QString error;
    int count = 0;
    if (!FollowUpCalendar::write(&store, asOf, file, &error, &count))
        return failBatch(error);
    printLine(stdout, QCoreApplication::translate("main", "Wrote %1 follow-ups as calendar to-dos to %2.")
                          .arg(count)
                          .arg(QDir::toNativeSeparators(file)));
    return 0;
}

// Tells whom to contact today, through a notification or, without a notification service (or
// with reminders turned off), on standard output; then waits for Open or Tomorrow, if offered.
int remind(const QString &databasePath, QDate asOf)
{
    ClientStore store;
    if (!openStore(store, databasePath))
        return failOpen(store);
    ReminderNotifier reminders(&store);
    if (!ReminderNotifier::isEnabled() || reminders.check(asOf) == ReminderNotifier::Outcome::NoService) {
        const QStringList lines = ReminderPlanner::lines(ReminderPlanner::reminders(store, asOf));
        printLine(stdout, lines.isEmpty() ? QCoreApplication::translate("main", "No clients to contact today.")
                                          : lines.join(QLatin1Char('\n')));
        return 0;
    }
    if (!reminders.isWaiting())
        return 0;
    // Open starts Rapport on the client; the notification is not waited for past midnight.
    QObject::connect(&reminders, &ReminderNotifier::openRequested, &reminders, [databasePath](qint64 clientId) {
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                {QStringLiteral("--database"), databasePath, QStringLiteral("--select"), QString::number(clientId)});
    });
    QObject::connect(&reminders, &ReminderNotifier::finished, QCoreApplication::instance(), &QCoreApplication::quit);
    const QDateTime now = QDateTime::currentDateTime();
    QTimer::singleShot(int(std::max<qint64>(60 * 1000, now.msecsTo(QDateTime(now.date().addDays(1), QTime(0, 0))))),
                       QCoreApplication::instance(), &QCoreApplication::quit);
    return QCoreApplication::exec();
}

// Reads the owner's mail at @p location (a file, a folder or an IMAP address) into the database
// and says what came of it. The password of an IMAP mailbox comes from RAPPORT_MAIL_PASSWORD or
// the keyring (asked only when there is a session bus, so that it cannot hang), never from the
// command line, and is not kept.
int readMail(const QString &databasePath, const QString &location, const QStringList &ownAddresses, const QDateTime &since,
             const QString &trustedCertificate)
{
    if (location.isEmpty())
        return failBatch(QCoreApplication::translate("main", "--read-mail needs a mail file or folder, or an imaps:// address"));
    const bool server = MailReading::isServerAddress(location);
    if (!server && !QFileInfo::exists(location))
        return failBatch(QCoreApplication::translate("main", "there is no mail at %1").arg(QDir::toNativeSeparators(location)));
    QString password;
    if (server) {
        password = qEnvironmentVariable("RAPPORT_MAIL_PASSWORD");
        if (password.isEmpty() && !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            password = keyringAnswer(location);
        if (password.isEmpty())
            return failBatch(QCoreApplication::translate("main", "no password for %1: set RAPPORT_MAIL_PASSWORD, or keep "
                                                                 "it in the keyring with File → Read Mail…")
                                 .arg(location));
    }
    ClientStore store;
    if (!openStore(store, databasePath))
        return failOpen(store);
    if (!ownAddresses.isEmpty() && !MailLog::setOwnAddresses(&store, ownAddresses))
        return failBatch(store.errorString());
    MailReading reading(&store);
    reading.setTrustedCertificateFile(trustedCertificate);
    if (!reading.start(location, password, since))
        return failBatch(reading.errorString());
    QEventLoop loop;
    bool succeeded = false;
    QObject::connect(&reading, &MailReading::finished, &loop, [&](bool ok, bool) {
        succeeded = ok;
        loop.quit();
    });
    loop.exec();
    // A reading that failed part-way says what it kept before why it stopped; one that read
    // nothing says only why.
    if (succeeded || reading.counts().messages > 0 || reading.skipped() > 0) {
        QString line = reading.summary();
        if (reading.skipped() > 0)
            line += QLatin1String(", ")
                + QCoreApplication::translate("main", "%Ln left out (unreadable)", nullptr, int(reading.skipped()));
        printLine(stdout, line);
    }
    if (!succeeded)
        return failBatch(reading.errorString());
    return 0;
}

// What a file manager hands to Rapport: the files the import wizard reads.
bool isImportable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.rapport.Rapport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Parse before any application object exists: --help, --version and the batch commands
    // must work on a machine with no display.
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Rapport shows which clients need your attention first, and why."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
        QCoreApplication::translate("main", "Open the database FILE (created if missing), or the database on a PostgreSQL "
                                            "server at the address URI: postgresql://USER@HOST:PORT/NAME or "
                                            "\"host=HOST dbname=NAME user=USER\". The password comes from ~/.pgpass, "
                                            "PGPASSWORD or the address."),
        QCoreApplication::translate("main", "FILE|URI"));
    const QCommandLineOption sampleOption(QStringLiteral("generate-sample"),
        QCoreApplication::translate("main", "Add N sample clients to the database and exit."),
        QCoreApplication::translate("main", "N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        QCoreApplication::translate("main", "Seed for --generate-sample (default 1): the same seed gives the same clients."),
        QCoreApplication::translate("main", "S"), QStringLiteral("1"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Open the window, save a picture of it to FILE (PNG) and exit."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption reportOption(QStringLiteral("report"),
        QCoreApplication::translate("main", "Write the follow-up report of the database to OUT.pdf and exit."),
        QCoreApplication::translate("main", "OUT.pdf"));
    const QCommandLineOption ownerOption(QStringLiteral("owner"),
        QCoreApplication::translate("main", "With --report: only the clients whose account owner is NAME (any case). "
                                            "A NAME no client has is refused, with the owners there are."),
        QCoreApplication::translate("main", "NAME"));
    const QCommandLineOption calendarOption(QStringLiteral("calendar"),
        QCoreApplication::translate("main", "Write the follow-ups of the database as calendar to-dos (iCalendar) to OUT.ics and exit."),
        QCoreApplication::translate("main", "OUT.ics"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
        QCoreApplication::translate("main", "The day the report or the calendar is for (YYYY-MM-DD; default today)."),
        QCoreApplication::translate("main", "DATE"));
    const QCommandLineOption importOption(QStringLiteral("import"),
        QCoreApplication::translate("main", "Import clients or interactions from a CSV or vCard FILE and exit. "
                                            "Nothing is written if any row is bad, unless --skip-bad-rows is given."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
        QCoreApplication::translate("main", "The scale of the scores in an imported file: 0-10 (default), 1-5, 1-7 or 1-10."),
        QCoreApplication::translate("main", "SCALE"), QStringLiteral("0-10"));
    const QCommandLineOption duplicatesOption(QStringLiteral("duplicates"),
        QCoreApplication::translate("main", "What to do with imported clients that are already stored "
                                            "(same email, or same name and company): skip (default), update or keep."),
        QCoreApplication::translate("main", "WHAT"), QStringLiteral("skip"));
    const QCommandLineOption skipBadRowsOption(QStringLiteral("skip-bad-rows"),
        QCoreApplication::translate("main", "With --import: import the good rows and write the bad ones, with their line "
                                            "and reason, to FILE.skipped.csv beside the imported file."));
    const QCommandLineOption exportOption(QStringLiteral("export"),
        QCoreApplication::translate("main", "Export the clients (or, with --interactions, the interactions) to a CSV FILE and exit; "
                                            "a FILE ending in .vcf gets the clients as vCards for an address book."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption interactionsOption(QStringLiteral("interactions"),
        QCoreApplication::translate("main", "With --export: export the interactions instead of the clients."));
    const QCommandLineOption clientOption(QStringLiteral("client"),
        QCoreApplication::translate("main", "With --export: export everything stored about the client ID (fields, interactions, "
                                            "moves) as one JSON FILE, for a client who asks for their data."),
        QCoreApplication::translate("main", "ID"));
    const QCommandLineOption remindOption(QStringLiteral("remind"),
        QCoreApplication::translate("main", "Show a desktop notification naming the clients to contact today (once a day "
                                            "each, unless something new happens) without opening a window, and wait for "
                                            "Open or Tomorrow; without a notification service, print them and exit. "
                                            "--as-of sets the day."));
    const QCommandLineOption copyToOption(QStringLiteral("copy-to"),
        QCoreApplication::translate("main", "Copy every client, interaction, move and setting of the database into TARGET "
                                            "and exit: a new file, or an empty database on a server (an address as for "
                                            "--database). The database itself is left as it is."),
        QCoreApplication::translate("main", "TARGET"));
    const QCommandLineOption readMailOption(QStringLiteral("read-mail"),
        QCoreApplication::translate("main", "Log the emails exchanged with clients as interactions and exit: PLACE is an "
                                            "mbox file, a Maildir or a folder of .eml files, a Thunderbird profile, or "
                                            "imaps://USER@HOST/INBOX (the password comes from RAPPORT_MAIL_PASSWORD or "
                                            "the keyring). Reading again adds only what is new."),
        QCoreApplication::translate("main", "PLACE"));
    const QCommandLineOption sinceOption(QStringLiteral("since"),
        QCoreApplication::translate("main", "With --read-mail: leave out mail older than DATE (YYYY-MM-DD)."),
        QCoreApplication::translate("main", "DATE"));
    const QCommandLineOption ownAddressOption(QStringLiteral("own-address"),
        QCoreApplication::translate("main", "With --read-mail: your own email ADDRESS, kept for the next readings "
                                            "(repeat it, or separate addresses with commas)."),
        QCoreApplication::translate("main", "ADDRESS"));
    const QCommandLineOption trustCertificateOption(QStringLiteral("trust-certificate"),
        QCoreApplication::translate("main", "With --read-mail from a server whose certificate is its own (self-signed): trust "
                                            "the certificate in FILE (PEM) as well as those the system trusts."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption selectOption(QStringLiteral("select"),
        QCoreApplication::translate("main", "Open the window with the client ID selected."),
        QCoreApplication::translate("main", "ID"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("main", "Use the language CODE (for example de, fr or en) instead of the system's."),
        QCoreApplication::translate("main", "CODE"));
    const QCommandLineOption newInstanceOption(QStringLiteral("new-instance"),
        QCoreApplication::translate("main", "Open a window of its own even when Rapport is already running, "
                                            "instead of bringing that one forward."));
    parser.addPositionalArgument(QStringLiteral("files"),
        QCoreApplication::translate("main", "CSV or vCard files to import, each through the import wizard in the window. "
                                            "When Rapport is already running, its window imports them."),
        QCoreApplication::translate("main", "[FILE...]"));
    parser.addOption(langOption);
    parser.addOptions({databaseOption, sampleOption, seedOption, importOption, scaleOption, duplicatesOption, skipBadRowsOption,
                       exportOption, interactionsOption, clientOption, copyToOption, readMailOption, sinceOption, ownAddressOption, trustCertificateOption, reportOption, ownerOption, calendarOption, asOfOption, remindOption, selectOption,
                       screenshotOption, newInstanceOption});

    if (!parser.parse(arguments)) {
        QCoreApplication app(argc, argv);
        return failBatch(parser.errorText() + QCoreApplication::translate("main", " (see rapport --help)"));
    }
    if (parser.isSet(ownerOption) && !parser.isSet(reportOption)) {
        QCoreApplication app(argc, argv);
        return failBatch(QCoreApplication::translate("main", "--owner goes with --report OUT.pdf"));
    }
    if (parser.isSet(clientOption) && (!parser.isSet(exportOption) || parser.isSet(interactionsOption))) {
        QCoreApplication app(argc, argv);
        return failBatch(QCoreApplication::translate("main", "--client goes with --export FILE, without --interactions"));
    }
    // Files to import go to the window: a batch command, or a file that is no CSV or vCard, is refused.
    const bool windowless = parser.isSet(sampleOption) || parser.isSet(importOption) || parser.isSet(exportOption)
        || parser.isSet(copyToOption) || parser.isSet(readMailOption)
        || parser.isSet(calendarOption) || parser.isSet(reportOption) || parser.isSet(remindOption)
        || parser.isSet(screenshotOption);
    for (const QString &argument : parser.positionalArguments()) {
        if (windowless || !isImportable(argument)) {
            QCoreApplication app(argc, argv);
            return failBatch(QCoreApplication::translate("main", "unexpected argument \"%1\" (see rapport --help)").arg(argument));
        }
    }
    if (parser.isSet(langOption)) {
        const QLocale language(parser.value(langOption));
        if (language.language() == QLocale::C && parser.value(langOption).compare(QLatin1String("C"), Qt::CaseInsensitive) != 0) {
            QCoreApplication app(argc, argv);
            return failBatch(QCoreApplication::translate("main", "--lang needs a language code such as de, fr or en, not \"%1\"")
                                 .arg(parser.value(langOption)));
        }
        QLocale::setDefault(language);
    }
    const QString databasePath = parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath();
    const bool onServer = DatabaseLocation::isServerAddress(databasePath);

    if (parser.isSet(reportOption)) {
        // The report paints text and the chart, which needs a GUI application; with no display,
        // the offscreen platform does the painting.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        installTranslations(app);
        QDate asOf = QDate::currentDate();
        if (parser.isSet(asOfOption)) {
            asOf = parseIsoDate(parser.value(asOfOption));
            if (!asOf.isValid())
                return failBatch(QCoreApplication::translate("main", "--as-of needs a date written YYYY-MM-DD, not \"%1\"")
                                     .arg(parser.value(asOfOption)));
        }
        const QString output = parser.value(reportOption);
        if (output.isEmpty())
            return failBatch(QCoreApplication::translate("main", "--report needs the path of the PDF to write"));
        if (!onServer && !parser.isSet(databaseOption) && !QFileInfo::exists(databasePath))
            return failBatch(QCoreApplication::translate("main", "there is no database at %1; choose one with --database")
                                 .arg(QDir::toNativeSeparators(databasePath)));
        ClientStore store;
        if (!openStore(store, databasePath))
            return failOpen(store);
        const QString owner = parser.value(ownerOption).trimmed();
        if (parser.isSet(ownerOption)) {
            if (owner.isEmpty())
                return failBatch(QCoreApplication::translate("main", "--owner needs the name of an account owner"));
            // A mistyped name would give an empty report that looks like good news: refuse it instead.
            const QVector<Client> &clients = store.clients();
            const auto isOwners = [&owner](const Client &client) { return client.isOwnedBy(owner); };
            if (std::none_of(clients.begin(), clients.end(), isOwners)) {
                const QStringList owners = Client::ownersOf(clients);
                return failBatch(owners.isEmpty()
                        ? QCoreApplication::translate("main", "no client has \"%1\" as account owner; no client has an owner yet")
                              .arg(owner)
                        : QCoreApplication::translate("main", "no client has \"%1\" as account owner; the owners are: %2")
                              .arg(owner, owners.join(QStringLiteral(", "))));
            }
        }
        ContactTracker tracker(&store);
        tracker.setToday(asOf);
        FollowUpReport report = FollowUpReport::create(&store, &tracker, asOf, owner);
        QString error;
        if (!report.writePdf(output, &error))
            return failBatch(error);
        printLine(stdout, QCoreApplication::translate("main", "Wrote the follow-up report (%n page(s)) to %1.", nullptr, report.pageCount())
                              .arg(QDir::toNativeSeparators(output)));
        return 0;
    }

    if (parser.isSet(remindOption) && !parser.isSet(helpOption) && !parser.isSet(versionOption)) {
        // No window: a notification goes over D-Bus, which needs no display.
        QCoreApplication app(argc, argv);
        installTranslations(app);
        QDate asOf = QDate::currentDate();
        if (parser.isSet(asOfOption)) {
            asOf = parseIsoDate(parser.value(asOfOption));
            if (!asOf.isValid())
                return failBatch(QCoreApplication::translate("main", "--as-of needs a date written YYYY-MM-DD, not \"%1\"")
                                     .arg(parser.value(asOfOption)));
        }
        if (!onServer && !QFileInfo::exists(databasePath))
            return failBatch(QCoreApplication::translate("main", "there is no database at %1; choose one with --database")
                                 .arg(QDir::toNativeSeparators(databasePath)));
        return remind(databasePath, asOf);
    }

    const bool batch = parser.isSet(helpOption) || parser.isSet(versionOption) || parser.isSet(sampleOption)
        || parser.isSet(importOption) || parser.isSet(exportOption) || parser.isSet(calendarOption) || parser.isSet(copyToOption)
        || parser.isSet(readMailOption);
    if (batch) {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        if (parser.isSet(helpOption)) {
            printLine(stdout, parser.helpText().trimmed());
            return 0;
        }
        if (parser.isSet(versionOption)) {
            printLine(stdout, QStringLiteral("Rapport ") + QCoreApplication::applicationVersion());
            return 0;
        }
        if (parser.isSet(importOption))
            return importFile(parser.value(importOption), databasePath, parser.value(scaleOption), parser.value(duplicatesOption),
                              parser.isSet(skipBadRowsOption));
        if (parser.isSet(calendarOption)) {
            QDate asOf = QDate::currentDate();
            if (parser.isSet(asOfOption)) {
                asOf = parseIsoDate(parser.value(asOfOption));
                if (!asOf.isValid())
                    return failBatch(QCoreApplication::translate("main", "--as-of needs a date written YYYY-MM-DD, not \"%1\"")
                                         .arg(parser.value(asOfOption)));
            }
            if (parser.value(calendarOption).isEmpty())
                return failBatch(QCoreApplication::translate("main", "--calendar needs the path of the .ics file to write"));
            return exportCalendar(parser.value(calendarOption), databasePath, asOf);
        }
        if (parser.isSet(readMailOption)) {
            QDateTime since;
            if (parser.isSet(sinceOption)) {
                const QDate day = parseIsoDate(parser.value(sinceOption));
                if (!day.isValid())
                    return failBatch(QCoreApplication::translate("main", "--since needs a date written YYYY-MM-DD, not \"%1\"")
                                         .arg(parser.value(sinceOption)));
                since = day.startOfDay();
            }
            QStringList ownAddresses;
            for (const QString &value : parser.values(ownAddressOption))
                for (const QString &address : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    if (!address.trimmed().isEmpty())
                        ownAddresses.append(address.trimmed());
            return readMail(databasePath, parser.value(readMailOption), ownAddresses, since, parser.value(trustCertificateOption));
        }
        if (parser.isSet(copyToOption))
            return copyTo(databasePath, parser.value(copyToOption));
        if (parser.isSet(exportOption) && parser.isSet(clientOption))
            return exportClient(parser.value(exportOption), databasePath, parser.value(clientOption));
        if (parser.isSet(exportOption))
            return exportFile(parser.value(exportOption), databasePath, parser.isSet(interactionsOption));
        bool countOk = false;
        const int count = parser.value(sampleOption).toInt(&countOk);
        if (!countOk || count < 1 || count > 1000000)
            return failBatch(QCoreApplication::translate("main", "--generate-sample needs a number of clients from 1 to 1000000, not \"%1\"")
                                 .arg(parser.value(sampleOption)));
        bool seedOk = false;
        const quint32 seed = parser.value(seedOption).toUInt(&seedOk);
        if (!seedOk)
            return failBatch(QCoreApplication::translate("main", "--seed needs a whole number from 0 to 4294967295, not \"%1\"")
                                 .arg(parser.value(seedOption)));
        ClientStore store;
        if (!openStore(store, databasePath))
            return failOpen(store);
        SampleDataGenerator generator(seed);
        if (!store.addClientRecords(generator.records(count, ClientStore::now())))
            return failBatch(store.errorString());
        printLine(stdout, QCoreApplication::translate("main", "Added %1 sample clients to %2.")
                              .arg(count)
                              .arg(shownDatabase(databasePath)));
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rapport.svg")));
    installTranslations(app);

    // One Rapport at a time: a running one is brought forward and given the files and the client.
    SingleInstance::Request request;
    for (const QString &file : parser.positionalArguments())
        request.files.append(QFileInfo(file).absoluteFilePath());
    if (parser.isSet(selectOption))
        request.clientId = parser.value(selectOption).toLongLong();
    const bool single = !parser.isSet(newInstanceOption) && !parser.isSet(screenshotOption);
    SingleInstance instance;
    if (single && instance.handOver(request))
        return 0;

    ClientStore store;
    MainWindow window(&store);
    // The window shows at once and fills in when the file is read; giving up on it ends Rapport.
    QObject::connect(
        &window, &MainWindow::openFinished, &app, [](bool opened) {
            if (!opened)
                QCoreApplication::exit(1);
        },
        Qt::SingleShotConnection);
    // Reminders when a file is opened and when a new day begins; Open brings the window forward.
    // A screenshot run shows none.
    ReminderNotifier reminders(&store);
    QDate remindedFor;
    const auto checkReminders = [&] {
        remindedFor = window.contactTracker()->today();
        if (!parser.isSet(screenshotOption) && store.isOpen() && ReminderNotifier::isEnabled())
            reminders.check(remindedFor);
    };
    QObject::connect(&window, &MainWindow::openFinished, &reminders, [&](bool opened) {
        if (opened)
            checkReminders();
    });
    QObject::connect(window.contactTracker(), &ContactTracker::statusesReset, &reminders, [&] {
        if (remindedFor.isValid() && window.contactTracker()->today() != remindedFor)
            checkReminders();
    });
    const auto bringForward = [&window] {
        window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
        window.show();
        window.raise();
        window.activateWindow();
    };
    QObject::connect(&reminders, &ReminderNotifier::openRequested, &window, [&window, bringForward](qint64 clientId) {
        bringForward();
        window.setCurrentClient(clientId);
    });
    if (parser.isSet(selectOption)) {
        const qint64 clientId = request.clientId;
        QObject::connect(
            &window, &MainWindow::openFinished, &window, [&window, &store, clientId](bool opened) {
                if (opened && store.rowOf(clientId) >= 0)
                    window.setCurrentClient(clientId);
            },
            Qt::SingleShotConnection);
    }
    // Files to import wait for the database, and for the wizard of the file before them.
    QStringList pendingImports = request.files;
    bool importing = false;
    const auto importPending = [&] {
        if (importing || !store.isOpen())
            return;
        importing = true;
        while (!pendingImports.isEmpty())
            window.importFile(pendingImports.takeFirst());
        importing = false;
    };
    QObject::connect(&window, &MainWindow::openFinished, &window, [&](bool opened) {
        if (opened)
            QTimer::singleShot(0, &window, importPending);
    });
    QObject::connect(&instance, &SingleInstance::requested, &window, [&](const SingleInstance::Request &handedOver) {
        bringForward();
        if (handedOver.clientId != 0 && store.isOpen() && store.rowOf(handedOver.clientId) >= 0)
            window.setCurrentClient(handedOver.clientId);
        pendingImports.append(handedOver.files);
        // Out of the socket's signal: the wizard runs an event loop of its own.
        QTimer::singleShot(0, &window, importPending);
    });
    window.show();
    if (single)
        instance.listen();
    window.openDatabase(databasePath);
    if (parser.isSet(screenshotOption))
        window.scheduleScreenshot(parser.value(screenshotOption));
    return app.exec();
}
