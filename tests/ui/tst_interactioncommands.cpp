#include "clientcommands.h"
#include "clientstore.h"

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

QString describe(const Interaction &i)
{
    return QStringLiteral("{id %1, client %2, at %3, %4/%5/%6, note \"%7\"}")
        .arg(QString::number(i.id), QString::number(i.clientId), i.happenedAt.toString(Qt::ISODateWithMs),
             InteractionText::kindKey(i.kind), InteractionText::directionKey(i.direction),
             InteractionText::outcomeKey(i.outcome), i.note);
}

QString describe(const std::optional<Interaction> &i)
{
    return i ? describe(*i) : QStringLiteral("(no interaction)");
}

QString describe(const QVector<Interaction> &list)
{
    QStringList parts;
    for (const Interaction &i : list)
        parts.append(describe(i));
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString describe(const QVector<SegmentChange> &list)
{
    QStringList parts;
    for (const SegmentChange &c : list)
        parts.append(QStringLiteral("{id %1, client %2, at %3, %4,%5 -> %6,%7, acknowledged %8}")
                         .arg(QString::number(c.id), QString::number(c.clientId), c.changedAt.toString(Qt::ISODateWithMs),
                              QString::number(c.fromSatisfaction), QString::number(c.fromRepurchase),
                              QString::number(c.toSatisfaction), QString::number(c.toRepurchase),
                              c.acknowledged ? QStringLiteral("yes") : QStringLiteral("no")));
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

namespace Rapport {

// Found by QCOMPARE through argument-dependent lookup, so that a failed comparison shows the values.
char *toString(const Interaction &interaction)
{
    return qstrdup(describe(interaction).toUtf8().constData());
}

char *toString(const SegmentChange &change)
{
    return qstrdup(describe(QVector<SegmentChange>{change}).toUtf8().constData());
}

} // namespace Rapport

class tst_InteractionCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldNameInteractionCommandsForTheClient();
    void shouldLogAnInteractionAndBringItBackWithItsIdOnRedo();
    void shouldEditAnInteractionAndRestoreEveryField();
    void shouldRestoreDeletedInteractionsWithTheirIdsAndEveryField();
    void shouldAcknowledgeAnAlertAndRestoreIt();
    void shouldBringBackADeletedClientsInteractionsAndHistoryWithTheirIds();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("clients.sqlite")); }
    /** A second store on the same file: what the database holds, not what memory says. */
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
    QVector<Interaction> m_xenasInteractions; ///< as stored, in time order
};

void tst_InteractionCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ClientStore>();
    QVERIFY2(m_store->open(path()), qPrintable(m_store->errorString()));
    m_undoStack = std::make_unique<QUndoStack>();
    QVector<qint64> ids;
    QVERIFY(m_store->addClients({makeClient(QStringLiteral("Xena Varga"), QStringLiteral("Westgate Print Shop Ltd"), 3.0, 7.0),
                                 makeClient(QStringLiteral("Ben Brennan"), QStringLiteral("Harbour Bakery"), 8.2, 8.8),
                                 makeClient(QString(), QStringLiteral("Chloe's Garden Centre"), 1.3, 4.4)},
                                &ids));
    m_xena = ids.at(0);
    m_ben = ids.at(1);
    m_chloe = ids.at(2);
    QVERIFY(m_store->addInteractions(
        {makeInteraction(m_xena, utc(2024, 1, 15), InteractionKind::Meeting, Direction::Outbound, Outcome::Answered,
                         QStringLiteral("Quarterly review")),
         makeInteraction(m_xena, utc(2024, 2, 20, 16, 45), InteractionKind::Email, Direction::Inbound, Outcome::Answered,
                         QStringLiteral("Asked for the <b>revised</b> quote & \"terms\"")),
         makeInteraction(m_xena, utc(2024, 3, 4, 10, 30), InteractionKind::Call, Direction::Outbound, Outcome::NoAnswer),
         makeInteraction(m_ben, utc(2024, 2, 1), InteractionKind::Call, Direction::Outbound, Outcome::Answered,
                         QStringLiteral("Spring order"))}));
    m_xenasInteractions = m_store->interactions(m_xena);
    QCOMPARE(m_xenasInteractions.size(), 3);
}

void tst_InteractionCommands::cleanup()
{
    m_undoStack.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_InteractionCommands::shouldNameInteractionCommandsForTheClient()
{
    const Interaction call = makeInteraction(m_xena, utc(2024, 6, 1), InteractionKind::Call, Direction::Outbound, Outcome::Answered);
    QCOMPARE(AddInteractionCommand(m_store.get(), call).text(), QStringLiteral("Log Call with Xena Varga"));
    const Interaction meeting = makeInteraction(m_ben, utc(2024, 6, 1), InteractionKind::Meeting, Direction::Inbound, Outcome::Answered);
    QCOMPARE(AddInteractionCommand(m_store.get(), meeting).text(), QStringLiteral("Log Meeting with Ben Brennan"));
    // A client without a name is called by its company.
    const Interaction email = makeInteraction(m_chloe, utc(2024, 6, 1), InteractionKind::Email, Direction::Outbound, Outcome::NoAnswer);
    QCOMPARE(AddInteractionCommand(m_store.get(), email).text(), QStringLiteral("Log Email with Chloe's Garden Centre"));

    const Interaction stored = m_xenasInteractions.at(2);
    Interaction edited = stored;
    edited.outcome = Outcome::Answered;
    QCOMPARE(EditInteractionCommand(m_store.get(), stored, edited).text(), QStringLiteral("Edit Interaction with Xena Varga"));
    QCOMPARE(RemoveInteractionsCommand(m_store.get(), {stored.id}).text(), QStringLiteral("Delete Interaction with Xena Varga"));
    QCOMPARE(RemoveInteractionsCommand(m_store.get(), {m_store->interactions(m_ben).constFirst().id}).text(),
             QStringLiteral("Delete Interaction with Ben Brennan"));
    QCOMPARE(AcknowledgeChangeCommand(m_store.get(), 42, QStringLiteral("Ben Brennan")).text(),
             QStringLiteral("Acknowledge Alert for Ben Brennan"));

    // None of that wrote anything.
    QCOMPARE(m_store->interactions(m_xena), m_xenasInteractions);
    QCOMPARE(m_store->interactions(m_ben).size(), 1);
    QVERIFY(m_store->interactions(m_chloe).isEmpty());
}

void tst_InteractionCommands::shouldLogAnInteractionAndBringItBackWithItsIdOnRedo()
{
    // GIVEN a call to log for Ben
    const Interaction call = makeInteraction(m_ben, utc(2024, 6, 3, 11, 5), InteractionKind::Call, Direction::Outbound,
                                             Outcome::NoAnswer, QStringLiteral("Rang about the <i>summer</i> menu & \"extras\""));
    auto *command = new AddInteractionCommand(m_store.get(), call);
    QSignalSpy changedSpy(m_store.get(), &ClientStore::interactionsChanged);

    // WHEN pushed
    m_undoStack->push(command);

    // THEN it is stored with a new id and every field as given
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Log Call with Ben Brennan"));
    const qint64 id = command->interactionId();
    QVERIFY(id > 0);
    Interaction expected = call;
    expected.id = id;
    QVERIFY2(m_store->interaction(id) && *m_store->interaction(id) == expected,
             qPrintable(describe(m_store->interaction(id)) + QStringLiteral(" != ") + describe(expected)));
    QCOMPARE(m_store->interactions(m_ben).size(), 2);
    QCOMPARE(changedSpy.count(), 1);
    QCOMPARE(changedSpy.at(0).at(0).value<QVector<qint64>>(), QVector<qint64>{m_ben});

    // WHEN undone
    m_undoStack->undo();
    // THEN it is gone, from memory and from the file
    QVERIFY(!m_store->interaction(id));
    QCOMPARE(m_store->interactions(m_ben).size(), 1);
    QCOMPARE(changedSpy.count(), 2);
    {
        const auto file = reopen();
        QVERIFY(file);
        QVERIFY(!file->interaction(id));
        QCOMPARE(file->interactions(m_ben).size(), 1);
    }

    // WHEN redone
    m_undoStack->redo();
    // THEN it comes back with the same id and identical fields, in memory and in the file
    QCOMPARE(command->interactionId(), id);
    QVERIFY2(m_store->interaction(id) && *m_store->interaction(id) == expected,
             qPrintable(describe(m_store->interaction(id)) + QStringLiteral(" != ") + describe(expected)));
    const auto file = reopen();
    QVERIFY(file);
    QVERIFY2(file->interaction(id) && *file->interaction(id) == expected,
             qPrintable(describe(file->interaction(id)) + QStringLiteral(" != ") + describe(expected)));
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->index(), 1);
}

void tst_InteractionCommands::shouldEditAnInteractionAndRestoreEveryField()
{
    // GIVEN Xena's unanswered call, and the same call with every field changed
    const Interaction before = m_xenasInteractions.at(2);
    Interaction after = before;
    after.happenedAt = utc(2024, 1, 2, 8, 15);
    after.kind = InteractionKind::Message;
    after.direction = Direction::Inbound;
    after.outcome = Outcome::Answered;
    after.note = QStringLiteral("She texted back:\n<b>yes</b> & \"thanks\"");

    // WHEN the edit is pushed
    m_undoStack->push(new EditInteractionCommand(m_store.get(), before, after));

    // THEN the interaction holds the new values, in memory and in the file, in its new place in time
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Edit Interaction with Xena Varga"));
    QVERIFY2(m_store->interaction(before.id) && *m_store->interaction(before.id) == after,
             qPrintable(describe(m_store->interaction(before.id)) + QStringLiteral(" != ") + describe(after)));
    QCOMPARE(m_store->interactions(m_xena).constFirst().id, before.id);
    {
        const auto file = reopen();
        QVERIFY(file);
        QVERIFY2(file->interaction(before.id) && *file->interaction(before.id) == after,
                 qPrintable(describe(file->interaction(before.id)) + QStringLiteral(" != ") + describe(after)));
    }

    // WHEN undone
    m_undoStack->undo();
    // THEN every field is back, and the list is exactly as it was
    QVERIFY2(m_store->interactions(m_xena) == m_xenasInteractions,
             qPrintable(describe(m_store->interactions(m_xena)) + QStringLiteral(" != ") + describe(m_xenasInteractions)));
    {
        const auto file = reopen();
        QVERIFY(file);
        QVERIFY2(file->interactions(m_xena) == m_xenasInteractions,
                 qPrintable(describe(file->interactions(m_xena)) + QStringLiteral(" != ") + describe(m_xenasInteractions)));
    }

    // WHEN redone
    m_undoStack->redo();
    // THEN the new values are back
    QVERIFY2(m_store->interaction(before.id) && *m_store->interaction(before.id) == after,
             qPrintable(describe(m_store->interaction(before.id)) + QStringLiteral(" != ") + describe(after)));
    const auto file = reopen();
    QVERIFY(file);
    QVERIFY2(file->interaction(before.id) && *file->interaction(before.id) == after,
             qPrintable(describe(file->interaction(before.id)) + QStringLiteral(" != ") + describe(after)));
}

void tst_InteractionCommands::shouldRestoreDeletedInteractionsWithTheirIdsAndEveryField()
{
    // GIVEN Xena's meeting and email
    const Interaction meeting = m_xenasInteractions.at(0);
    const Interaction email = m_xenasInteractions.at(1);
    const Interaction call = m_xenasInteractions.at(2);

    // WHEN both are deleted in one step
    m_undoStack->push(new RemoveInteractionsCommand(m_store.get(), {email.id, meeting.id}));

    // THEN only the call is left, in memory and in the file
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Delete Interaction with Xena Varga"));
    QVERIFY(!m_store->interaction(meeting.id));
    QVERIFY(!m_store->interaction(email.id));
    QCOMPARE(m_store->interactions(m_xena), QVector<Interaction>{call});
    {
        const auto file = reopen();
        QVERIFY(file);
        QCOMPARE(file->interactions(m_xena), QVector<Interaction>{call});
    }

    // WHEN undone
    m_undoStack->undo();
    // THEN both come back with their ids and identical fields, in their places in time
    QVERIFY2(m_store->interactions(m_xena) == m_xenasInteractions,
             qPrintable(describe(m_store->interactions(m_xena)) + QStringLiteral(" != ") + describe(m_xenasInteractions)));
    QVERIFY2(m_store->interaction(email.id) && *m_store->interaction(email.id) == email,
             qPrintable(describe(m_store->interaction(email.id)) + QStringLiteral(" != ") + describe(email)));
    {
        // AND a second store reading the file sees the same
        const auto file = reopen();
        QVERIFY(file);
        QVERIFY2(file->interactions(m_xena) == m_xenasInteractions,
                 qPrintable(describe(file->interactions(m_xena)) + QStringLiteral(" != ") + describe(m_xenasInteractions)));
        QVERIFY2(file->interaction(meeting.id) && *file->interaction(meeting.id) == meeting,
                 qPrintable(describe(file->interaction(meeting.id)) + QStringLiteral(" != ") + describe(meeting)));
    }

    // WHEN redone and undone once more
    m_undoStack->redo();
    QCOMPARE(m_store->interactions(m_xena), QVector<Interaction>{call});
    m_undoStack->undo();
    // THEN the same ids come back again
    QCOMPARE(m_store->interactions(m_xena), m_xenasInteractions);
    const auto file = reopen();
    QVERIFY(file);
    QCOMPARE(file->interactions(m_xena), m_xenasInteractions);
    // Ben's were never touched.
    QCOMPARE(file->interactions(m_ben).size(), 1);
}

void tst_InteractionCommands::shouldAcknowledgeAnAlertAndRestoreIt()
{
    // GIVEN Ben, who moved from Loyalist to Mercenary: a move for the worse
    qint64 changeId = 0;
    QVERIFY(m_store->moveClient(m_ben, 8.2, 2.0, ChangeSource::Drag, &changeId));
    QVERIFY(changeId > 0);
    QCOMPARE(m_store->history(m_ben).size(), 1);
    QCOMPARE(m_store->history(m_ben).constFirst().id, changeId);
    QVERIFY(m_store->history(m_ben).constFirst().isAlert());
    QSignalSpy historySpy(m_store.get(), &ClientStore::historyChanged);

    // WHEN acknowledged through the stack
    m_undoStack->push(new AcknowledgeChangeCommand(m_store.get(), changeId, QStringLiteral("Ben Brennan")));

    // THEN the move is marked as seen, in memory and in the file, and stays in the history
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Acknowledge Alert for Ben Brennan"));
    QCOMPARE(historySpy.count(), 1);
    QCOMPARE(historySpy.at(0).at(0).toLongLong(), m_ben);
    QCOMPARE(m_store->history(m_ben).size(), 1);
    QCOMPARE(m_store->history(m_ben).constFirst().acknowledged, true);
    QCOMPARE(m_store->history(m_ben).constFirst().isAlert(), false);
    {
        const auto file = reopen();
        QVERIFY(file);
        QCOMPARE(file->history(m_ben).size(), 1);
        QCOMPARE(file->history(m_ben).constFirst().acknowledged, true);
    }

    // WHEN undone
    m_undoStack->undo();
    // THEN it is an alert again
    QCOMPARE(historySpy.count(), 2);
    QCOMPARE(m_store->history(m_ben).constFirst().acknowledged, false);
    QVERIFY(m_store->history(m_ben).constFirst().isAlert());
    {
        const auto file = reopen();
        QVERIFY(file);
        QCOMPARE(file->history(m_ben).constFirst().acknowledged, false);
    }

    // WHEN redone
    m_undoStack->redo();
    // THEN it is seen again
    QCOMPARE(historySpy.count(), 3);
    QCOMPARE(m_store->history(m_ben).constFirst().acknowledged, true);
    const auto file = reopen();
    QVERIFY(file);
    QCOMPARE(file->history(m_ben).constFirst().acknowledged, true);
}

void tst_InteractionCommands::shouldBringBackADeletedClientsInteractionsAndHistoryWithTheirIds()
{
    // GIVEN Xena with three interactions and two recorded moves, one of them acknowledged
    qint64 firstMove = 0;
    qint64 secondMove = 0;
    QVERIFY(m_store->moveClient(m_xena, 6.0, 7.0, ChangeSource::Drag, &firstMove));
    QVERIFY(m_store->moveClient(m_xena, 6.0, 2.0, ChangeSource::Drag, &secondMove));
    QVERIFY(firstMove > 0 && secondMove > firstMove);
    QVERIFY(m_store->acknowledgeChange(secondMove));
    const Client client = *m_store->client(m_xena);
    const QVector<SegmentChange> history = m_store->history(m_xena);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).acknowledged, true);

    // WHEN Xena is deleted
    m_undoStack->push(new RemoveClientsCommand(m_store.get(), {m_xena}));

    // THEN her interactions and history are gone with her, in memory and in the file
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Delete Xena Varga"));
    QVERIFY(!m_store->client(m_xena));
    QVERIFY(m_store->interactions(m_xena).isEmpty());
    QVERIFY(m_store->history(m_xena).isEmpty());
    for (const Interaction &interaction : std::as_const(m_xenasInteractions))
        QVERIFY(!m_store->interaction(interaction.id));
    {
        const auto file = reopen();
        QVERIFY(file);
        QVERIFY(!file->client(m_xena));
        QVERIFY(file->interactions(m_xena).isEmpty());
        QVERIFY(file->history(m_xena).isEmpty());
    }

    // WHEN undone
    m_undoStack->undo();
    // THEN the client, its interactions and its history are back with the same ids and values
    QVERIFY(m_store->client(m_xena));
    QVERIFY(*m_store->client(m_xena) == client);
    QVERIFY2(m_store->interactions(m_xena) == m_xenasInteractions,
             qPrintable(describe(m_store->interactions(m_xena)) + QStringLiteral(" != ") + describe(m_xenasInteractions)));
    QVERIFY2(m_store->history(m_xena) == history,
             qPrintable(describe(m_store->history(m_xena)) + QStringLiteral(" != ") + describe(history)));
    for (const Interaction &interaction : std::as_const(m_xenasInteractions))
        QVERIFY(m_store->interaction(interaction.id) && *m_store->interaction(interaction.id) == interaction);
    {
        const auto file = reopen();
        QVERIFY(file);
        QVERIFY(file->client(m_xena) && *file->client(m_xena) == client);
        QVERIFY2(file->interactions(m_xena) == m_xenasInteractions,
                 qPrintable(describe(file->interactions(m_xena)) + QStringLiteral(" != ") + describe(m_xenasInteractions)));
        QVERIFY2(file->history(m_xena) == history,
                 qPrintable(describe(file->history(m_xena)) + QStringLiteral(" != ") + describe(history)));
    }

    // WHEN the delete is redone and undone once more
    m_undoStack->redo();
    QVERIFY(!m_store->client(m_xena));
    m_undoStack->undo();
    // THEN the same ids come back again
    QCOMPARE(m_store->interactions(m_xena), m_xenasInteractions);
    QCOMPARE(m_store->history(m_xena), history);

    // AND the restored interactions and moves answer to their commands
    m_undoStack->push(new RemoveInteractionsCommand(m_store.get(), {m_xenasInteractions.at(1).id}));
    QCOMPARE(m_store->interactions(m_xena).size(), 2);
    m_undoStack->undo();
    QCOMPARE(m_store->interactions(m_xena), m_xenasInteractions);
    m_undoStack->push(new AcknowledgeChangeCommand(m_store.get(), firstMove, client.displayName()));
    QCOMPARE(m_store->history(m_xena).at(0).acknowledged, true);
    const auto file = reopen();
    QVERIFY(file);
    QCOMPARE(file->history(m_xena).at(0).acknowledged, true);
    QCOMPARE(file->interactions(m_xena), m_xenasInteractions);
}

QTEST_MAIN(tst_InteractionCommands)
#include "tst_interactioncommands.moc"
