// The undo commands when someone else changed the same client: two stores on one database
// (a file, or a PostgreSQL database in the server run), the undo stack on the first.

#include "clientcommands.h"
#include "clientstore.h"
#include "clientmerge.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Rapport;

class TestConflictCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldMergeAnEditWithSomeoneElsesChangeOfOtherFields();
    void shouldAskWhenBothChangedAField();
    void shouldDropTheEditWhenTheResolverGivesUp();
    void shouldKeepARefusedUndoOnTheStack();
    void shouldUndoTwoStepsInARow();
    void shouldAskForAMoveOverSomeoneElsesMove();

private:
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<ClientStore> m_mine;
    std::unique_ptr<ClientStore> m_theirs;
    std::unique_ptr<QUndoStack> m_stack;
    qint64 m_id = 0;
    int m_asked = 0;
};

void TestConflictCommands::initTestCase()
{
    RAPPORT_REQUIRE_BACKEND();
    QVERIFY(m_dir.isValid());
}

void TestConflictCommands::init()
{
    m_location = TestSupport::newDatabase(m_dir, QString::fromLatin1(QTest::currentTestFunction()));
    m_mine = std::make_unique<ClientStore>();
    QVERIFY(m_mine->open(m_location));
    Client client;
    client.name = QStringLiteral("Ada Shop");
    client.satisfaction = 4.0;
    client.repurchase = 4.0;
    m_id = m_mine->addClient(client);
    QVERIFY(m_id > 0);
    m_theirs = std::make_unique<ClientStore>();
    QVERIFY(m_theirs->open(m_location));
    m_stack = std::make_unique<QUndoStack>();
    m_asked = 0;
    setConflictResolver({});
}

void TestConflictCommands::cleanup()
{
    setConflictResolver({});
    m_stack.reset();
    m_theirs.reset();
    m_mine.reset();
}

void TestConflictCommands::shouldMergeAnEditWithSomeoneElsesChangeOfOtherFields()
{
    // GIVEN my edit dialog opened on the client as it was
    const Client before = *m_mine->client(m_id);
    Client after = before;
    after.notes = QStringLiteral("Mine");
    // AND meanwhile someone else changed its tags
    Client theirs = *m_theirs->client(m_id);
    theirs.tags = {QStringLiteral("wholesale")};
    QVERIFY(m_theirs->updateClient(theirs));
    // WHEN I save
    m_stack->push(new EditClientCommand(m_mine.get(), before, after));
    // THEN both changes are stored, without asking
    QCOMPARE(m_stack->count(), 1);
    ClientStore fresh;
    QVERIFY(fresh.open(m_location));
    QCOMPARE(fresh.client(m_id)->notes, QStringLiteral("Mine"));
    QCOMPARE(fresh.client(m_id)->tags, QStringList{QStringLiteral("wholesale")});
    // AND undo takes back mine only: their tags stay
    m_stack->undo();
    ClientStore afterUndo;
    QVERIFY(afterUndo.open(m_location));
    QCOMPARE(afterUndo.client(m_id)->notes, QString());
    QCOMPARE(afterUndo.client(m_id)->tags, QStringList{QStringLiteral("wholesale")});
    // AND redo puts mine back
    m_stack->redo();
    QCOMPARE(m_mine->client(m_id)->notes, QStringLiteral("Mine"));
    QCOMPARE(m_mine->client(m_id)->tags, QStringList{QStringLiteral("wholesale")});
}

void TestConflictCommands::shouldAskWhenBothChangedAField()
{
    setConflictResolver([this](const Client &base, const Client &mine, const Client &stored) -> std::optional<Client> {
        ++m_asked;
        // What the window hands back: the person kept the stored name, and their notes.
        if (base.notes != QString() || mine.notes != QStringLiteral("Mine") || stored.notes != QStringLiteral("Theirs"))
            return std::nullopt;
        Client chosen = stored;
        chosen.notes = QStringLiteral("Mine, after reading theirs");
        return chosen;
    });
    const Client before = *m_mine->client(m_id);
    Client after = before;
    after.notes = QStringLiteral("Mine");
    Client theirs = *m_theirs->client(m_id);
    theirs.notes = QStringLiteral("Theirs");
    QVERIFY(m_theirs->updateClient(theirs));
    m_stack->push(new EditClientCommand(m_mine.get(), before, after));
    QCOMPARE(m_asked, 1);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_mine->client(m_id)->notes, QStringLiteral("Mine, after reading theirs"));
    // Undo puts back theirs, not the older client mine began from.
    m_stack->undo();
    QCOMPARE(m_mine->client(m_id)->notes, QStringLiteral("Theirs"));
}

void TestConflictCommands::shouldDropTheEditWhenTheResolverGivesUp()
{
    // By default a field both changed is not decided for the person: the edit is dropped.
    const Client before = *m_mine->client(m_id);
    Client after = before;
    after.notes = QStringLiteral("Mine");
    Client theirs = *m_theirs->client(m_id);
    theirs.notes = QStringLiteral("Theirs");
    QVERIFY(m_theirs->updateClient(theirs));
    m_stack->push(new EditClientCommand(m_mine.get(), before, after));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(m_mine->client(m_id)->notes, QStringLiteral("Theirs"));
    ClientStore fresh;
    QVERIFY(fresh.open(m_location));
    QCOMPARE(fresh.client(m_id)->notes, QStringLiteral("Theirs"));
}

void TestConflictCommands::shouldKeepARefusedUndoOnTheStack()
{
    const Client before = *m_mine->client(m_id);
    Client after = before;
    after.notes = QStringLiteral("Mine");
    m_stack->push(new EditClientCommand(m_mine.get(), before, after));
    QCOMPARE(m_stack->count(), 1);
    // Someone else changes the client after my edit.
    Client theirs = *m_theirs->client(m_id);
    QVERIFY(m_theirs->open(m_location)); // sees my edit
    theirs = *m_theirs->client(m_id);
    theirs.company = QStringLiteral("Theirs Ltd");
    QVERIFY(m_theirs->updateClient(theirs));

    // My undo is refused: their change stands, and so does my step.
    const auto *command = dynamic_cast<const VersionedCommand *>(m_stack->command(0));
    QVERIFY(command);
    m_stack->undo();
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(command->undoWasRefused());
    QVERIFY(m_mine->conflict() && m_mine->conflict()->stored);
    QCOMPARE(m_mine->client(m_id)->company, QStringLiteral("Theirs Ltd"));
    QCOMPARE(m_mine->client(m_id)->notes, QStringLiteral("Mine"));
    // The window puts the step back as done: its redo writes nothing.
    m_stack->redo();
    QVERIFY(!command->undoWasRefused());
    QCOMPARE(m_stack->index(), 1);
    ClientStore fresh;
    QVERIFY(fresh.open(m_location));
    QCOMPARE(fresh.client(m_id)->company, QStringLiteral("Theirs Ltd"));
    QCOMPARE(fresh.client(m_id)->notes, QStringLiteral("Mine"));
}

void TestConflictCommands::shouldUndoTwoStepsInARow()
{
    const Client first = *m_mine->client(m_id);
    Client second = first;
    second.notes = QStringLiteral("One");
    m_stack->push(new EditClientCommand(m_mine.get(), first, second));
    m_stack->push(new MoveClientCommand(m_mine.get(), m_id, QPointF(4.0, 4.0), QPointF(9.0, 9.0)));
    Client third = *m_mine->client(m_id);
    Client fourth = third;
    fourth.tags = {QStringLiteral("vip")};
    m_stack->push(new EditClientCommand(m_mine.get(), third, fourth));
    QCOMPARE(m_stack->count(), 3);
    m_stack->undo();
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_stack->index(), 0);
    QCOMPARE(m_stack->count(), 3);
    QCOMPARE(*m_mine->client(m_id), first);
    m_stack->redo();
    m_stack->redo();
    m_stack->redo();
    QCOMPARE(m_mine->client(m_id)->tags, QStringList{QStringLiteral("vip")});
    QCOMPARE(m_mine->client(m_id)->satisfaction, 9.0);
    // Someone else, who saw all of it, can still write after the undos and redos.
    QVERIFY(m_theirs->open(m_location));
    Client theirs = *m_theirs->client(m_id);
    theirs.company = QStringLiteral("Later Ltd");
    QVERIFY2(m_theirs->updateClient(theirs), qPrintable(m_theirs->errorString()));
}

void TestConflictCommands::shouldAskForAMoveOverSomeoneElsesMove()
{
    setConflictResolver([this](const Client &base, const Client &mine, const Client &stored) -> std::optional<Client> {
        // As the window does: only a field both changed is asked about.
        const ClientMerge merge = ClientMerge::merge(base, mine, stored);
        if (merge.conflicts.isEmpty())
            return merge.merged;
        ++m_asked;
        return mine; // the person keeps their position
    });
    QVERIFY(m_theirs->moveClient(m_id, 8.0, 8.0));
    m_stack->push(new MoveClientCommand(m_mine.get(), m_id, QPointF(4.0, 4.0), QPointF(1.0, 9.0)));
    QCOMPARE(m_asked, 1);
    QCOMPARE(m_stack->count(), 1);
    ClientStore fresh;
    QVERIFY(fresh.open(m_location));
    QCOMPARE(fresh.client(m_id)->satisfaction, 1.0);
    QCOMPARE(fresh.history(m_id).size(), 2);
    // A move beside someone else's edit of another field merges without asking.
    Client theirs = *m_theirs->client(m_id);
    QVERIFY(m_theirs->open(m_location));
    theirs = *m_theirs->client(m_id);
    theirs.notes = QStringLiteral("Theirs");
    QVERIFY(m_theirs->updateClient(theirs));
    m_stack->push(new MoveClientCommand(m_mine.get(), m_id, QPointF(1.0, 9.0), QPointF(2.0, 2.0)));
    QCOMPARE(m_asked, 1);
    QCOMPARE(m_mine->client(m_id)->satisfaction, 2.0);
    QCOMPARE(m_mine->client(m_id)->notes, QStringLiteral("Theirs"));
}

QTEST_MAIN(TestConflictCommands)
#include "tst_conflictcommands.moc"
