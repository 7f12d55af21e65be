#pragma once

#include "settingsdialog.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QUndoStack;
class ClientDetailPanel;
class ClientListPanel;
class ClientTableModel;
class ConnectServerDialog;
class QuadrantChartView;

namespace Rapport {
class MailReading;
class CalendarFileUpdater;
class ClientStore;
struct BackupFile;
class ContactTracker;
struct Client;
}

/**
 * Rapport's workspace: the client list on the left, the quadrant chart and the selected
 * client on the right, and one undo stack for every change.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Rapport::ClientStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Opens @p path, a file or a server address, reading it in the background while the window
     * stays responsive; what is shown stays until the new file is read. On failure explains why
     * and offers the latest sound backup or another file (for a server: the Connect dialog);
     * openFinished() tells how it ended. A server's password is @p password, else the one in the
     * address, else the keyring's, else what libpq finds (~/.pgpass, PGPASSWORD).
     */
    void openDatabase(const QString &path, const QString &password = QString());
    /** Saves a picture of the window to @p path once it is painted, then quits. */
    void scheduleScreenshot(const QString &path);

    QUndoStack *undoStack() const { return m_undoStack; }
    /** The client list; built after the window's first frame, or now when asked for. */
    ClientListPanel *listPanel();
    /** The chart; built with the list. */
    QuadrantChartView *chartView();
    Rapport::ContactTracker *contactTracker() const { return m_tracker; }
    /** Keeps the calendar file of the database's settings up to date; failures show in the status bar. */
    Rapport::CalendarFileUpdater *calendarFileUpdater() const { return m_calendarFile; }
    /** The selected client's panel; built with the chart. */
    ClientDetailPanel *detailPanel();

    /** The client selected in the list and on the chart, or 0. */
    qint64 currentClient() const { return m_currentClient; }
    void setCurrentClient(qint64 id);

public Q_SLOTS:
    void addClient();
    void editClient(qint64 id);
    void deleteSelectedClients();
    /** Writes everything stored about the current client into one JSON file the owner chooses. */
    void exportClient();
    /** Erases the current client's personal data after asking; clears the undo history. */
    void erasePersonalData();
    void loadSampleData();
    void editRules();
    void editLapseRules();
    /** Opens the settings on @p page. */
    void editSettings(SettingsDialog::Page page = SettingsDialog::Page::Business);
    void showDashboard();
    void searchNotes();
    void logInteraction();
    void printPreview();
    void print();
    void exportPdf();
    void editBusinessName();
    void importFile(const QString &path = QString());
    /** File → Read Mail…: asks where the mail is, then reads it in the background. */
    void readMail();
    void exportClients();
    void exportClientsAsVCard();
    void exportInteractions();
    void exportCalendar();
    void backUp();
    void restore();
    /** File → Connect to Server…: asks for a server and opens its database. */
    void connectToServer();
    /** File → Copy to Server…: copies the open database into an empty database on a server. */
    void copyToServer();
    /** Shows the handbook (one window, brought forward), at the section with the anchor @p section if one is given. */
    void showHandbook(const QString &section = QString());

Q_SIGNALS:
    /** After openDatabase(): @p opened, or false when the owner gave up. */
    void openFinished(bool opened);

protected:
    void closeEvent(QCloseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void createActions();
    /** Builds the list, the chart and the detail panel once; until then they are null. */
    void buildWorkspace();
    void updateActions();
    void updateEmptyState();
    void updateTitle();
    void showError(const QString &message);
    /** Edit → Undo: as QUndoStack::undo(), but a step the store refused to undo stays done. */
    void undo();
    void newDatabase();
    void openDatabaseDialog();
    void onOpenFinished(bool opened, const QString &message);
    /** Starts reading @p path now (after the keyring was asked, for a server). */
    void startOpening(const QString &path, const QString &password);
    /**
     * After a server could not be opened: the Connect dialog with the reason (and "remember"
     * ticked when it was); false when the owner cancels.
     */
    bool askForConnection(const QString &location, const QString &message, bool remember);
    /** What the keyring should do with the password of the server being opened, once it is open. */
    enum class PasswordKeeping { Leave, Remember, Forget };
    static PasswordKeeping passwordKeeping(const ConnectServerDialog &dialog);
    /** The file or server openDatabase() was last asked for, as the owner knows it (never with a password). */
    QString requestedName() const;
    /** True from openDatabase() until the file is read (also while it waits for the first frame). */
    bool isOpening() const;
    /** Shows that a file is being opened, or that it no longer is. */
    void updateOpening();
    /** The workspace when a file is open, else the opening page (busy while a file is read). */
    void showCentralPage();
    /** Asks, then puts @p backup in the place of the damaged @p path; returns what to tell in the status bar. */
    QString restoreDamaged(const QString &path, const Rapport::BackupFile &backup);
    void about();
    /**
     * The clients an export writes: all, or when the list hides some or some are selected, those
     * the owner chooses; false when the owner cancelled.
     */
    bool chooseClientsToExport(const QString &title, QVector<qint64> *ids);
    /**
     * Whose clients the follow-up report covers: everyone, or, when clients have owners, the
     * account owner chosen (empty for everyone); false when cancelled. @p okText names what follows.
     */
    bool chooseReportOwner(const QString &title, const QString &okText, QString *owner);
    /** A file beside the database, named after it with @p suffix; for a server, in the home folder. */
    QString besideDatabase(const QString &suffix) const;
    void rememberRecent(const QString &path);
    /** Starts reading the mail at @p location, with progress and Cancel in the status bar. */
    void startMailReading(const QString &location, const QString &password, const QDateTime &since);
    void onMailReadingFinished(bool ok, bool cancelled);
    /** Undo and Redo are off while mail is read: the reading writes before its command is on the stack. */
    void updateUndoActions();
    void updateRecentMenu();

    Rapport::ClientStore *m_store;
    Rapport::ContactTracker *m_tracker;
    Rapport::CalendarFileUpdater *m_calendarFile;
    QUndoStack *m_undoStack;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_readMailAction = nullptr;
    Rapport::MailReading *m_mailReading = nullptr;
    QWidget *m_mailProgress = nullptr; ///< in the status bar while mail is read
    QLabel *m_mailProgressText = nullptr;
    QString m_mailPassword;        ///< kept while a reading and the offer of new clients last, never stored
    ClientTableModel *m_model;
    ClientListPanel *m_list = nullptr;
    QuadrantChartView *m_chart = nullptr;
    ClientDetailPanel *m_detail = nullptr;
    QStackedWidget *m_central;     ///< the opening page, then the workspace
    QStackedWidget *m_chartStack = nullptr;
    QWidget *m_emptyPage = nullptr;
    QWidget *m_openingPage = nullptr;
    QSplitter *m_mainSplitter = nullptr; ///< the workspace
    QSplitter *m_rightSplitter = nullptr;
    QByteArray m_rightSplitterState; ///< while the detail panel is hidden
    QLabel *m_statusPath;
    QLabel *m_openingLabel = nullptr;
    QProgressBar *m_openingBusy = nullptr;
    QString m_requestedPath; ///< the file openDatabase() was last asked for
    QString m_requestedPassword; ///< for a server; in memory only
    PasswordKeeping m_passwordKeeping = PasswordKeeping::Leave;
    quint64 m_keyringTicket = 0; ///< counts openDatabase() calls, so that a late keyring answer is ignored
    bool m_readingKeyring = false;
    QString m_openNote;
    bool m_openPending = false;       ///< openDatabase() waits for the first frame
    bool m_firstFramePainted = false;    ///< said in the status bar once the file opening now is open
    qint64 m_currentClient = 0;
    qint64 m_hiddenCurrentClient = 0; ///< the current client while a filter hides it
    bool m_syncingSelection = false;

    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_exportClientAction = nullptr;
    QAction *m_eraseAction = nullptr;
    QAction *m_logAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QActionGroup *m_appearances = nullptr;
};
