// rapport-kernels: instruction-count guards for Rapport's CPU-bound kernels (sort, filter,
// the search index's build and queries, planning, hit-test). Run under QtTest's -callgrind option, each benchmark reports the
// instructions its kernel executed, which stays the same run after run even on a busy
// machine, so a regression shows as a larger count (see "Instruction counts" in docs/performance.md).
// Not a test: it is built with everything else but not registered with CTest.
//
//     QT_QPA_PLATFORM=offscreen ./rapport-kernels -callgrind
//
// Everything that could change a count between runs or machines is fixed: the sample data
// (seed and reference time), the day the contact rules are computed for, the time zone (UTC),
// the locale the names are collated in (en_US), the QHash seed, the chart's plot area and the
// points looked up. 10,000 clients keep the planner on one thread (it splits its work over two
// above 20,000 rows) and a run under Callgrind short.

#include "clientdotsitem.h"
#include "clientsearchindex.h"
#include "clientstore.h"
#include "clienttablemodel.h"
#include "contacttracker.h"
#include "followupplanner.h"
#include "sampledatagenerator.h"

#include <QApplication>
#include <QHashSeed>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <ctime>
#include <memory>

using namespace Rapport;

namespace {

constexpr int ClientCount = 10000;
constexpr quint32 Seed = 1;

QDateTime referenceTime()
{
    return QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC);
}

QDate referenceDay()
{
    return QDate(2026, 1, 15);
}

} // namespace

class RapportKernels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void sortByName();
    void sortBySatisfaction();
    void filterTyping();
    void searchIndexBuild();
    void searchIndexFirstLetter();
    void searchIndexFurtherLetters();
    void planFollowUps();
    void planFromTracker();
    void hitTest();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
    std::unique_ptr<ContactTracker> m_tracker;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<ClientTableModel> m_model;
    std::unique_ptr<ClientDotsItem> m_dots;
    ClientSearchIndex m_index; ///< built like the list's, for the query guards
    QVector<QPointF> m_points; ///< where the hit test looks, in the dots item's coordinates
};

void RapportKernels::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ClientStore>();
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("kernels.sqlite"))), qPrintable(m_store->errorString()));
    SampleDataGenerator generator(Seed);
    const QVector<ClientRecord> records = generator.records(ClientCount, referenceTime());
    QVERIFY2(m_store->addClientRecords(records), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->count(), ClientCount);

    m_tracker = std::make_unique<ContactTracker>(m_store.get());
    m_tracker->setToday(referenceDay());
    m_undoStack = std::make_unique<QUndoStack>();
    m_model = std::make_unique<ClientTableModel>(m_store.get(), m_tracker.get(), m_undoStack.get());
    m_model->sort(ClientTableModel::NameColumn, Qt::AscendingOrder); // name ranks computed here
    QCOMPARE(m_model->rowCount(), ClientCount);

    m_index.reset(m_store->clients());

    // The chart's plot area at the benchmark's 930 x 700 chart, fixed so the grid cells are too.
    m_dots = std::make_unique<ClientDotsItem>(m_store.get(), m_tracker.get());
    m_dots->setPlotArea(QRectF(60, 30, 840, 620));
    m_dots->setVisibility(m_model->matches());
    // Points on dots (every 100th client's, plus a pixel off) and a 20 x 20 grid over the plot
    // area, most of it on empty or sparse space.
    for (int row = 0; row < ClientCount; row += 100) {
        const Client &client = m_store->at(row);
        const QPointF at = m_dots->toPosition({client.satisfaction, client.repurchase});
        m_points.append(at);
        m_points.append(at + QPointF(3, -2));
    }
    const QRectF area = m_dots->plotArea();
    for (int i = 0; i < 20; ++i) {
        for (int j = 0; j < 20; ++j)
            m_points.append({area.left() + (i + 0.5) * area.width() / 20, area.top() + (j + 0.5) * area.height() / 20});
    }
}

void RapportKernels::cleanupTestCase()
{
    m_dots.reset();
    m_model.reset();
    m_undoStack.reset();
    m_tracker.reset();
    m_store.reset();
    m_dir.reset();
}

// Both orders in each iteration, so every iteration does the same work. The name order is a
// pass over cached ranks; the rows are rebuilt from the store's order each time.
void RapportKernels::sortByName()
{
    m_model->setSearchText(QString());
    QBENCHMARK {
        m_model->sort(ClientTableModel::NameColumn, Qt::DescendingOrder);
        m_model->sort(ClientTableModel::NameColumn, Qt::AscendingOrder);
    }
    QCOMPARE(m_model->rowCount(), ClientCount);
}

// A comparison sort (std::sort with ties broken by name rank), both orders per iteration.
void RapportKernels::sortBySatisfaction()
{
    m_model->setSearchText(QString());
    QBENCHMARK {
        m_model->sort(ClientTableModel::SatisfactionColumn, Qt::AscendingOrder);
        m_model->sort(ClientTableModel::SatisfactionColumn, Qt::DescendingOrder);
    }
    QCOMPARE(m_model->rowCount(), ClientCount);
    m_model->sort(ClientTableModel::NameColumn, Qt::AscendingOrder);
}

// Typing "mar", one backspace, then clearing the field: narrowing scans of the shown rows,
// then full scans with a sort by name. Starts and ends with an empty search, so every
// iteration does the same work.
void RapportKernels::filterTyping()
{
    const QStringList texts = {QStringLiteral("m"), QStringLiteral("ma"), QStringLiteral("mar"), QStringLiteral("ma"),
                               QString()};
    m_model->sort(ClientTableModel::NameColumn, Qt::AscendingOrder);
    m_model->setSearchText(QString());
    int shownAtMar = -1;
    QBENCHMARK {
        for (const QString &text : texts) {
            m_model->setSearchText(text);
            if (text.size() == 3)
                shownAtMar = m_model->rowCount();
        }
    }
    QVERIFY(shownAtMar > 0 && shownAtMar < ClientCount);
    QCOMPARE(m_model->rowCount(), ClientCount);
}

// Indexing every client's text from nothing, as when a file is opened.
void RapportKernels::searchIndexBuild()
{
    ClientSearchIndex index;
    QBENCHMARK {
        index.reset(m_store->clients());
    }
    QCOMPARE(index.count(), ClientCount);
}

namespace {

/** Asks @p index for each of @p searches; returns how many clients were found in all. */
qsizetype findAll(const ClientSearchIndex &index, const QStringList &searches)
{
    qsizetype found = 0;
    QVector<char> hits;
    for (const QString &search : searches) {
        index.find(ClientSearchIndex::searchWords(search), &hits);
        found += std::count(hits.cbegin(), hits.cend(), 1);
    }
    return found;
}

} // namespace

// The first letter typed: every letter from a to z, each answered by its own list.
void RapportKernels::searchIndexFirstLetter()
{
    QStringList letters;
    for (char letter = 'a'; letter <= 'z'; ++letter)
        letters.append(QString(QLatin1Char(letter)));
    qsizetype found = 0;
    QBENCHMARK {
        found = findAll(m_index, letters);
    }
    QVERIFY(found > ClientCount);
}

// Further letters: pairs (the union of the triples they begin), triples (their own lists),
// longer words and two words (triples intersected, then the text checked).
void RapportKernels::searchIndexFurtherLetters()
{
    const QStringList searches = {QStringLiteral("ma"), QStringLiteral("mar"), QStringLiteral("mart"), QStringLiteral("an"),
                                  QStringLiteral("ann"), QStringLiteral("anna"), QStringLiteral("jo"), QStringLiteral("joh"),
                                  QStringLiteral("john"), QStringLiteral("smith"), QStringLiteral("bak"), QStringLiteral("example"),
                                  QStringLiteral("anna ba"), QStringLiteral("qzx")};
    qsizetype found = 0;
    QBENCHMARK {
        found = findAll(m_index, searches);
    }
    QVERIFY(found > 0);
}

void RapportKernels::planFollowUps()
{
    FollowUpPlan plan;
    QBENCHMARK {
        plan = FollowUpPlanner::plan(*m_store, referenceDay());
    }
    QCOMPARE(plan.totalClients, ClientCount);
    QVERIFY(!plan.items.isEmpty());
}

// The same plan from the statuses the tracker keeps, as the window makes it.
void RapportKernels::planFromTracker()
{
    FollowUpPlan plan;
    QBENCHMARK {
        plan = FollowUpPlanner::plan(*m_tracker);
    }
    QCOMPARE(plan.totalClients, ClientCount);
    QVERIFY(!plan.items.isEmpty());
}

// The chart's lookup of the dots under the mouse (ClientDotsItem::rowsAt, what a click, a
// hover's tooltip and the start of a drag use) for a fixed set of points.
void RapportKernels::hitTest()
{
    qsizetype hits = 0;
    QBENCHMARK {
        hits = 0;
        for (const QPointF &point : std::as_const(m_points))
            hits += m_dots->rowsAt(point).size();
    }
    QVERIFY(hits >= ClientCount / 100); // at least the dots the points were put on
}

int main(int argc, char *argv[])
{
    // Fixed before anything hashes, converts a time or collates a name.
    QHashSeed::setDeterministicGlobalSeed();
    qputenv("TZ", "UTC");
    tzset();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    RapportKernels kernels;
    return QTest::qExec(&kernels, argc, argv);
}

#include "rapport-kernels.moc"
