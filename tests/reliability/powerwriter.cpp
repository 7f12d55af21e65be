// powerwriter: a child process for tst_PowerLoss. It opens a Rapport database with SQLite's I/O
// going through PowerLossVfs and makes committed changes through the ClientStore until the power
// goes out at the chosen I/O event. It says on stdout what it is about to do and what has been
// committed, one flushed line each; a "-ed" line is written only after the store's call returned.
//
//   powerwriter DATABASE SEED CUT_AT_EVENT CHECKPOINT_PAGES ROUND [ignore-syncs]
//
// With ignore-syncs the disk lies: no sync makes anything durable (to see the checks fail).
//
// Lines written (scores in tenths are written with one decimal):
//   opening / opened <clients> <events>      the open, with the migration of an old file
//   moving|moved <id> <sat> <rep>            moveClient
//   logging <clientId> <token>               addInteraction, note = token
//   logged <interactionId> <clientId> <token>
//   importing|imported <tag>                 importClients of 50 clients tagged <tag>
//   deleting|deleted <id,id,...>             removeClients, as the Delete command does
//   undeleting|undeleted <id,id,...>         addClientRecords of what was deleted: its undo
//   backing-up|backed-up <file>              ClientStore::backup to <file> beside the database
//   restoring|restored <file> <kept>         ClientStore::restore from <file>, keeping the data as <kept>
//   cut <event> ...                          the power went out (written by PowerLossVfs)
//   finished <events>                        the steps ran out before the cut
// A "-ing" line without its "-ed" line is the change in flight when the power went out.

#include "clientstore.h"
#include "writermix.h"
#include "powerlossvfs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>

using namespace Rapport;
using namespace WriterMix;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "powerwriter: %s\n", qPrintable(message));
    std::exit(2);
}

/**
 * Makes Rapport's connection checkpoint after @p pages of log instead of SQLite's 1,000, so that
 * the cuts land in checkpoints too, not only in commits. Run after every open: SQLite sets its
 * default again on each new connection.
 */
void checkpointEvery(int pages)
{
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        QSqlQuery query(QSqlDatabase::database(name, false));
        if (!query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = ") + QString::number(pages)))
            fail(query.lastError().text());
    }
}

QByteArray idList(const QVector<qint64> &ids)
{
    QByteArrayList words;
    for (qint64 id : ids)
        words.append(QByteArray::number(id));
    return words.join(',');
}

bool isImported(const Client &client)
{
    for (const QString &tag : client.tags) {
        if (tag.startsWith(QLatin1String("batch-")))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 6)
        fail(QStringLiteral("usage: powerwriter DATABASE SEED CUT_AT_EVENT CHECKPOINT_PAGES ROUND"));
    const QString path = args.at(1);
    const quint32 seed = args.at(2).toUInt();
    const quint64 cutAt = args.at(3).toULongLong();
    const int checkpointPages = args.at(4).toInt();
    const int round = args.at(5).toInt();

    PowerLossVfs::Options options;
    options.cutAtEvent = cutAt;
    options.seed = seed ^ 0x9e3779b9u;
    options.ignoreSyncs = args.value(6) == QLatin1String("ignore-syncs");
    if (!PowerLossVfs::install(options))
        fail(QStringLiteral("cannot register the power-loss VFS"));

    ClientStore store;
    say("opening");
    if (!store.open(path))
        fail(store.errorString());
    say("opened " + QByteArray::number(store.count()) + ' ' + QByteArray::number(PowerLossVfs::statistics().events));
    checkpointEvery(checkpointPages);

    QRandomGenerator random(seed);
    const QString folder = QFileInfo(path).absolutePath();
    const QByteArray run = QByteArray::number(seed) + '-' + QByteArray::number(round);
    QStringList backups;
    int batch = 0;
    for (int step = 1; step <= 5000; ++step) {
        // Only the clients that were not imported are moved, logged and deleted: the parent
        // knows them by id.
        QVector<qint64> ids;
        for (const Client &client : store.clients()) {
            if (!isImported(client))
                ids.append(client.id);
        }
        if (ids.size() < 5)
            fail(QStringLiteral("too few clients left to change"));
        const qint64 id = ids.at(random.bounded(int(ids.size())));
        const int choice = int(random.bounded(100));

        if (choice < 40) {
            const int oldSatisfaction = qRound(store.client(id)->satisfaction * 10);
            int satisfaction = int(random.bounded(101));
            if (satisfaction == oldSatisfaction)
                satisfaction = (satisfaction + 7) % 101;
            const int repurchase = int(random.bounded(101));
            const QByteArray what = QByteArray::number(id) + ' ' + tenths(satisfaction) + ' ' + tenths(repurchase);
            say("moving " + what);
            if (!store.moveClient(id, satisfaction / 10.0, repurchase / 10.0))
                fail(store.errorString());
            say("moved " + what);
        } else if (choice < 65) {
            const QByteArray token = "power-" + run + '-' + QByteArray::number(step);
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
        } else if (choice < 75) {
            const QByteArray tag = "batch-" + run + '-' + QByteArray::number(++batch);
            const QVector<ClientRecord> additions = importBatch(tag, QStringLiteral("Power Loss Ltd"), random);
            say("importing " + tag);
            QVector<qint64> added;
            QVector<qint64> changes;
            if (!store.importClients(additions, {}, &added, &changes))
                fail(store.errorString());
            say("imported " + tag);
        } else if (choice < 86) {
            QVector<qint64> chosen{id};
            const int more = int(random.bounded(3));
            for (int i = 0; i < more; ++i) {
                const qint64 other = ids.at(random.bounded(int(ids.size())));
                if (!chosen.contains(other))
                    chosen.append(other);
            }
            bool readable = false;
            const QVector<ClientRecord> deleted = store.records(chosen, &readable);
            if (!readable)
                fail(store.errorString());
            say("deleting " + idList(chosen));
            if (!store.removeClients(chosen))
                fail(store.errorString());
            say("deleted " + idList(chosen));
            // Undo takes back the newest command first, so nothing else is written between a
            // delete and its undo (the freed ids could otherwise be taken).
            if (random.bounded(2)) {
                say("undeleting " + idList(chosen));
                if (!store.addClientRecords(deleted))
                    fail(store.errorString());
                say("undeleted " + idList(chosen));
            }
        } else if (choice < 93 || backups.isEmpty()) {
            const QString name = QStringLiteral("backup-%1-%2.sqlite").arg(QString::fromLatin1(run)).arg(backups.size() + 1);
            say("backing-up " + name.toUtf8());
            if (!store.backup(QDir(folder).filePath(name)))
                fail(store.errorString());
            say("backed-up " + name.toUtf8());
            backups.append(name);
        } else {
            const QString name = backups.at(random.bounded(int(backups.size())));
            const QString kept = QStringLiteral("kept-%1-%2.sqlite").arg(QString::fromLatin1(run)).arg(step);
            say("restoring " + name.toUtf8() + ' ' + kept.toUtf8());
            if (!store.restore(QDir(folder).filePath(name), QDir(folder).filePath(kept)))
                fail(store.errorString());
            say("restored " + name.toUtf8() + ' ' + kept.toUtf8());
            checkpointEvery(checkpointPages);
        }
    }
    say("finished " + QByteArray::number(PowerLossVfs::statistics().events));
    return 0;
}
