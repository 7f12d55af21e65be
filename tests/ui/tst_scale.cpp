#include "clientdotsitem.h"
#include "clientstore.h"
#include "clienttablemodel.h"
#include "contacttracker.h"
#include "followupplanner.h"
#include "frameworks.h"
#include "quadrantchartview.h"
#include "sampledatagenerator.h"

#include <QCollator>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace Rapport;

/**
 * The list and the planner at a size where their fast paths take over (cached name ranks,
 * the search split between two threads, contact summaries instead of interactions): the
 * results must be those of the plain, slow way. Not timed; rapport-bench measures.
 */
class tst_Scale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void shouldShowExactlyTheClientsASlowSearchFinds_data();
    void shouldShowExactlyTheClientsASlowSearchFinds();
    void shouldSortByNameAsACollatorDoes();
    void shouldPlanFromSummariesAsFromTheInteractions();
    void shouldDrawTheDensityOfManyClientsAsAPlainCount();

private:
    QStringList shownIds() const;

    static constexpr int ClientCount = 30000;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
    std::unique_ptr<ContactTracker> m_tracker;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<ClientTableModel> m_model;
};

void tst_Scale::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ClientStore>();
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("scale.sqlite"))), qPrintable(m_store->errorString()));
    // A year of history for a thousand clients, the rest bare: enough to plan, quick to store.
    const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    SampleDataGenerator generator(7);
    QVector<ClientRecord> records = generator.records(1000, now);
    for (const Client &client : generator.clients(ClientCount - 1000, now))
        records.append({client, {}, {}});
    // Names nobody else has, to search for: accents, a Greek name, signs.
    records[10].client.name = QString::fromUtf8("Zo\u00eb \u00c6lfric");
    records[20].client.name = QString::fromUtf8("\u0391\u03bb\u03ad\u03be\u03b7\u03c2 P.");
    records[30].client.company = QStringLiteral("50% Off & Co_");
    QVERIFY2(m_store->addClientRecords(records), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->count(), ClientCount);
    m_tracker = std::make_unique<ContactTracker>(m_store.get());
    m_tracker->setToday(now.date());
    m_undoStack = std::make_unique<QUndoStack>();
    m_model = std::make_unique<ClientTableModel>(m_store.get(), m_tracker.get(), m_undoStack.get());
}

void tst_Scale::cleanupTestCase()
{
    m_model.reset();
    m_undoStack.reset();
    m_tracker.reset();
    m_store.reset();
    m_dir.reset();
}

QStringList tst_Scale::shownIds() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(QString::number(m_model->clientId(row)));
    std::sort(ids.begin(), ids.end());
    return ids;
}

void tst_Scale::shouldShowExactlyTheClientsASlowSearchFinds_data()
{
    QTest::addColumn<QStringList>("typed"); // one keystroke after another

    QTest::newRow("a letter, then more") << QStringList{QStringLiteral("m"), QStringLiteral("ma"), QStringLiteral("mar")};
    QTest::newRow("a digit") << QStringList{QStringLiteral("7")};
    QTest::newRow("a rare letter") << QStringList{QStringLiteral("q"), QStringLiteral("qu")};
    QTest::newRow("two words") << QStringList{QStringLiteral("a"), QStringLiteral("a "), QStringLiteral("a b"),
                                              QStringLiteral("a br")};
    QTest::newRow("backspace") << QStringList{QStringLiteral("ann"), QStringLiteral("an"), QStringLiteral("a"), QString()};
    QTest::newRow("accented, other case") << QStringList{QString::fromUtf8("\u00c6"), QString::fromUtf8("\u00c6LF")};
    QTest::newRow("greek") << QStringList{QString::fromUtf8("\u03b1\u03bb\u03ad")};
    QTest::newRow("signs") << QStringList{QStringLiteral("%"), QStringLiteral("50%"), QStringLiteral("co_")};
    QTest::newRow("an email") << QStringList{QStringLiteral("@"), QStringLiteral(".example")};
    QTest::newRow("nothing matches") << QStringList{QStringLiteral("zzzq")};
}

void tst_Scale::shouldShowExactlyTheClientsASlowSearchFinds()
{
    QFETCH(QStringList, typed);
    for (const QString &text : typed) {
        // WHEN a keystroke leaves this text in the search field
        m_model->setSearchText(text);
        // THEN the list shows exactly the clients whose fields hold every word, ignoring case
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList expected;
        for (const Client &client : m_store->clients()) {
            const QStringList fields{client.name, client.company, client.email(), client.tagsText()};
            const bool all = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
                return std::any_of(fields.cbegin(), fields.cend(),
                                   [&](const QString &field) { return field.contains(word, Qt::CaseInsensitive); })
                    || (client.rung != LadderRung::None && Frameworks::rungName(client.rung).contains(word, Qt::CaseInsensitive))
                    || (client.stage != Stage::None && Frameworks::stageName(client.stage).contains(word, Qt::CaseInsensitive))
                    || (client.nps >= 0
                        && Frameworks::npsCategoryName(Frameworks::npsCategory(client.nps)).contains(word, Qt::CaseInsensitive));
            });
            if (all)
                expected.append(QString::number(client.id));
        }
        std::sort(expected.begin(), expected.end());
        QCOMPARE(shownIds(), expected);
        int flagged = 0;
        for (char match : m_model->matches())
            flagged += match;
        QCOMPARE(flagged, int(expected.size()));
    }
    m_model->setSearchText(QString());
    QCOMPARE(m_model->rowCount(), ClientCount);
}

void tst_Scale::shouldSortByNameAsACollatorDoes()
{
    QCollator collator(QLocale(QLocale::English, QLocale::UnitedStates));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    QVector<Client> clients = m_store->clients();
    std::stable_sort(clients.begin(), clients.end(), [&](const Client &a, const Client &b) {
        const int order = collator.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        // WHEN sorted by name, one way and the other
        m_model->sort(ClientTableModel::NameColumn, order);
        // THEN the rows follow the collator (ties by id, reversed when descending)
        QCOMPARE(m_model->rowCount(), ClientCount);
        for (int row = 0; row < ClientCount; ++row) {
            const Client &expected = clients.at(order == Qt::AscendingOrder ? row : ClientCount - 1 - row);
            if (m_model->clientId(row) != expected.id)
                QFAIL(qPrintable(QStringLiteral("row %1 shows client %2, expected %3 (%4)")
                                     .arg(row)
                                     .arg(m_model->clientId(row))
                                     .arg(expected.id)
                                     .arg(expected.name)));
        }
    }
    // WHEN a client is renamed to come first, the cached order follows
    Client renamed = m_store->at(ClientCount / 2);
    renamed.name = QStringLiteral("Aaaaa First");
    QVERIFY(m_store->updateClient(renamed));
    QCOMPARE(m_model->clientId(0), renamed.id);
}

void tst_Scale::shouldPlanFromSummariesAsFromTheInteractions()
{
    const QDate today(2026, 11, 24);
    // WHEN the plan is made from the store's summaries, and from every interaction read back
    const FollowUpPlan fromStore = FollowUpPlanner::plan(*m_store, today);
    QVector<qint64> ids;
    for (const Client &client : m_store->clients())
        ids.append(client.id);
    bool ok = false;
    const QVector<ClientRecord> records = m_store->records(ids, &ok);
    QVERIFY(ok);
    const FollowUpPlan fromRecords = FollowUpPlanner(m_store->rules(), m_store->lapseRules()).plan(records, today);
    // THEN both list the same clients in the same order for the same reasons
    QCOMPARE(fromStore.items.size(), fromRecords.items.size());
    QVERIFY(fromStore.items.size() > 1000);
    for (int i = 0; i < fromStore.items.size(); ++i) {
        QCOMPARE(fromStore.items.at(i).client.id, fromRecords.items.at(i).client.id);
        QCOMPARE(fromStore.items.at(i).reasons, fromRecords.items.at(i).reasons);
        QCOMPARE(fromStore.items.at(i).action, fromRecords.items.at(i).action);
        QCOMPARE(fromStore.items.at(i).rank, i + 1);
    }
    QCOMPARE(fromStore.inLapse, fromRecords.inLapse);
    QCOMPARE(fromStore.leftOut, fromRecords.leftOut);
}

void tst_Scale::shouldDrawTheDensityOfManyClientsAsAPlainCount()
{
    // GIVEN the chart beside the list, following its filter, with the Hostages' search
    QuadrantChartView chart(m_store.get(), m_tracker.get());
    chart.resize(800, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_VERIFY(!chart.dotsItem()->plotArea().isEmpty());
    chart.followFilter(m_model->visibility());
    ClientDotsItem *dots = chart.dotsItem();
    m_model->setSegmentMask(1u << unsigned(Segment::Hostage));
    const int hidden = int(m_model->matches().indexOf(char(0)));
    QVERIFY(hidden >= 0);
    QTRY_VERIFY(!dots->isShown(hidden));

    // THEN thousands of clients show as density
    int shown = 0;
    for (char match : m_model->matches())
        shown += match;
    QVERIFY2(shown > 3000, qPrintable(QString::number(shown)));
    QVERIFY(dots->isShowingDensity());

    // AND every cell holds exactly the shown clients whose scores lie in it, with those in lapse
    const QVector<ClientDotsItem::DensityCell> cells = dots->densityCells();
    const auto tenth = [](double score) { return int(std::lround(score * 10)); };
    QVector<int> counts(cells.size(), 0);
    QVector<int> lapsed(cells.size(), 0);
    int lapsedShown = 0;
    for (int row = 0; row < m_store->count(); ++row) {
        if (!m_model->matches().at(row))
            continue;
        const Client &client = m_store->at(row);
        int found = -1;
        for (int i = 0; i < cells.size(); ++i) {
            const ClientDotsItem::DensityCell &cell = cells.at(i);
            if (tenth(cell.low.x()) <= tenth(client.satisfaction) && tenth(client.satisfaction) <= tenth(cell.high.x())
                && tenth(cell.low.y()) <= tenth(client.repurchase) && tenth(client.repurchase) <= tenth(cell.high.y())) {
                QVERIFY2(found < 0, qPrintable(QStringLiteral("%1 lies in two cells").arg(client.name)));
                found = i;
            }
        }
        QVERIFY2(found >= 0, qPrintable(QStringLiteral("%1 lies in no cell").arg(client.name)));
        QCOMPARE(cells.at(found).segment, Segment::Hostage);
        ++counts[found];
        if (m_tracker->statusAt(row).isInLapse) {
            ++lapsed[found];
            ++lapsedShown;
        }
    }
    QVERIFY2(lapsedShown > 10, qPrintable(QString::number(lapsedShown)));
    for (int i = 0; i < cells.size(); ++i) {
        QCOMPARE(cells.at(i).count, counts.at(i));
        QCOMPARE(cells.at(i).lapsed, lapsed.at(i));
    }

    // WHEN the search leaves a few of them
    m_model->setSearchText(QStringLiteral("qu"));
    QTRY_VERIFY(!dots->isShowingDensity());
    // THEN they are dots again, and the cells count just them
    int few = 0;
    for (char match : m_model->matches())
        few += match;
    QVERIFY2(few > 0 && few < 500, qPrintable(QString::number(few)));
    int counted = 0;
    for (const ClientDotsItem::DensityCell &cell : dots->densityCells())
        counted += cell.count;
    QCOMPARE(counted, few);

    m_model->setSearchText(QString());
    m_model->setSegmentMask(ClientTableModel::AllSegments);
}

QTEST_MAIN(tst_Scale)
#include "tst_scale.moc"
