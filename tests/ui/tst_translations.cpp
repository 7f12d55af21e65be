#include "clientlistpanel.h"
#include "clientstore.h"
#include "mainwindow.h"
#include "segment.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

using namespace Rapport;

namespace {

/** One message of a .ts file. */
struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QStringList translations; ///< the one translation, or every plural form
    bool unfinished = false;
};

/** Every message of the .ts file at @p path; empty (and a test failure) if it cannot be read. */
QList<TsMessage> readTs(const QString &path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                messages.append(current);
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.unfinished = !xml.attributes().value(QLatin1String("type")).isEmpty();
            if (!current.numerus)
                current.translations.append(xml.readElementText());
        } else if (name == QLatin1String("numerusform")) {
            current.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

/** The placeholders (%1, %2, %n) of @p text, sorted. */
QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

/** How many accelerator ampersands @p text has ("&&" is a literal ampersand). */
int accelerators(const QString &text)
{
    return int(QString(text).remove(QStringLiteral("&&")).count(QLatin1Char('&')));
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void shouldShowTheMainWindowInTheChosenLanguage_data();
    void shouldShowTheMainWindowInTheChosenLanguage();
    void shouldUseTheLanguagesPluralForms_data();
    void shouldUseTheLanguagesPluralForms();
    void shouldTranslateKnownMessagesFromEveryPart_data();
    void shouldTranslateKnownMessagesFromEveryPart();
    void shouldTranslateEveryMessageOfTheTsFile_data();
    void shouldTranslateEveryMessageOfTheTsFile();

private:
    /** Loads and installs :/i18n/rapport_<language>. */
    void install(const QString &language);

    std::unique_ptr<QTranslator> m_translator;
};

void tst_Translations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RapportTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    QSettings().clear();
}

void tst_Translations::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
    QSettings().clear();
}

void tst_Translations::install(const QString &language)
{
    m_translator = std::make_unique<QTranslator>();
    QVERIFY2(m_translator->load(QStringLiteral(":/i18n/rapport_") + language),
             qPrintable(QStringLiteral("no translation :/i18n/rapport_") + language));
    QVERIFY(!m_translator->isEmpty());
    QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
}

void tst_Translations::shouldShowTheMainWindowInTheChosenLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("firstFileAction");
    QTest::addColumn<QString>("hostages");
    QTest::addColumn<QString>("loyalist");
    QTest::addColumn<QString>("needsAttention");

    QTest::newRow("German") << QStringLiteral("de")
                            << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                                           QStringLiteral("&Hilfe")}
                            << QStringLiteral("&Neue Datenbank…") << QStringLiteral("Geiseln") << QStringLiteral("Loyaler")
                            << QStringLiteral("Handlungsbedarf");
    QTest::newRow("French") << QStringLiteral("fr")
                            << QStringList{QStringLiteral("&Fichier"), QString::fromUtf8("&Édition"), QStringLiteral("Affic&hage"),
                                           QStringLiteral("&Aide")}
                            << QString::fromUtf8("&Nouvelle base de données…") << QStringLiteral("Otages")
                            << QString::fromUtf8("Fidèle") << QStringLiteral("Attention requise");
}

void tst_Translations::shouldShowTheMainWindowInTheChosenLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QString, firstFileAction);
    QFETCH(QString, hostages);
    QFETCH(QString, loyalist);
    QFETCH(QString, needsAttention);

    install(language);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClientStore store;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("clients.sqlite"))), qPrintable(store.errorString()));
    MainWindow window(&store);

    QStringList titles;
    const QList<QAction *> menuActions = window.menuBar()->actions();
    for (QAction *action : menuActions) {
        if (action->menu())
            titles.append(action->text());
    }
    QVERIFY(!titles.isEmpty());
    QCOMPARE(titles.constFirst(), menus.constFirst());
    for (const QString &menu : menus)
        QVERIFY2(titles.contains(menu), qPrintable(menu + QStringLiteral(" not in ") + titles.join(QLatin1String(", "))));

    QMenu *fileMenu = menuActions.constFirst()->menu();
    QVERIFY(fileMenu);
    QVERIFY(!fileMenu->actions().isEmpty());
    QCOMPARE(fileMenu->actions().constFirst()->text(), firstFileAction);

    QCOMPARE(segmentPluralName(Segment::Hostage), hostages);
    QCOMPARE(segmentName(Segment::Loyalist), loyalist);

    bool found = false;
    const QList<QAbstractButton *> buttons = window.listPanel()->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons)
        found = found || button->text() == needsAttention;
    QVERIFY2(found, qPrintable(needsAttention + QStringLiteral(" is not on a button of the client list")));
}

void tst_Translations::shouldUseTheLanguagesPluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");

    QTest::newRow("German, none") << QStringLiteral("de") << 0 << QStringLiteral("0 Kunden");
    QTest::newRow("German, one") << QStringLiteral("de") << 1 << QStringLiteral("1 Kunde");
    QTest::newRow("German, two") << QStringLiteral("de") << 2 << QStringLiteral("2 Kunden");
    QTest::newRow("French, none") << QStringLiteral("fr") << 0 << QStringLiteral("0 client");
    QTest::newRow("French, one") << QStringLiteral("fr") << 1 << QStringLiteral("1 client");
    QTest::newRow("French, two") << QStringLiteral("fr") << 2 << QStringLiteral("2 clients");
}

void tst_Translations::shouldUseTheLanguagesPluralForms()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, expected);

    install(language);
    QCOMPARE(QCoreApplication::translate("ClientListPanel", "%n client(s)", nullptr, count), expected);
}

void tst_Translations::shouldTranslateKnownMessagesFromEveryPart_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void tst_Translations::shouldTranslateKnownMessagesFromEveryPart()
{
    QFETCH(QString, language);
    install(language);

    // A few messages from each part of the application: menus, panels, dialogs, the report,
    // core's segment names and errors, and the command line.
    const struct
    {
        const char *context;
        const char *source;
    } known[] = {
        {"MainWindow", "&File"},
        {"MainWindow", "&Edit"},
        {"MainWindow", "&Undo"},
        {"MainWindow", "No clients yet"},
        {"Rapport", "Loyalist"},
        {"Rapport", "Mercenaries"},
        {"Rapport", "Defector"},
        {"Rapport", "Apostle"},
        {"Rapport", "worsening"},
        {"ClientListPanel", "Needs Attention"},
        {"ClientListPanel", "Search clients"},
        {"ClientTableModel", "Repurchase"},
        {"ClientTableModel", "Last Contact"},
        {"ClientDetailPanel", "&Log Interaction"},
        {"ClientForm", "&Likelihood to repurchase:"},
        {"InteractionText", "Meeting"},
        {"InteractionText", "no answer"},
        {"QuadrantChartView", "Likelihood to repurchase"},
        {"FollowUpReport", "Follow-up report"},
        {"FollowUpReport", "What to do"},
        {"FollowUpPlanner", "worsening over the last 90 days"},
        {"ImportDialog", "&Import"},
        {"SettingsDialog", "Segment Boundaries"},
        {"SettingsDialog", "Contact Intervals"},
        {"Rapport::ClientStore", "add the client"},
        {"Database", "Could not %1: %2. Nothing was changed."},
        {"Csv", "line %1: a quoted field is never closed"},
        {"main", "Rapport shows which clients need your attention first, and why."},
    };
    for (const auto &message : known) {
        const QString translated = QCoreApplication::translate(message.context, message.source);
        QVERIFY2(!translated.isEmpty() && translated != QLatin1String(message.source),
                 qPrintable(QStringLiteral("%1 / \"%2\" is not translated").arg(QLatin1String(message.context),
                                                                                 QLatin1String(message.source))));
    }
}

void tst_Translations::shouldTranslateEveryMessageOfTheTsFile_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void tst_Translations::shouldTranslateEveryMessageOfTheTsFile()
{
    QFETCH(QString, language);
    install(language);

    const QString ts = QFINDTESTDATA(QStringLiteral("../../translations/rapport_") + language + QStringLiteral(".ts"));
    QVERIFY2(!ts.isEmpty(), "the .ts file is not found beside the sources");
    const QList<TsMessage> messages = readTs(ts);
    QVERIFY(messages.size() > 100);

    QStringList problems;
    for (const TsMessage &message : messages) {
        const QString where = message.context + QStringLiteral(" / \"") + message.source + QLatin1Char('"');
        if (message.unfinished)
            problems.append(where + QStringLiteral(": unfinished"));
        if (message.translations.isEmpty() || (message.numerus && message.translations.size() != 2))
            problems.append(where + QStringLiteral(": wrong number of forms"));
        for (const QString &form : message.translations) {
            if (form.isEmpty())
                problems.append(where + QStringLiteral(": empty"));
            else if (placeholders(form) != placeholders(message.source))
                problems.append(where + QStringLiteral(": placeholders differ in \"") + form + QLatin1Char('"'));
            else if (accelerators(form) != accelerators(message.source))
                problems.append(where + QStringLiteral(": accelerator differs in \"") + form + QLatin1Char('"'));
        }
        // The compiled file has it: the translator returns a text, not an empty string.
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        for (int n : {1, 2}) {
            if (m_translator->translate(context.constData(), source.constData(), nullptr, message.numerus ? n : -1).isEmpty())
                problems.append(where + QStringLiteral(": missing from the .qm file"));
            if (!message.numerus)
                break;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
