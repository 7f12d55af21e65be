#include "clientstore.h"
#include "contacttracker.h"
#include "database.h"
#include "followupreport.h"
#include "isodate.h"
#include "mainwindow.h"
#include "sampledatagenerator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
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
        QCoreApplication::translate("main", "Open the database FILE (created if missing)."),
        QCoreApplication::translate("main", "FILE"));
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
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
        QCoreApplication::translate("main", "The day the report is for (YYYY-MM-DD; default today)."),
        QCoreApplication::translate("main", "DATE"));
    parser.addOptions({databaseOption, sampleOption, seedOption, reportOption, asOfOption, screenshotOption});

    if (!parser.parse(arguments)) {
        QCoreApplication app(argc, argv);
        return failBatch(parser.errorText() + QCoreApplication::translate("main", " (see rapport --help)"));
    }
    if (!parser.positionalArguments().isEmpty()) {
        QCoreApplication app(argc, argv);
        return failBatch(QCoreApplication::translate("main", "unexpected argument \"%1\" (see rapport --help)")
                             .arg(parser.positionalArguments().constFirst()));
    }
    const QString databasePath = parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath();

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
        if (!parser.isSet(databaseOption) && !QFileInfo::exists(databasePath))
            return failBatch(QCoreApplication::translate("main", "there is no database at %1; choose one with --database")
                                 .arg(QDir::toNativeSeparators(databasePath)));
        ClientStore store;
        if (!store.open(databasePath))
            return failBatch(store.errorString());
        ContactTracker tracker(&store);
        tracker.setToday(asOf);
        FollowUpReport report = FollowUpReport::create(&store, &tracker, asOf);
        QString error;
        if (!report.writePdf(output, &error))
            return failBatch(error);
        printLine(stdout, QCoreApplication::translate("main", "Wrote the follow-up report (%n page(s)) to %1.", nullptr, report.pageCount())
                              .arg(QDir::toNativeSeparators(output)));
        return 0;
    }

    const bool batch = parser.isSet(helpOption) || parser.isSet(versionOption) || parser.isSet(sampleOption);
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
        if (!store.open(databasePath))
            return failBatch(store.errorString());
        SampleDataGenerator generator(seed);
        if (!store.addClientRecords(generator.records(count, ClientStore::now())))
            return failBatch(store.errorString());
        printLine(stdout, QCoreApplication::translate("main", "Added %1 sample clients to %2.")
                              .arg(count)
                              .arg(QDir::toNativeSeparators(databasePath)));
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rapport.svg")));
    installTranslations(app);

    ClientStore store;
    MainWindow window(&store);
    if (!window.openDatabase(databasePath))
        return 1;
    window.show();
    if (parser.isSet(screenshotOption))
        window.scheduleScreenshot(parser.value(screenshotOption));
    return app.exec();
}
