#include "clientstore.h"
#include "connectserverdialog.h"
#include "databaselocation.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QAbstractButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>
#include <utility>

using namespace Rapport;
using namespace TestSupport;

// The window on a PostgreSQL server: how it finds the password and that it keeps none. Runs in
// the server run of the storage tests (tst_mainwindowserver_postgresql); the file run skips.
class tst_MainWindowServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldOpenAServerFromTheRecentListWithoutKeepingItsPassword();
    void shouldAskForThePasswordAndStayOnWhatItShowedWhenCancelled();
    void shouldOpenWithThePasswordTypedAndKeepItNowhereWithoutAKeyring();
    void shouldCopyAFileOnlyIntoAnEmptyServerDatabaseAndOpenIt();

private:
    /** A window showing @p file (with @p count clients) first, as after starting Rapport. */
    void openWindowOnFile(int count);
    QAction *recentAction(const QString &text) const;
    /** Answers the next Connect dialog with @p answer, once it shows. */
    void whenTheConnectDialogShows(const std::function<void(ConnectServerDialog *)> &answer);
    /** Answers the next modal dialogs, one function each, in order; any further one is closed and noted. */
    void answerDialogs(const QList<std::function<void(QWidget *)>> &answers);
    /** Everything Rapport wrote to its settings file. */
    QByteArray settingsFile() const;

    QString m_password;  ///< the test server's
    QString m_server;    ///< a database on it, with its password
    QString m_withoutPassword;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_unexpected; ///< dialogs that showed and were closed
};

void tst_MainWindowServer::initTestCase()
{
    RAPPORT_REQUIRE_BACKEND();
    if (!onServer())
        QSKIP("about a server; the PostgreSQL run (tst_mainwindowserver_postgresql) covers it");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RapportTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowserver"));
    QSettings().clear();
    // No keyring (a session bus nobody listens on) and no ~/.pgpass: the password comes from
    // where each test puts it, or from nowhere.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/rapport-test-bus");
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    qunsetenv("PGPASSWORD");
    m_password = DatabaseLocation::parse(serverAdminAddress()).password();
    QVERIFY(!m_password.isEmpty());
}

void tst_MainWindowServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = newDatabase(*m_dir, QStringLiteral("window"));
    QVERIFY(makeDatabase(m_server, 12));
    m_withoutPassword = shownLocation(m_server);
    QVERIFY(!m_withoutPassword.contains(m_password));
}

void tst_MainWindowServer::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_dir.reset();
    QSettings().clear();
    qunsetenv("PGPASSWORD");
    const QStringList unexpected = std::exchange(m_unexpected, {});
    QVERIFY2(unexpected.isEmpty(), qPrintable(QStringLiteral("unexpected dialog: ") + unexpected.join(QLatin1String(" | "))));
}

void tst_MainWindowServer::openWindowOnFile(int count)
{
    const QString file = m_dir->filePath(QStringLiteral("local.sqlite"));
    QVERIFY(makeDatabase(file, count));
    m_store = std::make_unique<ClientStore>();
    m_window = std::make_unique<MainWindow>(m_store.get());
    QSignalSpy finished(m_window.get(), &MainWindow::openFinished);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openDatabase(file);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(m_store->count(), count);
}

QAction *tst_MainWindowServer::recentAction(const QString &text) const
{
    for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
        if (menu->title() != QLatin1String("Open &Recent"))
            continue;
        for (QAction *action : menu->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

void tst_MainWindowServer::whenTheConnectDialogShows(const std::function<void(ConnectServerDialog *)> &answer)
{
    // Any dialog after the first is not expected: it is noted and closed, so the test fails instead of hanging.
    auto *watcher = new QTimer(m_window.get());
    watcher->setInterval(20);
    auto answered = std::make_shared<bool>(false);
    connect(watcher, &QTimer::timeout, this, [this, answered, answer] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *dialog = qobject_cast<ConnectServerDialog *>(modal);
        if (dialog && !*answered) {
            *answered = true;
            answer(dialog);
        } else if (modal) {
            m_unexpected.append(dialog ? dialog->message() : modal->windowTitle());
            modal->close();
        }
    });
    watcher->start();
}

void tst_MainWindowServer::answerDialogs(const QList<std::function<void(QWidget *)>> &answers)
{
    auto *watcher = new QTimer(m_window.get());
    watcher->setInterval(20);
    auto next = std::make_shared<int>(0);
    connect(watcher, &QTimer::timeout, this, [this, next, answers] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (*next < answers.size()) {
            answers.at((*next)++)(modal);
        } else {
            m_unexpected.append(modal->windowTitle());
            modal->close();
        }
    });
    watcher->start();
}

QByteArray tst_MainWindowServer::settingsFile() const
{
    QSettings settings;
    settings.sync();
    return readFile(settings.fileName());
}

void tst_MainWindowServer::shouldOpenAServerFromTheRecentListWithoutKeepingItsPassword()
{
    // GIVEN the window on a file, a server in the recent list (as Rapport keeps it: no password),
    // and the password where libpq finds it itself
    QSettings().setValue(QStringLiteral("recentDatabases"), QStringList{m_withoutPassword});
    openWindowOnFile(3);
    qputenv("PGPASSWORD", m_password.toUtf8());
    QSignalSpy finished(m_window.get(), &MainWindow::openFinished);

    // WHEN the server is chosen from Open Recent, where it is listed by name
    const QString name = DatabaseLocation::parse(m_server).displayName();
    QAction *recent = recentAction(name);
    QVERIFY2(recent, qPrintable(name));
    QVERIFY(recent->isEnabled());
    recent->trigger();

    // THEN its 12 clients are shown, and the window says where they are
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(m_store->count(), 12);
    QVERIFY(m_store->isServer());
    QCOMPARE(m_window->windowTitle(), name + QStringLiteral(" – Rapport"));
    bool statusSaysServer = false;
    for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        statusSaysServer |= label->text() == QStringLiteral("Connected to %1, encrypted").arg(name)
            || label->text() == QStringLiteral("Connected to %1").arg(name);
    QVERIFY(statusSaysServer);

    // AND the settings keep the server without the password, which is nowhere in them
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("recentDatabases")).toStringList().value(0), m_withoutPassword);
    QCOMPARE(settings.value(QStringLiteral("lastDatabase")).toString(), m_withoutPassword);
    const QByteArray written = settingsFile();
    QVERIFY(written.contains("recentDatabases"));
    QVERIFY(!written.contains(m_password.toUtf8()));
}

void tst_MainWindowServer::shouldAskForThePasswordAndStayOnWhatItShowedWhenCancelled()
{
    // GIVEN the window on a file of 3 clients, and a server whose password is nowhere to be found
    QSettings().setValue(QStringLiteral("recentDatabases"), QStringList{m_withoutPassword});
    openWindowOnFile(3);
    const QString file = m_store->path();
    const QString title = m_window->windowTitle();
    QSignalSpy finished(m_window.get(), &MainWindow::openFinished);
    QString shownAddress;
    QString shownMessage;
    whenTheConnectDialogShows([&](ConnectServerDialog *dialog) {
        shownAddress = dialog->location();
        shownMessage = dialog->message();
        dialog->reject();
    });

    // WHEN the server is chosen from Open Recent
    recentAction(DatabaseLocation::parse(m_server).displayName())->trigger();

    // THEN the Connect dialog asks, filled in for that server, saying the server wants a password
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(shownAddress, m_withoutPassword);
    QCOMPARE(shownMessage, m_store->errorString());
    QCOMPARE(m_store->openError(), Database::OpenError::PasswordMissing);
    // AND cancelled, the window stays on the file it showed
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(m_store->path(), file);
    QCOMPARE(m_store->count(), 3);
    QCOMPARE(m_window->windowTitle(), title);
    QVERIFY(!settingsFile().contains(m_password.toUtf8()));
}

void tst_MainWindowServer::shouldOpenWithThePasswordTypedAndKeepItNowhereWithoutAKeyring()
{
    // GIVEN the window on a file, and the server's password asked for after the recent entry was chosen
    QSettings().setValue(QStringLiteral("recentDatabases"), QStringList{m_withoutPassword});
    openWindowOnFile(3);
    QSignalSpy finished(m_window.get(), &MainWindow::openFinished);
    whenTheConnectDialogShows([&](ConnectServerDialog *dialog) {
        // WHEN the owner types the password and asks Rapport to remember it
        const QList<QLineEdit *> fields = dialog->findChildren<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
        QCOMPARE(fields.at(3)->echoMode(), QLineEdit::Password);
        fields.at(3)->setText(m_password);
        dialog->setRemembersPassword(true);
        dialog->accept();
    });
    recentAction(DatabaseLocation::parse(m_server).displayName())->trigger();

    // THEN the server's clients are shown
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(m_store->count(), 12);
    // AND with no keyring to keep it, the status bar says so; the password is in no setting
    QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("The password could not be kept in the keyring")));
    QVERIFY(m_window->statusBar()->currentMessage().endsWith(QLatin1String("Rapport will ask for it again.")));
    const QByteArray written = settingsFile();
    QVERIFY(!written.contains(m_password.toUtf8()));
    QCOMPARE(QSettings().value(QStringLiteral("recentDatabases")).toStringList().value(0), m_withoutPassword);
}

void tst_MainWindowServer::shouldCopyAFileOnlyIntoAnEmptyServerDatabaseAndOpenIt()
{
    // GIVEN the window on a file of 3 clients, the server database of 12, and an empty one
    openWindowOnFile(3);
    const QString file = m_store->path();
    const QString empty = newDatabase(*m_dir, QStringLiteral("empty"));
    const QString emptyName = DatabaseLocation::parse(empty).displayName();
    QSignalSpy finished(m_window.get(), &MainWindow::openFinished);
    QString refusal;
    QString done;
    answerDialogs({
        // WHEN the owner first gives the database that holds clients
        [&](QWidget *modal) {
            auto *dialog = qobject_cast<ConnectServerDialog *>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->mode(), ConnectServerDialog::Mode::Copy);
            dialog->setLocation(m_server);
            dialog->accept();
        },
        // THEN the dialog comes back saying why; and given the empty one instead
        [&](QWidget *modal) {
            auto *dialog = qobject_cast<ConnectServerDialog *>(modal);
            QVERIFY(dialog);
            refusal = dialog->message();
            dialog->setLocation(empty);
            dialog->accept();
        },
        // THEN it says what it copied, and offers to work on the server
        [&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            done = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == QLatin1String("Open on the Server"))
                    button->click();
            }
        },
    });
    m_window->copyToServer();

    QVERIFY2(refusal.startsWith(QStringLiteral("Could not copy to %1: ").arg(DatabaseLocation::parse(m_server).displayName())),
             qPrintable(refusal));
    QVERIFY2(refusal.endsWith(QLatin1String("Nothing was copied.")), qPrintable(refusal));
    QVERIFY2(done.startsWith(QLatin1String("Copied 3 client")), qPrintable(done));
    QVERIFY2(done.contains(QStringLiteral(" to %1.\n\nWork on the server from now on? ").arg(emptyName)), qPrintable(done));
    // AND opening it, the window shows the 3 clients from the server; the 12 stay as they were
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(m_store->isServer());
    QCOMPARE(m_store->path(), shownLocation(empty));
    QCOMPARE(m_store->count(), 3);
    ClientStore untouched;
    QVERIFY(untouched.open(m_server));
    QCOMPARE(untouched.count(), 12);
    QVERIFY(QFileInfo::exists(file));
    QVERIFY(!settingsFile().contains(m_password.toUtf8()));
}

QTEST_MAIN(tst_MainWindowServer)
#include "tst_mainwindowserver.moc"
