#include "authorline.h"
#include "clientstore.h"
#include "interactionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTemporaryDir>
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
    return client;
}

QDateTime utc(int year, int month, int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

Interaction makeInteraction(qint64 clientId, const QDateTime &when, InteractionKind kind, Direction direction, Outcome outcome,
                            const QString &note = {})
{
    Interaction interaction;
    interaction.clientId = clientId;
    interaction.happenedAt = when;
    interaction.kind = kind;
    interaction.direction = direction;
    interaction.outcome = outcome;
    interaction.note = note;
    return interaction;
}

} // namespace

class tst_InteractionListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldBeEmptyWithoutAClient();
    void shouldListTheClientsInteractionsNewestFirst();
    void shouldInsertAnAddedInteractionAtItsPlaceInTime();
    void shouldReorderAnInteractionWhoseTimeIsEdited();
    void shouldDropRemovedInteractions();
    void shouldIgnoreChangesToAnotherClient();
    void shouldClearWhenItsClientIsDeleted();
    void shouldClearWhenTheStoreReopens();
    void shouldShowTheDateTheSummaryAndTheNoteOnOneLine();
    void shouldShowANoteWithMarkupLiterally();
    void shouldNameWhoLoggedEachInteractionWhenSeveralDid_data();
    void shouldNameWhoLoggedEachInteractionWhenSeveralDid();
    void shouldNameAuthorsOnAServerOrWhenThereAreSeveral_data();
    void shouldNameAuthorsOnAServerOrWhenThereAreSeveral();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("clients.sqlite")); }
    QVector<qint64> shownIds() const;
    QVector<QDateTime> shownTimes() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
    std::unique_ptr<InteractionListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_xena = 0;
    qint64 m_ben = 0;
    qint64 m_chloe = 0;
    qint64 m_january = 0; ///< Xena, 2024-01-15, a meeting
    qint64 m_february = 0; ///< Xena, 2024-02-20, an email from her
    qint64 m_march = 0;    ///< Xena, 2024-03-04 10:30, an unanswered call with a note
    qint64 m_bensCall = 0; ///< Ben, 2024-02-01
};

QVector<qint64> tst_InteractionListModel::shownIds() const
{
    QVector<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->index(row).data(InteractionListModel::InteractionIdRole).toLongLong());
    return ids;
}

QVector<QDateTime> tst_InteractionListModel::shownTimes() const
{
    QVector<QDateTime> times;
    for (int row = 0; row < m_model->rowCount(); ++row)
        times.append(m_model->index(row).data(InteractionListModel::HappenedAtRole).toDateTime());
    return times;
}

void tst_InteractionListModel::initTestCase()
{
    // The owner's locale is a real language; dates below are checked in US English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_InteractionListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ClientStore>();
    QVERIFY2(m_store->open(path()), qPrintable(m_store->errorString()));
    // The tester watches the model from its first state on.
    m_model = std::make_unique<InteractionListModel>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QVector<qint64> ids;
    QVERIFY(m_store->addClients({makeClient(QStringLiteral("Xena Varga"), QStringLiteral("Westgate Print Shop Ltd"), 3.0, 7.0),
                                 makeClient(QStringLiteral("Ben Brennan"), QStringLiteral("Harbour Bakery"), 8.2, 8.8),
                                 makeClient(QString(), QStringLiteral("Chloe's Garden Centre"), 1.3, 4.4)},
                                &ids));
    m_xena = ids.at(0);
    m_ben = ids.at(1);
    m_chloe = ids.at(2);

    // Stored out of time order on purpose: the timeline orders them, not the insertion.
    m_march = m_store->addInteraction(makeInteraction(m_xena, utc(2024, 3, 4, 10, 30), InteractionKind::Call, Direction::Outbound,
                                                      Outcome::NoAnswer, QStringLiteral("Left a message about the new catalogue.")));
    m_january = m_store->addInteraction(makeInteraction(m_xena, utc(2024, 1, 15), InteractionKind::Meeting, Direction::Outbound,
                                                        Outcome::Answered, QStringLiteral("Quarterly review")));
    m_february = m_store->addInteraction(
        makeInteraction(m_xena, utc(2024, 2, 20), InteractionKind::Email, Direction::Inbound, Outcome::Answered));
    m_bensCall = m_store->addInteraction(makeInteraction(m_ben, utc(2024, 2, 1), InteractionKind::Call, Direction::Outbound,
                                                         Outcome::Answered, QStringLiteral("Spring order")));
    QVERIFY(m_march > 0 && m_january > 0 && m_february > 0 && m_bensCall > 0);
}

void tst_InteractionListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_InteractionListModel::shouldBeEmptyWithoutAClient()
{
    // GIVEN a model no client was chosen for, over a store with interactions
    // THEN it shows nothing
    QCOMPARE(m_model->clientId(), qint64(0));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->interactionId(0), qint64(0));
}

void tst_InteractionListModel::shouldListTheClientsInteractionsNewestFirst()
{
    // WHEN Xena is chosen
    QSignalSpy resetSpy(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setClientId(m_xena);

    // THEN her three interactions are listed, newest first, and not Ben's
    QCOMPARE(resetSpy.count(), 1);
    QCOMPARE(m_model->clientId(), m_xena);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(shownIds(), (QVector<qint64>{m_march, m_february, m_january}));
    QCOMPARE(shownTimes(), (QVector<QDateTime>{utc(2024, 3, 4, 10, 30), utc(2024, 2, 20), utc(2024, 1, 15)}));
    QCOMPARE(m_model->interactionId(0), m_march);
    QCOMPARE(m_model->interactionId(2), m_january);
    QCOMPARE(m_model->interactionId(3), qint64(0));
    QCOMPARE(m_model->interactionId(-1), qint64(0));

    // WHEN Ben is chosen instead
    m_model->setClientId(m_ben);
    // THEN only his call is listed
    QCOMPARE(shownIds(), QVector<qint64>{m_bensCall});

    // WHEN Chloe, who has none, is chosen
    m_model->setClientId(m_chloe);
    // THEN the list is empty
    QCOMPARE(m_model->rowCount(), 0);
}

void tst_InteractionListModel::shouldInsertAnAddedInteractionAtItsPlaceInTime()
{
    // GIVEN Xena's timeline
    m_model->setClientId(m_xena);
    QSignalSpy resetSpy(m_model.get(), &QAbstractItemModel::modelReset);

    // WHEN a call between the January meeting and the February email is logged
    const qint64 added = m_store->addInteraction(
        makeInteraction(m_xena, utc(2024, 2, 1, 14, 0), InteractionKind::Call, Direction::Outbound, Outcome::Answered));
    QVERIFY(added > 0);

    // THEN the timeline follows, with the call in its place in time
    QCOMPARE(resetSpy.count(), 1);
    QCOMPARE(shownIds(), (QVector<qint64>{m_march, m_february, added, m_january}));

    // WHEN a newer one is logged
    const qint64 newest = m_store->addInteraction(
        makeInteraction(m_xena, utc(2024, 5, 30), InteractionKind::Message, Direction::Inbound, Outcome::Answered));
    // THEN it comes first
    QCOMPARE(resetSpy.count(), 2);
    QCOMPARE(shownIds(), (QVector<qint64>{newest, m_march, m_february, added, m_january}));
}

void tst_InteractionListModel::shouldReorderAnInteractionWhoseTimeIsEdited()
{
    // GIVEN Xena's timeline
    m_model->setClientId(m_xena);
    QSignalSpy resetSpy(m_model.get(), &QAbstractItemModel::modelReset);

    // WHEN the oldest interaction (the January meeting) is moved to April
    Interaction meeting = *m_store->interaction(m_january);
    meeting.happenedAt = utc(2024, 4, 2);
    meeting.note = QStringLiteral("Quarterly review, moved to April");
    QVERIFY(m_store->updateInteraction(meeting));

    // THEN it moves to the top, with its new values
    QCOMPARE(resetSpy.count(), 1);
    QCOMPARE(shownIds(), (QVector<qint64>{m_january, m_march, m_february}));
    QCOMPARE(shownTimes(), (QVector<QDateTime>{utc(2024, 4, 2), utc(2024, 3, 4, 10, 30), utc(2024, 2, 20)}));
    QCOMPARE(m_model->index(0).data(Qt::ToolTipRole).toString(), QStringLiteral("Quarterly review, moved to April"));

    // WHEN the March call is moved before everything else
    Interaction call = *m_store->interaction(m_march);
    call.happenedAt = utc(2023, 12, 1);
    QVERIFY(m_store->updateInteraction(call));
    // THEN it goes to the bottom
    QCOMPARE(resetSpy.count(), 2);
    QCOMPARE(shownIds(), (QVector<qint64>{m_january, m_february, m_march}));
}

void tst_InteractionListModel::shouldDropRemovedInteractions()
{
    // GIVEN Xena's timeline
    m_model->setClientId(m_xena);
    QSignalSpy resetSpy(m_model.get(), &QAbstractItemModel::modelReset);

    // WHEN the February email is deleted
    QVERIFY(m_store->removeInteractions({m_february}));
    // THEN it is gone and the others keep their order
    QCOMPARE(resetSpy.count(), 1);
    QCOMPARE(shownIds(), (QVector<qint64>{m_march, m_january}));

    // WHEN the rest are deleted together
    QVERIFY(m_store->removeInteractions({m_january, m_march}));
    // THEN the timeline is empty, but still Xena's
    QCOMPARE(resetSpy.count(), 2);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->clientId(), m_xena);

    // WHEN a new one is logged for her
    const qint64 added = m_store->addInteraction(
        makeInteraction(m_xena, utc(2024, 6, 1), InteractionKind::Call, Direction::Outbound, Outcome::Answered));
    // THEN it shows
    QCOMPARE(shownIds(), QVector<qint64>{added});
}

void tst_InteractionListModel::shouldIgnoreChangesToAnotherClient()
{
    // GIVEN Xena's timeline
    m_model->setClientId(m_xena);
    QSignalSpy resetSpy(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy dataSpy(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy layoutSpy(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy insertSpy(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removeSpy(m_model.get(), &QAbstractItemModel::rowsRemoved);

    // WHEN Ben's interactions are added to, edited and deleted, and Chloe is deleted
    const qint64 added = m_store->addInteraction(
        makeInteraction(m_ben, utc(2024, 5, 1), InteractionKind::Meeting, Direction::Outbound, Outcome::Answered));
    QVERIFY(added > 0);
    Interaction call = *m_store->interaction(m_bensCall);
    call.happenedAt = utc(2024, 6, 1);
    call.note = QStringLiteral("Spring order, confirmed");
    QVERIFY(m_store->updateInteraction(call));
    QVERIFY(m_store->removeInteractions({added}));
    QVERIFY(m_store->removeClients({m_chloe}));

    // THEN Xena's timeline is not touched at all
    QCOMPARE(resetSpy.count(), 0);
    QCOMPARE(dataSpy.count(), 0);
    QCOMPARE(layoutSpy.count(), 0);
    QCOMPARE(insertSpy.count(), 0);
    QCOMPARE(removeSpy.count(), 0);
    QCOMPARE(m_model->clientId(), m_xena);
    QCOMPARE(shownIds(), (QVector<qint64>{m_march, m_february, m_january}));
}

void tst_InteractionListModel::shouldClearWhenItsClientIsDeleted()
{
    // GIVEN Xena's timeline
    m_model->setClientId(m_xena);
    QSignalSpy resetSpy(m_model.get(), &QAbstractItemModel::modelReset);

    // WHEN Xena is deleted
    QVERIFY(m_store->removeClients({m_xena}));

    // THEN the timeline is empty and belongs to no client
    QCOMPARE(resetSpy.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->clientId(), qint64(0));

    // AND a later change to another client does not fill it
    QVERIFY(m_store->addInteraction(
                makeInteraction(m_ben, utc(2024, 6, 1), InteractionKind::Call, Direction::Outbound, Outcome::Answered))
            > 0);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(resetSpy.count(), 1);
}

void tst_InteractionListModel::shouldClearWhenTheStoreReopens()
{
    // GIVEN Xena's timeline
    m_model->setClientId(m_xena);
    QCOMPARE(m_model->rowCount(), 3);

    // WHEN the store opens the file again (every row is replaced)
    QVERIFY2(m_store->open(path()), qPrintable(m_store->errorString()));

    // THEN the timeline is empty and belongs to no client
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->clientId(), qint64(0));

    // WHEN Xena is chosen again
    m_model->setClientId(m_xena);
    // THEN her interactions come from the file, newest first
    QCOMPARE(shownIds(), (QVector<qint64>{m_march, m_february, m_january}));

    // WHEN a new database is opened
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("other.sqlite"))), qPrintable(m_store->errorString()));
    // THEN the timeline is empty again
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->clientId(), qint64(0));
}

void tst_InteractionListModel::shouldShowTheDateTheSummaryAndTheNoteOnOneLine()
{
    // GIVEN Xena's timeline
    m_model->setClientId(m_xena);

    // THEN the unanswered call shows its date and time to the minute, what happened, and the note
    QCOMPARE(m_model->index(0).data().toString(),
             QStringLiteral("3/4/24 10:30 AM · Call, we reached out, no answer: Left a message about the new catalogue."));
    QCOMPARE(m_model->index(0).data(Qt::ToolTipRole).toString(), QStringLiteral("Left a message about the new catalogue."));
    // An unanswered attempt carries the lapse icon; a contact does not.
    QVERIFY(!m_model->index(0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!m_model->index(1).data(Qt::DecorationRole).isValid());

    // AND the email without a note is a single line, its summary its tooltip
    const QString email = m_model->index(1).data().toString();
    QVERIFY2(!email.contains(QLatin1Char('\n')), qPrintable(email));
    QVERIFY2(email.startsWith(QStringLiteral("2/20/24")), qPrintable(email));
    QVERIFY2(email.endsWith(QStringLiteral(" · Email, they reached out, answered")), qPrintable(email));
    QCOMPARE(m_model->index(1).data(Qt::ToolTipRole).toString(), QStringLiteral("Email, they reached out, answered"));

    // AND the meeting
    const QString meeting = m_model->index(2).data().toString();
    QVERIFY2(meeting.startsWith(QStringLiteral("1/15/24")), qPrintable(meeting));
    QVERIFY2(meeting.endsWith(QStringLiteral(" · Meeting, we reached out, answered: Quarterly review")), qPrintable(meeting));
}

void tst_InteractionListModel::shouldNameWhoLoggedEachInteractionWhenSeveralDid_data()
{
    QTest::addColumn<QStringList>("loggedBy"); // of a call in March, then a meeting in April
    QTest::addColumn<QStringList>("expected"); // the lines, newest first

    QTest::newRow("one person's file: no names")
        << QStringList{QStringLiteral("Anna"), QStringLiteral("Anna")}
        << QStringList{QStringLiteral("4/2/24 9:00 AM · Meeting, we reached out, answered: Plans"),
                       QStringLiteral("3/1/24 9:00 AM · Call, we reached out, answered")};
    QTest::newRow("two people")
        << QStringList{QStringLiteral("Anna"), QStringLiteral("Bruno")}
        << QStringList{QStringLiteral("4/2/24 9:00 AM · Meeting, we reached out, answered · logged by Bruno: Plans"),
                       QStringLiteral("3/1/24 9:00 AM · Call, we reached out, answered · logged by Anna")};
    QTest::newRow("names with markup and quotes, literally")
        << QStringList{QStringLiteral("<b>Anna</b>"), QStringLiteral("O'Neil \"Bo\"")}
        << QStringList{QStringLiteral("4/2/24 9:00 AM · Meeting, we reached out, answered · logged by O'Neil \"Bo\": Plans"),
                       QStringLiteral("3/1/24 9:00 AM · Call, we reached out, answered · logged by <b>Anna</b>")};
}

void tst_InteractionListModel::shouldNameWhoLoggedEachInteractionWhenSeveralDid()
{
    QFETCH(QStringList, loggedBy);
    QFETCH(QStringList, expected);

    // GIVEN Chloe's call and meeting, logged by these people, in a file
    Interaction call = makeInteraction(m_chloe, utc(2024, 3, 1), InteractionKind::Call, Direction::Outbound, Outcome::Answered);
    call.loggedBy = loggedBy.at(0);
    Interaction meeting = makeInteraction(m_chloe, utc(2024, 4, 2), InteractionKind::Meeting, Direction::Outbound,
                                          Outcome::Answered, QStringLiteral("Plans"));
    meeting.loggedBy = loggedBy.at(1);
    QVERIFY(m_store->addInteraction(call) > 0);
    QVERIFY(m_store->addInteraction(meeting) > 0);

    // WHEN the timeline shows her
    m_model->setClientId(m_chloe);

    // THEN each line names who logged it, only when more than one person did
    QStringList lines;
    for (int row = 0; row < m_model->rowCount(); ++row)
        lines.append(m_model->index(row).data().toString());
    QCOMPARE(lines, expected);
    QCOMPARE(m_model->index(0).data(InteractionListModel::LoggedByRole).toString(), loggedBy.at(1));
    QCOMPARE(m_model->index(0).data(Qt::ToolTipRole).toString(),
             m_model->showsAuthors() ? QStringLiteral("Plans\nlogged by ") + loggedBy.at(1) : QStringLiteral("Plans"));
}

void tst_InteractionListModel::shouldNameAuthorsOnAServerOrWhenThereAreSeveral_data()
{
    QTest::addColumn<bool>("onServer");
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<bool>("shown");

    QTest::newRow("file, nothing") << false << QStringList() << false;
    QTest::newRow("file, one name") << false << QStringList{QStringLiteral("Anna"), QStringLiteral("Anna")} << false;
    QTest::newRow("file, one name and old entries") << false << QStringList{QStringLiteral("Anna"), QString()} << false;
    QTest::newRow("file, two names") << false << QStringList{QStringLiteral("Anna"), QString(), QStringLiteral("anna")} << true;
    QTest::newRow("server, one name") << true << QStringList{QStringLiteral("Anna")} << true;
    QTest::newRow("server, nothing") << true << QStringList() << true;
}

void tst_InteractionListModel::shouldNameAuthorsOnAServerOrWhenThereAreSeveral()
{
    QFETCH(bool, onServer);
    QFETCH(QStringList, authors);
    QFETCH(bool, shown);
    QCOMPARE(AuthorLine::isShown(onServer, authors), shown);
}

void tst_InteractionListModel::shouldShowANoteWithMarkupLiterally()
{
    // GIVEN a note that looks like HTML, over two lines
    const QString note = QStringLiteral("Wants <b>markup</b> & \"quotes\" in the quote, not <i>styling</i>.\nSee 'terms' < 30 days");
    const qint64 id = m_store->addInteraction(
        makeInteraction(m_ben, utc(2024, 6, 1), InteractionKind::Meeting, Direction::Inbound, Outcome::Answered, note));
    QVERIFY(id > 0);

    // WHEN Ben's timeline is shown
    m_model->setClientId(m_ben);

    // THEN the line shows the note as typed, on one line after the summary, and the tooltip keeps its lines
    QCOMPARE(m_model->interactionId(0), id);
    const QString text = m_model->index(0).data().toString();
    QVERIFY2(text.endsWith(QStringLiteral(" · Meeting, they reached out, answered: Wants <b>markup</b> & \"quotes\" in the quote, "
                                          "not <i>styling</i>. See 'terms' < 30 days")),
             qPrintable(text));
    QCOMPARE(m_model->index(0).data(Qt::ToolTipRole).toString(), note);
}

QTEST_MAIN(tst_InteractionListModel)
#include "tst_interactionlistmodel.moc"
