#include "mainwindow.h"

#include "clientstore.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

MainWindow::MainWindow(Rapport::ClientStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
{
}

MainWindow::~MainWindow() = default;

bool MainWindow::openDatabase(const QString &path)
{
    if (m_store->open(path))
        return true;
    QMessageBox::critical(this, tr("Rapport"), m_store->errorString());
    return false;
}

void MainWindow::scheduleScreenshot(const QString &path)
{
    QTimer::singleShot(800, this, [this, path] {
        const bool saved = grab().save(path, "PNG");
        QCoreApplication::exit(saved ? 0 : 1);
    });
}
