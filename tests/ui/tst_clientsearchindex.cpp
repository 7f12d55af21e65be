#include "clientcommands.h"
#include "clientsearchindex.h"
#include "clientstore.h"
#include "clienttablemodel.h"
#include "contacttracker.h"
#include "frameworks.h"
#include "sampledatagenerator.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace Rapport;

namespace {

constexpr int ClientCount = 30000;

/** What the list searched before it had an index, written out again: the reference. */
QString scannedText(const Client &client)
{
    QStringList parts{client.name, client.company};
    parts += client.tags;
    for (const ContactPoint &email : client.emails)
        parts.append(email.value);
    if (client.rung != LadderRung::None)
        parts.append(Frameworks::rungName(client.rung));
    if (client.stage != Stage::None)
        parts.append(Frameworks::stageName(client.stage));
    if (client.nps >= 0)
        parts.append(Frameworks::npsCategoryName(Frameworks::npsCategory(client.nps)));
    return parts.join(QLatin1Char('\n')).toCaseFolded();
}

/** The ids of the clients whose @p texts hold every word of @p search, by a plain scan, sorted. */
QVector<qint64> scan(const ClientStore &store, const QStringList &texts, const QString &search)
{
    const QStringList words = search.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QVector<qint64> ids;
    for (int row = 0; row < texts.size(); ++row) {
        const QString &text = texts.at(row);
        if (std::all_of(words.begin(), words.end(), [&text](const QString &word) { return text.contains(word); }))
            ids.append(store.at(row).id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

/** Characters beyond ASCII: accents, other scripts, a final sigma, an emoji (two UTF-16 units). */
const QString Accented = QStringLiteral("éèêüöäßçñøåÉÜÖŁłŒœΣσςΑθжЖЯ東京한🙂");

QString randomText(QRandomGenerator &random, const QString &alphabet, int length)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text += alphabet.at(random.bounded(int(alphabet.size())));
    return text;
}

} // namespace

class tst_ClientSearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldAnswerWordsOfEveryLengthExactly();
    void shouldFindWhatAScanFindsAmongThirtyThousandClients();
    void shouldStayExactThroughAddsEditsDeletionsUndoAndImport();

private:
    /** A query a person might type: a piece of a real value, letters, accents, words, or nothing found. */
    QString randomQuery();
    QString pieceOfAValue();
    /** Checks @p count random queries against the scan, in the index and in the list. */
    void compareQueries(int count);
    /** Compares the index's answer to @p search with a scan's; with @p inList, the list's too. */
    void compare(const QString &search, bool inList = true);
    Client randomEdit(const Client &client);

    QRandomGenerator m_random;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
    std::unique_ptr<ContactTracker> m_tracker;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<ClientTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    /// An index of its own, kept current from the store's signals alone.
    ClientSearchIndex m_index;
    QStringList m_texts; ///< per store row, for the scan
    bool m_textsStale = true;
    QVector<char> m_hits; ///< the index's answer to the last query
};

void tst_ClientSearchIndex::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ClientSearchIndex::init()
{
    m_random.seed(20);
    m_textsStale = true;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ClientStore>();
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("clients.sqlite"))), qPrintable(m_store->errorString()));
    m_tracker = std::make_unique<ContactTracker>(m_store.get());
    m_tracker->setToday(QDate(2026, 1, 15));
    m_undoStack = std::make_unique<QUndoStack>();
    m_model = std::make_unique<ClientTableModel>(m_store.get(), m_tracker.get(), m_undoStack.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    ClientStore *store = m_store.get();
    m_index.reset(store->clients());
    connect(store, &ClientStore::resetDone, this, [this, store] { m_index.reset(store->clients()); });
    connect(store, &ClientStore::clientsAdded, this, [this, store](int first, int last) {
        for (int row = first; row <= last; ++row)
            m_index.append(store->at(row));
    });
    connect(store, &ClientStore::clientsRemoved, this, [this](int first, int last) { m_index.remove(first, last); });
    connect(store, &ClientStore::clientChanged, this, [this, store](int row) { m_index.update(row, store->at(row)); });
    for (const auto changed : {&ClientStore::clientsAdded, &ClientStore::clientsRemoved})
        connect(store, changed, this, [this] { m_textsStale = true; });
    connect(store, &ClientStore::clientChanged, this, [this] { m_textsStale = true; });
    connect(store, &ClientStore::resetDone, this, [this] { m_textsStale = true; });
}

void tst_ClientSearchIndex::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_undoStack.reset();
    m_tracker.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_ClientSearchIndex::shouldAnswerWordsOfEveryLengthExactly()
{
    // GIVEN three clients, one of them with accents and a name in Greek
    Client anna;
    anna.name = QStringLiteral("Anna Schmidt");
    anna.company = QStringLiteral("North Bakery");
    anna.setEmail(QStringLiteral("anna@north.example"));
    Client zoe;
    zoe.name = QStringLiteral("Zoë Müller");
    zoe.company = QStringLiteral("Σίσυφος Ltd");
    zoe.tags = {QStringLiteral("vip")};
    Client hanna;
    hanna.name = QStringLiteral("Hanna Nord");
    ClientSearchIndex index;
    index.reset({anna, zoe, hanna});
    const auto rows = [&index](const QString &search) {
        QVector<char> hits;
        index.find(ClientSearchIndex::searchWords(search), &hits);
        QVector<int> found;
        for (int row = 0; row < hits.size(); ++row) {
            if (hits.at(row))
                found.append(row);
        }
        return found;
    };

    // WHEN words of one, two, three and more characters are looked up
    // THEN each finds exactly the clients whose text holds it, without regard to case
    QCOMPARE(rows(QStringLiteral("a")), QVector<int>({0, 2}));
    QCOMPARE(rows(QStringLiteral("NN")), QVector<int>({0, 2}));
    QCOMPARE(rows(QStringLiteral("ann")), QVector<int>({0, 2}));
    QCOMPARE(rows(QStringLiteral("anna s")), QVector<int>({0}));
    QCOMPARE(rows(QStringLiteral("nor")), QVector<int>({0, 2}));
    QCOMPARE(rows(QStringLiteral("nord")), QVector<int>({2}));
    QCOMPARE(rows(QStringLiteral("north.ex")), QVector<int>({0}));
    QCOMPARE(rows(QStringLiteral("ë")), QVector<int>({1}));
    QCOMPARE(rows(QStringLiteral("MÜLLER")), QVector<int>({1}));
    QCOMPARE(rows(QStringLiteral("σίσυφος")), QVector<int>({1}));
    QCOMPARE(rows(QStringLiteral("muller")), QVector<int>());
    QCOMPARE(rows(QStringLiteral("vip zoë")), QVector<int>({1}));
    QCOMPARE(rows(QStringLiteral("  ")), QVector<int>({0, 1, 2}));

    // WHEN the first client is removed and the last one changes its name
    index.remove(0, 0);
    hanna.name = QStringLiteral("Hanne Süd");
    index.update(1, hanna);

    // THEN the rows moved up and the old name is no longer found
    QCOMPARE(rows(QStringLiteral("anna")), QVector<int>());
    QCOMPARE(rows(QStringLiteral("nord")), QVector<int>());
    QCOMPARE(rows(QStringLiteral("süd")), QVector<int>({1}));
    QCOMPARE(rows(QStringLiteral("l")), QVector<int>({0}));
    QCOMPARE(index.count(), 2);
}

void tst_ClientSearchIndex::shouldFindWhatAScanFindsAmongThirtyThousandClients()
{
    // GIVEN 30,000 generated clients, some with accents or other scripts in their names and tags
    SampleDataGenerator generator(3);
    QVector<Client> clients = generator.clients(ClientCount, QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC));
    for (int i = 0; i < clients.size(); i += 37) {
        clients[i].name += QLatin1Char(' ') + randomText(m_random, Accented, 1 + m_random.bounded(4));
        if (i % 3 == 0)
            clients[i].tags.append(randomText(m_random, Accented + QStringLiteral("abc"), 4));
    }
    QVERIFY2(m_store->addClients(clients), qPrintable(m_store->errorString()));
    QCOMPARE(m_model->totalCount(), ClientCount);

    // WHEN 2,000 random searches are typed
    // THEN the index and the list find exactly the clients a scan of every text finds
    compareQueries(2000);
}

void tst_ClientSearchIndex::shouldStayExactThroughAddsEditsDeletionsUndoAndImport()
{
    // GIVEN 30,000 generated clients
    SampleDataGenerator generator(5);
    QVERIFY2(m_store->addClients(generator.clients(ClientCount, QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC))),
             qPrintable(m_store->errorString()));

    // WHEN clients are added, one at a time and many at once, while a search is shown
    m_model->setSearchText(pieceOfAValue());
    for (int i = 0; i < 20; ++i) {
        Client client = randomEdit(generator.clients(1, QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC)).constFirst());
        m_undoStack->push(new AddClientsCommand(m_store.get(), QVector<Client>{client}));
    }
    m_undoStack->push(new AddClientsCommand(m_store.get(), generator.clients(500, QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC))));
    // THEN the list kept up and every search finds what a scan finds
    compare(m_model->searchText());
    compareQueries(400);

    // WHEN clients are edited: names, companies, tags and emails, with accents
    m_model->setSearchText(pieceOfAValue());
    for (int i = 0; i < 300; ++i) {
        const Client &before = m_store->at(m_random.bounded(m_store->count()));
        m_undoStack->push(new EditClientCommand(m_store.get(), before, randomEdit(before)));
    }
    compare(m_model->searchText());
    compareQueries(400);

    // WHEN clients are deleted, one alone, runs of neighbours and scattered ones
    m_model->setSearchText(pieceOfAValue());
    QVector<qint64> ids{m_store->at(0).id};
    for (int row = 100; row < 140; ++row)
        ids.append(m_store->at(row).id);
    for (int i = 0; i < 200; ++i)
        ids.append(m_store->at(m_random.bounded(m_store->count())).id);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    const int before = m_store->count();
    m_undoStack->push(new RemoveClientsCommand(m_store.get(), ids));
    QCOMPARE(m_store->count(), before - ids.size());
    m_undoStack->push(new RemoveClientsCommand(m_store.get(), {m_store->at(m_store->count() - 1).id}));
    compare(m_model->searchText());
    compareQueries(400);

    // WHEN the deletions and half of the edits are undone (the clients come back, in new rows)
    m_model->setSearchText(pieceOfAValue());
    for (int i = 0; i < 152; ++i)
        m_undoStack->undo();
    compare(m_model->searchText());
    compareQueries(400);

    // WHEN clients are imported: new ones and updates of existing ones, as one step
    m_model->setSearchText(pieceOfAValue());
    QVector<ClientRecord> additions;
    for (const Client &client : generator.clients(300, QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC)))
        additions.append(ClientRecord{randomEdit(client), {}, {}});
    QVector<Client> updates;
    for (int i = 0; i < 100; ++i)
        updates.append(randomEdit(m_store->at(m_random.bounded(m_store->count()))));
    std::sort(updates.begin(), updates.end(), [](const Client &a, const Client &b) { return a.id < b.id; });
    updates.erase(std::unique(updates.begin(), updates.end(), [](const Client &a, const Client &b) { return a.id == b.id; }),
                  updates.end());
    m_undoStack->push(new ImportCommand(m_store.get(), additions, updates, {}, QStringLiteral("test.csv")));
    compare(m_model->searchText());
    compareQueries(400);

    // THEN undoing the import too leaves the index exact
    m_undoStack->undo();
    compareQueries(100);
}

QString tst_ClientSearchIndex::pieceOfAValue()
{
    const Client &client = m_store->at(m_random.bounded(m_store->count()));
    QStringList values{client.name, client.company, client.email()};
    values += client.tags;
    if (client.rung != LadderRung::None)
        values.append(Frameworks::rungName(client.rung));
    const QString value = values.at(m_random.bounded(int(values.size())));
    if (value.isEmpty())
        return QStringLiteral("a");
    const int start = m_random.bounded(int(value.size()));
    QString piece = value.mid(start, 1 + m_random.bounded(8));
    // Typed in any case.
    for (QChar &c : piece)
        c = m_random.bounded(2) ? c.toUpper() : c.toLower();
    return piece;
}

QString tst_ClientSearchIndex::randomQuery()
{
    switch (m_random.bounded(6)) {
    case 0:
        return pieceOfAValue();
    case 1:
        return randomText(m_random, QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789.@-'"), 1 + m_random.bounded(3));
    case 2:
        return randomText(m_random, Accented, 1 + m_random.bounded(3));
    case 3:
        return pieceOfAValue() + QLatin1Char(' ') + pieceOfAValue()
            + (m_random.bounded(2) ? QStringLiteral("  ") + pieceOfAValue() : QString());
    case 4:
        return QStringLiteral("qzx") + randomText(m_random, QStringLiteral("abcdefghijklmnopqrstuvwxyz"), m_random.bounded(4));
    default:
        return QLatin1Char(' ') + pieceOfAValue().left(3) + QStringLiteral("  ") + pieceOfAValue().left(2) + QLatin1Char(' ');
    }
}

void tst_ClientSearchIndex::compare(const QString &search, bool inList)
{
    // The texts are made again from every client after any change: no bookkeeping.
    if (m_textsStale) {
        m_texts.clear();
        for (const Client &client : m_store->clients())
            m_texts.append(scannedText(client));
        m_textsStale = false;
    }
    const QVector<qint64> expected = scan(*m_store, m_texts, search);
    if (inList) {
        // The list, through its search field's slot.
        m_model->setSearchText(search);
        QVector<qint64> shown;
        for (int row = 0; row < m_model->rowCount(); ++row)
            shown.append(m_model->clientId(row));
        std::sort(shown.begin(), shown.end());
        QVERIFY2(shown == expected, qPrintable(QStringLiteral("\"%1\": the list shows %2 clients, a scan finds %3")
                                                   .arg(search)
                                                   .arg(shown.size())
                                                   .arg(expected.size())));
        // The chart reads the same answer, per store row.
        const QVector<char> &matches = m_model->matches();
        QCOMPARE(matches.size(), m_store->count());
        QCOMPARE(qsizetype(std::count(matches.begin(), matches.end(), 1)), expected.size());
    }
    // The index kept current from the store's signals alone.
    m_index.find(ClientSearchIndex::searchWords(search), &m_hits);
    QCOMPARE(m_hits.size(), m_store->count());
    QVector<qint64> found;
    for (int row = 0; row < m_hits.size(); ++row) {
        if (m_hits.at(row))
            found.append(m_store->at(row).id);
    }
    std::sort(found.begin(), found.end());
    QVERIFY2(found == expected, qPrintable(QStringLiteral("\"%1\": the index finds %2 clients, a scan finds %3")
                                               .arg(search)
                                               .arg(found.size())
                                               .arg(expected.size())));
}

void tst_ClientSearchIndex::compareQueries(int count)
{
    int found = 0;
    for (int i = 0; i < count; ++i) {
        const QString search = randomQuery();
        // Every query in the index; every eighth in the list too (its model tester makes it slow).
        compare(search, i % 8 == 0);
        if (QTest::currentTestFailed())
            return;
        found += std::find(m_hits.begin(), m_hits.end(), 1) != m_hits.end() ? 1 : 0;
    }
    // The queries are not all empty-handed, nor all found.
    QVERIFY(found > count / 4);
    QVERIFY(found < count);
    m_model->setSearchText(QString());
    QCOMPARE(m_model->rowCount(), m_store->count());
}

Client tst_ClientSearchIndex::randomEdit(const Client &client)
{
    Client edited = client;
    switch (m_random.bounded(5)) {
    case 0:
        edited.name = randomText(m_random, QStringLiteral("abcdefghij ") + Accented, 3 + m_random.bounded(10));
        break;
    case 1:
        edited.company += QLatin1Char(' ') + randomText(m_random, QStringLiteral("klmnop") + Accented, 4);
        break;
    case 2:
        edited.tags.append(randomText(m_random, QStringLiteral("qrstu") + Accented, 3));
        break;
    case 3:
        edited.setEmail(randomText(m_random, QStringLiteral("vwxyz"), 5) + QStringLiteral("@ex.example"));
        break;
    default:
        edited.satisfaction = edited.satisfaction > 5 ? 2.0 : 8.0;
        break;
    }
    return edited;
}

QTEST_MAIN(tst_ClientSearchIndex)
#include "tst_clientsearchindex.moc"
