#include "appearance.h"
#include "calendarfileupdater.h"
#include "clientcommands.h"
#include "clientdetailpanel.h"
#include "clientdotsitem.h"
#include "clientform.h"
#include "clientlistpanel.h"
#include "clientstore.h"
#include "frozencolumntableview.h"
#include "clienttablemodel.h"
#include "followupcalendar.h"
#include "handbookdialog.h"
#include "importdialog.h"
#include "importdroptarget.h"
#include "mainwindow.h"
#include "maillog.h"
#include "readmaildialog.h"
#include "quadrantchartview.h"
#include "sampledatagenerator.h"
#include "settingsdialog.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QGraphicsView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextEdit>
#include <QWhatsThis>
#include <QHeaderView>
#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QTranslator>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QtTest>

#include <cmath>
#include <functional>
#include <memory>

using namespace Rapport;

namespace {

void dragTo(QWidget *viewport, QPoint pos)
{
    QMouseEvent event(QEvent::MouseMove, QPointF(pos), QPointF(viewport->mapToGlobal(pos)), Qt::NoButton, Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

/** A visible label in @p parent showing exactly @p text, or nullptr. */
QLabel *visibleLabel(QWidget *parent, const QString &text)
{
    const QList<QLabel *> labels = parent->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text() == text && label->isVisible())
            return label;
    }
    return nullptr;
}

QAction *undoAction(MainWindow *window)
{
    const QList<QAction *> menus = window->menuBar()->actions();
    for (QAction *menuAction : menus) {
        if (!menuAction->menu() || menuAction->text() != QLatin1String("&Edit"))
            continue;
        const QList<QAction *> actions = menuAction->menu()->actions();
        for (QAction *action : actions) {
            if (action->shortcuts().contains(QKeySequence(QKeySequence::Undo)))
                return action;
        }
    }
    return nullptr;
}

/** The entry @p text of the menu @p menuText, or nullptr. */
QAction *menuEntry(MainWindow *window, const QString &menuText, const QString &text)
{
    const QList<QAction *> menus = window->menuBar()->actions();
    for (QAction *menuAction : menus) {
        if (!menuAction->menu() || menuAction->text() != menuText)
            continue;
        const QList<QAction *> actions = menuAction->menu()->actions();
        for (QAction *action : actions) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

/** Runs @p open and hands the dialog of type T it opens to @p handle, which must close it; false when none opened. */
template<typename T>
bool withDialog(const std::function<void()> &open, const std::function<void(T *)> &handle)
{
    bool handled = false;
    // Queued before the dialog's own event loop starts: runs once the dialog is up.
    QTimer::singleShot(0, qApp, [&] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        handled = true;
        handle(dialog);
    });
    open();
    return handled;
}

/** The button of @p box that says @p text, or nullptr. */
QAbstractButton *boxButton(QMessageBox *box, const QString &text)
{
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

/** Runs @p open and hands the settings dialog it opens to @p handle, which must close it. */
void withSettingsDialog(const std::function<void()> &open, const std::function<void(SettingsDialog *)> &handle)
{
    bool handled = false;
    // Queued before the dialog's own event loop starts: runs once the dialog is up.
    QTimer::singleShot(0, qApp, [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        handled = true;
        handle(dialog);
    });
    open();
    QVERIFY2(handled, "no settings dialog opened");
}

/** What a user would call @p widget: its text, accessible name, placeholder or the label naming it. */
QString describe(QWidget *widget)
{
    QString name;
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        name = button->text();
    if (name.isEmpty())
        name = widget->accessibleName();
    if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && name.isEmpty())
        name = edit->placeholderText();
    if (auto *edit = qobject_cast<QPlainTextEdit *>(widget); edit && name.isEmpty())
        name = edit->placeholderText();
    if (name.isEmpty()) {
        for (QLabel *label : widget->window()->findChildren<QLabel *>()) {
            if (label->buddy() == widget)
                name = label->text();
        }
    }
    if (name.isEmpty() && widget->parentWidget())
        name = QStringLiteral("child of ") + QString::fromLatin1(widget->parentWidget()->metaObject()->className());
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(widget->metaObject()->className()), name);
}

/** True for the parts Qt builds into a control (a spin box's line edit, a tab bar's scroll arrows). */
bool isPartOfAControl(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *parent = widget->parentWidget(); parent && parent != root; parent = parent->parentWidget()) {
        if (qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QComboBox *>(parent) || qobject_cast<const QTabBar *>(parent))
            return true;
    }
    return false;
}

/** Every visible control in @p root (and @p root itself) that lacks a tooltip or a What's This text. */
QStringList unexplainedControls(QWidget *root)
{
    QStringList missing;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || (widget->isWindow() && widget != root) || isPartOfAControl(widget, root))
            continue;
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabToolTip(i).isEmpty())
                    missing.append(QStringLiteral("tab \"%1\" has no tooltip").arg(tabs->tabText(i)));
                if (tabs->tabWhatsThis(i).isEmpty())
                    missing.append(QStringLiteral("tab \"%1\" has no What's This").arg(tabs->tabText(i)));
            }
            continue;
        }
        const auto *label = qobject_cast<QLabel *>(widget);
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
            || qobject_cast<QTextEdit *>(widget) || qobject_cast<QGraphicsView *>(widget)
            || (label && label->text().contains(QLatin1String("<a ")) && label->textInteractionFlags().testFlag(Qt::LinksAccessibleByMouse));
        if (!control)
            continue;
        if (widget->toolTip().isEmpty())
            missing.append(describe(widget) + QStringLiteral(" has no tooltip"));
        if (widget->whatsThis().isEmpty())
            missing.append(describe(widget) + QStringLiteral(" has no What's This"));
    }
    return missing;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    /** Stands in for the desktop's mail program. */
    void openUrl(const QUrl &url) { m_opened.append(url); }

private Q_SLOTS:
    void shouldReadMailInTheBackgroundAsOneUndoStep();
    void initTestCase();
    void init();
    void cleanup();

    void shouldShowTheListsCurrentClientOnTheChartAndInTheDetails();
    void shouldMakeAClickedDotTheListsCurrentRow();
    void shouldClearTheSelectionEverywhereOnAClickOnEmptySpace();
    void shouldHideDotsThatTheSearchFiltersOut();
    void shouldShowTheEmptyStateUntilAClientIsAdded();
    void shouldShowNoSidewaysScrollBarWithoutClients();
    void shouldPaintTheOpeningPageFirstAndFillInOnceTheFileIsRead();
    void shouldNameADragInTheUndoAction();
    void shouldUndoWithCtrlZ();
    void shouldShowWhatMattersWithoutScrollingAtTheDefaultSize_data();
    void shouldShowWhatMattersWithoutScrollingAtTheDefaultSize();
    void shouldKeepTheNameInPlaceWhenScrollingSideways();
    void shouldNotShowAClientTheSearchHides();
    void shouldKeepTheUndoButtonsWidthWhatever();
    void shouldShowEveryShortcutInTheMenus();
    void shouldOpenTheSettingsOnThePageOfTheMenuEntry();
    void shouldKeepTheCalendarFileUpToDateAndSayWhenItCannot();
    void shouldExplainEveryControlWithATooltipAndWhatsThis();
    void shouldOfferWhatsThisInTheHelpMenu();
    void shouldOpenTheHandbookAtTheFirstStepsFromTheStartPage();
    void shouldOpenTheImportWizardForADroppedFile();
    void shouldEraseThePersonalDataAfterAskingAndClearTheUndoHistory();
    void shouldEraseNothingWhenTheQuestionIsCancelled();
    void shouldOfferExportAndEraseOnlyForOneClient();
    void shouldExportTheClientToTheFileChosen();

private:
    /** Opens a database with @p count sample clients and shows a main window on it. */
    void openWindow(int count);
    /** A client whose dot no other dot overlaps, other than @p exclude. */
    qint64 isolatedClient(qint64 exclude = 0) const;
    QPoint dotOf(qint64 id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTimer m_modalWatcher;
    QStringList m_modals; ///< texts of message boxes that popped up (and were closed)
    QList<QUrl> m_opened; ///< what openUrl() was given
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RapportTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();

    // A message box would block the test: note it, close it, and fail in cleanup().
    m_modalWatcher.setInterval(50);
    connect(&m_modalWatcher, &QTimer::timeout, this, [this] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            const auto *box = qobject_cast<QMessageBox *>(modal);
            m_modals.append(box ? box->text() : modal->windowTitle());
            modal->close();
        }
    });
    m_modalWatcher.start();
}

void tst_MainWindow::init()
{
    m_modals.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_MainWindow::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_store.reset();
    m_dir.reset();
    QSettings().clear();
    QVERIFY2(m_modals.isEmpty(), qPrintable(QStringLiteral("unexpected dialog: ") + m_modals.join(QLatin1String(" | "))));
}

void tst_MainWindow::openWindow(int count)
{
    m_store = std::make_unique<ClientStore>();
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("clients.sqlite"))), qPrintable(m_store->errorString()));
    if (count > 0)
        QVERIFY(m_store->addClients(SampleDataGenerator(7).clients(count, ClientStore::now())));
    m_window = std::make_unique<MainWindow>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_window->listPanel()->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    if (count > 0)
        QTRY_VERIFY(m_window->chartView()->dotsItem()->plotArea().width() > 200);
    QCoreApplication::processEvents();
}

QPoint tst_MainWindow::dotOf(qint64 id) const
{
    const Client *client = m_store->client(id);
    return client ? m_window->chartView()->viewportPosition({client->satisfaction, client->repurchase}) : QPoint();
}

qint64 tst_MainWindow::isolatedClient(qint64 exclude) const
{
    const QRect inside = m_window->chartView()->viewport()->rect().adjusted(10, 10, -10, -10);
    for (const Client &candidate : m_store->clients()) {
        if (candidate.id == exclude)
            continue;
        const QPoint position = dotOf(candidate.id);
        if (!inside.contains(position))
            continue;
        // Away from the boundaries and corners, where a press grabs a handle instead.
        const SegmentationRules &rules = m_store->rules();
        const QPoint cross = m_window->chartView()->viewportPosition({rules.satisfactionBoundary(), rules.repurchaseBoundary()});
        const QPoint apostle = m_window->chartView()->viewportPosition({rules.apostleMinimum(), rules.apostleMinimum()});
        const QPoint terrorist = m_window->chartView()->viewportPosition({rules.terroristMaximum(), rules.terroristMaximum()});
        if (std::abs(position.x() - cross.x()) < 12 || std::abs(position.y() - cross.y()) < 12
            || (position - apostle).manhattanLength() < 24 || (position - terrorist).manhattanLength() < 24)
            continue;
        bool alone = true;
        for (const Client &other : m_store->clients()) {
            const QPoint delta = dotOf(other.id) - position;
            if (other.id != candidate.id && std::hypot(delta.x(), delta.y()) < 16)
                alone = false;
        }
        if (alone)
            return candidate.id;
    }
    return 0;
}

void tst_MainWindow::shouldShowTheListsCurrentClientOnTheChartAndInTheDetails()
{
    // GIVEN 40 sample clients
    openWindow(40);
    if (QTest::currentTestFailed())
        return;
    QTableView *view = m_window->listPanel()->view();
    ClientTableModel *model = m_window->listPanel()->model();
    QCOMPARE(model->rowCount(), 40);

    for (int row : {5, 17, 0, 39}) {
        // WHEN a row of the list becomes current
        view->setCurrentIndex(model->index(row, ClientTableModel::NameColumn));
        const qint64 id = model->clientId(row);
        QVERIFY(id > 0);
        const QString name = m_store->client(id)->displayName();
        QCOMPARE(model->index(row, ClientTableModel::NameColumn).data().toString(), name);

        // THEN the same client is selected on the chart and shown in the details
        QCOMPARE(m_window->currentClient(), id);
        QCOMPARE(m_window->chartView()->selectedClient(), id);
        QCOMPARE(m_window->detailPanel()->clientId(), id);
        QVERIFY2(visibleLabel(m_window->detailPanel(), name), qPrintable(name));
        QCOMPARE(m_window->listPanel()->currentClient(), id);
    }
}

void tst_MainWindow::shouldMakeAClickedDotTheListsCurrentRow()
{
    // GIVEN 40 sample clients, the first row of the list current
    openWindow(40);
    if (QTest::currentTestFailed())
        return;
    ClientTableModel *model = m_window->listPanel()->model();
    QTableView *view = m_window->listPanel()->view();
    view->setCurrentIndex(model->index(0, 0));
    const qint64 id = isolatedClient(model->clientId(0));
    QVERIFY2(id > 0, "no client with a dot of its own");
    const int row = model->rowOfClient(id);
    QVERIFY(row > 0);

    // WHEN its dot is clicked on the chart
    QTest::mouseClick(m_window->chartView()->viewport(), Qt::LeftButton, Qt::NoModifier, dotOf(id));

    // THEN the list's current row is that client, and only it is selected
    QCOMPARE(view->currentIndex().row(), row);
    QCOMPARE(model->clientId(view->currentIndex().row()), id);
    QCOMPARE(m_window->listPanel()->currentClient(), id);
    QCOMPARE(m_window->listPanel()->selectedClients(), QVector<qint64>{id});
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().constFirst().row(), row);
    QCOMPARE(m_window->currentClient(), id);
    QCOMPARE(m_window->detailPanel()->clientId(), id);
    QCOMPARE(m_window->chartView()->selectedClient(), id);
}

void tst_MainWindow::shouldClearTheSelectionEverywhereOnAClickOnEmptySpace()
{
    openWindow(40);
    if (QTest::currentTestFailed())
        return;
    ClientTableModel *model = m_window->listPanel()->model();
    m_window->listPanel()->view()->setCurrentIndex(model->index(3, 0));
    QVERIFY(m_window->currentClient() != 0);

    // GIVEN a spot far from every dot, boundary and corner
    QPoint empty;
    for (double x = 0.5; x < 10 && empty.isNull(); x += 0.5) {
        for (double y = 0.5; y < 10 && empty.isNull(); y += 0.5) {
            if (std::abs(x - 5.0) < 1.0 || std::abs(y - 5.0) < 1.0 || (x <= 2 && y <= 2) || (x >= 8 && y >= 8))
                continue;
            const QPoint candidate = m_window->chartView()->viewportPosition({x, y});
            bool clear = true;
            for (const Client &client : m_store->clients()) {
                const QPoint delta = dotOf(client.id) - candidate;
                if (std::hypot(delta.x(), delta.y()) < 20)
                    clear = false;
            }
            if (clear)
                empty = candidate;
        }
    }
    QVERIFY2(!empty.isNull(), "no empty spot on the chart");

    // WHEN it is clicked
    QTest::mouseClick(m_window->chartView()->viewport(), Qt::LeftButton, Qt::NoModifier, empty);

    // THEN no client is current anywhere
    QCOMPARE(m_window->currentClient(), qint64(0));
    QCOMPARE(m_window->chartView()->selectedClient(), qint64(0));
    QCOMPARE(m_window->detailPanel()->clientId(), qint64(0));
    QCOMPARE(m_window->listPanel()->currentClient(), qint64(0));
    QVERIFY(m_window->listPanel()->view()->selectionModel()->selectedRows().isEmpty());
}

void tst_MainWindow::shouldHideDotsThatTheSearchFiltersOut()
{
    openWindow(40);
    if (QTest::currentTestFailed())
        return;
    const qint64 id = isolatedClient();
    QVERIFY(id > 0);
    const Client client = *m_store->client(id);

    // WHEN the client's e-mail address is typed into the search field
    QTest::keyClicks(m_window->listPanel()->searchEdit(), client.email());

    // THEN the list shows that client only, and the chart shows only its dot
    ClientTableModel *model = m_window->listPanel()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->clientId(0), id);
    // The chart follows through the event queue, after the list has been painted.
    const auto shownDots = [this] {
        int shown = 0;
        for (int row = 0; row < m_store->count(); ++row)
            shown += m_window->chartView()->dotsItem()->isShown(row) ? 1 : 0;
        return shown;
    };
    QTRY_COMPARE(shownDots(), 1);
    for (int row = 0; row < m_store->count(); ++row)
        QCOMPARE(m_window->chartView()->dotsItem()->isShown(row), m_store->at(row).id == id);

    // AND a click where a hidden client sits selects nothing
    m_window->setCurrentClient(id);
    QCOMPARE(m_window->chartView()->selectedClient(), id);
    const qint64 other = isolatedClient(id);
    QVERIFY(other > 0);
    QTest::mouseClick(m_window->chartView()->viewport(), Qt::LeftButton, Qt::NoModifier, dotOf(other));
    QCOMPARE(m_window->chartView()->selectedClient(), qint64(0));
    QCOMPARE(m_window->currentClient(), qint64(0));

    // WHEN the search is cleared, every dot is back
    m_window->listPanel()->searchEdit()->clear();
    QCOMPARE(model->rowCount(), 40);
    QTRY_COMPARE(shownDots(), 40);
}

void tst_MainWindow::shouldPaintTheOpeningPageFirstAndFillInOnceTheFileIsRead()
{
    // GIVEN a database of 40 clients, and a window started on it as app/main.cpp does
    const QString path = m_dir->filePath(QStringLiteral("clients.sqlite"));
    {
        ClientStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.addClients(SampleDataGenerator(7).clients(40, ClientStore::now())));
    }
    m_store = std::make_unique<ClientStore>();
    m_window = std::make_unique<MainWindow>(m_store.get());
    QSignalSpy finished(m_window.get(), &MainWindow::openFinished);
    // What the first frame holds, seen from its own paint event.
    bool painted = false;
    bool openingShown = false;
    bool listBuilt = true;
    bool storeReading = true;
    bool addEnabled = true;
    class FirstPaint : public QObject
    {
    public:
        std::function<void()> seen;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && seen) {
                seen();
                seen = nullptr;
            }
            return false;
        }
    } firstPaint;
    firstPaint.seen = [&] {
        painted = true;
        openingShown = visibleLabel(m_window.get(), QStringLiteral("Opening clients.sqlite…")) != nullptr;
        listBuilt = m_window->findChild<ClientListPanel *>() != nullptr;
        storeReading = m_store->isOpening();
        addEnabled = m_window->findChild<QToolBar *>()->actions().constFirst()->isEnabled();
    };
    m_window->installEventFilter(&firstPaint);
    m_window->show();
    m_window->openDatabase(path);

    // THEN the first frame shows the opening page, before the list is built or the file is read
    QTRY_VERIFY(painted);
    m_window->removeEventFilter(&firstPaint);
    QVERIFY(openingShown);
    QVERIFY(!listBuilt);
    QVERIFY(!storeReading);
    QVERIFY(!addEnabled);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Opening %1…").arg(QDir::toNativeSeparators(path)));

    // AND once the file is read the workspace shows its clients, the first one selected
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_window->listPanel()->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(m_window->listPanel()->isVisible());
    QVERIFY(m_window->chartView()->isVisible());
    QVERIFY(m_window->detailPanel()->isVisible());
    QVERIFY(!visibleLabel(m_window.get(), QStringLiteral("Opening clients.sqlite…")));
    QCOMPARE(m_window->listPanel()->model()->rowCount(), 40);
    QCOMPARE(m_window->currentClient(), m_window->listPanel()->model()->clientId(0));
    QCOMPARE(m_window->detailPanel()->clientId(), m_window->currentClient());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("clients.sqlite – Rapport"));
    QCOMPARE(m_window->statusBar()->currentMessage(), QString());
    QVERIFY(m_window->findChild<QToolBar *>()->actions().constFirst()->isEnabled());
}

void tst_MainWindow::shouldShowTheEmptyStateUntilAClientIsAdded()
{
    // GIVEN an empty database
    openWindow(0);
    if (QTest::currentTestFailed())
        return;

    // THEN the empty state is shown instead of the chart and the details
    QVERIFY(!m_window->chartView()->isVisible());
    QVERIFY(!m_window->detailPanel()->isVisible());
    QVERIFY(visibleLabel(m_window.get(), QStringLiteral("No clients yet")));

    // WHEN a client is added through the undo stack
    Client client;
    client.name = QStringLiteral("Ada Lovelace");
    client.satisfaction = 8.0;
    client.repurchase = 7.0;
    m_window->undoStack()->push(new AddClientsCommand(m_store.get(), {client}));

    // THEN the chart takes its place
    QCOMPARE(m_store->count(), 1);
    QVERIFY(m_window->chartView()->isVisible());
    QVERIFY(m_window->detailPanel()->isVisible());
    QVERIFY(!visibleLabel(m_window.get(), QStringLiteral("No clients yet")));
    QCOMPARE(m_window->listPanel()->model()->rowCount(), 1);

    // WHEN undone, the empty state is back
    m_window->undoStack()->undo();
    QCOMPARE(m_store->count(), 0);
    QVERIFY(!m_window->chartView()->isVisible());
    QVERIFY(visibleLabel(m_window.get(), QStringLiteral("No clients yet")));
}

void tst_MainWindow::shouldShowNoSidewaysScrollBarWithoutClients()
{
    // GIVEN a first start with no clients, in the default window of 1280 x 800
    openWindow(0);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_window->size(), QSize(1280, 800));
    QTableView *list = m_window->listPanel()->view();
    QHeaderView *columns = list->horizontalHeader();
    QVERIFY2(columns->length() > list->viewport()->width(), "the columns should be wider than the list");

    // THEN the empty list shows no scroll bar under its column titles
    QVERIFY(!list->horizontalScrollBar()->isVisible());

    // WHEN a client is added
    Client client;
    client.name = QStringLiteral("Ada Lovelace");
    m_window->undoStack()->push(new AddClientsCommand(m_store.get(), {client}));
    // THEN the columns beyond the list's width can be scrolled to
    QTRY_VERIFY(list->horizontalScrollBar()->isVisible());

    // WHEN that is undone THEN the bar goes again
    m_window->undoStack()->undo();
    QCOMPARE(m_store->count(), 0);
    QTRY_VERIFY(!list->horizontalScrollBar()->isVisible());
}

void tst_MainWindow::shouldNameADragInTheUndoAction()
{
    openWindow(40);
    if (QTest::currentTestFailed())
        return;
    QAction *undo = undoAction(m_window.get());
    QVERIFY2(undo, "no action with the Undo shortcut in the Edit menu");
    QVERIFY(!undo->isEnabled());
    const qint64 id = isolatedClient();
    QVERIFY(id > 0);
    const Client before = *m_store->client(id);
    const QPointF target(before.satisfaction < 5.0 ? 8.0 : 2.0, before.repurchase < 5.0 ? 8.0 : 2.0);
    QSignalSpy changedSpy(m_store.get(), &ClientStore::clientChanged);
    QWidget *viewport = m_window->chartView()->viewport();

    // WHEN the client's dot is dragged across the chart
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, dotOf(id));
    const QPointF from(before.satisfaction, before.repurchase);
    for (int step = 1; step <= 5; ++step)
        dragTo(viewport, m_window->chartView()->viewportPosition(from + (target - from) * step / 5.0));
    QCOMPARE(changedSpy.count(), 0);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, m_window->chartView()->viewportPosition(target));

    // THEN it is written once, and Undo names the move
    QCOMPARE(changedSpy.count(), 1);
    QCOMPARE(m_store->client(id)->satisfaction, target.x());
    QCOMPARE(m_store->client(id)->repurchase, target.y());
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Move ") + before.displayName());
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Move ") + before.displayName());
    // AND the list and the details follow the moved client
    QCOMPARE(m_window->currentClient(), id);
    QCOMPARE(m_window->listPanel()->currentClient(), id);

    // WHEN the undo action is triggered
    undo->trigger();
    QCOMPARE(m_store->client(id)->satisfaction, before.satisfaction);
    QCOMPARE(m_store->client(id)->repurchase, before.repurchase);
    QCOMPARE(undo->text(), QStringLiteral("&Undo"));
    QVERIFY(!undo->isEnabled());
}

void tst_MainWindow::shouldUndoWithCtrlZ()
{
    openWindow(40);
    if (QTest::currentTestFailed())
        return;
    QAction *undo = undoAction(m_window.get());
    QVERIFY2(undo, "no action with the Undo shortcut in the Edit menu");
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(undo->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));

    // GIVEN a client nudged on the chart
    const qint64 id = isolatedClient();
    QVERIFY(id > 0);
    const Client before = *m_store->client(id);
    m_window->setCurrentClient(id);
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->chartView()->setFocus();
    QTest::keyClick(m_window->chartView(), before.satisfaction < 5.0 ? Qt::Key_Right : Qt::Key_Left);
    QVERIFY(m_store->client(id)->satisfaction != before.satisfaction);
    QCOMPARE(m_window->undoStack()->count(), 1);

    // WHEN Ctrl+Z is pressed
    QTest::keyClick(m_window->chartView(), Qt::Key_Z, Qt::ControlModifier);

    // THEN the nudge is undone
    QCOMPARE(m_store->client(id)->satisfaction, before.satisfaction);
    QCOMPARE(m_window->undoStack()->index(), 0);
}

void tst_MainWindow::shouldShowWhatMattersWithoutScrollingAtTheDefaultSize_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("German") << QStringLiteral("de");
}

void tst_MainWindow::shouldShowWhatMattersWithoutScrollingAtTheDefaultSize()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/rapport_") + language));
        QCoreApplication::installTranslator(&translator);
    }
    const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

    // GIVEN a first start with 60 clients, in the default window of 1280 x 800
    openWindow(60);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_window->size(), QSize(1280, 800));

    // THEN the name, segment, last contact and overdue columns are in view, each wide enough for its title
    QTableView *view = m_window->listPanel()->view();
    const QHeaderView *header = view->horizontalHeader();
    const QFontMetrics metrics(header->font());
    for (int column : {ClientTableModel::NameColumn, ClientTableModel::SegmentColumn, ClientTableModel::LastContactColumn,
                       ClientTableModel::DaysOverdueColumn}) {
        const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(view->columnViewportPosition(column) >= 0
                     && view->columnViewportPosition(column) + view->columnWidth(column) <= view->viewport()->width(),
                 qPrintable(title + QStringLiteral(" is out of view")));
        QVERIFY2(metrics.horizontalAdvance(title) + 12 <= view->columnWidth(column),
                 qPrintable(QStringLiteral("%1 is cut: %2 px for %3 px of text")
                                .arg(title)
                                .arg(view->columnWidth(column))
                                .arg(metrics.horizontalAdvance(title))));
    }
    // AND every other column's title fits too
    for (int column = 0; column < ClientTableModel::ColumnCount; ++column) {
        const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(view->isColumnHidden(column) || metrics.horizontalAdvance(title) + 12 <= view->columnWidth(column), qPrintable(title));
    }

    // AND the chart is not squashed, and the timeline shows at least six interactions
    const QRectF plot = m_window->chartView()->dotsItem()->plotArea();
    QVERIFY2(plot.width() / plot.height() <= 2.2, qPrintable(QStringLiteral("plot %1 x %2").arg(plot.width()).arg(plot.height())));
    const QListView *timeline = m_window->detailPanel()->timeline();
    const int rowHeight = timeline->sizeHintForRow(0) > 0 ? timeline->sizeHintForRow(0) : timeline->fontMetrics().height() + 4;
    QVERIFY2(timeline->viewport()->height() / rowHeight >= 6,
             qPrintable(QStringLiteral("timeline %1 px for rows of %2 px").arg(timeline->viewport()->height()).arg(rowHeight)));
    // AND the client's summary beside the tabs is never wider than its column (its words would be cut)
    for (const QScrollArea *area : m_window->detailPanel()->findChildren<QScrollArea *>()) {
        if (area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff && area->isVisible())
            QVERIFY2(area->widget()->width() <= area->viewport()->width(),
                     qPrintable(QStringLiteral("%1 px of text in %2 px").arg(area->widget()->width()).arg(area->viewport()->width())));
    }
}

void tst_MainWindow::shouldKeepTheNameInPlaceWhenScrollingSideways()
{
    // GIVEN the list with its first client current
    openWindow(30);
    if (QTest::currentTestFailed())
        return;
    auto *view = qobject_cast<FrozenColumnTableView *>(m_window->listPanel()->view());
    QVERIFY(view);
    const QString firstName = view->model()->index(0, ClientTableModel::NameColumn).data().toString();

    // WHEN the list is scrolled all the way to the right
    QVERIFY(view->horizontalScrollBar()->maximum() > 0);
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum());
    QCoreApplication::processEvents();

    // THEN the name column still stands at the left edge, showing the same rows as the table
    QTableView *frozen = view->frozenView();
    QVERIFY(frozen->isVisible());
    QCOMPARE(frozen->x(), view->frameWidth());
    QCOMPARE(frozen->columnWidth(ClientTableModel::NameColumn), view->columnWidth(ClientTableModel::NameColumn));
    QCOMPARE(frozen->indexAt(QPoint(5, 5)).data().toString(), firstName);
    QVERIFY(view->columnViewportPosition(ClientTableModel::NameColumn) < 0);

    // AND scrolling down moves both together
    QVERIFY(view->verticalScrollBar()->maximum() >= 2);
    view->verticalScrollBar()->setValue(2);
    QCOMPARE(frozen->verticalScrollBar()->value(), 2);
    QCOMPARE(frozen->indexAt(QPoint(5, 5)).row(), view->indexAt(QPoint(view->viewport()->width() - 5, 5)).row());
    // with rows of one fixed height in both, so that they stay side by side all the way down
    const int lastRow = view->model()->rowCount() - 1;
    QCOMPARE(view->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QCOMPARE(frozen->rowHeight(0), view->rowHeight(0));
    QCOMPARE(frozen->rowHeight(lastRow), view->rowHeight(lastRow));
    QCOMPARE(view->rowHeight(lastRow), view->rowHeight(0));
    QVERIFY(view->rowHeight(0) > view->fontMetrics().height());

    // AND a click on its header sorts the table by name, descending the second time
    QTest::mouseClick(frozen->horizontalHeader()->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(10, 5));
    const Qt::SortOrder first = view->horizontalHeader()->sortIndicatorOrder();
    QTest::mouseClick(frozen->horizontalHeader()->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(10, 5));
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(ClientTableModel::NameColumn));
    QVERIFY(view->horizontalHeader()->sortIndicatorOrder() != first);
}

void tst_MainWindow::shouldNotShowAClientTheSearchHides()
{
    // GIVEN a client shown in the details
    openWindow(40);
    if (QTest::currentTestFailed())
        return;
    const qint64 id = isolatedClient();
    const qint64 other = isolatedClient(id);
    QVERIFY(id > 0 && other > 0);
    m_window->setCurrentClient(id);
    QCOMPARE(m_window->detailPanel()->clientId(), id);

    // WHEN the search finds only another client
    QTest::keyClicks(m_window->listPanel()->searchEdit(), m_store->client(other)->email());
    QCOMPARE(m_window->listPanel()->model()->rowCount(), 1);

    // THEN the details no longer show the hidden client, nor does the chart select it
    QCOMPARE(m_window->detailPanel()->clientId(), qint64(0));
    QCOMPARE(m_window->chartView()->selectedClient(), qint64(0));

    // AND clearing the search brings it back
    m_window->listPanel()->searchEdit()->clear();
    QCOMPARE(m_window->detailPanel()->clientId(), id);
    QCOMPARE(m_window->listPanel()->currentClient(), id);
}

void tst_MainWindow::shouldKeepTheUndoButtonsWidthWhatever()
{
    // GIVEN the window and its tool bar
    openWindow(10);
    if (QTest::currentTestFailed())
        return;
    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    for (QAction *action : toolBar->actions()) {
        if (action->text() == QLatin1String("Undo"))
            undo = action;
        if (action->text() == QLatin1String("Redo"))
            redo = action;
    }
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());
    const int redoLeft = toolBar->widgetForAction(redo)->x();

    // WHEN a client with a long name is moved
    const Client client = m_store->at(0);
    m_window->findChild<QUndoStack *>()->push(new MoveClientCommand(m_store.get(), client.id, {client.satisfaction, client.repurchase},
                                                                    {client.satisfaction, client.repurchase > 5 ? 1.0 : 9.0}));

    // THEN the tool bar's Undo is enabled, still says "Undo", and its tooltip says what
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("Undo"));
    QCOMPARE(undo->toolTip(), QStringLiteral("Undo: Move %1").arg(client.displayName()));
    // AND Redo has not moved
    QCOMPARE(toolBar->widgetForAction(redo)->x(), redoLeft);

    // AND it undoes
    QTest::mouseClick(toolBar->widgetForAction(undo), Qt::LeftButton);
    QCOMPARE(m_store->client(client.id)->repurchase, client.repurchase);
    QVERIFY(redo->isEnabled());
}

void tst_MainWindow::shouldShowEveryShortcutInTheMenus()
{
    openWindow(0);
    if (QTest::currentTestFailed())
        return;
    // THEN every menu entry with a shortcut shows one: the first of its shortcuts is not empty
    // (QKeySequence::SaveAs is, on X11), and the report's PDF export has Ctrl+Shift+S
    QStringList problems;
    bool pdfSeen = false;
    std::function<void(QMenu *)> check = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu())
                check(action->menu());
            if (!action->shortcuts().isEmpty() && action->shortcut().isEmpty())
                problems.append(action->text());
            if (action->text() == QStringLiteral("&Export Report as PDF…")) {
                pdfSeen = true;
                if (action->shortcut() != QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S))
                    problems.append(action->text() + QStringLiteral(": ") + action->shortcut().toString());
            }
        }
    };
    for (QAction *menuAction : m_window->menuBar()->actions())
        check(menuAction->menu());
    QVERIFY(pdfSeen);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral(", "))));
}

void tst_MainWindow::shouldOpenTheSettingsOnThePageOfTheMenuEntry()
{
    openWindow(3);
    if (QTest::currentTestFailed())
        return;
    QAction *settings = menuEntry(m_window.get(), QStringLiteral("&View"), QStringLiteral("&Settings…"));
    QVERIFY(settings);
    // Ctrl+, everywhere (X11 has no key of its own for settings)
    QVERIFY(settings->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    QCOMPARE(settings->menuRole(), QAction::PreferencesRole);

    // WHEN each entry is chosen
    const struct
    {
        QString menu;
        QString entry;
        SettingsDialog::Page page;
    } entries[] = {
        {QStringLiteral("&View"), QStringLiteral("&Settings…"), SettingsDialog::Page::Business},
        {QStringLiteral("&Edit"), QStringLiteral("Segment &Boundaries…"), SettingsDialog::Page::Boundaries},
        {QStringLiteral("&Edit"), QStringLiteral("&Contact Intervals…"), SettingsDialog::Page::ContactIntervals},
    };
    for (const auto &entry : entries) {
        QAction *action = menuEntry(m_window.get(), entry.menu, entry.entry);
        QVERIFY2(action, qPrintable(entry.entry));
        SettingsDialog::Page shown = SettingsDialog::Page::Appearance;
        withSettingsDialog([action] { action->trigger(); }, [&shown](SettingsDialog *dialog) {
            shown = dialog->currentPage();
            dialog->reject();
        });
        // THEN the settings open on its page
        QCOMPARE(shown, entry.page);
    }

    // WHEN Ctrl+, is pressed, and Dark is chosen in the settings
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    withSettingsDialog([this] { QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier); },
                       [](SettingsDialog *dialog) {
                           const QList<QRadioButton *> buttons = dialog->findChildren<QRadioButton *>();
                           for (QRadioButton *button : buttons)
                               button->setChecked(button->text() == QLatin1String("&Dark"));
                           dialog->accept();
                       });
    // THEN View → Appearance shows Dark chosen
    QAction *dark = nullptr;
    const QList<QAction *> views = menuEntry(m_window.get(), QStringLiteral("&View"), QStringLiteral("&Appearance"))->menu()->actions();
    for (QAction *action : views) {
        if (action->text() == QLatin1String("&Dark"))
            dark = action;
    }
    QVERIFY(dark);
    QVERIFY(dark->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("view/appearance")).toString(), QStringLiteral("dark"));
    // AND no step was pushed: the appearance is no change to the data
    QCOMPARE(m_window->undoStack()->count(), 0);
    setAppearance(QStringLiteral("system"));
}

void tst_MainWindow::shouldOpenTheImportWizardForADroppedFile()
{
    // GIVEN the window on an empty database, and a vCard file
    openWindow(0);
    if (QTest::currentTestFailed())
        return;
    const QString path = m_dir->filePath(QStringLiteral("maja.vcf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Maja Lindqvist\r\nEMAIL:maja@keramik.example\r\nEND:VCARD\r\n");
    file.close();
    auto *target = m_window->findChild<ImportDropTarget *>();
    QVERIFY(target);
    QVERIFY(m_window->acceptDrops());

    // WHEN it is dropped onto the window, and the wizard that opens is taken to Import
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QVERIFY(target->importDropped(&data));
    QString title;
    // Queued after the drop's own request: runs once the wizard is up.
    QTimer::singleShot(0, qApp, [&] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        title = dialog->windowTitle();
        dialog->next();
        dialog->next();
        dialog->importButton()->click();
    });
    QCoreApplication::processEvents();

    // THEN the import wizard opened on that file, and its contact is a client, undoable in one step
    QCOMPARE(title, QStringLiteral("Import maja.vcf"));
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(m_store->at(0).name, QStringLiteral("Maja Lindqvist"));
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Import maja.vcf"));

    // AND a file dragged over the chart or the search field, which take drops of their own, is
    // taken to be imported as well
    for (QWidget *widget : {m_window->chartView()->viewport(), static_cast<QWidget *>(m_window->listPanel()->searchEdit())}) {
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction | Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
        enter.ignore();
        QCoreApplication::sendEvent(widget, &enter);
        QVERIFY2(enter.isAccepted(), widget->metaObject()->className());
        QCOMPARE(enter.dropAction(), Qt::CopyAction);
    }
}

void tst_MainWindow::shouldKeepTheCalendarFileUpToDateAndSayWhenItCannot()
{
    // GIVEN a window on a database whose settings keep a calendar file up to date
    openWindow(5);
    const QString path = m_dir->filePath(QStringLiteral("follow-ups.ics"));
    QVERIFY(m_store->setSetting(FollowUpCalendar::pathKey(), path));
    QVERIFY(m_store->setSetting(FollowUpCalendar::keepUpdatedKey(), QStringLiteral("1")));
    CalendarFileUpdater *calendar = m_window->calendarFileUpdater();
    // AND a File menu entry to export it by hand
    QStringList fileEntries;
    for (QAction *action : m_window->menuBar()->actions().constFirst()->menu()->actions())
        fileEntries.append(action->text());
    QVERIFY2(fileEntries.contains(QStringLiteral("Export Follow-ups as &Calendar…")), qPrintable(fileEntries.join(QLatin1Char('|'))));

    // WHEN a client is added who was never contacted in 400 days
    Client client;
    client.name = QStringLiteral("Aisha Nakamura");
    client.satisfaction = 8.0;
    client.repurchase = 8.0;
    client.createdAt = ClientStore::now().addDays(-400);
    m_window->undoStack()->push(new AddClientsCommand(m_store.get(), QVector<Client>{client}));

    // THEN the file is written once the changes settle, not at once, and quietly
    QVERIFY(calendar->isPending());
    QVERIFY(!QFile::exists(path));
    QVERIFY(calendar->updateNow());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("SUMMARY:Call Aisha Nakamura\r\n"));
    QCOMPARE(m_window->statusBar()->currentMessage(), QString());

    // WHEN the file's folder is gone and a client changes
    const QString missing = m_dir->filePath(QStringLiteral("gone/follow-ups.ics"));
    QVERIFY(m_store->setSetting(FollowUpCalendar::pathKey(), missing));
    m_window->undoStack()->undo();
    QVERIFY(calendar->isPending());
    QVERIFY(!calendar->updateNow());

    // THEN the status bar says why, in one line, and no dialog interrupts the owner
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("The calendar file was not updated. Cannot write %1: No such file or directory").arg(missing));
}


void tst_MainWindow::shouldExplainEveryControlWithATooltipAndWhatsThis()
{
    // GIVEN sample clients, the current one with a move for the worse (so Acknowledge shows), every
    // framework column with its filter button, and the offer to log an email just written
    openWindow(40);
    if (QTest::currentTestFailed())
        return;
    const qint64 id = m_window->currentClient();
    QVERIFY(id != 0);
    const Client before = *m_store->client(id);
    m_window->undoStack()->push(new MoveClientCommand(m_store.get(), id, {before.satisfaction, before.repurchase}, {1.5, 1.5}));
    for (int f = 0; f < ClientTableModel::FacetCount; ++f)
        m_window->listPanel()->setColumnShown(ClientTableModel::facetColumn(ClientTableModel::Facet(f)), true);
    QDesktopServices::setUrlHandler(QStringLiteral("mailto"), this, "openUrl");
    const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("mailto")); });
    m_window->detailPanel()->contactClient(QUrl(QStringLiteral("mailto:ada@example.com")));
    QCOMPARE(m_opened.size(), 1);
    QCoreApplication::processEvents();
    QVERIFY(m_window->detailPanel()->logOfferButton()->isVisible());
    QVERIFY(m_window->detailPanel()->alertLabel()->isVisible());
    QVERIFY(m_window->listPanel()->facetButton(ClientTableModel::RungFacet)->isVisible());

    // WHEN every visible control of the list, the chart, the tool bar and each tab of the details is looked at
    QStringList missing = unexplainedControls(m_window->listPanel());
    missing += unexplainedControls(m_window->chartView());
    missing += unexplainedControls(m_window->findChild<QToolBar *>());
    auto *tabs = m_window->detailPanel()->findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        for (const QString &problem : unexplainedControls(m_window->detailPanel())) {
            if (!missing.contains(problem))
                missing.append(problem);
        }
    }

    // THEN each has a tooltip and a What's This text (the whole list in the log: a failure message is cut short)
    for (const QString &problem : std::as_const(missing))
        qWarning("%s", qPrintable(problem));
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 unexplained, first: %2").arg(missing.size()).arg(missing.value(0))));
    // AND the chart's explains the dots, dragging, the quadrants, the boundaries and the density picture
    const QString chart = m_window->chartView()->whatsThis();
    for (const QString &word : {QStringLiteral("Each dot is a client"), QStringLiteral("drag it"), QStringLiteral("Loyalists top right"),
                                QStringLiteral("boundary line"), QStringLiteral("how many sit where")})
        QVERIFY2(chart.contains(word), qPrintable(word));
}

void tst_MainWindow::shouldOfferWhatsThisInTheHelpMenu()
{
    // GIVEN the main window
    openWindow(0);
    if (QTest::currentTestFailed())
        return;
    // THEN Help has What's This? on Shift+F1
    QAction *entry = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->text() == QLatin1String("&Help")) {
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == QLatin1String("&What's This?"))
                    entry = action;
            }
        }
    }
    QVERIFY(entry);
    QCOMPARE(entry->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F1));
    // WHEN it is chosen THEN the next click explains a control
    QVERIFY(!QWhatsThis::inWhatsThisMode());
    entry->trigger();
    QVERIFY(QWhatsThis::inWhatsThisMode());
    QWhatsThis::leaveWhatsThisMode();
}

void tst_MainWindow::shouldOpenTheHandbookAtTheFirstStepsFromTheStartPage()
{
    // GIVEN the start page of a database without clients
    openWindow(0);
    if (QTest::currentTestFailed())
        return;
    QLabel *link = nullptr;
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QLatin1String(">Read the first steps in the handbook</a>")))
            link = label;
    }
    QVERIFY(link);
    QVERIFY(!m_window->findChild<HandbookDialog *>());

    // WHEN its link is clicked
    QTest::mouseClick(link, Qt::LeftButton, Qt::NoModifier, link->contentsRect().center());

    // THEN the handbook opens at the section on the first steps, scrolled down to it
    auto *handbook = m_window->findChild<HandbookDialog *>();
    QVERIFY(handbook);
    QVERIFY(handbook->isVisible());
    QCOMPARE(handbook->browser()->source(), QUrl(QStringLiteral("qrc:/handbook/en.html#first-steps")));
    QTRY_VERIFY(handbook->browser()->verticalScrollBar()->value() > 0);
    QCOMPARE(handbook->browser()->cursorForPosition(QPoint(5, 5)).block().text(), QStringLiteral("Add clients"));
    handbook->close();
}

namespace {

/** Ada, with every field that identifies her, an interaction with a note, and an edit on the undo stack. */
qint64 addAda(ClientStore *store, QUndoStack *stack)
{
    Client ada;
    ada.name = QStringLiteral("Ada Lovelace");
    ada.company = QStringLiteral("Analytical Engines Ltd");
    ada.setEmail(QStringLiteral("ada@engines.example"));
    ada.setPhone(QStringLiteral("+44 20 7946 0018"));
    ada.notes = QStringLiteral("Lives on Marylebone Street");
    ada.satisfaction = 8.0;
    ada.repurchase = 7.0;
    const qint64 id = store->addClient(ada);
    Interaction meeting;
    meeting.clientId = id;
    meeting.happenedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    meeting.note = QStringLiteral("Talked about her daughter's wedding");
    store->addInteraction(meeting);
    Client renamed = *store->client(id);
    renamed.name = QStringLiteral("Ada King");
    stack->push(new EditClientCommand(store, *store->client(id), renamed));
    return id;
}

} // namespace

void tst_MainWindow::shouldEraseThePersonalDataAfterAskingAndClearTheUndoHistory()
{
    // GIVEN Ada (renamed once, so Undo would bring back a name) and Bob, Ada the current client
    openWindow(0);
    if (QTest::currentTestFailed())
        return;
    Client bob;
    bob.name = QStringLiteral("Bob Babbage");
    QVERIFY(m_store->addClient(bob) != 0);
    const qint64 id = addAda(m_store.get(), m_window->undoStack());
    QCOMPARE(m_store->client(id)->name, QStringLiteral("Ada King"));
    m_window->setCurrentClient(id);
    QAction *erase = menuEntry(m_window.get(), QStringLiteral("&Edit"), QStringLiteral("Erase &Personal Data…"));
    QVERIFY(erase);
    QVERIFY(erase->isEnabled());
    QVERIFY(m_window->undoStack()->canUndo());

    // WHEN Erase Personal Data is chosen and the question answered with Erase
    QString question;
    QString title;
    const bool asked = withDialog<QMessageBox>([&] { erase->trigger(); }, [&](QMessageBox *box) {
        question = box->text();
        title = box->windowTitle();
        QAbstractButton *button = boxButton(box, QStringLiteral("Erase"));
        QVERIFY(button);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        button->click();
    });

    // THEN the question named her and said it cannot be undone
    QVERIFY(asked);
    QCOMPARE(title, QStringLiteral("Erase Personal Data"));
    QCOMPARE(question, QStringLiteral("Erase the personal data of Ada King?\n\n"
                                      "The name, company, emails, phones, tags and notes go, and so do the notes of every "
                                      "interaction. The scores, the interactions themselves and the history stay, so your "
                                      "counts stay right.\n\nThis cannot be undone. Undo history is cleared as well."));
    // AND her data is erased, the list and the details show the new name, Bob is untouched
    const Client *ada = m_store->client(id);
    QCOMPARE(ada->name, QStringLiteral("Erased client %1").arg(id));
    QCOMPARE(ada->company, QString());
    QCOMPARE(ada->email(), QString());
    QCOMPARE(ada->phone(), QString());
    QCOMPARE(ada->notes, QString());
    QCOMPARE(ada->satisfaction, 8.0);
    QCOMPARE(m_store->interactions(id).size(), 1);
    QCOMPARE(m_store->interactions(id).at(0).note, QString());
    const QModelIndex row = m_window->listPanel()->model()->index(m_window->listPanel()->model()->rowOfClient(id),
                                                                   ClientTableModel::NameColumn);
    QCOMPARE(row.data().toString(), QStringLiteral("Erased client %1").arg(id));
    auto *form = m_window->detailPanel()->findChild<ClientForm *>();
    QVERIFY(form);
    QCOMPARE(form->nameEdit()->text(), QStringLiteral("Erased client %1").arg(id));
    for (QLineEdit *edit : form->findChildren<QLineEdit *>()) {
        QVERIFY2(!edit->text().contains(QLatin1String("Ada")) && !edit->text().contains(QLatin1String("engines")),
                 qPrintable(edit->text()));
    }
    for (QPlainTextEdit *edit : m_window->detailPanel()->findChildren<QPlainTextEdit *>())
        QVERIFY2(!edit->toPlainText().contains(QLatin1String("Marylebone")), qPrintable(edit->toPlainText()));
    QCOMPARE(m_store->count(), 2);
    QVERIFY(m_store->rowOf(id) >= 0);
    // AND nothing of her is left in the file, its free space or its log
    QFile database(m_store->path());
    QVERIFY(database.open(QIODevice::ReadOnly));
    QFile log(m_store->path() + QStringLiteral("-wal"));
    const QByteArray bytes = database.readAll() + (log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray());
    for (const char *trace : {"Lovelace", "Ada King", "Analytical", "Marylebone", "daughter"})
        QVERIFY2(!bytes.contains(trace), trace);
    QVERIFY(bytes.contains("Bob Babbage"));
    // AND Undo has nothing left to bring back
    QVERIFY(!m_window->undoStack()->canUndo());
    QCOMPARE(m_window->undoStack()->count(), 0);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Erased the personal data of Ada King. The undo history was cleared."));
}

void tst_MainWindow::shouldEraseNothingWhenTheQuestionIsCancelled()
{
    // GIVEN Ada, renamed once, the current client
    openWindow(0);
    if (QTest::currentTestFailed())
        return;
    const qint64 id = addAda(m_store.get(), m_window->undoStack());
    m_window->setCurrentClient(id);
    const Client before = *m_store->client(id);
    QAction *erase = menuEntry(m_window.get(), QStringLiteral("&Edit"), QStringLiteral("Erase &Personal Data…"));
    QVERIFY(erase);

    // WHEN Erase Personal Data is chosen and the question cancelled
    const bool asked = withDialog<QMessageBox>([&] { erase->trigger(); },
                                               [&](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });

    // THEN nothing changed, and Undo still takes back the rename
    QVERIFY(asked);
    QVERIFY(*m_store->client(id) == before);
    QCOMPARE(m_store->interactions(id).at(0).note, QStringLiteral("Talked about her daughter's wedding"));
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(m_store->client(id)->name, QStringLiteral("Ada Lovelace"));
}

void tst_MainWindow::shouldOfferExportAndEraseOnlyForOneClient()
{
    // GIVEN sample clients
    openWindow(5);
    if (QTest::currentTestFailed())
        return;
    QAction *exportClient = menuEntry(m_window.get(), QStringLiteral("&File"), QStringLiteral("Export C&lient…"));
    QAction *erase = menuEntry(m_window.get(), QStringLiteral("&Edit"), QStringLiteral("Erase &Personal Data…"));
    QVERIFY(exportClient);
    QVERIFY(erase);
    // THEN with no client chosen neither is offered
    m_window->setCurrentClient(0);
    QVERIFY(!exportClient->isEnabled());
    QVERIFY(!erase->isEnabled());
    // AND with one client both are, each with a tooltip and a What's This text
    m_window->setCurrentClient(m_store->at(1).id);
    QVERIFY(exportClient->isEnabled());
    QVERIFY(erase->isEnabled());
    QCOMPARE(exportClient->toolTip(), QStringLiteral("Save everything about the selected client in one file"));
    QVERIFY(exportClient->whatsThis().contains(QLatin1String("one JSON file")));
    QCOMPARE(erase->toolTip(), QStringLiteral("Erase the name, contact details and notes of the selected client"));
    QVERIFY(erase->whatsThis().contains(QLatin1String("This cannot be undone, and it clears the undo history.")));
    // AND with several selected neither is
    m_window->listPanel()->view()->selectAll();
    QVERIFY(!exportClient->isEnabled());
    QVERIFY(!erase->isEnabled());
}

void tst_MainWindow::shouldExportTheClientToTheFileChosen()
{
    // GIVEN Ada the current client
    openWindow(0);
    if (QTest::currentTestFailed())
        return;
    const qint64 id = addAda(m_store.get(), m_window->undoStack());
    m_window->setCurrentClient(id);
    QAction *exportClient = menuEntry(m_window.get(), QStringLiteral("&File"), QStringLiteral("Export C&lient…"));
    QVERIFY(exportClient);
    const QString path = m_dir->filePath(QStringLiteral("ada.json"));

    // WHEN Export Client is chosen and a file picked
    QString suggested;
    const bool asked = withDialog<QFileDialog>([&] { exportClient->trigger(); }, [&](QFileDialog *dialog) {
        suggested = dialog->selectedFiles().value(0);
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept");
    });

    // THEN the file offered was named after her, and the one chosen holds her data
    QVERIFY(asked);
    QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("Ada King.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("rapport-client"));
    QCOMPARE(json.value(QLatin1String("client")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Ada King"));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Exported everything about Ada King to %1.").arg(QDir::toNativeSeparators(path)));

    // AND a file that cannot be written is refused with a sentence naming it
    const QString unwritable = m_dir->filePath(QStringLiteral("missing/ada.json"));
    QString refusal;
    withDialog<QFileDialog>([&] { exportClient->trigger(); }, [&](QFileDialog *dialog) {
        // The error box comes up after the dialog closed: answered from its own queued call.
        QTimer::singleShot(0, qApp, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                refusal = box->text();
                box->accept();
            }
        });
        dialog->selectFile(unwritable);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    // (Qt's own file dialog puts a folder that does not exist under the one it shows: only the end is certain.)
    QVERIFY2(refusal.startsWith(QLatin1String("Cannot write /")), qPrintable(refusal));
    QVERIFY2(refusal.endsWith(QLatin1String("/missing/ada.json: No such file or directory")), qPrintable(refusal));
    QVERIFY(!QFile::exists(unwritable));
}

void tst_MainWindow::shouldReadMailInTheBackgroundAsOneUndoStep()
{
    // GIVEN a window on three clients, the owner's address known, and an mbox where the owner
    // wrote to two of them and one answered in the thread
    openWindow(3);
    const QString ann = m_store->at(0).email();
    const QString bob = m_store->at(1).email();
    QVERIFY(!ann.isEmpty() && !bob.isEmpty());
    QVERIFY(MailLog::setOwnAddresses(m_store.get(), {QStringLiteral("owner@shop.example")}));
    const QString mbox = m_dir->filePath(QStringLiteral("inbox.mbox"));
    {
        QFile file(mbox);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const auto message = [&file](const QString &from, const QString &to, const char *date, const char *id, const char *reply) {
            file.write("From " + from.toUtf8() + " Mon Nov  2 09:00:00 2026\nFrom: " + from.toUtf8() + "\nTo: " + to.toUtf8()
                       + "\nDate: " + date + "\nSubject: Your order\nMessage-ID: <" + id + ">\n"
                       + (reply[0] ? "In-Reply-To: <" + QByteArray(reply) + ">\n" : QByteArray()) + "\nHello\n\n");
        };
        message(QStringLiteral("owner@shop.example"), ann, "Mon, 2 Nov 2026 09:00:00 +0000", "1@shop.example", "");
        message(ann, QStringLiteral("owner@shop.example"), "Tue, 3 Nov 2026 10:00:00 +0000", "2@client.example", "1@shop.example");
        message(QStringLiteral("owner@shop.example"), bob, "Wed, 4 Nov 2026 11:00:00 +0000", "3@shop.example", "");
    }
    QSettings().setValue(QStringLiteral("mail/location"), mbox);
    const qint64 before = m_store->interactionCount();

    // WHEN the owner reads that mail from File → Read Mail…
    QTimer::singleShot(0, this, [] {
        if (auto *dialog = qobject_cast<ReadMailDialog *>(QApplication::activeModalWidget()))
            dialog->accept();
    });
    m_window->readMail();

    // THEN it is read in the background and logged: three emails, one of them unanswered
    QTRY_COMPARE(m_store->interactionCount(), before + 3);
    QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("3 logged")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("1 unanswered")));
    // AND the whole reading is one step on the undo stack
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Read Mail"));
    m_window->undoStack()->undo();
    QCOMPARE(m_store->interactionCount(), before);
    m_window->undoStack()->redo();
    QCOMPARE(m_store->interactionCount(), before + 3);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
