#include "clientcommands.h"
#include "clientstore.h"
#include "clienttablemodel.h"
#include "contacttracker.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace Rapport;

namespace {

Client makeClient(const QString &name, const QString &company, double satisfaction, double repurchase)
{
    Client client;
    client.name = name;
    client.company = company;
    client.satisfaction = satisfaction;
    client.repurchase = repurchase;
    client.createdAt = QDateTime(QDate(2024, 1, 2), QTime(9, 0), Qt::UTC);
    client.updatedAt = client.createdAt;
    return client;
}

QDateTime utc(int year, int month, int day, int hour = 9)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

Interaction call(qint64 clientId, const QDateTime &when, Outcome outcome)
{
    Interaction interaction;
    interaction.clientId = clientId;
    interaction.happenedAt = when;
    interaction.kind = InteractionKind::Call;
    interaction.direction = Direction::Outbound;
    interaction.outcome = outcome;
    return interaction;
}

unsigned bit(Segment segment)
{
    return 1u << unsigned(segment);
}

const QString Ada = QStringLiteral("Ada Fresh");
const QString Bruno = QStringLiteral("Bruno Due");
const QString Carla = QStringLiteral("Carla Overdue");
const QString Dario = QStringLiteral("Dario Unanswered");
const QString Elena = QStringLiteral("Elena Alert");
const QString Femi = QStringLiteral("Femi Hostage");
const QString Gus = QStringLiteral("Gus Defector");
const QString Ivo = QStringLiteral("Ivo Silent");

} // namespace

class tst_AttentionFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldShowOnlyClientsInLapseDueOrWithAnAlert();
    void shouldDropAnOverdueClientOnceAnAnsweredCallIsLoggedAndBringItBackOnUndo();
    void shouldFollowAlertsAsTheyAppearAndAreAcknowledged();
    void shouldCombineWithSearchTextAndSegmentMask();
    void shouldShowTheContactColumnsOfTheClientsThatNeedAttention();
    void shouldSortTheFilteredListByContactColumns_data();
    void shouldSortTheFilteredListByContactColumns();

private:
    QStringList shownNames() const;
    QVariantList shownValues(int column, int role) const;
    qint64 idOf(const QString &name) const { return m_ids.value(name); }
    int rowOf(const QString &name) const { return m_model->rowOfClient(idOf(name)); }
    QVariant cell(const QString &name, int column, int role = Qt::DisplayRole) const
    {
        return m_model->index(rowOf(name), column).data(role);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
    std::unique_ptr<ContactTracker> m_tracker;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<ClientTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QHash<QString, qint64> m_ids;
};

QStringList tst_AttentionFilter::shownNames() const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row)
        names.append(m_model->index(row, ClientTableModel::NameColumn).data().toString());
    return names;
}

QVariantList tst_AttentionFilter::shownValues(int column, int role) const
{
    QVariantList values;
    for (int row = 0; row < m_model->rowCount(); ++row)
        values.append(m_model->index(row, column).data(role));
    return values;
}

void tst_AttentionFilter::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_AttentionFilter::init()
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
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_ids.clear();

    // Default intervals: Loyalist 30/90, Mercenary 30/60, Hostage 14/30, Defector 7/14; three unanswered attempts.
    const QVector<Client> clients{
        makeClient(Ada, QStringLiteral("Harbour Ropes"), 8.0, 3.0),          // Mercenary, in touch 7 days ago
        makeClient(Bruno, QStringLiteral("Harbour Bakery"), 7.0, 7.0),       // Loyalist, 42 days: due
        makeClient(Carla, QStringLiteral("Harbour Florist"), 8.0, 2.0),      // Mercenary, 92 days: overdue by 32
        makeClient(Dario, QStringLiteral("Maple Optician"), 6.0, 6.0),       // Loyalist, three unanswered attempts
        makeClient(Elena, QStringLiteral("Zenith Print"), 8.0, 8.0),         // Loyalist, moves to Mercenary: alert
        makeClient(Femi, QStringLiteral("Quay Tailors"), 2.0, 8.0),          // Hostage, in touch 2 days ago
        makeClient(Gus, QStringLiteral("Gus Garage"), 2.0, 2.0),             // Defector, in touch 3 days ago
        makeClient(Ivo, QStringLiteral("Kowalski Nets"), 2.0, 2.0),          // Defector, overdue by 8, twelve unanswered
    };
    QVector<qint64> ids;
    QVERIFY2(m_store->addClients(clients, &ids), qPrintable(m_store->errorString()));
    for (int i = 0; i < clients.size(); ++i)
        m_ids.insert(clients.at(i).name, ids.at(i));

    QVector<Interaction> interactions{
        call(idOf(Ada), utc(2024, 5, 25), Outcome::Answered),
        call(idOf(Bruno), utc(2024, 4, 20), Outcome::Answered),
        call(idOf(Carla), utc(2024, 3, 1), Outcome::Answered),
        call(idOf(Dario), utc(2024, 5, 20), Outcome::Answered),
        call(idOf(Dario), utc(2024, 5, 25), Outcome::NoAnswer),
        call(idOf(Dario), utc(2024, 5, 26), Outcome::NoAnswer),
        call(idOf(Dario), utc(2024, 5, 27), Outcome::NoAnswer),
        call(idOf(Elena), utc(2024, 5, 28), Outcome::Answered),
        call(idOf(Femi), utc(2024, 5, 30), Outcome::Answered),
        call(idOf(Gus), utc(2024, 5, 29), Outcome::Answered),
        call(idOf(Ivo), utc(2024, 5, 10), Outcome::Answered),
    };
    for (int day = 11; day <= 22; ++day)
        interactions.append(call(idOf(Ivo), utc(2024, 5, day), Outcome::NoAnswer));
    QVERIFY2(m_store->addInteractions(interactions), qPrintable(m_store->errorString()));
    QVERIFY(m_store->moveClient(idOf(Elena), 8.0, 2.0));
    QVERIFY(m_store->history(idOf(Elena)).constLast().isAlert());
}

void tst_AttentionFilter::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_undoStack.reset();
    m_tracker.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_AttentionFilter::shouldShowOnlyClientsInLapseDueOrWithAnAlert()
{
    // GIVEN the eight clients of init(), all shown
    QCOMPARE(m_model->rowCount(), 8);
    QSignalSpy countsSpy(m_model.get(), &ClientTableModel::countsChanged);

    // WHEN only those that need attention are asked for
    m_model->setAttentionOnly(true);

    // THEN the due, the overdue, the unanswered, the alerted and the silent are shown, by name
    QVERIFY(m_model->isAttentionOnly());
    QCOMPARE(shownNames(), (QStringList{Bruno, Carla, Dario, Elena, Ivo}));
    QCOMPARE(countsSpy.count(), 1);
    QCOMPARE(countsSpy.constLast().at(0).toInt(), 5);
    QCOMPARE(countsSpy.constLast().at(1).toInt(), 8);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->index(row, 0).data(ClientTableModel::NeedsAttentionRole).toBool());
    // Due and an alert need attention without being a lapse.
    QCOMPARE(cell(Bruno, 0, ClientTableModel::InLapseRole).toBool(), false);
    QCOMPARE(cell(Carla, 0, ClientTableModel::InLapseRole).toBool(), true);
    QCOMPARE(cell(Dario, 0, ClientTableModel::InLapseRole).toBool(), true);
    QCOMPARE(cell(Elena, 0, ClientTableModel::InLapseRole).toBool(), false);
    QCOMPARE(cell(Ivo, 0, ClientTableModel::InLapseRole).toBool(), true);
    // The per-store-row matches the chart reads agree.
    int matching = 0;
    for (char match : m_model->matches())
        matching += match ? 1 : 0;
    QCOMPARE(matching, 5);
    QCOMPARE(m_model->matches().at(m_store->rowOf(idOf(Ada))), char(0));
    QCOMPARE(m_model->matches().at(m_store->rowOf(idOf(Carla))), char(1));

    // WHEN everyone is asked for again
    m_model->setAttentionOnly(false);
    // THEN all eight are back
    QCOMPARE(shownNames(), (QStringList{Ada, Bruno, Carla, Dario, Elena, Femi, Gus, Ivo}));
    QCOMPARE(countsSpy.count(), 2);
    QCOMPARE(countsSpy.constLast().at(0).toInt(), 8);
    QCOMPARE(countsSpy.constLast().at(1).toInt(), 8);
}

void tst_AttentionFilter::shouldDropAnOverdueClientOnceAnAnsweredCallIsLoggedAndBringItBackOnUndo()
{
    // GIVEN the clients that need attention, Carla overdue among them
    m_model->setAttentionOnly(true);
    QCOMPARE(rowOf(Carla), 1);
    QSignalSpy removedSpy(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy insertedSpy(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy resetSpy(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy countsSpy(m_model.get(), &ClientTableModel::countsChanged);

    // WHEN an answered call with Carla is logged today
    m_undoStack->push(new AddInteractionCommand(m_store.get(), call(idOf(Carla), utc(2024, 6, 1, 10), Outcome::Answered)));
    QCOMPARE(m_undoStack->count(), 1);

    // THEN her row is removed from the list, and only hers
    QCOMPARE(removedSpy.count(), 1);
    QCOMPARE(removedSpy.at(0).at(1).toInt(), 1);
    QCOMPARE(removedSpy.at(0).at(2).toInt(), 1);
    QCOMPARE(insertedSpy.count(), 0);
    QCOMPARE(resetSpy.count(), 0);
    QCOMPARE(shownNames(), (QStringList{Bruno, Dario, Elena, Ivo}));
    QCOMPARE(rowOf(Carla), -1);
    QVERIFY(countsSpy.count() >= 1);
    QCOMPARE(countsSpy.constLast().at(0).toInt(), 4);
    QCOMPARE(countsSpy.constLast().at(1).toInt(), 8);

    // WHEN the log is undone
    m_undoStack->undo();

    // THEN she is back in her row
    QCOMPARE(insertedSpy.count(), 1);
    QCOMPARE(insertedSpy.at(0).at(1).toInt(), 1);
    QCOMPARE(insertedSpy.at(0).at(2).toInt(), 1);
    QCOMPARE(removedSpy.count(), 1);
    QCOMPARE(resetSpy.count(), 0);
    QCOMPARE(shownNames(), (QStringList{Bruno, Carla, Dario, Elena, Ivo}));
    QCOMPARE(cell(Carla, ClientTableModel::DaysOverdueColumn).toInt(), 32);
    QCOMPARE(countsSpy.constLast().at(0).toInt(), 5);
    QCOMPARE(countsSpy.constLast().at(1).toInt(), 8);
}

void tst_AttentionFilter::shouldFollowAlertsAsTheyAppearAndAreAcknowledged()
{
    // GIVEN the clients that need attention
    m_model->setAttentionOnly(true);
    QSignalSpy removedSpy(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy insertedSpy(m_model.get(), &QAbstractItemModel::rowsInserted);

    // WHEN Elena's move for the worse is acknowledged
    const qint64 change = m_store->history(idOf(Elena)).constLast().id;
    m_undoStack->push(new AcknowledgeChangeCommand(m_store.get(), change, Elena));
    // THEN she no longer needs attention
    QCOMPARE(removedSpy.count(), 1);
    QCOMPARE(shownNames(), (QStringList{Bruno, Carla, Dario, Ivo}));

    // WHEN Femi, a Hostage in touch two days ago, falls into the Defector quadrant
    QVERIFY(m_store->moveClient(idOf(Femi), 2.0, 2.0));
    // THEN she appears, in name order
    QCOMPARE(insertedSpy.count(), 1);
    QCOMPARE(insertedSpy.at(0).at(1).toInt(), 3);
    QCOMPARE(shownNames(), (QStringList{Bruno, Carla, Dario, Femi, Ivo}));

    // WHEN the acknowledgement is undone
    m_undoStack->undo();
    // THEN Elena is back
    QCOMPARE(shownNames(), (QStringList{Bruno, Carla, Dario, Elena, Femi, Ivo}));
}

void tst_AttentionFilter::shouldCombineWithSearchTextAndSegmentMask()
{
    QSignalSpy countsSpy(m_model.get(), &ClientTableModel::countsChanged);
    const auto lastCounts = [&countsSpy] {
        return countsSpy.isEmpty() ? QString()
                                   : countsSpy.constLast().at(0).toString() + QLatin1Char('/') + countsSpy.constLast().at(1).toString();
    };

    // WHEN attention and a search for "harbour" are combined
    m_model->setAttentionOnly(true);
    m_model->setSearchText(QStringLiteral("harbour"));
    // THEN only the Harbour clients that need attention are shown
    QCOMPARE(shownNames(), (QStringList{Bruno, Carla}));
    QCOMPARE(lastCounts(), QStringLiteral("2/8"));

    // WHEN only Mercenaries are shown as well
    m_model->setSegmentMask(bit(Segment::Mercenary));
    // THEN only Carla is left
    QCOMPARE(shownNames(), QStringList{Carla});
    QCOMPARE(lastCounts(), QStringLiteral("1/8"));

    // WHEN attention is switched off
    m_model->setAttentionOnly(false);
    // THEN every Mercenary of Harbour is shown, Ada included
    QCOMPARE(shownNames(), (QStringList{Ada, Carla}));
    QCOMPARE(lastCounts(), QStringLiteral("2/8"));

    // WHEN the search is cleared
    m_model->setSearchText(QString());
    // THEN every Mercenary is shown, Elena (moved there) included
    QCOMPARE(shownNames(), (QStringList{Ada, Carla, Elena}));
    QCOMPARE(lastCounts(), QStringLiteral("3/8"));

    // WHEN attention is switched on again
    m_model->setAttentionOnly(true);
    // THEN the Mercenaries that need attention are shown
    QCOMPARE(shownNames(), (QStringList{Carla, Elena}));
    QCOMPARE(lastCounts(), QStringLiteral("2/8"));

    // WHEN Defectors are added to the mask
    m_model->setSegmentMask(bit(Segment::Mercenary) | bit(Segment::Defector));
    // THEN Ivo joins, but not Gus, who is fine
    QCOMPARE(shownNames(), (QStringList{Carla, Elena, Ivo}));
    QCOMPARE(lastCounts(), QStringLiteral("3/8"));

    // WHEN a search no attention client matches is typed
    m_model->setSearchText(QStringLiteral("garage"));
    // THEN nothing is shown
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(lastCounts(), QStringLiteral("0/8"));
}

void tst_AttentionFilter::shouldShowTheContactColumnsOfTheClientsThatNeedAttention()
{
    // GIVEN the clients that need attention
    m_model->setAttentionOnly(true);

    // THEN the last contact is the date of the last answered call, the owner's short date
    QCOMPARE(shownValues(ClientTableModel::LastContactColumn, Qt::DisplayRole),
             (QVariantList{QStringLiteral("4/20/24"), QStringLiteral("3/1/24"), QStringLiteral("5/20/24"),
                           QStringLiteral("5/28/24"), QStringLiteral("5/10/24")}));
    QCOMPARE(shownValues(ClientTableModel::LastContactColumn, ClientTableModel::RawValueRole),
             (QVariantList{utc(2024, 4, 20), utc(2024, 3, 1), utc(2024, 5, 20), utc(2024, 5, 28), utc(2024, 5, 10)}));

    // AND the days overdue only where overdue, blank elsewhere
    QCOMPARE(cell(Carla, ClientTableModel::DaysOverdueColumn), QVariant(32));
    QCOMPARE(cell(Ivo, ClientTableModel::DaysOverdueColumn), QVariant(8));
    QVERIFY(!cell(Bruno, ClientTableModel::DaysOverdueColumn).isValid());
    QVERIFY(!cell(Dario, ClientTableModel::DaysOverdueColumn).isValid());
    QVERIFY(!cell(Elena, ClientTableModel::DaysOverdueColumn).isValid());
    QCOMPARE(shownValues(ClientTableModel::DaysOverdueColumn, ClientTableModel::RawValueRole),
             (QVariantList{0, 32, 0, 0, 8}));

    // AND the unanswered attempts only where there are some
    QCOMPARE(cell(Dario, ClientTableModel::StreakColumn), QVariant(3));
    QCOMPARE(cell(Ivo, ClientTableModel::StreakColumn), QVariant(12));
    QVERIFY(!cell(Bruno, ClientTableModel::StreakColumn).isValid());
    QVERIFY(!cell(Carla, ClientTableModel::StreakColumn).isValid());
    QVERIFY(!cell(Elena, ClientTableModel::StreakColumn).isValid());
    QCOMPARE(shownValues(ClientTableModel::StreakColumn, ClientTableModel::RawValueRole), (QVariantList{0, 0, 3, 0, 12}));

    // AND the tooltip explains why
    QCOMPARE(cell(Bruno, ClientTableModel::NameColumn, Qt::ToolTipRole).toString(), QStringLiteral("Due for contact"));
    QCOMPARE(cell(Elena, ClientTableModel::NameColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("Moved for the worse; see the details"));
}

void tst_AttentionFilter::shouldSortTheFilteredListByContactColumns_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending");
    QTest::addColumn<QStringList>("descending");

    // 3/1, 4/20, 5/10, 5/20, 5/28.
    QTest::newRow("last contact") << int(ClientTableModel::LastContactColumn) << QStringList{Carla, Bruno, Ivo, Dario, Elena}
                                  << QStringList{Elena, Dario, Ivo, Bruno, Carla};
    // 0, 0, 0, 8 and 32 days: 8 before 32, as numbers; ties by name in both directions.
    QTest::newRow("days overdue") << int(ClientTableModel::DaysOverdueColumn) << QStringList{Bruno, Dario, Elena, Ivo, Carla}
                                  << QStringList{Carla, Ivo, Bruno, Dario, Elena};
    // 0, 0, 0, 3 and 12 attempts: 3 before 12, as numbers.
    QTest::newRow("unanswered") << int(ClientTableModel::StreakColumn) << QStringList{Bruno, Carla, Elena, Dario, Ivo}
                                << QStringList{Ivo, Dario, Bruno, Carla, Elena};
}

void tst_AttentionFilter::shouldSortTheFilteredListByContactColumns()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    QFETCH(QStringList, descending);

    // GIVEN the clients that need attention
    m_model->setAttentionOnly(true);
    QSignalSpy layoutSpy(m_model.get(), &QAbstractItemModel::layoutChanged);

    // WHEN sorted ascending
    m_model->sort(column, Qt::AscendingOrder);
    // THEN by the raw value, never decreasing
    QCOMPARE(shownNames(), ascending);
    QCOMPARE(layoutSpy.count(), 1);
    const QVariantList up = shownValues(column, ClientTableModel::RawValueRole);
    for (int row = 1; row < up.size(); ++row)
        QVERIFY2(QVariant::compare(up.at(row - 1), up.at(row)) != QPartialOrdering::Greater, qPrintable(QString::number(row)));

    // WHEN sorted descending
    m_model->sort(column, Qt::DescendingOrder);
    // THEN the other way, and still only those that need attention
    QCOMPARE(shownNames(), descending);
    const QVariantList down = shownValues(column, ClientTableModel::RawValueRole);
    for (int row = 1; row < down.size(); ++row)
        QVERIFY2(QVariant::compare(down.at(row - 1), down.at(row)) != QPartialOrdering::Less, qPrintable(QString::number(row)));
    QCOMPARE(m_model->rowCount(), 5);

    // WHEN Bruno, due, is logged as answered today while sorted this way
    m_undoStack->push(new AddInteractionCommand(m_store.get(), call(idOf(Bruno), utc(2024, 6, 1, 10), Outcome::Answered)));
    // THEN he leaves the list and the others keep their order
    QStringList remaining = descending;
    remaining.removeOne(Bruno);
    QCOMPARE(shownNames(), remaining);
}

QTEST_MAIN(tst_AttentionFilter)
#include "tst_attentionfilter.moc"
