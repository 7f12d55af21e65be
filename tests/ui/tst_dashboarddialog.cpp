#include "clientlistpanel.h"
#include "clientstore.h"
#include "clienttablemodel.h"
#include "contacttracker.h"
#include "dashboarddialog.h"
#include "mainwindow.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace Rapport;

namespace {

Client makeClient(const QString &name, double satisfaction, double repurchase, LadderRung rung, Stage stage, int nps,
                  int degree, int daysSinceCreated)
{
    Client client;
    client.name = name;
    client.company = name + QStringLiteral(" & Co");
    client.satisfaction = satisfaction;
    client.repurchase = repurchase;
    client.rung = rung;
    client.stage = stage;
    client.nps = nps;
    client.degree = degree;
    // Without interactions, the contact clock runs from the day the client was added.
    client.createdAt = ClientStore::now().addDays(-daysSinceCreated);
    return client;
}

/**
 * Six clients whose every count is known:
 * segments Loyalists 2 (Ada, Finn), Mercenaries 1 (Ben), Hostages 2 (Cleo, Dan), Defectors 1 (Eve);
 * Ada is an Apostle and Eve a Terrorist; NPS answers 10, 7, 9, 0, 9: 3 promoters, 1 passive,
 * 1 detractor, +40; Cleo is due (20 days for a Hostage, due after 14, overdue after 30), Eve and
 * Finn are overdue, so in lapse and due; Ben (unlikely to buy again) and Finn (in lapse) are
 * satisfied but not loyal; Cleo and Dan are third-degree clients.
 */
QVector<Client> knownClients()
{
    return {
        makeClient(QStringLiteral("Ada"), 9.5, 9.5, LadderRung::Advocate, Stage::Convergence, 10, 1, 0),
        makeClient(QStringLiteral("Ben"), 8, 2, LadderRung::Customer, Stage::Contract, 7, 0, 0),
        makeClient(QStringLiteral("Cleo"), 3, 8, LadderRung::Client, Stage::Continuation, 9, 3, 20),
        makeClient(QStringLiteral("Dan"), 2, 7, LadderRung::None, Stage::None, -1, 3, 0),
        makeClient(QStringLiteral("Eve"), 0.5, 0.5, LadderRung::Terrorist, Stage::Courting, 0, 0, 40),
        makeClient(QStringLiteral("Finn"), 7, 6, LadderRung::None, Stage::Convergence, 9, 0, 100),
    };
}

/** The bars of @p view from top to bottom, as "name: count". */
QStringList bars(QChartView *view)
{
    QChart *chart = view->chart();
    const auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().constFirst());
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).constFirst());
    QStringList result;
    for (int i = int(series->count()) - 1; i >= 0; --i)
        result.append(axis->at(i) + QStringLiteral(": ") + QString::number(series->barSets().at(i)->at(i)));
    return result;
}

/** Clicks the middle of the bar named @p name in @p view, as a user would. */
bool clickBar(QChartView *view, const QString &name)
{
    QChart *chart = view->chart();
    QAbstractSeries *series = chart->series().constFirst();
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).constFirst());
    const int index = int(axis->categories().indexOf(name));
    if (index < 0)
        return false;
    const qreal count = static_cast<QAbstractBarSeries *>(series)->barSets().at(index)->at(index);
    const QPointF inChart = chart->mapToPosition(QPointF(count / 2, index), series);
    const QPoint inViewport = view->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inViewport);
    return true;
}

QStringList rows(QTreeWidget *list)
{
    QStringList result;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QStringList cells;
        for (int c = 0; c < list->columnCount(); ++c)
            cells.append(list->topLevelItem(i)->text(c));
        result.append(cells.join(QLatin1String(" | ")));
    }
    return result;
}

QTreeWidgetItem *rowNamed(QTreeWidget *list, const QString &name)
{
    const QList<QTreeWidgetItem *> found = list->findItems(name, Qt::MatchExactly, 0);
    return found.isEmpty() ? nullptr : found.constFirst();
}

QToolButton *buttonWithText(QWidget *parent, const QString &text)
{
    const QList<QToolButton *> buttons = parent->findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

/** The dashboard: its tiles, bars and lists over a known client base, and what a click on them shows in the main window. */
class tst_DashboardDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldCountAKnownClientBaseInItsTiles();
    void shouldCountAKnownClientBaseInItsBars();
    void shouldListTheSatisfiedButNotLoyalAndTheThirdDegreeClientsWithoutRepeatingWhy();
    void shouldAskForTheClientsOfAClickedBar_data();
    void shouldAskForTheClientsOfAClickedBar();
    void shouldAskForAnNpsCategoryOrEveryoneFromTheTiles();
    void shouldFollowAChangeInTheStore();
    void shouldSaySoWhenNobodyAnsweredTheNpsQuestion();
    void shouldCountTheClientsOfEachOwner_data();
    void shouldCountTheClientsOfEachOwner();
    void shouldFitItsContentAtItsDefaultSize();
    void shouldShowOnlyTheClickedBarsClientsInTheMainWindowsList();
    void shouldSelectAClientPickedInAListEvenWhenTheListHidesIt();

private:
    /** A main window over the known clients, with its dashboard open. */
    DashboardDialog *openFromMainWindow();
    QStringList shownNames() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
    std::unique_ptr<ContactTracker> m_tracker;
    std::unique_ptr<DashboardDialog> m_dialog;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QVector<qint64> m_ids;
};

void tst_DashboardDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RapportTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dashboarddialog"));
    QSettings().clear();
}

void tst_DashboardDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ClientStore>();
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("clients.sqlite"))), qPrintable(m_store->errorString()));
    m_ids.clear();
    QVERIFY(m_store->addClients(knownClients(), &m_ids));
    m_tracker = std::make_unique<ContactTracker>(m_store.get());
    m_dialog = std::make_unique<DashboardDialog>(m_store.get(), m_tracker.get());
}

void tst_DashboardDialog::cleanup()
{
    m_dialog.reset();
    m_tester.reset();
    m_window.reset();
    m_tracker.reset();
    m_store.reset();
    m_dir.reset();
    QSettings().clear();
}

DashboardDialog *tst_DashboardDialog::openFromMainWindow()
{
    m_dialog.reset();
    m_window = std::make_unique<MainWindow>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_window->listPanel()->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    m_window->showDashboard();
    auto *dialog = m_window->findChild<DashboardDialog *>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QStringList tst_DashboardDialog::shownNames() const
{
    ClientTableModel *model = m_window->listPanel()->model();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, ClientTableModel::NameColumn).data().toString());
    names.sort();
    return names;
}

void tst_DashboardDialog::shouldCountAKnownClientBaseInItsTiles()
{
    // GIVEN the six known clients (see knownClients())
    // WHEN the dashboard shows them
    DashboardDialog *dialog = m_dialog.get();

    // THEN each tile shows its number and what it is made of
    using Tile = DashboardDialog::Tile;
    QCOMPARE(dialog->tileValue(Tile::Clients)->text(), QStringLiteral("6"));
    QCOMPARE(dialog->tileDetail(Tile::Clients)->text(), QStringLiteral("Apostles 1 · Terrorists 1"));
    QCOMPARE(dialog->attentionButton()->text(), QStringLiteral("Need attention: 3"));
    QCOMPARE(dialog->tileValue(Tile::Nps)->text(), QStringLiteral("+40"));
    QCOMPARE(dialog->tileDetail(Tile::Nps)->text(), QStringLiteral("Answered: 5 of 6"));
    QCOMPARE(dialog->npsButton(NpsCategory::Promoter)->text(), QStringLiteral("Promoters: 3"));
    QCOMPARE(dialog->npsButton(NpsCategory::Passive)->text(), QStringLiteral("Passives: 1"));
    QCOMPARE(dialog->npsButton(NpsCategory::Detractor)->text(), QStringLiteral("Detractors: 1"));
    QCOMPARE(dialog->tileValue(Tile::InLapse)->text(), QStringLiteral("2"));
    QCOMPARE(dialog->tileValue(Tile::Due)->text(), QStringLiteral("3"));
}

void tst_DashboardDialog::shouldCountAKnownClientBaseInItsBars()
{
    // GIVEN the six known clients
    // WHEN the dashboard shows them
    DashboardDialog *dialog = m_dialog.get();

    // THEN each chart has a bar per segment, rung and stage, the best on top, "Not set" at the bottom
    using Breakdown = DashboardDialog::Breakdown;
    QCOMPARE(bars(dialog->chartView(Breakdown::Segments)),
             (QStringList{QStringLiteral("Loyalists: 2"), QStringLiteral("Mercenaries: 1"), QStringLiteral("Hostages: 2"),
                          QStringLiteral("Defectors: 1")}));
    QCOMPARE(bars(dialog->chartView(Breakdown::Rungs)),
             (QStringList{QStringLiteral("Advocate: 1"), QStringLiteral("Supporter: 0"), QStringLiteral("Client: 1"),
                          QStringLiteral("Customer: 1"), QStringLiteral("Prospect: 0"), QStringLiteral("Toxic: 0"),
                          QStringLiteral("Terrorist: 1"), QStringLiteral("Not set: 2")}));
    QCOMPARE(bars(dialog->chartView(Breakdown::Stages)),
             (QStringList{QStringLiteral("Convergence: 2"), QStringLiteral("Commitment: 0"), QStringLiteral("Continuation: 1"),
                          QStringLiteral("Contract: 1"), QStringLiteral("Courting: 1"), QStringLiteral("Not set: 1")}));
    // AND every bar is labelled with its number
    for (const Breakdown breakdown : {Breakdown::Segments, Breakdown::Rungs, Breakdown::Stages}) {
        const auto *series = qobject_cast<QAbstractBarSeries *>(dialog->chartView(breakdown)->chart()->series().constFirst());
        QVERIFY(series->isLabelsVisible());
        QCOMPARE(series->labelsFormat(), QStringLiteral("@value"));
    }
}

void tst_DashboardDialog::shouldListTheSatisfiedButNotLoyalAndTheThirdDegreeClientsWithoutRepeatingWhy()
{
    // GIVEN the six known clients
    // WHEN the dashboard shows them
    DashboardDialog *dialog = m_dialog.get();

    // THEN each list has a row per client with its reason in a column of its own
    QCOMPARE(rows(dialog->satisfiedNotLoyal()),
             (QStringList{QStringLiteral("Ben | Ben & Co | Unlikely to buy again"), QStringLiteral("Finn | Finn & Co | In lapse")}));
    QCOMPARE(rows(dialog->thirdDegree()),
             (QStringList{QStringLiteral("Cleo | Cleo & Co | Hostage"), QStringLiteral("Dan | Dan & Co | Hostage")}));
    // AND the headings say how many and what to do, once
    QVERIFY(dialog->findChild<QLabel *>() != nullptr);
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    QStringList texts;
    for (const QLabel *label : labels)
        texts.append(label->text());
    QVERIFY(texts.contains(QStringLiteral("Satisfied, but not loyal: 2")));
    QVERIFY(texts.contains(QStringLiteral("Third-degree clients: 2")));
    QCOMPARE(texts.join(QLatin1Char('\n')).count(QStringLiteral("onsider")), 1);
    for (QTreeWidget *list : {dialog->satisfiedNotLoyal(), dialog->thirdDegree()})
        QVERIFY2(!rows(list).join(QLatin1Char('\n')).contains(QStringLiteral("reconsider"), Qt::CaseInsensitive), qPrintable(rows(list).join(QLatin1Char('\n'))));
}

void tst_DashboardDialog::shouldAskForTheClientsOfAClickedBar_data()
{
    QTest::addColumn<DashboardDialog::Breakdown>("breakdown");
    QTest::addColumn<QString>("bar");
    QTest::addColumn<ClientFilter>("expected");

    using Breakdown = DashboardDialog::Breakdown;
    QTest::newRow("Hostages") << Breakdown::Segments << QStringLiteral("Hostages") << ClientFilter::ofSegment(Segment::Hostage);
    QTest::newRow("Loyalists") << Breakdown::Segments << QStringLiteral("Loyalists") << ClientFilter::ofSegment(Segment::Loyalist);
    QTest::newRow("Advocate") << Breakdown::Rungs << QStringLiteral("Advocate")
                              << ClientFilter::ofFacet(ClientTableModel::RungFacet, int(LadderRung::Advocate));
    QTest::newRow("rung not set") << Breakdown::Rungs << QStringLiteral("Not set")
                                  << ClientFilter::ofFacet(ClientTableModel::RungFacet, int(LadderRung::None));
    QTest::newRow("Continuation") << Breakdown::Stages << QStringLiteral("Continuation")
                                  << ClientFilter::ofFacet(ClientTableModel::StageFacet, int(Stage::Continuation));
}

void tst_DashboardDialog::shouldAskForTheClientsOfAClickedBar()
{
    QFETCH(DashboardDialog::Breakdown, breakdown);
    QFETCH(QString, bar);
    QFETCH(ClientFilter, expected);

    // GIVEN the dashboard on screen
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QSignalSpy spy(m_dialog.get(), &DashboardDialog::filterRequested);

    // WHEN the user clicks a bar
    QVERIFY(clickBar(m_dialog->chartView(breakdown), bar));

    // THEN the dialog asks for exactly that bar's clients
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ClientFilter>(), expected);
}

void tst_DashboardDialog::shouldAskForAnNpsCategoryOrEveryoneFromTheTiles()
{
    // GIVEN the dashboard
    QSignalSpy spy(m_dialog.get(), &DashboardDialog::filterRequested);

    // WHEN the user clicks the detractors, then the clients who need attention, then Show All
    m_dialog->npsButton(NpsCategory::Detractor)->click();
    m_dialog->attentionButton()->click();
    m_dialog->showAllButton()->click();

    // THEN it asks for each in turn
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(0).at(0).value<ClientFilter>(), ClientFilter::ofFacet(ClientTableModel::NpsFacet, int(NpsCategory::Detractor)));
    QCOMPARE(spy.at(1).at(0).value<ClientFilter>(), ClientFilter::needingAttention());
    QCOMPARE(spy.at(2).at(0).value<ClientFilter>(), ClientFilter::everyone());
}

void tst_DashboardDialog::shouldFollowAChangeInTheStore()
{
    // GIVEN the dashboard over the known clients
    // WHEN Ben becomes a Hostage on the Advocate rung
    Client ben = *m_store->client(m_ids.at(1));
    ben.satisfaction = 4;
    ben.repurchase = 9;
    ben.rung = LadderRung::Advocate;
    QVERIFY(m_store->updateClient(ben));

    // THEN the bars and lists count again
    using Breakdown = DashboardDialog::Breakdown;
    QTRY_COMPARE(bars(m_dialog->chartView(Breakdown::Segments)).at(2), QStringLiteral("Hostages: 3"));
    QCOMPARE(bars(m_dialog->chartView(Breakdown::Segments)).at(1), QStringLiteral("Mercenaries: 0"));
    QCOMPARE(bars(m_dialog->chartView(Breakdown::Rungs)).constFirst(), QStringLiteral("Advocate: 2"));
    QCOMPARE(rows(m_dialog->satisfiedNotLoyal()), QStringList{QStringLiteral("Finn | Finn & Co | In lapse")});
}

void tst_DashboardDialog::shouldSaySoWhenNobodyAnsweredTheNpsQuestion()
{
    // GIVEN clients of whom nobody answered the NPS question
    for (const qint64 id : std::as_const(m_ids)) {
        Client client = *m_store->client(id);
        client.nps = -1;
        QVERIFY(m_store->updateClient(client));
    }

    // WHEN the dashboard counts again
    m_dialog->refresh();

    // THEN the NPS tile says there is no score yet and how to get one, with nothing to click
    QCOMPARE(m_dialog->tileValue(DashboardDialog::Tile::Nps)->text(), QStringLiteral("–"));
    QVERIFY(m_dialog->tileDetail(DashboardDialog::Tile::Nps)->text().startsWith(QStringLiteral("No answers yet")));
    QVERIFY(m_dialog->npsButton(NpsCategory::Promoter)->isHidden());
}

void tst_DashboardDialog::shouldCountTheClientsOfEachOwner_data()
{
    QTest::addColumn<QStringList>("owners"); // of Ada, Ben, Cleo, Dan, Eve and Finn
    QTest::addColumn<QStringList>("expected");

    // Cleo (due), Eve and Finn (in lapse) need attention.
    QTest::newRow("no owners") << QStringList(6) << QStringList{QStringLiteral("(no owner) | 6 | 3")};
    QTest::newRow("two owners, one in another case, and none")
        << QStringList{QStringLiteral("Anna"), QStringLiteral(" anna "), QStringLiteral("Bruno"), QString(),
                       QStringLiteral("Bruno"), QString()}
        << QStringList{QStringLiteral("Anna | 2 | 0"), QStringLiteral("Bruno | 2 | 2"), QStringLiteral("(no owner) | 2 | 1")};
    QTest::newRow("everyone owned, accents and quotes")
        << QStringList{QStringLiteral("zoë"), QStringLiteral("Émile"), QStringLiteral("Åsa"), QStringLiteral("O'Neil \"Bo\""),
                       QStringLiteral("O'Neil \"Bo\""), QStringLiteral("zoë")}
        << QStringList{QStringLiteral("Åsa | 1 | 1"), QStringLiteral("Émile | 1 | 0"), QStringLiteral("O'Neil \"Bo\" | 2 | 1"),
                       QStringLiteral("zoë | 2 | 1")};
}

void tst_DashboardDialog::shouldCountTheClientsOfEachOwner()
{
    QFETCH(QStringList, owners);
    QFETCH(QStringList, expected);

    // GIVEN the known clients with these owners
    for (int i = 0; i < m_ids.size(); ++i) {
        Client client = *m_store->client(m_ids.at(i));
        client.owner = owners.at(i);
        QVERIFY(m_store->updateClient(client));
    }

    // WHEN the dashboard counts again
    m_dialog->refresh();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));

    // THEN it counts per owner, by name, the clients without one last, and shows the table only when there are owners
    QTreeWidget *table = m_dialog->perOwner();
    QVERIFY(table);
    QCOMPARE(rows(table), expected);
    const bool anyOwner = std::any_of(owners.cbegin(), owners.cend(), [](const QString &owner) { return !owner.isEmpty(); });
    QCOMPARE(table->isVisible(), anyOwner);
}

void tst_DashboardDialog::shouldFitItsContentAtItsDefaultSize()
{
    // GIVEN the dashboard
    // WHEN it opens
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));

    // THEN it opens at 900 by 640 and needs no more than that
    QCOMPARE(m_dialog->size(), QSize(900, 640));
    QVERIFY2(m_dialog->minimumSizeHint().height() <= 640, qPrintable(QString::number(m_dialog->minimumSizeHint().height())));
    QVERIFY2(m_dialog->minimumSizeHint().width() <= 900, qPrintable(QString::number(m_dialog->minimumSizeHint().width())));
}

void tst_DashboardDialog::shouldShowOnlyTheClickedBarsClientsInTheMainWindowsList()
{
    // GIVEN a main window over the known clients and its dashboard
    DashboardDialog *dialog = openFromMainWindow();
    QVERIFY(dialog);
    ClientListPanel *list = m_window->listPanel();
    QCOMPARE(shownNames().size(), 6);

    // WHEN the user clicks the Hostages bar
    QVERIFY(clickBar(dialog->chartView(DashboardDialog::Breakdown::Segments), QStringLiteral("Hostages")));

    // THEN the list shows the Hostages only, and its segment buttons say so
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Cleo"), QStringLiteral("Dan")}));
    QVERIFY(buttonWithText(list, QStringLiteral("Hostages"))->isChecked());
    QVERIFY(!buttonWithText(list, QStringLiteral("Loyalists"))->isChecked());
    QVERIFY(!buttonWithText(list, QStringLiteral("Mercenaries"))->isChecked());
    QVERIFY(!buttonWithText(list, QStringLiteral("Defectors"))->isChecked());

    // WHEN the user then clicks the Advocate bar
    QVERIFY(clickBar(dialog->chartView(DashboardDialog::Breakdown::Rungs), QStringLiteral("Advocate")));

    // THEN the list shows the Advocates of every segment, and the rung's filter button (shown) says so
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Ada")});
    QVERIFY(buttonWithText(list, QStringLiteral("Hostages"))->isChecked());
    QVERIFY(buttonWithText(list, QStringLiteral("Loyalists"))->isChecked());
    QToolButton *rungButton = list->facetButton(ClientTableModel::RungFacet);
    QVERIFY(rungButton->isVisible());
    QCOMPARE(rungButton->text(), QStringLiteral("Ladder Rung: Advocate"));

    // WHEN the user asks for the clients who need attention
    dialog->attentionButton()->click();

    // THEN the list shows them, with its Needs Attention button down and the rung filter gone
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Cleo"), QStringLiteral("Eve"), QStringLiteral("Finn")}));
    QVERIFY(list->attentionButton()->isChecked());
    QCOMPARE(rungButton->text(), QStringLiteral("Ladder Rung: all"));

    // WHEN the user clicks Show All
    dialog->showAllButton()->click();

    // THEN everyone is back
    QCOMPARE(shownNames().size(), 6);
    QVERIFY(!list->attentionButton()->isChecked());
}

void tst_DashboardDialog::shouldSelectAClientPickedInAListEvenWhenTheListHidesIt()
{
    // GIVEN the main window's list showing only Loyalists, and the dashboard
    DashboardDialog *dialog = openFromMainWindow();
    QVERIFY(dialog);
    dialog->showAllButton()->click();
    QVERIFY(clickBar(dialog->chartView(DashboardDialog::Breakdown::Segments), QStringLiteral("Loyalists")));
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Ada"), QStringLiteral("Finn")}));

    // WHEN the user clicks Dan, a Hostage, among the third-degree clients
    QTreeWidget *thirdDegree = dialog->thirdDegree();
    QTreeWidgetItem *dan = rowNamed(thirdDegree, QStringLiteral("Dan"));
    QVERIFY(dan);
    QTest::mouseClick(thirdDegree->viewport(), Qt::LeftButton, {}, thirdDegree->visualItemRect(dan).center());

    // THEN the list shows everyone again and Dan is the current client
    QCOMPARE(shownNames().size(), 6);
    QCOMPARE(m_window->currentClient(), m_ids.at(3));
    QCOMPARE(m_window->listPanel()->currentClient(), m_ids.at(3));
}

QTEST_MAIN(tst_DashboardDialog)
#include "tst_dashboarddialog.moc"
