#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QUndoStack;
class ClientDetailPanel;
class ClientListPanel;
class ClientTableModel;
class QuadrantChartView;

namespace Rapport {
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
     * Opens @p path. On failure explains why and offers to open another file;
     * returns false when the user gives up.
     */
    bool openDatabase(const QString &path);
    /** Saves a picture of the window to @p path once it is painted, then quits. */
    void scheduleScreenshot(const QString &path);

    QUndoStack *undoStack() const { return m_undoStack; }
    ClientListPanel *listPanel() const { return m_list; }
    QuadrantChartView *chartView() const { return m_chart; }
    Rapport::ContactTracker *contactTracker() const { return m_tracker; }
    ClientDetailPanel *detailPanel() const { return m_detail; }

    /** The client selected in the list and on the chart, or 0. */
    qint64 currentClient() const { return m_currentClient; }
    void setCurrentClient(qint64 id);

public Q_SLOTS:
    void addClient();
    void editClient(qint64 id);
    void deleteSelectedClients();
    void loadSampleData();
    void editRules();
    void editLapseRules();
    void editPreferences();
    void showDashboard();
    void searchNotes();
    void logInteraction();
    void printPreview();
    void print();
    void exportPdf();
    void editBusinessName();
    void importFile(const QString &path = QString());
    void exportClients();
    void exportInteractions();
    void backUp();
    void restore();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateActions();
    void updateEmptyState();
    void updateTitle();
    void showError(const QString &message);
    void newDatabase();
    void openDatabaseDialog();
    /** Asks, then puts @p backup in the place of the damaged @p path; returns what to tell in the status bar. */
    QString restoreDamaged(const QString &path, const Rapport::BackupFile &backup);
    void about();
    void rememberRecent(const QString &path);
    void updateRecentMenu();

    Rapport::ClientStore *m_store;
    Rapport::ContactTracker *m_tracker;
    QUndoStack *m_undoStack;
    ClientTableModel *m_model;
    ClientListPanel *m_list;
    QuadrantChartView *m_chart;
    ClientDetailPanel *m_detail;
    QStackedWidget *m_chartStack;
    QSplitter *m_mainSplitter;
    QSplitter *m_rightSplitter;
    QLabel *m_statusPath;
    qint64 m_currentClient = 0;
    bool m_syncingSelection = false;

    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_logAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QActionGroup *m_appearances = nullptr;
};
