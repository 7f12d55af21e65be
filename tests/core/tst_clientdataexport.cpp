#include "clientdataexport.h"
#include "clientstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rapport;
using namespace TestSupport;

class tst_ClientDataExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void shouldWriteEveryFieldOfTheClient();
    void shouldWriteEveryInteractionAndMoveWithItsNote();
    void shouldWriteAnUnsetFieldAsNullAndAnEmptyContactAsAnEmptyList();
    void shouldRefuseAClientThatDoesNotExist();

private:
    QJsonObject exported(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
    qint64 m_ada = 0;
    const QDateTime m_exportedAt = QDateTime(QDate(2026, 12, 7), QTime(12, 0, 5, 250), Qt::UTC);
};

void tst_ClientDataExport::initTestCase()
{
    RAPPORT_REQUIRE_BACKEND();
}

void tst_ClientDataExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ClientStore>();
    QVERIFY2(m_store->open(newDatabase(*m_dir)), qPrintable(m_store->errorString()));
    Client ada;
    ada.name = QStringLiteral("Ada Lovelace");
    ada.company = QStringLiteral("Analytical Engines Ltd");
    ada.emails = {{QStringLiteral("ada@engines.example"), ContactPoint::Label::Work},
                  {QStringLiteral("ada@home.example"), ContactPoint::Label::Home}};
    ada.phones = {{QStringLiteral("+44 20 7946 0018"), ContactPoint::Label::Work},
                  {QStringLiteral("07700 900018"), ContactPoint::Label::Mobile}};
    ada.tags = {QStringLiteral("weekly"), QStringLiteral("retail")};
    ada.notes = QStringLiteral("Prefers \"short\" calls,\nnever on Mondays. Zoë's café: ☕ 5€");
    ada.satisfaction = 8.0;
    ada.repurchase = 7.0;
    ada.archived = true;
    ada.idealIntervalDays = 14;
    ada.maximumIntervalDays = 30;
    ada.rung = LadderRung::Supporter;
    ada.stage = Stage::Commitment;
    ada.dimensions = {5, 4, 3, 4, 1, 2};
    ada.nps = 9;
    ada.npsDate = QDate(2026, 10, 1);
    ada.degree = 2;
    ada.hostageReason = HostageReason::SwitchingCost;
    ada.hostageReasonEnds = QDate(2027, 3, 31);
    ada.purchasesPerYear = 6;
    m_ada = m_store->addClient(ada);
    QVERIFY2(m_ada != 0, qPrintable(m_store->errorString()));
}

QJsonObject tst_ClientDataExport::exported(qint64 id)
{
    QByteArray json;
    QString error;
    if (!ClientDataExport::toJson(*m_store, id, m_exportedAt, &json, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parsed);
    if (parsed.error != QJsonParseError::NoError) {
        qWarning("%s", qPrintable(parsed.errorString()));
        return {};
    }
    return document.object();
}

void tst_ClientDataExport::shouldWriteEveryFieldOfTheClient()
{
    // GIVEN Ada with every field set, notes with quotes, a line break and letters beyond ASCII
    const Client ada = *m_store->client(m_ada);

    // WHEN her file is made
    const QJsonObject file = exported(m_ada);

    // THEN it says what it is, and when it was made
    QCOMPARE(file.value(QLatin1String("format")).toString(), QStringLiteral("rapport-client"));
    QCOMPARE(file.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(file.value(QLatin1String("exportedAt")).toString(), QStringLiteral("2026-12-07T12:00:05.250Z"));
    // AND holds every field, exactly
    const QJsonObject client = file.value(QLatin1String("client")).toObject();
    QCOMPARE(client.value(QLatin1String("id")).toInteger(), m_ada);
    QCOMPARE(client.value(QLatin1String("name")).toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(client.value(QLatin1String("company")).toString(), QStringLiteral("Analytical Engines Ltd"));
    const QJsonArray emails{QJsonObject{{QLatin1String("value"), QStringLiteral("ada@engines.example")},
                                        {QLatin1String("label"), QStringLiteral("work")}},
                            QJsonObject{{QLatin1String("value"), QStringLiteral("ada@home.example")},
                                        {QLatin1String("label"), QStringLiteral("home")}}};
    QCOMPARE(client.value(QLatin1String("emails")).toArray(), emails);
    const QJsonArray phones{QJsonObject{{QLatin1String("value"), QStringLiteral("+44 20 7946 0018")},
                                        {QLatin1String("label"), QStringLiteral("work")}},
                            QJsonObject{{QLatin1String("value"), QStringLiteral("07700 900018")},
                                        {QLatin1String("label"), QStringLiteral("mobile")}}};
    QCOMPARE(client.value(QLatin1String("phones")).toArray(), phones);
    QCOMPARE(client.value(QLatin1String("tags")).toArray(), QJsonArray({QStringLiteral("weekly"), QStringLiteral("retail")}));
    QCOMPARE(client.value(QLatin1String("notes")).toString(), QStringLiteral("Prefers \"short\" calls,\nnever on Mondays. Zoë's café: ☕ 5€"));
    QCOMPARE(client.value(QLatin1String("satisfaction")).toDouble(), 8.0);
    QCOMPARE(client.value(QLatin1String("repurchase")).toDouble(), 7.0);
    QCOMPARE(client.value(QLatin1String("segment")).toString(), QStringLiteral("loyalist"));
    QVERIFY(client.value(QLatin1String("extreme")).isNull());
    QCOMPARE(client.value(QLatin1String("createdAt")).toString(), ada.createdAt.toString(Qt::ISODateWithMs));
    QVERIFY(client.value(QLatin1String("createdAt")).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(client.value(QLatin1String("updatedAt")).toString(), ada.updatedAt.toString(Qt::ISODateWithMs));
    QCOMPARE(client.value(QLatin1String("archived")).toBool(), true);
    QCOMPARE(client.value(QLatin1String("idealIntervalDays")).toInt(), 14);
    QCOMPARE(client.value(QLatin1String("maximumIntervalDays")).toInt(), 30);
    QCOMPARE(client.value(QLatin1String("ladderRung")).toString(), QStringLiteral("supporter"));
    QCOMPARE(client.value(QLatin1String("stage")).toString(), QStringLiteral("commitment"));
    const QJsonObject dimensions{{QLatin1String("integrity"), 5}, {QLatin1String("competency"), 4}, {QLatin1String("recognition"), 3},
                                 {QLatin1String("proactivity"), 4}, {QLatin1String("savvy"), 1}, {QLatin1String("chemistry"), 2}};
    QCOMPARE(client.value(QLatin1String("dimensions")).toObject(), dimensions);
    QCOMPARE(client.value(QLatin1String("nps")).toInt(), 9);
    QCOMPARE(client.value(QLatin1String("npsDate")).toString(), QStringLiteral("2026-10-01"));
    QCOMPARE(client.value(QLatin1String("degree")).toInt(), 2);
    QCOMPARE(client.value(QLatin1String("hostageReason")).toString(), QStringLiteral("switching_cost"));
    QCOMPARE(client.value(QLatin1String("hostageReasonEnds")).toString(), QStringLiteral("2027-03-31"));
    QCOMPARE(client.value(QLatin1String("purchasesPerYear")).toInt(), 6);
    // AND nothing else: a field added to Client must be added to the file too
    QCOMPARE(client.keys().size(), 25);
    QCOMPARE(file.keys(), QStringList({QStringLiteral("client"), QStringLiteral("exportedAt"), QStringLiteral("format"),
                                       QStringLiteral("history"), QStringLiteral("interactions"), QStringLiteral("version")}));
}

void tst_ClientDataExport::shouldWriteEveryInteractionAndMoveWithItsNote()
{
    // GIVEN Ada with three interactions (one note with quotes, line breaks and non-ASCII letters)
    // and two moves on the matrix, and Bob with an interaction of his own
    const auto at = [](int day, int hour) { return QDateTime(QDate(2026, 11, day), QTime(hour, 15), Qt::UTC); };
    Interaction meeting;
    meeting.clientId = m_ada;
    meeting.happenedAt = at(2, 9);
    meeting.kind = InteractionKind::Meeting;
    meeting.direction = Direction::Inbound;
    meeting.note = QStringLiteral("She said: \"fine\".\nŁódź office next time, 3×");
    Interaction call = meeting;
    call.happenedAt = at(9, 14);
    call.kind = InteractionKind::Call;
    call.direction = Direction::Outbound;
    call.outcome = Outcome::NoAnswer;
    call.note.clear();
    Interaction email = call;
    email.happenedAt = at(16, 8);
    email.kind = InteractionKind::Email;
    email.outcome = Outcome::Answered;
    email.note = QStringLiteral("Sent the invoice");
    email.messageId = QStringLiteral("invoice-42@ada.example");
    Client bob;
    bob.name = QStringLiteral("Bob");
    const qint64 bobId = m_store->addClient(bob);
    Interaction bobs = email;
    bobs.clientId = bobId;
    bobs.note = QStringLiteral("Bob's own note");
    QVERIFY2(m_store->addInteractions({email, meeting, call, bobs}), qPrintable(m_store->errorString()));
    QVERIFY(m_store->moveClient(m_ada, 2.0, 2.0));
    QVERIFY(m_store->moveClient(m_ada, 9.5, 9.5, ChangeSource::Edit));
    const QVector<SegmentChange> moves = m_store->history(m_ada);
    QCOMPARE(moves.size(), 2);

    // WHEN her file is made
    const QJsonObject file = exported(m_ada);

    // THEN it holds her three interactions in time order, with their notes, and none of Bob's
    const QJsonArray interactions = file.value(QLatin1String("interactions")).toArray();
    QCOMPARE(interactions.size(), 3);
    const QJsonObject first{{QLatin1String("happenedAt"), QStringLiteral("2026-11-02T09:15:00.000Z")},
                            {QLatin1String("kind"), QStringLiteral("meeting")},
                            {QLatin1String("direction"), QStringLiteral("inbound")},
                            {QLatin1String("outcome"), QStringLiteral("answered")},
                            {QLatin1String("note"), QStringLiteral("She said: \"fine\".\nŁódź office next time, 3×")},
                            {QLatin1String("messageId"), QJsonValue()}};
    QCOMPARE(interactions.at(0).toObject(), first);
    const QJsonObject second{{QLatin1String("happenedAt"), QStringLiteral("2026-11-09T14:15:00.000Z")},
                             {QLatin1String("kind"), QStringLiteral("call")},
                             {QLatin1String("direction"), QStringLiteral("outbound")},
                             {QLatin1String("outcome"), QStringLiteral("no_answer")},
                             {QLatin1String("note"), QString()},
                             {QLatin1String("messageId"), QJsonValue()}};
    QCOMPARE(interactions.at(1).toObject(), second);
    QCOMPARE(interactions.at(2).toObject().value(QLatin1String("note")).toString(), QStringLiteral("Sent the invoice"));
    QCOMPARE(interactions.at(2).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("email"));
    // AND an email read from the mailbox names the message it was logged from
    QCOMPARE(interactions.at(2).toObject().value(QLatin1String("messageId")).toString(),
             QStringLiteral("invoice-42@ada.example"));
    // AND both moves, from where to where and why
    const QJsonArray history = file.value(QLatin1String("history")).toArray();
    QCOMPARE(history.size(), 2);
    const QJsonObject drag{{QLatin1String("changedAt"), moves.at(0).changedAt.toString(Qt::ISODateWithMs)},
                           {QLatin1String("fromSatisfaction"), 8.0},
                           {QLatin1String("fromRepurchase"), 7.0},
                           {QLatin1String("toSatisfaction"), 2.0},
                           {QLatin1String("toRepurchase"), 2.0},
                           {QLatin1String("fromSegment"), QStringLiteral("loyalist")},
                           {QLatin1String("fromExtreme"), QJsonValue()},
                           {QLatin1String("toSegment"), QStringLiteral("defector")},
                           {QLatin1String("toExtreme"), QJsonValue()},
                           {QLatin1String("source"), QStringLiteral("drag")},
                           {QLatin1String("acknowledged"), false}};
    QCOMPARE(history.at(0).toObject(), drag);
    QCOMPARE(history.at(1).toObject().value(QLatin1String("toExtreme")).toString(), QStringLiteral("apostle"));
    QCOMPARE(history.at(1).toObject().value(QLatin1String("source")).toString(), QStringLiteral("edit"));
    QCOMPARE(file.value(QLatin1String("client")).toObject().value(QLatin1String("extreme")).toString(), QStringLiteral("apostle"));
}

void tst_ClientDataExport::shouldWriteAnUnsetFieldAsNullAndAnEmptyContactAsAnEmptyList()
{
    // GIVEN a client with only a company
    Client shop;
    shop.company = QStringLiteral("Corner Shop");
    const qint64 id = m_store->addClient(shop);
    QVERIFY(id != 0);

    // WHEN its file is made
    const QJsonObject client = exported(id).value(QLatin1String("client")).toObject();

    // THEN what was never set is null, not a 0 that could be read as an answer
    QCOMPARE(client.value(QLatin1String("name")).toString(), QString());
    QCOMPARE(client.value(QLatin1String("company")).toString(), QStringLiteral("Corner Shop"));
    QCOMPARE(client.value(QLatin1String("emails")).toArray(), QJsonArray());
    QCOMPARE(client.value(QLatin1String("phones")).toArray(), QJsonArray());
    QCOMPARE(client.value(QLatin1String("tags")).toArray(), QJsonArray());
    for (const char *key : {"nps", "npsDate", "degree", "ladderRung", "stage", "hostageReason", "hostageReasonEnds",
                            "purchasesPerYear", "idealIntervalDays", "maximumIntervalDays"}) {
        QVERIFY2(client.contains(QLatin1String(key)), key);
        QVERIFY2(client.value(QLatin1String(key)).isNull(), key);
    }
    QVERIFY(client.value(QLatin1String("dimensions")).toObject().value(QLatin1String("savvy")).isNull());
    QCOMPARE(client.value(QLatin1String("archived")).toBool(true), false);
}

void tst_ClientDataExport::shouldRefuseAClientThatDoesNotExist()
{
    // WHEN the file of a client that is not there is asked for
    QByteArray json = "untouched";
    QString error;
    const bool made = ClientDataExport::toJson(*m_store, m_ada + 100, m_exportedAt, &json, &error);

    // THEN there is none, and the owner is told why
    QVERIFY(!made);
    QCOMPARE(error, QStringLiteral("Could not export the client: it no longer exists."));
    QCOMPARE(json, QByteArray("untouched"));
}

QTEST_GUILESS_MAIN(tst_ClientDataExport)
#include "tst_clientdataexport.moc"
