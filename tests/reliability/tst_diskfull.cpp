#include "clientstore.h"
#include "sampledatagenerator.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace Rapport;

namespace {

/** What a person could see of the data: in the store's memory and in the file. */
struct Snapshot
{
    QVector<Client> clients;
    QVector<Interaction> interactions; ///< of the first client
    QVector<SegmentChange> history;    ///< of the first client
    QList<int> rows;                   ///< clients, interactions and moves in the file

    bool operator==(const Snapshot &other) const
    {
        return clients == other.clients && interactions == other.interactions && history == other.history
            && rows == other.rows;
    }
};

/** Runs @p statement on a connection of its own, apart from the store's, and returns the first value. */
QString readFromFile(const QString &path, const QString &statement)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                result = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    return result;
}

Snapshot snapshot(const ClientStore &store)
{
    Snapshot s;
    s.clients = store.clients();
    const qint64 first = store.at(0).id;
    s.interactions = store.interactions(first);
    s.history = store.history(first);
    for (const QString &table : {QStringLiteral("clients"), QStringLiteral("interactions"), QStringLiteral("segment_history")})
        s.rows.append(readFromFile(store.path(), QStringLiteral("SELECT count(*) FROM ") + table).toInt());
    return s;
}

} // namespace

/**
 * A full disk: every kind of write fails with a sentence a person understands, changes nothing
 * in memory or in the file, and succeeds once there is room again. The disk is simulated with
 * SQLite's limit on the size of the file (ClientStore::limitGrowthForTesting).
 */
class tst_DiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRefuseAWriteOnAFullDiskAndChangeNothing_data();
    void shouldRefuseAWriteOnAFullDiskAndChangeNothing();
};

void tst_DiskFull::shouldRefuseAWriteOnAFullDiskAndChangeNothing_data()
{
    QTest::addColumn<QString>("write");
    QTest::addColumn<QString>("action");

    QTest::newRow("import of 400 clients") << QStringLiteral("import") << QStringLiteral("import the clients");
    QTest::newRow("add a client") << QStringLiteral("add") << QStringLiteral("add the client");
    QTest::newRow("move a client") << QStringLiteral("move") << QStringLiteral("save %1");
    QTest::newRow("log an interaction") << QStringLiteral("log") << QStringLiteral("log the interaction");
}

void tst_DiskFull::shouldRefuseAWriteOnAFullDiskAndChangeNothing()
{
    QFETCH(QString, write);
    QFETCH(QString, action);

    // GIVEN a database with clients, interactions and moves, on a disk with no room left
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("clients.sqlite"));
    ClientStore store;
    QVERIFY(store.open(path));
    QVERIFY(store.addClientRecords(SampleDataGenerator(5).records(30, ClientStore::now())));
    QVERIFY(store.limitGrowthForTesting(0));
    const qint64 first = store.at(0).id;
    const QString name = store.at(0).displayName();

    // The write number @p step: each adds something new, and the same step is the same write.
    const std::function<bool(int)> attempt = [&](int step) -> bool {
        if (write == QLatin1String("import")) {
            QVector<qint64> added;
            QVector<qint64> changes;
            return store.importClients(SampleDataGenerator(6).records(400, ClientStore::now()), {}, &added, &changes);
        }
        if (write == QLatin1String("add")) {
            Client client = SampleDataGenerator(quint32(100 + step)).clients(1, ClientStore::now()).constFirst();
            client.notes = QStringLiteral("Met at the trade fair; wants a quote for the spring order.");
            return store.addClient(client) != 0;
        }
        if (write == QLatin1String("move"))
            return store.moveClient(first, step % 2 ? 2.5 : 8.5, step % 2 ? 7.5 : 1.5);
        Interaction interaction;
        interaction.clientId = first;
        interaction.happenedAt = ClientStore::now().addSecs(step);
        interaction.kind = InteractionKind::Call;
        interaction.note = QStringLiteral("Called about the invoice of March; will pay next week.");
        return store.addInteraction(interaction) != 0;
    };

    // WHEN the write is tried until the disk is full (a small write may still fit in a page that has room)
    QSignalSpy failures(&store, &ClientStore::writeFailed);
    Snapshot before;
    bool written = true;
    int step = 0;
    while (written && step < 2000) {
        before = snapshot(store);
        written = attempt(++step);
    }

    // THEN it fails with a sentence that says what happened and what to do
    QVERIFY2(!written, "2000 writes fitted into a full file");
    const QString expected = QStringLiteral("Could not %1: the disk is full. Nothing was changed; free some space and try again.")
                                 .arg(write == QLatin1String("move") ? action.arg(name) : action);
    QCOMPARE(store.errorString(), expected);
    QCOMPARE(failures.count(), 1);
    QCOMPARE(failures.constFirst().constFirst().toString(), expected);
    // AND neither the store nor the file changed, and the file is sound
    QVERIFY(snapshot(store) == before);
    QCOMPARE(readFromFile(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));

    // AND trying again fails the same way while the disk stays full
    QVERIFY(!attempt(step));
    QCOMPARE(store.errorString(), expected);
    QVERIFY(snapshot(store) == before);

    // AND once there is room, the same write succeeds and is in the file
    QVERIFY(store.limitGrowthForTesting(-1));
    QVERIFY2(attempt(step), qPrintable(store.errorString()));
    const Snapshot after = snapshot(store);
    QVERIFY(!(after == before));
    if (write == QLatin1String("import"))
        QCOMPARE(after.rows.at(0), before.rows.at(0) + 400);
    else if (write == QLatin1String("add"))
        QCOMPARE(after.rows.at(0), before.rows.at(0) + 1);
    else if (write == QLatin1String("move"))
        QCOMPARE(after.rows.at(2), before.rows.at(2) + 1);
    else
        QCOMPARE(after.rows.at(1), before.rows.at(1) + 1);
    QCOMPARE(readFromFile(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(tst_DiskFull)
#include "tst_diskfull.moc"
