#include "clientcommands.h"
#include "clientstore.h"
#include "maillog.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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
    return client;
}

Client fullClient()
{
    Client client = makeClient(QStringLiteral("Xena Varga"), QStringLiteral("Westgate Print Shop Ltd"), 3.0, 7.0);
    client.setEmail(QStringLiteral("xena.varga@westgateprintshop.example"));
    client.setPhone(QStringLiteral("+44 20 7946 0042"));
    client.tags = {QStringLiteral("wholesale"), QStringLiteral("annual contract")};
    client.notes = QStringLiteral("Asked for a revised quote last month.\nPays invoices on time.");
    client.createdAt = QDateTime(QDate(2023, 4, 2), QTime(8, 15, 30, 123), Qt::UTC);
    client.updatedAt = QDateTime(QDate(2024, 2, 29), QTime(17, 45, 1, 999), Qt::UTC);
    return client;
}

QString describe(const Client &c)
{
    return QStringLiteral("{id %1, name \"%2\", company \"%3\", email \"%4\", phone \"%5\", tags [%6], notes \"%7\","
                          " satisfaction %8, repurchase %9, created %10, updated %11, archived %12}")
        .arg(QString::number(c.id), c.name, c.company, c.email(), c.phone(), c.tags.join(QLatin1Char('|')), c.notes,
             QString::number(c.satisfaction, 'g', 17), QString::number(c.repurchase, 'g', 17))
        .arg(c.createdAt.toString(Qt::ISODateWithMs), c.updatedAt.toString(Qt::ISODateWithMs),
             c.archived ? QStringLiteral("yes") : QStringLiteral("no"));
}

QString describe(const Client *c)
{
    return c ? describe(*c) : QStringLiteral("(no client)");
}

QString describe(const SegmentationRules &r)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(r.satisfactionBoundary())
        .arg(r.repurchaseBoundary())
        .arg(r.apostleMinimum())
        .arg(r.terroristMaximum());
}

/** Holds SQLite's write lock on a database, as another program writing to it would. */
class WriteLock
{
public:
    explicit WriteLock(const QString &path)
        : m_name(QStringLiteral("tst_clientcommands-lock"))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            m_locked = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        }
    }
    ~WriteLock()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen()) {
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isLocked() const { return m_locked; }

private:
    QString m_name;
    bool m_locked = false;
};

} // namespace

class tst_ClientCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldAddAClientAndBringItBackWithItsIdOnRedo();
    void shouldNameAddAndDeleteCommandsForTheClientOrTheCount();
    void shouldRestoreADeletedClientWithItsIdAndEveryField();
    void shouldRestoreSeveralDeletedClients();
    void shouldEditAndRestoreEveryField();
    void shouldEditAndRestoreEveryEmailAndPhoneWithItsLabel();
    void shouldMoveAndRestoreTheExactStoredValues();
    void shouldChangeAndRestoreTheRules();
    void shouldChangeAndRestoreTheContactIntervals();
    void shouldMergeConsecutiveNudgesOfOneClientIntoOneStep();
    void shouldKeepDragsAndNudgesOfOtherClientsAsSeparateSteps();
    void shouldDropACommandWhoseWriteFailsOnAReadOnlyFile();
    void shouldDropACommandWhoseClientWasDeletedBehindItsBack_data();
    void shouldDropACommandWhoseClientWasDeletedBehindItsBack();
    void shouldDropAnUndoOrRedoThatTheStoreRefuses();
    void shouldNotMergeANudgeWhoseWriteFailed();
    void shouldTakeAWholeMailReadingBackAndWriteItAgain();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("clients.sqlite")); }
    std::unique_ptr<ClientStore> reopen() const
    {
        auto store = std::make_unique<ClientStore>();
        if (!store->open(path()))
            return nullptr;
        return store;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
    std::unique_ptr<QUndoStack> m_undoStack;
    qint64 m_xena = 0;
    qint64 m_ben = 0;
    qint64 m_chloe = 0;
};

void tst_ClientCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ClientStore>();
    QVERIFY2(m_store->open(path()), qPrintable(m_store->errorString()));
    m_undoStack = std::make_unique<QUndoStack>();
    QVector<qint64> ids;
    QVERIFY(m_store->addClients({fullClient(), makeClient(QStringLiteral("Ben Brennan"), QStringLiteral("Harbour Bakery"), 8.2, 8.8),
                                 makeClient(QString(), QStringLiteral("Chloe's Garden Centre"), 1.3, 4.4)},
                                &ids));
    m_xena = ids.at(0);
    m_ben = ids.at(1);
    m_chloe = ids.at(2);
}

void tst_ClientCommands::cleanup()
{
    m_undoStack.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_ClientCommands::shouldAddAClientAndBringItBackWithItsIdOnRedo()
{
    // GIVEN
    Client ada = makeClient(QStringLiteral("Ada Lovelace"), QStringLiteral("Analytical Engines"), 9.1, 6.4);
    ada.tags = {QStringLiteral("VIP")};
    auto *command = new AddClientsCommand(m_store.get(), {ada});
    QSignalSpy addedSpy(m_store.get(), &ClientStore::clientsAdded);

    // WHEN pushed
    m_undoStack->push(command);

    // THEN the client is stored, and the step is named for it
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Add Ada Lovelace"));
    QCOMPARE(command->ids().size(), 1);
    const qint64 id = command->ids().constFirst();
    QVERIFY(id > 0);
    QCOMPARE(m_store->count(), 4);
    QCOMPARE(m_store->client(id)->name, QStringLiteral("Ada Lovelace"));
    QCOMPARE(addedSpy.count(), 1);
    const Client stored = *m_store->client(id);

    // WHEN undone
    m_undoStack->undo();
    // THEN it is gone, from memory and from the file
    QCOMPARE(m_store->count(), 3);
    QVERIFY(!m_store->client(id));
    {
        const auto file = reopen();
        QVERIFY(file);
        QCOMPARE(file->count(), 3);
        QVERIFY(!file->client(id));
    }

    // WHEN redone
    m_undoStack->redo();
    // THEN it comes back with the same id and exactly the same fields, in memory and in the file
    QVERIFY2(m_store->client(id) && *m_store->client(id) == stored,
             qPrintable(describe(m_store->client(id)) + QStringLiteral(" != ") + describe(stored)));
    QCOMPARE(command->ids(), QVector<qint64>{id});
    const auto file = reopen();
    QVERIFY(file);
    QVERIFY2(file->client(id) && *file->client(id) == stored,
             qPrintable(describe(file->client(id)) + QStringLiteral(" != ") + describe(stored)));
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->index(), 1);
}

void tst_ClientCommands::shouldNameAddAndDeleteCommandsForTheClientOrTheCount()
{
    // A client without a name is called by its company.
    QCOMPARE(AddClientsCommand(m_store.get(), {makeClient(QString(), QStringLiteral("Maple Optician"), 5.0, 5.0)}).text(),
             QStringLiteral("Add Maple Optician"));
    QCOMPARE(AddClientsCommand(m_store.get(), {makeClient(QStringLiteral("Ann"), QString(), 5.0, 5.0),
                                               makeClient(QStringLiteral("Bo"), QString(), 5.0, 5.0),
                                               makeClient(QStringLiteral("Cy"), QString(), 5.0, 5.0)})
                 .text(),
             QStringLiteral("Add 3 Clients"));
    QCOMPARE(RemoveClientsCommand(m_store.get(), {m_xena}).text(), QStringLiteral("Delete Xena Varga"));
    QCOMPARE(RemoveClientsCommand(m_store.get(), {m_chloe}).text(), QStringLiteral("Delete Chloe's Garden Centre"));
    QCOMPARE(RemoveClientsCommand(m_store.get(), {m_xena, m_ben}).text(), QStringLiteral("Delete 2 Clients"));
    QCOMPARE(EditClientCommand(m_store.get(), *m_store->client(m_ben), *m_store->client(m_ben)).text(),
             QStringLiteral("Edit Ben Brennan"));
    QCOMPARE(MoveClientCommand(m_store.get(), m_ben, {8.2, 8.8}, {8.3, 8.8}, true).text(), QStringLiteral("Move Ben Brennan"));
    QCOMPARE(MoveClientCommand(m_store.get(), m_chloe, {1.3, 4.4}, {2.0, 4.4}).text(), QStringLiteral("Move Chloe's Garden Centre"));
    QCOMPARE(ChangeRulesCommand(m_store.get(), SegmentationRules(6.0, 5.0, 9.0, 1.0)).text(),
             QStringLiteral("Change Segment Boundaries"));
    QCOMPARE(ChangeLapseRulesCommand(m_store.get(), LapseRules()).text(), QStringLiteral("Change Contact Intervals"));
    // None of that wrote anything.
    QCOMPARE(m_store->count(), 3);
    QCOMPARE(m_store->client(m_ben)->satisfaction, 8.2);
}

void tst_ClientCommands::shouldRestoreADeletedClientWithItsIdAndEveryField()
{
    // GIVEN Xena, with every field filled in, a logged call and a recorded move
    Interaction call;
    call.clientId = m_xena;
    call.happenedAt = QDateTime(QDate(2024, 3, 4), QTime(10, 30), Qt::UTC);
    call.kind = InteractionKind::Call;
    call.outcome = Outcome::NoAnswer;
    call.note = QStringLiteral("Left a message about the new catalogue.");
    QVERIFY(m_store->addInteraction(call) > 0);
    QVERIFY(m_store->moveClient(m_xena, 2.0, 7.0));
    const Client before = *m_store->client(m_xena);
    const QVector<Interaction> interactions = m_store->interactions(m_xena);
    const QVector<SegmentChange> history = m_store->history(m_xena);
    QCOMPARE(interactions.size(), 1);
    QCOMPARE(history.size(), 1);
    QCOMPARE(before.createdAt, fullClient().createdAt);
    QSignalSpy removedSpy(m_store.get(), &ClientStore::clientsRemoved);

    // WHEN she is deleted
    m_undoStack->push(new RemoveClientsCommand(m_store.get(), {m_xena}));
    // THEN
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Delete Xena Varga"));
    QCOMPARE(removedSpy.count(), 1);
    QVERIFY(!m_store->client(m_xena));
    QCOMPARE(m_store->count(), 2);
    {
        const auto file = reopen();
        QVERIFY(file);
        QVERIFY(!file->client(m_xena));
    }

    // WHEN undone
    m_undoStack->undo();
    // THEN she is back with her id and every field, timestamps included
    QVERIFY2(m_store->client(m_xena) && *m_store->client(m_xena) == before,
             qPrintable(describe(m_store->client(m_xena)) + QStringLiteral(" != ") + describe(before)));
    QCOMPARE(m_store->count(), 3);
    // AND her call and her recorded move are back too
    QVERIFY(m_store->interactions(m_xena) == interactions);
    QVERIFY(m_store->history(m_xena) == history);
    // AND so is the file, read by a second store
    {
        const auto file = reopen();
        QVERIFY(file);
        QCOMPARE(file->count(), 3);
        QVERIFY2(file->client(m_xena) && *file->client(m_xena) == before,
                 qPrintable(describe(file->client(m_xena)) + QStringLiteral(" != ") + describe(before)));
        QVERIFY(file->interactions(m_xena) == interactions);
        QVERIFY(file->history(m_xena) == history);
    }

    // WHEN redone, she is gone again
    m_undoStack->redo();
    QVERIFY(!m_store->client(m_xena));
    const auto file = reopen();
    QVERIFY(file);
    QVERIFY(!file->client(m_xena));
    QCOMPARE(file->count(), 2);
}

void tst_ClientCommands::shouldRestoreSeveralDeletedClients()
{
    const Client xena = *m_store->client(m_xena);
    const Client chloe = *m_store->client(m_chloe);

    // WHEN two clients that are not neighbours are deleted together
    m_undoStack->push(new RemoveClientsCommand(m_store.get(), {m_chloe, m_xena}));
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Delete 2 Clients"));
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(m_store->at(0).id, m_ben);

    // WHEN undone
    m_undoStack->undo();
    // THEN both are back, identical
    QCOMPARE(m_store->count(), 3);
    QVERIFY2(m_store->client(m_xena) && *m_store->client(m_xena) == xena, qPrintable(describe(m_store->client(m_xena))));
    QVERIFY2(m_store->client(m_chloe) && *m_store->client(m_chloe) == chloe, qPrintable(describe(m_store->client(m_chloe))));
    const auto file = reopen();
    QVERIFY(file);
    QVERIFY2(file->client(m_xena) && *file->client(m_xena) == xena, qPrintable(describe(file->client(m_xena))));
    QVERIFY2(file->client(m_chloe) && *file->client(m_chloe) == chloe, qPrintable(describe(file->client(m_chloe))));
}

void tst_ClientCommands::shouldEditAndRestoreEveryField()
{
    // GIVEN
    const Client before = *m_store->client(m_xena);
    Client after = before;
    after.name = QStringLiteral("Xena Varga-Holm");
    after.company = QStringLiteral("Holm Print");
    after.setEmail(QStringLiteral("xena@holm.example"));
    after.setPhone(QStringLiteral("+44 20 7946 0999"));
    after.tags = {QStringLiteral("retail")};
    after.notes = QStringLiteral("Moved to a new shop.");
    after.satisfaction = 6.6;
    after.repurchase = 2.2;
    QSignalSpy changedSpy(m_store.get(), &ClientStore::clientChanged);

    // WHEN
    m_undoStack->push(new EditClientCommand(m_store.get(), before, after));
    // THEN one write with every field
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Edit Xena Varga"));
    QCOMPARE(changedSpy.count(), 1);
    const auto check = [](const Client *actual, const Client &expected) {
        QVERIFY2(actual, "client missing");
        QCOMPARE(actual->id, expected.id);
        QCOMPARE(actual->name, expected.name);
        QCOMPARE(actual->company, expected.company);
        QCOMPARE(actual->email(), expected.email());
        QCOMPARE(actual->phone(), expected.phone());
        QCOMPARE(actual->tags, expected.tags);
        QCOMPARE(actual->notes, expected.notes);
        QCOMPARE(actual->satisfaction, expected.satisfaction);
        QCOMPARE(actual->repurchase, expected.repurchase);
        QCOMPARE(actual->createdAt, expected.createdAt);
    };
    check(m_store->client(m_xena), after);
    if (QTest::currentTestFailed())
        return;
    {
        const auto file = reopen();
        QVERIFY(file);
        check(file->client(m_xena), after);
        if (QTest::currentTestFailed())
            return;
    }

    // WHEN undone
    m_undoStack->undo();
    // THEN every field is as before
    QCOMPARE(changedSpy.count(), 2);
    check(m_store->client(m_xena), before);
    if (QTest::currentTestFailed())
        return;
    const auto file = reopen();
    QVERIFY(file);
    check(file->client(m_xena), before);
}

void tst_ClientCommands::shouldEditAndRestoreEveryEmailAndPhoneWithItsLabel()
{
    // GIVEN Xena with three emails, her home one preferred, and two phones
    Client xena = *m_store->client(m_xena);
    xena.emails = {{QStringLiteral("xena@home.example"), ContactPoint::Label::Home},
                   {QStringLiteral("xena.varga@westgateprintshop.example"), ContactPoint::Label::Work},
                   {QStringLiteral("xv@mail.example"), ContactPoint::Label::Other}};
    xena.phones = {{QStringLiteral("+44 7700 900123"), ContactPoint::Label::Mobile},
                   {QStringLiteral("+44 20 7946 0042"), ContactPoint::Label::Work}};
    QVERIFY(m_store->updateClient(xena));
    const Client before = *m_store->client(m_xena);
    const QString emailsBefore = QStringLiteral("home:xena@home.example\nwork:xena.varga@westgateprintshop.example\nother:xv@mail.example");
    const QString phonesBefore = QStringLiteral("mobile:+44 7700 900123\nwork:+44 20 7946 0042");
    QCOMPARE(ContactPoint::toStored(before.emails), emailsBefore);
    QCOMPARE(ContactPoint::toStored(before.phones), phonesBefore);

    // WHEN an edit makes the work email preferred, drops the other one, adds one, and relabels a phone
    Client after = before;
    after.emails = {{QStringLiteral("xena.varga@westgateprintshop.example"), ContactPoint::Label::Work},
                    {QStringLiteral("xena@home.example"), ContactPoint::Label::Home},
                    {QStringLiteral("orders@westgateprintshop.example"), ContactPoint::Label::Other}};
    after.phones = {{QStringLiteral("+44 7700 900123"), ContactPoint::Label::Mobile},
                    {QStringLiteral("+44 20 7946 0042"), ContactPoint::Label::Home}};
    m_undoStack->push(new EditClientCommand(m_store.get(), before, after));

    // THEN the lists are stored as edited, in the file too
    const QString emailsAfter = QStringLiteral(
        "work:xena.varga@westgateprintshop.example\nhome:xena@home.example\nother:orders@westgateprintshop.example");
    const QString phonesAfter = QStringLiteral("mobile:+44 7700 900123\nhome:+44 20 7946 0042");
    QCOMPARE(ContactPoint::toStored(m_store->client(m_xena)->emails), emailsAfter);
    QCOMPARE(ContactPoint::toStored(m_store->client(m_xena)->phones), phonesAfter);
    QCOMPARE(m_store->client(m_xena)->email(), QStringLiteral("xena.varga@westgateprintshop.example"));
    {
        const auto file = reopen();
        QVERIFY(file);
        QCOMPARE(ContactPoint::toStored(file->client(m_xena)->emails), emailsAfter);
    }

    // WHEN undone
    m_undoStack->undo();
    // THEN both lists are back, same order, same labels, in the store and in the file
    QCOMPARE(ContactPoint::toStored(m_store->client(m_xena)->emails), emailsBefore);
    QCOMPARE(ContactPoint::toStored(m_store->client(m_xena)->phones), phonesBefore);
    QCOMPARE(m_store->client(m_xena)->email(), QStringLiteral("xena@home.example"));
    {
        const auto file = reopen();
        QVERIFY(file);
        QCOMPARE(ContactPoint::toStored(file->client(m_xena)->emails), emailsBefore);
        QCOMPARE(ContactPoint::toStored(file->client(m_xena)->phones), phonesBefore);
    }

    // WHEN redone THEN the edit is back
    m_undoStack->redo();
    QCOMPARE(ContactPoint::toStored(m_store->client(m_xena)->emails), emailsAfter);
    QCOMPARE(ContactPoint::toStored(m_store->client(m_xena)->phones), phonesAfter);
}

void tst_ClientCommands::shouldMoveAndRestoreTheExactStoredValues()
{
    // GIVEN Xena, a Hostage at (3.0, 7.0)
    QCOMPARE(m_store->segmentAt(m_store->rowOf(m_xena)), Segment::Hostage);
    QSignalSpy changedSpy(m_store.get(), &ClientStore::clientChanged);

    // WHEN moved to (8.0, 2.0)
    m_undoStack->push(new MoveClientCommand(m_store.get(), m_xena, {3.0, 7.0}, {8.0, 2.0}));

    // THEN one write; she is a Mercenary
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Move Xena Varga"));
    QCOMPARE(changedSpy.count(), 1);
    QVERIFY(m_store->client(m_xena)->satisfaction == 8.0);
    QVERIFY(m_store->client(m_xena)->repurchase == 2.0);
    QCOMPARE(m_store->segmentAt(m_store->rowOf(m_xena)), Segment::Mercenary);
    // AND nothing else about her changed; the move is in her history
    QCOMPARE(m_store->client(m_xena)->notes, fullClient().notes);
    QCOMPARE(m_store->history(m_xena).size(), 1);

    // WHEN undone
    m_undoStack->undo();
    // THEN the stored values are exactly the old ones, in memory and in the file
    QCOMPARE(changedSpy.count(), 2);
    QVERIFY(m_store->client(m_xena)->satisfaction == 3.0);
    QVERIFY(m_store->client(m_xena)->repurchase == 7.0);
    QCOMPARE(m_store->segmentAt(m_store->rowOf(m_xena)), Segment::Hostage);
    QCOMPARE(m_store->history(m_xena).size(), 0);
    {
        const auto file = reopen();
        QVERIFY(file);
        QVERIFY(file->client(m_xena)->satisfaction == 3.0);
        QVERIFY(file->client(m_xena)->repurchase == 7.0);
    }

    // WHEN redone
    m_undoStack->redo();
    QVERIFY(m_store->client(m_xena)->satisfaction == 8.0);
    QVERIFY(m_store->client(m_xena)->repurchase == 2.0);
    const auto file = reopen();
    QVERIFY(file);
    QVERIFY(file->client(m_xena)->satisfaction == 8.0);
    QVERIFY(file->client(m_xena)->repurchase == 2.0);
}

void tst_ClientCommands::shouldChangeAndRestoreTheRules()
{
    // GIVEN the default rules
    const SegmentationRules before = m_store->rules();
    QCOMPARE(before, SegmentationRules());
    const SegmentationRules after(6.5, 4.0, 9.5, 0.5);
    QSignalSpy rulesSpy(m_store.get(), &ClientStore::rulesChanged);

    // WHEN
    m_undoStack->push(new ChangeRulesCommand(m_store.get(), after));
    // THEN
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Change Segment Boundaries"));
    QVERIFY2(m_store->rules() == after, qPrintable(describe(m_store->rules())));
    QCOMPARE(rulesSpy.count(), 1);
    // Ben (8.2, 8.8) is now a Loyalist still; Xena (3.0, 7.0) a Hostage; Chloe (1.3, 4.4): rep above 4.0, a Hostage.
    QCOMPARE(m_store->segmentAt(m_store->rowOf(m_chloe)), Segment::Hostage);
    {
        const auto file = reopen();
        QVERIFY(file);
        QVERIFY2(file->rules() == after, qPrintable(describe(file->rules())));
    }

    // WHEN undone
    m_undoStack->undo();
    // THEN
    QVERIFY2(m_store->rules() == before, qPrintable(describe(m_store->rules())));
    QCOMPARE(m_store->segmentAt(m_store->rowOf(m_chloe)), Segment::Defector);
    QCOMPARE(rulesSpy.count(), 2);
    const auto file = reopen();
    QVERIFY(file);
    QVERIFY2(file->rules() == before, qPrintable(describe(file->rules())));
}

void tst_ClientCommands::shouldChangeAndRestoreTheContactIntervals()
{
    // GIVEN the default intervals (Hostages every 14 to 30 days, three unanswered attempts)
    const LapseRules before = m_store->lapseRules();
    QVERIFY(before == LapseRules());
    LapseRules after;
    after.setInterval(Segment::Hostage, {10, 21});
    after.setUnansweredThreshold(5);
    QSignalSpy rulesSpy(m_store.get(), &ClientStore::lapseRulesChanged);

    // WHEN
    m_undoStack->push(new ChangeLapseRulesCommand(m_store.get(), after));
    // THEN the store and the file hold the new intervals
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Change Contact Intervals"));
    QCOMPARE(m_store->lapseRules().interval(Segment::Hostage), (ContactInterval{10, 21}));
    QCOMPARE(m_store->lapseRules().unansweredThreshold(), 5);
    QCOMPARE(rulesSpy.count(), 1);
    {
        const auto file = reopen();
        QVERIFY(file);
        QVERIFY(file->lapseRules() == after);
    }

    // WHEN undone
    m_undoStack->undo();
    // THEN the defaults are back, in memory and in the file
    QCOMPARE(m_store->lapseRules().interval(Segment::Hostage), (ContactInterval{14, 30}));
    QCOMPARE(m_store->lapseRules().unansweredThreshold(), 3);
    QCOMPARE(rulesSpy.count(), 2);
    {
        const auto file = reopen();
        QVERIFY(file);
        QVERIFY(file->lapseRules() == before);
    }

    // WHEN redone
    m_undoStack->redo();
    // THEN
    QVERIFY(m_store->lapseRules() == after);
    QCOMPARE(rulesSpy.count(), 3);
}

void tst_ClientCommands::shouldMergeConsecutiveNudgesOfOneClientIntoOneStep()
{
    // WHEN Xena is nudged right, right and up
    m_undoStack->push(new MoveClientCommand(m_store.get(), m_xena, {3.0, 7.0}, {3.1, 7.0}, true));
    m_undoStack->push(new MoveClientCommand(m_store.get(), m_xena, {3.1, 7.0}, {3.2, 7.0}, true));
    m_undoStack->push(new MoveClientCommand(m_store.get(), m_xena, {3.2, 7.0}, {3.2, 7.1}, true));

    // THEN the store follows every nudge, and the stack holds one step
    QCOMPARE(m_store->client(m_xena)->satisfaction, 3.2);
    QCOMPARE(m_store->client(m_xena)->repurchase, 7.1);
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Move Xena Varga"));

    // WHEN undone once
    m_undoStack->undo();
    // THEN she is back where the first nudge started
    QCOMPARE(m_store->client(m_xena)->satisfaction, 3.0);
    QCOMPARE(m_store->client(m_xena)->repurchase, 7.0);
    QVERIFY(!m_undoStack->canUndo());

    // WHEN redone once
    m_undoStack->redo();
    QCOMPARE(m_store->client(m_xena)->satisfaction, 3.2);
    QCOMPARE(m_store->client(m_xena)->repurchase, 7.1);
}

void tst_ClientCommands::shouldKeepDragsAndNudgesOfOtherClientsAsSeparateSteps()
{
    // WHEN Xena is dragged twice
    m_undoStack->push(new MoveClientCommand(m_store.get(), m_xena, {3.0, 7.0}, {8.0, 2.0}));
    m_undoStack->push(new MoveClientCommand(m_store.get(), m_xena, {8.0, 2.0}, {6.0, 6.0}));
    // THEN two steps
    QCOMPARE(m_undoStack->count(), 2);

    // WHEN she is nudged, then Ben is nudged, then she is nudged and dragged
    m_undoStack->push(new MoveClientCommand(m_store.get(), m_xena, {6.0, 6.0}, {6.1, 6.0}, true));
    m_undoStack->push(new MoveClientCommand(m_store.get(), m_ben, {8.2, 8.8}, {8.2, 8.9}, true));
    m_undoStack->push(new MoveClientCommand(m_store.get(), m_xena, {6.1, 6.0}, {6.2, 6.0}, true));
    m_undoStack->push(new MoveClientCommand(m_store.get(), m_xena, {6.2, 6.0}, {1.0, 1.0}));
    // THEN every one is its own step
    QCOMPARE(m_undoStack->count(), 6);
    QCOMPARE(m_undoStack->text(3), QStringLiteral("Move Ben Brennan"));

    // WHEN undone step by step
    const QVector<QPointF> expectedXena{{6.2, 6.0}, {6.1, 6.0}, {6.1, 6.0}, {6.0, 6.0}, {8.0, 2.0}, {3.0, 7.0}};
    for (const QPointF &expected : expectedXena) {
        m_undoStack->undo();
        QCOMPARE(QPointF(m_store->client(m_xena)->satisfaction, m_store->client(m_xena)->repurchase), expected);
    }
    QCOMPARE(m_store->client(m_ben)->repurchase, 8.8);
}

void tst_ClientCommands::shouldDropACommandWhoseWriteFailsOnAReadOnlyFile()
{
    // GIVEN the database can not be written: a read-only file, or (as root, where permissions
    // do not apply) another program holding its write lock
    m_store.reset();
    QVERIFY(QFile::setPermissions(path(), QFileDevice::ReadOwner));
    const auto restore = qScopeGuard([&] { QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner); });
    const bool permissionsApply = !QFileInfo(path()).isWritable();
    std::unique_ptr<WriteLock> lock;
    if (!permissionsApply) {
        QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        lock = std::make_unique<WriteLock>(path());
        QVERIFY(lock->isLocked());
    }
    m_store = std::make_unique<ClientStore>();
    QVERIFY2(m_store->open(path()), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->isReadOnly(), permissionsApply);
    const Client before = *m_store->client(m_xena);
    QSignalSpy changedSpy(m_store.get(), &ClientStore::clientChanged);
    QSignalSpy failedSpy(m_store.get(), &ClientStore::writeFailed);

    // WHEN a move is pushed
    m_undoStack->push(new MoveClientCommand(m_store.get(), m_xena, {3.0, 7.0}, {8.0, 2.0}));

    // THEN the owner is told, the command is dropped and nothing changed
    QCOMPARE(failedSpy.count(), 1);
    const QString message = failedSpy.first().at(0).toString();
    QVERIFY2(message.startsWith(QLatin1String("Could not save Xena Varga: ")) && message.contains(QLatin1String("Nothing was changed")),
             qPrintable(message));
    QCOMPARE(m_undoStack->count(), 0);
    QVERIFY(!m_undoStack->canUndo());
    QCOMPARE(changedSpy.count(), 0);
    QVERIFY(*m_store->client(m_xena) == before);

    // WHEN the other edits are tried (each costs SQLite's busy timeout when locked: read-only only)
    if (permissionsApply) {
        m_undoStack->push(new RemoveClientsCommand(m_store.get(), {m_ben}));
        m_undoStack->push(new ChangeRulesCommand(m_store.get(), SegmentationRules(6.0, 5.0, 9.0, 1.0)));
        m_undoStack->push(new AddClientsCommand(m_store.get(), {makeClient(QStringLiteral("Ada"), QString(), 5.0, 5.0)}));
        QCOMPARE(failedSpy.count(), 4);
        QCOMPARE(m_undoStack->count(), 0);
        QCOMPARE(m_store->count(), 3);
        QVERIFY(m_store->rules() == SegmentationRules());
    }

    lock.reset();
    const auto file = reopen();
    QVERIFY(file);
    QVERIFY2(*file->client(m_xena) == before, qPrintable(describe(file->client(m_xena))));
    QCOMPARE(file->count(), 3);
}

void tst_ClientCommands::shouldDropACommandWhoseClientWasDeletedBehindItsBack_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("move") << QStringLiteral("move");
    QTest::newRow("nudge") << QStringLiteral("nudge");
    QTest::newRow("edit") << QStringLiteral("edit");
    QTest::newRow("delete") << QStringLiteral("delete");
}

void tst_ClientCommands::shouldDropACommandWhoseClientWasDeletedBehindItsBack()
{
    QFETCH(QString, kind);
    const auto makeCommand = [&]() -> QUndoCommand * {
        if (kind == QLatin1String("move"))
            return new MoveClientCommand(m_store.get(), m_xena, {3.0, 7.0}, {8.0, 2.0});
        if (kind == QLatin1String("nudge"))
            return new MoveClientCommand(m_store.get(), m_xena, {3.0, 7.0}, {3.1, 7.0}, true);
        if (kind == QLatin1String("edit")) {
            Client after = *m_store->client(m_xena);
            after.name = QStringLiteral("Xena Holm");
            return new EditClientCommand(m_store.get(), *m_store->client(m_xena), after);
        }
        return new RemoveClientsCommand(m_store.get(), {m_xena});
    };

    // GIVEN an unrelated step on the stack, and a command made for Xena
    m_undoStack->push(new MoveClientCommand(m_store.get(), m_ben, {8.2, 8.8}, {7.0, 7.0}));
    QUndoCommand *command = makeCommand();
    // AND Xena deleted by someone else
    QVERIFY(m_store->removeClients({m_xena}));
    QSignalSpy changedSpy(m_store.get(), &ClientStore::clientChanged);
    QSignalSpy removedSpy(m_store.get(), &ClientStore::clientsRemoved);
    QSignalSpy failedSpy(m_store.get(), &ClientStore::writeFailed);

    // WHEN the command is pushed
    m_undoStack->push(command);

    // THEN its write fails, the stack keeps only the earlier step, and the store is unchanged
    QCOMPARE(failedSpy.count(), 1);
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Move Ben Brennan"));
    QCOMPARE(changedSpy.count(), 0);
    QCOMPARE(removedSpy.count(), 0);
    QCOMPARE(m_store->count(), 2);
    QVERIFY(!m_store->client(m_xena));
    QCOMPARE(m_store->client(m_ben)->satisfaction, 7.0);

    // AND undo still reaches the earlier step
    m_undoStack->undo();
    QCOMPARE(m_store->client(m_ben)->satisfaction, 8.2);
}

void tst_ClientCommands::shouldDropAnUndoOrRedoThatTheStoreRefuses()
{
    // GIVEN Xena moved, then deleted by someone else
    m_undoStack->push(new MoveClientCommand(m_store.get(), m_xena, {3.0, 7.0}, {8.0, 2.0}));
    QCOMPARE(m_undoStack->count(), 1);
    QVERIFY(m_store->removeClients({m_xena}));
    QSignalSpy failedSpy(m_store.get(), &ClientStore::writeFailed);

    // WHEN the move is undone
    m_undoStack->undo();
    // THEN the step is dropped
    QCOMPARE(m_undoStack->count(), 0);
    QVERIFY(!m_undoStack->canRedo());
    QCOMPARE(m_store->count(), 2);

    // GIVEN an added client, undone, whose id someone else takes before redo
    auto *add = new AddClientsCommand(m_store.get(), {makeClient(QStringLiteral("Ada Lovelace"), QString(), 5.0, 5.0)});
    m_undoStack->push(add);
    const qint64 ada = add->ids().constFirst();
    m_undoStack->undo();
    QVERIFY(!m_store->client(ada));
    Client squatter = makeClient(QStringLiteral("Someone Else"), QString(), 1.0, 1.0);
    squatter.id = ada;
    QVERIFY(m_store->addClients({squatter}));

    // WHEN redone
    m_undoStack->redo();
    // THEN the redo is refused and dropped; the other client is untouched
    QCOMPARE(failedSpy.count(), 1);
    QCOMPARE(m_undoStack->count(), 0);
    QCOMPARE(m_store->client(ada)->name, QStringLiteral("Someone Else"));
    QCOMPARE(m_store->count(), 3);
}

void tst_ClientCommands::shouldNotMergeANudgeWhoseWriteFailed()
{
    // GIVEN Xena nudged once, from 3.0 to 3.1
    m_undoStack->push(new MoveClientCommand(m_store.get(), m_xena, {3.0, 7.0}, {3.1, 7.0}, true));
    QCOMPARE(m_store->client(m_xena)->satisfaction, 3.1);

    // WHEN the next nudge cannot be written (another program holds the database for a moment)
    QSignalSpy failedSpy(m_store.get(), &ClientStore::writeFailed);
    {
        WriteLock lock(path());
        QVERIFY(lock.isLocked());
        m_undoStack->push(new MoveClientCommand(m_store.get(), m_xena, {3.1, 7.0}, {3.2, 7.0}, true));
    }
    QCOMPARE(failedSpy.count(), 1);
    QCOMPARE(m_store->client(m_xena)->satisfaction, 3.1);
    QCOMPARE(m_undoStack->count(), 1);

    // WHEN the step is undone and redone
    m_undoStack->undo();
    QCOMPARE(m_store->client(m_xena)->satisfaction, 3.0);
    m_undoStack->redo();

    // THEN redo restores what was written (3.1), not the nudge that failed (3.2)
    QCOMPARE(m_store->client(m_xena)->satisfaction, 3.1);
    QCOMPARE(m_undoStack->count(), 1);
}

void tst_ClientCommands::shouldTakeAWholeMailReadingBackAndWriteItAgain()
{
    // GIVEN a reading of the owner's mail in two batches: an email to Xena, then her answer
    QVERIFY(MailLog::setOwnAddresses(m_store.get(), {QStringLiteral("me@mybiz.example")}));
    const auto message = [](const QString &from, const QString &to, int day, const QString &subject, const QByteArray &id) {
        MailMessage mail;
        mail.fromAddress = from;
        mail.recipientAddresses = {to};
        mail.date = QDateTime(QDate(2026, 3, day), QTime(9, 0), Qt::UTC);
        mail.subject = subject;
        mail.messageId = id;
        return mail;
    };
    const QString xena = QStringLiteral("xena.varga@westgateprintshop.example");
    std::optional<MailLog> log = MailLog::forStore(*m_store);
    QVERIFY(log);
    auto *command = new ReadMailCommand(m_store.get());
    for (const MailMessage &mail : {message(QStringLiteral("me@mybiz.example"), xena, 2, QStringLiteral("Proofs"), "proofs@mybiz"),
                                    message(xena, QStringLiteral("me@mybiz.example"), 3, QStringLiteral("Re: Proofs"), "re@westgate")}) {
        MailLogChange batch = log->read({mail});
        QVERIFY2(m_store->applyMailLog(batch), qPrintable(m_store->errorString()));
        command->addApplied(batch);
    }
    const QVector<Interaction> read = m_store->interactions(m_xena);
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).outcome, Outcome::Answered);
    const ContactSummary contacts = m_store->contactSummary(m_xena);
    QVERIFY(!command->isEmpty());

    // WHEN it is pushed
    m_undoStack->push(command);

    // THEN it is one step, and pushing wrote nothing more
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Read Mail"));
    QCOMPARE(m_store->interactionCount(), qint64(2));

    // WHEN undone
    m_undoStack->undo();

    // THEN the whole reading is gone, from memory and from the file
    QVERIFY(m_store->interactions(m_xena).isEmpty());
    QCOMPARE(m_store->contactSummary(m_xena), ContactSummary());
    QCOMPARE(reopen()->interactionCount(), qint64(0));

    // WHEN redone
    m_undoStack->redo();

    // THEN it is back as read, with the same ids and the answer
    QCOMPARE(m_store->interactions(m_xena), read);
    QCOMPARE(m_store->contactSummary(m_xena), contacts);
    QCOMPARE(reopen()->interactions(m_xena), read);
}

QTEST_MAIN(tst_ClientCommands)
#include "tst_clientcommands.moc"
