#include "clientstore.h"
#include "database.h"
#include "lapserules.h"
#include "sampledatagenerator.h"
#include "segmentationrules.h"
#include "schema.h"
#include "testsupport.h"
#include "sqlitedialect.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace Rapport;
using TestSupport::PlainConnection;

namespace {

Client makeClient(const QString &name, double satisfaction, double repurchase)
{
    Client client;
    client.name = name;
    client.satisfaction = satisfaction;
    client.repurchase = repurchase;
    client.createdAt = QDateTime(QDate(2024, 1, 10), QTime(9, 0), Qt::UTC);
    client.updatedAt = client.createdAt;
    return client;
}

Interaction makeInteraction(qint64 clientId, const QDateTime &at, const QString &note = QString(),
                            InteractionKind kind = InteractionKind::Call, Direction direction = Direction::Outbound,
                            Outcome outcome = Outcome::Answered)
{
    Interaction interaction;
    interaction.clientId = clientId;
    interaction.happenedAt = at;
    interaction.kind = kind;
    interaction.direction = direction;
    interaction.outcome = outcome;
    interaction.note = note;
    return interaction;
}

QDateTime utc(int month, int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute), Qt::UTC);
}

QStringList notesOf(const QVector<Interaction> &interactions)
{
    QStringList notes;
    for (const Interaction &interaction : interactions)
        notes.append(interaction.note);
    return notes;
}

QList<qint64> idsOf(const QSignalSpy &spy)
{
    QList<qint64> ids;
    for (const QList<QVariant> &arguments : spy)
        ids.append(arguments.at(0).toLongLong());
    return ids;
}

/** The client ids of each interactionsChanged() caught by @p spy, one list per signal. */
QList<QVector<qint64>> clientListsOf(const QSignalSpy &spy)
{
    QList<QVector<qint64>> lists;
    for (const QList<QVariant> &arguments : spy)
        lists.append(arguments.at(0).value<QVector<qint64>>());
    return lists;
}

QString describe(const Interaction &i)
{
    return QStringLiteral("{id %1, client %2, at %3, %4/%5/%6, note \"%7\"}")
        .arg(QString::number(i.id), QString::number(i.clientId), i.happenedAt.toString(Qt::ISODateWithMs),
             InteractionText::kindKey(i.kind), InteractionText::directionKey(i.direction),
             InteractionText::outcomeKey(i.outcome), i.note);
}

QString describe(const SegmentChange &c)
{
    return QStringLiteral("{id %1, client %2, at %3, %4/%5 %6%7 -> %8/%9 %10%11, %12, acknowledged %13}")
        .arg(QString::number(c.id), QString::number(c.clientId), c.changedAt.toString(Qt::ISODateWithMs),
             QString::number(c.fromSatisfaction), QString::number(c.fromRepurchase), segmentKey(c.fromSegment),
             extremeKey(c.fromExtreme), QString::number(c.toSatisfaction), QString::number(c.toRepurchase))
        .arg(segmentKey(c.toSegment), extremeKey(c.toExtreme), SegmentChange::sourceKey(c.source),
             c.acknowledged ? QStringLiteral("yes") : QStringLiteral("no"));
}

/** Empty when both lists are equal, item by item; the first difference otherwise. */
template<typename T>
QString difference(const QVector<T> &actual, const QVector<T> &expected)
{
    if (actual.size() != expected.size())
        return QStringLiteral("%1 entries instead of %2").arg(actual.size()).arg(expected.size());
    for (int i = 0; i < actual.size(); ++i) {
        if (actual.at(i) != expected.at(i))
            return QStringLiteral("entry %1 is %2, expected %3").arg(i).arg(describe(actual.at(i)), describe(expected.at(i)));
    }
    return {};
}

#define COMPARE_LISTS(actual, expected)                                                                             \
    do {                                                                                                           \
        const QString diff_ = difference((actual), (expected));                                                    \
        QVERIFY2(diff_.isEmpty(), qPrintable(diff_));                                                              \
    } while (false)

/** A plain QtSql connection to a file, independent of Rapport's code; removed when it goes out of scope. */
} // namespace

class tst_InteractionStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldKeepEveryFieldOfAnInteractionWhenReopened();
    void shouldStoreTheTimeInUtcMilliseconds();
    void shouldListInteractionsInTimeOrderWhateverTheInsertOrder();
    void shouldReorderWhenAnInteractionMovesInTime();
    void shouldRemoveInteractions();
    void shouldRefuseAnInteractionForAMissingClient();
    void shouldRefuseToRemoveAMissingInteraction();
    void shouldFindNotesByEveryWordNewestFirst();
    void shouldTakeSearchWordsLiterally_data();
    void shouldTakeSearchWordsLiterally();
    void shouldKeepTheContactSummaryInStepWithTheInteractions();
    void shouldReadBackTheRecordsOfManyClientsInOnePass();
    void shouldVisitEveryInteractionByClientUntilToldToStop();

    void shouldRecordExactlyOneHistoryEntryPerMove();
    void shouldRecordNoHistoryWhenTheScoresStay();
    void shouldRevertAMoveAndForgetItsHistory();
    void shouldKeepAnAcknowledgementWhenReopened();

    void shouldDeleteInteractionsAndHistoryWithTheClient();
    void shouldBringBackDeletedClientsWithTheirInteractionsAndHistory();

    void shouldSignalEachInteractionChangeOnceForItsClient();
    void shouldSignalEachHistoryChangeOnceForItsClient();

    void shouldUpgradeAVersionOneFile();
    void shouldUpgradeAVersionFourFileWithoutMessageIds();

    void shouldGenerateSamplesWithEveryKindOfLapse();
    void shouldGenerateTheSameRecordsForTheSameSeed();

private:
    QString path() const { return m_location; }
    QString m_location;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
};

void tst_InteractionStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = TestSupport::newDatabase(*m_dir, QStringLiteral("clients"));
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ClientStore>();
    QVERIFY2(m_store->open(path()), qPrintable(m_store->errorString()));
}

void tst_InteractionStorage::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_InteractionStorage::shouldKeepEveryFieldOfAnInteractionWhenReopened()
{
    // GIVEN a client with one interaction of every kind, direction and outcome, and a note
    // with line breaks, quotes and characters outside ASCII
    const qint64 id = m_store->addClient(makeClient(QStringLiteral("Ann"), 7.0, 7.0));
    QVERIFY(id > 0);
    const QString tricky = QStringLiteral("First line\nsecond \"quoted\" line, it's\r\n\ttabbed; DROP TABLE clients; --\n")
        + QString::fromUtf8("Gr\u00fc\u00dfe, \u00e9t\u00e9, \u65e5\u672c\u8a9e, \u2713 \U0001F600");
    const QVector<Interaction> logged = {
        makeInteraction(id, QDateTime(QDate(2024, 2, 29), QTime(13, 45, 12, 345), Qt::UTC), tricky,
                        InteractionKind::Meeting, Direction::Inbound, Outcome::Answered),
        makeInteraction(id, utc(3, 1, 8), QStringLiteral("Called, no one picked up"), InteractionKind::Call,
                        Direction::Outbound, Outcome::NoAnswer),
        makeInteraction(id, utc(3, 2, 9), QString(), InteractionKind::Email, Direction::Outbound, Outcome::Answered),
        makeInteraction(id, utc(3, 3, 10), QStringLiteral(" "), InteractionKind::Message, Direction::Inbound,
                        Outcome::NoAnswer),
        makeInteraction(id, utc(3, 4, 11), QStringLiteral("Other"), InteractionKind::Other, Direction::Outbound,
                        Outcome::Answered),
    };
    QVector<qint64> ids;
    QVERIFY2(m_store->addInteractions(logged, &ids), qPrintable(m_store->errorString()));
    QCOMPARE(ids.size(), 5);
    QVector<Interaction> expected = logged;
    for (int i = 0; i < expected.size(); ++i) {
        QVERIFY(ids.at(i) > 0);
        expected[i].id = ids.at(i);
    }
    // A note left null is stored as an empty one.
    expected[2].note = QStringLiteral("");
    COMPARE_LISTS(m_store->interactions(id), expected);
    QCOMPARE(*m_store->interaction(ids.at(0)), expected.at(0));

    // WHEN the file is opened again
    m_store.reset();
    ClientStore reopened;
    QVERIFY2(reopened.open(path()), qPrintable(reopened.errorString()));

    // THEN every field is there exactly as logged, times in UTC
    const QVector<Interaction> read = reopened.interactions(id);
    COMPARE_LISTS(read, expected);
    QCOMPARE(read.at(0).note, tricky);
    QCOMPARE(read.at(0).happenedAt.toString(Qt::ISODateWithMs), QStringLiteral("2024-02-29T13:45:12.345Z"));
    for (const Interaction &interaction : read)
        QCOMPARE(interaction.happenedAt.timeSpec(), Qt::UTC);
    QCOMPARE(reopened.interaction(ids.at(3))->note, QStringLiteral(" "));
}

void tst_InteractionStorage::shouldStoreTheTimeInUtcMilliseconds()
{
    // GIVEN a client
    const qint64 id = m_store->addClient(makeClient(QStringLiteral("Ann"), 7.0, 7.0));

    // WHEN an interaction is logged with a time given two hours east of UTC
    const QDateTime east(QDate(2024, 7, 1), QTime(9, 30, 0, 250), Qt::OffsetFromUTC, 7200);
    const qint64 interactionId = m_store->addInteraction(makeInteraction(id, east, QStringLiteral("Breakfast")));
    QVERIFY2(interactionId > 0, qPrintable(m_store->errorString()));

    // THEN it is kept as the same instant, in UTC, in memory and in the file
    const std::optional<Interaction> stored = m_store->interaction(interactionId);
    QVERIFY(stored);
    QCOMPARE(stored->happenedAt.timeSpec(), Qt::UTC);
    QCOMPARE(stored->happenedAt, QDateTime(QDate(2024, 7, 1), QTime(7, 30, 0, 250), Qt::UTC));
    PlainConnection plain(path());
    QVERIFY(plain.isOpen());
    QCOMPARE(plain.number(QStringLiteral("SELECT happened_at FROM interactions WHERE id = %1").arg(interactionId)),
             east.toMSecsSinceEpoch());
}

void tst_InteractionStorage::shouldListInteractionsInTimeOrderWhateverTheInsertOrder()
{
    // GIVEN two clients, and interactions of the first logged out of order, two at the same time
    const qint64 ann = m_store->addClient(makeClient(QStringLiteral("Ann"), 7.0, 7.0));
    const qint64 bob = m_store->addClient(makeClient(QStringLiteral("Bob"), 7.0, 7.0));
    QVERIFY(m_store->addInteraction(makeInteraction(ann, utc(5, 3), QStringLiteral("third"))) > 0);
    QVERIFY(m_store->addInteraction(makeInteraction(bob, utc(5, 2), QStringLiteral("Bob's"))) > 0);
    QVERIFY(m_store->addInteraction(makeInteraction(ann, utc(5, 1), QStringLiteral("first"))) > 0);
    QVERIFY(m_store->addInteraction(makeInteraction(ann, utc(5, 5), QStringLiteral("fifth"))) > 0);
    QVERIFY(m_store->addInteractions({makeInteraction(ann, utc(5, 4), QStringLiteral("fourth, logged first")),
                                      makeInteraction(ann, utc(5, 2), QStringLiteral("second"))}));
    QVERIFY(m_store->addInteraction(makeInteraction(ann, utc(5, 4), QStringLiteral("fourth, logged second"))) > 0);

    // THEN they are listed by time, ties in the order they were logged
    const QStringList expected = {
        QStringLiteral("first"),
        QStringLiteral("second"),
        QStringLiteral("third"),
        QStringLiteral("fourth, logged first"),
        QStringLiteral("fourth, logged second"),
        QStringLiteral("fifth"),
    };
    QCOMPARE(notesOf(m_store->interactions(ann)), expected);
    QCOMPARE(notesOf(m_store->interactions(bob)), QStringList{QStringLiteral("Bob's")});

    // AND in the same order when the file is opened again
    ClientStore reopened;
    QVERIFY2(reopened.open(path()), qPrintable(reopened.errorString()));
    COMPARE_LISTS(reopened.interactions(ann), m_store->interactions(ann));
}

void tst_InteractionStorage::shouldReorderWhenAnInteractionMovesInTime()
{
    // GIVEN three interactions on 1, 2 and 3 May
    const qint64 id = m_store->addClient(makeClient(QStringLiteral("Ann"), 7.0, 7.0));
    QVector<qint64> ids;
    QVERIFY(m_store->addInteractions({makeInteraction(id, utc(5, 1), QStringLiteral("a")),
                                      makeInteraction(id, utc(5, 2), QStringLiteral("b")),
                                      makeInteraction(id, utc(5, 3), QStringLiteral("c"))},
                                     &ids));

    // WHEN the first is corrected to 4 May, with a new note and outcome
    Interaction moved = *m_store->interaction(ids.at(0));
    moved.happenedAt = utc(5, 4);
    moved.note = QStringLiteral("a, a day later");
    moved.outcome = Outcome::NoAnswer;
    QVERIFY2(m_store->updateInteraction(moved), qPrintable(m_store->errorString()));

    // THEN it is listed last, with its new values, in memory and in the file
    QCOMPARE(notesOf(m_store->interactions(id)),
             (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a, a day later")}));
    QCOMPARE(m_store->interactions(id).at(2), moved);
    ClientStore reopened;
    QVERIFY2(reopened.open(path()), qPrintable(reopened.errorString()));
    COMPARE_LISTS(reopened.interactions(id), m_store->interactions(id));

    // WHEN it is moved before all the others
    moved.happenedAt = utc(4, 30);
    QVERIFY(m_store->updateInteraction(moved));

    // THEN it is listed first
    QCOMPARE(notesOf(m_store->interactions(id)),
             (QStringList{QStringLiteral("a, a day later"), QStringLiteral("b"), QStringLiteral("c")}));
}

void tst_InteractionStorage::shouldRemoveInteractions()
{
    // GIVEN four interactions
    const qint64 id = m_store->addClient(makeClient(QStringLiteral("Ann"), 7.0, 7.0));
    QVector<qint64> ids;
    QVERIFY(m_store->addInteractions({makeInteraction(id, utc(5, 1), QStringLiteral("a")),
                                      makeInteraction(id, utc(5, 2), QStringLiteral("b")),
                                      makeInteraction(id, utc(5, 3), QStringLiteral("c")),
                                      makeInteraction(id, utc(5, 4), QStringLiteral("d"))},
                                     &ids));

    // WHEN the second and the fourth are removed
    QVERIFY2(m_store->removeInteractions({ids.at(3), ids.at(1)}), qPrintable(m_store->errorString()));

    // THEN the others are left, in order, in memory and in the file
    QCOMPARE(notesOf(m_store->interactions(id)), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    QVERIFY(!m_store->interaction(ids.at(1)));
    QVERIFY(!m_store->interaction(ids.at(3)));
    QVERIFY(m_store->interaction(ids.at(2)));
    ClientStore reopened;
    QVERIFY2(reopened.open(path()), qPrintable(reopened.errorString()));
    COMPARE_LISTS(reopened.interactions(id), m_store->interactions(id));

    // WHEN the rest go too
    QVERIFY(m_store->removeInteractions({ids.at(0), ids.at(2)}));

    // THEN the client has none
    QVERIFY(m_store->interactions(id).isEmpty());
    PlainConnection plain(path());
    QCOMPARE(plain.number(QStringLiteral("SELECT count(*) FROM interactions")), qint64(0));
}

void tst_InteractionStorage::shouldRefuseAnInteractionForAMissingClient()
{
    // GIVEN a client with one interaction
    const qint64 id = m_store->addClient(makeClient(QStringLiteral("Ann"), 7.0, 7.0));
    QVERIFY(m_store->addInteraction(makeInteraction(id, utc(5, 1), QStringLiteral("kept"))) > 0);
    QSignalSpy failures(m_store.get(), &ClientStore::writeFailed);
    QSignalSpy changes(m_store.get(), &ClientStore::interactionsChanged);

    // WHEN an interaction is logged for a client that does not exist, alone or with a valid one
    const qint64 refused = m_store->addInteraction(makeInteraction(id + 100, utc(5, 2), QStringLiteral("lost")));
    const bool severalAdded = m_store->addInteractions({makeInteraction(id, utc(5, 3), QStringLiteral("valid")),
                                                        makeInteraction(id + 100, utc(5, 4), QStringLiteral("lost"))});

    // THEN both are refused with a sentence for the owner and nothing changes
    QCOMPARE(refused, qint64(0));
    QCOMPARE(severalAdded, false);
    const QString message = QStringLiteral("Could not log the interaction: the client no longer exists.");
    QCOMPARE(m_store->errorString(), message);
    QCOMPARE(failures.count(), 2);
    QCOMPARE(failures.at(0).at(0).toString(), message);
    QCOMPARE(failures.at(1).at(0).toString(), message);
    QCOMPARE(changes.count(), 0);
    QCOMPARE(notesOf(m_store->interactions(id)), QStringList{QStringLiteral("kept")});
    QVERIFY(m_store->interactions(id + 100).isEmpty());
    PlainConnection plain(path());
    QCOMPARE(plain.number(QStringLiteral("SELECT count(*) FROM interactions")), qint64(1));
}

void tst_InteractionStorage::shouldRefuseToRemoveAMissingInteraction()
{
    // GIVEN two interactions
    const qint64 id = m_store->addClient(makeClient(QStringLiteral("Ann"), 7.0, 7.0));
    QVector<qint64> ids;
    QVERIFY(m_store->addInteractions({makeInteraction(id, utc(5, 1), QStringLiteral("a")),
                                      makeInteraction(id, utc(5, 2), QStringLiteral("b"))},
                                     &ids));
    QSignalSpy changes(m_store.get(), &ClientStore::interactionsChanged);

    // WHEN one of them is removed together with one that does not exist
    const bool removed = m_store->removeInteractions({ids.at(0), ids.at(1) + 100});

    // THEN nothing is removed
    QCOMPARE(removed, false);
    QCOMPARE(m_store->errorString(), QStringLiteral("Could not delete the interactions: one of them no longer exists."));
    QCOMPARE(changes.count(), 0);
    QCOMPARE(notesOf(m_store->interactions(id)), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    PlainConnection plain(path());
    QCOMPARE(plain.number(QStringLiteral("SELECT count(*) FROM interactions")), qint64(2));
}

void tst_InteractionStorage::shouldFindNotesByEveryWordNewestFirst()
{
    // GIVEN notes over two clients
    const qint64 ann = m_store->addClient(makeClient(QStringLiteral("Ann"), 7.0, 7.0));
    const qint64 bob = m_store->addClient(makeClient(QStringLiteral("Bob"), 7.0, 7.0));
    QVERIFY(m_store->addInteractions({
        makeInteraction(ann, utc(3, 1), QStringLiteral("Discussed the spring ORDER")),
        makeInteraction(bob, utc(3, 2), QStringLiteral("Spring cleaning of the shop")),
        makeInteraction(ann, utc(3, 3), QStringLiteral("order for Spring confirmed")),
        makeInteraction(bob, utc(3, 4), QStringLiteral("Order placed")),
        makeInteraction(bob, utc(3, 5), QString::fromUtf8("Gr\u00fc\u00dfe aus M\u00fcnchen")),
    }));

    // THEN a search finds notes holding every word in any case, newest first
    QCOMPARE(notesOf(m_store->searchNotes(QStringLiteral("spring order"))),
             (QStringList{QStringLiteral("order for Spring confirmed"), QStringLiteral("Discussed the spring ORDER")}));
    QCOMPARE(notesOf(m_store->searchNotes(QStringLiteral("SPRING"))),
             (QStringList{QStringLiteral("order for Spring confirmed"), QStringLiteral("Spring cleaning of the shop"),
                          QStringLiteral("Discussed the spring ORDER")}));
    QCOMPARE(notesOf(m_store->searchNotes(QStringLiteral("  order   placed "))), QStringList{QStringLiteral("Order placed")});
    QCOMPARE(notesOf(m_store->searchNotes(QString::fromUtf8("M\u00dcNCHEN"))),
             QStringList{QString::fromUtf8("Gr\u00fc\u00dfe aus M\u00fcnchen")});
    QCOMPARE(notesOf(m_store->searchNotes(QStringLiteral("spring winter"))), QStringList());
    QCOMPARE(notesOf(m_store->searchNotes(QStringLiteral("   "))), QStringList());
    QCOMPARE(notesOf(m_store->searchNotes(QStringLiteral("spring"), 2)),
             (QStringList{QStringLiteral("order for Spring confirmed"), QStringLiteral("Spring cleaning of the shop")}));
    const QVector<Interaction> found = m_store->searchNotes(QStringLiteral("order placed"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).clientId, bob);
    QCOMPARE(found.at(0), *m_store->interaction(found.at(0).id));
}

void tst_InteractionStorage::shouldTakeSearchWordsLiterally_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");

    // LIKE's wildcards and its escape character are only characters in a search.
    QTest::newRow("percent") << QStringLiteral("50%") << QStringList{QStringLiteral("50% off agreed")};
    QTest::newRow("percent alone") << QStringLiteral("%") << QStringList{QStringLiteral("50% off agreed")};
    QTest::newRow("underscore") << QStringLiteral("a_b") << QStringList{QStringLiteral("file a_b.pdf sent")};
    QTest::newRow("underscore is not any character") << QStringLiteral("a_c") << QStringList{};
    QTest::newRow("backslash") << QStringLiteral("C:\\temp") << QStringList{QStringLiteral("saved to C:\\temp")};
    QTest::newRow("quote") << QStringLiteral("O'Brien") << QStringList{QStringLiteral("met O'Brien")};
    QTest::newRow("SQL") << QStringLiteral("'; DROP TABLE interactions; --") << QStringList{};
    QTest::newRow("accented, any case") << QString::fromUtf8("ÉTÉ") << QStringList{QString::fromUtf8("rappel cet été")};
    QTest::newRow("accented and plain words") << QString::fromUtf8("rappel Été")
                                              << QStringList{QString::fromUtf8("rappel cet été")};
    QTest::newRow("greek, any case") << QString::fromUtf8("ΚΑΛΗΜΕΡΑ")
                                     << QStringList{QString::fromUtf8("καλημέρα καλημερα")};
    QTest::newRow("empty note never found") << QStringLiteral(" ") << QStringList{};
}

void tst_InteractionStorage::shouldTakeSearchWordsLiterally()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    // GIVEN notes full of characters that mean something to SQL
    const qint64 ann = m_store->addClient(makeClient(QStringLiteral("Ann"), 7.0, 7.0));
    const QStringList notes{QStringLiteral("50% off agreed"), QStringLiteral("file a_b.pdf sent"), QStringLiteral("file abc sent"),
                            QStringLiteral("saved to C:\\temp"), QStringLiteral("met O'Brien"),
                            QString::fromUtf8("rappel cet été"),
                            QString::fromUtf8("καλημέρα καλημερα"),
                            QString()};
    QVector<Interaction> logged;
    for (int i = 0; i < notes.size(); ++i)
        logged.append(makeInteraction(ann, utc(4, i + 1), notes.at(i)));
    QVERIFY2(m_store->addInteractions(logged), qPrintable(m_store->errorString()));
    // WHEN searched, THEN exactly the notes holding the words are found, and nothing was changed
    QCOMPARE(notesOf(m_store->searchNotes(search)), expected);
    QCOMPARE(m_store->interactions(ann).size(), notes.size());
}

void tst_InteractionStorage::shouldKeepTheContactSummaryInStepWithTheInteractions()
{
    // GIVEN a client without interactions
    const qint64 ann = m_store->addClient(makeClient(QStringLiteral("Ann"), 7.0, 7.0));
    QCOMPARE(m_store->contactSummary(ann), ContactSummary());
    const auto expectSummaryOfStored = [&] {
        QCOMPARE(m_store->contactSummary(ann), ContactSummary::of(m_store->interactions(ann)));
    };

    // WHEN two unanswered calls and then an answered one are logged
    Interaction unanswered = makeInteraction(ann, utc(2, 1), QStringLiteral("no answer"));
    unanswered.direction = Direction::Outbound;
    unanswered.outcome = Outcome::NoAnswer;
    Interaction again = unanswered;
    again.happenedAt = utc(2, 3);
    QVector<qint64> ids;
    QVERIFY2(m_store->addInteractions({unanswered, again}, &ids), qPrintable(m_store->errorString()));
    // THEN the summary counts the streak
    QCOMPARE(m_store->contactSummary(ann).unansweredStreak, 2);
    QVERIFY(!m_store->contactSummary(ann).lastContact.isValid());
    QCOMPARE(m_store->contactSummary(ann).streakSince, utc(2, 1));
    expectSummaryOfStored();

    // WHEN the second becomes an answered call
    Interaction answered = *m_store->interaction(ids.at(1));
    answered.outcome = Outcome::Answered;
    QVERIFY2(m_store->updateInteraction(answered), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->contactSummary(ann).unansweredStreak, 0);
    QCOMPARE(m_store->contactSummary(ann).lastContact, utc(2, 3));
    expectSummaryOfStored();

    // WHEN it is deleted, the first attempt stands alone again
    QVERIFY2(m_store->removeInteractions({ids.at(1)}), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->contactSummary(ann).unansweredStreak, 1);
    expectSummaryOfStored();

    // WHEN the last one goes, nothing is left to summarise
    QVERIFY2(m_store->removeInteractions({ids.at(0)}), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->contactSummary(ann), ContactSummary());

    // WHEN a failed write is attempted (a client that does not exist), the summary stays
    QVERIFY(!m_store->addInteraction(makeInteraction(ann + 1000, utc(2, 5))));
    QCOMPARE(m_store->contactSummary(ann), ContactSummary());

    // WHEN the file is opened again, the summaries read from it are the same as kept
    QVERIFY(m_store->addInteractions({unanswered, again}));
    const ContactSummary kept = m_store->contactSummary(ann);
    m_store.reset();
    m_store = std::make_unique<ClientStore>();
    QVERIFY2(m_store->open(path()), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->contactSummary(ann), kept);
}

void tst_InteractionStorage::shouldReadBackTheRecordsOfManyClientsInOnePass()
{
    // GIVEN more clients than are read one by one, every other one with two interactions
    QVector<Client> clients;
    for (int i = 0; i < 150; ++i)
        clients.append(makeClient(QStringLiteral("Client %1").arg(i), 5.0, 5.0));
    QVector<qint64> ids;
    QVERIFY(m_store->addClients(clients, &ids));
    QVector<Interaction> logged;
    for (int i = 0; i < ids.size(); i += 2) {
        logged.append(makeInteraction(ids.at(i), utc(6, 2), QStringLiteral("second of %1").arg(i)));
        logged.append(makeInteraction(ids.at(i), utc(6, 1), QStringLiteral("first of %1").arg(i)));
    }
    QVERIFY(m_store->addInteractions(logged));

    // WHEN the records of all but the first are asked for, in reverse order
    QVector<qint64> asked(ids.cbegin() + 1, ids.cend());
    std::reverse(asked.begin(), asked.end());
    bool ok = false;
    const QVector<ClientRecord> records = m_store->records(asked, &ok);

    // THEN each comes in the order asked with its own interactions in time order
    QVERIFY(ok);
    QCOMPARE(records.size(), asked.size());
    for (int i = 0; i < records.size(); ++i) {
        QCOMPARE(records.at(i).client.id, asked.at(i));
        COMPARE_LISTS(records.at(i).interactions, m_store->interactions(asked.at(i)));
    }
    QCOMPARE(records.constLast().interactions.size(), 0);             // Client 1
    QCOMPARE(notesOf(records.at(records.size() - 2).interactions),    // Client 2
             (QStringList{QStringLiteral("first of 2"), QStringLiteral("second of 2")}));
}

void tst_InteractionStorage::shouldVisitEveryInteractionByClientUntilToldToStop()
{
    const qint64 ann = m_store->addClient(makeClient(QStringLiteral("Ann"), 7.0, 7.0));
    const qint64 bob = m_store->addClient(makeClient(QStringLiteral("Bob"), 7.0, 7.0));
    QVERIFY(m_store->addInteractions({makeInteraction(bob, utc(1, 1), QStringLiteral("b1")),
                                      makeInteraction(ann, utc(1, 9), QStringLiteral("a2")),
                                      makeInteraction(ann, utc(1, 2), QStringLiteral("a1"))}));
    QStringList seen;
    QVERIFY(m_store->forEachInteraction([&](const Interaction &i) {
        seen.append(i.note);
        return true;
    }));
    QCOMPARE(seen, (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("b1")}));
    seen.clear();
    QVERIFY(m_store->forEachInteraction([&](const Interaction &i) {
        seen.append(i.note);
        return seen.size() < 2;
    }));
    QCOMPARE(seen, (QStringList{QStringLiteral("a1"), QStringLiteral("a2")}));
}

void tst_InteractionStorage::shouldRecordExactlyOneHistoryEntryPerMove()
{
    // GIVEN a Loyalist
    const qint64 id = m_store->addClient(makeClient(QStringLiteral("Ann"), 8.0, 8.0));
    QVERIFY(m_store->history(id).isEmpty());

    // WHEN it is dragged to 7.0 / 3.04 (a Mercenary)
    qint64 changeId = 0;
    QVERIFY2(m_store->moveClient(id, 7.0, 3.04, ChangeSource::Drag, &changeId), qPrintable(m_store->errorString()));

    // THEN exactly one entry records when, from which values and segment, to which
    QVERIFY(changeId > 0);
    const QVector<SegmentChange> history = m_store->history(id);
    QCOMPARE(history.size(), 1);
    const SegmentChange &change = history.at(0);
    QCOMPARE(change.id, changeId);
    QCOMPARE(change.clientId, id);
    QCOMPARE(change.changedAt, m_store->at(0).updatedAt);
    QCOMPARE(change.changedAt.timeSpec(), Qt::UTC);
    QCOMPARE(change.fromSatisfaction, 8.0);
    QCOMPARE(change.fromRepurchase, 8.0);
    QCOMPARE(change.toSatisfaction, 7.0);
    QCOMPARE(change.toRepurchase, 3.0);
    QCOMPARE(change.fromSegment, Segment::Loyalist);
    QCOMPARE(change.fromExtreme, Extreme::None);
    QCOMPARE(change.toSegment, Segment::Mercenary);
    QCOMPARE(change.toExtreme, Extreme::None);
    QCOMPARE(change.source, ChangeSource::Drag);
    QCOMPARE(change.acknowledged, false);
    QCOMPARE(change.isAlert(), true);

    // AND the same entry is read back from the file
    ClientStore reopened;
    QVERIFY2(reopened.open(path()), qPrintable(reopened.errorString()));
    COMPARE_LISTS(reopened.history(id), history);

    // WHEN it is edited into the Terrorist corner
    Client edited = m_store->at(0);
    edited.satisfaction = 0.5;
    edited.repurchase = 1.0;
    qint64 secondId = 0;
    QVERIFY(m_store->updateClient(edited, ChangeSource::Edit, &secondId));

    // THEN a second entry follows the first
    QCOMPARE(m_store->history(id).size(), 2);
    const SegmentChange &second = m_store->history(id).at(1);
    QCOMPARE(second.id, secondId);
    QCOMPARE(second.fromSatisfaction, 7.0);
    QCOMPARE(second.fromRepurchase, 3.0);
    QCOMPARE(second.fromSegment, Segment::Mercenary);
    QCOMPARE(second.toSegment, Segment::Defector);
    QCOMPARE(second.toExtreme, Extreme::Terrorist);
    QCOMPARE(second.source, ChangeSource::Edit);
    PlainConnection plain(path());
    QCOMPARE(plain.numbers(QStringLiteral("SELECT id FROM segment_history ORDER BY id")), (QList<qint64>{changeId, secondId}));
}

void tst_InteractionStorage::shouldRecordNoHistoryWhenTheScoresStay()
{
    // GIVEN a Loyalist
    const qint64 id = m_store->addClient(makeClient(QStringLiteral("Ann"), 8.0, 8.0));
    QSignalSpy historyChanges(m_store.get(), &ClientStore::historyChanged);

    // WHEN its name changes, and its scores are set to values that round to the same
    Client edited = m_store->at(0);
    edited.name = QStringLiteral("Ann Abbott");
    qint64 changeId = -1;
    QVERIFY(m_store->updateClient(edited, ChangeSource::Edit, &changeId));
    QCOMPARE(changeId, qint64(0));
    edited = m_store->at(0); // a change is based on the version stored now
    edited.satisfaction = 8.04;
    edited.repurchase = 7.96;
    changeId = -1;
    QVERIFY(m_store->updateClient(edited, ChangeSource::Edit, &changeId));
    QCOMPARE(changeId, qint64(0));
    QVERIFY(m_store->moveClient(id, 8.0, 8.0));

    // THEN no move is recorded
    QCOMPARE(m_store->at(0).name, QStringLiteral("Ann Abbott"));
    QVERIFY(m_store->history(id).isEmpty());
    QCOMPARE(historyChanges.count(), 0);
    PlainConnection plain(path());
    QCOMPARE(plain.number(QStringLiteral("SELECT count(*) FROM segment_history")), qint64(0));
}

void tst_InteractionStorage::shouldRevertAMoveAndForgetItsHistory()
{
    // GIVEN a client moved twice
    const qint64 id = m_store->addClient(makeClient(QStringLiteral("Ann"), 8.0, 8.0));
    const Client original = m_store->at(0);
    qint64 first = 0;
    qint64 second = 0;
    QVERIFY(m_store->moveClient(id, 6.0, 6.0, ChangeSource::Drag, &first));
    const Client afterFirst = m_store->at(0);
    QVERIFY(m_store->moveClient(id, 2.0, 2.0, ChangeSource::Drag, &second));
    QCOMPARE(m_store->history(id).size(), 2);
    const SegmentChange firstChange = m_store->history(id).at(0);

    // WHEN the second move is undone
    QVERIFY2(m_store->revertClient(afterFirst, {second}), qPrintable(m_store->errorString()));

    // THEN the values are back and only the first entry is left, in the file too
    QCOMPARE(m_store->at(0).satisfaction, 6.0);
    QCOMPARE(m_store->at(0).repurchase, 6.0);
    COMPARE_LISTS(m_store->history(id), QVector<SegmentChange>{firstChange});
    {
        ClientStore reopened;
        QVERIFY2(reopened.open(path()), qPrintable(reopened.errorString()));
        QCOMPARE(reopened.count(), 1);
        QCOMPARE(reopened.at(0).satisfaction, 6.0);
        QCOMPARE(reopened.at(0).repurchase, 6.0);
        QCOMPARE(reopened.at(0).createdAt, original.createdAt);
        COMPARE_LISTS(reopened.history(id), QVector<SegmentChange>{firstChange});
    }

    // WHEN the first move is undone too
    QVERIFY(m_store->revertClient(original, {first}));

    // THEN the client is where it started, with no history
    QCOMPARE(m_store->at(0).satisfaction, 8.0);
    QCOMPARE(m_store->at(0).repurchase, 8.0);
    QVERIFY(m_store->history(id).isEmpty());
    ClientStore reopened;
    QVERIFY2(reopened.open(path()), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.at(0).satisfaction, 8.0);
    QCOMPARE(reopened.at(0).repurchase, 8.0);
    QCOMPARE(reopened.at(0).name, original.name);
    QVERIFY(reopened.history(id).isEmpty());
}

void tst_InteractionStorage::shouldKeepAnAcknowledgementWhenReopened()
{
    // GIVEN a Hostage moved into the Defector quadrant: an alert
    const qint64 id = m_store->addClient(makeClient(QStringLiteral("Ann"), 3.0, 8.0));
    qint64 changeId = 0;
    QVERIFY(m_store->moveClient(id, 3.0, 3.0, ChangeSource::Drag, &changeId));
    QCOMPARE(m_store->history(id).at(0).isAlert(), true);

    // WHEN the owner acknowledges it
    QVERIFY2(m_store->acknowledgeChange(changeId), qPrintable(m_store->errorString()));

    // THEN it is acknowledged in memory and in the file
    QCOMPARE(m_store->history(id).at(0).acknowledged, true);
    QCOMPARE(m_store->history(id).at(0).isAlert(), false);
    {
        ClientStore reopened;
        QVERIFY2(reopened.open(path()), qPrintable(reopened.errorString()));
        QCOMPARE(reopened.history(id).size(), 1);
        QCOMPARE(reopened.history(id).at(0).acknowledged, true);
    }

    // WHEN the acknowledgement is taken back
    QVERIFY(m_store->acknowledgeChange(changeId, false));

    // THEN the file has the alert again
    {
        ClientStore reopened;
        QVERIFY2(reopened.open(path()), qPrintable(reopened.errorString()));
        QCOMPARE(reopened.history(id).at(0).acknowledged, false);
        QCOMPARE(reopened.history(id).at(0).isAlert(), true);
    }

    // AND a change that does not exist is refused
    QVERIFY(!m_store->acknowledgeChange(changeId + 100));
    QCOMPARE(m_store->errorString(), QStringLiteral("Could not acknowledge the alert: the change no longer exists."));
}

void tst_InteractionStorage::shouldDeleteInteractionsAndHistoryWithTheClient()
{
    // GIVEN two clients with interactions and history
    const qint64 ann = m_store->addClient(makeClient(QStringLiteral("Ann"), 8.0, 8.0));
    const qint64 bob = m_store->addClient(makeClient(QStringLiteral("Bob"), 8.0, 8.0));
    QVERIFY(m_store->addInteractions({makeInteraction(ann, utc(5, 1), QStringLiteral("a1")),
                                      makeInteraction(ann, utc(5, 2), QStringLiteral("a2")),
                                      makeInteraction(bob, utc(5, 3), QStringLiteral("b1"))}));
    QVERIFY(m_store->moveClient(ann, 7.0, 3.0));
    QVERIFY(m_store->moveClient(ann, 3.0, 3.0));
    QVERIFY(m_store->moveClient(bob, 6.0, 6.0));

    // WHEN Ann is deleted
    QVERIFY2(m_store->removeClients({ann}), qPrintable(m_store->errorString()));

    // THEN her interactions and history are gone from memory and from the file; Bob's stay
    QVERIFY(m_store->interactions(ann).isEmpty());
    QVERIFY(m_store->history(ann).isEmpty());
    QCOMPARE(notesOf(m_store->interactions(bob)), QStringList{QStringLiteral("b1")});
    QCOMPARE(m_store->history(bob).size(), 1);
    PlainConnection plain(path());
    QVERIFY(plain.isOpen());
    QCOMPARE(plain.number(QStringLiteral("SELECT count(*) FROM clients WHERE id = %1").arg(ann)), qint64(0));
    QCOMPARE(plain.number(QStringLiteral("SELECT count(*) FROM interactions WHERE client_id = %1").arg(ann)), qint64(0));
    QCOMPARE(plain.number(QStringLiteral("SELECT count(*) FROM segment_history WHERE client_id = %1").arg(ann)), qint64(0));
    QCOMPARE(plain.number(QStringLiteral("SELECT count(*) FROM interactions WHERE client_id = %1").arg(bob)), qint64(1));
    QCOMPARE(plain.number(QStringLiteral("SELECT count(*) FROM segment_history WHERE client_id = %1").arg(bob)), qint64(1));
}

void tst_InteractionStorage::shouldBringBackDeletedClientsWithTheirInteractionsAndHistory()
{
    // GIVEN three clients, two of them with interactions and history, and their records
    const qint64 ann = m_store->addClient(makeClient(QStringLiteral("Ann"), 8.0, 8.0));
    const qint64 bob = m_store->addClient(makeClient(QStringLiteral("Bob"), 8.0, 8.0));
    const qint64 cleo = m_store->addClient(makeClient(QStringLiteral("Cleo"), 8.0, 8.0));
    QVERIFY(m_store->addInteractions({makeInteraction(ann, utc(5, 1), QStringLiteral("a1"), InteractionKind::Meeting,
                                                      Direction::Inbound, Outcome::Answered),
                                      makeInteraction(ann, utc(5, 2), QStringLiteral("a2"), InteractionKind::Email,
                                                      Direction::Outbound, Outcome::NoAnswer),
                                      makeInteraction(cleo, utc(5, 3), QStringLiteral("c1")),
                                      makeInteraction(bob, utc(5, 4), QStringLiteral("b1"))}));
    QVERIFY(m_store->moveClient(ann, 7.0, 3.0));
    QVERIFY(m_store->moveClient(ann, 3.0, 3.0));
    QVERIFY(m_store->moveClient(cleo, 9.5, 9.5));
    QVERIFY(m_store->acknowledgeChange(m_store->history(ann).at(0).id));
    const QVector<ClientRecord> records = m_store->records({ann, cleo});
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).interactions.size(), 2);
    QCOMPARE(records.at(0).history.size(), 2);
    PlainConnection plain(path());
    QVERIFY(plain.isOpen());
    const QString interactionRows = QStringLiteral("SELECT id FROM interactions ORDER BY id");
    const QString historyRows = QStringLiteral("SELECT id FROM segment_history ORDER BY id");
    const QList<qint64> interactionIds = plain.numbers(interactionRows);
    const QList<qint64> historyIds = plain.numbers(historyRows);
    QCOMPARE(interactionIds.size(), 4);
    QCOMPARE(historyIds.size(), 3);
    QVERIFY2(m_store->removeClients({ann, cleo}), qPrintable(m_store->errorString()));
    QCOMPARE(plain.numbers(interactionRows).size(), 1);
    QCOMPARE(plain.numbers(historyRows), QList<qint64>());

    // WHEN the records are added back
    QVector<qint64> ids;
    QVERIFY2(m_store->addClientRecords(records, &ids), qPrintable(m_store->errorString()));

    // THEN everything is back with the same ids, in memory and in the file
    QCOMPARE(ids, (QVector<qint64>{ann, cleo}));
    QCOMPARE(m_store->count(), 3);
    QCOMPARE(m_store->at(1).id, ann);
    QCOMPARE(m_store->at(2).id, cleo);
    COMPARE_LISTS(m_store->interactions(ann), records.at(0).interactions);
    COMPARE_LISTS(m_store->history(ann), records.at(0).history);
    COMPARE_LISTS(m_store->interactions(cleo), records.at(1).interactions);
    COMPARE_LISTS(m_store->history(cleo), records.at(1).history);
    QCOMPARE(*m_store->interaction(records.at(0).interactions.at(1).id), records.at(0).interactions.at(1));
    QCOMPARE(plain.numbers(interactionRows), interactionIds);
    QCOMPARE(plain.numbers(historyRows), historyIds);
    ClientStore reopened;
    QVERIFY2(reopened.open(path()), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.count(), 3);
    QVERIFY(*reopened.client(ann) == records.at(0).client);
    QVERIFY(*reopened.client(cleo) == records.at(1).client);
    COMPARE_LISTS(reopened.interactions(ann), records.at(0).interactions);
    COMPARE_LISTS(reopened.history(ann), records.at(0).history);
    COMPARE_LISTS(reopened.interactions(cleo), records.at(1).interactions);
    COMPARE_LISTS(reopened.history(cleo), records.at(1).history);
    QCOMPARE(notesOf(reopened.interactions(bob)), QStringList{QStringLiteral("b1")});
}

void tst_InteractionStorage::shouldSignalEachInteractionChangeOnceForItsClient()
{
    // GIVEN two clients
    const qint64 ann = m_store->addClient(makeClient(QStringLiteral("Ann"), 8.0, 8.0));
    const qint64 bob = m_store->addClient(makeClient(QStringLiteral("Bob"), 8.0, 8.0));
    QSignalSpy changes(m_store.get(), &ClientStore::interactionsChanged);
    QSignalSpy historyChanges(m_store.get(), &ClientStore::historyChanged);

    // WHEN an interaction is logged for Bob
    const qint64 first = m_store->addInteraction(makeInteraction(bob, utc(5, 1), QStringLiteral("b1")));
    QVERIFY(first > 0);
    // THEN Bob's interactions changed once, and they are in place when the signal comes
    QCOMPARE(clientListsOf(changes), QList<QVector<qint64>>{{bob}});

    // WHEN three are logged for Ann at once
    changes.clear();
    QVector<qint64> annIds;
    QVERIFY(m_store->addInteractions({makeInteraction(ann, utc(5, 2), QStringLiteral("a1")),
                                      makeInteraction(ann, utc(5, 3), QStringLiteral("a2")),
                                      makeInteraction(ann, utc(5, 4), QStringLiteral("a3"))},
                                     &annIds));
    QCOMPARE(clientListsOf(changes), QList<QVector<qint64>>{{ann}});

    // WHEN one of them is edited
    changes.clear();
    Interaction edited = *m_store->interaction(annIds.at(1));
    edited.note = QStringLiteral("a2, edited");
    QVERIFY(m_store->updateInteraction(edited));
    QCOMPARE(clientListsOf(changes), QList<QVector<qint64>>{{ann}});

    // WHEN two of Ann's are removed together
    changes.clear();
    QVERIFY(m_store->removeInteractions({annIds.at(0), annIds.at(2)}));
    QCOMPARE(clientListsOf(changes), QList<QVector<qint64>>{{ann}});

    // WHEN one of each is removed together
    changes.clear();
    QVERIFY(m_store->removeInteractions({annIds.at(1), first}));
    // THEN the listeners hear of both clients at once
    QCOMPARE(clientListsOf(changes), (QList<QVector<qint64>>{{ann, bob}}));

    // AND the history was never touched
    QCOMPARE(historyChanges.count(), 0);

    // AND the signal comes after the change is in place
    changes.clear();
    int seen = -1;
    const QMetaObject::Connection watch = connect(m_store.get(), &ClientStore::interactionsChanged, this,
            [&](const QVector<qint64> &clientIds) { seen = int(m_store->interactions(clientIds.value(0)).size()); });
    const qint64 added = m_store->addInteraction(makeInteraction(ann, utc(6, 1), QStringLiteral("a4")));
    disconnect(watch);
    QVERIFY(added > 0);
    QCOMPARE(seen, 1);
}

void tst_InteractionStorage::shouldSignalEachHistoryChangeOnceForItsClient()
{
    // GIVEN two Loyalists
    const qint64 ann = m_store->addClient(makeClient(QStringLiteral("Ann"), 8.0, 8.0));
    const qint64 bob = m_store->addClient(makeClient(QStringLiteral("Bob"), 8.0, 8.0));
    const Client bobBefore = m_store->at(1);
    QSignalSpy historyChanges(m_store.get(), &ClientStore::historyChanged);
    QSignalSpy changes(m_store.get(), &ClientStore::interactionsChanged);
    int seen = -1;
    const QMetaObject::Connection watch = connect(m_store.get(), &ClientStore::historyChanged, this,
            [&](qint64 clientId) { seen = int(m_store->history(clientId).size()); });
    const auto unwatch = qScopeGuard([&] { disconnect(watch); });

    // WHEN Bob is moved
    qint64 changeId = 0;
    QVERIFY(m_store->moveClient(bob, 8.0, 2.0, ChangeSource::Drag, &changeId));
    // THEN Bob's history changed once, with the entry in place
    QCOMPARE(idsOf(historyChanges), QList<qint64>{bob});
    QCOMPARE(seen, 1);

    // WHEN the move is acknowledged
    historyChanges.clear();
    QVERIFY(m_store->acknowledgeChange(changeId));
    QCOMPARE(idsOf(historyChanges), QList<qint64>{bob});

    // WHEN the move is undone
    historyChanges.clear();
    QVERIFY(m_store->revertClient(bobBefore, {changeId}));
    QCOMPARE(idsOf(historyChanges), QList<qint64>{bob});
    QCOMPARE(seen, 0);

    // WHEN Ann's name is edited
    historyChanges.clear();
    Client renamed = m_store->at(0);
    renamed.name = QStringLiteral("Ann Abbott");
    QVERIFY(m_store->updateClient(renamed));
    // THEN no history changed
    QCOMPARE(historyChanges.count(), 0);

    // WHEN Ann is moved by an edit (based on the version stored now)
    renamed = m_store->at(0);
    renamed.satisfaction = 4.0;
    QVERIFY(m_store->updateClient(renamed));
    QCOMPARE(idsOf(historyChanges), QList<qint64>{ann});

    // AND interactions were never touched
    QCOMPARE(changes.count(), 0);
}

void tst_InteractionStorage::shouldUpgradeAVersionOneFile()
{
    // GIVEN a file as the first Rapport wrote it: schema 1 and one client
    m_store.reset();
    const QString oldPath = m_dir->filePath(QStringLiteral("version1.rapport"));
    const QDateTime created(QDate(2023, 11, 5), QTime(14, 30, 15, 500), Qt::UTC);
    const QDateTime updated(QDate(2024, 2, 1), QTime(8, 0), Qt::UTC);
    {
        PlainConnection plain(oldPath);
        QVERIFY(plain.isOpen());
        const QStringList statements = Schema::migration(1, SqliteDialect::instance());
        QVERIFY(!statements.isEmpty());
        for (const QString &statement : statements) {
            const QString error = plain.exec(statement);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        const QString error = plain.exec(QStringLiteral("PRAGMA user_version = 1"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSqlQuery insert(plain.db());
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO clients (id, name, company, email, phone, tags, notes, satisfaction, repurchase, created_at,"
            " updated_at, archived) VALUES (7, :name, :company, :email, '', :tags, :notes, 3.5, 8.2, :created,"
            " :updated, 0)")));
        insert.bindValue(QStringLiteral(":name"), QStringLiteral("Olga Old"));
        insert.bindValue(QStringLiteral(":company"), QStringLiteral("Old Town Bakery"));
        insert.bindValue(QStringLiteral(":email"), QStringLiteral("olga@example.com"));
        insert.bindValue(QStringLiteral(":tags"), QStringLiteral("retail, monthly"));
        insert.bindValue(QStringLiteral(":notes"), QStringLiteral("Since 2019"));
        insert.bindValue(QStringLiteral(":created"), created.toMSecsSinceEpoch());
        insert.bindValue(QStringLiteral(":updated"), updated.toMSecsSinceEpoch());
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        QCOMPARE(plain.db().tables().contains(QStringLiteral("interactions")), false);
    }

    // WHEN Rapport opens it
    {
        ClientStore store;
        QVERIFY2(store.open(oldPath), qPrintable(store.errorString()));

        // THEN the client is kept, with no interval of its own, and the new tables work
        QCOMPARE(store.count(), 1);
        const Client &client = store.at(0);
        QCOMPARE(client.id, qint64(7));
        QCOMPARE(client.name, QStringLiteral("Olga Old"));
        QCOMPARE(client.company, QStringLiteral("Old Town Bakery"));
        QCOMPARE(client.email(), QStringLiteral("olga@example.com"));
        QCOMPARE(client.tags, (QStringList{QStringLiteral("retail"), QStringLiteral("monthly")}));
        QCOMPARE(client.notes, QStringLiteral("Since 2019"));
        QCOMPARE(client.satisfaction, 3.5);
        QCOMPARE(client.repurchase, 8.2);
        QCOMPARE(client.createdAt, created);
        QCOMPARE(client.updatedAt, updated);
        QCOMPARE(client.idealIntervalDays, 0);
        QCOMPARE(client.maximumIntervalDays, 0);
        QVERIFY(store.interactions(7).isEmpty());
        QVERIFY(store.history(7).isEmpty());
        QVERIFY(store.lapseRules() == LapseRules());
        QVERIFY2(store.addInteraction(makeInteraction(7, utc(3, 1), QStringLiteral("first since the upgrade"))) > 0,
                 qPrintable(store.errorString()));
        QVERIFY2(store.moveClient(7, 6.0, 8.2), qPrintable(store.errorString()));
        QCOMPARE(store.history(7).size(), 1);
    }

    // AND the file is at the latest version, with the new tables and columns
    PlainConnection plain(oldPath);
    QCOMPARE(plain.number(QStringLiteral("PRAGMA user_version")), qint64(Database::latestSchemaVersion()));
    const QStringList tables = plain.db().tables();
    QVERIFY(tables.contains(QStringLiteral("interactions")));
    QVERIFY(tables.contains(QStringLiteral("segment_history")));
    QCOMPARE(plain.number(QStringLiteral("SELECT count(*) FROM interactions WHERE client_id = 7")), qint64(1));
    QCOMPARE(plain.number(QStringLiteral("SELECT count(*) FROM segment_history WHERE client_id = 7")), qint64(1));
    QCOMPARE(plain.number(QStringLiteral("SELECT ideal_interval_days + maximum_interval_days FROM clients WHERE id = 7")),
             qint64(0));
}

void tst_InteractionStorage::shouldUpgradeAVersionFourFileWithoutMessageIds()
{
    RAPPORT_FILES_ONLY();
    // GIVEN a file at schema 4 with a client and an email logged by hand
    m_store.reset();
    const QString oldPath = m_dir->filePath(QStringLiteral("version4.rapport"));
    {
        PlainConnection plain(oldPath);
        QVERIFY(plain.isOpen());
        for (int version = 1; version <= 4; ++version) {
            for (const QString &statement : Schema::migration(version, SqliteDialect::instance())) {
                const QString error = plain.exec(statement);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        }
        QCOMPARE(plain.exec(QStringLiteral("PRAGMA user_version = 4")), QString());
        QCOMPARE(plain.exec(QStringLiteral("INSERT INTO clients (id, name, emails, satisfaction, repurchase, created_at, updated_at)"
                                           " VALUES (3, 'Olga', 'work:olga@example.com', 5, 5, 0, 0)")),
                 QString());
        QCOMPARE(plain.exec(QStringLiteral("INSERT INTO interactions (id, client_id, happened_at, kind, direction, outcome, note)"
                                           " VALUES (9, 3, 1700000000000, 'email', 'outbound', 'no_answer', 'Quote')")),
                 QString());
    }

    // WHEN Rapport opens it
    {
        ClientStore store;
        QVERIFY2(store.open(oldPath), qPrintable(store.errorString()));

        // THEN the email is kept, with no message id, and a new one keeps its own
        QCOMPARE(store.interactions(3).size(), 1);
        QCOMPARE(store.interactions(3).at(0).note, QStringLiteral("Quote"));
        QCOMPARE(store.interactions(3).at(0).messageId, QString());
        Interaction read = makeInteraction(3, utc(3, 1), QStringLiteral("Re: Quote"), InteractionKind::Email, Direction::Inbound);
        read.messageId = QStringLiteral("re-quote@example.com");
        const qint64 id = store.addInteraction(read);
        QVERIFY2(id > 0, qPrintable(store.errorString()));
        QCOMPARE(store.interaction(id)->messageId, QStringLiteral("re-quote@example.com"));
    }

    // AND the file is at the latest version: the old row has NULL, the index is there
    PlainConnection plain(oldPath);
    QCOMPARE(plain.number(QStringLiteral("PRAGMA user_version")), qint64(Database::latestSchemaVersion()));
    QCOMPARE(plain.number(QStringLiteral("SELECT count(*) FROM interactions WHERE message_id IS NULL")), qint64(1));
    QCOMPARE(plain.value(QStringLiteral("SELECT message_id FROM interactions WHERE id <> 9")).toString(),
             QStringLiteral("re-quote@example.com"));
    QCOMPARE(plain.number(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'interactions_message'")),
             qint64(1));
}

void tst_InteractionStorage::shouldGenerateSamplesWithEveryKindOfLapse()
{
    // GIVEN 300 sample clients with a past
    const QDateTime now(QDate(2024, 6, 12), QTime(15, 0), Qt::UTC);
    const QDate today = now.toLocalTime().date();
    const QVector<ClientRecord> records = SampleDataGenerator(5).records(300, now);
    QCOMPARE(records.size(), 300);

    // WHEN their contact statuses are computed with the default rules
    const LapseRules lapse;
    const SegmentationRules segments;
    int overdue = 0;
    int silent = 0;
    int streaks = 0;
    int withHistory = 0;
    int inTouch = 0;
    for (const ClientRecord &record : records) {
        QVERIFY(std::is_sorted(record.interactions.cbegin(), record.interactions.cend(), Interaction::earlier));
        for (const Interaction &interaction : record.interactions) {
            QVERIFY(interaction.happenedAt >= record.client.createdAt);
            QVERIFY(interaction.happenedAt <= now);
        }
        const Segment segment = segments.segment(record.client.satisfaction, record.client.repurchase);
        const ContactStatus status = lapse.status(record.client, segment, record.interactions, today);
        overdue += status.isOverdue ? 1 : 0;
        silent += status.isUnusuallySilent ? 1 : 0;
        streaks += status.unansweredStreak >= 3 ? 1 : 0;
        withHistory += record.history.isEmpty() ? 0 : 1;
        inTouch += !status.isDue && !status.isInLapse ? 1 : 0;
        if (!record.history.isEmpty()) {
            // The last move leads to where the client stands now.
            QCOMPARE(record.history.constLast().toSatisfaction, record.client.satisfaction);
            QCOMPARE(record.history.constLast().toRepurchase, record.client.repurchase);
        }
    }

    // THEN every situation the owner meets is there
    QVERIFY2(overdue > 0, qPrintable(QString::number(overdue)));
    QVERIFY2(silent > 0, qPrintable(QString::number(silent)));
    QVERIFY2(streaks > 0, qPrintable(QString::number(streaks)));
    QVERIFY2(withHistory > 0, qPrintable(QString::number(withHistory)));
    QVERIFY2(inTouch > 0, qPrintable(QString::number(inTouch)));

    // AND the records can be stored as they are
    QVERIFY2(m_store->addClientRecords(records), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->count(), 300);
    int stored = 0;
    int generated = 0;
    for (int row = 0; row < records.size(); ++row) {
        stored += int(m_store->interactions(m_store->at(row).id).size());
        generated += int(records.at(row).interactions.size());
    }
    QCOMPARE(stored, generated);
}

void tst_InteractionStorage::shouldGenerateTheSameRecordsForTheSameSeed()
{
    // GIVEN two generators with the same seed
    const QDateTime now(QDate(2024, 6, 12), QTime(15, 0), Qt::UTC);

    // WHEN each makes 300 records
    const QVector<ClientRecord> first = SampleDataGenerator(5).records(300, now);
    const QVector<ClientRecord> second = SampleDataGenerator(5).records(300, now);

    // THEN the records are identical
    QCOMPARE(first.size(), second.size());
    for (int i = 0; i < first.size(); ++i) {
        QVERIFY2(first.at(i).client == second.at(i).client, qPrintable(QString::number(i)));
        COMPARE_LISTS(first.at(i).interactions, second.at(i).interactions);
        COMPARE_LISTS(first.at(i).history, second.at(i).history);
    }

    // AND another seed gives other records
    const QVector<ClientRecord> other = SampleDataGenerator(6).records(300, now);
    bool differs = false;
    for (int i = 0; i < other.size() && !differs; ++i)
        differs = other.at(i).client != first.at(i).client || other.at(i).interactions != first.at(i).interactions;
    QVERIFY(differs);
}

QTEST_GUILESS_MAIN(tst_InteractionStorage)
#include "tst_interactionstorage.moc"
