#include "maillog.h"

#include "clientstore.h"
#include "contacttracker.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <random>

using namespace Rapport;
using TestSupport::PlainConnection;

namespace {

const QString Me = QStringLiteral("me@mybiz.example");
const QString MyOtherAddress = QStringLiteral("hello@mybiz.example");

QDateTime day(int month, int dayOfMonth, int hour = 10)
{
    return QDateTime(QDate(2026, month, dayOfMonth), QTime(hour, 0), Qt::UTC);
}

MailMessage mail(const QString &from, const QStringList &to, const QDateTime &date, const QString &subject,
                 const QByteArray &messageId, const QList<QByteArray> &references = {})
{
    MailMessage message;
    message.fromAddress = from;
    message.recipientAddresses = to;
    message.date = date;
    message.subject = subject;
    message.messageId = messageId;
    message.references = references;
    return message;
}

Client makeClient(const QString &name, double satisfaction, double repurchase, const QStringList &emails)
{
    Client client;
    client.name = name;
    client.satisfaction = satisfaction;
    client.repurchase = repurchase;
    for (const QString &email : emails)
        client.emails.append(ContactPoint{email, ContactPoint::Label::Work});
    client.createdAt = QDateTime(QDate(2025, 1, 10), QTime(9, 0), Qt::UTC);
    client.updatedAt = client.createdAt;
    return client;
}

QString describe(const Interaction &i)
{
    return QStringLiteral("{id %1, client %2, at %3, %4/%5/%6, note \"%7\", message %8}")
        .arg(QString::number(i.id), QString::number(i.clientId), i.happenedAt.toString(Qt::ISODateWithMs),
             InteractionText::kindKey(i.kind), InteractionText::directionKey(i.direction),
             InteractionText::outcomeKey(i.outcome), i.note, i.messageId);
}

/** Empty when both lists are equal, item by item; the first difference otherwise. */
QString difference(const QVector<Interaction> &actual, const QVector<Interaction> &expected)
{
    if (actual.size() != expected.size())
        return QStringLiteral("%1 interactions instead of %2").arg(actual.size()).arg(expected.size());
    for (int i = 0; i < actual.size(); ++i) {
        if (actual.at(i) != expected.at(i))
            return QStringLiteral("entry %1 is %2, expected %3").arg(i).arg(describe(actual.at(i)), describe(expected.at(i)));
    }
    return {};
}

#define COMPARE_INTERACTIONS(actual, expected)                                                                      \
    do {                                                                                                           \
        const QString diff_ = difference((actual), (expected));                                                    \
        QVERIFY2(diff_.isEmpty(), qPrintable(diff_));                                                              \
    } while (false)

Interaction email(qint64 clientId, const QDateTime &at, Direction direction, Outcome outcome, const QString &note,
                  const QString &messageId)
{
    Interaction interaction;
    interaction.clientId = clientId;
    interaction.happenedAt = at;
    interaction.kind = InteractionKind::Email;
    interaction.direction = direction;
    interaction.outcome = outcome;
    interaction.note = note;
    interaction.messageId = messageId;
    return interaction;
}

/** Every interaction in the store, by client and time. */
QVector<Interaction> everyInteraction(const ClientStore &store)
{
    QVector<Interaction> all;
    store.forEachInteraction([&all](const Interaction &interaction) {
        all.append(interaction);
        return true;
    });
    return all;
}

QStringList outcomesOf(const QVector<Interaction> &interactions)
{
    QStringList outcomes;
    for (const Interaction &interaction : interactions)
        outcomes.append(InteractionText::directionKey(interaction.direction) + QLatin1Char('/')
                        + InteractionText::outcomeKey(interaction.outcome));
    return outcomes;
}

} // namespace

class tst_MailLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldLogEmailsFromAndToAClientWithTheSubjectAsNote();
    void shouldMatchEveryEmailOfAClientAndTheOwnersInAnyCase();
    void shouldSkipAutomatedAndUndatedMessages();
    void shouldLogOneMessageToTwoClientsOnEach();
    void shouldAnswerAnOutboundEmailByAReplyInItsThread();
    void shouldAnswerAnOutboundEmailWhenTheClientWritesWithinTheInterval_data();
    void shouldAnswerAnOutboundEmailWhenTheClientWritesWithinTheInterval();
    void shouldAnswerAnEarlierReadingsUnansweredEmailWhenTheReplyComes();
    void shouldAnswerAnEmailOfAnEarlierBatchOfTheSameReading();
    void shouldNeverChangeAnEmailLoggedByHand();
    void shouldAddNothingWhenAYearOfMailIsReadAgain();
    void shouldAddNothingForAnEmailTheOwnerHasEdited();
    void shouldKeyAMessageWithoutIdByItsHeaders();
    void shouldOfferFrequentSendersThatAreNoClient();
    void shouldSummarizeTheReadingInOneLine();

    void shouldWriteABatchInOneTransactionAndSignalOnce();
    void shouldLeaveDatabaseAndMemoryAsTheyWereWhenABatchFails();
    void shouldRefuseABatchWhenTheDiskIsFull();
    void shouldTakeAWholeReadingBackAndWriteItAgain();
    void shouldKeepTheMessageIdsInACopy();
    void shouldKeepTheOwnersAddressesAndTheReadersPositions();

private:
    /** A reading against the store as it is now, with the owner's two addresses. */
    MailLog reading();
    /** Reads @p messages as one batch of @p log and writes it; the change written. */
    MailLogChange readAndWrite(MailLog &log, const QVector<MailMessage> &messages);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<ClientStore> m_store;
    qint64 m_ann = 0;  ///< a Defector: 7 days ideal interval; two addresses
    qint64 m_bob = 0;  ///< a Loyalist: 30 days
    qint64 m_cleo = 0; ///< a Loyalist with no email
};

void tst_MailLog::initTestCase()
{
    RAPPORT_REQUIRE_BACKEND();
}

void tst_MailLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ClientStore>();
    m_location = TestSupport::newDatabase(*m_dir, QStringLiteral("mail"));
    QVERIFY2(m_store->open(m_location), qPrintable(m_store->errorString()));
    QVector<qint64> ids;
    QVERIFY(m_store->addClients({makeClient(QStringLiteral("Ann Abbott"), 2.0, 2.0,
                                            {QStringLiteral("ann@acme.example"), QStringLiteral("Ann.Home@Example.org")}),
                                 makeClient(QStringLiteral("Bob Baker"), 8.0, 8.0, {QStringLiteral("bob@bakery.example")}),
                                 makeClient(QStringLiteral("Cleo Cole"), 8.0, 8.0, {})},
                                &ids));
    m_ann = ids.at(0);
    m_bob = ids.at(1);
    m_cleo = ids.at(2);
    QVERIFY(MailLog::setOwnAddresses(m_store.get(), {Me, MyOtherAddress}));
}

void tst_MailLog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

MailLog tst_MailLog::reading()
{
    std::optional<MailLog> log = MailLog::forStore(*m_store);
    if (!log)
        qFatal("the store's emails cannot be read: %s", qPrintable(m_store->errorString()));
    return *log;
}

MailLogChange tst_MailLog::readAndWrite(MailLog &log, const QVector<MailMessage> &messages)
{
    MailLogChange change = log.read(messages);
    if (!m_store->applyMailLog(change))
        qWarning("the batch was not written: %s", qPrintable(m_store->errorString()));
    return change;
}

void tst_MailLog::shouldLogEmailsFromAndToAClientWithTheSubjectAsNote()
{
    // GIVEN the owner's mail: a quote sent to Ann, and Bob's question
    MailLog log = reading();
    const QVector<MailMessage> messages = {
        mail(Me, {QStringLiteral("ann@acme.example")}, day(3, 2), QStringLiteral("  Your quote for the shelves "),
             "quote-1@mybiz.example"),
        mail(QStringLiteral("bob@bakery.example"), {Me}, day(3, 4), QStringLiteral("Opening hours in May?"), "q@bakery.example"),
    };

    // WHEN they are read and written
    MailLogChange change = log.read(messages);
    QVERIFY2(m_store->applyMailLog(change), qPrintable(m_store->errorString()));

    // THEN Ann has an unanswered outbound email and Bob an inbound one, the subject as the note
    const Interaction toAnn = email(m_ann, day(3, 2), Direction::Outbound, Outcome::NoAnswer,
                                    QStringLiteral("Your quote for the shelves"), QStringLiteral("quote-1@mybiz.example"));
    const Interaction fromBob = email(m_bob, day(3, 4), Direction::Inbound, Outcome::Answered,
                                      QStringLiteral("Opening hours in May?"), QStringLiteral("q@bakery.example"));
    QCOMPARE(change.additions.size(), 2);
    QVERIFY(change.additions.at(0).id > 0);
    QVERIFY(change.additions.at(1).id > 0);
    Interaction expectedAnn = toAnn;
    expectedAnn.id = change.additions.at(0).id;
    Interaction expectedBob = fromBob;
    expectedBob.id = change.additions.at(1).id;
    COMPARE_INTERACTIONS(m_store->interactions(m_ann), QVector<Interaction>{expectedAnn});
    COMPARE_INTERACTIONS(m_store->interactions(m_bob), QVector<Interaction>{expectedBob});
    QVERIFY(change.answered.isEmpty());
    // AND the unanswered email counts as an attempt, the inbound one as contact
    QCOMPARE(m_store->contactSummary(m_ann).unansweredStreak, 1);
    QCOMPARE(m_store->contactSummary(m_bob).lastContact, day(3, 4));

    // AND both are there when the database is opened again
    ClientStore reopened;
    QVERIFY2(reopened.open(m_location), qPrintable(reopened.errorString()));
    COMPARE_INTERACTIONS(reopened.interactions(m_ann), QVector<Interaction>{expectedAnn});
    COMPARE_INTERACTIONS(reopened.interactions(m_bob), QVector<Interaction>{expectedBob});
}

void tst_MailLog::shouldMatchEveryEmailOfAClientAndTheOwnersInAnyCase()
{
    // GIVEN messages to and from each of Ann's addresses, and from the owner's second address, in other letters
    MailLog log = reading();
    const QVector<MailMessage> messages = {
        mail(QStringLiteral("HELLO@MyBiz.Example"), {QStringLiteral("ann.home@example.ORG")}, day(4, 1), QStringLiteral("a"), "a@x"),
        mail(QStringLiteral("ann.home@example.org"), {Me}, day(4, 2), QStringLiteral("b"), "b@x"),
        mail(QStringLiteral("Ann@Acme.Example"), {MyOtherAddress}, day(4, 3), QStringLiteral("c"), "c@x"),
        mail(Me, {QStringLiteral("someone@else.example"), QStringLiteral("ANN@ACME.EXAMPLE")}, day(4, 4), QStringLiteral("d"), "d@x"),
    };

    // WHEN they are read
    const MailLogChange change = log.read(messages);

    // THEN all four are Ann's: outbound from either owner address, inbound from either of hers
    QCOMPARE(change.additions.size(), 4);
    QStringList seen;
    for (const Interaction &interaction : change.additions) {
        QCOMPARE(interaction.clientId, m_ann);
        seen.append(interaction.note + QLatin1Char(':') + InteractionText::directionKey(interaction.direction));
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("a:outbound"), QStringLiteral("b:inbound"), QStringLiteral("c:inbound"),
                                QStringLiteral("d:outbound")}));
    QCOMPARE(log.counts().clients, 1);
    QCOMPARE(log.unknownSenders(), QVector<MailSender>());
}

void tst_MailLog::shouldSkipAutomatedAndUndatedMessages()
{
    // GIVEN Bob's newsletter (a list), his auto-reply, a message of his without a date, and one real message
    MailLog log = reading();
    MailMessage newsletter = mail(QStringLiteral("bob@bakery.example"), {Me}, day(5, 1), QStringLiteral("Bakery news"), "n@b");
    newsletter.automated = true;
    MailMessage away = mail(QStringLiteral("bob@bakery.example"), {Me}, day(5, 2), QStringLiteral("Out of office"), "o@b");
    away.automated = true;
    const MailMessage undated = mail(QStringLiteral("bob@bakery.example"), {Me}, QDateTime(), QStringLiteral("No date"), "u@b");
    const MailMessage real = mail(QStringLiteral("bob@bakery.example"), {Me}, day(5, 3), QStringLiteral("Order"), "r@b");

    // WHEN they are read
    const MailLogChange change = log.read({newsletter, away, undated, real});

    // THEN only the real one is logged, and the others are counted as skipped
    QCOMPARE(change.additions.size(), 1);
    QCOMPARE(change.additions.at(0).note, QStringLiteral("Order"));
    QCOMPARE(log.counts().messages, 4);
    QCOMPARE(log.counts().logged, 1);
    QCOMPARE(log.counts().automated, 2);
    QCOMPARE(log.counts().undated, 1);
}

void tst_MailLog::shouldLogOneMessageToTwoClientsOnEach()
{
    // GIVEN one message from the owner to Ann (both her addresses) with Bob in copy, and one from Ann with Bob in copy
    MailLog log = reading();
    const QVector<MailMessage> messages = {
        mail(Me, {QStringLiteral("ann@acme.example"), QStringLiteral("ann.home@example.org"), QStringLiteral("bob@bakery.example")},
             day(6, 1), QStringLiteral("Joint order"), "joint@mybiz.example"),
        mail(QStringLiteral("ann@acme.example"), {Me, QStringLiteral("bob@bakery.example")}, day(6, 20),
             QStringLiteral("Re: Joint order"), "re-joint@acme.example", {"joint@mybiz.example"}),
    };

    // WHEN they are read and written
    const MailLogChange change = readAndWrite(log, messages);

    // THEN the owner's message is one email on each client, the same message named; Ann's is hers only
    QCOMPARE(change.additions.size(), 3);
    QCOMPARE(m_store->interactions(m_ann).size(), 2);
    QCOMPARE(m_store->interactions(m_bob).size(), 1);
    QCOMPARE(m_store->interactions(m_bob).at(0).messageId, QStringLiteral("joint@mybiz.example"));
    QCOMPARE(m_store->interactions(m_ann).at(0).messageId, QStringLiteral("joint@mybiz.example"));
    QCOMPARE(log.counts().logged, 3);
    QCOMPARE(log.counts().clients, 2);
    // AND Ann's reply in the thread answers her copy; Bob's stays unanswered: he did not write
    QCOMPARE(outcomesOf(m_store->interactions(m_ann)),
             (QStringList{QStringLiteral("outbound/answered"), QStringLiteral("inbound/answered")}));
    QCOMPARE(outcomesOf(m_store->interactions(m_bob)), QStringList{QStringLiteral("outbound/no_answer")});
}

void tst_MailLog::shouldAnswerAnOutboundEmailByAReplyInItsThread()
{
    // GIVEN Bob (30 days) answering 60 days later in the thread, his reply read before the owner's message
    MailLog log = reading();
    const QVector<MailMessage> messages = {
        mail(QStringLiteral("bob@bakery.example"), {Me}, day(3, 2), QStringLiteral("Re: Catering"), "reply@bakery.example",
             {"catering@mybiz.example", "older@mybiz.example"}),
        mail(Me, {QStringLiteral("bob@bakery.example")}, day(1, 1), QStringLiteral("Catering"), "catering@mybiz.example"),
        mail(Me, {QStringLiteral("bob@bakery.example")}, day(1, 2), QStringLiteral("Unrelated"), "unrelated@mybiz.example"),
    };

    // WHEN they are read
    const MailLogChange change = log.read(messages);

    // THEN the email he replied to is answered, the other is not (his reply came long after it)
    QCOMPARE(change.additions.size(), 3);
    QCOMPARE(change.additions.at(1).note, QStringLiteral("Catering"));
    QCOMPARE(change.additions.at(1).outcome, Outcome::Answered);
    QCOMPARE(change.additions.at(2).note, QStringLiteral("Unrelated"));
    QCOMPARE(change.additions.at(2).outcome, Outcome::NoAnswer);
    QCOMPARE(log.counts().unanswered, 1);
}

void tst_MailLog::shouldAnswerAnOutboundEmailWhenTheClientWritesWithinTheInterval_data()
{
    QTest::addColumn<qint64>("replyAfterHours");
    QTest::addColumn<bool>("replyReadFirst");
    QTest::addColumn<int>("expected");

    // Ann is a Defector: her ideal interval is 7 days.
    const int answered = int(Outcome::Answered);
    const int unanswered = int(Outcome::NoAnswer);
    QTest::newRow("an hour later") << qint64(1) << false << answered;
    QTest::newRow("an hour later, read first") << qint64(1) << true << answered;
    QTest::newRow("on the seventh day") << qint64(7 * 24) << false << answered;
    QTest::newRow("on the seventh day, read first") << qint64(7 * 24) << true << answered;
    QTest::newRow("an hour past seven days") << qint64(7 * 24 + 1) << false << unanswered;
    QTest::newRow("an hour past seven days, read first") << qint64(7 * 24 + 1) << true << unanswered;
    QTest::newRow("an hour before") << qint64(-1) << false << unanswered;
    QTest::newRow("an hour before, read first") << qint64(-1) << true << unanswered;
}

void tst_MailLog::shouldAnswerAnOutboundEmailWhenTheClientWritesWithinTheInterval()
{
    QFETCH(qint64, replyAfterHours);
    QFETCH(bool, replyReadFirst);
    QFETCH(int, expected);
    // GIVEN the owner's email to Ann, and a message of hers on another subject, not in the thread
    MailLog log = reading();
    const MailMessage sent = mail(Me, {QStringLiteral("ann@acme.example")}, day(7, 1), QStringLiteral("Invoice"), "inv@mybiz.example");
    const MailMessage hers = mail(QStringLiteral("ann.home@example.org"), {Me}, day(7, 1).addSecs(replyAfterHours * 3600),
                                  QStringLiteral("Something else"), "else@example.org");

    // WHEN they are read, in either order
    const MailLogChange change = log.read(replyReadFirst ? QVector<MailMessage>{hers, sent} : QVector<MailMessage>{sent, hers});

    // THEN the owner's email is answered only when she wrote after it, within her interval
    QCOMPARE(change.additions.size(), 2);
    const Interaction &outbound = change.additions.at(replyReadFirst ? 1 : 0);
    QCOMPARE(outbound.direction, Direction::Outbound);
    QCOMPARE(int(outbound.outcome), expected);
    QCOMPARE(log.counts().unanswered, expected == int(Outcome::NoAnswer) ? 1 : 0);
    QVERIFY(change.answered.isEmpty());
}

void tst_MailLog::shouldAnswerAnEarlierReadingsUnansweredEmailWhenTheReplyComes()
{
    // GIVEN a first reading: two emails to Bob that he has not answered yet
    {
        MailLog first = reading();
        readAndWrite(first, {mail(Me, {QStringLiteral("bob@bakery.example")}, day(2, 1), QStringLiteral("Offer"), "offer@mybiz.example"),
                             mail(Me, {QStringLiteral("bob@bakery.example")}, day(2, 3), QStringLiteral("Reminder"),
                                  "rem@mybiz.example")});
        QCOMPARE(first.counts().unanswered, 2);
    }
    QCOMPARE(m_store->contactSummary(m_bob).unansweredStreak, 2);
    QSignalSpy changes(m_store.get(), &ClientStore::interactionsChanged);

    // WHEN a later reading brings his reply to the first, in the thread, weeks later
    MailLog later = reading();
    MailLogChange change = later.read({mail(QStringLiteral("bob@bakery.example"), {Me}, day(4, 20), QStringLiteral("Re: Offer"),
                                            "re-offer@bakery.example", {"offer@mybiz.example"})});

    // THEN the change answers the first email and adds the reply
    QCOMPARE(change.answered.size(), 1);
    QCOMPARE(change.answered.at(0).clientId, m_bob);
    QCOMPARE(change.answered.at(0).messageId, QStringLiteral("offer@mybiz.example"));
    QCOMPARE(change.additions.size(), 1);
    QCOMPARE(later.counts().answeredLater, 1);
    QCOMPARE(later.counts().unanswered, 0);
    // AND once written, the first is answered in the database, the reminder (long before the reply) is not
    QVERIFY2(m_store->applyMailLog(change), qPrintable(m_store->errorString()));
    QCOMPARE(outcomesOf(m_store->interactions(m_bob)),
             (QStringList{QStringLiteral("outbound/answered"), QStringLiteral("outbound/no_answer"),
                          QStringLiteral("inbound/answered")}));
    QCOMPARE(m_store->contactSummary(m_bob), ContactSummary::of(m_store->interactions(m_bob)));
    QCOMPARE(m_store->contactSummary(m_bob).unansweredStreak, 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.at(0).at(0).value<QVector<qint64>>(), QVector<qint64>{m_bob});
}

void tst_MailLog::shouldAnswerAnEmailOfAnEarlierBatchOfTheSameReading()
{
    // GIVEN a reading whose first batch holds the owner's email to Ann and whose second holds her answer
    MailLog log = reading();
    MailLogChange whole;
    const MailLogChange first =
        readAndWrite(log, {mail(Me, {QStringLiteral("ann@acme.example")}, day(8, 1), QStringLiteral("Hello"), "hello@mybiz.example")});
    whole.merge(first);
    QCOMPARE(log.counts().unanswered, 1);
    QCOMPARE(outcomesOf(m_store->interactions(m_ann)), QStringList{QStringLiteral("outbound/no_answer")});

    // WHEN the second batch is read and written
    const MailLogChange second =
        readAndWrite(log, {mail(QStringLiteral("ann@acme.example"), {Me}, day(8, 2), QStringLiteral("Hi"), "hi@acme.example")});
    whole.merge(second);

    // THEN the email of the first batch becomes answered, in the database and in the merged reading
    QCOMPARE(second.answered.size(), 1);
    QCOMPARE(log.counts().unanswered, 0);
    QCOMPARE(log.counts().answeredLater, 0);
    QCOMPARE(outcomesOf(m_store->interactions(m_ann)),
             (QStringList{QStringLiteral("outbound/answered"), QStringLiteral("inbound/answered")}));
    QVERIFY(whole.answered.isEmpty());
    COMPARE_INTERACTIONS(whole.additions, m_store->interactions(m_ann));
}

void tst_MailLog::shouldNeverChangeAnEmailLoggedByHand()
{
    // GIVEN an unanswered email to Ann logged by hand, and an inbound one of hers logged by hand
    const QString byHand = QStringLiteral("by hand");
    QVERIFY(m_store->addInteractions({email(m_ann, day(9, 1), Direction::Outbound, Outcome::NoAnswer, byHand, QString()),
                                      email(m_bob, day(9, 2), Direction::Inbound, Outcome::Answered, byHand, QString())}));
    const QVector<Interaction> annBefore = m_store->interactions(m_ann);

    // WHEN Ann writes the next day and the owner emails Bob the day before his message
    MailLog log = reading();
    const MailLogChange change = readAndWrite(log, {
        mail(QStringLiteral("ann@acme.example"), {Me}, day(9, 2), QStringLiteral("Hi"), "hi@acme.example"),
        mail(Me, {QStringLiteral("bob@bakery.example")}, day(9, 1), QStringLiteral("Question"), "question@mybiz.example"),
    });

    // THEN the owner's entry stays as logged, and Bob's inbound email by hand answers the owner's email
    QVERIFY(change.answered.isEmpty());
    COMPARE_INTERACTIONS(m_store->interactions(m_ann).mid(0, 1), annBefore);
    QCOMPARE(change.additions.at(1).outcome, Outcome::Answered);
}

void tst_MailLog::shouldAddNothingWhenAYearOfMailIsReadAgain()
{
    // GIVEN a year of mail between the owner, Ann, Bob and strangers, some without a Message-ID,
    // read once in batches of 100 in a shuffled order
    QRandomGenerator random(18);
    const QStringList people = {QStringLiteral("ann@acme.example"), QStringLiteral("ann.home@example.org"),
                                QStringLiteral("bob@bakery.example"), QStringLiteral("stranger@shop.example")};
    QVector<MailMessage> year;
    for (int i = 0; i < 1000; ++i) {
        const QString other = people.at(int(random.bounded(int(people.size()))));
        const bool outbound = random.bounded(2) == 0;
        const QDateTime at = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(random.bounded(365 * 24 * 3600)));
        QByteArray id = random.bounded(10) == 0 ? QByteArray() : QByteArray("m") + QByteArray::number(i) + "@example";
        QList<QByteArray> references;
        if (!outbound && i > 0 && random.bounded(3) == 0)
            references.append(QByteArray("m") + QByteArray::number(random.bounded(i)) + "@example");
        year.append(mail(outbound ? Me : other, {outbound ? other : Me}, at, QStringLiteral("Subject %1").arg(i), id, references));
    }
    std::shuffle(year.begin(), year.end(), std::mt19937(7));
    const auto readYear = [&](MailLog &log) {
        for (int i = 0; i < year.size(); i += 100) {
            MailLogChange change = log.read(year.mid(i, 100));
            if (!m_store->applyMailLog(change))
                return false;
        }
        return true;
    };
    MailLog first = reading();
    QVERIFY2(readYear(first), qPrintable(m_store->errorString()));
    QVERIFY(first.counts().logged > 500);
    QVERIFY(first.counts().unanswered > 0);
    QCOMPARE(m_store->interactionCount(), qint64(first.counts().logged));
    const QVector<Interaction> stored = everyInteraction(*m_store);
    QSignalSpy changes(m_store.get(), &ClientStore::interactionsChanged);

    // WHEN the same year is read again
    MailLog again = reading();
    bool changedNothing = true;
    for (int i = 0; i < year.size(); i += 100)
        changedNothing = changedNothing && again.read(year.mid(i, 100)).isEmpty();

    // THEN nothing is added or answered, and the interactions are exactly those of the first reading
    QVERIFY(changedNothing);
    QCOMPARE(again.counts().messages, 1000);
    QCOMPARE(again.counts().logged, 0);
    QCOMPARE(again.counts().answeredLater, 0);
    QCOMPARE(again.counts().alreadyLogged, first.counts().logged);
    COMPARE_INTERACTIONS(everyInteraction(*m_store), stored);
    QCOMPARE(changes.count(), 0);
}

void tst_MailLog::shouldAddNothingForAnEmailTheOwnerHasEdited()
{
    // GIVEN an email read from the mailbox, whose note and outcome the owner then edited
    const MailMessage message = mail(Me, {QStringLiteral("bob@bakery.example")}, day(4, 1), QStringLiteral("Offer"), "offer@m");
    MailLog first = reading();
    const MailLogChange change = readAndWrite(first, {message});
    Interaction edited = change.additions.at(0);
    edited.note = QStringLiteral("Offer for the summer menu");
    edited.outcome = Outcome::Answered;
    edited.messageId.clear();
    QVERIFY2(m_store->updateInteraction(edited), qPrintable(m_store->errorString()));

    // THEN it still names its message, and reading the message again adds nothing
    QCOMPARE(m_store->interaction(edited.id)->messageId, QStringLiteral("offer@m"));
    QCOMPARE(m_store->interaction(edited.id)->note, QStringLiteral("Offer for the summer menu"));
    MailLog again = reading();
    QVERIFY(again.read({message}).isEmpty());
    QCOMPARE(again.counts().alreadyLogged, 1);
}

void tst_MailLog::shouldKeyAMessageWithoutIdByItsHeaders()
{
    // GIVEN a message without a Message-ID, and the same as another reader gives it (other case, other order)
    const MailMessage message = mail(QStringLiteral("ann@acme.example"), {Me, QStringLiteral("bob@bakery.example")},
                                     QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6, 700), Qt::UTC), QStringLiteral("Hello"), {});
    MailMessage sameElsewhere = message;
    sameElsewhere.fromAddress = QStringLiteral("Ann@Acme.example");
    sameElsewhere.recipientAddresses = {QStringLiteral("bob@bakery.example"), QStringLiteral("ME@mybiz.example")};
    sameElsewhere.date = QDateTime(QDate(2026, 2, 3), QTime(5, 5, 6), Qt::OffsetFromUTC, 3600);
    MailMessage otherSubject = message;
    otherSubject.subject = QStringLiteral("Hello again");
    MailMessage withId = message;
    withId.messageId = "abc@acme.example";

    // THEN its key is made of its date, sender, recipients and subject, the same for the same message
    const QString key = MailLog::messageKey(message);
    QVERIFY(key.startsWith(QStringLiteral("headers:")));
    QCOMPARE(key.size(), 8 + 40);
    QCOMPARE(MailLog::messageKey(sameElsewhere), key);
    QVERIFY(MailLog::messageKey(otherSubject) != key);
    QCOMPARE(MailLog::messageKey(withId), QStringLiteral("abc@acme.example"));
    QCOMPARE(MailLog::messageKey(mail(Me, {}, QDateTime(), QString(), {})), QString());
    // AND it is what an email logged from it keeps
    MailLog log = reading();
    const MailLogChange change = log.read({message});
    QCOMPARE(change.additions.size(), 1);
    QCOMPARE(change.additions.at(0).messageId, key);
}

void tst_MailLog::shouldOfferFrequentSendersThatAreNoClient()
{
    // GIVEN mail from strangers, a machine, a list, the owner and a client
    MailLog log = reading();
    auto from = [](const QString &address, const QString &name, const QDateTime &at) {
        MailMessage message = mail(address, {Me}, at, QStringLiteral("s"), QByteArray::number(at.toSecsSinceEpoch()) + address.toUtf8());
        message.fromName = name;
        return message;
    };
    MailMessage list = from(QStringLiteral("news@list.example"), QStringLiteral("News"), day(1, 1));
    list.automated = true;
    log.read({
        from(QStringLiteral("dave@shop.example"), QStringLiteral("Dave"), day(1, 2)),
        from(QStringLiteral("carol@shop.example"), QStringLiteral("C."), day(1, 3)),
        from(QStringLiteral("Carol@Shop.example"), QStringLiteral("Carol Cruz"), day(1, 9)),
        from(QStringLiteral("carol@shop.example"), QString(), day(1, 4)),
        from(QStringLiteral("eve@studio.example"), QStringLiteral("Eve"), day(1, 5)),
        from(QStringLiteral("dave@shop.example"), QStringLiteral("Dave Dunn"), day(1, 8)),
        from(QStringLiteral("erin@studio.example"), QStringLiteral("Erin"), day(1, 8)),
        from(QStringLiteral("erin@studio.example"), QStringLiteral("Erin"), day(1, 7)),
        from(QStringLiteral("noreply@shop.example"), QString(), day(1, 6)),
        from(QStringLiteral("no-reply+42@shop.example"), QString(), day(1, 6)),
        from(QStringLiteral("mailer-daemon@mybiz.example"), QString(), day(1, 6)),
        list, list,
        from(Me, QStringLiteral("Me"), day(1, 6)),
        from(QStringLiteral("bob@bakery.example"), QStringLiteral("Bob"), day(1, 6)),
    });

    // THEN the strangers are offered, most messages first, then the latest, each with their latest name
    const QVector<MailSender> expected = {
        {QStringLiteral("carol@shop.example"), QStringLiteral("Carol Cruz"), 3, day(1, 9)},
        {QStringLiteral("dave@shop.example"), QStringLiteral("Dave Dunn"), 2, day(1, 8)},
        {QStringLiteral("erin@studio.example"), QStringLiteral("Erin"), 2, day(1, 8)},
        {QStringLiteral("eve@studio.example"), QStringLiteral("Eve"), 1, day(1, 5)},
    };
    QCOMPARE(log.unknownSenders(), expected);
    QCOMPARE(log.unknownSenders(2), expected.mid(0, 3));
}

void tst_MailLog::shouldSummarizeTheReadingInOneLine()
{
    // GIVEN a reading of five messages: two emails to Ann (one answered by her), one from Bob, one automated
    MailLog log = reading();
    MailMessage automated = mail(QStringLiteral("bob@bakery.example"), {Me}, day(10, 1), QStringLiteral("List"), "l@b");
    automated.automated = true;
    log.read({mail(Me, {QStringLiteral("ann@acme.example")}, day(10, 1), QStringLiteral("1"), "1@m"),
              mail(Me, {QStringLiteral("ann@acme.example")}, day(10, 20), QStringLiteral("2"), "2@m"),
              mail(QStringLiteral("ann@acme.example"), {Me}, day(10, 2), QStringLiteral("3"), "3@a"),
              mail(QStringLiteral("bob@bakery.example"), {Me}, day(10, 3), QStringLiteral("4"), "4@b"), automated});

    // THEN the line says how many were read, logged, for how many clients, and how many wait for an answer
    QCOMPARE(log.summary(), QStringLiteral("5 message(s), 4 logged for 2 client(s), 1 unanswered"));
    MailLogCounts counts;
    QCOMPARE(MailLog::summary(counts), QStringLiteral("0 message(s), 0 logged for 0 client(s), 0 unanswered"));
}

void tst_MailLog::shouldWriteABatchInOneTransactionAndSignalOnce()
{
    // GIVEN 100 clients more, and a batch of 500 messages between them and the owner
    QVector<Client> many;
    for (int i = 0; i < 100; ++i)
        many.append(makeClient(QStringLiteral("Client %1").arg(i), 8.0, 8.0, {QStringLiteral("c%1@clients.example").arg(i)}));
    QVector<qint64> ids;
    QVERIFY(m_store->addClients(many, &ids));
    QVector<MailMessage> batch;
    for (int i = 0; i < 500; ++i) {
        const QString client = QStringLiteral("c%1@clients.example").arg(i % 100);
        // Each client gets three emails from the owner and writes twice.
        batch.append((i / 100) % 2 ? mail(client, {Me}, day(11, 1).addSecs(i * 60), QStringLiteral("from"), QByteArray::number(i) + "@c")
                           : mail(Me, {client}, day(11, 1).addSecs(i * 60), QStringLiteral("to"), QByteArray::number(i) + "@m"));
    }
    ContactTracker tracker(m_store.get());
    tracker.setToday(QDate(2026, 11, 20));
    QSignalSpy changes(m_store.get(), &ClientStore::interactionsChanged);
    QSignalSpy resets(&tracker, &ContactTracker::statusesReset);
    QSignalSpy statusChanges(&tracker, &ContactTracker::statusChanged);

    // WHEN it is read and written
    MailLog log = reading();
    MailLogChange change = log.read(batch);
    QVERIFY2(m_store->applyMailLog(change), qPrintable(m_store->errorString()));

    // THEN the store signals once for the 100 clients, and the tracker the views once
    QCOMPARE(changes.count(), 1);
    QVector<qint64> touched = changes.at(0).at(0).value<QVector<qint64>>();
    std::sort(touched.begin(), touched.end());
    QCOMPARE(touched, ids);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(statusChanges.count(), 0);
    // AND every client's summary and status follow its five emails
    for (qint64 id : std::as_const(ids)) {
        QCOMPARE(m_store->interactions(id).size(), 5);
        QCOMPARE(m_store->contactSummary(id), ContactSummary::of(m_store->interactions(id)));
        QVERIFY(tracker.statusAt(m_store->rowOf(id)).lastContact.isValid());
    }
    QCOMPARE(m_store->interactionCount(), qint64(500));
}

void tst_MailLog::shouldLeaveDatabaseAndMemoryAsTheyWereWhenABatchFails()
{
    // GIVEN an unanswered email to Bob from an earlier reading, and a new batch that answers it and
    // adds two emails, the second of which collides with a stored interaction (its id is taken)
    MailLog first = reading();
    const MailLogChange earlier =
        readAndWrite(first, {mail(Me, {QStringLiteral("bob@bakery.example")}, day(2, 1), QStringLiteral("Offer"), "offer@m")});
    QCOMPARE(earlier.additions.size(), 1);
    MailLog log = reading();
    MailLogChange change = log.read({mail(QStringLiteral("bob@bakery.example"), {Me}, day(2, 2), QStringLiteral("Yes"), "yes@b"),
                                     mail(QStringLiteral("ann@acme.example"), {Me}, day(2, 3), QStringLiteral("Hi"), "hi@a")});
    QCOMPARE(change.answered.size(), 1);
    QCOMPARE(change.additions.size(), 2);
    change.additions[1].id = earlier.additions.at(0).id;
    const QVector<Interaction> before = everyInteraction(*m_store);
    const ContactSummary bobBefore = m_store->contactSummary(m_bob);
    const ContactSummary annBefore = m_store->contactSummary(m_ann);
    QSignalSpy changes(m_store.get(), &ClientStore::interactionsChanged);
    QSignalSpy failures(m_store.get(), &ClientStore::writeFailed);

    // WHEN it is written
    const bool written = m_store->applyMailLog(change);

    // THEN it is refused with one sentence, and nothing changed: database, summaries, signals
    QVERIFY(!written);
    QVERIFY2(m_store->errorString().startsWith(QStringLiteral("Could not log the emails: the values are not allowed (")),
             qPrintable(m_store->errorString()));
    QVERIFY(m_store->errorString().endsWith(QStringLiteral("). Nothing was changed.")));
    QCOMPARE(failures.count(), 1);
    QCOMPARE(changes.count(), 0);
    COMPARE_INTERACTIONS(everyInteraction(*m_store), before);
    QCOMPARE(m_store->contactSummary(m_bob), bobBefore);
    QCOMPARE(m_store->contactSummary(m_ann), annBefore);
    QCOMPARE(m_store->contactSummary(m_bob).unansweredStreak, 1);
    QCOMPARE(change.additions.at(0).id, qint64(0));

    // AND a batch for a client deleted meanwhile is refused before anything is written
    MailLogChange orphan = log.read({mail(Me, {QStringLiteral("ann@acme.example")}, day(2, 5), QStringLiteral("Bye"), "bye@m")});
    QVERIFY(m_store->removeClients({m_ann}));
    QVERIFY(!m_store->applyMailLog(orphan));
    QCOMPARE(m_store->errorString(), QStringLiteral("Could not log the emails: a client no longer exists. Nothing was changed."));
}

void tst_MailLog::shouldRefuseABatchWhenTheDiskIsFull()
{
    RAPPORT_FILES_ONLY();
    // GIVEN a file that cannot grow, and a batch of a thousand emails with long subjects
    QVector<MailMessage> batch;
    for (int i = 0; i < 1000; ++i)
        batch.append(mail(QStringLiteral("bob@bakery.example"), {Me}, day(3, 1).addSecs(i), QString(200, QLatin1Char('x')),
                          QByteArray::number(i) + "@b"));
    MailLog log = reading();
    MailLogChange change = log.read(batch);
    const ContactSummary bobBefore = m_store->contactSummary(m_bob);
    QVERIFY(m_store->limitGrowthForTesting(0));
    QSignalSpy changes(m_store.get(), &ClientStore::interactionsChanged);

    // WHEN it is written
    const bool written = m_store->applyMailLog(change);

    // THEN it is refused with a sentence for the owner, and nothing is in the file or in memory
    QVERIFY(!written);
    QCOMPARE(m_store->errorString(),
             QStringLiteral("Could not log the emails: the disk is full. Nothing was changed; free some space and try again."));
    QCOMPARE(changes.count(), 0);
    QCOMPARE(m_store->contactSummary(m_bob), bobBefore);
    QVERIFY(m_store->limitGrowthForTesting(-1));
    QCOMPARE(m_store->interactionCount(), qint64(0));
    // AND once there is room again, the same batch goes in whole
    QVERIFY2(m_store->applyMailLog(change), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->interactionCount(), qint64(1000));
}

void tst_MailLog::shouldTakeAWholeReadingBackAndWriteItAgain()
{
    // GIVEN an unanswered email to Bob from an earlier reading
    MailLog first = reading();
    readAndWrite(first, {mail(Me, {QStringLiteral("bob@bakery.example")}, day(5, 1), QStringLiteral("Offer"), "offer@m")});
    const QVector<Interaction> beforeReading = everyInteraction(*m_store);
    const ContactSummary bobBefore = m_store->contactSummary(m_bob);
    const ContactSummary annBefore = m_store->contactSummary(m_ann);

    // AND a reading in two batches: Bob's reply, then Ann's mail
    MailLog log = reading();
    MailLogChange whole;
    whole.merge(readAndWrite(log, {mail(QStringLiteral("bob@bakery.example"), {Me}, day(5, 2), QStringLiteral("Yes"), "yes@b"),
                                   mail(Me, {QStringLiteral("ann@acme.example")}, day(5, 3), QStringLiteral("Hello"), "hello@m")}));
    whole.merge(readAndWrite(log, {mail(QStringLiteral("ann@acme.example"), {Me}, day(5, 4), QStringLiteral("Hi"), "hi@a")}));
    const QVector<Interaction> afterReading = everyInteraction(*m_store);
    QCOMPARE(afterReading.size(), 4);
    QCOMPARE(whole.additions.size(), 3);
    QCOMPARE(whole.answered.size(), 1);
    const ContactSummary bobAfter = m_store->contactSummary(m_bob);
    const ContactSummary annAfter = m_store->contactSummary(m_ann);
    QSignalSpy changes(m_store.get(), &ClientStore::interactionsChanged);

    // WHEN the reading is taken back
    QVERIFY2(m_store->undoMailLog(whole), qPrintable(m_store->errorString()));

    // THEN the database and memory are as before it, in one signal
    COMPARE_INTERACTIONS(everyInteraction(*m_store), beforeReading);
    QCOMPARE(m_store->contactSummary(m_bob), bobBefore);
    QCOMPARE(m_store->contactSummary(m_ann), annBefore);
    QCOMPARE(changes.count(), 1);

    // WHEN it is written again
    QVERIFY2(m_store->applyMailLog(whole), qPrintable(m_store->errorString()));

    // THEN everything is back, with the same ids
    COMPARE_INTERACTIONS(everyInteraction(*m_store), afterReading);
    QCOMPARE(m_store->contactSummary(m_bob), bobAfter);
    QCOMPARE(m_store->contactSummary(m_ann), annAfter);
    QCOMPARE(changes.count(), 2);
    // AND a new interaction after it gets an id of its own
    QVERIFY(m_store->addInteraction(email(m_cleo, day(6, 1), Direction::Inbound, Outcome::Answered, QString(), QString())) > 0);
}

void tst_MailLog::shouldKeepTheMessageIdsInACopy()
{
    // GIVEN emails read from the mailbox and a call logged by hand
    MailLog log = reading();
    readAndWrite(log, {mail(Me, {QStringLiteral("bob@bakery.example")}, day(5, 1), QStringLiteral("Offer"), "offer@m"),
                       mail(QStringLiteral("bob@bakery.example"), {Me}, day(5, 2), QStringLiteral("Yes"), {})});
    Interaction call = email(m_bob, day(5, 3), Direction::Outbound, Outcome::Answered, QStringLiteral("call"), QString());
    call.kind = InteractionKind::Call;
    QVERIFY(m_store->addInteraction(call) > 0);
    const QVector<Interaction> stored = everyInteraction(*m_store);

    // WHEN the data is copied to a new database
    const QString target = TestSupport::newDatabase(*m_dir, QStringLiteral("copy"));
    QVERIFY2(m_store->copyTo(target), qPrintable(m_store->errorString()));

    // THEN the copy holds the same interactions, message ids and NULLs included
    ClientStore copy;
    QVERIFY2(copy.open(target), qPrintable(copy.errorString()));
    COMPARE_INTERACTIONS(everyInteraction(copy), stored);
    PlainConnection plain(target);
    QVERIFY(plain.isOpen());
    QCOMPARE(plain.numbers(QStringLiteral("SELECT count(*) FROM interactions WHERE message_id IS NULL")), QList<qint64>{1});
    // AND reading the same mail against the copy adds nothing
    std::optional<MailLog> again = MailLog::forStore(copy);
    QVERIFY(again);
    QVERIFY(again->read({mail(Me, {QStringLiteral("bob@bakery.example")}, day(5, 1), QStringLiteral("Offer"), "offer@m"),
                         mail(QStringLiteral("bob@bakery.example"), {Me}, day(5, 2), QStringLiteral("Yes"), {})})
                .isEmpty());
}

void tst_MailLog::shouldKeepTheOwnersAddressesAndTheReadersPositions()
{
    // WHEN the owner's addresses are set with spaces, capitals and a repeat, and two readers note where they stopped
    QVERIFY(MailLog::setOwnAddresses(m_store.get(), {QStringLiteral(" Me@MyBiz.example "), QStringLiteral("me@mybiz.example"),
                                                      QString(), QStringLiteral("Shop@MyBiz.example")}));
    QVERIFY(MailLog::setReaderPosition(m_store.get(), QStringLiteral("imap:me@mybiz.example/INBOX"),
                                       QStringLiteral("uidvalidity=7;uid=1234")));
    QVERIFY(MailLog::setReaderPosition(m_store.get(), QStringLiteral("file:/home/me/mail.mbox"), QStringLiteral("offset=98304")));

    // THEN they are read back as kept, by anyone opening the database
    ClientStore reader;
    QVERIFY2(reader.open(m_location), qPrintable(reader.errorString()));
    QCOMPARE(MailLog::ownAddresses(reader), (QStringList{QStringLiteral("me@mybiz.example"), QStringLiteral("shop@mybiz.example")}));
    QCOMPARE(MailLog::readerPosition(reader, QStringLiteral("imap:me@mybiz.example/INBOX")), QStringLiteral("uidvalidity=7;uid=1234"));
    QCOMPARE(MailLog::readerPosition(reader, QStringLiteral("file:/home/me/mail.mbox")), QStringLiteral("offset=98304"));
    QCOMPARE(MailLog::readerPosition(reader, QStringLiteral("never read")), QString());
    QCOMPARE(MailLog::ownAddressesKey(), QStringLiteral("mail/own_addresses"));
    QCOMPARE(MailLog::readerPositionKey(QStringLiteral("x")), QStringLiteral("mail/position/x"));
}

QTEST_GUILESS_MAIN(tst_MailLog)
#include "tst_maillog.moc"
