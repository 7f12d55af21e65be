#include "mainwindow.h"

#include "appearance.h"
#include "backupfiles.h"
#include "calendarfileupdater.h"
#include "clientcommands.h"
#include "clientdataexport.h"
#include "clientdetailpanel.h"
#include "clientdialog.h"
#include "clientlistpanel.h"
#include "clientstore.h"
#include "conflictdialog.h"
#include "connectserverdialog.h"
#include "databaselocation.h"
#include "clienttablemodel.h"
#include "clientexport.h"
#include "clientimport.h"
#include "contacttracker.h"
#include "dashboarddialog.h"
#include "exportscopedialog.h"
#include "importdialog.h"
#include "importdroptarget.h"
#include "mailboxreader.h"
#include "mailreading.h"
#include "mailsendersdialog.h"
#include "readmaildialog.h"
#include "followupcalendar.h"
#include "followupreport.h"
#include "handbookdialog.h"
#include "notesearchdialog.h"
#include "passwordkeyring.h"
#include "quadrantchartview.h"
#include "sampledatagenerator.h"
#include "settingsdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QHeaderView>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHash>
#include <QInputDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QMenu>
#include <QMenuBar>
#include <QUrl>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QThread>
#include <QLineEdit>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWhatsThis>

#include <memory>
#include <utility>

using namespace Rapport;

namespace {

/** The desktop theme's icon called @p name, or Rapport's own drawing of it where the theme has none. */
QWidget *makeEmptyState(QWidget *parent, MainWindow *window)
{
    auto *page = new QWidget(parent);
    auto *title = new QLabel(MainWindow::tr("No clients yet"), page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(MainWindow::tr("Add your clients and place each one by how satisfied they are and how likely "
                                           "they are to buy again. Rapport then shows who needs your attention first.\n\n"
                                           "Not ready yet? Load some sample clients to look around; you can undo it."),
                            page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(460);
    text->setMinimumHeight(text->heightForWidth(460));
    auto *add = new QPushButton(MainWindow::tr("Add a Client…"), page);
    auto *sample = new QPushButton(MainWindow::tr("Load Sample Data"), page);
    add->setDefault(true);
    QObject::connect(add, &QPushButton::clicked, window, &MainWindow::addClient);
    QObject::connect(sample, &QPushButton::clicked, window, &MainWindow::loadSampleData);
    add->setToolTip(MainWindow::tr("Add your first client (Ctrl+N)"));
    sample->setToolTip(MainWindow::tr("Add made-up clients to try Rapport out; Undo removes them"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addWidget(sample);
    buttons->addStretch(1);
    auto *firstSteps = new QLabel(QStringLiteral("<a href=\"#first-steps\">%1</a>")
                                      .arg(MainWindow::tr("Read the first steps in the handbook").toHtmlEscaped()),
                                  page);
    firstSteps->setTextFormat(Qt::RichText);
    firstSteps->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    firstSteps->setToolTip(MainWindow::tr("Open the handbook where it explains how to start (F1 opens it any time)"));
    QObject::connect(firstSteps, &QLabel::linkActivated, window,
                     [window](const QString &link) { window->showHandbook(QUrl(link).fragment()); });
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addWidget(firstSteps, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

/** What the window shows while a file is read, or when none is open; @p label says which. */
QWidget *makeOpeningState(QWidget *parent, QLabel *label, QProgressBar *busy)
{
    auto *page = new QWidget(parent);
    label->setParent(page);
    label->setAlignment(Qt::AlignCenter);
    busy->setParent(page);
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    busy->setFixedWidth(240);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(label);
    layout->addWidget(busy, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

} // namespace

MainWindow::MainWindow(ClientStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    // The tracker first: it must see every store change before the views that read it.
    , m_tracker(new ContactTracker(store, this))
    , m_calendarFile(new CalendarFileUpdater(store, m_tracker, 2000, this))
    , m_undoStack(new QUndoStack(this))
    , m_model(new ClientTableModel(store, m_tracker, m_undoStack, this))
    , m_central(new QStackedWidget(this))
    , m_statusPath(new QLabel(this))
    , m_openingLabel(new QLabel(this))
    , m_openingBusy(new QProgressBar(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/rapport.svg")));
    // The workspace (list, chart, details) is built after the first frame: see buildWorkspace().
    m_openingPage = makeOpeningState(m_central, m_openingLabel, m_openingBusy);
    m_central->addWidget(m_openingPage);
    setCentralWidget(m_central);
    statusBar()->addPermanentWidget(m_statusPath);

    m_mailReading = new MailReading(m_store, this);
    m_mailProgress = new QWidget(this);
    m_mailProgressText = new QLabel(m_mailProgress);
    {
        auto *layout = new QHBoxLayout(m_mailProgress);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *bar = new QProgressBar(m_mailProgress);
        bar->setRange(0, 0); // how much mail there is, is known only at the end
        bar->setMaximumWidth(120);
        bar->setMaximumHeight(14);
        auto *cancel = new QToolButton(m_mailProgress);
        cancel->setText(tr("Cancel"));
        cancel->setToolTip(tr("Stops reading the mail; what was read is kept, and the next reading goes on from there."));
        connect(cancel, &QToolButton::clicked, m_mailReading, &MailReading::cancel);
        layout->addWidget(m_mailProgressText);
        layout->addWidget(bar);
        layout->addWidget(cancel);
    }
    m_mailProgress->hide();
    statusBar()->addPermanentWidget(m_mailProgress);
    connect(m_mailReading, &MailReading::progressed, this, [this](qint64 read, qint64 skipped) {
        m_mailProgressText->setText(skipped > 0 ? tr("Reading mail: %1 messages, %2 left out").arg(QLocale().toString(read), QLocale().toString(skipped))
                                                : tr("Reading mail: %1 messages").arg(QLocale().toString(read)));
    });
    connect(m_mailReading, &MailReading::finished, this, &MainWindow::onMailReadingFinished);

    createActions();
    // Files (or vCards from a mail program) dropped onto the window open the import wizard.
    connect(new ImportDropTarget(this), &ImportDropTarget::importRequested, this, [this](const QString &path) {
        if (m_store->isOpen())
            importFile(path);
    });

    connect(m_store, &ClientStore::writeFailed, this, [this](const QString &message) {
        // An edit that met someone else's change is merged (asking when both changed a field), and
        // a refused undo is explained by undo(): neither needs this box too.
        if (m_store->conflict() && m_store->conflict()->stored)
            statusBar()->showMessage(message, 12000);
        else
            showError(message);
    });
    setConflictResolver([this](const Client &base, const Client &mine, const Client &stored) -> std::optional<Client> {
        if (!ConflictDialog::needsAsking(base, mine, stored)) {
            statusBar()->showMessage(tr("%1 had changed this client too: both changes are kept.")
                                         .arg(stored.changedBy.isEmpty() ? tr("Someone else") : stored.changedBy), 12000);
            return ClientMerge::merge(base, mine, stored).merged;
        }
        ConflictDialog dialog(base, mine, stored, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.result();
    });
    connect(m_store, &ClientStore::connectionChanged, this, [this](bool connected) {
        updateTitle();
        if (connected)
            statusBar()->showMessage(tr("Connected again; the changes made meanwhile are shown."), 8000);
    });
    connect(m_store, &ClientStore::openFinished, this, &MainWindow::onOpenFinished);
    connect(m_store, &ClientStore::clientsAdded, this, &MainWindow::updateEmptyState);
    connect(m_store, &ClientStore::clientsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_store, &ClientStore::clientsRemoved, this, [this] {
        if (!m_store->client(m_currentClient))
            setCurrentClient(0);
    });
    connect(m_store, &ClientStore::resetDone, this, [this] {
        m_undoStack->clear();
        updateTitle();
        showCentralPage();
    });
    // After a change the list may have re-sorted: keep the current client in view (not for
    // someone else's change: the viewer's scroll position stays where they left it).
    connect(m_store, &ClientStore::clientChanged, this, [this] {
        if (m_currentClient && m_list && !m_store->isReadingChangesFromElsewhere())
            m_list->view()->scrollTo(m_model->index(std::max(0, m_model->rowOfClient(m_currentClient)), 0));
    });

    // The calendar file is written in the background of the owner's work: only a failure is worth a word.
    connect(m_calendarFile, &CalendarFileUpdater::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The calendar file was not updated. %1").arg(message));
    });

    // Lapses are counted in days: look again when the date changes.
    auto *dayTimer = new QTimer(this);
    dayTimer->setInterval(60 * 1000);
    connect(dayTimer, &QTimer::timeout, this, [this] { m_tracker->setToday(QDate::currentDate()); });
    dayTimer->start();

    if (!restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The undo stack, a child, says it can no longer undo as it is cleared in QWidget's
    // destructor, after this window's members are gone; and the mail reading may still finish.
    disconnect(m_undoStack, nullptr, this, nullptr);
    disconnect(m_mailReading, nullptr, this, nullptr);
    // The panels may still report edits while their widgets are torn down.
    if (m_list) {
        disconnect(m_detail, nullptr, this, nullptr);
        disconnect(m_chart, nullptr, this, nullptr);
        disconnect(m_list, nullptr, this, nullptr);
    }
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (m_firstFramePainted)
        return;
    // The first frame shows the menus, the tool bar and the opening page; the rest comes next.
    m_firstFramePainted = true;
    QTimer::singleShot(0, this, [this] {
        if (m_openPending) {
            m_openPending = false;
            openDatabase(m_requestedPath, m_requestedPassword);
        }
        buildWorkspace();
    });
}

void MainWindow::buildWorkspace()
{
    if (m_list)
        return;
    m_list = new ClientListPanel(m_model, this);
    m_chart = new QuadrantChartView(m_store, m_tracker, this);
    m_detail = new ClientDetailPanel(m_store, m_tracker, m_undoStack, this);
    m_chartStack = new QStackedWidget(this);
    m_emptyPage = makeEmptyState(m_chartStack, this);
    m_chartStack->addWidget(m_chart);
    m_chartStack->addWidget(m_emptyPage);
    m_rightSplitter = new QSplitter(Qt::Vertical, this);
    m_rightSplitter->addWidget(m_chartStack);
    m_rightSplitter->addWidget(m_detail);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->addWidget(m_list);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setContentsMargins(6, 6, 6, 0);
    m_central->addWidget(m_mainSplitter);

    QSettings settings;
    if (!m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray())) {
        // The list as wide as its first columns need, the chart and the details the rest.
        const QMargins margins = m_mainSplitter->contentsMargins();
        const int room = m_central->width() - margins.left() - margins.right() - m_mainSplitter->handleWidth();
        const int list = std::min(m_list->preferredWidth(), room / 2);
        m_mainSplitter->setSizes({list, room - list});
    }
    m_rightSplitterState = settings.value(QStringLiteral("window/rightSplitter")).toByteArray();
    if (!m_rightSplitter->restoreState(m_rightSplitterState))
        m_rightSplitter->setSizes({430, 370});
    m_list->restoreHeaderState(settings.value(QStringLiteral("window/listColumns")).toByteArray());
    m_chart->setColorMode(std::clamp(settings.value(QStringLiteral("view/colorMode"), 0).toInt(), 0, 2));

    // Selection is shared: the list, the chart and the detail panel show one current client.
    connect(m_list, &ClientListPanel::currentClientChanged, this, &MainWindow::setCurrentClient);
    // Export Client and Erase Personal Data act on one client: several selected turn them off.
    connect(m_list->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_chart, &QuadrantChartView::clientSelected, this, &MainWindow::setCurrentClient);
    connect(m_list, &ClientListPanel::clientActivated, this, &MainWindow::editClient);
    connect(m_chart, &QuadrantChartView::clientActivated, this, &MainWindow::editClient);
    connect(m_list, &ClientListPanel::deleteRequested, this, &MainWindow::deleteSelectedClients);
    m_list->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list->view(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const Client *client = m_store->client(m_currentClient);
        if (!client)
            return;
        QMenu menu(this);
        QAction *write = menu.addAction(QIcon::fromTheme(QStringLiteral("mail-message-new")), tr("&Write Email…"));
        write->setEnabled(!client->email().isEmpty());
        QAction *call = menu.addAction(QIcon::fromTheme(QStringLiteral("call-start")), tr("&Call…"));
        call->setEnabled(!client->phone().isEmpty());
        menu.addSeparator();
        menu.addAction(m_editAction);
        menu.addAction(m_logAction);
        menu.addSeparator();
        menu.addAction(m_exportClientAction);
        menu.addSeparator();
        menu.addAction(m_deleteAction);
        menu.addAction(m_eraseAction);
        const QString email = client->email();
        const QString phone = client->phone();
        QAction *chosen = menu.exec(m_list->view()->viewport()->mapToGlobal(pos));
        if (chosen == write)
            m_detail->contactClient(QUrl(QStringLiteral("mailto:") + email));
        else if (chosen == call)
            m_detail->contactClient(QUrl(QStringLiteral("tel:") + phone));
    });
    m_chart->followFilter(m_model->visibility());
    // The details show a client the list shows: one the search or a filter hides is let go, and
    // comes back when the filter lets it through again (unless another was chosen meanwhile).
    connect(m_model, &ClientTableModel::countsChanged, this, [this] {
        if (m_currentClient && m_model->rowOfClient(m_currentClient) < 0) {
            const qint64 hidden = m_currentClient;
            setCurrentClient(0);
            m_hiddenCurrentClient = hidden;
        } else if (!m_currentClient && m_hiddenCurrentClient && m_model->rowOfClient(m_hiddenCurrentClient) >= 0) {
            setCurrentClient(m_hiddenCurrentClient);
        }
    });
    connect(m_chart, &QuadrantChartView::moveRequested, this, [this](qint64 id, QPointF from, QPointF to, bool isNudge) {
        m_undoStack->push(new MoveClientCommand(m_store, id, from, to, isNudge));
    });
    connect(m_chart, &QuadrantChartView::rulesChangeRequested, this,
            [this](const SegmentationRules &rules) { m_undoStack->push(new ChangeRulesCommand(m_store, rules)); });
    connect(m_detail, &ClientDetailPanel::editRequested, this, [this](const Client &before, const Client &after) {
        m_undoStack->push(new EditClientCommand(m_store, before, after));
    });
    connect(m_store, &ClientStore::resetDone, this, [this] {
        // Start on the first client of the list, so the detail panel has something to show. (Connected
        // after the panels, which forget their client on a reset.)
        setCurrentClient(m_model->clientId(0));
        updateEmptyState();
    });
    setCurrentClient(m_currentClient ? m_currentClient : m_model->clientId(0));
    updateEmptyState();
    showCentralPage();
}

ClientListPanel *MainWindow::listPanel()
{
    buildWorkspace();
    return m_list;
}

QuadrantChartView *MainWindow::chartView()
{
    buildWorkspace();
    return m_chart;
}

ClientDetailPanel *MainWindow::detailPanel()
{
    buildWorkspace();
    return m_detail;
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *openAction = fileMenu->addAction(tr("&Open Database…"), this, &MainWindow::openDatabaseDialog);
    openAction->setShortcut(QKeySequence::Open);
    fileMenu->addAction(tr("Connect to &Server…"), this, &MainWindow::connectToServer);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    fileMenu->addSeparator();
    QAction *importAction = fileMenu->addAction(tr("&Import Clients or Interactions…"), this, [this] { importFile(); });
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_readMailAction = fileMenu->addAction(tr("Read &Mail…"), this, &MainWindow::readMail);
    m_readMailAction->setWhatsThis(tr("Logs the emails you exchanged with your clients as interactions, read from "
                                      "Thunderbird, a mail folder, an mbox file or an IMAP account: who wrote, who "
                                      "answered, and who went quiet. Only the headers are read; nothing is changed in the "
                                      "mailbox."));
    fileMenu->addAction(tr("E&xport Clients as CSV…"), this, &MainWindow::exportClients);
    fileMenu->addAction(tr("Export Clients as vCar&d…"), this, &MainWindow::exportClientsAsVCard);
    fileMenu->addAction(tr("Export Interactions as CS&V…"), this, &MainWindow::exportInteractions);
    m_exportClientAction = fileMenu->addAction(tr("Export C&lient…"), this, &MainWindow::exportClient);
    fileMenu->addAction(tr("Export Follow-ups as &Calendar…"), this, &MainWindow::exportCalendar);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Back Up…"), this, &MainWindow::backUp);
    fileMenu->addAction(tr("Res&tore from Backup…"), this, &MainWindow::restore);
    fileMenu->addAction(tr("Cop&y to Server…"), this, &MainWindow::copyToServer);
    fileMenu->addSeparator();
    QAction *previewAction = fileMenu->addAction(themeIcon(QStringLiteral("document-print")), tr("Print Pre&view…"), this,
                                                 &MainWindow::printPreview);
    previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *printAction = fileMenu->addAction(themeIcon(QStringLiteral("document-print")), tr("&Print Follow-up Report…"), this,
                                               &MainWindow::print);
    printAction->setShortcut(QKeySequence::Print);
    QAction *pdfAction = fileMenu->addAction(tr("&Export Report as PDF…"), this, &MainWindow::exportPdf);
    // Not QKeySequence::SaveAs: it is empty on X11, and the menu shows only the first shortcut.
    pdfAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)});
    fileMenu->addAction(tr("&Business Name…"), this, &MainWindow::editBusinessName);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("Load &Sample Data…"), this, &MainWindow::loadSampleData);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    // An undo the store refuses (someone else changed the client since) stays on the stack: see undo().
    disconnect(undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(undoAction, &QAction::triggered, this, &MainWindow::undo);
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setIcon(themeIcon(QStringLiteral("edit-undo")));
    QAction *redoAction = m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    connect(m_undoStack, &QUndoStack::canUndoChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoStack, &QUndoStack::canRedoChanged, this, &MainWindow::updateUndoActions);
    redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    redoAction->setIcon(themeIcon(QStringLiteral("edit-redo")));
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    m_addAction = editMenu->addAction(themeIcon(QStringLiteral("list-add")), tr("&Add Client…"), this, &MainWindow::addClient);
    m_addAction->setShortcut(QKeySequence::New);
    m_editAction = editMenu->addAction(themeIcon(QStringLiteral("document-edit")), tr("&Edit Client…"), this,
                                       [this] { editClient(m_currentClient); });
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_deleteAction = editMenu->addAction(themeIcon(QStringLiteral("edit-delete")), tr("&Delete Client…"), this,
                                         &MainWindow::deleteSelectedClients);
    m_deleteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_eraseAction = editMenu->addAction(tr("Erase &Personal Data…"), this, &MainWindow::erasePersonalData);
    editMenu->addSeparator();
    m_logAction = editMenu->addAction(themeIcon(QStringLiteral("appointment-new")), tr("&Log Interaction…"), this,
                                      &MainWindow::logInteraction);
    m_logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    editMenu->addSeparator();
    QAction *findAction = editMenu->addAction(tr("&Find…"), this, [this] {
        listPanel()->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        listPanel()->searchEdit()->selectAll();
    });
    findAction->setShortcut(QKeySequence::Find);
    QAction *searchNotesAction = editMenu->addAction(tr("Search &Notes…"), this, &MainWindow::searchNotes);
    searchNotesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    editMenu->addSeparator();
    editMenu->addAction(tr("Segment &Boundaries…"), this, &MainWindow::editRules);
    editMenu->addAction(tr("&Contact Intervals…"), this, &MainWindow::editLapseRules);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *dashboardAction = viewMenu->addAction(themeIcon(QStringLiteral("view-statistics")), tr("&Dashboard…"), this,
                                                   &MainWindow::showDashboard);
    dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QMenu *colourMenu = viewMenu->addMenu(tr("&Colour Dots By"));
    auto *colours = new QActionGroup(this);
    const int savedMode = QSettings().value(QStringLiteral("view/colorMode"), 0).toInt();
    const QStringList colourNames = {tr("&Segment"), tr("&NPS Category"), tr("Ladder &Rung")};
    for (int mode = 0; mode < colourNames.size(); ++mode) {
        QAction *action = colourMenu->addAction(colourNames.at(mode));
        action->setCheckable(true);
        action->setChecked(mode == savedMode);
        action->setWhatsThis(tr("Colours the chart's dots by segment, by NPS category or by ladder rung, with a legend "
                                "above the chart. The shape of a dot always tells its segment."));
        colours->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode] {
            QSettings().setValue(QStringLiteral("view/colorMode"), mode);
            chartView()->setColorMode(mode);
        });
    }
    viewMenu->addSeparator();
    QMenu *appearanceMenu = viewMenu->addMenu(tr("&Appearance"));
    m_appearances = new QActionGroup(this);
    const QString chosen = savedAppearance();
    for (const auto &[key, label] : {std::pair{QStringLiteral("system"), tr("Follow the &System")},
                                     std::pair{QStringLiteral("light"), tr("&Light")},
                                     std::pair{QStringLiteral("dark"), tr("&Dark")}}) {
        QAction *action = appearanceMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(key == chosen);
        action->setData(key);
        m_appearances->addAction(action);
        connect(action, &QAction::triggered, this, [key = key] { setAppearance(key); });
    }
    if (chosen != QLatin1String("system"))
        applyAppearance(chosen);
    viewMenu->addSeparator();
    QAction *settingsAction = viewMenu->addAction(tr("&Settings…"), this, [this] { editSettings(); });
    // The platform's key first (Cmd+, on macOS); X11 has none, so Ctrl+, everywhere.
    QList<QKeySequence> settingsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!settingsKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        settingsKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setShortcuts(settingsKeys);
    settingsAction->setMenuRole(QAction::PreferencesRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *handbookAction = helpMenu->addAction(tr("Rapport &Handbook"), this, [this] { showHandbook(); });
    QList<QKeySequence> handbookKeys = QKeySequence::keyBindings(QKeySequence::HelpContents);
    if (!handbookKeys.contains(QKeySequence(Qt::Key_F1)))
        handbookKeys.append(QKeySequence(Qt::Key_F1));
    handbookAction->setShortcuts(handbookKeys);
    // Shift+F1, then a click on any control, explains it.
    QAction *whatsThisAction = QWhatsThis::createAction(this);
    whatsThisAction->setText(tr("&What's This?"));
    helpMenu->addAction(whatsThisAction);
    helpMenu->addAction(tr("&About Rapport"), this, &MainWindow::about);

    const auto explain = [](QAction *action, const QString &tip, const QString &whatsThis) {
        action->setToolTip(action->shortcut().isEmpty() ? tip
                                                        : tr("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText)));
        action->setWhatsThis(whatsThis);
    };
    explain(m_addAction, tr("Add a client"),
            tr("Opens a form for a new client: the name, how to reach them, and the two scores that place the client on "
               "the chart. Undo removes the client again."));
    explain(m_editAction, tr("Edit the selected client"),
            tr("Opens the selected client in a window to change any of its fields. The Details tab under the chart "
               "edits the same fields in place."));
    explain(m_deleteAction, tr("Delete the selected clients"),
            tr("Deletes the clients selected in the list, with their interactions, after asking. Undo brings them back "
               "exactly as they were."));
    explain(m_exportClientAction, tr("Save everything about the selected client in one file"),
            tr("Writes everything Rapport holds about the selected client into one JSON file: name, emails, phones, "
               "tags, notes, scores, every interaction with its note, every move on the chart and the relationship "
               "fields. Give it to a client who asks for their data."));
    explain(m_eraseAction, tr("Erase the name, contact details and notes of the selected client"),
            tr("Erases what identifies the selected client: name, company, emails, phones, tags, notes and the notes of "
               "every interaction. The scores, the interactions themselves and the history stay, so your counts and the "
               "dashboard stay right. This cannot be undone, and it clears the undo history."));
    explain(m_logAction, tr("Log a meeting, call or email with the selected client"),
            tr("Jumps to the quick form under the chart, to note a meeting, call, email or message with the selected "
               "client. Logging contacts is how Rapport knows who is due."));
    explain(dashboardAction, tr("Sum up all clients"),
            tr("Opens tiles and charts that sum up your clients: how many in each segment, your NPS, who is in lapse "
               "or due. Click a bar or a count to show exactly those clients in the list."));
    explain(previewAction, tr("Preview the follow-up report"),
            tr("Shows the follow-up report: every client to contact, most urgent first, with why and what to do. Print "
               "it from there and tick the clients off by hand."));
    undoAction->setWhatsThis(tr("Takes back the last change: a move on the chart, an edit, an addition, a deletion, a "
                                "logged interaction or a boundary change. The tooltip says what it takes back."));
    redoAction->setWhatsThis(tr("Does again what Undo took back."));

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_addAction);
    toolBar->addAction(m_editAction);
    toolBar->addAction(m_deleteAction);
    toolBar->addAction(m_logAction);
    toolBar->addSeparator();
    // The menu's Undo says what it undoes ("Undo Move Aisha Nakamura"); on the tool bar that
    // would make the button grow and push Redo along, so there it says "Undo" and the tooltip
    // says what.
    const auto toolBarTwin = [this, toolBar](QAction *menuAction, const QString &text, auto canChanged, auto textChanged) {
        auto *twin = new QAction(menuAction->icon(), text, toolBar);
        twin->setEnabled(menuAction->isEnabled());
        twin->setToolTip(text);
        twin->setWhatsThis(menuAction->whatsThis());
        connect(twin, &QAction::triggered, menuAction, &QAction::trigger);
        connect(m_undoStack, canChanged, twin, &QAction::setEnabled);
        connect(m_undoStack, textChanged, twin, [twin, text](const QString &what) {
            twin->setToolTip(what.isEmpty() ? text : tr("%1: %2").arg(text, what));
        });
        toolBar->addAction(twin);
    };
    toolBarTwin(undoAction, tr("Undo"), &QUndoStack::canUndoChanged, &QUndoStack::undoTextChanged);
    toolBarTwin(redoAction, tr("Redo"), &QUndoStack::canRedoChanged, &QUndoStack::redoTextChanged);
    toolBar->addSeparator();
    toolBar->addAction(dashboardAction);
    toolBar->addAction(previewAction);
}

void MainWindow::showHandbook(const QString &section)
{
    auto *handbook = findChild<HandbookDialog *>();
    if (!handbook)
        handbook = new HandbookDialog(this);
    if (!section.isEmpty())
        handbook->showSection(section);
    handbook->show();
    handbook->raise();
    handbook->activateWindow();
}

void MainWindow::updateActions()
{
    const bool writable = m_store->isOpen() && !m_store->isReadOnly() && !isOpening();
    m_addAction->setEnabled(writable);
    m_editAction->setEnabled(writable && m_currentClient != 0);
    m_deleteAction->setEnabled(writable && m_currentClient != 0);
    m_logAction->setEnabled(writable && m_currentClient != 0);
    const bool oneClient = m_currentClient != 0 && (!m_list || m_list->selectedClients().size() <= 1);
    m_exportClientAction->setEnabled(m_store->isOpen() && !isOpening() && oneClient);
    m_eraseAction->setEnabled(writable && oneClient);
    m_readMailAction->setEnabled(writable && !m_mailReading->isRunning());
}

void MainWindow::updateUndoActions()
{
    const bool reading = m_mailReading->isRunning();
    m_undoAction->setEnabled(!reading && m_undoStack->canUndo());
    m_redoAction->setEnabled(!reading && m_undoStack->canRedo());
}

void MainWindow::updateEmptyState()
{
    if (!m_list)
        return;
    const bool empty = m_store->count() == 0;
    m_chartStack->setCurrentWidget(empty ? m_emptyPage : static_cast<QWidget *>(m_chart));
    // The splitter forgets a hidden panel's share: keep it, and give it back on showing.
    if (empty && !m_detail->isHidden()) {
        m_rightSplitterState = m_rightSplitter->saveState();
        m_detail->hide();
    } else if (!empty && m_detail->isHidden()) {
        m_detail->show();
        if (!m_rightSplitter->restoreState(m_rightSplitterState))
            m_rightSplitter->setSizes({430, 370});
    }
}

bool MainWindow::isOpening() const
{
    return m_openPending || m_readingKeyring || m_store->isOpening();
}

void MainWindow::showCentralPage()
{
    // What the workspace shows belongs to the file being replaced: the opening page stands in,
    // and says so when no file is open.
    const bool opening = isOpening();
    if (!opening && m_mainSplitter && m_store->isOpen()) {
        m_central->setCurrentWidget(m_mainSplitter);
        return;
    }
    const DatabaseLocation requested = DatabaseLocation::parse(m_requestedPath);
    m_openingLabel->setText(opening ? tr("Opening %1…").arg(requested.isServer() ? requestedName() : QFileInfo(m_requestedPath).fileName())
                                    : tr("No database is open. Use File → Open Database… or File → New Database…"));
    m_openingBusy->setVisible(opening);
    m_central->setCurrentWidget(m_openingPage);
}

void MainWindow::updateOpening()
{
    const bool opening = isOpening();
    showCentralPage();
    if (opening) {
        statusBar()->showMessage(tr("Opening %1…").arg(requestedName()));
    } else {
        statusBar()->clearMessage();
    }
    updateActions();
}

void MainWindow::updateTitle()
{
    if (m_store->isServer()) {
        setWindowTitle(tr("%1 – Rapport").arg(m_store->displayName()));
        // The address's own user is in the display name ("clients on crm.example as anna"); else the role says who.
        const QString where = DatabaseLocation::parse(m_store->path()).userName().isEmpty()
            ? tr("%1 as %2").arg(m_store->displayName(), m_store->role())
            : m_store->displayName();
        if (m_store->isConnectionLost())
            m_statusPath->setText(tr("Connection to %1 lost, retrying…").arg(where));
        else if (m_store->isEncrypted())
            m_statusPath->setText(tr("Connected to %1, encrypted").arg(where));
        else
            m_statusPath->setText(tr("Connected to %1").arg(where));
        updateActions();
        return;
    }
    const QString file = QDir::toNativeSeparators(m_store->path());
    setWindowTitle(file.isEmpty() ? QStringLiteral("Rapport") : tr("%1 – Rapport").arg(QFileInfo(file).fileName()));
    m_statusPath->setText(m_store->isReadOnly() ? tr("%1 (read-only)").arg(file) : file);
    updateActions();
}

void MainWindow::setCurrentClient(qint64 id)
{
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    m_currentClient = id;
    m_hiddenCurrentClient = 0;
    if (m_list) {
        m_list->setCurrentClient(id);
        m_chart->setSelectedClient(id);
        m_detail->setClientId(id);
    }
    m_syncingSelection = false;
    updateActions();
}

void MainWindow::openDatabase(const QString &path, const QString &password)
{
    m_requestedPath = path;
    m_requestedPassword = password;
    m_passwordKeeping = PasswordKeeping::Leave; // the Connect dialog says otherwise after this call
    const quint64 ticket = ++m_keyringTicket;
    m_readingKeyring = false;
    // Reading a large file would slow the first frame down: it starts once that is painted.
    m_openPending = isVisible() && !m_firstFramePainted;
    const DatabaseLocation location = DatabaseLocation::parse(path);
    if (!m_openPending && location.isServer() && password.isEmpty() && location.password().isEmpty()) {
        // A password the owner asked Rapport to remember; without a keyring (or an entry in it),
        // libpq looks in ~/.pgpass and PGPASSWORD itself.
        m_readingKeyring = true;
        PasswordKeyring::read(path, this, [this, ticket, path](const QString &kept, const QString &) {
            if (ticket != m_keyringTicket)
                return; // another database was asked for meanwhile
            m_readingKeyring = false;
            m_requestedPassword = kept;
            startOpening(path, kept);
        });
    } else if (!m_openPending) {
        startOpening(path, password);
        return;
    }
    updateOpening();
}

void MainWindow::startOpening(const QString &path, const QString &password)
{
    // Today's automatic backup is taken on the same worker, once the file has been checked.
    m_store->openInBackground(path, QDateTime::currentDateTime(), password);
    updateOpening();
}

QString MainWindow::requestedName() const
{
    return DatabaseLocation::parse(m_requestedPath).displayName();
}

void MainWindow::onOpenFinished(bool opened, const QString &message)
{
    const QString candidate = m_requestedPath;
    updateOpening();
    const QString password = m_requestedPassword;
    const PasswordKeeping keeping = std::exchange(m_passwordKeeping, PasswordKeeping::Leave);
    m_requestedPassword.clear();
    if (opened) {
        QSettings().setValue(QStringLiteral("lastDatabase"), m_store->path());
        rememberRecent(m_store->path());
        if (m_store->isServer() && keeping == PasswordKeeping::Remember && !password.isEmpty()) {
            PasswordKeyring::write(m_store->path(), password, this, [this](const QString &error) {
                if (!error.isEmpty())
                    statusBar()->showMessage(tr("The password could not be kept in the keyring (%1); Rapport will ask "
                                                "for it again.").arg(error), 12000);
            });
        } else if (m_store->isServer() && keeping == PasswordKeeping::Forget) {
            PasswordKeyring::remove(m_store->path());
        }
        // A failed automatic backup does not keep the database from opening: the status bar says so.
        const QString note = QStringList({m_openNote, message}).join(QLatin1Char(' ')).trimmed();
        m_openNote.clear();
        if (!note.isEmpty())
            statusBar()->showMessage(note);
        Q_EMIT openFinished(true);
        return;
    }
    m_openNote.clear();
    // A server that refused: the owner corrects the address or the password where it is asked.
    if (DatabaseLocation::isServerAddress(candidate)) {
        if (!askForConnection(candidate, message, keeping == PasswordKeeping::Remember))
            Q_EMIT openFinished(false);
        return;
    }
    // A damaged file can be replaced by the newest automatic backup that is itself sound.
    const Database::OpenError error = m_store->openError();
    const BackupFile backup = error == Database::OpenError::Corrupt || error == Database::OpenError::NotADatabase
        ? BackupFiles::latestSound(candidate)
        : BackupFile();
    const QString taken = QLocale().toString(backup.takenAt, QLocale::ShortFormat);
    QString text = message;
    if (!backup.path.isEmpty())
        text += QStringLiteral("\n\n") + tr("The latest automatic backup, from %1, is sound: %2")
                                             .arg(taken, QDir::toNativeSeparators(backup.path));
    QMessageBox box(QMessageBox::Warning, tr("Cannot Open Database"), text, QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    QPushButton *restore = backup.path.isEmpty()
        ? nullptr
        : box.addButton(tr("Restore Latest Backup (%1)…").arg(taken), QMessageBox::AcceptRole);
    QPushButton *other = box.addButton(tr("Open Another File…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (restore && box.clickedButton() == restore) {
        // Declined or failed, the same file is tried again and the same choice comes back.
        m_openNote = restoreDamaged(candidate, backup);
        openDatabase(candidate);
        return;
    }
    if (box.clickedButton() == other) {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Open or Create a Database"), QFileInfo(candidate).absolutePath(),
                                                            tr("Rapport databases (*.sqlite *.db);;All files (*)"), nullptr,
                                                            QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty()) {
            openDatabase(chosen);
            return;
        }
    }
    Q_EMIT openFinished(false);
}

QString MainWindow::restoreDamaged(const QString &path, const BackupFile &backup)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QString taken = QLocale().toString(backup.takenAt, QLocale::ShortFormat);
    QMessageBox box(QMessageBox::Question, tr("Restore Latest Backup"),
                    tr("Put the backup from %1 in the place of %2?\n\n"
                       "Changes made after the backup was taken are not in it. The damaged file is not deleted: "
                       "it is kept as %3.")
                        .arg(taken, QDir::toNativeSeparators(path),
                             QDir::toNativeSeparators(BackupFiles::damagedPath(path, now))),
                    QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    QPushButton *confirm = box.addButton(tr("Restore Backup"), QMessageBox::AcceptRole);
    box.setDefaultButton(confirm);
    box.exec();
    if (box.clickedButton() != confirm)
        return {};
    QString keptAs;
    QString error;
    if (!BackupFiles::replaceDamaged(path, backup.path, now, &keptAs, &error)) {
        showError(error);
        return {};
    }
    return tr("Restored the backup from %1; the damaged file is kept as %2.").arg(taken, QDir::toNativeSeparators(keptAs));
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"), QDir::homePath() + QStringLiteral("/clients.sqlite"),
                                                      tr("Rapport databases (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists. Use Open Database to open it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::connectToServer()
{
    ConnectServerDialog dialog(ConnectServerDialog::Mode::Connect, this);
    if (m_store->isServer())
        dialog.setLocation(m_store->path());
    if (dialog.exec() != QDialog::Accepted)
        return;
    openDatabase(dialog.location(), dialog.password());
    m_passwordKeeping = passwordKeeping(dialog);
}

MainWindow::PasswordKeeping MainWindow::passwordKeeping(const ConnectServerDialog &dialog)
{
    // An empty password field with the box unticked may mean "use the one kept": it is not forgotten then.
    if (dialog.remembersPassword())
        return PasswordKeeping::Remember;
    return dialog.password().isEmpty() ? PasswordKeeping::Leave : PasswordKeeping::Forget;
}

bool MainWindow::askForConnection(const QString &location, const QString &message, bool remember)
{
    ConnectServerDialog dialog(ConnectServerDialog::Mode::Connect, this);
    dialog.setLocation(location);
    dialog.setMessage(message);
    dialog.setRemembersPassword(remember);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    openDatabase(dialog.location(), dialog.password());
    m_passwordKeeping = passwordKeeping(dialog);
    return true;
}

void MainWindow::copyToServer()
{
    if (!m_store->isOpen())
        return;
    ConnectServerDialog dialog(ConnectServerDialog::Mode::Copy, this);
    while (dialog.exec() == QDialog::Accepted) {
        const QString target = dialog.location();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const qint64 interactions = m_store->interactionCount();
        bool copied = false;
        {
            // The copy changes nothing here: a refusal is said in the dialog, not in a box of its own.
            const QSignalBlocker quiet(m_store);
            copied = interactions >= 0 && m_store->copyTo(target, dialog.password());
        }
        QApplication::restoreOverrideCursor();
        if (!copied) {
            dialog.setMessage(m_store->errorString());
            continue;
        }
        if (dialog.remembersPassword() && !dialog.password().isEmpty())
            PasswordKeyring::write(target, dialog.password(), this, [](const QString &) {});
        const QString what = tr("Copied %1 and %2 to %3.")
                                 .arg(tr("%Ln client(s)", nullptr, m_store->count()),
                                      tr("%Ln interaction(s)", nullptr, int(interactions)),
                                      DatabaseLocation::parse(target).displayName());
        statusBar()->showMessage(what, 12000);
        QMessageBox box(QMessageBox::Question, tr("Copy to Server"),
                        what + QStringLiteral("\n\n")
                            + tr("Work on the server from now on? %1 stays as it is; changes made there are not "
                                 "in the copy.").arg(m_store->displayName()),
                        QMessageBox::NoButton, this);
        box.setTextFormat(Qt::PlainText);
        QPushButton *open = box.addButton(tr("Open on the Server"), QMessageBox::AcceptRole);
        box.addButton(tr("Keep Working Here"), QMessageBox::RejectRole);
        box.setDefaultButton(open);
        box.exec();
        if (box.clickedButton() == open)
            openDatabase(target, dialog.password());
        return;
    }
}

void MainWindow::openDatabaseDialog()
{
    const QString folder = m_store->isServer() ? QDir::homePath() : QFileInfo(m_store->path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), folder,
                                                      tr("Rapport databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    openDatabase(path);
}

void MainWindow::addClient()
{
    Client client;
    ClientDialog dialog(client, this);
    dialog.setOwnerChoices(Client::ownersOf(m_store->clients()), m_store->author());
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddClientsCommand(m_store, {dialog.client()});
    m_undoStack->push(command);
    if (m_undoStack->command(m_undoStack->index() - 1) == command && !command->ids().isEmpty())
        setCurrentClient(command->ids().constFirst());
}

void MainWindow::editClient(qint64 id)
{
    const Client *client = m_store->client(id);
    if (!client)
        return;
    setCurrentClient(id);
    ClientDialog dialog(*client, this);
    dialog.setOwnerChoices(Client::ownersOf(m_store->clients()), m_store->author());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Client *current = m_store->client(id);
    if (current && dialog.client() != *current)
        m_undoStack->push(new EditClientCommand(m_store, *current, dialog.client()));
}

void MainWindow::deleteSelectedClients()
{
    QVector<qint64> ids = listPanel()->selectedClients();
    if (ids.isEmpty() && m_currentClient)
        ids.append(m_currentClient);
    if (ids.isEmpty())
        return;
    const QString question = ids.size() == 1
        ? tr("Delete %1? Undo brings the client back.").arg(m_store->client(ids.constFirst())->displayName())
        : tr("Delete %n clients? Undo brings them back.", nullptr, int(ids.size()));
    QMessageBox box(QMessageBox::Question, tr("Delete Clients"), question, QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    m_undoStack->push(new RemoveClientsCommand(m_store, ids));
}

void MainWindow::exportClient()
{
    const Client *client = m_store->client(m_currentClient);
    if (!client)
        return;
    const qint64 id = client->id;
    const QString name = client->displayName();
    // The client's name as the file's, without the characters a file name cannot hold somewhere.
    QString fileName = name;
    fileName.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]+")), QStringLiteral(" "));
    fileName = fileName.simplified();
    if (fileName.startsWith(QLatin1Char('.')) || fileName.isEmpty())
        fileName.prepend(tr("client"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Client"), QDir::homePath() + QLatin1Char('/') + fileName
                                                                                      + QStringLiteral(".json"),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QByteArray json;
    QString error;
    if (!ClientDataExport::toJson(*m_store, id, ClientStore::now(), &json, &error) || !ClientExport::write(path, json, &error))
        showError(error);
    else
        statusBar()->showMessage(tr("Exported everything about %1 to %2.").arg(name, QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::erasePersonalData()
{
    const Client *client = m_store->client(m_currentClient);
    if (!client)
        return;
    const qint64 id = client->id;
    const QString name = client->displayName();
    QMessageBox box(QMessageBox::Warning, tr("Erase Personal Data"),
                    tr("Erase the personal data of %1?\n\n"
                       "The name, company, emails, phones, tags and notes go, and so do the notes of every interaction. "
                       "The scores, the interactions themselves and the history stay, so your counts stay right.\n\n"
                       "This cannot be undone. Undo history is cleared as well.")
                        .arg(name),
                    QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    QPushButton *erase = box.addButton(tr("Erase"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != erase)
        return;
    // A failure is shown by showError() (writeFailed) and changes nothing, the undo history included.
    // A file is rebuilt after the erase: about a second for 100,000 clients.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool erased = m_store->erasePersonalData(id);
    QApplication::restoreOverrideCursor();
    if (!erased)
        return;
    // An older step on the stack would otherwise bring the name or a note back.
    m_undoStack->clear();
    statusBar()->showMessage(tr("Erased the personal data of %1. The undo history was cleared.").arg(name), 8000);
}

void MainWindow::loadSampleData()
{
    bool ok = false;
    const int count = QInputDialog::getInt(this, tr("Load Sample Data"),
                                           tr("How many sample clients? They are added to this database; Undo removes them."),
                                           40, 1, 100000, 10, &ok);
    if (!ok)
        return;
    SampleDataGenerator generator(quint32(QDateTime::currentMSecsSinceEpoch()));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_undoStack->push(new AddClientsCommand(m_store, generator.clients(count, ClientStore::now())));
    QApplication::restoreOverrideCursor();
}

void MainWindow::editRules()
{
    editSettings(SettingsDialog::Page::Boundaries);
}

void MainWindow::showDashboard()
{
    auto *dialog = new DashboardDialog(m_store, m_tracker, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DashboardDialog::filterRequested, this,
            [this](const ClientFilter &filter) { listPanel()->applyFilter(filter); });
    connect(dialog, &DashboardDialog::clientRequested, this, [this](qint64 id) {
        if (m_model->rowOfClient(id) < 0)
            listPanel()->applyFilter(ClientFilter::everyone());
        setCurrentClient(id);
    });
    dialog->show();
}

void MainWindow::editSettings(SettingsDialog::Page page)
{
    SettingsDialog dialog(m_store, m_undoStack, this);
    dialog.setCurrentPage(page);
    dialog.exec();
    // The calendar file may just have been turned on or moved.
    m_calendarFile->schedule();
    const QString appearance = savedAppearance();
    const QList<QAction *> choices = m_appearances->actions();
    for (QAction *action : choices)
        action->setChecked(action->data().toString() == appearance);
}

void MainWindow::editLapseRules()
{
    editSettings(SettingsDialog::Page::ContactIntervals);
}

void MainWindow::searchNotes()
{
    auto *dialog = new NoteSearchDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NoteSearchDialog::clientRequested, this, [this](qint64 clientId, qint64 interactionId) {
        // The list may hide the client; show everyone so that it can be selected.
        if (m_model->rowOfClient(clientId) < 0) {
            listPanel()->searchEdit()->clear();
            m_model->setSegmentMask(ClientTableModel::AllSegments);
            listPanel()->attentionButton()->setChecked(false);
        }
        setCurrentClient(clientId);
        detailPanel()->showInteraction(interactionId);
    });
    dialog->show();
}

void MainWindow::logInteraction()
{
    if (m_currentClient)
        detailPanel()->focusLogForm();
}

void MainWindow::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(FollowUpReport::defaultPageSize(), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
    QString owner;
    if (!chooseReportOwner(tr("Follow-up Report"), tr("&Preview"), &owner))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    FollowUpReport report = FollowUpReport::create(m_store, m_tracker, m_tracker->today(), owner);
    QApplication::restoreOverrideCursor();
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Follow-up Report"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&report](QPrinter *target) { report.paint(target); });
    dialog.resize(900, 1000);
    dialog.exec();
}

void MainWindow::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(FollowUpReport::defaultPageSize(), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
    QString owner;
    if (!chooseReportOwner(tr("Print Follow-up Report"), tr("&Print…"), &owner))
        return;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Follow-up Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    FollowUpReport report = FollowUpReport::create(m_store, m_tracker, m_tracker->today(), owner);
    report.paint(&printer);
    QApplication::restoreOverrideCursor();
    statusBar()->showMessage(tr("Sent %n page(s) to the printer.", nullptr, report.pageCount()), 5000);
}

void MainWindow::exportPdf()
{
    QString owner;
    if (!chooseReportOwner(tr("Export Report as PDF"), tr("&Export…"), &owner))
        return;
    const QString ownerInName = QString(owner).replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]+")), QStringLiteral(" ")).simplified();
    const QString suggested = QDir::homePath() + QLatin1Char('/')
        + (owner.isEmpty() ? tr("follow-up %1.pdf").arg(m_tracker->today().toString(Qt::ISODate))
                           : tr("follow-up %1 %2.pdf").arg(ownerInName, m_tracker->today().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    // The plan and the chart picture are made here; the pages are painted on a worker thread,
    // so a long report does not freeze the window.
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto report = std::make_shared<FollowUpReport>(FollowUpReport::create(m_store, m_tracker, m_tracker->today(), owner));
    auto error = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    QThread *thread = QThread::create([report, error, ok, path] { *ok = report->writePdf(path, error.get()); });
    statusBar()->showMessage(tr("Writing the report…"));
    connect(thread, &QThread::finished, this, [this, thread, report, error, ok, path] {
        thread->deleteLater();
        QApplication::restoreOverrideCursor();
        if (*ok)
            statusBar()->showMessage(tr("Saved the report (%n page(s)) to %1.", nullptr, report->pageCount())
                                         .arg(QDir::toNativeSeparators(path)), 8000);
        else {
            statusBar()->clearMessage();
            showError(*error);
        }
    });
    thread->start();
}

void MainWindow::editBusinessName()
{
    editSettings(SettingsDialog::Page::Business);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentDatabases")).toStringList();
    // A server is kept by its address without a password (ClientStore::path()).
    const QString absolute = DatabaseLocation::isServerAddress(path) ? DatabaseLocation::parse(path).toString()
                                                                      : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("recentDatabases"), recent.mid(0, 8));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentDatabases")).toStringList();
    for (const QString &path : recent) {
        const bool server = DatabaseLocation::isServerAddress(path);
        QAction *action = m_recentMenu->addAction(server ? DatabaseLocation::parse(path).displayName() : QDir::toNativeSeparators(path),
                                                  this, [this, path] { openDatabase(path); });
        // Whether a server answers is known only by asking it.
        action->setEnabled(server || QFileInfo::exists(path));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::importFile(const QString &chosen)
{
    const QString path = !chosen.isEmpty() ? chosen
        : QFileDialog::getOpenFileName(this, tr("Import Clients or Interactions"), QDir::homePath(),
                                       tr("Contacts and clients (*.csv *.vcf *.vcard);;CSV files (*.csv);;vCards (*.vcf *.vcard);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportDialog dialog(m_store, path, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_undoStack->push(new ImportCommand(m_store, dialog.additions(), dialog.updates(), dialog.interactions(),
                                        QFileInfo(path).fileName()));
    if (!dialog.skippedRowsPath().isEmpty())
        statusBar()->showMessage(tr("Bad rows skipped: %1, written with their line and reason to %2.")
                                     .arg(dialog.importResult().problems.size())
                                     .arg(QDir::toNativeSeparators(dialog.skippedRowsPath())),
                                 15000);
}

namespace {

/** Each account owner of @p store, as Client::ownersOf() lists them, with the ids of their clients. */
QVector<ExportScopeDialog::OwnerClients> clientsByOwner(const ClientStore &store)
{
    QVector<ExportScopeDialog::OwnerClients> result;
    QHash<QString, int> indexOf;
    for (const QString &owner : Client::ownersOf(store.clients())) {
        indexOf.insert(owner.toCaseFolded(), int(result.size()));
        result.append({owner, {}});
    }
    for (const Client &client : store.clients()) {
        const auto found = indexOf.constFind(client.owner.trimmed().toCaseFolded());
        if (found != indexOf.constEnd())
            result[found.value()].second.append(client.id);
    }
    return result;
}

} // namespace

bool MainWindow::chooseReportOwner(const QString &title, const QString &okText, QString *owner)
{
    owner->clear();
    const QVector<ExportScopeDialog::OwnerClients> owners = clientsByOwner(*m_store);
    if (owners.isEmpty())
        return true;
    QVector<qint64> all;
    for (const Client &client : m_store->clients())
        all.append(client.id);
    ExportScopeDialog dialog(title, all, all, {}, this);
    dialog.setQuestion(tr("Which clients should the report cover?"), okText);
    dialog.setOwners(owners);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *owner = dialog.owner();
    return true;
}

bool MainWindow::chooseClientsToExport(const QString &title, QVector<qint64> *ids)
{
    QVector<qint64> all;
    for (const Client &client : m_store->clients())
        all.append(client.id);
    QVector<qint64> shown;
    for (int row = 0; row < m_model->rowCount(); ++row)
        shown.append(m_model->clientId(row));
    const QVector<qint64> selected = listPanel()->selectedClients();
    *ids = all;
    const QVector<ExportScopeDialog::OwnerClients> owners = clientsByOwner(*m_store);
    if (!ExportScopeDialog::hasChoice(all, shown, selected, !owners.isEmpty()))
        return true;
    ExportScopeDialog dialog(title, all, shown, selected, this);
    dialog.setOwners(owners);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *ids = dialog.clients();
    return true;
}

void MainWindow::exportClients()
{
    QVector<qint64> ids;
    if (!chooseClientsToExport(tr("Export Clients"), &ids))
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Clients"), QDir::homePath() + tr("/clients.csv"),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !ClientExport::write(path, ClientExport::clientsCsv(*m_store, m_tracker->today(), ids), &error))
        showError(error);
    else if (!path.isEmpty())
        statusBar()->showMessage(tr("Exported %n client(s) to %1.", nullptr, int(ids.size())).arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::exportClientsAsVCard()
{
    QVector<qint64> ids;
    if (!chooseClientsToExport(tr("Export Clients as vCard"), &ids))
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Clients as vCard"), QDir::homePath() + tr("/clients.vcf"),
                                                      tr("vCards (*.vcf)"));
    QString error;
    if (!path.isEmpty() && !ClientExport::write(path, ClientExport::clientsVCard(*m_store, ids), &error))
        showError(error);
    else if (!path.isEmpty())
        statusBar()->showMessage(tr("Exported %n client(s) as vCards to %1.", nullptr, int(ids.size())).arg(QDir::toNativeSeparators(path)),
                                 8000);
}

void MainWindow::exportCalendar()
{
    const QString suggested = QDir::homePath() + QLatin1Char('/') + tr("follow-ups %1.ics").arg(m_tracker->today().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Follow-ups as Calendar"), suggested, tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    QString error;
    int count = 0;
    if (!FollowUpCalendar::write(m_store, m_tracker->today(), path, &error, &count))
        showError(error);
    else
        statusBar()->showMessage(tr("Exported %n follow-up(s) as calendar to-dos to %1.", nullptr, count).arg(QDir::toNativeSeparators(path)),
                                 8000);
}

void MainWindow::exportInteractions()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Interactions"), QDir::homePath() + tr("/interactions.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QByteArray csv;
    QString error;
    if (!ClientExport::interactionsCsv(*m_store, &csv, &error) || !ClientExport::write(path, csv, &error))
        showError(error);
    else
        statusBar()->showMessage(tr("Exported the interactions to %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

QString MainWindow::besideDatabase(const QString &suffix) const
{
    // A server's data has no folder of its own here: its copies go to the home folder, named after the database.
    if (m_store->isServer())
        return QDir::homePath() + QLatin1Char('/') + DatabaseLocation::parse(m_store->path()).databaseName() + suffix;
    const QFileInfo current(m_store->path());
    return current.absolutePath() + QLatin1Char('/') + current.completeBaseName() + suffix;
}

void MainWindow::backUp()
{
    const QFileInfo current(m_store->path());
    const QString suggested = besideDatabase(QStringLiteral("-backup-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back Up"), suggested, tr("Rapport databases (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    if (!m_store->isServer() && QFileInfo(path).absoluteFilePath() == current.absoluteFilePath()) {
        showError(tr("Choose another file than the database itself for the backup."));
        return;
    }
    if (m_store->backup(path))
        statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::restore()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore from Backup"), QFileInfo(besideDatabase(QString())).absolutePath(),
                                                      tr("Rapport databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString keep = besideDatabase(
        QStringLiteral("-before-restore-%1.sqlite").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QMessageBox box(QMessageBox::Question, tr("Restore from Backup"),
                    tr("Replace all clients, interactions and settings with the backup %1?\n\n"
                       "What is there now is kept as %2. Undo cannot take a restore back.")
                        .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(keep)),
                    QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    QPushButton *replace = box.addButton(tr("Restore"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != replace)
        return;
    if (m_store->restore(path, keep))
        statusBar()->showMessage(tr("Restored %1; the previous data is kept as %2.")
                                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(keep)), 12000);
}

void MainWindow::undo()
{
    const int index = m_undoStack->index();
    if (index == 0)
        return;
    const auto *command = dynamic_cast<const VersionedCommand *>(m_undoStack->command(index - 1));
    const int count = m_undoStack->count();
    m_undoStack->undo();
    // A step whose undo failed otherwise was dropped from the stack (and deleted).
    if (!command || m_undoStack->count() != count || !command->undoWasRefused())
        return;
    // Someone else changed the client since: their change stands, and so does this step.
    m_undoStack->redo();
    showError(tr("%1\n\nThe step stays in the undo history; undo it again once you have looked at the change.")
                  .arg(m_store->errorString()));
}

void MainWindow::showError(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Rapport"), message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Rapport"),
                       tr("<h3>Rapport %1</h3><p>Shows which clients need your attention first, and why: "
                          "each client sits on a chart of satisfaction against likelihood to buy again.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::scheduleScreenshot(const QString &path)
{
    const auto takeLater = [this, path] {
        QTimer::singleShot(1000, this, [this, path] {
            const bool saved = grab().save(path, "PNG");
            if (!saved)
                std::fputs(qPrintable(tr("rapport: cannot write the screenshot to %1\n").arg(QDir::toNativeSeparators(path))), stderr);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    // The picture shows the data: wait until the file is read.
    if (isOpening())
        connect(this, &MainWindow::openFinished, this, takeLater, Qt::SingleShotConnection);
    else
        takeLater();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The last changes reach the calendar file before Rapport ends.
    if (m_calendarFile->isPending() || m_calendarFile->isWriting())
        m_calendarFile->updateNow();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (m_list) {
        settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
        settings.setValue(QStringLiteral("window/rightSplitter"),
                          m_detail->isHidden() ? m_rightSplitterState : m_rightSplitter->saveState());
        settings.setValue(QStringLiteral("window/listColumns"), m_list->view()->horizontalHeader()->saveState());
    }
    event->accept();
}

void MainWindow::readMail()
{
    if (m_mailReading->isRunning())
        return;
    ReadMailDialog dialog(this);
    dialog.setThunderbirdProfiles(MailboxReader::thunderbirdProfiles(MailboxReader::thunderbirdFolder()));
    QSettings settings;
    dialog.setLocation(settings.value(QStringLiteral("mail/location")).toString());
    dialog.setOwnAddresses(MailLog::ownAddresses(*m_store));
    dialog.setTrustedCertificate(settings.value(QStringLiteral("mail/certificate")).toString());
    const bool server = MailReading::isServerAddress(settings.value(QStringLiteral("mail/location")).toString());
    if (server) {
        // The kept password fills the field when the keyring answers; typing one first wins.
        QPointer<ReadMailDialog> asking(&dialog);
        PasswordKeyring::read(dialog.location(), &dialog, [asking](const QString &password, const QString &) {
            if (asking && asking->password().isEmpty())
                asking->setPassword(password);
        });
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString location = dialog.location();
    settings.setValue(QStringLiteral("mail/location"), location);
    settings.setValue(QStringLiteral("mail/certificate"), dialog.trustedCertificate());
    m_mailReading->setTrustedCertificateFile(dialog.trustedCertificate());
    if (dialog.ownAddresses() != MailLog::ownAddresses(*m_store) && !MailLog::setOwnAddresses(m_store, dialog.ownAddresses())) {
        showError(m_store->errorString());
        return;
    }
    if (MailReading::isServerAddress(location) && dialog.remembersPassword() && !dialog.password().isEmpty()) {
        PasswordKeyring::write(location, dialog.password(), this, [this](const QString &error) {
            if (!error.isEmpty())
                statusBar()->showMessage(tr("The password could not be kept in the keyring (%1).").arg(error), 8000);
        });
    }
    const QDate since = dialog.since();
    startMailReading(location, dialog.password(), since.isValid() ? since.startOfDay().toUTC() : QDateTime());
}

void MainWindow::startMailReading(const QString &location, const QString &password, const QDateTime &since)
{
    m_mailPassword = password;
    if (!m_mailReading->start(location, password, since)) {
        m_mailPassword.clear();
        QMessageBox::warning(this, tr("Read Mail"), m_mailReading->errorString());
        return;
    }
    m_mailProgressText->setText(tr("Reading mail…"));
    m_mailProgress->show();
    updateActions();
    updateUndoActions();
}

void MainWindow::onMailReadingFinished(bool ok, bool cancelled)
{
    m_mailProgress->hide();
    // Everything the reading wrote goes on the stack as one step, also when it stopped part-way.
    auto *command = new ReadMailCommand(m_store);
    command->addApplied(m_mailReading->reading());
    if (command->isEmpty())
        delete command;
    else
        m_undoStack->push(command);
    updateActions();
    updateUndoActions();

    const QString summary = m_mailReading->summary();
    if (!ok) {
        m_mailPassword.clear();
        QMessageBox::warning(this, tr("Read Mail"),
                             tr("%1\n\nWhat was read before is kept: %2.").arg(m_mailReading->errorString(), summary));
        return;
    }
    statusBar()->showMessage(cancelled ? tr("Reading the mail was cancelled: %1.").arg(summary) : summary, 15000);
    const QVector<MailSender> senders = m_mailReading->unknownSenders();
    if (cancelled || senders.isEmpty()) {
        m_mailPassword.clear();
        return;
    }
    MailSendersDialog offer(senders, this);
    if (offer.exec() != QDialog::Accepted || offer.chosen().isEmpty()) {
        m_mailPassword.clear();
        return;
    }
    auto *add = new AddClientsCommand(m_store, offer.clients(ClientStore::now()));
    m_undoStack->push(add);
    if (add->ids().isEmpty()) {
        m_mailPassword.clear();
        return;
    }
    // Their mail was read before they were clients: read the same place again from the start,
    // which logs only what is new to Rapport, their emails.
    const QString location = m_mailReading->location();
    if (!MailLog::setReaderPosition(m_store, location, QStringLiteral("{}"))) {
        showError(m_store->errorString());
        return;
    }
    const QString password = m_mailPassword;
    startMailReading(location, password, m_mailReading->since());
}
