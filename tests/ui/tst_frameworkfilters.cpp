#include "clientcommands.h"
#include "clientfilter.h"
#include "clientlistpanel.h"
#include "clientstore.h"
#include "clienttablemodel.h"
#include "contacttracker.h"
#include "frameworks.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace Rapport;

namespace {

Client makeClient(const QString &name, LadderRung rung, Stage stage, int nps, int degree)
{
    Client client;
    client.name = name;
    client.satisfaction = 5;
    client.repurchase = 5;
    client.rung = rung;
    client.stage = stage;
    client.nps = nps;
    client.degree = degree;
    return client;
}

unsigned bits(std::initializer_list<int> values)
{
    unsigned mask = 0;
    for (int value : values)
        mask |= 1u << unsigned(value);
    return mask;
}

QAction *menuAction(QMenu *menu, int value)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isCheckable() && action->data().toInt() == value)
            return action;
    }
    return nullptr;
}

} // namespace

/** Filtering the list by ladder rung, stage, NPS category and degree: the model and the panel's controls. */
class tst_FrameworkFilters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldShowOnlyClientsWithTheTickedValues_data();
    void shouldShowOnlyClientsWithTheTickedValues();
    void shouldCombineFacetsWithEachOtherAndWithTheSearch();
    void shouldIgnoreBitsBeyondTheFacetsValues();
    void shouldFollowAnUndoableEditThatChangesTheRung();
    void shouldShowAFacetsFilterOnlyWhileItsColumnIsShown();
    void shouldFilterFromTheMenuAndSayWhatIsPicked();
    void shouldShowEveryClientAgainWhenAFilteredColumnIsHidden();
    void shouldReplaceEveryFilterByAnAppliedOneAndShowIt();
    void shouldNameEveryValueOfEveryFacet();

private:
    QStringList shownNames() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
    std::unique_ptr<ContactTracker> m_tracker;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<ClientTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QStringList tst_FrameworkFilters::shownNames() const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row)
        names.append(m_model->index(row, ClientTableModel::NameColumn).data().toString());
    return names;
}

void tst_FrameworkFilters::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_FrameworkFilters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ClientStore>();
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("clients.sqlite"))), qPrintable(m_store->errorString()));
    m_tracker = std::make_unique<ContactTracker>(m_store.get());
    m_undoStack = std::make_unique<QUndoStack>();
    m_model = std::make_unique<ClientTableModel>(m_store.get(), m_tracker.get(), m_undoStack.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_store->addClients({
        makeClient(QStringLiteral("Ada"), LadderRung::Advocate, Stage::Commitment, 10, 1),
        makeClient(QStringLiteral("Ben"), LadderRung::Toxic, Stage::Contract, 3, 3),
        makeClient(QStringLiteral("Cleo"), LadderRung::Client, Stage::Continuation, 8, 2),
        makeClient(QStringLiteral("Dan"), LadderRung::None, Stage::None, -1, 0),
        makeClient(QStringLiteral("Eve"), LadderRung::Client, Stage::Courting, 9, 3),
        makeClient(QStringLiteral("Finn"), LadderRung::Prospect, Stage::Courting, 6, 0),
    }));
}

void tst_FrameworkFilters::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_undoStack.reset();
    m_tracker.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_FrameworkFilters::shouldShowOnlyClientsWithTheTickedValues_data()
{
    QTest::addColumn<int>("facet");
    QTest::addColumn<unsigned>("mask");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("rung: Client") << int(ClientTableModel::RungFacet) << bits({int(LadderRung::Client)})
                                  << QStringList{QStringLiteral("Cleo"), QStringLiteral("Eve")};
    QTest::newRow("rung: Toxic or not set") << int(ClientTableModel::RungFacet)
                                            << bits({int(LadderRung::Toxic), int(LadderRung::None)})
                                            << QStringList{QStringLiteral("Ben"), QStringLiteral("Dan")};
    QTest::newRow("rung: Terrorist, nobody") << int(ClientTableModel::RungFacet) << bits({int(LadderRung::Terrorist)})
                                             << QStringList{};
    QTest::newRow("stage: Courting") << int(ClientTableModel::StageFacet) << bits({int(Stage::Courting)})
                                     << QStringList{QStringLiteral("Eve"), QStringLiteral("Finn")};
    QTest::newRow("stage: not set") << int(ClientTableModel::StageFacet) << bits({int(Stage::None)})
                                    << QStringList{QStringLiteral("Dan")};
    // Promoters answer 9 or 10, passives 7 or 8, detractors 0 to 6.
    QTest::newRow("NPS: promoters") << int(ClientTableModel::NpsFacet) << bits({int(NpsCategory::Promoter)})
                                    << QStringList{QStringLiteral("Ada"), QStringLiteral("Eve")};
    QTest::newRow("NPS: passives") << int(ClientTableModel::NpsFacet) << bits({int(NpsCategory::Passive)})
                                   << QStringList{QStringLiteral("Cleo")};
    QTest::newRow("NPS: detractors") << int(ClientTableModel::NpsFacet) << bits({int(NpsCategory::Detractor)})
                                     << QStringList{QStringLiteral("Ben"), QStringLiteral("Finn")};
    QTest::newRow("NPS: no answer") << int(ClientTableModel::NpsFacet) << bits({int(NpsCategory::None)})
                                    << QStringList{QStringLiteral("Dan")};
    QTest::newRow("degree: third") << int(ClientTableModel::DegreeFacet) << bits({3})
                                   << QStringList{QStringLiteral("Ben"), QStringLiteral("Eve")};
    QTest::newRow("degree: first or second") << int(ClientTableModel::DegreeFacet) << bits({1, 2})
                                             << QStringList{QStringLiteral("Ada"), QStringLiteral("Cleo")};
    QTest::newRow("degree: not set") << int(ClientTableModel::DegreeFacet) << bits({0})
                                     << QStringList{QStringLiteral("Dan"), QStringLiteral("Finn")};
    QTest::newRow("degree: nothing ticked") << int(ClientTableModel::DegreeFacet) << 0u << QStringList{};
}

void tst_FrameworkFilters::shouldShowOnlyClientsWithTheTickedValues()
{
    QFETCH(int, facet);
    QFETCH(unsigned, mask);
    QFETCH(QStringList, expected);
    QSignalSpy countsSpy(m_model.get(), &ClientTableModel::countsChanged);
    QSignalSpy filterSpy(m_model.get(), &ClientTableModel::filterChanged);

    // WHEN one facet is narrowed
    m_model->setFacetMask(ClientTableModel::Facet(facet), mask);

    // THEN only the clients with a ticked value show, in name order, and the chart hears of it
    QCOMPARE(shownNames(), expected);
    QCOMPARE(m_model->facetMask(ClientTableModel::Facet(facet)), mask);
    QVERIFY(m_model->hasFacetFilter());
    QCOMPARE(countsSpy.count(), 1);
    QCOMPARE(countsSpy.last(), (QVariantList{int(expected.size()), 6}));
    QCOMPARE(filterSpy.count(), 1);
    int matching = 0;
    for (char match : m_model->matches())
        matching += match;
    QCOMPARE(matching, int(expected.size()));

    // WHEN every value is ticked again
    m_model->setFacetMask(ClientTableModel::Facet(facet), ClientTableModel::allFacetValues(ClientTableModel::Facet(facet)));
    // THEN everybody is back and no facet filters
    QCOMPARE(m_model->rowCount(), 6);
    QVERIFY(!m_model->hasFacetFilter());
}

void tst_FrameworkFilters::shouldCombineFacetsWithEachOtherAndWithTheSearch()
{
    // WHEN promoters and passives in the courting or continuation stage are asked for
    m_model->setFacetMask(ClientTableModel::NpsFacet, bits({int(NpsCategory::Promoter), int(NpsCategory::Passive)}));
    m_model->setFacetMask(ClientTableModel::StageFacet, bits({int(Stage::Courting), int(Stage::Continuation)}));
    // THEN both must hold
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Cleo"), QStringLiteral("Eve")}));

    // WHEN a search is typed as well
    m_model->setSearchText(QStringLiteral("ev"));
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Eve")});

    // WHEN the stage filter is lifted and the segment mask hides everybody
    m_model->setSearchText(QString());
    m_model->setFacetMask(ClientTableModel::StageFacet, ClientTableModel::allFacetValues(ClientTableModel::StageFacet));
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Ada"), QStringLiteral("Cleo"), QStringLiteral("Eve")}));
    m_model->setSegmentMask(0);
    QCOMPARE(shownNames(), QStringList{});
    m_model->setSegmentMask(ClientTableModel::AllSegments);
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Ada"), QStringLiteral("Cleo"), QStringLiteral("Eve")}));
}

void tst_FrameworkFilters::shouldIgnoreBitsBeyondTheFacetsValues()
{
    QSignalSpy countsSpy(m_model.get(), &ClientTableModel::countsChanged);
    // WHEN a mask sets every bit
    m_model->setFacetMask(ClientTableModel::DegreeFacet, ~0u);
    // THEN it means "all", and nothing changed
    QCOMPARE(m_model->facetMask(ClientTableModel::DegreeFacet), ClientTableModel::allFacetValues(ClientTableModel::DegreeFacet));
    QCOMPARE(countsSpy.count(), 0);
    QVERIFY(!m_model->hasFacetFilter());

    // WHEN a facet out of range is given, nothing happens either
    m_model->setFacetMask(ClientTableModel::FacetCount, 0);
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(countsSpy.count(), 0);
}

void tst_FrameworkFilters::shouldFollowAnUndoableEditThatChangesTheRung()
{
    // GIVEN the list filtered to Advocates
    m_model->setFacetMask(ClientTableModel::RungFacet, bits({int(LadderRung::Advocate)}));
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Ada")});

    // WHEN Cleo climbs to Advocate through the undo stack
    const Client before = m_store->at(2);
    QCOMPARE(before.name, QStringLiteral("Cleo"));
    Client after = before;
    after.rung = LadderRung::Advocate;
    m_undoStack->push(new EditClientCommand(m_store.get(), before, after));
    // THEN she joins the list
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Ada"), QStringLiteral("Cleo")}));

    // WHEN the edit is undone, she leaves it again
    m_undoStack->undo();
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Ada")});
}

void tst_FrameworkFilters::shouldShowAFacetsFilterOnlyWhileItsColumnIsShown()
{
    ClientListPanel panel(m_model.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    // GIVEN the list as it first opens: the frameworks' columns hidden, so are their filters
    for (int f = 0; f < ClientTableModel::FacetCount; ++f) {
        const auto facet = ClientTableModel::Facet(f);
        QVERIFY(panel.view()->isColumnHidden(ClientTableModel::facetColumn(facet)));
        QVERIFY(!panel.facetButton(facet)->isVisible());
    }

    // WHEN the NPS column is shown
    panel.setColumnShown(ClientTableModel::NpsColumn, true);
    // THEN its filter shows, and only that one, saying it shows everybody
    QVERIFY(panel.facetButton(ClientTableModel::NpsFacet)->isVisible());
    QVERIFY(!panel.facetButton(ClientTableModel::RungFacet)->isVisible());
    QCOMPARE(panel.facetButton(ClientTableModel::NpsFacet)->text(), QStringLiteral("NPS: all"));

    // WHEN a saved header state with the rung column shown and the NPS column hidden is restored
    QTableView other;
    other.setModel(m_model.get());
    for (int column = 0; column < ClientTableModel::ColumnCount; ++column)
        other.setColumnHidden(column, column == ClientTableModel::NpsColumn || column == ClientTableModel::StageColumn
                                          || column == ClientTableModel::DegreeColumn);
    panel.restoreHeaderState(other.horizontalHeader()->saveState());
    // THEN the filters follow
    QVERIFY(panel.facetButton(ClientTableModel::RungFacet)->isVisible());
    QVERIFY(!panel.facetButton(ClientTableModel::NpsFacet)->isVisible());
}

void tst_FrameworkFilters::shouldFilterFromTheMenuAndSayWhatIsPicked()
{
    ClientListPanel panel(m_model.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setColumnShown(ClientTableModel::RungColumn, true);
    QToolButton *button = panel.facetButton(ClientTableModel::RungFacet);
    QMenu *menu = button->menu();
    QVERIFY(menu);
    // One entry per value, all ticked, "Not set" last.
    QList<QAction *> values;
    for (QAction *action : menu->actions()) {
        if (action->isCheckable())
            values.append(action);
    }
    QCOMPARE(values.size(), ClientTableModel::facetValueCount(ClientTableModel::RungFacet));
    QCOMPARE(values.last()->text(), Frameworks::rungName(LadderRung::None));
    for (QAction *action : values)
        QVERIFY(action->isChecked());

    // WHEN every rung but Client is unticked
    for (QAction *action : values) {
        if (action->data().toInt() != int(LadderRung::Client))
            action->trigger();
    }
    // THEN the list shows the Clients and the button names the one rung left
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Cleo"), QStringLiteral("Eve")}));
    QCOMPARE(button->text(), QStringLiteral("Ladder Rung: ") + Frameworks::rungName(LadderRung::Client));
    QVERIFY(button->font().bold());

    // WHEN Toxic is ticked too
    menuAction(menu, int(LadderRung::Toxic))->trigger();
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Ben"), QStringLiteral("Cleo"), QStringLiteral("Eve")}));
    QCOMPARE(button->text(), QStringLiteral("Ladder Rung: 2 selected"));

    // WHEN both are unticked
    menuAction(menu, int(LadderRung::Toxic))->trigger();
    menuAction(menu, int(LadderRung::Client))->trigger();
    QCOMPARE(shownNames(), QStringList{});
    QCOMPARE(button->text(), QStringLiteral("Ladder Rung: none"));

    // WHEN "Show All" is chosen, every value is ticked again
    const QList<QAction *> actions = menu->actions();
    actions.first()->trigger();
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(button->text(), QStringLiteral("Ladder Rung: all"));
    QVERIFY(!button->font().bold());
    for (QAction *action : values)
        QVERIFY(action->isChecked());

    // WHEN "Show None" is chosen, nothing is ticked and nobody shows, ready to pick from
    QCOMPARE(actions.at(1)->text(), QStringLiteral("Show None"));
    actions.at(1)->trigger();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(button->text(), QStringLiteral("Ladder Rung: none"));
    for (QAction *action : values)
        QVERIFY(!action->isChecked());
    menuAction(menu, int(LadderRung::Advocate))->trigger();
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Ada")});
    actions.first()->trigger();

    // WHEN the degree filter picks one degree, the button shows its number
    panel.setColumnShown(ClientTableModel::DegreeColumn, true);
    QMenu *degrees = panel.facetButton(ClientTableModel::DegreeFacet)->menu();
    for (int value : {0, 1, 2})
        menuAction(degrees, value)->trigger();
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Ben"), QStringLiteral("Eve")}));
    QCOMPARE(panel.facetButton(ClientTableModel::DegreeFacet)->text(), QStringLiteral("Degree: 3"));
}

void tst_FrameworkFilters::shouldShowEveryClientAgainWhenAFilteredColumnIsHidden()
{
    ClientListPanel panel(m_model.get());
    panel.setColumnShown(ClientTableModel::StageColumn, true);
    menuAction(panel.facetButton(ClientTableModel::StageFacet)->menu(), int(Stage::Courting))->trigger();
    QCOMPARE(m_model->rowCount(), 4);

    // WHEN the stage column is hidden while it filters
    panel.setColumnShown(ClientTableModel::StageColumn, false);
    // THEN nobody stays hidden by a filter no one can see
    QCOMPARE(m_model->rowCount(), 6);
    QVERIFY(!m_model->hasFacetFilter());
    QVERIFY(menuAction(panel.facetButton(ClientTableModel::StageFacet)->menu(), int(Stage::Courting))->isChecked());
}

void tst_FrameworkFilters::shouldReplaceEveryFilterByAnAppliedOneAndShowIt()
{
    ClientListPanel panel(m_model.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const auto segmentButton = [&panel](Segment segment) {
        const QList<QToolButton *> buttons = panel.findChildren<QToolButton *>();
        for (QToolButton *button : buttons) {
            if (button->text() == segmentPluralName(segment))
                return button;
        }
        return static_cast<QToolButton *>(nullptr);
    };

    // GIVEN a list filtered by a search, by stage and to the clients who need attention
    panel.searchEdit()->setText(QStringLiteral("e"));
    panel.setColumnShown(ClientTableModel::StageColumn, true);
    menuAction(panel.facetButton(ClientTableModel::StageFacet)->menu(), int(Stage::Courting))->trigger();
    panel.attentionButton()->setChecked(true);

    // WHEN the rung Client is applied (as the dashboard's bar asks)
    panel.applyFilter(ClientFilter::ofFacet(ClientTableModel::RungFacet, int(LadderRung::Client)));

    // THEN exactly the clients on that rung show, and the controls say so
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Cleo"), QStringLiteral("Eve")}));
    QCOMPARE(panel.searchEdit()->text(), QString());
    QVERIFY(!panel.attentionButton()->isChecked());
    QCOMPARE(panel.facetButton(ClientTableModel::StageFacet)->text(), QStringLiteral("Stage: all"));
    QVERIFY(!panel.view()->isColumnHidden(ClientTableModel::RungColumn));
    QVERIFY(panel.facetButton(ClientTableModel::RungFacet)->isVisible());
    QCOMPARE(panel.facetButton(ClientTableModel::RungFacet)->text(),
             QStringLiteral("Ladder Rung: ") + Frameworks::rungName(LadderRung::Client));

    // WHEN one segment is applied
    panel.applyFilter(ClientFilter::ofSegment(Segment::Mercenary));
    // THEN only its button stays down, and the rung filter is gone (everyone here is a Loyalist)
    QCOMPARE(shownNames(), QStringList{});
    QVERIFY(segmentButton(Segment::Mercenary)->isChecked());
    QVERIFY(!segmentButton(Segment::Loyalist)->isChecked());
    QCOMPARE(m_model->segmentMask(), 1u << unsigned(Segment::Mercenary));
    QCOMPARE(panel.facetButton(ClientTableModel::RungFacet)->text(), QStringLiteral("Ladder Rung: all"));

    // WHEN everyone is applied
    panel.applyFilter(ClientFilter::everyone());
    // THEN every client and every segment button is back
    QCOMPARE(m_model->rowCount(), 6);
    for (int s = 0; s < SegmentCount; ++s)
        QVERIFY(segmentButton(Segment(s))->isChecked());
}

void tst_FrameworkFilters::shouldNameEveryValueOfEveryFacet()
{
    for (int f = 0; f < ClientTableModel::FacetCount; ++f) {
        const auto facet = ClientTableModel::Facet(f);
        QSet<QString> names;
        for (int value = 0; value < ClientTableModel::facetValueCount(facet); ++value) {
            const QString name = ClientTableModel::facetValueName(facet, value);
            QVERIFY2(!name.isEmpty(), qPrintable(QStringLiteral("facet %1 value %2").arg(f).arg(value)));
            names.insert(name);
        }
        QCOMPARE(names.size(), ClientTableModel::facetValueCount(facet));
    }
    QCOMPARE(ClientTableModel::facetValueCount(ClientTableModel::RungFacet), 8);
    QCOMPARE(ClientTableModel::facetValueCount(ClientTableModel::StageFacet), 6);
    QCOMPARE(ClientTableModel::facetValueCount(ClientTableModel::NpsFacet), 4);
    QCOMPARE(ClientTableModel::facetValueCount(ClientTableModel::DegreeFacet), 4);
}

QTEST_MAIN(tst_FrameworkFilters)
#include "tst_frameworkfilters.moc"
