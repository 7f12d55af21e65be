// The window's offer to restore the latest automatic backup when a database is damaged, and the
// daily backup it takes when a database opens.

#include "backupfiles.h"
#include "clientlistpanel.h"
#include "clientstore.h"
#include "clienttablemodel.h"
#include "mainwindow.h"
#include "sampledatagenerator.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <algorithm>
#include <optional>

using namespace Rapport;
using namespace TestSupport;

namespace {

/** Breaks @p path: "page" overwrites the clients' first page with noise, "header" the file's header. */
bool damage(const QString &path, const QString &how)
{
    return how == QLatin1String("header") ? breakHeader(path) : damagePage(path);
}

/** Opens @p path in @p window and waits for the outcome: opened, gave up, or nullopt when it never ended. */
std::optional<bool> openIn(MainWindow &window, const QString &path)
{
    QSignalSpy finished(&window, &MainWindow::openFinished);
    window.openDatabase(path);
    if (!finished.wait(60000))
        return std::nullopt;
    return finished.constFirst().constFirst().toBool();
}

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

/** A message box as it was shown. */
struct ShownBox
{
    QString text;
    QStringList buttons;
    Qt::TextFormat format = Qt::AutoText;
};

} // namespace

class tst_RestoreLatestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void shouldOfferAndRestoreTheLatestBackupOfADamagedDatabase_data();
    void shouldOfferAndRestoreTheLatestBackupOfADamagedDatabase();
    void shouldLeaveTheDamagedDatabaseWhenTheRestoreIsCancelled();
    void shouldNotOfferARestoreWithoutASoundBackup();
    void shouldShowFileNamesAsPlainText();
    void shouldTakeTheDailyBackupWhenADatabaseOpens();
    void shouldShowAFailedDailyBackupInTheStatusBar();
    void shouldKeepTheOpenDatabaseWhenAnotherCannotBeOpened();

private:
    /** Answers the next message boxes by clicking the buttons named in @p answers, in order; Cancel after that. */
    void answer(const QStringList &answers);

    QTimer m_watcher;
    QStringList m_answers;
    QList<ShownBox> m_shown;
};

void tst_RestoreLatestBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RapportTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_restorelatestbackup"));
    QSettings().clear();

    // Each message box is noted and answered with the next button in m_answers, or cancelled.
    m_watcher.setInterval(20);
    connect(&m_watcher, &QTimer::timeout, this, [this] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->property("answered").toBool())
            return;
        box->setProperty("answered", true);
        ShownBox shown{box->text(), {}, box->textFormat()};
        const QList<QAbstractButton *> buttons = box->buttons();
        for (QAbstractButton *button : buttons)
            shown.buttons.append(withoutMnemonic(button->text()));
        m_shown.append(shown);
        const QString wanted = m_answers.isEmpty() ? QStringLiteral("Cancel") : m_answers.takeFirst();
        for (QAbstractButton *button : buttons) {
            if (withoutMnemonic(button->text()) == wanted) {
                QTimer::singleShot(0, button, &QAbstractButton::click);
                return;
            }
        }
        QTimer::singleShot(0, box, &QDialog::reject);
    });
    m_watcher.start();
}

void tst_RestoreLatestBackup::init()
{
    m_answers.clear();
    m_shown.clear();
}

void tst_RestoreLatestBackup::answer(const QStringList &answers)
{
    m_answers = answers;
}

void tst_RestoreLatestBackup::shouldOfferAndRestoreTheLatestBackupOfADamagedDatabase_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("a page of noise (damaged)") << QStringLiteral("page");
    QTest::newRow("a broken header (not a database)") << QStringLiteral("header");
}

void tst_RestoreLatestBackup::shouldOfferAndRestoreTheLatestBackupOfADamagedDatabase()
{
    QFETCH(QString, how);

    // GIVEN a damaged database of 25 clients whose daily backup from yesterday holds 20
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(makeDatabase(database, 25, 1));
    const QDateTime yesterday(QDate::currentDate().addDays(-1), QTime(9, 30, 0));
    const QString backup = BackupFiles::dailyPath(database, yesterday);
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("clients-backups")));
    QVERIFY(makeDatabase(backup, 20, 2));
    QVERIFY(damage(database, how));
    const QByteArray damagedHash = fileHash(database);
    ClientStore store;
    MainWindow window(&store);

    // WHEN it is opened and the owner restores the backup
    answer({QStringLiteral("Restore Latest Backup (%1)…").arg(QLocale().toString(yesterday, QLocale::ShortFormat)),
            QStringLiteral("Restore Backup")});
    const std::optional<bool> opened = openIn(window, database);

    // THEN the refusal offered the backup, named with its time
    QVERIFY(opened == true);
    QCOMPARE(m_shown.size(), 2);
    const QString taken = QLocale().toString(yesterday, QLocale::ShortFormat);
    QVERIFY2(m_shown.at(0).text.endsWith(QStringLiteral("\n\nThe latest automatic backup, from %1, is sound: %2")
                                             .arg(taken, QDir::toNativeSeparators(backup))),
             qPrintable(m_shown.at(0).text));
    QCOMPARE(m_shown.at(0).buttons,
             QStringList({QStringLiteral("Restore Latest Backup (%1)…").arg(taken), QStringLiteral("Open Another File…"),
                          QStringLiteral("Cancel")}));
    // AND the question said where the damaged file would be kept
    const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("clients.sqlite.damaged-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    const QString keptPath = QDir::toNativeSeparators(dir.filePath(kept.constFirst()));
    QCOMPARE(m_shown.at(1).text,
             QStringLiteral("Put the backup from %1 in the place of %2?\n\nChanges made after the backup was taken are "
                            "not in it. The damaged file is not deleted: it is kept as %3.")
                 .arg(taken, QDir::toNativeSeparators(database), keptPath));
    // AND the damaged file is kept byte for byte, and the window shows the backup's clients
    QCOMPARE(fileHash(keptPath), damagedHash);
    QCOMPARE(store.count(), 20);
    QCOMPARE(store.path(), database);
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Restored the backup from %1; the damaged file is kept as %2.").arg(taken, keptPath));
    // AND the backup stays, with today's backup of the restored data beside it
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(BackupFiles::daily(database).size(), 2);
}

void tst_RestoreLatestBackup::shouldLeaveTheDamagedDatabaseWhenTheRestoreIsCancelled()
{
    // GIVEN a damaged database with a backup
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(makeDatabase(database, 25, 1));
    const QDateTime yesterday(QDate::currentDate().addDays(-1), QTime(9, 30, 0));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("clients-backups")));
    QVERIFY(makeDatabase(BackupFiles::dailyPath(database, yesterday), 20, 2));
    QVERIFY(damage(database, QStringLiteral("page")));
    const QByteArray damagedHash = fileHash(database);
    ClientStore store;
    MainWindow window(&store);

    // WHEN the owner asks for the backup, then cancels the question, then gives up
    answer({QStringLiteral("Restore Latest Backup (%1)…").arg(QLocale().toString(yesterday, QLocale::ShortFormat)),
            QStringLiteral("Cancel"), QStringLiteral("Cancel")});
    // THEN nothing opened, and the damaged file is where it was, unchanged
    QVERIFY(openIn(window, database) == false);
    QCOMPARE(m_shown.size(), 3);
    QCOMPARE(m_shown.at(2).text, m_shown.at(0).text);
    QCOMPARE(fileHash(database), damagedHash);
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.damaged-*")}).isEmpty());
}

void tst_RestoreLatestBackup::shouldNotOfferARestoreWithoutASoundBackup()
{
    // GIVEN a damaged database whose only backup is damaged too
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(makeDatabase(database, 25, 1));
    const QString backup = BackupFiles::dailyPath(database, QDateTime(QDate::currentDate().addDays(-1), QTime(9, 30, 0)));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("clients-backups")));
    QVERIFY(makeDatabase(backup, 20, 2));
    QVERIFY(damage(backup, QStringLiteral("page")));
    QVERIFY(damage(database, QStringLiteral("page")));
    ClientStore store;
    MainWindow window(&store);

    // WHEN it is opened
    // THEN the refusal offers another file only, and says nothing of a backup
    QVERIFY(openIn(window, database) == false);
    QCOMPARE(m_shown.size(), 1);
    QCOMPARE(m_shown.at(0).text, store.errorString());
    QCOMPARE(m_shown.at(0).buttons, QStringList({QStringLiteral("Open Another File…"), QStringLiteral("Cancel")}));
    // AND the window says that no database is open, instead of showing an empty workspace
    QVERIFY(!window.listPanel()->isVisibleTo(&window));
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&window](const QLabel *label) {
        return label->isVisibleTo(&window) && label->text().startsWith(QStringLiteral("No database is open."));
    }));
}

void tst_RestoreLatestBackup::shouldShowFileNamesAsPlainText()
{
    // GIVEN a damaged database whose name looks like markup, with a backup
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("<b>clients.sqlite"));
    QVERIFY(makeDatabase(database, 25, 1));
    const QDateTime yesterday(QDate::currentDate().addDays(-1), QTime(9, 30, 0));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("<b>clients-backups")));
    QVERIFY(makeDatabase(BackupFiles::dailyPath(database, yesterday), 20, 2));
    QVERIFY(damage(database, QStringLiteral("page")));
    ClientStore store;
    MainWindow window(&store);

    // WHEN it is opened and the owner looks at the offer, then gives up
    answer({QStringLiteral("Restore Latest Backup (%1)…").arg(QLocale().toString(yesterday, QLocale::ShortFormat)),
            QStringLiteral("Cancel"), QStringLiteral("Cancel")});
    QVERIFY(openIn(window, database) == false);

    // THEN every box showed the name as written, never as markup
    QCOMPARE(m_shown.size(), 3);
    for (const ShownBox &shown : std::as_const(m_shown)) {
        QCOMPARE(shown.format, Qt::PlainText);
        QVERIFY2(shown.text.contains(QStringLiteral("<b>clients")), qPrintable(shown.text));
    }
}

void tst_RestoreLatestBackup::shouldTakeTheDailyBackupWhenADatabaseOpens()
{
    // GIVEN a database with clients and no backup yet
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(makeDatabase(database, 12, 1));
    ClientStore store;
    MainWindow window(&store);

    // WHEN the window opens it, twice
    QVERIFY(openIn(window, database) == true);
    QVERIFY(openIn(window, database) == true);

    // THEN there is one backup, of today, and no message
    const QVector<BackupFile> backups = BackupFiles::daily(database);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.constFirst().takenAt.date(), QDate::currentDate());
    QVERIFY(Database::isSoundCopy(backups.constFirst().path));
    QVERIFY(m_shown.isEmpty());
    QCOMPARE(window.statusBar()->currentMessage(), QString());
}

void tst_RestoreLatestBackup::shouldShowAFailedDailyBackupInTheStatusBar()
{
    // GIVEN a database whose backup folder cannot be made
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("clients.sqlite"));
    QVERIFY(makeDatabase(database, 12, 1));
    QVERIFY(writeFile(BackupFiles::folder(database), "in the way"));
    ClientStore store;
    MainWindow window(&store);

    // WHEN the window opens it
    // THEN it opens with every client, and the status bar (not a message box) tells of the backup
    QVERIFY(openIn(window, database) == true);
    QCOMPARE(store.count(), 12);
    QVERIFY(m_shown.isEmpty());
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Today's automatic backup could not be written to ")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY2(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(BackupFiles::folder(database))),
             qPrintable(window.statusBar()->currentMessage()));
}

QTEST_MAIN(tst_RestoreLatestBackup)
void tst_RestoreLatestBackup::shouldKeepTheOpenDatabaseWhenAnotherCannotBeOpened()
{
    // GIVEN a window showing a database of 12 clients, and a damaged file without backups
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = dir.filePath(QStringLiteral("good.sqlite"));
    const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
    QVERIFY(makeDatabase(good, 12, 1));
    QVERIFY(makeDatabase(bad, 20, 2));
    QVERIFY(damagePage(bad));
    ClientStore store;
    MainWindow window(&store);
    QVERIFY(openIn(window, good) == true);

    // WHEN the owner opens the damaged file, and cancels the refusal
    answer({QStringLiteral("Cancel")});
    QVERIFY(openIn(window, bad) == false);

    // THEN the refusal was shown, and the window still shows the first database, ready for changes
    QCOMPARE(m_shown.size(), 1);
    QVERIFY2(m_shown.at(0).text.contains(QStringLiteral("is damaged")), qPrintable(m_shown.at(0).text));
    QCOMPARE(store.path(), good);
    QCOMPARE(store.count(), 12);
    QCOMPARE(window.listPanel()->model()->rowCount(), 12);
    QVERIFY(window.listPanel()->isVisibleTo(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("good.sqlite – Rapport"));
    QCOMPARE(window.statusBar()->currentMessage(), QString());
    Client client = store.at(0);
    client.name = QStringLiteral("Still Writable");
    QVERIFY2(store.updateClient(client), qPrintable(store.errorString()));
}

#include "tst_restorelatestbackup.moc"
