#include "clientstore.h"
#include "handbookdialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QtTest>

#include <memory>

using Rapport::ClientStore;

namespace {

/** The ids of the page :/handbook/<language>.html, in the order they appear. */
QStringList anchorIds(const QString &language)
{
    QFile file(QStringLiteral(":/handbook/%1.html").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString html = QString::fromUtf8(file.readAll());
    QStringList ids;
    QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("\\bid=\"([^\"]+)\"")).globalMatch(html);
    while (it.hasNext())
        ids.append(it.next().captured(1));
    return ids;
}

/** The targets of the links within the page (href="#x"). */
QSet<QString> internalLinks(const QString &language)
{
    QFile file(QStringLiteral(":/handbook/%1.html").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString html = QString::fromUtf8(file.readAll());
    QSet<QString> links;
    QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("href=\"#([^\"]+)\"")).globalMatch(html);
    while (it.hasNext())
        links.insert(it.next().captured(1));
    return links;
}

QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *candidate : parent->findChildren<QPushButton *>()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

const QStringList expectedIds = {
    QStringLiteral("top"), QStringLiteral("contents"), QStringLiteral("first-steps"), QStringLiteral("list"),
    QStringLiteral("chart"), QStringLiteral("many-clients"), QStringLiteral("boundaries"), QStringLiteral("detail-panel"),
    QStringLiteral("interactions"), QStringLiteral("gone-quiet"), QStringLiteral("mail"), QStringLiteral("heading"), QStringLiteral("reminders"),
    QStringLiteral("frameworks"), QStringLiteral("report"), QStringLiteral("calendar"), QStringLiteral("import-export"),
    QStringLiteral("one-at-a-time"), QStringLiteral("opening"), QStringLiteral("backups"),
    QStringLiteral("automatic-backups"), QStringLiteral("damaged-database"), QStringLiteral("undo"),
    QStringLiteral("settings"), QStringLiteral("your-data"), QStringLiteral("server"), QStringLiteral("together"),
    QStringLiteral("command-line")};

} // namespace

class tst_HandbookDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void englishHandbookHasEverySection();
    void translationsHaveTheSameSections_data();
    void translationsHaveTheSameSections();
    void opensInTheLanguageOfTheLocale();
    void opensInEnglishForALanguageWithoutHandbook();
    void linkToASectionScrollsThere();
    void backAndContentsReturn();
    void searchFindsTextAndSaysWhenNot();
    void f1InTheMainWindowOpensTheHandbook();
};

void tst_HandbookDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RapportTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_handbookdialog"));
    QSettings().clear();
}

void tst_HandbookDialog::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings().clear();
}

void tst_HandbookDialog::englishHandbookHasEverySection()
{
    // GIVEN the handbook compiled into the program
    // WHEN its English page is read
    const QStringList ids = anchorIds(QStringLiteral("en"));
    // THEN it has one anchor per section, in this order, and every link within it has a target
    QCOMPARE(ids, expectedIds);
    const QSet<QString> links = internalLinks(QStringLiteral("en"));
    QVERIFY(links.size() >= expectedIds.size() - 1);
    for (const QString &link : links)
        QVERIFY2(ids.contains(link), qPrintable(link));
}

void tst_HandbookDialog::translationsHaveTheSameSections_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void tst_HandbookDialog::translationsHaveTheSameSections()
{
    // GIVEN a translated page of the handbook
    QFETCH(QString, language);
    // WHEN its anchors and internal links are read
    const QStringList ids = anchorIds(language);
    // THEN it has the English page's sections, in the same order, and every link has a target
    QCOMPARE(ids, expectedIds);
    QCOMPARE(internalLinks(language), internalLinks(QStringLiteral("en")));
}

void tst_HandbookDialog::opensInTheLanguageOfTheLocale()
{
    // GIVEN a German locale (as the system or --lang de sets it)
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    // WHEN the handbook opens
    HandbookDialog german;
    // THEN it shows the German page, in the words of the German menus
    QCOMPARE(german.browser()->source(), QUrl(QStringLiteral("qrc:/handbook/de.html")));
    const QString text = german.browser()->toPlainText();
    QVERIFY(text.startsWith(QStringLiteral("Rapport-Handbuch")));
    QVERIFY(text.contains(QStringLiteral("Wer ist still geworden?")));
    QVERIFY(text.contains(QStringLiteral("Bearbeiten → Kunden hinzufügen…")));
    QVERIFY(text.contains(QStringLiteral("Handlungsbedarf")));
    QVERIFY(!text.contains(QStringLiteral("Who has gone quiet")));

    // GIVEN a Swiss French locale, WHEN the handbook opens, THEN it is the French page
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Switzerland));
    HandbookDialog french;
    QCOMPARE(french.browser()->source(), QUrl(QStringLiteral("qrc:/handbook/fr.html")));
    QVERIFY(french.browser()->toPlainText().startsWith(QStringLiteral("Manuel de Rapport")));
    QVERIFY(french.browser()->toPlainText().contains(QStringLiteral("Attention requise")));
}

void tst_HandbookDialog::opensInEnglishForALanguageWithoutHandbook()
{
    // GIVEN a Japanese locale, for which there is no handbook
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    // WHEN the handbook opens
    HandbookDialog dialog;
    // THEN it shows the English page from the program's resources
    QCOMPARE(dialog.browser()->source(), QUrl(QStringLiteral("qrc:/handbook/en.html")));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Rapport Handbook"));
    QVERIFY(dialog.browser()->toPlainText().startsWith(QStringLiteral("Rapport Handbook")));
    QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("Who has gone quiet")));
    QVERIFY(!dialog.isModal());
}

void tst_HandbookDialog::linkToASectionScrollsThere()
{
    // GIVEN the handbook at its start
    HandbookDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.browser()->verticalScrollBar()->value(), 0);
    // WHEN the link "Reminders" of its contents is clicked
    emit dialog.browser()->anchorClicked(QUrl(QStringLiteral("#reminders")));
    // THEN the page is the same, at the section Reminders, scrolled down to it
    QCOMPARE(dialog.browser()->source(), QUrl(QStringLiteral("qrc:/handbook/en.html#reminders")));
    QVERIFY(dialog.browser()->verticalScrollBar()->value() > 0);
    const QTextCursor top = dialog.browser()->cursorForPosition(QPoint(5, 5));
    QCOMPARE(top.block().text(), QStringLiteral("Reminders"));
}

void tst_HandbookDialog::backAndContentsReturn()
{
    // GIVEN the handbook moved to the section Backups
    HandbookDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *back = button(&dialog, QStringLiteral("&Back"));
    QPushButton *forward = button(&dialog, QStringLiteral("&Forward"));
    QPushButton *contents = button(&dialog, QStringLiteral("&Contents"));
    QVERIFY(back && forward && contents);
    QVERIFY(!back->isEnabled());
    dialog.showSection(QStringLiteral("backups"));
    QVERIFY(back->isEnabled());
    // WHEN Back is pressed
    back->click();
    // THEN the start is shown again, and Forward leads back to Backups
    QCOMPARE(dialog.browser()->source(), QUrl(QStringLiteral("qrc:/handbook/en.html")));
    QVERIFY(forward->isEnabled());
    forward->click();
    QCOMPARE(dialog.browser()->source().fragment(), QStringLiteral("backups"));
    // WHEN Contents is pressed
    contents->click();
    // THEN the top of the page shows
    QCOMPARE(dialog.browser()->source(), QUrl(QStringLiteral("qrc:/handbook/en.html")));
    QCOMPARE(dialog.browser()->verticalScrollBar()->value(), 0);
}

void tst_HandbookDialog::searchFindsTextAndSaysWhenNot()
{
    // GIVEN the handbook open
    HandbookDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto notFound = [&dialog] {
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text() == QLatin1String("Not found"))
                return label->isVisible();
        }
        return false;
    };
    // WHEN a word of the handbook is typed
    dialog.searchEdit()->clear();
    QTest::keyClicks(dialog.searchEdit(), QStringLiteral("Esc cancels"));
    // THEN it is selected, and nothing says "Not found"
    QCOMPARE(dialog.browser()->textCursor().selectedText(), QStringLiteral("Esc cancels"));
    QVERIFY(!notFound());
    // WHEN Enter is pressed, THEN the next place it appears is selected (the boundaries' section)
    const int first = dialog.browser()->textCursor().position();
    QTest::keyClick(dialog.searchEdit(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.browser()->textCursor().selectedText(), QStringLiteral("Esc cancels"));
    QVERIFY(dialog.browser()->textCursor().position() > first);
    // WHEN a word that is nowhere is typed, THEN "Not found" shows
    dialog.searchEdit()->clear();
    QTest::keyClicks(dialog.searchEdit(), QStringLiteral("zebra crossing"));
    QVERIFY(notFound());
}

void tst_HandbookDialog::f1InTheMainWindowOpensTheHandbook()
{
    // GIVEN the main window on an empty database
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClientStore store;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("clients.sqlite"))), qPrintable(store.errorString()));
    MainWindow window(&store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    // THEN Help has the entry Rapport Handbook, with F1 among its keys
    QAction *entry = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->text() == QLatin1String("&Help")) {
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == QLatin1String("Rapport &Handbook"))
                    entry = action;
            }
        }
    }
    QVERIFY(entry);
    QVERIFY(entry->shortcuts().contains(QKeySequence(Qt::Key_F1)));
    QVERIFY(!window.findChild<HandbookDialog *>());
    // WHEN F1 is pressed
    QTest::keyClick(&window, Qt::Key_F1);
    // THEN the handbook shows, not modal, and a second F1 brings the same one forward
    auto *handbook = window.findChild<HandbookDialog *>();
    QVERIFY(handbook);
    QVERIFY(handbook->isVisible());
    QVERIFY(!handbook->isModal());
    QTest::keyClick(&window, Qt::Key_F1);
    QCOMPARE(window.findChildren<HandbookDialog *>().size(), 1);
    handbook->close();
}

QTEST_MAIN(tst_HandbookDialog)
#include "tst_handbookdialog.moc"
