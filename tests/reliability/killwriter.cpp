// killwriter: a child process for tst_KillTrials. It makes committed changes through the
// ClientStore as fast as it can, and says on stdout what it is about to do and what has been
// committed, one flushed line each, until it is killed.
//
//   killwriter DATABASE SEED TRIAL [IMPORT_EVERY]
//
// Lines written (numbers in tenths are written with one decimal):
//   opened <clients>                          the database is open
//   moving <id> <sat> <rep>                   about to call moveClient
//   moved <id> <sat> <rep>                    moveClient returned true (committed)
//   logging <clientId> <token>                about to call addInteraction, note = token
//   logged <interactionId> <clientId> <token> addInteraction returned the id (committed)
//   importing batch-<trial>-<k>               about to import 50 clients tagged with it
//   imported batch-<trial>-<k>                importClients returned true (committed)
// A line that says "-ing" without its "-ed" line is the change in flight when the kill came.

#include "clientstore.h"
#include "writermix.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>
#include <cstdlib>

using namespace Rapport;
using namespace WriterMix;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "killwriter: %s\n", qPrintable(message));
    std::exit(2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        fail(QStringLiteral("usage: killwriter DATABASE SEED TRIAL [IMPORT_EVERY]"));
    const QString path = args.at(1);
    const quint32 seed = args.at(2).toUInt();
    const int trial = args.at(3).toInt();
    const int importEvery = args.size() > 4 ? args.at(4).toInt() : 25;
    if (importEvery < 2)
        fail(QStringLiteral("IMPORT_EVERY must be at least 2"));

    ClientStore store;
    if (!store.open(path))
        fail(store.errorString());
    if (store.count() == 0)
        fail(QStringLiteral("the database has no clients to change"));
    say("opened " + QByteArray::number(store.count()));

    QRandomGenerator random(seed);
    // Only the clients that were there at the start are changed, so that every move and log
    // of this run names a client the parent already knows.
    QVector<qint64> ids;
    for (const Client &client : store.clients())
        ids.append(client.id);

    // A safety net for a parent that died without killing us.
    QElapsedTimer alive;
    alive.start();
    int batch = 0;
    for (int step = 1; alive.elapsed() < 60 * 1000; ++step) {
        if (step % importEvery == 0) {
            const QByteArray tag = "batch-" + QByteArray::number(trial) + '-' + QByteArray::number(++batch);
            const QVector<ClientRecord> additions = importBatch(tag, QStringLiteral("Kill Trials Ltd"), random);
            say("importing " + tag);
            QVector<qint64> added;
            QVector<qint64> changes;
            if (!store.importClients(additions, {}, &added, &changes))
                fail(store.errorString());
            say("imported " + tag);
            continue;
        }

        const qint64 id = ids.at(random.bounded(int(ids.size())));
        if (random.bounded(100) < 60) {
            const Client *client = store.client(id);
            const int oldSatisfaction = qRound(client->satisfaction * 10);
            int satisfaction = int(random.bounded(101));
            if (satisfaction == oldSatisfaction)
                satisfaction = (satisfaction + 7) % 101;
            const int repurchase = int(random.bounded(101));
            const QByteArray what = QByteArray::number(id) + ' ' + tenths(satisfaction) + ' ' + tenths(repurchase);
            say("moving " + what);
            if (!store.moveClient(id, satisfaction / 10.0, repurchase / 10.0))
                fail(store.errorString());
            say("moved " + what);
        } else {
            const QByteArray token = "kill-" + QByteArray::number(trial) + '-' + QByteArray::number(step);
            Interaction interaction;
            interaction.clientId = id;
            interaction.happenedAt = ClientStore::now();
            interaction.kind = InteractionKind::Call;
            interaction.direction = random.bounded(2) ? Direction::Inbound : Direction::Outbound;
            interaction.outcome = Outcome::Answered;
            interaction.note = QString::fromLatin1(token);
            say("logging " + QByteArray::number(id) + ' ' + token);
            const qint64 interactionId = store.addInteraction(interaction);
            if (interactionId == 0)
                fail(store.errorString());
            say("logged " + QByteArray::number(interactionId) + ' ' + QByteArray::number(id) + ' ' + token);
        }
    }
    return 0;
}
