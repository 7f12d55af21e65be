#include "clientstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Rapport;
using namespace TestSupport;

namespace {

Client makeClient(const QString &name, const QString &company, double satisfaction, double repurchase)
{
    Client client;
    client.name = name;
    client.company = company;
    client.satisfaction = satisfaction;
    client.repurchase = repurchase;
    return client;
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

QString describe(const Client &c)
{
    return QStringLiteral("{id %1, name \"%2\", company \"%3\", email \"%4\", phone \"%5\", tags [%6], notes \"%7\","
                          " satisfaction %8, repurchase %9, created %10, updated %11, archived %12}")
        .arg(QString::number(c.id), c.name, c.company, c.email(), c.phone(), c.tags.join(QLatin1String("|")), c.notes,
             QString::number(c.satisfaction, 'g', 17), QString::number(c.repurchase, 'g', 17))
        .arg(c.createdAt.toString(Qt::ISODateWithMs), c.updatedAt.toString(Qt::ISODateWithMs),
             c.archived ? QStringLiteral("yes") : QStringLiteral("no"));
}

/** Empty when both lists hold the same clients in the same order; the first difference otherwise. */
QString difference(const QVector<Client> &actual, const QVector<Client> &expected)
{
    if (actual.size() != expected.size())
        return QStringLiteral("%1 clients instead of %2").arg(actual.size()).arg(expected.size());
    for (int i = 0; i < actual.size(); ++i) {
        if (actual.at(i) != expected.at(i))
            return QStringLiteral("row %1 is %2, expected %3").arg(i).arg(describe(actual.at(i)), describe(expected.at(i)));
    }
    return {};
}

QString describe(const SegmentationRules &r)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(number(r.satisfactionBoundary()), number(r.repurchaseBoundary()), number(r.apostleMinimum()),
             number(r.terroristMaximum()));
}

/** What a fresh ClientStore finds in a file. */
struct Reopened
{
    bool opened = false;
    QString error;
    QVector<Client> clients;
    SegmentationRules rules;
};

Reopened reopen(const QString &path)
{
    ClientStore store;
    Reopened result;
    result.opened = store.open(path);
    result.error = store.errorString();
    result.clients = store.clients();
    result.rules = store.rules();
    return result;
}

/**
 * Listens to every signal of a store and writes one line per emission, in order, with the
 * store's row count at that moment, so that tests can check order, rows and timing at once.
 */
class SignalLog : public QObject
{
public:
    explicit SignalLog(ClientStore *store)
        : m_store(store)
    {
        connect(store, &ClientStore::clientsAboutToBeAdded, this, [this](int first, int last) {
            add(QStringLiteral("aboutToBeAdded(%1,%2) count=%3").arg(first).arg(last).arg(m_store->count()));
        });
        connect(store, &ClientStore::clientsAdded, this, [this](int first, int last) {
            add(QStringLiteral("added(%1,%2) count=%3 first=%4")
                    .arg(first)
                    .arg(last)
                    .arg(m_store->count())
                    .arg(m_store->at(first).displayName()));
        });
        connect(store, &ClientStore::clientsAboutToBeRemoved, this, [this](int first, int last) {
            add(QStringLiteral("aboutToBeRemoved(%1,%2) count=%3 first=%4 last=%5")
                    .arg(first)
                    .arg(last)
                    .arg(m_store->count())
                    .arg(m_store->at(first).displayName(), m_store->at(last).displayName()));
        });
        connect(store, &ClientStore::clientsRemoved, this, [this](int first, int last) {
            add(QStringLiteral("removed(%1,%2) count=%3").arg(first).arg(last).arg(m_store->count()));
        });
        connect(store, &ClientStore::clientChanged, this, [this](int row, const Client &before) {
            const Client &now = m_store->at(row);
            add(QStringLiteral("changed(%1) before=%2 %3/%4 now=%5 %6/%7")
                    .arg(row)
                    .arg(before.displayName(), number(before.satisfaction), number(before.repurchase),
                         now.displayName(), number(now.satisfaction), number(now.repurchase)));
            befores.append(before);
        });
        connect(store, &ClientStore::aboutToReset, this,
                [this] { add(QStringLiteral("aboutToReset count=%1").arg(m_store->count())); });
        connect(store, &ClientStore::resetDone, this,
                [this] { add(QStringLiteral("resetDone count=%1").arg(m_store->count())); });
        connect(store, &ClientStore::rulesChanged, this,
                [this](const SegmentationRules &rules) { add(QStringLiteral("rulesChanged(%1)").arg(describe(rules))); });
        connect(store, &ClientStore::writeFailed, this,
                [this](const QString &message) { add(QStringLiteral("writeFailed: ") + message); });
    }

    QStringList entries;
    QVector<Client> befores;

    void clear()
    {
        entries.clear();
        befores.clear();
    }

private:
    void add(const QString &entry) { entries.append(entry); }

    ClientStore *m_store;
};

QString joined(const QStringList &lines)
{
    return QLatin1String("\n    ") + lines.join(QLatin1String("\n    "));
}

#define COMPARE_LOG(actual, expected)                                                                               \
    QVERIFY2((actual) == (expected),                                                                               \
             qPrintable(QStringLiteral("signal log was:%1\nexpected:%2").arg(joined(actual), joined(expected))))

#define COMPARE_CLIENTS(actual, expected)                                                                           \
    do {                                                                                                           \
        const QString diff_ = difference((actual), (expected));                                                    \
        QVERIFY2(diff_.isEmpty(), qPrintable(diff_));                                                              \
    } while (false)

enum class Failing {
    AddWithoutNameOrCompany,
    AddBlankNameAndCompany,
    AddSatisfactionAboveTen,
    AddRepurchaseBelowZero,
    AddExistingId,
    AddSeveralWithOneInvalid,
    UpdateMissingId,
    UpdateWithoutNameOrCompany,
    UpdateSatisfactionAboveTen,
    MoveOutOfRange,
    MoveMissingId,
    RemoveMissingId,
    RemoveSeveralWithOneMissing,
};

/** Ada with every field that identifies her, scores and framework fields set; one move and three interactions. */
struct EraseFixture
{
    qint64 ada = 0;
    qint64 bob = 0;
};

Interaction makeInteraction(qint64 clientId, int day, InteractionKind kind, Outcome outcome, const QString &note)
{
    Interaction interaction;
    interaction.clientId = clientId;
    interaction.happenedAt = QDateTime(QDate(2026, 11, day), QTime(9, 30), Qt::UTC);
    interaction.kind = kind;
    interaction.direction = Direction::Outbound;
    interaction.outcome = outcome;
    interaction.note = note;
    return interaction;
}

bool fillForErase(ClientStore &store, EraseFixture *fixture)
{
    Client ada = makeClient(QStringLiteral("Ada Lovelace"), QStringLiteral("Analytical Engines Ltd"), 8.0, 7.0);
    ada.emails = {{QStringLiteral("ada@engines.example"), ContactPoint::Label::Work}, {QStringLiteral("ada@home.example"), ContactPoint::Label::Home}};
    ada.phones = {{QStringLiteral("+44 20 7946 0018"), ContactPoint::Label::Work}, {QStringLiteral("07700 900018"), ContactPoint::Label::Mobile}};
    ada.tags = {QStringLiteral("countess"), QStringLiteral("weekly")};
    ada.notes = QStringLiteral("Lives on Marylebone Street");
    ada.rung = LadderRung::Supporter;
    ada.stage = Stage::Commitment;
    ada.dimensions = {5, 4, 3, 4, 5, 2};
    ada.nps = 9;
    ada.npsDate = QDate(2026, 10, 1);
    ada.degree = 1;
    ada.purchasesPerYear = 6;
    ada.idealIntervalDays = 14;
    ada.maximumIntervalDays = 30;
    Client bob = makeClient(QStringLiteral("Bob Babbage"), QString(), 3.0, 2.0);
    bob.setEmail(QStringLiteral("bob@example.com"));
    QVector<qint64> ids;
    if (!store.addClients({ada, bob}, &ids))
        return false;
    fixture->ada = ids.at(0);
    fixture->bob = ids.at(1);
    return store.moveClient(fixture->ada, 8.5, 7.5)
        && store.addInteractions({makeInteraction(fixture->ada, 2, InteractionKind::Meeting, Outcome::Answered,
                                                  QStringLiteral("Talked about her daughter's wedding")),
                                  makeInteraction(fixture->ada, 9, InteractionKind::Call, Outcome::NoAnswer, QString()),
                                  makeInteraction(fixture->ada, 16, InteractionKind::Email, Outcome::Answered,
                                                  QStringLiteral("Sent the Marylebone invoice")),
                                  makeInteraction(fixture->bob, 3, InteractionKind::Call, Outcome::Answered,
                                                  QStringLiteral("Bob wants a quote"))});
}

/** The interactions of a client without their notes: what an erase keeps. */
QStringList withoutNotes(const QVector<Interaction> &interactions)
{
    QStringList lines;
    for (const Interaction &i : interactions)
        lines.append(QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(i.id)
                         .arg(i.happenedAt.toString(Qt::ISODate), InteractionText::kindKey(i.kind),
                              InteractionText::directionKey(i.direction), InteractionText::outcomeKey(i.outcome)));
    return lines;
}

} // namespace

Q_DECLARE_METATYPE(Failing)

class tst_ClientStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldStartEmptyWithDefaultRules();
    void shouldRefuseWritesWhenNoDatabaseIsOpen();
    void shouldResetWhenADatabaseIsOpened();
    void shouldResetToNothingWhenOpeningFails();

    void shouldEmitOneAddPairPerAddedClient();
    void shouldEmitOneAddPairForSeveralClients();
    void shouldEmitOneRemovePairPerContiguousRunBottomUp();
    void shouldReportTheOldValuesWhenAClientChanges();
    void shouldMoveAClientWithOneRoundedWrite();
    void shouldRestoreARemovedClientWithItsId();

    void shouldKeepEveryFieldWhenReopened();

    void shouldStoreScoresRoundedToOneDecimal_data();
    void shouldStoreScoresRoundedToOneDecimal();
    void shouldStoreTrimmedTextAndParsedTags();
    void shouldParseTags_data();
    void shouldParseTags();

    void shouldChangeNothingWhenAWriteFails_data();
    void shouldChangeNothingWhenAWriteFails();
    void shouldRollBackWhenTheDatabaseRefusesOneOfSeveralClients();

    void shouldKeepRulesWhenReopened();
    void shouldRoundRulesToOneDecimal();
    void shouldRefuseInvalidRules_data();
    void shouldRefuseInvalidRules();
    void shouldSegmentClientsWithTheStoredRules();

    void shouldKeepSettingsWhenReopened();
    void shouldRefuseEveryWriteToAReadOnlyFile();

    void shouldErasePersonalDataAndKeepScoresCountsAndHistory();
    void shouldLeaveNoTraceOfErasedDataInTheFile();
    void shouldChangeNothingWhenTheEraseCannotBeWritten();
    void shouldRefuseToEraseInAReadOnlyFile();
};

void tst_ClientStore::initTestCase()
{
    RAPPORT_REQUIRE_BACKEND();
}

void tst_ClientStore::shouldStartEmptyWithDefaultRules()
{
    // GIVEN a new file
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir, QStringLiteral("clients"));

    // WHEN a store opens it
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));

    // THEN it is open, writable and empty, with the default rules
    QVERIFY(store.isOpen());
    QVERIFY(!store.isReadOnly());
    QCOMPARE(store.path(), shownLocation(path));
    QCOMPARE(store.openError(), Database::OpenError::None);
    QCOMPARE(store.count(), 0);
    QVERIFY(store.rules() == SegmentationRules());
    QCOMPARE(store.rowOf(1), -1);
    QCOMPARE(store.client(1), nullptr);
}

void tst_ClientStore::shouldRefuseWritesWhenNoDatabaseIsOpen()
{
    // GIVEN a store that has opened nothing
    ClientStore store;
    QSignalSpy failures(&store, &ClientStore::writeFailed);

    // WHEN a client is added
    const qint64 id = store.addClient(makeClient(QStringLiteral("Ann"), QString(), 5.0, 5.0));

    // THEN it is refused with a reason
    QCOMPARE(id, qint64(0));
    QCOMPARE(store.count(), 0);
    const QString expected = QStringLiteral("Could not add the client: no database is open.");
    QCOMPARE(store.errorString(), expected);
    QCOMPARE(failures.count(), 1);
    QCOMPARE(failures.at(0).at(0).toString(), expected);
}

void tst_ClientStore::shouldResetWhenADatabaseIsOpened()
{
    // GIVEN two files: one with two clients, one with three clients and its own rules
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString first = newDatabase(dir, QStringLiteral("first"));
    const QString second = newDatabase(dir, QStringLiteral("second"));
    {
        ClientStore setup;
        QVERIFY2(setup.open(second), qPrintable(setup.errorString()));
        QVERIFY(setup.addClients({makeClient(QStringLiteral("Cleo"), QString(), 6.0, 6.0),
                                  makeClient(QStringLiteral("Dan"), QString(), 4.0, 6.0),
                                  makeClient(QStringLiteral("Eve"), QString(), 2.0, 2.0)}));
        QVERIFY2(setup.setRules(SegmentationRules(6.5, 3.5, 8.0, 2.0)), qPrintable(setup.errorString()));
    }
    ClientStore store;
    QVERIFY2(store.open(first), qPrintable(store.errorString()));
    QVERIFY(store.addClients({makeClient(QStringLiteral("Ann"), QString(), 7.0, 7.0),
                              makeClient(QStringLiteral("Bob"), QString(), 3.0, 3.0)}));
    SignalLog log(&store);

    // WHEN the second file is opened
    QVERIFY2(store.open(second), qPrintable(store.errorString()));

    // THEN the rows are reset once, around the change, and the new rules are announced
    COMPARE_LOG(log.entries, (QStringList{
                                 QStringLiteral("aboutToReset count=2"),
                                 QStringLiteral("resetDone count=3"),
                                 QStringLiteral("rulesChanged(6.5/3.5/8.0/2.0)"),
                             }));
    QCOMPARE(store.path(), shownLocation(second));
    QCOMPARE(store.at(0).name, QStringLiteral("Cleo"));
    QCOMPARE(store.at(2).name, QStringLiteral("Eve"));
    QCOMPARE(store.rowOf(store.at(2).id), 2);
}

void tst_ClientStore::shouldResetToNothingWhenOpeningFails()
{
    // GIVEN a store with a client, and a file that is not a database
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClientStore store;
    QVERIFY2(store.open(newDatabase(dir, QStringLiteral("good"))), qPrintable(store.errorString()));
    QVERIFY(store.addClient(makeClient(QStringLiteral("Ann"), QString(), 7.0, 7.0)) > 0);
    const QString garbage = dir.filePath(QStringLiteral("garbage.rapport"));
    {
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(5000, '\x5a'));
    }
    const QByteArray before = fileHash(garbage);
    SignalLog log(&store);

    // WHEN the store opens it
    const bool opened = store.open(garbage);

    // THEN it fails with the reason, holds nothing and leaves the file alone
    QVERIFY(!opened);
    QVERIFY(!store.isOpen());
    QCOMPARE(store.openError(), Database::OpenError::NotADatabase);
    QCOMPARE(store.errorString(),
             QStringLiteral("%1 is not a Rapport database (or is damaged beyond reading). It was left untouched.")
                 .arg(QDir::toNativeSeparators(garbage)));
    QCOMPARE(store.count(), 0);
    COMPARE_LOG(log.entries, (QStringList{
                                 QStringLiteral("aboutToReset count=1"),
                                 QStringLiteral("resetDone count=0"),
                                 QStringLiteral("rulesChanged(5.0/5.0/9.0/1.0)"),
                             }));
    QCOMPARE(fileHash(garbage), before);
}

void tst_ClientStore::shouldEmitOneAddPairPerAddedClient()
{
    // GIVEN an empty store
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir, QStringLiteral("clients"));
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    SignalLog log(&store);
    QSignalSpy added(&store, &ClientStore::clientsAdded);

    // WHEN two clients are added one by one
    const qint64 ann = store.addClient(makeClient(QStringLiteral("Ann"), QStringLiteral("Harbour Bakery"), 7.0, 8.0));
    const qint64 bob = store.addClient(makeClient(QStringLiteral("Bob"), QString(), 3.0, 2.0));

    // THEN each gets its own id and row, announced by one pair of signals each
    QVERIFY2(ann > 0, qPrintable(store.errorString()));
    QVERIFY2(bob > 0, qPrintable(store.errorString()));
    QVERIFY(ann != bob);
    COMPARE_LOG(log.entries, (QStringList{
                                 QStringLiteral("aboutToBeAdded(0,0) count=0"),
                                 QStringLiteral("added(0,0) count=1 first=Ann"),
                                 QStringLiteral("aboutToBeAdded(1,1) count=1"),
                                 QStringLiteral("added(1,1) count=2 first=Bob"),
                             }));
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.at(1), (QVariantList{1, 1}));
    QCOMPARE(store.count(), 2);
    QCOMPARE(store.rowOf(ann), 0);
    QCOMPARE(store.rowOf(bob), 1);
    QVERIFY(store.client(bob) != nullptr);
    QCOMPARE(store.client(bob)->name, QStringLiteral("Bob"));
    QCOMPARE(store.at(0).id, ann);
    QVERIFY(store.at(0).createdAt.isValid());
    QCOMPARE(store.at(0).createdAt, store.at(0).updatedAt);
    QCOMPARE(store.at(0).createdAt.timeSpec(), Qt::UTC);

    // AND the file holds them
    const Reopened reopened = reopen(path);
    QVERIFY2(reopened.opened, qPrintable(reopened.error));
    COMPARE_CLIENTS(reopened.clients, store.clients());
}

void tst_ClientStore::shouldEmitOneAddPairForSeveralClients()
{
    // GIVEN a store with one client
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir, QStringLiteral("clients"));
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QVERIFY(store.addClient(makeClient(QStringLiteral("Ann"), QString(), 7.0, 8.0)) > 0);
    SignalLog log(&store);

    // WHEN three clients are added at once
    QVector<qint64> ids;
    QVERIFY2(store.addClients({makeClient(QStringLiteral("Bob"), QString(), 3.0, 2.0),
                               makeClient(QStringLiteral("Cleo"), QString(), 6.0, 4.0),
                               makeClient(QString(), QStringLiteral("Dune Architects"), 2.0, 9.0)},
                              &ids),
             qPrintable(store.errorString()));

    // THEN one pair of signals covers rows 1 to 3, and they are appended in the order given
    COMPARE_LOG(log.entries, (QStringList{
                                 QStringLiteral("aboutToBeAdded(1,3) count=1"),
                                 QStringLiteral("added(1,3) count=4 first=Bob"),
                             }));
    QCOMPARE(ids.size(), 3);
    QCOMPARE(store.at(1).id, ids.at(0));
    QCOMPARE(store.at(2).id, ids.at(1));
    QCOMPARE(store.at(3).id, ids.at(2));
    QCOMPARE(store.at(3).displayName(), QStringLiteral("Dune Architects"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(store.rowOf(ids.at(i)), i + 1);

    const Reopened reopened = reopen(path);
    QVERIFY2(reopened.opened, qPrintable(reopened.error));
    COMPARE_CLIENTS(reopened.clients, store.clients());
}

void tst_ClientStore::shouldEmitOneRemovePairPerContiguousRunBottomUp()
{
    // GIVEN seven clients, c0 to c6
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir, QStringLiteral("clients"));
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QVector<Client> clients;
    for (int i = 0; i < 7; ++i)
        clients.append(makeClient(QStringLiteral("c%1").arg(i), QString(), 5.0, 5.0));
    QVector<qint64> ids;
    QVERIFY(store.addClients(clients, &ids));
    SignalLog log(&store);

    // WHEN c1, c2, c4 and c6 are removed, named in no particular order and one twice
    QVERIFY2(store.removeClients({ids.at(4), ids.at(1), ids.at(6), ids.at(2), ids.at(4)}),
             qPrintable(store.errorString()));

    // THEN one pair per contiguous run, from the bottom up, with the rows still present before each removal
    COMPARE_LOG(log.entries, (QStringList{
                                 QStringLiteral("aboutToBeRemoved(6,6) count=7 first=c6 last=c6"),
                                 QStringLiteral("removed(6,6) count=6"),
                                 QStringLiteral("aboutToBeRemoved(4,4) count=6 first=c4 last=c4"),
                                 QStringLiteral("removed(4,4) count=5"),
                                 QStringLiteral("aboutToBeRemoved(1,2) count=5 first=c1 last=c2"),
                                 QStringLiteral("removed(1,2) count=3"),
                             }));

    // AND the remaining clients keep their order and are found at their new rows
    QCOMPARE(store.count(), 3);
    QCOMPARE(store.at(0).name, QStringLiteral("c0"));
    QCOMPARE(store.at(1).name, QStringLiteral("c3"));
    QCOMPARE(store.at(2).name, QStringLiteral("c5"));
    QCOMPARE(store.rowOf(ids.at(0)), 0);
    QCOMPARE(store.rowOf(ids.at(3)), 1);
    QCOMPARE(store.rowOf(ids.at(5)), 2);
    for (int removed : {1, 2, 4, 6}) {
        QCOMPARE(store.rowOf(ids.at(removed)), -1);
        QCOMPARE(store.client(ids.at(removed)), nullptr);
    }

    // AND the file agrees
    const Reopened reopened = reopen(path);
    QVERIFY2(reopened.opened, qPrintable(reopened.error));
    COMPARE_CLIENTS(reopened.clients, store.clients());
}

void tst_ClientStore::shouldReportTheOldValuesWhenAClientChanges()
{
    // GIVEN three clients
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir, QStringLiteral("clients"));
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QVector<qint64> ids;
    QVERIFY(store.addClients({makeClient(QStringLiteral("Ann"), QString(), 7.0, 8.0),
                              makeClient(QStringLiteral("Bob"), QStringLiteral("Bob's Bikes"), 4.0, 6.0),
                              makeClient(QStringLiteral("Cleo"), QString(), 2.0, 1.0)},
                             &ids));
    const Client original = store.at(1);
    SignalLog log(&store);

    // WHEN the middle one is edited (with a creation time that must not be taken over)
    Client edited = original;
    edited.name = QStringLiteral("Robert");
    edited.satisfaction = 8.0;
    edited.notes = QStringLiteral("Renewed for a year.");
    edited.createdAt = QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime beforeWrite = ClientStore::now();
    QVERIFY2(store.updateClient(edited), qPrintable(store.errorString()));

    // THEN one change in the same row, carrying the values it had before
    COMPARE_LOG(log.entries, (QStringList{QStringLiteral("changed(1) before=Bob 4.0/6.0 now=Robert 8.0/6.0")}));
    QCOMPARE(log.befores.size(), 1);
    COMPARE_CLIENTS(log.befores, QVector<Client>{original});

    // AND the client has the new values, its creation time and a fresh update time
    const Client &now = store.at(1);
    QCOMPARE(now.id, ids.at(1));
    QCOMPARE(now.name, QStringLiteral("Robert"));
    QCOMPARE(now.company, QStringLiteral("Bob's Bikes"));
    QCOMPARE(now.notes, QStringLiteral("Renewed for a year."));
    QCOMPARE(now.satisfaction, 8.0);
    QCOMPARE(now.repurchase, 6.0);
    QCOMPARE(now.createdAt, original.createdAt);
    QVERIFY2(now.updatedAt >= beforeWrite,
             qPrintable(now.updatedAt.toString(Qt::ISODateWithMs) + QStringLiteral(" < ")
                        + beforeWrite.toString(Qt::ISODateWithMs)));
    QCOMPARE(store.rowOf(ids.at(1)), 1);
    QCOMPARE(store.count(), 3);

    const Reopened reopened = reopen(path);
    QVERIFY2(reopened.opened, qPrintable(reopened.error));
    COMPARE_CLIENTS(reopened.clients, store.clients());
}

void tst_ClientStore::shouldMoveAClientWithOneRoundedWrite()
{
    // GIVEN a Defector
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir, QStringLiteral("clients"));
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    const qint64 id = store.addClient(makeClient(QStringLiteral("Ann"), QString(), 2.0, 3.0));
    QVERIFY(id > 0);
    QCOMPARE(store.segmentAt(0), Segment::Defector);
    SignalLog log(&store);

    // WHEN it is dragged to (8.04, 8.96)
    QVERIFY2(store.moveClient(id, 8.04, 8.96), qPrintable(store.errorString()));

    // THEN one change, to the rounded position, and the client is now a Loyalist
    COMPARE_LOG(log.entries, (QStringList{QStringLiteral("changed(0) before=Ann 2.0/3.0 now=Ann 8.0/9.0")}));
    QCOMPARE(store.at(0).satisfaction, 8.0);
    QCOMPARE(store.at(0).repurchase, 9.0);
    QCOMPARE(store.segmentAt(0), Segment::Loyalist);
    QCOMPARE(store.extremeAt(0), Extreme::None);

    const Reopened reopened = reopen(path);
    QVERIFY2(reopened.opened, qPrintable(reopened.error));
    COMPARE_CLIENTS(reopened.clients, store.clients());
}

void tst_ClientStore::shouldRestoreARemovedClientWithItsId()
{
    // GIVEN three clients, the middle one removed (as undo would later restore it)
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir, QStringLiteral("clients"));
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QVector<qint64> ids;
    QVERIFY(store.addClients({makeClient(QStringLiteral("Ann"), QString(), 7.0, 8.0),
                              makeClient(QStringLiteral("Bob"), QString(), 4.0, 6.0),
                              makeClient(QStringLiteral("Cleo"), QString(), 2.0, 1.0)},
                             &ids));
    const Client removed = store.at(1);
    QVERIFY(store.removeClients({removed.id}));
    SignalLog log(&store);

    // WHEN it is added back
    QVector<qint64> restored;
    QVERIFY2(store.addClients({removed}, &restored), qPrintable(store.errorString()));

    // THEN it keeps its id and every field, appended as the last row
    QCOMPARE(restored, QVector<qint64>{removed.id});
    COMPARE_LOG(log.entries, (QStringList{
                                 QStringLiteral("aboutToBeAdded(2,2) count=2"),
                                 QStringLiteral("added(2,2) count=3 first=Bob"),
                             }));
    QCOMPARE(store.rowOf(removed.id), 2);
    COMPARE_CLIENTS(QVector<Client>{store.at(2)}, QVector<Client>{removed});

    const Reopened reopened = reopen(path);
    QVERIFY2(reopened.opened, qPrintable(reopened.error));
    // The file lists clients by id, so the restored client is back in its old place there.
    COMPARE_CLIENTS(reopened.clients, (QVector<Client>{store.at(0), store.at(2), store.at(1)}));
}

void tst_ClientStore::shouldKeepEveryFieldWhenReopened()
{
    // GIVEN clients using every field: unicode, quotes, newlines, tags, exact times, archived
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir, QStringLiteral("clients"));

    Client full;
    full.name = QStringLiteral("Zoë Ñúñez-O'Brien");
    full.company = QStringLiteral("Café \"Le Petit\" & Co.");
    full.setEmail(QStringLiteral("zoe@cafe.example"));
    full.setPhone(QStringLiteral("+33 1 23 45 67 89"));
    full.tags = {QStringLiteral("VIP"), QStringLiteral("annual contract"), QStringLiteral("référence")};
    full.notes = QStringLiteral("Line one\nLine \"two\" with 'quotes'\n\ttabbed; DROP TABLE clients; --\\ end\n");
    full.satisfaction = 9.7;
    full.repurchase = 0.3;
    full.createdAt = QDateTime(QDate(2023, 3, 14), QTime(15, 9, 26, 535), Qt::UTC);
    full.updatedAt = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC);
    full.archived = true;

    Client eastern;
    eastern.name = QStringLiteral("王秀英");
    eastern.company = QStringLiteral("Ελληνικά Αρτοποιεία 🎨");
    eastern.satisfaction = 0.0;
    eastern.repurchase = 10.0;
    // A time given with an offset is the same instant once stored.
    eastern.createdAt = QDateTime(QDate(2022, 12, 31), QTime(23, 30, 0, 1), Qt::OffsetFromUTC, 9 * 3600);
    eastern.updatedAt = QDateTime(QDate(2023, 1, 1), QTime(8, 0, 0, 0), Qt::OffsetFromUTC, -5 * 3600);

    Client companyOnly;
    companyOnly.company = QStringLiteral("Riverside Removals Ltd");
    companyOnly.satisfaction = 5.0;
    companyOnly.repurchase = 4.9;

    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QVector<qint64> ids;
    QVERIFY2(store.addClients({full, eastern, companyOnly}, &ids), qPrintable(store.errorString()));

    // THEN memory holds exactly what was given (ids and the missing times filled in)
    full.id = ids.at(0);
    eastern.id = ids.at(1);
    companyOnly.id = ids.at(2);
    QVERIFY(store.at(2).createdAt.isValid());
    companyOnly.createdAt = store.at(2).createdAt;
    companyOnly.updatedAt = store.at(2).updatedAt;
    const QVector<Client> expected = {full, eastern, companyOnly};
    COMPARE_CLIENTS(store.clients(), expected);

    // WHEN the file is opened by a new store
    const Reopened reopened = reopen(path);

    // THEN every row and every field is back exactly
    QVERIFY2(reopened.opened, qPrintable(reopened.error));
    COMPARE_CLIENTS(reopened.clients, expected);
    QCOMPARE(reopened.clients.at(0).notes, full.notes);
    QCOMPARE(reopened.clients.at(0).tags, full.tags);
    QCOMPARE(reopened.clients.at(1).name, QStringLiteral("王秀英"));
    QCOMPARE(reopened.clients.at(1).createdAt.toMSecsSinceEpoch(), eastern.createdAt.toMSecsSinceEpoch());
    QCOMPARE(reopened.clients.at(1).createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(reopened.clients.at(2).displayName(), QStringLiteral("Riverside Removals Ltd"));
    QVERIFY(reopened.clients.at(0).archived);
    QVERIFY(!reopened.clients.at(1).archived);
}

void tst_ClientStore::shouldStoreScoresRoundedToOneDecimal_data()
{
    QTest::addColumn<double>("given");
    QTest::addColumn<double>("stored");

    QTest::newRow("7.26 rounds up") << 7.26 << 7.3;
    QTest::newRow("7.24 rounds down") << 7.24 << 7.2;
    QTest::newRow("4.951 rounds up onto the boundary") << 4.951 << 5.0;
    QTest::newRow("9.96 rounds to 10") << 9.96 << 10.0;
    QTest::newRow("0.04 rounds to 0") << 0.04 << 0.0;
    QTest::newRow("one decimal stays") << 6.3 << 6.3;
    QTest::newRow("0 stays") << 0.0 << 0.0;
    QTest::newRow("10 stays") << 10.0 << 10.0;
}

void tst_ClientStore::shouldStoreScoresRoundedToOneDecimal()
{
    QFETCH(double, given);
    QFETCH(double, stored);

    // GIVEN a store
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir, QStringLiteral("clients"));
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));

    // WHEN a client is added with the value as both scores
    const qint64 id = store.addClient(makeClient(QStringLiteral("Ann"), QString(), given, given));
    QVERIFY2(id > 0, qPrintable(store.errorString()));

    // THEN memory and file hold the value rounded to one decimal
    QCOMPARE(store.at(0).satisfaction, stored);
    QCOMPARE(store.at(0).repurchase, stored);
    const Reopened reopened = reopen(path);
    QVERIFY2(reopened.opened, qPrintable(reopened.error));
    QCOMPARE(reopened.clients.size(), 1);
    QCOMPARE(reopened.clients.at(0).satisfaction, stored);
    QCOMPARE(reopened.clients.at(0).repurchase, stored);

    // AND an edit of another client rounds the same way
    const qint64 other = store.addClient(makeClient(QStringLiteral("Bob"), QString(), 5.0, 5.0));
    QVERIFY2(other > 0, qPrintable(store.errorString()));
    Client edited = store.at(1);
    edited.satisfaction = given;
    edited.repurchase = given;
    QVERIFY2(store.updateClient(edited), qPrintable(store.errorString()));
    QCOMPARE(store.at(1).satisfaction, stored);
    QCOMPARE(store.at(1).repurchase, stored);
}

void tst_ClientStore::shouldStoreTrimmedTextAndParsedTags()
{
    // GIVEN a client typed carelessly
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir, QStringLiteral("clients"));
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    Client client = makeClient(QStringLiteral("  Ann Lee \t"), QStringLiteral(" Harbour Bakery  "), 7.0, 7.0);
    client.setEmail(QStringLiteral(" ann@harbour.example "));
    client.setPhone(QStringLiteral("\t+44 20 7946 0001 "));
    client.tags = Client::parseTags(QStringLiteral("a, b,,a"));
    QCOMPARE(client.tags, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    client.tags = {QStringLiteral(" retail "), QString(), QStringLiteral("Retail"), QStringLiteral("weekly, monthly")};
    client.notes = QStringLiteral("  keeps its spaces  ");

    // WHEN it is added
    QVERIFY2(store.addClient(client) > 0, qPrintable(store.errorString()));

    // THEN names are trimmed, tags split, trimmed and de-duplicated, notes kept as typed
    const auto check = [&](const Client &stored) {
        QCOMPARE(stored.name, QStringLiteral("Ann Lee"));
        QCOMPARE(stored.company, QStringLiteral("Harbour Bakery"));
        QCOMPARE(stored.email(), QStringLiteral("ann@harbour.example"));
        QCOMPARE(stored.phone(), QStringLiteral("+44 20 7946 0001"));
        QCOMPARE(stored.tags, (QStringList{QStringLiteral("retail"), QStringLiteral("weekly"), QStringLiteral("monthly")}));
        QCOMPARE(stored.tagsText(), QStringLiteral("retail, weekly, monthly"));
        QCOMPARE(stored.notes, QStringLiteral("  keeps its spaces  "));
    };
    check(store.at(0));
    if (QTest::currentTestFailed())
        return;
    const Reopened reopened = reopen(path);
    QVERIFY2(reopened.opened, qPrintable(reopened.error));
    QCOMPARE(reopened.clients.size(), 1);
    check(reopened.clients.at(0));
}

void tst_ClientStore::shouldParseTags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags");

    const auto list = [](std::initializer_list<const char *> items) {
        QStringList result;
        for (const char *item : items)
            result.append(QString::fromUtf8(item));
        return result;
    };
    QTest::newRow("duplicates and an empty part") << QStringLiteral("a, b,,a") << list({"a", "b"});
    QTest::newRow("spaces around") << QStringLiteral("  retail ,  weekly  ") << list({"retail", "weekly"});
    QTest::newRow("case-insensitive duplicates keep the first") << QStringLiteral("VIP, vip, Vip") << list({"VIP"});
    QTest::newRow("inner spaces collapsed") << QStringLiteral("annual   contract, x") << list({"annual contract", "x"});
    QTest::newRow("nothing") << QString() << QStringList();
    QTest::newRow("only commas and spaces") << QStringLiteral(" , ,, ") << QStringList();
    QTest::newRow("one tag") << QStringLiteral("référence") << list({"référence"});
}

void tst_ClientStore::shouldParseTags()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tags);

    QCOMPARE(Client::parseTags(text), tags);
}

void tst_ClientStore::shouldChangeNothingWhenAWriteFails_data()
{
    QTest::addColumn<Failing>("failing");
    QTest::addColumn<QString>("message");

    const QString noName = QStringLiteral("A client needs a name or a company.");
    const QString satisfaction = QStringLiteral("Satisfaction must be between 0 and 10.");
    QTest::newRow("add a client without name or company") << Failing::AddWithoutNameOrCompany << noName;
    QTest::newRow("add a client with blank name and company") << Failing::AddBlankNameAndCompany << noName;
    QTest::newRow("add a client with satisfaction 10.5") << Failing::AddSatisfactionAboveTen << satisfaction;
    QTest::newRow("add a client with repurchase -0.1")
        << Failing::AddRepurchaseBelowZero << QStringLiteral("Likelihood to repurchase must be between 0 and 10.");
    QTest::newRow("add a client whose id exists")
        << Failing::AddExistingId
        << QStringLiteral("Could not add the client: a client with the same id already exists. Nothing was changed.");
    QTest::newRow("add three clients, one invalid") << Failing::AddSeveralWithOneInvalid << noName;
    QTest::newRow("update a client that does not exist")
        << Failing::UpdateMissingId << QStringLiteral("Could not save Ghost: the client no longer exists.");
    QTest::newRow("update a client to no name or company") << Failing::UpdateWithoutNameOrCompany << noName;
    QTest::newRow("update a client to satisfaction 10.5") << Failing::UpdateSatisfactionAboveTen << satisfaction;
    QTest::newRow("move a client off the scale") << Failing::MoveOutOfRange << satisfaction;
    QTest::newRow("move a client that does not exist")
        << Failing::MoveMissingId << QStringLiteral("Could not move the client: it no longer exists.");
    QTest::newRow("remove a client that does not exist")
        << Failing::RemoveMissingId << QStringLiteral("Could not delete the client: a client no longer exists.");
    QTest::newRow("remove two clients, one missing")
        << Failing::RemoveSeveralWithOneMissing << QStringLiteral("Could not delete 2 clients: a client no longer exists.");
}

void tst_ClientStore::shouldChangeNothingWhenAWriteFails()
{
    QFETCH(Failing, failing);
    QFETCH(QString, message);

    // GIVEN a store with two clients
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir, QStringLiteral("clients"));
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QVector<qint64> ids;
    QVERIFY(store.addClients({makeClient(QStringLiteral("Ann"), QStringLiteral("Harbour Bakery"), 7.0, 8.0),
                              makeClient(QStringLiteral("Bob"), QString(), 3.0, 2.0)},
                             &ids));
    const QVector<Client> before = store.clients();
    const qint64 missingId = ids.last() + 100;
    SignalLog log(&store);
    QSignalSpy failures(&store, &ClientStore::writeFailed);

    // WHEN a write that cannot succeed is attempted
    bool succeeded = true;
    switch (failing) {
    case Failing::AddWithoutNameOrCompany:
        succeeded = store.addClient(makeClient(QString(), QString(), 5.0, 5.0)) != 0;
        break;
    case Failing::AddBlankNameAndCompany:
        succeeded = store.addClient(makeClient(QStringLiteral("   "), QStringLiteral("\t "), 5.0, 5.0)) != 0;
        break;
    case Failing::AddSatisfactionAboveTen:
        succeeded = store.addClient(makeClient(QStringLiteral("Cleo"), QString(), 10.5, 5.0)) != 0;
        break;
    case Failing::AddRepurchaseBelowZero:
        succeeded = store.addClient(makeClient(QStringLiteral("Cleo"), QString(), 5.0, -0.1)) != 0;
        break;
    case Failing::AddExistingId: {
        Client copy = makeClient(QStringLiteral("Copy of Ann"), QString(), 5.0, 5.0);
        copy.id = ids.first();
        succeeded = store.addClient(copy) != 0;
        break;
    }
    case Failing::AddSeveralWithOneInvalid:
        succeeded = store.addClients({makeClient(QStringLiteral("Cleo"), QString(), 5.0, 5.0),
                                      makeClient(QString(), QString(), 5.0, 5.0),
                                      makeClient(QStringLiteral("Dan"), QString(), 5.0, 5.0)});
        break;
    case Failing::UpdateMissingId: {
        Client ghost = makeClient(QStringLiteral("Ghost"), QString(), 5.0, 5.0);
        ghost.id = missingId;
        succeeded = store.updateClient(ghost);
        break;
    }
    case Failing::UpdateWithoutNameOrCompany: {
        Client edited = store.at(0);
        edited.name.clear();
        edited.company = QStringLiteral("  ");
        succeeded = store.updateClient(edited);
        break;
    }
    case Failing::UpdateSatisfactionAboveTen: {
        Client edited = store.at(1);
        edited.satisfaction = 10.5;
        succeeded = store.updateClient(edited);
        break;
    }
    case Failing::MoveOutOfRange:
        succeeded = store.moveClient(ids.first(), 10.5, 5.0);
        break;
    case Failing::MoveMissingId:
        succeeded = store.moveClient(missingId, 5.0, 5.0);
        break;
    case Failing::RemoveMissingId:
        succeeded = store.removeClients({missingId});
        break;
    case Failing::RemoveSeveralWithOneMissing:
        succeeded = store.removeClients({ids.first(), missingId});
        break;
    }

    // THEN it is refused, with the reason reported once, and no change is announced
    QVERIFY(!succeeded);
    QCOMPARE(store.errorString(), message);
    QCOMPARE(failures.count(), 1);
    QCOMPARE(failures.at(0).at(0).toString(), message);
    COMPARE_LOG(log.entries, QStringList{QStringLiteral("writeFailed: ") + message});

    // AND nothing changed, in memory or in the file
    QCOMPARE(store.count(), 2);
    COMPARE_CLIENTS(store.clients(), before);
    QCOMPARE(store.rowOf(ids.at(0)), 0);
    QCOMPARE(store.rowOf(ids.at(1)), 1);
    const Reopened reopened = reopen(path);
    QVERIFY2(reopened.opened, qPrintable(reopened.error));
    COMPARE_CLIENTS(reopened.clients, before);
}

void tst_ClientStore::shouldRollBackWhenTheDatabaseRefusesOneOfSeveralClients()
{
    // GIVEN a store with one client
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir, QStringLiteral("clients"));
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QVERIFY(store.addClient(makeClient(QStringLiteral("Ann"), QString(), 7.0, 8.0)) > 0);
    const QVector<Client> before = store.clients();
    SignalLog log(&store);

    // WHEN two clients are restored that both claim the same unused id: the second insert fails in the database
    Client first = makeClient(QStringLiteral("Bob"), QString(), 3.0, 2.0);
    first.id = 500;
    Client second = makeClient(QStringLiteral("Cleo"), QString(), 6.0, 4.0);
    second.id = 500;
    QVector<qint64> ids{-1};
    const bool added = store.addClients({first, second}, &ids);

    // THEN neither is added, in memory or in the file, and the owner is told why
    QVERIFY(!added);
    const QString message = onServer()
        ? QStringLiteral("Could not add 2 clients: the values are not allowed (duplicate key value violates unique "
                         "constraint \"clients_pkey\"). Nothing was changed.")
        : QStringLiteral(
            "Could not add 2 clients: the values are not allowed (UNIQUE constraint failed: clients.id). Nothing was changed.");
    QCOMPARE(store.errorString(), message);
    COMPARE_LOG(log.entries, QStringList{QStringLiteral("writeFailed: ") + message});
    QCOMPARE(ids, QVector<qint64>{-1});
    COMPARE_CLIENTS(store.clients(), before);
    QCOMPARE(store.rowOf(500), -1);
    const Reopened reopened = reopen(path);
    QVERIFY2(reopened.opened, qPrintable(reopened.error));
    COMPARE_CLIENTS(reopened.clients, before);

    // AND the store still works afterwards
    QVERIFY2(store.addClient(makeClient(QStringLiteral("Dan"), QString(), 5.0, 5.0)) > 0, qPrintable(store.errorString()));
    QCOMPARE(store.count(), 2);
}

void tst_ClientStore::shouldKeepRulesWhenReopened()
{
    // GIVEN a store with the default rules
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir, QStringLiteral("clients"));
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    SignalLog log(&store);
    const SegmentationRules rules(6.5, 3.5, 8.0, 2.0);

    // WHEN the owner moves the boundaries and corners
    QVERIFY2(store.setRules(rules), qPrintable(store.errorString()));

    // THEN the change is announced once and in effect
    COMPARE_LOG(log.entries, QStringList{QStringLiteral("rulesChanged(6.5/3.5/8.0/2.0)")});
    QVERIFY2(store.rules() == rules, qPrintable(describe(store.rules())));

    // AND a new store opening the file finds the same rules
    const Reopened reopened = reopen(path);
    QVERIFY2(reopened.opened, qPrintable(reopened.error));
    QVERIFY2(reopened.rules == rules, qPrintable(describe(reopened.rules)));
}

void tst_ClientStore::shouldRoundRulesToOneDecimal()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir, QStringLiteral("clients"));
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    SignalLog log(&store);

    // WHEN rules with more than one decimal are set
    QVERIFY2(store.setRules(SegmentationRules(6.46, 3.54, 8.04, 1.96)), qPrintable(store.errorString()));

    // THEN they are stored, announced and reopened rounded
    const SegmentationRules rounded(6.5, 3.5, 8.0, 2.0);
    COMPARE_LOG(log.entries, QStringList{QStringLiteral("rulesChanged(6.5/3.5/8.0/2.0)")});
    QVERIFY2(store.rules() == rounded, qPrintable(describe(store.rules())));
    const Reopened reopened = reopen(path);
    QVERIFY2(reopened.rules == rounded, qPrintable(describe(reopened.rules)));
}

void tst_ClientStore::shouldRefuseInvalidRules_data()
{
    QTest::addColumn<SegmentationRules>("rules");
    QTest::addColumn<QString>("message");

    QTest::newRow("satisfaction boundary above 10")
        << SegmentationRules(10.1, 5.0, 10.0, 1.0) << QStringLiteral("The satisfaction boundary must lie between 0 and 10.");
    QTest::newRow("repurchase boundary below 0")
        << SegmentationRules(5.0, -0.1, 9.0, 1.0)
        << QStringLiteral("The likelihood-to-repurchase boundary must lie between 0 and 10.");
    QTest::newRow("Apostle corner below a boundary")
        << SegmentationRules(5.0, 6.0, 5.9, 1.0)
        << QStringLiteral("The Apostle corner must start at or above both boundaries (6.0), inside the Loyalist quadrant.");
    QTest::newRow("Terrorist corner at a boundary")
        << SegmentationRules(5.0, 6.0, 9.0, 5.0)
        << QStringLiteral("The Terrorist corner must end below both boundaries (5.0), inside the Defector quadrant.");
    QTest::newRow("Terrorist corner rounding up onto a boundary")
        << SegmentationRules(5.0, 5.0, 9.0, 4.96)
        << QStringLiteral("The Terrorist corner must end below both boundaries (5.0), inside the Defector quadrant.");
}

void tst_ClientStore::shouldRefuseInvalidRules()
{
    QFETCH(SegmentationRules, rules);
    QFETCH(QString, message);

    // GIVEN a store with rules of the owner's own
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir, QStringLiteral("clients"));
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    const SegmentationRules kept(6.5, 3.5, 8.0, 2.0);
    QVERIFY2(store.setRules(kept), qPrintable(store.errorString()));
    SignalLog log(&store);
    QSignalSpy failures(&store, &ClientStore::writeFailed);

    // WHEN invalid rules are set
    const bool accepted = store.setRules(rules);

    // THEN they are refused with the reason, reported once, and the rules stay as they were
    QVERIFY(!accepted);
    QCOMPARE(store.errorString(), message);
    QCOMPARE(failures.count(), 1);
    QCOMPARE(failures.at(0).at(0).toString(), message);
    COMPARE_LOG(log.entries, QStringList{QStringLiteral("writeFailed: ") + message});
    QVERIFY2(store.rules() == kept, qPrintable(describe(store.rules())));
    const Reopened reopened = reopen(path);
    QVERIFY2(reopened.opened, qPrintable(reopened.error));
    QVERIFY2(reopened.rules == kept, qPrintable(describe(reopened.rules)));
}

void tst_ClientStore::shouldSegmentClientsWithTheStoredRules()
{
    // GIVEN clients at and just below where the new boundaries will be
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClientStore store;
    QVERIFY2(store.open(newDatabase(dir, QStringLiteral("clients"))), qPrintable(store.errorString()));
    QVERIFY(store.addClients({makeClient(QStringLiteral("at both"), QString(), 7.3, 2.7),
                              makeClient(QStringLiteral("below satisfaction"), QString(), 7.2, 2.7),
                              makeClient(QStringLiteral("below repurchase"), QString(), 7.3, 2.6),
                              makeClient(QStringLiteral("Apostle corner"), QString(), 9.6, 9.6),
                              makeClient(QStringLiteral("Terrorist corner"), QString(), 0.4, 0.4),
                              makeClient(QStringLiteral("just outside the Terrorist corner"), QString(), 0.5, 0.4)}));
    QCOMPARE(store.segmentAt(0), Segment::Mercenary);
    QCOMPARE(store.segmentAt(1), Segment::Mercenary);

    // WHEN the owner moves the boundaries to 7.3 and 2.7 and the corners to 9.6 and 0.4
    QVERIFY2(store.setRules(SegmentationRules(7.3, 2.7, 9.6, 0.4)), qPrintable(store.errorString()));

    // THEN each client is placed by the new rules, a value on a boundary counting as high
    QCOMPARE(store.segmentAt(0), Segment::Loyalist);
    QCOMPARE(store.segmentAt(1), Segment::Hostage);
    QCOMPARE(store.segmentAt(2), Segment::Mercenary);
    QCOMPARE(store.extremeAt(3), Extreme::Apostle);
    QCOMPARE(store.extremeAt(4), Extreme::Terrorist);
    QCOMPARE(store.segmentAt(4), Segment::Defector);
    QCOMPARE(store.extremeAt(5), Extreme::None);
    QCOMPARE(store.extremeAt(0), Extreme::None);
}

void tst_ClientStore::shouldKeepSettingsWhenReopened()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir, QStringLiteral("clients"));
    {
        ClientStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.setting(QStringLiteral("report/title"), QStringLiteral("none")), QStringLiteral("none"));
        QVERIFY2(store.setSetting(QStringLiteral("report/title"), QStringLiteral("First")), qPrintable(store.errorString()));
        QVERIFY2(store.setSetting(QStringLiteral("report/title"), QStringLiteral("Weekly «follow-up»")),
                 qPrintable(store.errorString()));
        QCOMPARE(store.setting(QStringLiteral("report/title")), QStringLiteral("Weekly «follow-up»"));
    }
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.setting(QStringLiteral("report/title")), QStringLiteral("Weekly «follow-up»"));
    QCOMPARE(store.setting(QStringLiteral("missing"), QStringLiteral("fallback")), QStringLiteral("fallback"));
}

void tst_ClientStore::shouldRefuseEveryWriteToAReadOnlyFile()
{
    RAPPORT_FILES_ONLY();
    // GIVEN a Rapport database with two clients and its own rules, made read-only
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir, QStringLiteral("archive"));
    QVector<qint64> ids;
    {
        ClientStore setup;
        QVERIFY2(setup.open(path), qPrintable(setup.errorString()));
        QVERIFY(setup.addClients({makeClient(QStringLiteral("Ann"), QString(), 7.0, 8.0),
                                  makeClient(QStringLiteral("Bob"), QString(), 3.0, 2.0)},
                                 &ids));
        QVERIFY(setup.setRules(SegmentationRules(6.5, 3.5, 8.0, 2.0)));
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    if (QFileInfo(path).isWritable())
        QSKIP("The file is still writable after chmod 0400 (running as root?); permissions cannot be tested here.");
    const QByteArray hashBefore = fileHash(path);

    // WHEN it is opened
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));

    // THEN everything can be read
    QVERIFY(store.isReadOnly());
    QCOMPARE(store.count(), 2);
    QCOMPARE(store.at(1).name, QStringLiteral("Bob"));
    QVERIFY(store.rules() == SegmentationRules(6.5, 3.5, 8.0, 2.0));
    const QVector<Client> before = store.clients();
    SignalLog log(&store);
    QSignalSpy failures(&store, &ClientStore::writeFailed);

    // AND every write is refused, saying the file is read-only
    const auto expectRefused = [&](bool succeeded, const char *what) {
        QVERIFY2(!succeeded, what);
        QVERIFY2(store.errorString().contains(QLatin1String("read-only")),
                 qPrintable(QLatin1String(what) + QStringLiteral(": ") + store.errorString()));
        QVERIFY2(failures.count() == 1, qPrintable(QStringLiteral("%1: writeFailed emitted %2 times")
                                                       .arg(QLatin1String(what))
                                                       .arg(failures.count())));
        QCOMPARE(failures.at(0).at(0).toString(), store.errorString());
        COMPARE_LOG(log.entries, QStringList{QStringLiteral("writeFailed: ") + store.errorString()});
        failures.clear();
        log.clear();
    };
    expectRefused(store.addClient(makeClient(QStringLiteral("Cleo"), QString(), 5.0, 5.0)) != 0, "addClient");
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(store.errorString(),
             QStringLiteral("Could not add the client: %1 is read-only. Nothing was changed.").arg(QDir::toNativeSeparators(path)));
    Client edited = store.at(0);
    edited.name = QStringLiteral("Annie");
    expectRefused(store.updateClient(edited), "updateClient");
    if (QTest::currentTestFailed())
        return;
    expectRefused(store.moveClient(ids.at(0), 1.0, 1.0), "moveClient");
    if (QTest::currentTestFailed())
        return;
    expectRefused(store.removeClients({ids.at(1)}), "removeClients");
    if (QTest::currentTestFailed())
        return;
    expectRefused(store.setRules(SegmentationRules()), "setRules");
    if (QTest::currentTestFailed())
        return;
    expectRefused(store.setSetting(QStringLiteral("k"), QStringLiteral("v")), "setSetting");
    if (QTest::currentTestFailed())
        return;

    // AND nothing changed, in memory or in the file
    COMPARE_CLIENTS(store.clients(), before);
    QVERIFY(store.rules() == SegmentationRules(6.5, 3.5, 8.0, 2.0));
    QCOMPARE(fileHash(path), hashBefore);
}


void tst_ClientStore::shouldErasePersonalDataAndKeepScoresCountsAndHistory()
{
    // GIVEN Ada with name, company, email, phone, tags, notes, scores, framework fields, a move and
    // three interactions (two with notes), and Bob with an interaction of his own
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir);
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    EraseFixture ids;
    QVERIFY2(fillForErase(store, &ids), qPrintable(store.errorString()));
    const Client adaBefore = *store.client(ids.ada);
    const Client bobBefore = *store.client(ids.bob);
    const QStringList adaInteractions = withoutNotes(store.interactions(ids.ada));
    const QVector<SegmentChange> adaHistory = store.history(ids.ada);
    QCOMPARE(adaHistory.size(), 1);
    const ContactSummary adaContacts = store.contactSummary(ids.ada);
    const Segment adaSegment = store.segmentAt(store.rowOf(ids.ada));
    SignalLog log(&store);
    QSignalSpy interactionsChanged(&store, &ClientStore::interactionsChanged);

    // WHEN Ada's personal data is erased
    const bool erased = store.erasePersonalData(ids.ada);

    // THEN it succeeded and the list, chart and details were told once, under the new name
    QVERIFY2(erased, qPrintable(store.errorString()));
    const int row = store.rowOf(ids.ada);
    COMPARE_LOG(log.entries, QStringList{QStringLiteral("changed(%1) before=Ada Lovelace 8.5/7.5 now=Erased client %2 8.5/7.5")
                                             .arg(row)
                                             .arg(ids.ada)});
    QCOMPARE(interactionsChanged.count(), 1);
    QCOMPARE(interactionsChanged.at(0).at(0).value<QVector<qint64>>(), QVector<qint64>{ids.ada});

    // AND what identifies her is gone, in memory and in the database
    const auto check = [&](const Client &ada, const QVector<Interaction> &interactions, const QVector<SegmentChange> &history,
                           const Client &bob, const QVector<Interaction> &bobInteractions) {
        QCOMPARE(ada.name, QStringLiteral("Erased client %1").arg(ids.ada));
        QCOMPARE(ada.displayName(), QStringLiteral("Erased client %1").arg(ids.ada));
        QCOMPARE(ada.company, QString());
        QCOMPARE(ada.emails, QList<ContactPoint>());
        QCOMPARE(ada.phones, QList<ContactPoint>());
        QCOMPARE(ada.tags, QStringList());
        QCOMPARE(ada.notes, QString());
        QCOMPARE(interactions.size(), 3);
        for (const Interaction &interaction : interactions)
            QCOMPARE(interaction.note, QString());
        // AND the scores, framework fields, interactions and moves stay as they were
        QCOMPARE(ada.satisfaction, 8.5);
        QCOMPARE(ada.repurchase, 7.5);
        QCOMPARE(ada.createdAt, adaBefore.createdAt);
        QCOMPARE(ada.archived, false);
        QCOMPARE(ada.rung, LadderRung::Supporter);
        QCOMPARE(ada.stage, Stage::Commitment);
        QVERIFY(ada.dimensions == adaBefore.dimensions);
        QCOMPARE(ada.nps, 9);
        QCOMPARE(ada.npsDate, QDate(2026, 10, 1));
        QCOMPARE(ada.degree, 1);
        QCOMPARE(ada.purchasesPerYear, 6);
        QCOMPARE(ada.idealIntervalDays, 14);
        QCOMPARE(ada.maximumIntervalDays, 30);
        QCOMPARE(withoutNotes(interactions), adaInteractions);
        QVERIFY(history == adaHistory);
        // AND Bob is untouched, his note too
        QVERIFY(bob == bobBefore);
        QCOMPARE(bobInteractions.size(), 1);
        QCOMPARE(bobInteractions.at(0).note, QStringLiteral("Bob wants a quote"));
    };
    check(*store.client(ids.ada), store.interactions(ids.ada), store.history(ids.ada), *store.client(ids.bob),
          store.interactions(ids.bob));
    if (QTest::currentTestFailed())
        return;
    // AND what the dashboard counts is the same: segments, contact, interactions, notes found
    QCOMPARE(store.segmentAt(row), adaSegment);
    QVERIFY(store.contactSummary(ids.ada) == adaContacts);
    QCOMPARE(store.interactionCount(), qint64(4));
    QCOMPARE(store.count(), 2);
    QCOMPARE(store.searchNotes(QStringLiteral("Marylebone")).size(), 0);

    ClientStore reopened;
    QVERIFY2(reopened.open(path), qPrintable(reopened.errorString()));
    check(*reopened.client(ids.ada), reopened.interactions(ids.ada), reopened.history(ids.ada), *reopened.client(ids.bob),
          reopened.interactions(ids.bob));
}

void tst_ClientStore::shouldLeaveNoTraceOfErasedDataInTheFile()
{
    RAPPORT_FILES_ONLY();
    // GIVEN Ada's data in a file, edited a few times (each edit leaves an old copy in free space)
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir);
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    EraseFixture ids;
    QVERIFY2(fillForErase(store, &ids), qPrintable(store.errorString()));
    Client edited = *store.client(ids.ada);
    edited.notes = QStringLiteral("Lives on Marylebone Street, second floor");
    QVERIFY(store.updateClient(edited));
    QVERIFY(store.moveClient(ids.ada, 9.0, 8.0));
    const auto fileBytes = [&]() -> QByteArray { return readFile(path) + readFile(path + QStringLiteral("-wal")); };
    const QList<QByteArray> traces = {"Lovelace", "Analytical Engines", "ada@engines.example", "7946 0018", "countess",
                                      "Marylebone", "daughter"};
    for (const QByteArray &trace : traces)
        QVERIFY2(fileBytes().contains(trace), trace.constData());

    // WHEN her personal data is erased
    QVERIFY2(store.erasePersonalData(ids.ada), qPrintable(store.errorString()));

    // THEN none of it is left anywhere in the file or its log, while Bob's is
    const QByteArray after = fileBytes();
    for (const QByteArray &trace : traces)
        QVERIFY2(!after.contains(trace), trace.constData());
    QVERIFY(after.contains("Bob Babbage"));
    QVERIFY(after.contains("Bob wants a quote"));
}

void tst_ClientStore::shouldChangeNothingWhenTheEraseCannotBeWritten()
{
    // GIVEN Ada and Bob, and a database that refuses to change a note (as a failing disk would)
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir);
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    EraseFixture ids;
    QVERIFY2(fillForErase(store, &ids), qPrintable(store.errorString()));
    {
        PlainConnection plain(path);
        QVERIFY(plain.isOpen());
        if (onServer()) {
            QCOMPARE(plain.exec(QStringLiteral("CREATE FUNCTION refuse_note() RETURNS trigger AS $$"
                                               " BEGIN RAISE EXCEPTION 'the disk refused'; END $$ LANGUAGE plpgsql")),
                     QString());
            QCOMPARE(plain.exec(QStringLiteral("CREATE TRIGGER refuse_note BEFORE UPDATE OF note ON interactions"
                                               " FOR EACH ROW EXECUTE FUNCTION refuse_note()")),
                     QString());
        } else {
            QCOMPARE(plain.exec(QStringLiteral("CREATE TRIGGER refuse_note BEFORE UPDATE OF note ON interactions"
                                               " BEGIN SELECT RAISE(ABORT, 'the disk refused'); END")),
                     QString());
        }
    }
    const QVector<Client> before = store.clients();
    const QVector<Interaction> interactionsBefore = store.interactions(ids.ada);
    SignalLog log(&store);

    // WHEN Ada's personal data is erased
    const bool erased = store.erasePersonalData(ids.ada);

    // THEN it fails with a sentence that says what and that nothing changed
    QVERIFY(!erased);
    QVERIFY2(store.errorString().startsWith(QLatin1String("Could not erase the personal data of Ada Lovelace: ")),
             qPrintable(store.errorString()));
    QVERIFY2(store.errorString().endsWith(QLatin1String("Nothing was changed.")), qPrintable(store.errorString()));
    COMPARE_LOG(log.entries, QStringList{QStringLiteral("writeFailed: ") + store.errorString()});
    // AND nothing changed in memory or in the database: her name is still there
    COMPARE_CLIENTS(store.clients(), before);
    QVERIFY(store.interactions(ids.ada) == interactionsBefore);
    const Reopened reopened = reopen(path);
    QVERIFY2(reopened.opened, qPrintable(reopened.error));
    COMPARE_CLIENTS(reopened.clients, before);
}

void tst_ClientStore::shouldRefuseToEraseInAReadOnlyFile()
{
    RAPPORT_FILES_ONLY();
    // GIVEN Ada and Bob in a file that is then made read-only
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = newDatabase(dir);
    EraseFixture ids;
    {
        ClientStore setup;
        QVERIFY2(setup.open(path), qPrintable(setup.errorString()));
        QVERIFY2(fillForErase(setup, &ids), qPrintable(setup.errorString()));
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    if (QFileInfo(path).isWritable())
        QSKIP("The file is still writable after chmod 0400 (running as root?); permissions cannot be tested here.");
    const QByteArray hashBefore = fileHash(path);
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    const QVector<Client> before = store.clients();

    // WHEN Ada's personal data is erased
    QSignalSpy failures(&store, &ClientStore::writeFailed);
    QVERIFY(!store.erasePersonalData(ids.ada));

    // THEN the owner is told why, and nothing changed
    QCOMPARE(store.errorString(), QStringLiteral("Could not erase the personal data of Ada Lovelace: %1 is read-only. Nothing was changed.")
                                      .arg(QDir::toNativeSeparators(path)));
    QCOMPARE(failures.count(), 1);
    COMPARE_CLIENTS(store.clients(), before);
    QCOMPARE(store.interactions(ids.ada).at(0).note, QStringLiteral("Talked about her daughter's wedding"));
    QCOMPARE(fileHash(path), hashBefore);
}

QTEST_GUILESS_MAIN(tst_ClientStore)
#include "tst_clientstore.moc"
