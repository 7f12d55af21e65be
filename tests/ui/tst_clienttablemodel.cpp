#include "clientstore.h"
#include "clienttablemodel.h"
#include "contacttracker.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace Rapport;

namespace {

Client makeClient(const QString &name, const QString &company, double satisfaction, double repurchase,
                  const QString &email = {}, const QStringList &tags = {}, const QDateTime &updated = {})
{
    Client client;
    client.name = name;
    client.company = company;
    client.setEmail(email);
    client.tags = tags;
    client.satisfaction = satisfaction;
    client.repurchase = repurchase;
    client.createdAt = updated;
    client.updatedAt = updated;
    return client;
}

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(9, 0), Qt::UTC);
}

QVector<char> chars(std::initializer_list<int> values)
{
    QVector<char> result;
    for (int value : values)
        result.append(char(value));
    return result;
}

unsigned bit(Segment segment)
{
    return 1u << unsigned(segment);
}

} // namespace

class tst_ClientTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldShowEveryClientSortedByNameWithFormattedValues();
    void shouldNameEveryColumnInTheHeader();
    void shouldSortEveryColumnByRawValue_data();
    void shouldSortEveryColumnByRawValue();
    void shouldSortNamesIgnoringCaseAndReadingNumbersInTheCLocale();
    void shouldSearchNameCompanyEmailAndTagsIgnoringCase_data();
    void shouldSearchNameCompanyEmailAndTagsIgnoringCase();
    void shouldFollowTypingAndDeletingCharacters();
    void shouldCombineSegmentMaskWithSearch();
    void shouldInsertAnAddedClientAtItsSortedRow();
    void shouldOnlyCountAnAddedClientThatTheFilterHides();
    void shouldShowClientsAddedTogetherInSortOrder();
    void shouldRemoveClientsAndKeepTheOthersInOrder_data();
    void shouldRemoveClientsAndKeepTheOthersInOrder();
    void shouldRemoveClientsThatTheFilterHides();
    void shouldMoveAnEditedClientToItsNewSortedRow();
    void shouldKeepTheNameOrderOfAFreshSortThroughRenamesAddsAndDeletes();
    void shouldHideOrShowAClientWhoseEditChangesTheFilterResult();
    void shouldRefilterAndResortWhenRulesChange();
    void shouldResortOnceWhenOneWriteChangesTheContactsOfSeveralClients();
    void shouldPushOneUndoableCommandWhenNameIsEdited();
    void shouldPushOneUndoableCommandWhenSatisfactionIsEdited();
    void shouldNotPushACommandForAnUnchangedOrRefusedValue();
    void shouldKeepSelectionOnItsClientThroughFilterAndSort();
    void shouldReportOneMatchPerStoreRow();

private:
    QStringList shownNames() const;
    qint64 idOf(const QString &name) const { return m_ids.value(name); }
    int rowOf(const QString &name) const { return m_model->rowOfClient(idOf(name)); }
    QModelIndex indexOf(const QString &name, int column = ClientTableModel::NameColumn) const
    {
        return m_model->index(rowOf(name), column);
    }
    bool add(const QVector<Client> &clients);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
    std::unique_ptr<ContactTracker> m_tracker;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<ClientTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QHash<QString, qint64> m_ids;
};

QStringList tst_ClientTableModel::shownNames() const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row)
        names.append(m_model->index(row, ClientTableModel::NameColumn).data().toString());
    return names;
}

bool tst_ClientTableModel::add(const QVector<Client> &clients)
{
    QVector<qint64> ids;
    if (!m_store->addClients(clients, &ids))
        return false;
    for (int i = 0; i < clients.size(); ++i)
        m_ids.insert(clients.at(i).name, ids.at(i));
    return true;
}

void tst_ClientTableModel::initTestCase()
{
    // CMake runs the tests in the C locale, where QCollator compares code points. The owner's
    // locale is a real language; shouldSortNamesIgnoringCaseAndReadingNumbersInTheCLocale covers C.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ClientTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ClientStore>();
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("clients.sqlite"))), qPrintable(m_store->errorString()));
    // The tracker listens to the store before the model does, as in the main window.
    m_tracker = std::make_unique<ContactTracker>(m_store.get());
    m_tracker->setToday(QDate(2024, 6, 1));
    m_undoStack = std::make_unique<QUndoStack>();
    m_model = std::make_unique<ClientTableModel>(m_store.get(), m_tracker.get(), m_undoStack.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_ids.clear();

    // Store rows 0..4. Names test case-insensitive and numeric collation, values the raw sort.
    QVERIFY(add({
        makeClient(QStringLiteral("Client 10"), QStringLiteral("Zenith Bakery"), 10.0, 2.0,
                   QStringLiteral("ten@zenith.example"), {QStringLiteral("retail"), QStringLiteral("VIP")}, utc(2024, 1, 5)),
        makeClient(QStringLiteral("client 9"), QStringLiteral("alpha Plumbing"), 9.5, 9.5,
                   QStringLiteral("nine@alpha.example"), {QStringLiteral("wholesale")}, utc(2023, 12, 31)),
        makeClient(QStringLiteral("Bob Brennan"), QStringLiteral("Harbour Florist"), 2.0, 8.0,
                   QStringLiteral("bob@harbour.example"), {QStringLiteral("monthly")}, utc(2024, 3, 1)),
        makeClient(QStringLiteral("alice Abbott"), QStringLiteral("Maple Optician"), 3.5, 1.5,
                   QStringLiteral("alice@maple.example"), {QStringLiteral("retail"), QStringLiteral("new")}, utc(2022, 6, 15)),
        makeClient(QStringLiteral("Dmitri Costa"), QStringLiteral("Bravo Catering"), 5.0, 5.0,
                   QStringLiteral("dmitri@bravo.example"), {}, utc(2024, 1, 4)),
    }));
    // Phone and notes are not searched.
    Client bob = *m_store->client(idOf(QStringLiteral("Bob Brennan")));
    bob.setPhone(QStringLiteral("+44 20 7946 0123"));
    bob.notes = QStringLiteral("Prefers zebra-striped wrapping paper.");
    QVERIFY(m_store->updateClient(bob));

    // Contacts as of 2024-06-01: last contact, days overdue and unanswered attempts differ per client.
    const auto call = [this](const QString &name, const QDateTime &when, Outcome outcome) {
        Interaction interaction;
        interaction.clientId = idOf(name);
        interaction.happenedAt = when;
        interaction.kind = InteractionKind::Call;
        interaction.direction = Direction::Outbound;
        interaction.outcome = outcome;
        return interaction;
    };
    QVector<Interaction> interactions{
        call(QStringLiteral("Client 10"), utc(2024, 5, 20), Outcome::Answered),
        call(QStringLiteral("client 9"), utc(2024, 5, 1), Outcome::NoAnswer),
        call(QStringLiteral("client 9"), utc(2024, 5, 2), Outcome::NoAnswer),
        call(QStringLiteral("Bob Brennan"), utc(2024, 4, 1), Outcome::Answered),
        call(QStringLiteral("Bob Brennan"), utc(2024, 5, 10), Outcome::NoAnswer),
        call(QStringLiteral("alice Abbott"), utc(2023, 1, 10), Outcome::Answered),
    };
    for (int day = 1; day <= 10; ++day)
        interactions.append(call(QStringLiteral("alice Abbott"), utc(2023, 2, day), Outcome::NoAnswer));
    QVERIFY2(m_store->addInteractions(interactions), qPrintable(m_store->errorString()));
}

void tst_ClientTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_undoStack.reset();
    m_tracker.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_ClientTableModel::shouldShowEveryClientSortedByNameWithFormattedValues()
{
    // GIVEN the five clients of init()
    // THEN the list shows them all, by name, ignoring case and reading numbers as numbers
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->totalCount(), 5);
    QCOMPARE(m_model->columnCount(), int(ClientTableModel::ColumnCount));
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("alice Abbott"), QStringLiteral("Bob Brennan"),
                                        QStringLiteral("client 9"), QStringLiteral("Client 10"),
                                        QStringLiteral("Dmitri Costa")}));

    // AND each cell shows what the owner reads, with the raw value beside it
    const int row = rowOf(QStringLiteral("Client 10"));
    QCOMPARE(row, 3);
    QCOMPARE(m_model->clientId(row), idOf(QStringLiteral("Client 10")));
    QCOMPARE(m_model->index(row, 0).data(ClientTableModel::ClientIdRole).toLongLong(), idOf(QStringLiteral("Client 10")));
    QCOMPARE(m_model->index(row, ClientTableModel::CompanyColumn).data().toString(), QStringLiteral("Zenith Bakery"));
    QCOMPARE(m_model->index(row, ClientTableModel::SegmentColumn).data().toString(), QStringLiteral("Mercenary"));
    QCOMPARE(m_model->index(row, ClientTableModel::SatisfactionColumn).data().toString(), QStringLiteral("10.0"));
    QCOMPARE(m_model->index(row, ClientTableModel::RepurchaseColumn).data().toString(), QStringLiteral("2.0"));
    QCOMPARE(m_model->index(row, ClientTableModel::TagsColumn).data().toString(), QStringLiteral("retail, VIP"));
    QCOMPARE(m_model->index(row, ClientTableModel::SatisfactionColumn).data(ClientTableModel::RawValueRole).toDouble(), 10.0);
    QCOMPARE(m_model->index(row, ClientTableModel::SatisfactionColumn).data(Qt::EditRole).toDouble(), 10.0);
    QCOMPARE(m_model->index(row, ClientTableModel::SegmentColumn).data(ClientTableModel::SegmentRole).value<Segment>(),
             Segment::Mercenary);
    QCOMPARE(m_model->index(rowOf(QStringLiteral("client 9")), ClientTableModel::SegmentColumn).data().toString(),
             QStringLiteral("Loyalist (Apostle)"));
    QCOMPARE(m_model->index(rowOf(QStringLiteral("client 9")), ClientTableModel::SegmentColumn)
                 .data(ClientTableModel::ExtremeRole).value<Extreme>(),
             Extreme::Apostle);
    QCOMPARE(m_model->index(row, ClientTableModel::UpdatedColumn).data(ClientTableModel::RawValueRole).toDateTime(),
             utc(2024, 1, 5));
    QCOMPARE(m_model->index(rowOf(QStringLiteral("alice Abbott")), ClientTableModel::DaysOverdueColumn).data().toInt(), 494);
    QCOMPARE(m_model->index(rowOf(QStringLiteral("alice Abbott")), ClientTableModel::StreakColumn).data().toInt(), 10);
    QCOMPARE(m_model->index(rowOf(QStringLiteral("Dmitri Costa")), ClientTableModel::LastContactColumn).data().toString(),
             QStringLiteral("never"));
    QCOMPARE(m_model->clientId(5), qint64(0));
    QCOMPARE(m_model->rowOfClient(987654), -1);
}

void tst_ClientTableModel::shouldNameEveryColumnInTheHeader()
{
    QStringList headers;
    for (int column = 0; column < m_model->columnCount(); ++column)
        headers.append(m_model->headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{QStringLiteral("Name"), QStringLiteral("Company"), QStringLiteral("Segment"),
                                   QStringLiteral("Satisfaction"), QStringLiteral("Repurchase"),
                                   QStringLiteral("Last Contact"), QStringLiteral("Overdue"), QStringLiteral("Unanswered"),
                                   QStringLiteral("Tags"), QStringLiteral("Updated"), QStringLiteral("Ladder Rung"),
                                   QStringLiteral("Stage"), QStringLiteral("NPS"), QStringLiteral("Degree")}));
}

void tst_ClientTableModel::shouldSortEveryColumnByRawValue_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending");
    QTest::addColumn<QStringList>("descending");

    const QString alice = QStringLiteral("alice Abbott");
    const QString bob = QStringLiteral("Bob Brennan");
    const QString nine = QStringLiteral("client 9");
    const QString ten = QStringLiteral("Client 10");
    const QString dmitri = QStringLiteral("Dmitri Costa");

    // Case-insensitive, numeric: "alice" before "Bob", "client 9" before "Client 10".
    QTest::newRow("name") << int(ClientTableModel::NameColumn) << QStringList{alice, bob, nine, ten, dmitri}
                          << QStringList{dmitri, ten, nine, bob, alice};
    // "alpha Plumbing" before "Bravo Catering" although 'B' < 'a' in code points.
    QTest::newRow("company") << int(ClientTableModel::CompanyColumn) << QStringList{nine, dmitri, bob, alice, ten}
                             << QStringList{ten, alice, bob, dmitri, nine};
    // Loyalist, Mercenary, Hostage, Defector; an Apostle after a plain Loyalist.
    QTest::newRow("segment") << int(ClientTableModel::SegmentColumn) << QStringList{dmitri, nine, ten, bob, alice}
                             << QStringList{alice, bob, ten, nine, dmitri};
    // 10.0 after 9.5: numbers, not text.
    QTest::newRow("satisfaction") << int(ClientTableModel::SatisfactionColumn) << QStringList{bob, alice, dmitri, nine, ten}
                                  << QStringList{ten, nine, dmitri, alice, bob};
    QTest::newRow("repurchase") << int(ClientTableModel::RepurchaseColumn) << QStringList{alice, ten, dmitri, bob, nine}
                                << QStringList{nine, bob, dmitri, ten, alice};
    // Never contacted first; ties keep name order in both directions.
    QTest::newRow("last contact") << int(ClientTableModel::LastContactColumn) << QStringList{nine, dmitri, alice, bob, ten}
                                  << QStringList{ten, bob, alice, nine, dmitri};
    // 0, 31, 59, 63 and 494 days: 494 last, not between 31 and 59 as text would put it.
    QTest::newRow("days overdue") << int(ClientTableModel::DaysOverdueColumn) << QStringList{ten, bob, dmitri, nine, alice}
                                  << QStringList{alice, nine, dmitri, bob, ten};
    // 0, 0, 1, 2 and 10 unanswered attempts.
    QTest::newRow("unanswered") << int(ClientTableModel::StreakColumn) << QStringList{ten, dmitri, bob, nine, alice}
                                << QStringList{alice, nine, bob, ten, dmitri};
    // "" < "monthly" < "retail, new" < "retail, VIP" < "wholesale"
    QTest::newRow("tags") << int(ClientTableModel::TagsColumn) << QStringList{dmitri, bob, alice, ten, nine}
                          << QStringList{nine, ten, alice, bob, dmitri};
    // By time, not by the formatted date text.
    QTest::newRow("updated") << int(ClientTableModel::UpdatedColumn) << QStringList{alice, nine, dmitri, ten, bob}
                             << QStringList{bob, ten, dmitri, nine, alice};
}

void tst_ClientTableModel::shouldSortEveryColumnByRawValue()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    QFETCH(QStringList, descending);

    // WHEN sorted ascending
    QSignalSpy layoutSpy(m_model.get(), &QAbstractItemModel::layoutChanged);
    m_model->sort(column, Qt::AscendingOrder);
    // THEN
    QCOMPARE(shownNames(), ascending);
    QCOMPARE(layoutSpy.count(), 1);

    // WHEN sorted descending
    m_model->sort(column, Qt::DescendingOrder);
    // THEN
    QCOMPARE(shownNames(), descending);
    QCOMPARE(m_model->rowCount(), 5);
}

void tst_ClientTableModel::shouldSortNamesIgnoringCaseAndReadingNumbersInTheCLocale()
{
    // GIVEN the locale Rapport gets with LANG=C.UTF-8 or no LANG at all (containers, minimal systems)
    const QLocale previous;
    QLocale::setDefault(QLocale::c());
    const auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
    QUndoStack undoStack;
    ClientTableModel model(m_store.get(), m_tracker.get(), &undoStack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // WHEN sorted by name and by company
    model.sort(ClientTableModel::NameColumn, Qt::AscendingOrder);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, ClientTableModel::NameColumn).data().toString());
    model.sort(ClientTableModel::CompanyColumn, Qt::AscendingOrder);
    QStringList companies;
    for (int row = 0; row < model.rowCount(); ++row)
        companies.append(model.index(row, ClientTableModel::CompanyColumn).data().toString());

    // THEN the order is still the one an owner expects: case ignored, numbers read as numbers
    QCOMPARE(names, (QStringList{QStringLiteral("alice Abbott"), QStringLiteral("Bob Brennan"), QStringLiteral("client 9"),
                                 QStringLiteral("Client 10"), QStringLiteral("Dmitri Costa")}));
    QCOMPARE(companies, (QStringList{QStringLiteral("alpha Plumbing"), QStringLiteral("Bravo Catering"),
                                     QStringLiteral("Harbour Florist"), QStringLiteral("Maple Optician"),
                                     QStringLiteral("Zenith Bakery")}));
}

void tst_ClientTableModel::shouldSearchNameCompanyEmailAndTagsIgnoringCase_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");

    const QString alice = QStringLiteral("alice Abbott");
    const QString bob = QStringLiteral("Bob Brennan");
    const QString nine = QStringLiteral("client 9");
    const QString ten = QStringLiteral("Client 10");
    const QString dmitri = QStringLiteral("Dmitri Costa");

    QTest::newRow("name, other case") << QStringLiteral("ALICE") << QStringList{alice};
    QTest::newRow("company") << QStringLiteral("zenith") << QStringList{ten};
    QTest::newRow("email") << QStringLiteral("nine@alpha") << QStringList{nine};
    QTest::newRow("tag, other case") << QStringLiteral("WholeSale") << QStringList{nine};
    QTest::newRow("upper-case tag") << QStringLiteral("vip") << QStringList{ten};
    QTest::newRow("shared tag") << QStringLiteral("retail") << QStringList{alice, ten};
    QTest::newRow("two words, both needed") << QStringLiteral("retail new") << QStringList{alice};
    QTest::newRow("two words, any order") << QStringLiteral("new retail") << QStringList{alice};
    QTest::newRow("name word and company word") << QStringLiteral("client bakery") << QStringList{ten};
    QTest::newRow("words of two different clients") << QStringLiteral("bob zenith") << QStringList{};
    QTest::newRow("notes are not searched") << QStringLiteral("zebra") << QStringList{};
    QTest::newRow("phone is not searched") << QStringLiteral("7946") << QStringList{};
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringList{alice, bob, nine, ten, dmitri};
    QTest::newRow("every email") << QStringLiteral(".example") << QStringList{alice, bob, nine, ten, dmitri};
    // One letter or digit is answered from the rows' character bits, anything else by reading.
    QTest::newRow("one letter") << QStringLiteral("Z") << QStringList{ten};
    QTest::newRow("one digit") << QStringLiteral("9") << QStringList{nine};
    QTest::newRow("one digit in no row") << QStringLiteral("7") << QStringList{};
    QTest::newRow("one letter in no row") << QStringLiteral("q") << QStringList{};
    QTest::newRow("one sign") << QStringLiteral("@") << QStringList{alice, bob, nine, ten, dmitri};
    QTest::newRow("one sign in no row") << QStringLiteral("#") << QStringList{};
    QTest::newRow("letters all there, not together") << QStringLiteral("zb") << QStringList{};
    QTest::newRow("pair there, not the word") << QStringLiteral("ennan9") << QStringList{};
    QTest::newRow("across two fields") << QStringLiteral("bakeryten") << QStringList{};
    QTest::newRow("accented letter nobody has") << QString::fromUtf8("é") << QStringList{};
    QTest::newRow("word with a space inside quotes") << QStringLiteral("\"client") << QStringList{};
}

void tst_ClientTableModel::shouldSearchNameCompanyEmailAndTagsIgnoringCase()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    QSignalSpy countsSpy(m_model.get(), &ClientTableModel::countsChanged);

    // WHEN
    m_model->setSearchText(search);

    // THEN
    QCOMPARE(m_model->searchText(), search);
    QCOMPARE(shownNames(), expected);
    QCOMPARE(m_model->rowCount(), int(expected.size()));
    QCOMPARE(m_model->totalCount(), 5);
    QCOMPARE(countsSpy.count(), 1);
    QCOMPARE(countsSpy.last().at(0).toInt(), int(expected.size()));
    QCOMPARE(countsSpy.last().at(1).toInt(), 5);
}

void tst_ClientTableModel::shouldFollowTypingAndDeletingCharacters()
{
    const QStringList all{QStringLiteral("alice Abbott"), QStringLiteral("Bob Brennan"), QStringLiteral("client 9"),
                          QStringLiteral("Client 10"), QStringLiteral("Dmitri Costa")};
    const QStringList withC{QStringLiteral("alice Abbott"), QStringLiteral("client 9"), QStringLiteral("Client 10"),
                            QStringLiteral("Dmitri Costa")};
    const QStringList clients{QStringLiteral("client 9"), QStringLiteral("Client 10")};
    const QStringList ten{QStringLiteral("Client 10")};

    struct Step
    {
        QString text;
        QStringList expected;
    };
    const QVector<Step> steps{
        {QStringLiteral("c"), withC},
        {QStringLiteral("cl"), clients},
        {QStringLiteral("cli"), clients},
        {QStringLiteral("clie"), clients},
        {QStringLiteral("clien"), clients},
        {QStringLiteral("client"), clients},
        {QStringLiteral("client "), clients},
        {QStringLiteral("client 1"), ten},
        {QStringLiteral("client 10"), ten},
        {QStringLiteral("client 1"), ten},
        {QStringLiteral("client "), clients},
        {QStringLiteral("client"), clients},
        {QStringLiteral("clien"), clients},
        {QStringLiteral("cli"), clients},
        {QStringLiteral("cl"), clients},
        {QStringLiteral("c"), withC},
        {QString(), all},
    };

    QSignalSpy countsSpy(m_model.get(), &ClientTableModel::countsChanged);
    for (const Step &step : steps) {
        // WHEN one character is typed or deleted
        m_model->setSearchText(step.text);
        // THEN the list shows exactly the matching clients, still sorted by name
        QVERIFY2(shownNames() == step.expected,
                 qPrintable(QStringLiteral("after \"%1\": %2").arg(step.text, shownNames().join(QLatin1String(" | ")))));
        QCOMPARE(countsSpy.last().at(0).toInt(), int(step.expected.size()));
        QCOMPARE(countsSpy.last().at(1).toInt(), 5);
    }
    QCOMPARE(countsSpy.count(), int(steps.size()));
}

void tst_ClientTableModel::shouldCombineSegmentMaskWithSearch()
{
    QSignalSpy countsSpy(m_model.get(), &ClientTableModel::countsChanged);
    QSignalSpy filterSpy(m_model.get(), &ClientTableModel::filterChanged);

    // WHEN only Loyalists and Mercenaries are shown
    m_model->setSegmentMask(bit(Segment::Loyalist) | bit(Segment::Mercenary));
    // THEN
    QCOMPARE(m_model->segmentMask(), bit(Segment::Loyalist) | bit(Segment::Mercenary));
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("client 9"), QStringLiteral("Client 10"), QStringLiteral("Dmitri Costa")}));
    QCOMPARE(countsSpy.last(), (QVariantList{3, 5}));

    // WHEN a search is typed as well
    m_model->setSearchText(QStringLiteral("client"));
    // THEN both must match
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("client 9"), QStringLiteral("Client 10")}));
    QCOMPARE(countsSpy.last(), (QVariantList{2, 5}));

    // WHEN the mask narrows to Mercenaries
    m_model->setSegmentMask(bit(Segment::Mercenary));
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Client 10")});
    QCOMPARE(countsSpy.last(), (QVariantList{1, 5}));

    // WHEN the mask switches to segments the search does not reach
    m_model->setSegmentMask(bit(Segment::Hostage) | bit(Segment::Defector));
    QCOMPARE(shownNames(), QStringList{});
    QCOMPARE(countsSpy.last(), (QVariantList{0, 5}));

    // WHEN the search is cleared
    m_model->setSearchText(QString());
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("alice Abbott"), QStringLiteral("Bob Brennan")}));
    QCOMPARE(countsSpy.last(), (QVariantList{2, 5}));

    // WHEN no segment is shown
    m_model->setSegmentMask(0);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(countsSpy.last(), (QVariantList{0, 5}));

    // WHEN every segment is shown again
    m_model->setSegmentMask(ClientTableModel::AllSegments);
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("alice Abbott"), QStringLiteral("Bob Brennan"), QStringLiteral("client 9"),
                                        QStringLiteral("Client 10"), QStringLiteral("Dmitri Costa")}));
    QCOMPARE(countsSpy.last(), (QVariantList{5, 5}));
    QCOMPARE(countsSpy.count(), 7);
    QCOMPARE(filterSpy.count(), 7);

    // WHEN the same mask is set again, nothing happens
    m_model->setSegmentMask(ClientTableModel::AllSegments);
    QCOMPARE(countsSpy.count(), 7);
}

void tst_ClientTableModel::shouldInsertAnAddedClientAtItsSortedRow()
{
    QSignalSpy insertedSpy(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy countsSpy(m_model.get(), &ClientTableModel::countsChanged);

    // WHEN a client is added whose name sorts between "Bob" and "client 9"
    QVERIFY(add({makeClient(QStringLiteral("Carl Castillo"), QStringLiteral("Oakridge Hardware"), 6.0, 6.0)}));

    // THEN it is inserted as one row, at row 2
    QCOMPARE(insertedSpy.count(), 1);
    QCOMPARE(insertedSpy.first().at(1).toInt(), 2);
    QCOMPARE(insertedSpy.first().at(2).toInt(), 2);
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("alice Abbott"), QStringLiteral("Bob Brennan"), QStringLiteral("Carl Castillo"),
                                        QStringLiteral("client 9"), QStringLiteral("Client 10"), QStringLiteral("Dmitri Costa")}));
    QCOMPARE(countsSpy.count(), 1);
    QCOMPARE(countsSpy.last(), (QVariantList{6, 6}));
    QCOMPARE(m_model->rowOfClient(idOf(QStringLiteral("Carl Castillo"))), 2);

    // WHEN sorted by satisfaction descending and another client is added
    m_model->sort(ClientTableModel::SatisfactionColumn, Qt::DescendingOrder);
    insertedSpy.clear();
    QVERIFY(add({makeClient(QStringLiteral("Zoe Xu"), QStringLiteral("Westgate Catering"), 9.7, 1.0)}));
    // THEN it lands between 10.0 and 9.5
    QCOMPARE(insertedSpy.count(), 1);
    QCOMPARE(insertedSpy.first().at(1).toInt(), 1);
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Client 10"), QStringLiteral("Zoe Xu"), QStringLiteral("client 9"),
                                        QStringLiteral("Carl Castillo"), QStringLiteral("Dmitri Costa"),
                                        QStringLiteral("alice Abbott"), QStringLiteral("Bob Brennan")}));
}

void tst_ClientTableModel::shouldOnlyCountAnAddedClientThatTheFilterHides()
{
    // GIVEN a search for "client"
    m_model->setSearchText(QStringLiteral("client"));
    QSignalSpy insertedSpy(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy countsSpy(m_model.get(), &ClientTableModel::countsChanged);

    // WHEN a client that does not match is added
    QVERIFY(add({makeClient(QStringLiteral("Carl Castillo"), QStringLiteral("Oakridge Hardware"), 6.0, 6.0)}));
    // THEN no row appears, but the total grows
    QCOMPARE(insertedSpy.count(), 0);
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("client 9"), QStringLiteral("Client 10")}));
    QCOMPARE(countsSpy.last(), (QVariantList{2, 6}));
    QCOMPARE(m_model->rowOfClient(idOf(QStringLiteral("Carl Castillo"))), -1);

    // WHEN a matching one is added
    QVERIFY(add({makeClient(QStringLiteral("client 2"), QStringLiteral("Kingsway Removals"), 6.0, 6.0)}));
    // THEN it appears first ("2" < "9" < "10")
    QCOMPARE(insertedSpy.count(), 1);
    QCOMPARE(insertedSpy.first().at(1).toInt(), 0);
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("client 2"), QStringLiteral("client 9"), QStringLiteral("Client 10")}));
    QCOMPARE(countsSpy.last(), (QVariantList{3, 7}));

    // WHEN the search is cleared, the hidden one is there
    m_model->setSearchText(QString());
    QCOMPARE(m_model->rowOfClient(idOf(QStringLiteral("Carl Castillo"))), 2);
    QCOMPARE(countsSpy.last(), (QVariantList{7, 7}));
}

void tst_ClientTableModel::shouldShowClientsAddedTogetherInSortOrder()
{
    // GIVEN a search for "o"
    m_model->setSearchText(QStringLiteral("o"));
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("alice Abbott"), QStringLiteral("Bob Brennan"), QStringLiteral("client 9"),
                                        QStringLiteral("Dmitri Costa")}));
    QSignalSpy countsSpy(m_model.get(), &ClientTableModel::countsChanged);

    // WHEN three clients are added in one go, two of them matching
    QVERIFY(add({makeClient(QStringLiteral("Zoe Oakridge"), QString(), 1.0, 1.0),
                 makeClient(QStringLiteral("Anna Nakamura"), QStringLiteral("Kingsway Hardware"), 4.0, 4.0),
                 makeClient(QStringLiteral("Carl Moreau"), QString(), 7.0, 7.0)}));

    // THEN the matching ones appear in name order
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("alice Abbott"), QStringLiteral("Bob Brennan"), QStringLiteral("Carl Moreau"),
                                        QStringLiteral("client 9"), QStringLiteral("Dmitri Costa"), QStringLiteral("Zoe Oakridge")}));
    QCOMPARE(countsSpy.last(), (QVariantList{6, 8}));
    QCOMPARE(m_model->matches().size(), 8);
}

void tst_ClientTableModel::shouldRemoveClientsAndKeepTheOthersInOrder_data()
{
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("expected");

    // Store rows: 0 Client 10, 1 client 9, 2 Bob Brennan, 3 alice Abbott, 4 Dmitri Costa.
    QTest::newRow("one") << QStringList{QStringLiteral("Bob Brennan")}
                         << QStringList{QStringLiteral("alice Abbott"), QStringLiteral("client 9"), QStringLiteral("Client 10"),
                                        QStringLiteral("Dmitri Costa")};
    QTest::newRow("non-contiguous") << QStringList{QStringLiteral("Dmitri Costa"), QStringLiteral("Client 10"),
                                                   QStringLiteral("Bob Brennan")}
                                    << QStringList{QStringLiteral("alice Abbott"), QStringLiteral("client 9")};
    QTest::newRow("a run and one more") << QStringList{QStringLiteral("client 9"), QStringLiteral("Bob Brennan"),
                                                       QStringLiteral("Dmitri Costa")}
                                        << QStringList{QStringLiteral("alice Abbott"), QStringLiteral("Client 10")};
    QTest::newRow("neighbours in the list") << QStringList{QStringLiteral("alice Abbott"), QStringLiteral("Bob Brennan")}
                                            << QStringList{QStringLiteral("client 9"), QStringLiteral("Client 10"),
                                                           QStringLiteral("Dmitri Costa")};
    QTest::newRow("all") << QStringList{QStringLiteral("Client 10"), QStringLiteral("client 9"), QStringLiteral("Bob Brennan"),
                                        QStringLiteral("alice Abbott"), QStringLiteral("Dmitri Costa")}
                         << QStringList{};
}

void tst_ClientTableModel::shouldRemoveClientsAndKeepTheOthersInOrder()
{
    QFETCH(QStringList, removed);
    QFETCH(QStringList, expected);

    // GIVEN a persistent index on every client (as a view's selection would hold)
    QHash<QString, QPersistentModelIndex> persistent;
    for (int row = 0; row < m_model->rowCount(); ++row)
        persistent.insert(m_model->index(row, 0).data().toString(), QPersistentModelIndex(m_model->index(row, 0)));
    QSignalSpy countsSpy(m_model.get(), &ClientTableModel::countsChanged);

    // WHEN
    QVector<qint64> ids;
    for (const QString &name : std::as_const(removed))
        ids.append(idOf(name));
    QVERIFY(m_store->removeClients(ids));

    // THEN
    QCOMPARE(shownNames(), expected);
    QCOMPARE(m_model->totalCount(), int(expected.size()));
    QCOMPARE(countsSpy.last(), (QVariantList{int(expected.size()), int(expected.size())}));
    QCOMPARE(m_model->matches().size(), int(expected.size()));
    // AND every survivor's index still points at it, every removed one is gone
    for (auto it = persistent.cbegin(); it != persistent.cend(); ++it) {
        if (removed.contains(it.key())) {
            QVERIFY2(!it.value().isValid(), qPrintable(it.key()));
        } else {
            QVERIFY2(it.value().isValid(), qPrintable(it.key()));
            QCOMPARE(it.value().data().toString(), it.key());
            QCOMPARE(it.value().row(), int(expected.indexOf(it.key())));
        }
    }
    for (const QString &name : std::as_const(expected))
        QCOMPARE(m_model->clientId(rowOf(name)), idOf(name));
}

void tst_ClientTableModel::shouldRemoveClientsThatTheFilterHides()
{
    // GIVEN only the two "client" clients are shown
    m_model->setSearchText(QStringLiteral("client"));
    QSignalSpy removedSpy(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy countsSpy(m_model.get(), &ClientTableModel::countsChanged);

    // WHEN a hidden client is removed
    QVERIFY(m_store->removeClients({idOf(QStringLiteral("Bob Brennan"))}));
    // THEN no row disappears; the total shrinks
    QCOMPARE(removedSpy.count(), 0);
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("client 9"), QStringLiteral("Client 10")}));
    QCOMPARE(countsSpy.last(), (QVariantList{2, 4}));

    // WHEN a shown and a hidden client are removed together
    QVERIFY(m_store->removeClients({idOf(QStringLiteral("Dmitri Costa")), idOf(QStringLiteral("Client 10"))}));
    QCOMPARE(shownNames(), QStringList{QStringLiteral("client 9")});
    QCOMPARE(countsSpy.last(), (QVariantList{1, 2}));
    QCOMPARE(m_model->matches(), chars({1, 0}));

    // WHEN the search is cleared
    m_model->setSearchText(QString());
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("alice Abbott"), QStringLiteral("client 9")}));
}

void tst_ClientTableModel::shouldMoveAnEditedClientToItsNewSortedRow()
{
    // GIVEN sorted by name, with a persistent index on two clients
    const QPersistentModelIndex alice(indexOf(QStringLiteral("alice Abbott"), ClientTableModel::CompanyColumn));
    const QPersistentModelIndex dmitri(indexOf(QStringLiteral("Dmitri Costa")));
    QCOMPARE(alice.row(), 0);
    QCOMPARE(dmitri.row(), 4);
    QSignalSpy movedSpy(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy countsSpy(m_model.get(), &ClientTableModel::countsChanged);

    // WHEN "alice Abbott" is renamed "Zoe Abbott"
    Client client = *m_store->client(idOf(QStringLiteral("alice Abbott")));
    client.name = QStringLiteral("Zoe Abbott");
    QVERIFY(m_store->updateClient(client));

    // THEN her row moves from the top to the bottom
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Bob Brennan"), QStringLiteral("client 9"), QStringLiteral("Client 10"),
                                        QStringLiteral("Dmitri Costa"), QStringLiteral("Zoe Abbott")}));
    QCOMPARE(movedSpy.count(), 1);
    QCOMPARE(alice.row(), 4);
    QCOMPARE(alice.column(), int(ClientTableModel::CompanyColumn));
    QCOMPARE(alice.data().toString(), QStringLiteral("Maple Optician"));
    QCOMPARE(dmitri.row(), 3);
    QCOMPARE(dmitri.data().toString(), QStringLiteral("Dmitri Costa"));
    QCOMPARE(countsSpy.last(), (QVariantList{5, 5}));

    // WHEN "Dmitri Costa" becomes "Aaron Costa"
    client = *m_store->client(idOf(QStringLiteral("Dmitri Costa")));
    client.name = QStringLiteral("Aaron Costa");
    QVERIFY(m_store->updateClient(client));
    // THEN he moves up to the top
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Aaron Costa"), QStringLiteral("Bob Brennan"), QStringLiteral("client 9"),
                                        QStringLiteral("Client 10"), QStringLiteral("Zoe Abbott")}));
    QCOMPARE(dmitri.row(), 0);
    QCOMPARE(alice.row(), 4);

    // WHEN sorted by satisfaction and Bob is moved on the matrix from 2.0 to 9.8
    m_model->sort(ClientTableModel::SatisfactionColumn, Qt::AscendingOrder);
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Bob Brennan"), QStringLiteral("Zoe Abbott"), QStringLiteral("Aaron Costa"),
                                        QStringLiteral("client 9"), QStringLiteral("Client 10")}));
    QVERIFY(m_store->moveClient(idOf(QStringLiteral("Bob Brennan")), 9.8, 8.0));
    // THEN he sits between 9.5 and 10.0, showing his new value
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Zoe Abbott"), QStringLiteral("Aaron Costa"), QStringLiteral("client 9"),
                                        QStringLiteral("Bob Brennan"), QStringLiteral("Client 10")}));
    QCOMPARE(indexOf(QStringLiteral("Bob Brennan"), ClientTableModel::SatisfactionColumn).data().toString(), QStringLiteral("9.8"));
    QCOMPARE(indexOf(QStringLiteral("Bob Brennan"), ClientTableModel::SegmentColumn).data().toString(), QStringLiteral("Loyalist"));

    // WHEN a field that does not affect the order changes
    movedSpy.clear();
    QSignalSpy changedSpy(m_model.get(), &QAbstractItemModel::dataChanged);
    client = *m_store->client(idOf(QStringLiteral("Bob Brennan")));
    client.company = QStringLiteral("Harbour Florist Ltd");
    QVERIFY(m_store->updateClient(client));
    // THEN the row stays and its cells are refreshed
    QCOMPARE(movedSpy.count(), 0);
    QCOMPARE(changedSpy.count(), 1);
    QCOMPARE(changedSpy.first().at(0).value<QModelIndex>().row(), 3);
    QCOMPARE(indexOf(QStringLiteral("Bob Brennan"), ClientTableModel::CompanyColumn).data().toString(),
             QStringLiteral("Harbour Florist Ltd"));
}

void tst_ClientTableModel::shouldHideOrShowAClientWhoseEditChangesTheFilterResult()
{
    // GIVEN a search for "client"
    m_model->setSearchText(QStringLiteral("client"));
    QSignalSpy countsSpy(m_model.get(), &ClientTableModel::countsChanged);
    QSignalSpy filterSpy(m_model.get(), &ClientTableModel::filterChanged);

    // WHEN "client 9" is renamed so that it no longer matches
    Client client = *m_store->client(idOf(QStringLiteral("client 9")));
    client.name = QStringLiteral("Nina Alpha");
    QVERIFY(m_store->updateClient(client));
    // THEN it leaves the list
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Client 10")});
    QCOMPARE(countsSpy.last(), (QVariantList{1, 5}));
    QCOMPARE(filterSpy.count(), 1);
    QCOMPARE(m_model->matches(), chars({1, 0, 0, 0, 0}));

    // WHEN "Bob Brennan" is renamed "client 5"
    client = *m_store->client(idOf(QStringLiteral("Bob Brennan")));
    client.name = QStringLiteral("client 5");
    QVERIFY(m_store->updateClient(client));
    // THEN it joins the list in its sorted place
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("client 5"), QStringLiteral("Client 10")}));
    QCOMPARE(countsSpy.last(), (QVariantList{2, 5}));
    QCOMPARE(filterSpy.count(), 2);
    QCOMPARE(m_model->matches(), chars({1, 0, 1, 0, 0}));

    // WHEN a client moves out of the shown segments
    m_model->setSearchText(QString());
    m_model->setSegmentMask(bit(Segment::Hostage));
    QCOMPARE(shownNames(), QStringList{QStringLiteral("client 5")});
    QVERIFY(m_store->moveClient(idOf(QStringLiteral("Bob Brennan")), 6.0, 8.0));
    QCOMPARE(shownNames(), QStringList{});
    QCOMPARE(countsSpy.last(), (QVariantList{0, 5}));
}

void tst_ClientTableModel::shouldRefilterAndResortWhenRulesChange()
{
    // GIVEN sorted by segment, showing Defectors only
    m_model->sort(ClientTableModel::SegmentColumn, Qt::AscendingOrder);
    m_model->setSegmentMask(bit(Segment::Defector));
    QCOMPARE(shownNames(), QStringList{QStringLiteral("alice Abbott")});
    QSignalSpy countsSpy(m_model.get(), &ClientTableModel::countsChanged);

    // WHEN the satisfaction boundary moves from 5.0 to 3.0 (alice, at 3.5, becomes a Mercenary)
    QVERIFY(m_store->setRules(SegmentationRules(3.0, 5.0, 9.0, 1.0)));

    // THEN she leaves the Defector list
    QCOMPARE(shownNames(), QStringList{});
    QCOMPARE(countsSpy.last(), (QVariantList{0, 5}));

    // AND with every segment shown, the segment order uses the new rules
    m_model->setSegmentMask(ClientTableModel::AllSegments);
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Dmitri Costa"), QStringLiteral("client 9"), QStringLiteral("alice Abbott"),
                                        QStringLiteral("Client 10"), QStringLiteral("Bob Brennan")}));
    QCOMPARE(indexOf(QStringLiteral("alice Abbott"), ClientTableModel::SegmentColumn).data().toString(), QStringLiteral("Mercenary"));

    // WHEN the rules change while everything is shown
    QSignalSpy changedSpy(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_store->setRules(SegmentationRules(5.0, 5.0, 9.0, 1.0)));
    // THEN the segment texts are refreshed and the order follows
    QVERIFY(changedSpy.count() >= 1);
    QCOMPARE(indexOf(QStringLiteral("alice Abbott"), ClientTableModel::SegmentColumn).data().toString(), QStringLiteral("Defector"));
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Dmitri Costa"), QStringLiteral("client 9"), QStringLiteral("Client 10"),
                                        QStringLiteral("Bob Brennan"), QStringLiteral("alice Abbott")}));
}

void tst_ClientTableModel::shouldResortOnceWhenOneWriteChangesTheContactsOfSeveralClients()
{
    // GIVEN the list sorted by last contact
    m_model->sort(ClientTableModel::LastContactColumn, Qt::AscendingOrder);
    const QString nine = QStringLiteral("client 9");
    const QString alice = QStringLiteral("alice Abbott");
    QCOMPARE(shownNames(), (QStringList{nine, QStringLiteral("Dmitri Costa"), alice, QStringLiteral("Bob Brennan"),
                                        QStringLiteral("Client 10")}));
    QSignalSpy layouts(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy moves(m_model.get(), &QAbstractItemModel::rowsMoved);

    // WHEN one write (as a batch of emails read from the mailbox) brings news of client 9 and alice
    Interaction fromNine;
    fromNine.clientId = idOf(nine);
    fromNine.happenedAt = utc(2024, 5, 30);
    fromNine.kind = InteractionKind::Email;
    fromNine.direction = Direction::Inbound;
    Interaction fromAlice = fromNine;
    fromAlice.clientId = idOf(alice);
    fromAlice.happenedAt = utc(2024, 5, 25);
    QVERIFY2(m_store->addInteractions({fromNine, fromAlice}), qPrintable(m_store->errorString()));

    // THEN the list is sorted again once, with both in their new places
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(moves.count(), 0);
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Dmitri Costa"), QStringLiteral("Bob Brennan"), QStringLiteral("Client 10"),
                                        alice, nine}));
}

void tst_ClientTableModel::shouldPushOneUndoableCommandWhenNameIsEdited()
{
    const qint64 bob = idOf(QStringLiteral("Bob Brennan"));
    QCOMPARE(rowOf(QStringLiteral("Bob Brennan")), 1);
    QSignalSpy storeSpy(m_store.get(), &ClientStore::clientChanged);

    // WHEN the name cell is edited
    QVERIFY(m_model->setData(m_model->index(1, ClientTableModel::NameColumn), QStringLiteral("Robert Brennan")));

    // THEN one command is on the stack, named for the client
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Edit Bob Brennan"));
    // AND the store holds the new name (one write), and the row moved to its sorted place
    QCOMPARE(storeSpy.count(), 1);
    QCOMPARE(m_store->client(bob)->name, QStringLiteral("Robert Brennan"));
    QCOMPARE(m_store->client(bob)->company, QStringLiteral("Harbour Florist"));
    QCOMPARE(m_model->rowOfClient(bob), 4);
    QCOMPARE(m_model->index(4, ClientTableModel::NameColumn).data().toString(), QStringLiteral("Robert Brennan"));

    // AND the file holds it
    {
        ClientStore reopened;
        QVERIFY(reopened.open(m_store->path()));
        QCOMPARE(reopened.client(bob)->name, QStringLiteral("Robert Brennan"));
    }

    // WHEN undone
    m_undoStack->undo();
    // THEN the old name is back in the store and the list
    QCOMPARE(m_store->client(bob)->name, QStringLiteral("Bob Brennan"));
    QCOMPARE(m_model->rowOfClient(bob), 1);
    QCOMPARE(m_undoStack->index(), 0);
    QCOMPARE(m_undoStack->redoText(), QStringLiteral("Edit Bob Brennan"));

    // WHEN redone
    m_undoStack->redo();
    QCOMPARE(m_store->client(bob)->name, QStringLiteral("Robert Brennan"));
    QCOMPARE(m_undoStack->count(), 1);
}

void tst_ClientTableModel::shouldPushOneUndoableCommandWhenSatisfactionIsEdited()
{
    const qint64 ten = idOf(QStringLiteral("Client 10"));
    m_model->sort(ClientTableModel::SatisfactionColumn, Qt::AscendingOrder);
    QCOMPARE(rowOf(QStringLiteral("Client 10")), 4);
    QSignalSpy storeSpy(m_store.get(), &ClientStore::clientChanged);

    // WHEN its satisfaction is edited down to 3.0
    QVERIFY(m_model->setData(indexOf(QStringLiteral("Client 10"), ClientTableModel::SatisfactionColumn), 3.0));

    // THEN
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Edit Client 10"));
    QCOMPARE(storeSpy.count(), 1);
    QCOMPARE(m_store->client(ten)->satisfaction, 3.0);
    QCOMPARE(m_store->client(ten)->repurchase, 2.0);
    QCOMPARE(m_store->segmentAt(m_store->rowOf(ten)), Segment::Defector);
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Bob Brennan"), QStringLiteral("Client 10"), QStringLiteral("alice Abbott"),
                                        QStringLiteral("Dmitri Costa"), QStringLiteral("client 9")}));
    QCOMPARE(indexOf(QStringLiteral("Client 10"), ClientTableModel::SatisfactionColumn).data().toString(), QStringLiteral("3.0"));
    QCOMPARE(indexOf(QStringLiteral("Client 10"), ClientTableModel::SegmentColumn).data().toString(), QStringLiteral("Defector"));

    // WHEN undone
    m_undoStack->undo();
    // THEN
    QCOMPARE(m_store->client(ten)->satisfaction, 10.0);
    QCOMPARE(rowOf(QStringLiteral("Client 10")), 4);
    QCOMPARE(indexOf(QStringLiteral("Client 10"), ClientTableModel::SatisfactionColumn).data().toString(), QStringLiteral("10.0"));
}

void tst_ClientTableModel::shouldNotPushACommandForAnUnchangedOrRefusedValue()
{
    const qint64 bob = idOf(QStringLiteral("Bob Brennan"));
    const QModelIndex satisfaction = indexOf(QStringLiteral("Bob Brennan"), ClientTableModel::SatisfactionColumn);
    QSignalSpy storeSpy(m_store.get(), &ClientStore::clientChanged);
    QSignalSpy failedSpy(m_store.get(), &ClientStore::writeFailed);

    // WHEN the same value is entered
    QVERIFY(m_model->setData(satisfaction, 2.0));
    QCOMPARE(m_undoStack->count(), 0);
    QCOMPARE(storeSpy.count(), 0);

    // WHEN a value out of range is entered
    QVERIFY(!m_model->setData(satisfaction, 11.0));
    // THEN the store refuses, the command is dropped and nothing changed
    QCOMPARE(m_undoStack->count(), 0);
    QCOMPARE(storeSpy.count(), 0);
    QCOMPARE(failedSpy.count(), 1);
    QCOMPARE(failedSpy.first().at(0).toString(), QStringLiteral("Satisfaction must be between 0 and 10."));
    QCOMPARE(m_store->client(bob)->satisfaction, 2.0);
    QCOMPARE(satisfaction.data().toString(), QStringLiteral("2.0"));

    // WHEN text that is not a number is entered
    QVERIFY(!m_model->setData(satisfaction, QStringLiteral("very")));
    QCOMPARE(m_undoStack->count(), 0);

    // WHEN a read-only column is edited
    QVERIFY(!m_model->setData(indexOf(QStringLiteral("Bob Brennan"), ClientTableModel::SegmentColumn), QStringLiteral("Loyalist")));
    QVERIFY(!(m_model->flags(indexOf(QStringLiteral("Bob Brennan"), ClientTableModel::SegmentColumn)) & Qt::ItemIsEditable));
    QVERIFY(m_model->flags(satisfaction) & Qt::ItemIsEditable);
    QCOMPARE(m_undoStack->count(), 0);
    QCOMPARE(storeSpy.count(), 0);
}

void tst_ClientTableModel::shouldKeepSelectionOnItsClientThroughFilterAndSort()
{
    // GIVEN "Client 10" selected and current, sorted by name (row 3)
    QItemSelectionModel selection(m_model.get());
    selection.setCurrentIndex(indexOf(QStringLiteral("Client 10")), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QPersistentModelIndex ten(indexOf(QStringLiteral("Client 10"), ClientTableModel::SatisfactionColumn));
    const QPersistentModelIndex alice(indexOf(QStringLiteral("alice Abbott")));
    QCOMPARE(ten.row(), 3);

    const auto selectedNames = [&] {
        QStringList names;
        const QModelIndexList rows = selection.selectedRows(ClientTableModel::NameColumn);
        for (const QModelIndex &index : rows)
            names.append(index.data().toString());
        return names;
    };

    // WHEN the segment filter hides the rows above it
    m_model->setSegmentMask(bit(Segment::Loyalist) | bit(Segment::Mercenary));
    // THEN the selection and the persistent index follow the client
    QCOMPARE(ten.row(), 1);
    QCOMPARE(ten.data().toString(), QStringLiteral("10.0"));
    QCOMPARE(selection.currentIndex().row(), 1);
    QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("Client 10"));
    QCOMPARE(selectedNames(), QStringList{QStringLiteral("Client 10")});
    QVERIFY(!alice.isValid());

    // WHEN re-sorted by satisfaction, highest first
    m_model->sort(ClientTableModel::SatisfactionColumn, Qt::DescendingOrder);
    // THEN it still follows
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Client 10"), QStringLiteral("client 9"), QStringLiteral("Dmitri Costa")}));
    QCOMPARE(ten.row(), 0);
    QCOMPARE(selection.currentIndex().row(), 0);
    QCOMPARE(selectedNames(), QStringList{QStringLiteral("Client 10")});

    // WHEN sorted by name again and a search is typed that keeps it
    m_model->sort(ClientTableModel::NameColumn, Qt::AscendingOrder);
    m_model->setSearchText(QStringLiteral("a"));
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("client 9"), QStringLiteral("Client 10"), QStringLiteral("Dmitri Costa")}));
    QCOMPARE(ten.row(), 1);
    QCOMPARE(selectedNames(), QStringList{QStringLiteral("Client 10")});

    // WHEN a search hides it
    m_model->setSearchText(QStringLiteral("alpha"));
    // THEN the selection is empty rather than on another client
    QCOMPARE(shownNames(), QStringList{QStringLiteral("client 9")});
    QVERIFY(!ten.isValid());
    QCOMPARE(selectedNames(), QStringList{});
}

void tst_ClientTableModel::shouldReportOneMatchPerStoreRow()
{
    QSignalSpy filterSpy(m_model.get(), &ClientTableModel::filterChanged);
    // GIVEN no filter: every store row matches
    QCOMPARE(m_model->matches(), chars({1, 1, 1, 1, 1}));

    // WHEN searching for "retail" (store rows 0 and 3)
    m_model->setSearchText(QStringLiteral("retail"));
    QCOMPARE(m_model->matches(), chars({1, 0, 0, 1, 0}));
    QCOMPARE(filterSpy.count(), 1);

    // WHEN showing Hostages only, without a search (store row 2)
    m_model->setSearchText(QString());
    m_model->setSegmentMask(bit(Segment::Hostage));
    QCOMPARE(m_model->matches(), chars({0, 0, 1, 0, 0}));

    // WHEN a Hostage and a Loyalist are added
    QVERIFY(add({makeClient(QStringLiteral("Hana Ueda"), QString(), 1.0, 9.0)}));
    QVERIFY(add({makeClient(QStringLiteral("Lena Rossi"), QString(), 9.0, 9.0)}));
    QCOMPARE(m_model->matches(), chars({0, 0, 1, 0, 0, 1, 0}));

    // WHEN store rows 1 and 2 are removed
    QVERIFY(m_store->removeClients({idOf(QStringLiteral("client 9")), idOf(QStringLiteral("Bob Brennan"))}));
    QCOMPARE(m_model->matches(), chars({0, 0, 0, 1, 0}));
    QCOMPARE(m_model->matches().size(), m_store->count());
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Hana Ueda")});
}

// The names' order is kept one change at a time (a rename, an added client, a delete): after
// each, the list reads as a model made from nothing on the same clients reads it.
void tst_ClientTableModel::shouldKeepTheNameOrderOfAFreshSortThroughRenamesAddsAndDeletes()
{
    const auto names = [this](const ClientTableModel &model) {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(QString::number(model.clientId(row)) + QLatin1Char(' ') + model.index(row, ClientTableModel::NameColumn).data().toString());
        return list;
    };
    const auto sameAsAFreshSort = [&] {
        ClientTableModel fresh(m_store.get(), m_tracker.get(), m_undoStack.get());
        fresh.sort(ClientTableModel::NameColumn, Qt::AscendingOrder);
        return names(*m_model) == names(fresh);
    };
    QVector<qint64> ids;
    for (const Client &client : m_store->clients())
        ids.append(client.id);
    // GIVEN the list sorted by name (the ranks of every name computed)
    m_model->sort(ClientTableModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(sameAsAFreshSort());
    const auto rename = [this](qint64 id, const QString &name) {
        Client client = *m_store->client(id);
        client.name = name;
        return m_store->updateClient(client);
    };
    // WHEN names change to the very front, the very end, a tie with another name (the id
    // decides), back, and to what sorts between two numbers
    QVERIFY(rename(ids.at(2), QStringLiteral("aaa first")));
    QVERIFY(sameAsAFreshSort());
    QVERIFY(rename(ids.at(2), QStringLiteral("zzz last")));
    QVERIFY(sameAsAFreshSort());
    QVERIFY(rename(ids.at(4), QStringLiteral("Client 10")));
    QVERIFY(sameAsAFreshSort());
    QVERIFY(rename(ids.at(0), QStringLiteral("client 9b")));
    QVERIFY(sameAsAFreshSort());
    // AND a client is added between the others, one is deleted, and one renamed afterwards
    QVERIFY(m_store->addClient(makeClient(QStringLiteral("Client 9a"), QString(), 5, 5, QString(), {}, utc(2024, 1, 1))) != 0);
    QVERIFY(sameAsAFreshSort());
    QVERIFY(m_store->removeClients({ids.at(1)}));
    QVERIFY(sameAsAFreshSort());
    QVERIFY(rename(ids.at(3), QStringLiteral("Client 9")));
    // THEN the order is a fresh sort's each time
    QVERIFY(sameAsAFreshSort());
    QCOMPARE(m_model->rowCount(), 5);
}

QTEST_MAIN(tst_ClientTableModel)
#include "tst_clienttablemodel.moc"
