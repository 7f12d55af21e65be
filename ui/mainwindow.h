#pragma once

#include <QMainWindow>

namespace Rapport {
class ClientStore;
}

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Rapport::ClientStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens @p path; on failure explains why and offers another file. False when the user gives up. */
    bool openDatabase(const QString &path);
    /** Saves a picture of the window to @p path once it is painted, then quits. */
    void scheduleScreenshot(const QString &path);

private:
    Rapport::ClientStore *m_store;
};
