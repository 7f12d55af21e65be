#include "clientstore.h"
#include "sampledatagenerator.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rapport;

using TestSupport::integrityProblems;

namespace {

/** Scores in tenths, as killwriter writes them: whole numbers compare exactly. */
struct Scores
{
    int satisfaction = 0;
    int repurchase = 0;
    friend bool operator==(Scores a, Scores b) { return a.satisfaction == b.satisfaction && a.repurchase == b.repurchase; }
    friend bool operator!=(Scores a, Scores b) { return !(a == b); }
};

QString shown(Scores scores)
{
    return QStringLiteral("%1 %2").arg(scores.satisfaction / 10.0, 0, 'f', 1).arg(scores.repurchase / 10.0, 0, 'f', 1);
}

int parseTenths(const QString &text)
{
    return qRound(text.toDouble() * 10);
}

struct StoredInteraction
{
    qint64 clientId = 0;
    QString note;
};

/** What the file holds, as a fresh ClientStore reads it. */
struct Snapshot
{
    int clientCount = 0;
    QHash<qint64, Scores> scores;
    QHash<qint64, int> historyCount;
    QHash<qint64, Scores> lastHistoryTarget;
    QHash<qint64, StoredInteraction> interactions;
    QHash<QString, int> batches; ///< "batch-..." tag -> clients carrying it
};

Snapshot snapshotOf(const ClientStore &store)
{
    Snapshot snapshot;
    snapshot.clientCount = store.count();
    for (const Client &client : store.clients()) {
        snapshot.scores.insert(client.id, {qRound(client.satisfaction * 10), qRound(client.repurchase * 10)});
        const QVector<SegmentChange> history = store.history(client.id);
        snapshot.historyCount.insert(client.id, int(history.size()));
        if (!history.isEmpty())
            snapshot.lastHistoryTarget.insert(client.id, {qRound(history.constLast().toSatisfaction * 10),
                                                          qRound(history.constLast().toRepurchase * 10)});
        const QVector<Interaction> interactions = store.interactions(client.id);
        for (const Interaction &interaction : interactions)
            snapshot.interactions.insert(interaction.id, {interaction.clientId, interaction.note});
        for (const QString &tag : client.tags) {
            if (tag.startsWith(QLatin1String("batch-")))
                ++snapshot.batches[tag];
        }
    }
    return snapshot;
}

/** What killwriter said before it was killed. */
struct Report
{
    enum class Pending { None, Move, Log, Import };

    bool opened = false;
    int committed = 0;
    QVector<QPair<qint64, Scores>> moves;
    struct Logged
    {
        qint64 id;
        qint64 clientId;
        QString token;
    };
    QVector<Logged> logged;
    QStringList imported;

    Pending pending = Pending::None;
    qint64 pendingClient = 0;
    Scores pendingScores;
    QString pendingToken; ///< the note of a pending log, or the tag of a pending import
    QStringList malformed;
};

Report parseReport(const QByteArray &output)
{
    Report report;
    // A last line without its newline was cut by the kill: it reports nothing.
    QByteArray complete = output.left(output.lastIndexOf('\n') + 1);
    const QList<QByteArray> lines = complete.split('\n');
    for (const QByteArray &raw : lines) {
        if (raw.isEmpty())
            continue;
        const QStringList words = QString::fromUtf8(raw).split(QLatin1Char(' '));
        const QString &verb = words.constFirst();
        if (verb == QLatin1String("opened") && words.size() == 2) {
            report.opened = true;
        } else if ((verb == QLatin1String("moving") || verb == QLatin1String("moved")) && words.size() == 4) {
            const qint64 id = words.at(1).toLongLong();
            const Scores scores{parseTenths(words.at(2)), parseTenths(words.at(3))};
            if (verb == QLatin1String("moving")) {
                report.pending = Report::Pending::Move;
                report.pendingClient = id;
                report.pendingScores = scores;
            } else {
                report.pending = Report::Pending::None;
                report.moves.append({id, scores});
                ++report.committed;
            }
        } else if (verb == QLatin1String("logging") && words.size() == 3) {
            report.pending = Report::Pending::Log;
            report.pendingClient = words.at(1).toLongLong();
            report.pendingToken = words.at(2);
        } else if (verb == QLatin1String("logged") && words.size() == 4) {
            report.pending = Report::Pending::None;
            report.logged.append({words.at(1).toLongLong(), words.at(2).toLongLong(), words.at(3)});
            ++report.committed;
        } else if (verb == QLatin1String("importing") && words.size() == 2) {
            report.pending = Report::Pending::Import;
            report.pendingToken = words.at(1);
        } else if (verb == QLatin1String("imported") && words.size() == 2) {
            report.pending = Report::Pending::None;
            report.imported.append(words.at(1));
            ++report.committed;
        } else {
            report.malformed.append(QString::fromUtf8(raw));
        }
    }
    return report;
}

/** Everything that does not hold in @p after, given @p before and what the child reported. */
QStringList consistencyProblems(const Snapshot &before, const Report &report, const Snapshot &after)
{
    QStringList problems;
    const auto problem = [&problems](const QString &text) { problems.append(text); };

    // Moves: the last reported value of every client, or the move in flight, and the history
    // row written in the same transaction as the scores.
    QHash<qint64, Scores> expected = before.scores;
    QHash<qint64, int> reportedMoves;
    for (const auto &[id, scores] : report.moves) {
        expected[id] = scores;
        ++reportedMoves[id];
    }
    for (auto it = before.scores.cbegin(); it != before.scores.cend(); ++it) {
        const qint64 id = it.key();
        if (!after.scores.contains(id)) {
            problem(QStringLiteral("client %1 is gone").arg(id));
            continue;
        }
        const Scores actual = after.scores.value(id);
        const bool inFlight = report.pending == Report::Pending::Move && report.pendingClient == id;
        const int expectedHistory = before.historyCount.value(id) + reportedMoves.value(id);
        const int historyDelta = after.historyCount.value(id) - expectedHistory;
        if (historyDelta == 0 && actual != expected.value(id)) {
            problem(QStringLiteral("client %1 has %2, the last committed move was %3")
                        .arg(id).arg(shown(actual), shown(expected.value(id))));
        } else if (historyDelta == 1 && inFlight) {
            if (actual != report.pendingScores)
                problem(QStringLiteral("client %1 has a history row for the move in flight but scores %2, not %3")
                            .arg(id).arg(shown(actual), shown(report.pendingScores)));
        } else if (historyDelta != 0) {
            problem(QStringLiteral("client %1 has %2 history rows, expected %3%4")
                        .arg(id).arg(after.historyCount.value(id)).arg(expectedHistory)
                        .arg(inFlight ? QStringLiteral(" or one more") : QString()));
        }
        if (after.historyCount.value(id) > before.historyCount.value(id) && after.lastHistoryTarget.value(id) != actual)
            problem(QStringLiteral("client %1: the last history row ends at %2 but the client is at %3")
                        .arg(id).arg(shown(after.lastHistoryTarget.value(id)), shown(actual)));
    }

    // Interactions: every reported one, exactly; nothing new but the one in flight.
    QSet<qint64> reportedInteractions;
    for (const Report::Logged &logged : report.logged) {
        reportedInteractions.insert(logged.id);
        if (!after.interactions.contains(logged.id)) {
            problem(QStringLiteral("reported interaction %1 (%2) is missing").arg(logged.id).arg(logged.token));
            continue;
        }
        const StoredInteraction stored = after.interactions.value(logged.id);
        if (stored.clientId != logged.clientId || stored.note != logged.token)
            problem(QStringLiteral("interaction %1 is \"%2\" of client %3, reported \"%4\" of client %5")
                        .arg(logged.id).arg(stored.note).arg(stored.clientId).arg(logged.token).arg(logged.clientId));
    }
    for (auto it = before.interactions.cbegin(); it != before.interactions.cend(); ++it) {
        if (!after.interactions.contains(it.key()))
            problem(QStringLiteral("interaction %1 of an earlier trial is gone").arg(it.key()));
    }
    for (auto it = after.interactions.cbegin(); it != after.interactions.cend(); ++it) {
        if (before.interactions.contains(it.key()) || reportedInteractions.contains(it.key()))
            continue;
        const bool inFlight = report.pending == Report::Pending::Log && it.value().note == report.pendingToken
            && it.value().clientId == report.pendingClient;
        if (!inFlight)
            problem(QStringLiteral("interaction %1 (\"%2\") was never logged").arg(it.key()).arg(it.value().note));
    }

    // Imports: all 50 clients of a batch or none, and every reported batch whole.
    int newBatches = 0;
    for (auto it = after.batches.cbegin(); it != after.batches.cend(); ++it) {
        if (it.value() != 50)
            problem(QStringLiteral("%1 has %2 of its 50 clients: half an import").arg(it.key()).arg(it.value()));
        if (before.batches.contains(it.key()))
            continue;
        ++newBatches;
        const bool inFlight = report.pending == Report::Pending::Import && report.pendingToken == it.key();
        if (!report.imported.contains(it.key()) && !inFlight)
            problem(QStringLiteral("%1 is stored but was never imported").arg(it.key()));
    }
    for (const QString &tag : report.imported) {
        if (after.batches.value(tag) != 50)
            problem(QStringLiteral("reported %1 has %2 clients, not 50").arg(tag).arg(after.batches.value(tag)));
    }
    if (after.clientCount != before.clientCount + 50 * newBatches)
        problem(QStringLiteral("%1 clients, expected %2 + 50 x %3 new batches")
                    .arg(after.clientCount).arg(before.clientCount).arg(newBatches));
    return problems;
}

int environmentNumber(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

} // namespace

class tst_KillTrials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepEveryCommittedChangeAndNoHalfImportWhenKilledAtRandom();
    void shouldKeepEveryCommittedChangeWhenTheServerCrashesAtRandom();

private:
    /** How a trial ends the writer's work. */
    enum class Cut {
        KillWriter, ///< SIGKILL to the writer
        CrashServer ///< the server stops as a crash would (pg_ctl stop -m immediate), then restarts
    };
    void runTrials(const QString &location, Cut cut, const QString &serverState = {});
};

void tst_KillTrials::shouldKeepEveryCommittedChangeAndNoHalfImportWhenKilledAtRandom()
{
    // GIVEN a database: a file, or in the PostgreSQL run a database on the test server (the
    // server then rolls back what the killed writer left open)
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    runTrials(TestSupport::newDatabase(dir, QStringLiteral("killed")), Cut::KillWriter);
}

void tst_KillTrials::shouldKeepEveryCommittedChangeWhenTheServerCrashesAtRandom()
{
    if (!TestSupport::onServer())
        QSKIP("about a PostgreSQL server that crashes: runs in tst_killtrials_postgresql");
    // GIVEN a server of this test's own, durable (fsync on), which the trials crash
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString state = dir.filePath(QStringLiteral("server.state"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RAPPORT_POSTGRESQL_DURABLE"), QStringLiteral("1"));
    QProcess start;
    start.setProcessEnvironment(environment);
    start.start(QStringLiteral(RAPPORT_TEST_SERVER_SCRIPT), {QStringLiteral("start"), state});
    QVERIFY(start.waitForFinished(120000));
    QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
    const auto stop = qScopeGuard([&state] {
        QProcess::execute(QStringLiteral(RAPPORT_TEST_SERVER_SCRIPT), {QStringLiteral("stop"), state});
    });
    QFile file(state);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString admin;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("uri="))
            admin = QString::fromUtf8(line.mid(4));
    }
    runTrials(TestSupport::newServerDatabase(admin, QStringLiteral("crashed")), Cut::CrashServer, state);
}

void tst_KillTrials::runTrials(const QString &location, Cut cut, const QString &serverState)
{
    // RAPPORT_KILL_SEED repeats a run's delays and the child's choices; RAPPORT_KILL_TRIALS runs more.
    const quint32 seed = quint32(environmentNumber("RAPPORT_KILL_SEED", 20240611));
    // Fewer on a server: each reopen reads the clients over the connection, which the trials grow.
    const int trials = cut == Cut::CrashServer   ? environmentNumber("RAPPORT_CRASH_TRIALS", 10)
                       : TestSupport::onServer() ? environmentNumber("RAPPORT_KILL_TRIALS", 15)
                                                 : environmentNumber("RAPPORT_KILL_TRIALS", 40);
    const char *what = cut == Cut::KillWriter ? "kill trials" : "server crash trials";
    qInfo("%s: %d, seed %u (set RAPPORT_KILL_SEED=%u to repeat)", what, trials, seed, seed);
    QRandomGenerator random(seed);
    const auto server = [&serverState](const char *mode) {
        return QProcess::execute(QStringLiteral(RAPPORT_TEST_SERVER_SCRIPT), {QString::fromLatin1(mode), serverState}) == 0;
    };

    // AND sample clients, their interactions and history in it
    Snapshot before;
    {
        ClientStore store;
        QVERIFY2(store.open(location), qPrintable(store.errorString()));
        SampleDataGenerator generator(seed);
        QVERIFY2(store.addClientRecords(generator.records(40, ClientStore::now())), qPrintable(store.errorString()));
        before = snapshotOf(store);
    }
    QCOMPARE(before.clientCount, 40);

    int committed = 0;
    int killedBeforeOpening = 0;
    int inFlight[4] = {0, 0, 0, 0};
    int inFlightImportsKept = 0;
    QElapsedTimer clock;
    clock.start();
    for (int trial = 1; trial <= trials; ++trial) {
        const int delay = random.bounded(50, 401);
        const quint32 childSeed = random.generate();
        // Some trials import often, so that cuts land in the middle of imports too.
        const int importEvery = random.bounded(4, 13);

        // WHEN a writer making committed changes is cut off after a random delay
        QProcess child;
        child.setProgram(QStringLiteral(RAPPORT_KILLWRITER));
        child.setArguments({location, QString::number(childSeed), QString::number(trial), QString::number(importEvery)});
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start();
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QElapsedTimer waited;
        waited.start();
        // Keep reading so that a full pipe never holds the child up.
        while (waited.elapsed() < delay && child.state() == QProcess::Running)
            child.waitForReadyRead(int(qMax<qint64>(1, delay - waited.elapsed())));
        QVERIFY2(child.state() == QProcess::Running,
                 qPrintable(QStringLiteral("trial %1: killwriter ended by itself: %2")
                                .arg(trial).arg(QString::fromUtf8(child.readAllStandardError()))));
        if (cut == Cut::KillWriter) {
            child.kill();
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        } else {
            // The writer's next statement fails on the lost connection, and it stops with a message.
            QVERIFY(server("crash"));
            QVERIFY(child.waitForFinished(30000));
            QCOMPARE(child.exitCode(), 2);
            QVERIFY(server("restart"));
        }
        const Report report = parseReport(child.readAllStandardOutput());
        QVERIFY2(report.malformed.isEmpty(), qPrintable(report.malformed.join(QLatin1Char('\n'))));
        committed += report.committed;
        if (!report.opened)
            ++killedBeforeOpening;
        ++inFlight[int(report.pending)];

        // THEN a file passes SQLite's own checks
        const QString context = QStringLiteral("trial %1 (seed %2, cut after %3 ms, %4 changes reported)")
                                    .arg(trial).arg(seed).arg(delay).arg(report.committed);
        const QStringList integrity = TestSupport::onServer() ? QStringList() : integrityProblems(location);
        QVERIFY2(integrity.isEmpty(), qPrintable(context + QStringLiteral(": ") + integrity.join(QLatin1String("; "))));

        // AND Rapport opens it, with every reported change, nothing half done, nothing invented
        ClientStore store;
        QVERIFY2(store.open(location), qPrintable(context + QStringLiteral(": ") + store.errorString()));
        const Snapshot after = snapshotOf(store);
        const QStringList problems = consistencyProblems(before, report, after);
        QVERIFY2(problems.isEmpty(), qPrintable(context + QStringLiteral(":\n  ") + problems.join(QLatin1String("\n  "))));
        if (report.pending == Report::Pending::Import && after.batches.contains(report.pendingToken))
            ++inFlightImportsKept;
        before = after;
    }

    qInfo("%d %s in %lld ms: %d changes reported committed, all found after the cuts; "
          "cut before the database was open: %d; with a change in flight: %d moves, %d logs, %d imports "
          "(%d of those imports were committed whole, the others left no client)",
          trials, what, clock.elapsed(), committed, killedBeforeOpening, inFlight[int(Report::Pending::Move)],
          inFlight[int(Report::Pending::Log)], inFlight[int(Report::Pending::Import)], inFlightImportsKept);
    qInfo("final database: %d clients, %d batches of 50 imported, %lld interactions", before.clientCount,
          int(before.batches.size()), qint64(before.interactions.size()));
}

QTEST_GUILESS_MAIN(tst_KillTrials)
#include "tst_killtrials.moc"
