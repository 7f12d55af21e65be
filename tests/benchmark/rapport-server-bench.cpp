// rapport-server-bench: Rapport on a PostgreSQL server, measured against floors taken in the same
// run (see docs/performance.md, "On a server"). It starts a server of its own with
// packaging/postgresql-test-server.sh (durable: fsync on), or measures the server that
// --server names (a role that may create databases: it makes copyN and importN there), fills a
// file with the sample generator, and measures:
//   copy-to        the file's whole client base into an empty server database (COPY), and back
//                  into a new file; the three give identical exports
//   open           ClientStore::open on the server, against a plain QPSQL SELECT of the same columns
//   commit         one move (the write and its history row)
//   plan           FollowUpPlanner::plan on the server's store
//   import         the clients' own CSV imported into the server, against the same into a file
//   live change    a move committed in another process (this program again, with --writer) until
//                  this one's client list has repainted it: median and p95 over 200 changes; and
//                  the cost here of one incoming change (the announcement read, the client read
//                  again, every listener of the list told) on the window of all clients
// Medians of the runs; machines here are shared, so compare the ratios, not the milliseconds.

#include "clientexport.h"
#include "clientimport.h"
#include "clientstore.h"
#include "clienttablemodel.h"
#include "contacttracker.h"
#include "databaselocation.h"
#include "followupplanner.h"
#include "sampledatagenerator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTableView>
#include <QUndoStack>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace Rapport;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "rapport-server-bench: %s\n", qPrintable(message));
    std::exit(1);
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.empty() ? 0.0 : samples[samples.size() / 2];
}

/** Runs @p work @p runs times; the milliseconds of each. */
std::vector<double> timed(int runs, const std::function<void(int)> &work)
{
    std::vector<double> samples;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work(run);
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return samples;
}

void row(const char *name, double ms, double floor, const char *target)
{
    if (floor > 0)
        std::printf("%-34s %10.1f ms   floor %8.1f ms   %5.2fx   target %s\n", name, ms, floor, ms / floor, target);
    else
        std::printf("%-34s %10.1f ms   %35s target %s\n", name, ms, "", target);
}

double percentile95(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.empty() ? 0.0 : samples[std::min(samples.size() - 1, samples.size() * 95 / 100)];
}

/** CLOCK_MONOTONIC in milliseconds: the same clock in every process of this machine. */
double monotonicMs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

/** --writer ADDRESS ID COUNT: moves the client COUNT times, printing when each commit returned. */
int runWriter(const QString &address, qint64 id, int count)
{
    ClientStore store;
    if (!store.open(address))
        die(store.errorString());
    for (int i = 0; i < count; ++i) {
        if (!store.moveClient(id, i % 2 ? 2.0 : 8.0, 5.0))
            die(store.errorString());
        std::printf("%.3f\n", monotonicMs());
        std::fflush(stdout);
        QThread::msleep(40); // one change at a time: each repaint belongs to one commit
    }
    return 0;
}

/**
 * The server measured: one given by its administrator's address (a role that may create
 * databases), or a throwaway one started here and stopped when this goes.
 */
class Server
{
public:
    explicit Server(const QString &admin)
        : m_state(m_dir.filePath(QStringLiteral("server.state")))
        , m_admin(admin)
        , m_started(admin.isEmpty())
    {
        if (!m_started)
            return;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("RAPPORT_POSTGRESQL_DURABLE"), QStringLiteral("1"));
        environment.remove(QStringLiteral("RAPPORT_SKIP_POSTGRESQL"));
        QProcess start;
        start.setProcessEnvironment(environment);
        start.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        start.start(QStringLiteral(RAPPORT_TEST_SERVER_SCRIPT), {QStringLiteral("start"), m_state});
        if (!start.waitForFinished(120000) || start.exitCode() != 0)
            die(QStringLiteral("the PostgreSQL server could not be started"));
        QFile file(m_state);
        file.open(QIODevice::ReadOnly);
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("uri="))
                m_admin = QString::fromUtf8(line.mid(4));
        }
    }
    ~Server()
    {
        if (m_started)
            QProcess::execute(QStringLiteral(RAPPORT_TEST_SERVER_SCRIPT), {QStringLiteral("stop"), m_state});
    }

    /** A new, empty database on the server; its address with the password. */
    QString newDatabase(const QString &name) const
    {
        const DatabaseLocation admin = DatabaseLocation::parse(m_admin);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
            db.setHostName(admin.host());
            db.setPort(admin.port());
            db.setDatabaseName(QStringLiteral("postgres"));
            db.setUserName(admin.userName());
            db.setPassword(admin.password());
            QSqlQuery query(db);
            if (!db.open() || !query.exec(QStringLiteral("CREATE DATABASE ") + name))
                die(QStringLiteral("cannot create %1: %2").arg(name, query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
        return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
            .arg(admin.userName(), admin.password(), admin.host())
            .arg(admin.port())
            .arg(name);
    }

private:
    QTemporaryDir m_dir;
    QString m_state;
    QString m_admin;
    bool m_started;
};

/** The floor of opening: the same columns read with plain QPSQL, every value touched. */
double plainRead(const QString &address)
{
    const DatabaseLocation where = DatabaseLocation::parse(address);
    double ms = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-floor"));
        db.setHostName(where.host());
        db.setPort(where.port());
        db.setDatabaseName(where.databaseName());
        db.setUserName(where.userName());
        db.setPassword(where.password());
        if (!db.open())
            die(db.lastError().text());
        QElapsedTimer timer;
        timer.start();
        const QStringList statements = {
            QStringLiteral("SELECT * FROM clients ORDER BY id"),
            QStringLiteral("SELECT id, client_id, happened_at, direction, outcome FROM interactions ORDER BY client_id, happened_at, id"),
            QStringLiteral("SELECT * FROM segment_history ORDER BY client_id, changed_at, id"),
        };
        qint64 touched = 0;
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(statement))
                die(query.lastError().text());
            const int columns = query.record().count();
            while (query.next()) {
                for (int i = 0; i < columns; ++i)
                    touched += query.value(i).isValid();
            }
        }
        ms = double(timer.nsecsElapsed()) / 1e6;
        if (touched == 0)
            die(QStringLiteral("the floor read nothing"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-floor"));
    return ms;
}

/** Everything the owner can take out of @p store: the clients' and the interactions' CSV. */
QByteArray exported(const ClientStore &store, const QDate &today)
{
    QByteArray interactions;
    QString error;
    if (!ClientExport::interactionsCsv(store, &interactions, &error))
        die(error);
    return ClientExport::clientsCsv(store, today) + interactions;
}

/** Rapport's import path: load, analyse, resolve and importClients of @p csv into @p target. */
void importInto(ClientStore &target, const QByteArray &csv)
{
    ClientImport import;
    QString error;
    if (!import.load(csv, &error))
        die(QStringLiteral("import: ") + error);
    const ImportResult result = import.analyse(target);
    QVector<ClientRecord> additions;
    QVector<Client> updates;
    import.resolve(result, QVector<ClientImport::DuplicatePolicy>(result.duplicates.size(), ClientImport::DuplicatePolicy::Skip),
                   target, &additions, &updates);
    QVector<qint64> added;
    QVector<qint64> changes;
    if (!target.importClients(additions, updates, &added, &changes))
        die(target.errorString());
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 5 && qstrcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong(), QByteArray(argv[4]).toInt());
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int clients = 100000;
    int runs = 3;
    QString admin;
    const QStringList arguments = app.arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--clients") && i + 1 < arguments.size())
            clients = arguments.at(++i).toInt();
        else if (arguments.at(i) == QLatin1String("--runs") && i + 1 < arguments.size())
            runs = std::max(1, arguments.at(++i).toInt());
        else if (arguments.at(i) == QLatin1String("--server") && i + 1 < arguments.size())
            admin = arguments.at(++i);
        else
            die(QStringLiteral("usage: rapport-server-bench [--clients N] [--runs R] [--server postgresql://ADMIN:PASSWORD@HOST:PORT/postgres]"));
    }

    QTemporaryDir dir;
    const QDate today = QDate::currentDate();
    const QString file = dir.filePath(QStringLiteral("source.sqlite"));
    ClientStore source;
    if (!source.open(file) || !source.addClientRecords(SampleDataGenerator(1).records(clients, ClientStore::now())))
        die(source.errorString());
    std::printf("%d clients, %lld interactions (sample generator, seed 1); %d runs\n", source.count(),
                source.interactionCount(), runs);
    Server server(admin);

    // Empty databases made beforehand: CREATE DATABASE is not part of either workload.
    QStringList copies;
    QStringList imports;
    for (int run = 0; run < runs; ++run) {
        copies.append(server.newDatabase(QStringLiteral("copy%1").arg(run)));
        imports.append(server.newDatabase(QStringLiteral("import%1").arg(run)));
    }
    const std::vector<double> copy = timed(runs, [&](int run) {
        if (!source.copyTo(copies.at(run)))
            die(source.errorString());
    });
    const QString address = copies.constLast();
    row("copy-to a server (file -> server)", median(copy), 0, "<= 3000 ms");
    const std::vector<double> back = timed(runs, [&](int run) {
        ClientStore onServer;
        if (!onServer.open(address) || !onServer.copyTo(dir.filePath(QStringLiteral("back%1.sqlite").arg(run))))
            die(onServer.errorString());
    });
    row("copy-to a file (server -> file)", median(back), 0, "(reported)");
    {
        // Moving house keeps everything: the owner's exports of all three are the same.
        ClientStore onServer;
        ClientStore portable;
        if (!onServer.open(address) || !portable.open(dir.filePath(QStringLiteral("back0.sqlite"))))
            die(onServer.errorString() + portable.errorString());
        const QByteArray original = exported(source, today);
        if (exported(onServer, today) != original || exported(portable, today) != original)
            die(QStringLiteral("the copies' exports differ from the original's"));
        std::printf("%-34s %10s\n", "exports after copy-to both ways", "identical");
    }

    std::vector<double> floors;
    const std::vector<double> opens = timed(runs, [&](int) {
        ClientStore store;
        if (!store.open(address))
            die(store.errorString());
    });
    for (int run = 0; run < runs; ++run)
        floors.push_back(plainRead(address));
    row("open", median(opens), median(floors), "<= 2x floor");

    ClientStore store;
    if (!store.open(address))
        die(store.errorString());
    const qint64 id = store.at(store.count() / 2).id;
    const double repurchase = store.client(id)->repurchase;
    const std::vector<double> moves = timed(20, [&](int run) {
        if (!store.moveClient(id, run % 2 ? 2.0 : 8.0, repurchase))
            die(store.errorString());
    });
    row("commit one move", median(moves), 0, "<= 5 ms");
    const std::vector<double> plans = timed(runs, [&](int) { FollowUpPlanner::plan(store, today); });
    row("plan follow-ups", median(plans), 0, "<= 200 ms");

    const QByteArray csv = ClientExport::clientsCsv(store, today);
    const std::vector<double> serverImports = timed(runs, [&](int run) {
        ClientStore target;
        if (!target.open(imports.at(run)))
            die(target.errorString());
        importInto(target, csv);
    });
    const std::vector<double> fileImports = timed(runs, [&](int run) {
        ClientStore target;
        if (!target.open(dir.filePath(QStringLiteral("import%1.sqlite").arg(run))))
            die(target.errorString());
        importInto(target, csv);
    });
    row("import the clients' CSV", median(serverImports), median(fileImports), "<= 1.25x the same into a file");

    // Live: the client list of every client, on screen (offscreen), hears another process's moves.
    ContactTracker tracker(&store);
    QUndoStack undoStack;
    ClientTableModel model(&store, &tracker, &undoStack);
    QTableView view;
    view.setModel(&model);
    view.resize(1000, 700);
    view.show();
    const int shownRow = model.rowOfClient(id);
    view.scrollTo(model.index(std::max(0, shownRow), 0));
    QCoreApplication::processEvents();
    // One incoming change: from the socket's news (its notifier's event) to the last listener done.
    std::vector<double> incoming;
    std::vector<double> repainted;
    double socketAt = 0;
    bool waitingForPaint = false;
    struct Watcher : QObject
    {
        std::function<bool(QObject *, QEvent *)> filter;
        bool eventFilter(QObject *watched, QEvent *event) override { return filter(watched, event); }
    } watcher;
    watcher.filter = [&](QObject *watched, QEvent *event) {
        if (event->type() == QEvent::SockAct && qobject_cast<QSocketNotifier *>(watched))
            socketAt = monotonicMs();
        else if (event->type() == QEvent::Paint && watched == view.viewport() && waitingForPaint) {
            waitingForPaint = false;
            repainted.push_back(monotonicMs());
        }
        return false;
    };
    app.installEventFilter(&watcher);
    QObject::connect(&store, &ClientStore::changedElsewhere, &store, [&] {
        incoming.push_back(monotonicMs() - socketAt);
        waitingForPaint = true;
    });
    constexpr int Changes = 200;
    QProcess writer;
    writer.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--writer"), address, QString::number(id), QString::number(Changes)});
    std::vector<double> committed;
    QElapsedTimer deadline;
    deadline.start();
    while ((committed.size() < Changes || repainted.size() < Changes) && deadline.elapsed() < 120000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        while (writer.canReadLine())
            committed.push_back(writer.readLine().trimmed().toDouble());
        writer.waitForReadyRead(1);
    }
    writer.waitForFinished();
    app.removeEventFilter(&watcher);
    if (repainted.size() < committed.size())
        die(QStringLiteral("%1 of %2 changes reached the list").arg(repainted.size()).arg(committed.size()));
    std::vector<double> latencies;
    for (size_t i = 0; i < committed.size(); ++i)
        latencies.push_back(repainted.at(i) - committed.at(i));
    std::printf("%-34s %10.1f ms   p95 %10.1f ms   target p95 <= 100 ms\n", "commit elsewhere -> repaint here",
                median(latencies), percentile95(latencies));
    std::printf("%-34s %10.2f ms   p95 %10.2f ms   target <= 2 ms (%d clients)\n", "one incoming change",
                median(incoming), percentile95(incoming), store.count());
    return 0;
}
