// rapport-bench: measures Rapport's heavy paths at a realistic size (100,000 clients and
// 1,000,000 interactions by default) and compares each with a floor, the least any
// implementation could spend on the same work. Not a test: run it by hand (see
// docs/performance.md). Each workload is reported as the median of several runs.

#include "clientdotsitem.h"
#include "clientexport.h"
#include "clientimport.h"
#include "csv.h"
#include "clientlistpanel.h"
#include "clientstore.h"
#include "clienttablemodel.h"
#include "contacttracker.h"
#include "followupplanner.h"
#include "followupreport.h"
#include "frameworks.h"
#include "interaction.h"
#include "mailboxreader.h"
#include "maillog.h"
#include "mailreadjob.h"
#include "mainwindow.h"
#include "quadrantchartview.h"
#include "sampledatagenerator.h"
#include "segmentchange.h"
#include "schema.h"
#include "sqlitedialect.h"

#include <QApplication>
#include <QCollator>
#include <QCollatorSortKey>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QSplitter>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QUndoStack>

#include <sched.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <malloc.h>
#include <unistd.h>

// GLib's headers use "signals" as a name, which Qt's headers define as a keyword.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

using namespace Rapport;

namespace {

// ---------------------------------------------------------------------------------------------
// Output helpers

void out(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("rapport-bench: ") + text + QLatin1Char('\n')), stderr);
    std::exit(1);
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/** A size line of /proc/self/status (VmHWM: the peak resident set; VmRSS), in MB. */
double procStatusMb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).simplified().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/**
 * The heap in use now, in MB: what glibc's arenas hold from the system, less their free chunks,
 * plus the blocks it mapped on their own (malloc_info(), which unlike mallinfo2() counts every
 * thread's arena).
 */
double heapInUseMb()
{
    char *buffer = nullptr;
    size_t size = 0;
    FILE *stream = open_memstream(&buffer, &size);
    if (!stream)
        return -1;
    malloc_info(0, stream);
    std::fclose(stream);
    const QByteArray xml(buffer, qsizetype(size));
    std::free(buffer);
    // The totals follow the last arena: <total type="fast|rest|mmap" count=".." size=".."/>,
    // <system type="current" size=".."/>.
    const qsizetype totals = xml.lastIndexOf("</heap>");
    const auto value = [&xml, totals](const QByteArray &tag) {
        const qsizetype at = xml.indexOf(tag, totals);
        if (at < 0)
            return 0.0;
        const qsizetype sizeAt = xml.indexOf("size=\"", at) + 6;
        return xml.mid(sizeAt, xml.indexOf('"', sizeAt) - sizeAt).toDouble();
    };
    const double bytes = value("<system type=\"current\"") - value("<total type=\"fast\"")
        - value("<total type=\"rest\"") + value("<total type=\"mmap\"");
    return bytes / 1e6;
}

struct Options
{
    int clients = 100000;
    int interactions = 1000000;
    int runs = 5;
    int slowRuns = 3;
    quint32 seed = 1;
    QString json;
    bool oneCore = false;       ///< --cores 1: a second pass pinned to one core
    QStringList only;           ///< --only: the workloads to measure after the open; empty for all
    QString pinnedResults;      ///< child process of that pass: where its results go (JSON)
    QString database;           ///< child process of that pass: the database the first pass made
    QString firstPaintKind;     ///< child process: "empty" or "window"
    QString firstPaintDatabase;
};

/** How many cores this process may run on. */
int allowedCores()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    return sched_getaffinity(0, sizeof(set), &set) == 0 ? CPU_COUNT(&set) : QThread::idealThreadCount();
}

/**
 * Pins this process to the first core it may run on. Threads started later inherit it (the
 * list's and the chart's helpers, Qt's pools), and so do child processes.
 */
void pinToOneCore()
{
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (sched_getaffinity(0, sizeof(allowed), &allowed) != 0)
        die(QStringLiteral("sched_getaffinity failed"));
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (!CPU_ISSET(cpu, &allowed))
            continue;
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(cpu, &one);
        if (sched_setaffinity(0, sizeof(one), &one) != 0)
            die(QStringLiteral("sched_setaffinity failed"));
        return;
    }
    die(QStringLiteral("no core to pin to"));
}

void printHelp()
{
    out(QStringLiteral(
        "Usage: rapport-bench [options]\n"
        "Measures Rapport's import, open, first paint, filter, sort, drag, commit, planning and PDF\n"
        "paths on generated data in a temporary database, each as the median of several runs.\n\n"
        "Options:\n"
        "  --clients N        clients to generate (default 100000)\n"
        "  --interactions M   interactions to generate (default 1000000)\n"
        "  --runs N           runs of the quick workloads (default 5); the slow ones (import,\n"
        "                     open, plan, pdf) run min(N, 3) times\n"
        "  --seed S           seed of the sample generator (default 1)\n"
        "  --cores 1          after the normal run, run every workload again pinned to one core\n"
        "                     (sched_setaffinity, inherited by its threads and child processes)\n"
        "                     and print both side by side\n"
        "  --only LIST        measure only these workloads after the open, comma-separated, of:\n"
        "                     first-paint, filter, sort, drag, commit, elsewhere, plan, pdf,\n"
        "                     import, mail (for profiling one of them)\n"
        "  --json FILE        also write the results as JSON to FILE (with --cores 1, both runs:\n"
        "                     \"cores\" in each workload says which)\n"
        "  --help             show this help"));
}

// ---------------------------------------------------------------------------------------------
// Data set-up (in a child process, so that its memory does not count in the peak RSS)

/** Gives the records @p target interactions in all: older calls added, or the oldest removed. */
void adjustInteractions(QVector<ClientRecord> &records, qint64 target)
{
    qint64 total = 0;
    for (const ClientRecord &r : records)
        total += r.interactions.size();
    if (records.isEmpty() || total == target)
        return;
    if (total < target) {
        const qint64 deficit = target - total;
        const qint64 n = records.size();
        for (qint64 i = 0; i < n; ++i) {
            ClientRecord &r = records[int(i)];
            const qint64 extra = deficit / n + (i < deficit % n ? 1 : 0);
            if (extra == 0)
                continue;
            QDateTime oldest = r.interactions.isEmpty() ? r.client.createdAt : r.interactions.constFirst().happenedAt;
            if (!oldest.isValid())
                oldest = ClientStore::now();
            QVector<Interaction> older;
            older.reserve(int(extra) + r.interactions.size());
            for (qint64 k = extra; k >= 1; --k) {
                Interaction interaction;
                interaction.happenedAt = oldest.addDays(-14 * k);
                interaction.kind = (k % 3 == 0) ? InteractionKind::Email : InteractionKind::Call;
                interaction.direction = (k % 4 == 0) ? Direction::Inbound : Direction::Outbound;
                interaction.outcome = (k % 5 == 0) ? Outcome::NoAnswer : Outcome::Answered;
                interaction.note = QStringLiteral("Earlier check-in number %1").arg(k);
                older.append(interaction);
            }
            older += r.interactions;
            r.interactions = older;
        }
        return;
    }
    qint64 excess = total - target;
    while (excess > 0) {
        bool removed = false;
        for (ClientRecord &r : records) {
            if (excess == 0)
                break;
            if (r.interactions.size() > 1) {
                r.interactions.removeFirst();
                --excess;
                removed = true;
            }
        }
        if (!removed)
            break;
    }
}

[[noreturn]] void runSetup(const QString &path, const Options &options)
{
    QElapsedTimer timer;
    timer.start();
    SampleDataGenerator generator(options.seed);
    QVector<ClientRecord> records = generator.records(options.clients, ClientStore::now());
    adjustInteractions(records, options.interactions);
    qint64 interactions = 0;
    qint64 history = 0;
    for (const ClientRecord &r : records) {
        interactions += r.interactions.size();
        history += r.history.size();
    }
    const double generated = msSince(timer);
    int count = 0;
    {
        ClientStore store;
        if (!store.open(path))
            die(store.errorString());
        if (!store.addClientRecords(records))
            die(store.errorString());
        count = store.count();
    }
    std::printf("set-up (not measured): %d clients, %lld interactions, %lld history rows; generated in %.0f ms, stored in %.0f ms\n",
                count, static_cast<long long>(interactions), static_cast<long long>(history), generated,
                msSince(timer) - generated);
    std::fflush(stdout);
    std::exit(0);
}

// ---------------------------------------------------------------------------------------------
// The application pieces: store, tracker, list and chart, put together as the main window does

/** Counts the paint events a widget receives. */
class PaintSpy : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

/** Processes events until @p spy saw a paint after @p before (false after @p timeoutMs). */
bool waitForPaint(const PaintSpy &spy, int before, int timeoutMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (spy.paints <= before) {
        // Posted events first (the window's repaint among them), and look again before timers run.
        QCoreApplication::sendPostedEvents();
        if (spy.paints > before)
            break;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (timer.elapsed() > timeoutMs)
            return false;
    }
    return true;
}

void flushEvents()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

struct Env
{
    std::unique_ptr<ClientStore> store;
    std::unique_ptr<ContactTracker> tracker;
    std::unique_ptr<QUndoStack> undo;
    std::unique_ptr<ClientTableModel> model;
    std::unique_ptr<QSplitter> window;
    ClientListPanel *panel = nullptr;
    QuadrantChartView *chart = nullptr;
    PaintSpy listSpy;
    PaintSpy chartSpy;
    /** How long openEnv() took for each part, in ms. */
    struct
    {
        double store = 0;   ///< ClientStore::open: the check and the reading
        double tracker = 0; ///< the contact statuses
        double model = 0;   ///< the list model: its keys and the search index
        double views = 0;   ///< the list and the chart made, shown and painted
    } split;
    /** The heap in use before openEnv() and what each of its parts added, in MB (heapInUseMb()). */
    struct
    {
        double before = 0;
        double store = 0;
        double tracker = 0;
        double model = 0;
        double views = 0;
    } heap;

    ~Env()
    {
        // The widgets first, the store last.
        window.reset();
        model.reset();
        undo.reset();
        tracker.reset();
        store.reset();
    }
};

/** Opens @p path and shows the list and the chart; returns once both have painted. */
std::unique_ptr<Env> openEnv(const QString &path)
{
    auto env = std::make_unique<Env>();
    double heap = env->heap.before = heapInUseMb();
    const auto heapAdded = [&heap] {
        const double before = std::exchange(heap, heapInUseMb());
        return heap - before;
    };
    QElapsedTimer phase;
    phase.start();
    env->store = std::make_unique<ClientStore>();
    if (!env->store->open(path))
        die(env->store->errorString());
    env->split.store = msSince(phase);
    env->heap.store = heapAdded();
    phase.restart();
    env->tracker = std::make_unique<ContactTracker>(env->store.get());
    env->split.tracker = msSince(phase);
    env->heap.tracker = heapAdded();
    phase.restart();
    env->undo = std::make_unique<QUndoStack>();
    env->model = std::make_unique<ClientTableModel>(env->store.get(), env->tracker.get(), env->undo.get());
    env->split.model = msSince(phase);
    env->heap.model = heapAdded();
    phase.restart();
    env->window = std::make_unique<QSplitter>();
    env->panel = new ClientListPanel(env->model.get(), env->window.get());
    env->chart = new QuadrantChartView(env->store.get(), env->tracker.get(), env->window.get());
    env->window->addWidget(env->panel);
    env->window->addWidget(env->chart);
    ClientTableModel *model = env->model.get();
    QuadrantChartView *chart = env->chart;
    chart->followFilter(model->visibility());
    env->panel->view()->viewport()->installEventFilter(&env->listSpy);
    chart->viewport()->installEventFilter(&env->chartSpy);
    env->window->resize(1460, 700);
    env->window->setSizes({450, 1000});
    env->window->show();
    QElapsedTimer timer;
    timer.start();
    while (env->listSpy.paints == 0 || env->chartSpy.paints == 0) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (timer.elapsed() > 60000)
            die(QStringLiteral("the list and the chart did not paint within 60 s"));
    }
    env->split.views = msSince(phase);
    env->heap.views = heapAdded();
    return env;
}

// ---------------------------------------------------------------------------------------------
// Results

struct Result
{
    QString name;
    double median = 0;
    std::optional<double> floor;
    QString target;                           ///< in words, empty when none
    std::function<bool(const Result &)> met;  ///< empty when there is no target
    QString detail;

    std::optional<double> ratio() const
    {
        if (!floor || *floor <= 0)
            return std::nullopt;
        return median / *floor;
    }
};

QString fmt(double value)
{
    if (value >= 100)
        return QString::number(value, 'f', 0);
    if (value >= 10)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'f', 2);
}

QString pad(const QString &text, int width, bool right = false)
{
    return right ? text.rightJustified(width) : text.leftJustified(width);
}

void printTable(const QVector<Result> &results, double peakRss)
{
    out(QString());
    const QString header = pad(QStringLiteral("Workload"), 52) + pad(QStringLiteral("median ms"), 11, true)
        + pad(QStringLiteral("floor ms"), 11, true) + pad(QStringLiteral("ratio"), 8, true) + QStringLiteral("  ")
        + pad(QStringLiteral("target"), 16) + QStringLiteral("met");
    out(header);
    out(QString(header.size() + 2, QLatin1Char('-')));
    for (const Result &r : results) {
        const auto ratio = r.ratio();
        out(pad(r.name, 52) + pad(fmt(r.median), 11, true) + pad(r.floor ? fmt(*r.floor) : QStringLiteral("-"), 11, true)
            + pad(ratio ? QString::number(*ratio, 'f', 2) + QLatin1Char('x') : QStringLiteral("-"), 8, true)
            + QStringLiteral("  ") + pad(r.target.isEmpty() ? QStringLiteral("-") : r.target, 16)
            + (r.met ? (r.met(r) ? QStringLiteral("yes") : QStringLiteral("NO")) : QStringLiteral("-")));
    }
    out(pad(QStringLiteral("peak RSS after opening (VmHWM)"), 52)
        + pad(QString::number(peakRss, 'f', 0) + QStringLiteral(" MB"), 11, true) + QString(21, QLatin1Char(' '))
        + pad(QStringLiteral("<= 150 MB"), 16) + (peakRss <= 150.0 ? QStringLiteral("yes") : QStringLiteral("NO")));
    out(QString());
    for (const Result &r : results) {
        if (!r.detail.isEmpty())
            out(QStringLiteral("- ") + r.name + QStringLiteral(": ") + r.detail);
    }
}

/** The results of one pass over every workload, on the cores it was allowed. */
struct Run
{
    int cores = 0;
    QVector<Result> results;
    double peakRss = 0;
    double searchIndexMb = 0;
};

bool writeJson(const QString &path, const QVector<Run> &runs)
{
    QJsonArray workloads;
    QJsonArray passes;
    for (const Run &run : runs) {
        for (const Result &r : run.results) {
            QJsonObject o;
            o.insert(QStringLiteral("name"), r.name);
            o.insert(QStringLiteral("cores"), run.cores);
            o.insert(QStringLiteral("median_ms"), r.median);
            o.insert(QStringLiteral("floor_ms"), r.floor ? QJsonValue(*r.floor) : QJsonValue(QJsonValue::Null));
            const auto ratio = r.ratio();
            o.insert(QStringLiteral("ratio"), ratio ? QJsonValue(*ratio) : QJsonValue(QJsonValue::Null));
            workloads.append(o);
        }
        passes.append(QJsonObject{{QStringLiteral("cores"), run.cores},
                                  {QStringLiteral("peak_rss_mb"), run.peakRss},
                                  {QStringLiteral("search_index_mb"), run.searchIndexMb}});
    }
    QJsonObject root;
    root.insert(QStringLiteral("workloads"), workloads);
    root.insert(QStringLiteral("peak_rss_mb"), runs.constFirst().peakRss);
    root.insert(QStringLiteral("runs"), passes);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) > 0;
}

/** The pass written to @p path by writeJson(); targets and checks taken from @p like, by name. */
Run readRun(const QString &path, const QVector<Result> &like)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1").arg(path));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject pass = root.value(QStringLiteral("runs")).toArray().at(0).toObject();
    Run run;
    run.cores = pass.value(QStringLiteral("cores")).toInt();
    run.peakRss = pass.value(QStringLiteral("peak_rss_mb")).toDouble();
    run.searchIndexMb = pass.value(QStringLiteral("search_index_mb")).toDouble();
    const QJsonArray workloads = root.value(QStringLiteral("workloads")).toArray();
    for (const QJsonValue &value : workloads) {
        const QJsonObject o = value.toObject();
        Result r;
        r.name = o.value(QStringLiteral("name")).toString();
        r.median = o.value(QStringLiteral("median_ms")).toDouble();
        if (!o.value(QStringLiteral("floor_ms")).isNull())
            r.floor = o.value(QStringLiteral("floor_ms")).toDouble();
        for (const Result &same : like) {
            if (same.name == r.name) {
                r.target = same.target;
                r.met = same.met;
            }
        }
        run.results.append(r);
    }
    return run;
}

/** Both passes, workload by workload: the normal one and the one pinned to one core. */
void printSideBySide(const Run &normal, const Run &pinned)
{
    out(QString());
    out(QStringLiteral("Both runs (%1 cores, then pinned to 1 core):").arg(normal.cores));
    const QString header = pad(QStringLiteral("Workload"), 52) + pad(QStringLiteral("%1 cores ms").arg(normal.cores), 12, true)
        + pad(QStringLiteral("ratio"), 8, true) + pad(QStringLiteral("1 core ms"), 11, true) + pad(QStringLiteral("floor"), 10, true)
        + pad(QStringLiteral("ratio"), 9, true) + QStringLiteral("  ") + pad(QStringLiteral("target"), 16)
        + QStringLiteral("met on 1 core");
    out(header);
    out(QString(header.size() + 2, QLatin1Char('-')));
    const auto ratioText = [](const Result &r) {
        const auto ratio = r.ratio();
        return ratio ? QString::number(*ratio, 'f', 2) + QLatin1Char('x') : QStringLiteral("-");
    };
    for (const Result &one : pinned.results) {
        const auto both = std::find_if(normal.results.begin(), normal.results.end(),
                                       [&one](const Result &r) { return r.name == one.name; });
        out(pad(one.name, 52) + pad(both != normal.results.end() ? fmt(both->median) : QStringLiteral("-"), 12, true)
            + pad(both != normal.results.end() ? ratioText(*both) : QStringLiteral("-"), 8, true) + pad(fmt(one.median), 11, true)
            + pad(one.floor ? fmt(*one.floor) : QStringLiteral("-"), 10, true) + pad(ratioText(one), 9, true) + QStringLiteral("  ")
            + pad(one.target.isEmpty() ? QStringLiteral("-") : one.target, 16)
            + (one.met ? (one.met(one) ? QStringLiteral("yes") : QStringLiteral("NO")) : QStringLiteral("-")));
    }
    out(pad(QStringLiteral("peak RSS after opening (VmHWM), MB"), 52) + pad(QString::number(normal.peakRss, 'f', 0), 12, true)
        + QString(8, QLatin1Char(' ')) + pad(QString::number(pinned.peakRss, 'f', 0), 11, true));
    out(pad(QStringLiteral("the list's search index, MB"), 52) + pad(QString::number(normal.searchIndexMb, 'f', 1), 12, true)
        + QString(8, QLatin1Char(' ')) + pad(QString::number(pinned.searchIndexMb, 'f', 1), 11, true));
}

QString summary(const std::vector<double> &samples)
{
    QStringList parts;
    for (double s : samples)
        parts.append(fmt(s));
    return parts.join(QStringLiteral(", "));
}

// ---------------------------------------------------------------------------------------------
// Floors

struct PlainClient
{
    qint64 id = 0;
    QString name, company, email, phone, tags, notes;
    double satisfaction = 0, repurchase = 0;
    qint64 createdAt = 0, updatedAt = 0;
    int archived = 0, ideal = 0, maximum = 0;
    QString rung, stage;
    int dimensions[DimensionCount] = {};
    int nps = 0;
    QString npsDate;
    int degree = 0;
    QString hostageReason, hostageReasonEnds;
    int purchases = 0;
};

struct PlainInteraction
{
    qint64 id, clientId, happenedAt;
    QString kind, direction, outcome, note;
};

struct PlainChange
{
    qint64 id, clientId, changedAt;
    double fromSatisfaction, fromRepurchase, toSatisfaction, toRepurchase;
    QString fromSegment, fromExtreme, toSegment, toExtreme, source;
    int acknowledged;
};

const char ClientColumnList[] =
    "name, company, emails, phones, tags, notes, satisfaction, repurchase, created_at, updated_at, archived,"
    " ideal_interval_days, maximum_interval_days, ladder_rung, stage, integrity, competency, recognition, proactivity,"
    " savvy, chemistry, nps, nps_date, degree, hostage_reason, hostage_reason_ends, purchases_per_year";

/** Plain SELECTs of the columns Rapport loads, into vectors of structs; returns the rows read. */
qint64 selectFloor(const QString &path, int run)
{
    qint64 rows = 0;
    const QString name = QStringLiteral("bench-select-%1").arg(run);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            die(db.lastError().text());
        std::vector<PlainClient> clients;
        std::vector<PlainInteraction> interactions;
        std::vector<PlainChange> changes;
        {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT id, ") + QLatin1String(ClientColumnList) + QStringLiteral(" FROM clients ORDER BY id")))
                die(q.lastError().text());
            while (q.next()) {
                PlainClient c;
                c.id = q.value(0).toLongLong();
                c.name = q.value(1).toString();
                c.company = q.value(2).toString();
                c.email = q.value(3).toString();
                c.phone = q.value(4).toString();
                c.tags = q.value(5).toString();
                c.notes = q.value(6).toString();
                c.satisfaction = q.value(7).toDouble();
                c.repurchase = q.value(8).toDouble();
                c.createdAt = q.value(9).toLongLong();
                c.updatedAt = q.value(10).toLongLong();
                c.archived = q.value(11).toInt();
                c.ideal = q.value(12).toInt();
                c.maximum = q.value(13).toInt();
                c.rung = q.value(14).toString();
                c.stage = q.value(15).toString();
                for (int d = 0; d < DimensionCount; ++d)
                    c.dimensions[d] = q.value(16 + d).toInt();
                c.nps = q.value(22).toInt();
                c.npsDate = q.value(23).toString();
                c.degree = q.value(24).toInt();
                c.hostageReason = q.value(25).toString();
                c.hostageReasonEnds = q.value(26).toString();
                c.purchases = q.value(27).toInt();
                clients.push_back(std::move(c));
            }
        }
        {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT id, client_id, happened_at, kind, direction, outcome, note FROM interactions"
                                       " ORDER BY client_id, happened_at, id")))
                die(q.lastError().text());
            while (q.next()) {
                interactions.push_back(PlainInteraction{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                                        q.value(2).toLongLong(), q.value(3).toString(),
                                                        q.value(4).toString(), q.value(5).toString(),
                                                        q.value(6).toString()});
            }
        }
        {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT id, client_id, changed_at, from_satisfaction, from_repurchase, to_satisfaction,"
                                       " to_repurchase, from_segment, from_extreme, to_segment, to_extreme, source,"
                                       " acknowledged FROM segment_history ORDER BY client_id, changed_at, id")))
                die(q.lastError().text());
            while (q.next()) {
                changes.push_back(PlainChange{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                              q.value(3).toDouble(), q.value(4).toDouble(), q.value(5).toDouble(),
                                              q.value(6).toDouble(), q.value(7).toString(), q.value(8).toString(),
                                              q.value(9).toString(), q.value(10).toString(), q.value(11).toString(),
                                              q.value(12).toInt()});
            }
        }
        rows = qint64(clients.size() + interactions.size() + changes.size());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

QString textOf(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

/** The column values of @p c as Rapport stores them, ready to bind. */
QVector<QVariant> rowOf(const Client &c)
{
    QVector<QVariant> v;
    v.reserve(27);
    v << textOf(c.name) << textOf(c.company) << textOf(ContactPoint::toStored(c.emails))
      << textOf(ContactPoint::toStored(c.phones)) << textOf(c.tagsText())
      << textOf(c.notes) << c.satisfaction << c.repurchase << c.createdAt.toMSecsSinceEpoch()
      << c.updatedAt.toMSecsSinceEpoch() << (c.archived ? 1 : 0) << c.idealIntervalDays << c.maximumIntervalDays
      << Frameworks::rungKey(c.rung) << Frameworks::stageKey(c.stage);
    for (int d = 0; d < DimensionCount; ++d)
        v << c.dimensions[size_t(d)];
    v << c.nps << dateText(c.npsDate) << c.degree << Frameworks::hostageReasonKey(c.hostageReason)
      << dateText(c.hostageReasonEnds) << c.purchasesPerYear;
    return v;
}

void removeDatabaseFiles(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

// ---------------------------------------------------------------------------------------------

/**
 * Child process of the first-paint workload: starts like Rapport does (an empty QWidget for
 * the floor), prints "painted" once the first frame is on screen and, for the main window,
 * "ready" once the database is read and painted, then ends.
 */
[[noreturn]] void runFirstPaint(const QString &kind, const QString &databasePath)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("rapport-bench"));
    const auto say = [](const char *line) {
        std::printf("%s\n", line);
        std::fflush(stdout);
    };
    PaintSpy spy;
    std::unique_ptr<ClientStore> store;
    std::unique_ptr<QWidget> window;
    MainWindow *mainWindow = nullptr;
    if (kind == QLatin1String("window")) {
        store = std::make_unique<ClientStore>();
        mainWindow = new MainWindow(store.get());
        window.reset(mainWindow);
    } else {
        window = std::make_unique<QWidget>();
    }
    window->installEventFilter(&spy);
    window->resize(1460, 900);
    // As app/main.cpp does: show, then open.
    window->show();
    bool finished = false;
    bool opened = false;
    if (mainWindow) {
        QObject::connect(mainWindow, &MainWindow::openFinished, mainWindow, [&finished, &opened](bool ok) {
            finished = true;
            opened = ok;
        });
        mainWindow->openDatabase(databasePath);
    }
    // The frame is finished once the event that painted it returns.
    while (spy.paints == 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    say("painted");
    if (mainWindow) {
        while (!finished)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (!opened)
            die(store->errorString());
        const int before = spy.paints;
        window->update();
        if (!waitForPaint(spy, before, 60000))
            die(QStringLiteral("the main window did not paint its data"));
        say("ready");
    }
    window.reset();
    store.reset();
    std::exit(0);
}

void parseOptions(const QStringList &args, Options *options, bool *setup, QString *setupPath)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto next = [&](QString *value) {
            if (i + 1 >= args.size())
                die(a + QStringLiteral(" needs a value (see --help)"));
            *value = args.at(++i);
        };
        auto number = [&](qint64 minimum, qint64 maximum) {
            QString value;
            next(&value);
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < minimum || n > maximum)
                die(a + QStringLiteral(" needs a number from %1 to %2, not \"%3\"").arg(minimum).arg(maximum).arg(value));
            return n;
        };
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printHelp();
            std::exit(0);
        } else if (a == QLatin1String("--clients")) {
            options->clients = int(number(10, 1000000));
        } else if (a == QLatin1String("--interactions")) {
            options->interactions = int(number(0, 20000000));
        } else if (a == QLatin1String("--runs")) {
            options->runs = int(number(1, 1000));
        } else if (a == QLatin1String("--seed")) {
            options->seed = quint32(number(0, 4294967295LL));
        } else if (a == QLatin1String("--json")) {
            next(&options->json);
        } else if (a == QLatin1String("--cores")) {
            if (number(1, 1) == 1)
                options->oneCore = true;
        } else if (a == QLatin1String("--only")) {
            QString list;
            next(&list);
            options->only = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
            const QStringList known{QStringLiteral("first-paint"), QStringLiteral("filter"), QStringLiteral("sort"),
                                    QStringLiteral("drag"), QStringLiteral("commit"), QStringLiteral("elsewhere"),
                                    QStringLiteral("plan"), QStringLiteral("pdf"), QStringLiteral("import"), QStringLiteral("mail")};
            for (const QString &name : std::as_const(options->only)) {
                if (!known.contains(name))
                    die(QStringLiteral("--only knows %1, not \"%2\"").arg(known.join(QStringLiteral(", ")), name));
            }
        } else if (a == QLatin1String("--internal-pinned")) {
            next(&options->pinnedResults);
            next(&options->database);
        } else if (a == QLatin1String("--internal-setup")) {
            *setup = true;
            next(setupPath);
        } else if (a == QLatin1String("--internal-first-paint")) {
            next(&options->firstPaintKind);
            next(&options->firstPaintDatabase);
        } else {
            die(QStringLiteral("unknown argument \"%1\" (see --help)").arg(a));
        }
    }
    options->slowRuns = std::min(options->runs, 3);
}

} // namespace

/**
 * The clients of @p store as Google Contacts exports them, each with three labelled emails and
 * three phones (its own first), into @p csv; and into @p rows what Rapport stores for each, for
 * the import's floor.
 */
void googleContacts(const ClientStore &store, QByteArray *csv, QVector<QVector<QVariant>> *rows)
{
    QString text = Csv::line({QStringLiteral("Name"), QStringLiteral("Organization Name"), QStringLiteral("Notes"),
                              QStringLiteral("E-mail 1 - Label"), QStringLiteral("E-mail 1 - Value"),
                              QStringLiteral("E-mail 2 - Label"), QStringLiteral("E-mail 2 - Value"),
                              QStringLiteral("E-mail 3 - Label"), QStringLiteral("E-mail 3 - Value"),
                              QStringLiteral("Phone 1 - Label"), QStringLiteral("Phone 1 - Value"),
                              QStringLiteral("Phone 2 - Label"), QStringLiteral("Phone 2 - Value"),
                              QStringLiteral("Phone 3 - Label"), QStringLiteral("Phone 3 - Value")});
    rows->reserve(store.count());
    for (const Client &stored : store.clients()) {
        Client c = stored;
        const QString local = QString::number(c.id);
        c.emails = {{c.email(), ContactPoint::Label::Work},
                    {QStringLiteral("home-") + local + QStringLiteral("@mail.example"), ContactPoint::Label::Home},
                    {QStringLiteral("old-") + local + QStringLiteral("@mail.example"), ContactPoint::Label::Other}};
        c.phones = {{c.phone(), ContactPoint::Label::Work},
                    {QStringLiteral("07700 %1").arg(c.id, 6, 10, QLatin1Char('0')), ContactPoint::Label::Mobile},
                    {QStringLiteral("+44 20 8%1").arg(c.id, 6, 10, QLatin1Char('0')), ContactPoint::Label::Home}};
        text += Csv::line({c.name, c.company, c.notes, QStringLiteral("* Work"), c.emails.at(0).value, QStringLiteral("Home"),
                           c.emails.at(1).value, QStringLiteral("Other"), c.emails.at(2).value, QStringLiteral("Work"),
                           c.phones.at(0).value, QStringLiteral("Mobile"), c.phones.at(1).value, QStringLiteral("Home"),
                           c.phones.at(2).value});
        rows->append(rowOf(c));
    }
    *csv = text.toUtf8();
}

struct ImportTimes
{
    std::vector<double> samples;
    std::vector<double> floorSamples;
    std::vector<double> load, analyse, resolve, store; ///< each run's parts
    qsizetype imported = 0;
};

/**
 * Rapport's import path (load, analyse, resolve, importClients) of @p data into an empty file,
 * @p runs times, and its floor: @p rows inserted with one prepared statement in one transaction
 * into a file with the same schema and pragmas.
 */
ImportTimes timeImport(const QByteArray &data, const QVector<QVector<QVariant>> &rows, const QTemporaryDir &tempDir, int runs)
{
    ImportTimes times;
    for (int run = 0; run < runs; ++run) {
        const QString path = tempDir.filePath(QStringLiteral("import-%1.rapport").arg(run));
        {
            ClientStore target;
            if (!target.open(path))
                die(target.errorString());
            QElapsedTimer timer;
            timer.start();
            QElapsedTimer part;
            part.start();
            ClientImport import;
            QString error;
            if (!import.load(data, &error))
                die(QStringLiteral("import: ") + error);
            times.load.push_back(msSince(part));
            part.restart();
            const ImportResult result = import.analyse(target);
            times.analyse.push_back(msSince(part));
            part.restart();
            if (!result.problems.isEmpty())
                die(QStringLiteral("import: line %1: %2")
                        .arg(result.problems.constFirst().line)
                        .arg(result.problems.constFirst().reason));
            QVector<ClientRecord> additions;
            QVector<Client> updates;
            import.resolve(result,
                           QVector<ClientImport::DuplicatePolicy>(result.duplicates.size(), ClientImport::DuplicatePolicy::Skip),
                           target, &additions, &updates);
            times.resolve.push_back(msSince(part));
            part.restart();
            QVector<qint64> added;
            QVector<qint64> changes;
            if (!target.importClients(additions, updates, &added, &changes))
                die(target.errorString());
            times.store.push_back(msSince(part));
            times.samples.push_back(msSince(timer));
            times.imported = added.size();
        }
        removeDatabaseFiles(path);
    }

    // Floor: the same rows inserted with one prepared statement in one transaction, into a
    // file with the same schema and pragmas.
    QString placeholders;
    for (int i = 0; i < 27; ++i)
        placeholders += i ? QStringLiteral(", ?") : QStringLiteral("?");
    const QString insert = QStringLiteral("INSERT INTO clients (") + QLatin1String(ClientColumnList)
        + QStringLiteral(") VALUES (") + placeholders + QStringLiteral(")");
    for (int run = 0; run < runs; ++run) {
        const QString path = tempDir.filePath(QStringLiteral("floor-%1.rapport").arg(run));
        {
            ClientStore schema;
            if (!schema.open(path))
                die(schema.errorString());
        }
        const QString connection = QStringLiteral("bench-insert-%1").arg(run);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            if (!db.open())
                die(db.lastError().text());
            QString error;
            if (!SqliteDialect::instance().configure(db, false, &error))
                die(error);
            QElapsedTimer timer;
            timer.start();
            db.transaction();
            {
                QSqlQuery query(db);
                if (!query.prepare(insert))
                    die(query.lastError().text());
                for (const QVector<QVariant> &row : std::as_const(rows)) {
                    for (int i = 0; i < row.size(); ++i)
                        query.bindValue(i, row.at(i));
                    if (!query.exec())
                        die(query.lastError().text());
                }
            }
            if (!db.commit())
                die(db.lastError().text());
            times.floorSamples.push_back(msSince(timer));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        removeDatabaseFiles(path);
    }
    return times;
}

// ---------------------------------------------------------------------------------------------
// Reading mail (issue 18)

namespace {

/**
 * Writes an mbox file of @p messages emails between the owner and @p clients clients (about
 * 500 bytes each, 50 MB for 100,000): threads with In-Reply-To and References, a few Cc's, one
 * name in six in encoded words, one message in twenty from a mailing list, and bodies with a
 * quoted ">From " line. Returns the file's size.
 */
qint64 writeMailbox(const QString &path, int messages, int clients, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        die(QStringLiteral("cannot write %1").arg(path));
    QRandomGenerator random(seed);
    const QDateTime start(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    const QByteArray body = QByteArray("Hello,\n\nthank you for your order; the delivery is planned for next week.\n"
                                       ">From our side everything is ready.\n\nKind regards\n");
    QByteArray chunk;
    for (int i = 0; i < messages; ++i) {
        const QByteArray client = "client" + QByteArray::number(random.bounded(std::max(clients, 1))) + "@example.com";
        const bool fromOwner = random.bounded(2) == 0;
        const QByteArray owner = "owner@shop.example";
        const QByteArray name = i % 6 == 0 ? QByteArray("=?utf-8?Q?Zo=C3=AB_M=C3=BCller?=") : QByteArray("Anna Berg");
        const QDateTime date = start.addSecs(qint64(i) * 600);
        chunk += "From " + (fromOwner ? owner : client) + " " + date.toString(QStringLiteral("ddd MMM d hh:mm:ss yyyy")).toLatin1() + "\n";
        const QByteArray ownerAddress = "Shop <" + owner + ">";
        const QByteArray clientAddress = name + " <" + client + ">";
        chunk += "From: " + (fromOwner ? ownerAddress : clientAddress) + "\n";
        chunk += "To: " + (fromOwner ? clientAddress : ownerAddress) + "\n";
        if (i % 4 == 0)
            chunk += "Cc: office@shop.example, client" + QByteArray::number(random.bounded(std::max(clients, 1))) + "@example.com\n";
        chunk += "Date: " + date.toString(QStringLiteral("ddd, d MMM yyyy hh:mm:ss +0000")).toLatin1() + "\n";
        chunk += "Subject: " + QByteArray(i % 3 ? "Re: " : "") + "Order " + QByteArray::number(10000 + i / 3) + "\n";
        chunk += "Message-ID: <" + QByteArray::number(i) + ".bench@shop.example>\n";
        if (i % 3) {
            chunk += "In-Reply-To: <" + QByteArray::number(i - 1) + ".bench@shop.example>\n";
            chunk += "References: <" + QByteArray::number(i - i % 3) + ".bench@shop.example>\n";
        }
        if (i % 20 == 0)
            chunk += "List-Id: Shop news <news.shop.example>\n";
        chunk += "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body + "\n";
        if (chunk.size() > 1024 * 1024) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return file.size();
}

/** The floor: GMime alone on @p path, each message's addresses, date, subject and ids asked for; returns the messages. */
qint64 readMailboxWithGMimeAlone(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        die(QStringLiteral("cannot read %1").arg(path));
    GMimeStream *stream = g_mime_stream_fs_new(fd);
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    g_object_unref(stream);
    g_mime_parser_set_format(parser, GMIME_FORMAT_MBOX);
    qint64 count = 0;
    qint64 seen = 0;
    while (!g_mime_parser_eos(parser)) {
        GMimeMessage *message = g_mime_parser_construct_message(parser, nullptr);
        if (!message)
            break;
        ++count;
        const auto addresses = [&seen](InternetAddressList *list) {
            if (!list)
                return;
            for (int i = 0; i < internet_address_list_length(list); ++i) {
                InternetAddress *address = internet_address_list_get_address(list, i);
                if (INTERNET_ADDRESS_IS_MAILBOX(address))
                    seen += qint64(qstrlen(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))));
                seen += qint64(qstrlen(internet_address_get_name(address)));
            }
        };
        addresses(g_mime_message_get_from(message));
        addresses(g_mime_message_get_to(message));
        addresses(g_mime_message_get_cc(message));
        if (GDateTime *date = g_mime_message_get_date(message))
            seen += g_date_time_to_unix(date) & 1;
        seen += qint64(qstrlen(g_mime_message_get_subject(message)));
        seen += qint64(qstrlen(g_mime_message_get_message_id(message)));
        seen += qint64(qstrlen(g_mime_object_get_header(GMIME_OBJECT(message), "In-Reply-To")));
        seen += qint64(qstrlen(g_mime_object_get_header(GMIME_OBJECT(message), "References")));
        seen += qint64(qstrlen(g_mime_object_get_header(GMIME_OBJECT(message), "List-Id")));
        g_object_unref(message);
    }
    g_object_unref(parser);
    return seen >= 0 ? count : -1;
}

/**
 * Reading an mbox file of @p messages emails with MailboxReader, @p runs times, against its
 * floor, GMime alone on the same file (the page cache warm for both).
 */
Result mailReadingResult(const QTemporaryDir &tempDir, int messages, int clients, quint32 seed, int runs)
{
    const QString path = tempDir.filePath(QStringLiteral("Inbox"));
    const qint64 size = writeMailbox(path, messages, clients, seed);
    std::vector<double> samples, floorSamples;
    qint64 read = 0, skipped = 0, floorRead = 0;
    // Not timed: the page cache warmed, and GMime set up by the reader's first parser.
    MailboxReader(path).read([](const MailMessage &) { return true; });
    // The clients the mail is matched against: client<i>@example.com, as writeMailbox() writes them.
    QVector<Client> known(clients);
    for (int i = 0; i < clients; ++i) {
        known[i].id = i + 1;
        known[i].name = QStringLiteral("Client %1").arg(i);
        known[i].emails = {ContactPoint{QStringLiteral("client%1@example.com").arg(i), ContactPoint::Label::Work}};
    }
    qint64 logged = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        // What a reading does in memory: the reader, and the mail log's rules over each batch
        // (the batches' writes to the database are not in it).
        MailboxReader reader(path);
        MailLog log(known, SegmentationRules(), LapseRules(), {QStringLiteral("owner@shop.example")});
        QVector<MailMessage> batch;
        logged = 0;
        const auto flush = [&] {
            logged += log.read(batch).additions.size();
            batch.clear();
        };
        reader.read([&](const MailMessage &m) {
            batch.append(m);
            if (batch.size() == MailReadJob::BatchSize)
                flush();
            return true;
        });
        flush();
        samples.push_back(msSince(timer));
        read = reader.messagesRead();
        skipped = reader.messagesSkipped();
        if (logged <= 0)
            die(QStringLiteral("the mailbox was read without logging an email"));

        timer.start();
        floorRead = readMailboxWithGMimeAlone(path);
        floorSamples.push_back(msSince(timer));
    }
    QFile::remove(path);
    if (read != messages || floorRead != messages || skipped != 0)
        die(QStringLiteral("read %1 of %2 messages (%3 skipped), GMime alone %4").arg(read).arg(messages).arg(skipped).arg(floorRead));
    return Result{QStringLiteral("read a %1-message mbox against %2 clients").arg(messages).arg(clients), median(samples), median(floorSamples),
                  QStringLiteral("<= 2x floor"), [](const Result &r) { return r.ratio().value_or(99) <= 2.0; },
                  QStringLiteral("MailboxReader and MailLog's rules on %1 MB, runs %2 ms, %3 messages, %4 emails logged; "
                                 "floor: GMime alone parsing the same file in mbox mode and asking each message for its "
                                 "headers, runs %5 ms")
                      .arg(double(size) / 1e6, 0, 'f', 1)
                      .arg(summary(samples))
                      .arg(read)
                      .arg(logged)
                      .arg(summary(floorSamples))};
}

} // namespace


/** The text of one report row, made before the PDF floor is timed. */
struct PdfFloorRow
{
    QString rank, name, company, lastContact, overdue;
    QStringList reasons;
    QString action;
};

/**
 * The PDF floor: a bare QPdfWriter with the report's page size, margins, resolution and fonts
 * that draws the chart picture and the same rows' text, @p rowsPerPage rows of one fixed
 * height per page, each text as one line at its column (a reason per line), with no measuring
 * or wrapping. Returns the milliseconds taken.
 */
double pdfFloor(const QVector<PdfFloorRow> &rows, const QImage &picture, int rowsPerPage, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        die(QStringLiteral("cannot write %1").arg(path));
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(FollowUpReport::defaultPageSize(), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        QPainter painter(&writer);
        const QRectF paintRect = writer.pageLayout().paintRect(QPageLayout::Point);
        const qreal scale = writer.logicalDpiX() / 72.0;
        painter.scale(scale, scale);
        const qreal width = paintRect.width();
        const qreal rowHeight = (paintRect.height() - 18) / rowsPerPage;
        const auto fontOf = [](int pixels, bool bold) {
            QFont f(QStringLiteral("DejaVu Sans"));
            f.setPixelSize(pixels);
            f.setBold(bold);
            f.setHintingPreference(QFont::PreferNoHinting);
            return f;
        };
        const QFont body = fontOf(9, false), bold = fontOf(9, true), small = fontOf(8, false);
        // The report's columns: box, rank, client, last contact, overdue, reasons, action.
        const qreal left[] = {0, 0.03, 0.07, 0.25, 0.36, 0.45, 0.69};
        const qreal line = 10;
        painter.drawImage(QRectF(0, 0, width, width * picture.height() / picture.width()), picture);
        writer.newPage();
        for (int r = 0; r < rows.size(); ++r) {
            if (r > 0 && r % rowsPerPage == 0)
                writer.newPage();
            const PdfFloorRow &row = rows.at(r);
            const qreal y = (r % rowsPerPage) * rowHeight + line;
            painter.setFont(bold);
            painter.drawText(QPointF(left[1] * width, y), row.rank);
            painter.drawText(QPointF(left[2] * width, y), row.name);
            painter.drawText(QPointF(left[4] * width, y), row.overdue);
            painter.setFont(body);
            painter.drawText(QPointF(left[2] * width, y + line), row.company);
            painter.drawText(QPointF(left[3] * width, y), row.lastContact);
            painter.setFont(small);
            for (int i = 0; i < row.reasons.size(); ++i)
                painter.drawText(QPointF(left[5] * width, y + i * line), row.reasons.at(i));
            painter.drawText(QPointF(left[6] * width, y), row.action);
        }
    }
    file.close();
    return msSince(timer);
}

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    Options options;
    bool setup = false;
    QString setupPath;
    parseOptions(args, &options, &setup, &setupPath);
    // The pinned pass pins itself before anything starts a thread.
    if (!options.pinnedResults.isEmpty())
        pinToOneCore();

    if (setup) {
        QCoreApplication app(argc, argv);
        runSetup(setupPath, options);
    }
    if (!options.firstPaintKind.isEmpty()) {
        QApplication app(argc, argv);
        runFirstPaint(options.firstPaintKind, options.firstPaintDatabase);
    }

    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Whatever the widgets remember goes under the benchmark's name, never the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("rapport-bench"));

    QTemporaryDir tempDir;
    if (!tempDir.isValid())
        die(QStringLiteral("cannot create a temporary folder"));
    // The pinned pass measures the database the normal pass generated.
    const QString dbPath = options.database.isEmpty() ? tempDir.filePath(QStringLiteral("bench.rapport")) : options.database;
    const int n = options.runs;
    const int slow = options.slowRuns;

    out(QStringLiteral("rapport-bench: %1 clients, %2 interactions requested; %3 runs (%4 for import, open, plan, pdf); "
                       "platform %5; %6 CPU threads, %7 allowed to this process")
            .arg(options.clients)
            .arg(options.interactions)
            .arg(n)
            .arg(slow)
            .arg(QGuiApplication::platformName())
            .arg(QThread::idealThreadCount())
            .arg(allowedCores()));

    // Set-up, not measured: the data is generated and stored by a child process, so that its
    // memory does not count in this process's peak.
    if (options.database.isEmpty()) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--internal-setup"), dbPath, QStringLiteral("--clients"), QString::number(options.clients),
                     QStringLiteral("--interactions"), QString::number(options.interactions), QStringLiteral("--seed"),
                     QString::number(options.seed)});
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            die(QStringLiteral("could not generate the data"));
        out(QString::fromLocal8Bit(child.readAllStandardOutput()).trimmed());
    }

    QVector<Result> results;

    // --- open: store, contact statuses, list model, list and chart shown and painted ----------
    std::unique_ptr<Env> env;
    std::vector<double> openSamples;
    std::vector<double> storeSamples, trackerSamples, modelSamples, viewSamples;
    for (int run = 0; run < slow; ++run) {
        env.reset();
        flushEvents();
        QElapsedTimer timer;
        timer.start();
        env = openEnv(dbPath);
        openSamples.push_back(msSince(timer));
        storeSamples.push_back(env->split.store);
        trackerSamples.push_back(env->split.tracker);
        modelSamples.push_back(env->split.model);
        viewSamples.push_back(env->split.views);
    }
    const double peakRss = procStatusMb("VmHWM");
    const double rssNow = procStatusMb("VmRSS");
    ClientStore &store = *env->store;
    qint64 interactionCount = 0;
    store.forEachInteraction([&interactionCount](const Interaction &) {
        ++interactionCount;
        return true;
    });
    const int clientCount = store.count();
    std::vector<double> selectSamples;
    qint64 selectedRows = 0;
    for (int run = 0; run < slow; ++run) {
        QElapsedTimer timer;
        timer.start();
        selectedRows = selectFloor(dbPath, run);
        selectSamples.push_back(msSince(timer));
    }
    const QString sizeText = QStringLiteral("%1 clients / %2 interactions").arg(clientCount).arg(interactionCount);
    results.append({QStringLiteral("open ") + sizeText, median(openSamples), median(selectSamples),
                    QStringLiteral("<= 2x floor"), [](const Result &r) { return r.ratio().value_or(99) <= 2.0; },
                    QStringLiteral("runs %1 ms, until the list and the chart have painted (medians: the store's check and "
                                   "reading %4 ms, the contact statuses %5 ms, the list model %6 ms, the views shown and "
                                   "painted %7 ms); floor: plain SELECT of %2 rows (clients, interactions, history) into "
                                   "vectors of structs, runs %3 ms")
                        .arg(summary(openSamples))
                        .arg(selectedRows)
                        .arg(summary(selectSamples))
                        .arg(fmt(median(storeSamples)), fmt(median(trackerSamples)), fmt(median(modelSamples)),
                             fmt(median(viewSamples)))});
    const double searchIndexMb = double(env->model->searchIndex().memoryBytes()) / 1e6;
    out(QStringLiteral("opened %1: VmHWM %2 MB, VmRSS %3 MB; the list's search index holds %4 MB; the heap in use "
                       "held %5 MB before the last opening, which added %6 MB in the store, %7 MB in the contact "
                       "statuses, %8 MB in the list model and %9 MB in the views")
            .arg(sizeText)
            .arg(peakRss, 0, 'f', 0)
            .arg(rssNow, 0, 'f', 0)
            .arg(searchIndexMb, 0, 'f', 1)
            .arg(env->heap.before, 0, 'f', 1)
            .arg(env->heap.store, 0, 'f', 1)
            .arg(env->heap.tracker, 0, 'f', 1)
            .arg(env->heap.model, 0, 'f', 1)
            .arg(env->heap.views, 0, 'f', 1));

    const auto wanted = [&options](const char *workload) {
        return options.only.isEmpty() || options.only.contains(QLatin1String(workload));
    };
    const QDate today = env->tracker->today();
    ClientTableModel &model = *env->model;
    QLineEdit *search = env->panel->searchEdit();

    // --- first paint: Rapport started on this database, against an empty Qt Widgets program ----
    if (wanted("first-paint")) {
        // Each run is a new process of this program, timed from its start until a line arrives.
        const auto startChild = [&dbPath](const QString &kind, double *painted, double *ready) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QElapsedTimer timer;
            timer.start();
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--internal-first-paint"), kind, dbPath});
            const auto waitForLine = [&child](const QByteArray &expected) {
                while (!child.canReadLine()) {
                    if (!child.waitForReadyRead(120000))
                        die(QStringLiteral("the first-paint process ended without saying \"%1\"").arg(QString::fromLatin1(expected)));
                }
                if (child.readLine().trimmed() != expected)
                    die(QStringLiteral("the first-paint process said something else than \"%1\"").arg(QString::fromLatin1(expected)));
            };
            waitForLine("painted");
            *painted = msSince(timer);
            if (ready) {
                waitForLine("ready");
                *ready = msSince(timer);
            }
            if (!child.waitForFinished(120000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
                die(QStringLiteral("the first-paint process failed"));
        };
        std::vector<double> samples, floorSamples, readySamples;
        for (int run = 0; run < n; ++run) {
            double painted = 0, ready = 0;
            startChild(QStringLiteral("empty"), &painted, nullptr);
            floorSamples.push_back(painted);
            startChild(QStringLiteral("window"), &painted, &ready);
            samples.push_back(painted);
            readySamples.push_back(ready);
        }
        results.append({QStringLiteral("first paint of the main window"), median(samples), median(floorSamples),
                        QStringLiteral("<= 1.6x floor"), [](const Result &r) { return r.ratio().value_or(99) <= 1.6; },
                        QStringLiteral("Rapport's window started on the database as app/main.cpp does (show, then open), "
                                       "from the process's start until its first frame, runs %1 ms; floor: a program "
                                       "showing an empty QWidget of the same size, timed the same way, runs %2 ms; the "
                                       "window had read and painted the data after %3 ms (median; runs %4)")
                            .arg(summary(samples))
                            .arg(summary(floorSamples))
                            .arg(median(readySamples), 0, 'f', 0)
                            .arg(summary(readySamples))});
    }

    // --- filter: a keystroke in the search field until the list has repainted ------------------
    if (wanted("filter")) {
        std::vector<double> first, refine, erase, all, calls;
        int chartRepaints = 0;
        std::vector<double> chartCaughtUp;
        auto keystroke = [&](const QString &text, std::vector<double> &bucket) {
            flushEvents();
            const int before = env->listSpy.paints;
            const int chartBefore = env->chartSpy.paints;
            QElapsedTimer timer;
            timer.start();
            search->setText(text); // textChanged -> model -> countsChanged -> count label; rows
            calls.push_back(msSince(timer));
            if (!waitForPaint(env->listSpy, before))
                env->panel->view()->viewport()->repaint();
            const double ms = msSince(timer);
            // Then pause as a typist does, until the chart has followed (not timed as the keystroke).
            QElapsedTimer pause;
            pause.start();
            while (env->chartSpy.paints == chartBefore && pause.elapsed() < QuadrantChartView::FilterDelayMs + 100) {
                QCoreApplication::sendPostedEvents();
                QCoreApplication::processEvents(QEventLoop::AllEvents);
            }
            if (env->chartSpy.paints > chartBefore) {
                ++chartRepaints;
                chartCaughtUp.push_back(msSince(timer));
            }
            bucket.push_back(ms);
            all.push_back(ms);
        };
        for (int run = 0; run < n; ++run) {
            // The first three letters of a client's first name, typed one by one, then a backspace.
            QString word;
            for (int k = 0; k < clientCount && word.isEmpty(); ++k) {
                const QString candidate = store.at(int((qint64(run) * 7919 + qint64(k) * 104729) % clientCount))
                                              .name.section(QLatin1Char(' '), 0, 0)
                                              .toLower();
                if (candidate.size() >= 3)
                    word = candidate.left(3);
            }
            if (word.isEmpty())
                word = QStringLiteral("ann");
            search->setText(QString());
            keystroke(word.left(1), first);
            keystroke(word.left(2), refine);
            keystroke(word.left(3), refine);
            keystroke(word.left(2), erase);
        }
        // The field cleared, and the chart given the time to follow it (FilterDelayMs later), so
        // that the next workload finds every client shown on the chart too.
        const int chartBefore = env->chartSpy.paints;
        search->setText(QString());
        QElapsedTimer pause;
        pause.start();
        while (env->chartSpy.paints == chartBefore && pause.elapsed() < QuadrantChartView::FilterDelayMs + 100) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        }
        flushEvents();
        results.append({QStringLiteral("filter: one keystroke"), median(all), std::nullopt, QStringLiteral("<= 8 ms"),
                        [](const Result &r) { return r.median <= 8.0; },
                        QStringLiteral("typed into the list's search field, until the list has repainted with the new "
                                       "count; medians: first letter %1 ms, further letters %2 ms, backspace %3 ms; "
                                       "of which the model (setText returning) %4 ms and the repaint the rest; the chart "
                                       "followed (%7 ms after the change) in %5 of %6 keystrokes, the other times its "
                                       "dots stayed the same")
                            .arg(fmt(median(first)), fmt(median(refine)), fmt(median(erase)), fmt(median(calls)))
                            .arg(chartRepaints)
                            .arg(all.size())
                            .arg(chartCaughtUp.empty() ? QStringLiteral("-") : fmt(median(chartCaughtUp)))});
    }

    // --- sort by name -------------------------------------------------------------------------
    if (wanted("sort")) {
        std::vector<double> samples, calls;
        int chartRepaints = 0;
        for (int run = 0; run < n; ++run) {
            flushEvents();
            const Qt::SortOrder order = run % 2 ? Qt::AscendingOrder : Qt::DescendingOrder;
            const int before = env->listSpy.paints;
            const int chartBefore = env->chartSpy.paints;
            QElapsedTimer timer;
            timer.start();
            model.sort(ClientTableModel::NameColumn, order);
            calls.push_back(msSince(timer));
            if (!waitForPaint(env->listSpy, before))
                env->panel->view()->viewport()->repaint();
            samples.push_back(msSince(timer));
            if (env->chartSpy.paints > chartBefore)
                ++chartRepaints;
        }
        // Floor: std::sort of the row numbers by precomputed collation keys of the names, made
        // with the list's collator settings (making the keys is not timed).
        QCollator collator;
        if (QLocale().language() == QLocale::C)
            collator.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::vector<QCollatorSortKey> keys;
        keys.reserve(size_t(clientCount));
        for (const Client &c : store.clients())
            keys.push_back(collator.sortKey(c.name));
        std::vector<double> floorSamples;
        for (int run = 0; run < n; ++run) {
            std::vector<int> order(static_cast<size_t>(clientCount));
            for (int i = 0; i < clientCount; ++i)
                order[size_t(i)] = i;
            const bool descending = run % 2 == 0;
            QElapsedTimer timer;
            timer.start();
            std::sort(order.begin(), order.end(), [&](int a, int b) {
                const int c = keys[size_t(a)].compare(keys[size_t(b)]);
                return descending ? c > 0 : c < 0;
            });
            floorSamples.push_back(msSince(timer));
        }
        model.sort(ClientTableModel::NameColumn, Qt::AscendingOrder);
        flushEvents();
        results.append({QStringLiteral("sort by name"), median(samples), median(floorSamples), QStringLiteral("<= 70 ms"),
                        [](const Result &r) { return r.median <= 70.0; },
                        QStringLiteral("runs %1 ms, alternating descending/ascending, until the list has repainted; floor: "
                                       "std::sort of row numbers by precomputed QCollatorSortKeys of the names, runs %2 ms; of the total, "
                                       "ClientTableModel::sort itself took %3 ms (median) and the repaint the rest; the "
                                       "chart repainted in %4 of %5 sorts")
                            .arg(summary(samples), summary(floorSamples), fmt(median(calls)))
                            .arg(chartRepaints)
                            .arg(samples.size())});
    }

    // --- drag: one mouse move on the chart until the viewport has repainted ------------------
    if (wanted("drag")) {
        QuadrantChartView *chart = env->chart;
        QWidget *viewport = chart->viewport();
        flushEvents();
        // The client nearest the middle of the chart, so that the drag stays inside it.
        int pick = 0;
        double best = 1e9;
        for (int row = 0; row < clientCount; ++row) {
            const Client &c = store.at(row);
            const double d = std::hypot(c.satisfaction - 4.3, c.repurchase - 4.3);
            if (d < best) {
                best = d;
                pick = row;
            }
        }
        const QPoint start = chart->viewportPosition(QPointF(store.at(pick).satisfaction, store.at(pick).repurchase));
        auto send = [&](QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons) {
            QMouseEvent event(type, QPointF(pos), QPointF(viewport->mapToGlobal(pos)), button, buttons, Qt::NoModifier);
            QCoreApplication::sendEvent(viewport, &event);
        };
        // Chosen first, as in the list: past a few thousand spots the chart shows density, and
        // only the selected client has a dot to grab.
        chart->setSelectedClient(store.at(pick).id);
        send(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
        flushEvents();
        // The first move starts the drag (the picture of the other dots is made then): not measured.
        send(QEvent::MouseMove, start + QPoint(15, -10), Qt::NoButton, Qt::LeftButton);
        waitForPaint(env->chartSpy, env->chartSpy.paints);
        flushEvents();
        const bool dragging = chart->dotsItem()->isDragging();
        std::vector<double> samples;
        for (int run = 0; run < std::max(n, 5) * 2; ++run) {
            const QPoint pos = start + (run % 2 ? QPoint(15, -10) : QPoint(40, -30));
            flushEvents();
            const int before = env->chartSpy.paints;
            QElapsedTimer timer;
            timer.start();
            send(QEvent::MouseMove, pos, Qt::NoButton, Qt::LeftButton);
            if (!waitForPaint(env->chartSpy, before))
                viewport->repaint();
            samples.push_back(msSince(timer));
        }
        QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
        QCoreApplication::sendEvent(chart, &escape);
        send(QEvent::MouseButtonRelease, start, Qt::LeftButton, Qt::NoButton);
        flushEvents();

        // Floor: a bare QPainter drawing a dot of the same size at every client's position.
        const qreal dpr = viewport->devicePixelRatioF();
        QVector<QPointF> points;
        points.reserve(clientCount);
        for (const Client &c : store.clients())
            points.append(QPointF(chart->viewportPosition(QPointF(c.satisfaction, c.repurchase))));
        std::vector<double> floorSamples;
        for (int run = 0; run < n; ++run) {
            QElapsedTimer timer;
            timer.start();
            QImage image(viewport->size() * dpr, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(dpr);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0x2e, 0x7d, 0x32));
            const qreal r = ClientDotsItem::DotDiameter / 2.0;
            for (const QPointF &p : std::as_const(points))
                painter.drawEllipse(p, r, r);
            painter.end();
            floorSamples.push_back(msSince(timer));
        }
        results.append({QStringLiteral("drag: one step on the chart"), median(samples), median(floorSamples),
                        QStringLiteral("<= 16 ms, 2x fl."),
                        [](const Result &r) { return r.median <= 16.0 && r.ratio().value_or(99) <= 2.0; },
                        QStringLiteral("%1; mouse move to the finished repaint of the %2x%3 viewport, runs %4 ms; floor: QPainter "
                                       "drawing %5 antialiased %6 px dots into a QImage of that size, runs %7 ms")
                            .arg(dragging ? QStringLiteral("dot dragged") : QStringLiteral("WARNING: the drag did not start"))
                            .arg(viewport->width())
                            .arg(viewport->height())
                            .arg(summary(samples))
                            .arg(points.size())
                            .arg(ClientDotsItem::DotDiameter)
                            .arg(summary(floorSamples))});
    }

    // --- commit of one move (the write, with its history row) --------------------------------
    if (wanted("commit")) {
        const int row = clientCount / 2;
        const qint64 id = store.at(row).id;
        const double sat = store.at(row).satisfaction;
        const double rep = store.at(row).repurchase;
        const double other = sat >= 5 ? sat - 1.0 : sat + 1.0;
        const int historyBefore = store.history(id).size();
        std::vector<double> samples;
        for (int run = 0; run < n; ++run) {
            flushEvents();
            QElapsedTimer timer;
            timer.start();
            if (!store.moveClient(id, run % 2 ? sat : other, rep))
                die(store.errorString());
            samples.push_back(msSince(timer));
        }
        flushEvents();
        results.append({QStringLiteral("commit one move"), median(samples), std::nullopt, QStringLiteral("<= 5 ms"),
                        [](const Result &r) { return r.median <= 5.0; },
                        QStringLiteral("ClientStore::moveClient with the list and the chart listening, runs %1 ms; %2 history "
                                       "rows written")
                            .arg(summary(samples))
                            .arg(store.history(id).size() - historyBefore)});
    }

    // --- one change made elsewhere, as the list, the chart and the details hear of it ----------
    // The store reads a change from another Rapport into memory and then emits its usual
    // signals (clientChanged, historyChanged). Here the move is written with the store's signals
    // blocked, and the signals are then emitted by hand: what is timed is the views' share,
    // which is all that an incoming change costs beyond reading one row.
    if (wanted("elsewhere")) {
        const int row = clientCount / 3;
        const qint64 id = store.at(row).id;
        const double sat = store.at(row).satisfaction;
        const double rep = store.at(row).repurchase;
        const double other = sat >= 5 ? sat - 2.5 : sat + 2.5;
        const QString name = store.at(row).name;
        std::vector<double> samples;
        std::vector<double> paintSamples;
        std::vector<double> renameSamples;
        for (int run = 0; run < std::max(n, 5) * 2; ++run) {
            flushEvents();
            const Client before = store.at(row);
            {
                const QSignalBlocker quiet(&store);
                if (!store.moveClient(id, run % 2 ? sat : other, rep))
                    die(store.errorString());
            }
            const int paintsBefore = env->chartSpy.paints;
            QElapsedTimer timer;
            timer.start();
            Q_EMIT store.clientChanged(row, before);
            Q_EMIT store.historyChanged(id);
            samples.push_back(msSince(timer));
            if (!waitForPaint(env->chartSpy, paintsBefore))
                env->chart->viewport()->repaint();
            paintSamples.push_back(msSince(timer));

            // A rename: the list finds the client's new place among the names.
            flushEvents();
            const Client unrenamed = store.at(row);
            Client renamed = unrenamed;
            renamed.name = run % 2 ? name : QStringLiteral("Aaron ") + name;
            {
                const QSignalBlocker quiet(&store);
                if (!store.updateClient(renamed))
                    die(store.errorString());
            }
            QElapsedTimer renameTimer;
            renameTimer.start();
            Q_EMIT store.clientChanged(row, unrenamed);
            renameSamples.push_back(msSince(renameTimer));
        }
        flushEvents();
        results.append({QStringLiteral("one change made elsewhere"), median(samples), std::nullopt, QStringLiteral("<= 2 ms"),
                        [](const Result &r) { return r.median <= 2.0; },
                        QStringLiteral("a client moved by another Rapport: the store's clientChanged and historyChanged "
                                       "through the list model, the filter, the tracker and the dots, runs %1 ms; until "
                                       "the chart has painted it, runs %2 ms; a rename instead of a move, runs %3 ms")
                            .arg(summary(samples), summary(paintSamples), summary(renameSamples))});
    }

    // --- plan -----------------------------------------------------------------------------------
    FollowUpPlan plan;
    if (wanted("plan") || wanted("pdf")) {
        std::vector<double> samples;
        for (int run = 0; run < slow; ++run) {
            plan = FollowUpPlan(); // freeing the previous run's plan is not planning
            QElapsedTimer timer;
            timer.start();
            plan = FollowUpPlanner::plan(*env->tracker);
            samples.push_back(msSince(timer));
        }
        results.append({QStringLiteral("plan follow-ups"), median(samples), std::nullopt, QStringLiteral("<= 100 ms"),
                        [](const Result &r) { return r.median <= 100.0; },
                        QStringLiteral("FollowUpPlanner::plan(tracker), runs %1 ms; %2 clients on the list")
                            .arg(summary(samples))
                            .arg(plan.items.size())});
    }

    // --- pdf ------------------------------------------------------------------------------------
    if (wanted("pdf")) {
        FollowUpPlan top = plan;
        if (top.items.size() > 1000)
            top.items.resize(1000);
        // The floor's text: what the report prints in each row, made before the floor is timed.
        QVector<PdfFloorRow> floorRows;
        for (const FollowUpItem &item : std::as_const(top.items)) {
            PdfFloorRow row;
            row.rank = QString::number(item.rank);
            row.name = item.client.displayName();
            row.company = item.client.company == row.name ? QString() : item.client.company;
            row.lastContact = item.status.lastContact.isValid()
                ? QLocale().toString(item.status.lastContact.toLocalTime().date(), QLocale::ShortFormat)
                : QStringLiteral("never contacted");
            row.overdue = item.status.isOverdue ? QStringLiteral("%1 days").arg(item.status.daysOverdue) : QString();
            row.reasons = item.reasons;
            row.action = item.action;
            floorRows.append(row);
        }
        std::vector<double> samples, pictureSamples, floorSamples, bareSamples;
        int pages = 0;
        qint64 bytes = 0, floorBytes = 0;
        for (int run = 0; run < slow; ++run) {
            const QString pdf = tempDir.filePath(QStringLiteral("report-%1.pdf").arg(run));
            QElapsedTimer timer;
            timer.start();
            const QImage picture = FollowUpReport::chartPicture(&store, env->tracker.get());
            pictureSamples.push_back(msSince(timer));
            FollowUpReport report(top, store.setting(FollowUpReport::businessNameKey()), picture);
            QString error;
            if (!report.writePdf(pdf, &error))
                die(error);
            samples.push_back(msSince(timer));
            pages = report.pageCount();
            bytes = QFileInfo(pdf).size();
            QFile::remove(pdf);
            // The floor: the same picture and rows on as many pages, rows spread evenly over them.
            const QString floorPdf = tempDir.filePath(QStringLiteral("floor-%1.pdf").arg(run));
            const int rowsPerPage = int((floorRows.size() + std::max(pages - 1, 1) - 1) / std::max(pages - 1, 1));
            // The picture is the same work in both, so the floor counts its making too.
            const double bare = pdfFloor(floorRows, picture, std::max(rowsPerPage, 1), floorPdf);
            bareSamples.push_back(bare);
            floorSamples.push_back(pictureSamples.back() + bare);
            floorBytes = QFileInfo(floorPdf).size();
            QFile::remove(floorPdf);
        }
        results.append({QStringLiteral("pdf report of the top %1 items").arg(top.items.size()), median(samples), median(floorSamples),
                        QStringLiteral("<= 2x floor"), [](const Result &r) { return r.ratio().value_or(99) <= 2.0; },
                        QStringLiteral("chart picture + FollowUpReport::writePdf, runs %1 ms (the picture: %2 ms); %3 pages, "
                                       "%4 KB; floor: the same picture made, then a bare QPdfWriter drawing it and the rows' "
                                       "text, one line per text, in the same page layout and fonts, runs %5 ms (the drawing: "
                                       "%6 ms), %7 KB; writePdf alone is %8x the bare drawing")
                            .arg(summary(samples), summary(pictureSamples))
                            .arg(pages)
                            .arg(bytes / 1024)
                            .arg(summary(floorSamples), summary(bareSamples))
                            .arg(floorBytes / 1024)
                            .arg(fmt((median(samples) - median(pictureSamples)) / median(bareSamples)))});
    }

    // --- import: Rapport's import path on the clients' own CSV export, and on a Google Contacts
    // export of the same clients with three emails and three phones each --------------------------
    if (wanted("import")) {
        const QByteArray csv = ClientExport::clientsCsv(store, today);
        QVector<QVector<QVariant>> rows;
        rows.reserve(clientCount);
        for (const Client &c : store.clients())
            rows.append(rowOf(c));
        QByteArray google;
        QVector<QVector<QVariant>> googleRows;
        googleContacts(store, &google, &googleRows);
        env.reset();
        flushEvents();
        const auto importResult = [&](const QString &name, const QByteArray &data, const QVector<QVector<QVariant>> &floorRows) {
            const ImportTimes times = timeImport(data, floorRows, tempDir, slow);
            return Result{name, median(times.samples), median(times.floorSamples), QStringLiteral("<= 1.5x floor"),
                          [](const Result &r) { return r.ratio().value_or(99) <= 1.5; },
                          QStringLiteral("load + analyse + resolve + importClients of %1 MB of CSV into an empty database, "
                                         "runs %2 ms, %3 clients added (medians: load %5, analyse %6, resolve %7, "
                                         "importClients %8 ms); floor: prepared INSERT of the same rows in one "
                                         "transaction, runs %4 ms")
                              .arg(double(data.size()) / 1e6, 0, 'f', 1)
                              .arg(summary(times.samples))
                              .arg(times.imported)
                              .arg(summary(times.floorSamples))
                              .arg(fmt(median(times.load)), fmt(median(times.analyse)), fmt(median(times.resolve)),
                                   fmt(median(times.store)))};
        };
        results.prepend(importResult(QStringLiteral("import %1-row Google CSV, 3 emails + 3 phones each").arg(clientCount), google,
                                     googleRows));
        results.prepend(importResult(QStringLiteral("import %1-row client CSV").arg(clientCount), csv, rows));
    }

    // --- reading mail: one message a client, through MailboxReader, against GMime alone ---------
    // The measure: as many messages as clients (100,000), matched against 10,000 clients.
    if (wanted("mail"))
        results.append(mailReadingResult(tempDir, clientCount, std::min(clientCount, 10000), options.seed, slow));

    printTable(results, peakRss);
    QVector<Run> runs{Run{allowedCores(), results, peakRss, searchIndexMb}};
    if (!options.pinnedResults.isEmpty()) {
        if (!writeJson(options.pinnedResults, runs))
            die(QStringLiteral("cannot write %1").arg(options.pinnedResults));
        return 0;
    }
    if (options.oneCore) {
        // The same workloads on the same database, in a new process of this program that pins
        // itself to one core before it starts: every thread and child process it starts inherits that.
        out(QString());
        out(QStringLiteral("Again, pinned to one core:"));
        const QString pinnedJson = tempDir.filePath(QStringLiteral("one-core.json"));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--internal-pinned"), pinnedJson, dbPath, QStringLiteral("--clients"),
                     QString::number(options.clients), QStringLiteral("--interactions"), QString::number(options.interactions),
                     QStringLiteral("--runs"), QString::number(options.runs), QStringLiteral("--seed"),
                     QString::number(options.seed), QStringLiteral("--only"), options.only.join(QLatin1Char(','))});
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            die(QStringLiteral("the run on one core failed"));
        runs.append(readRun(pinnedJson, results));
        printSideBySide(runs.constFirst(), runs.constLast());
    }
    if (!options.json.isEmpty()) {
        if (!writeJson(options.json, runs))
            die(QStringLiteral("cannot write %1").arg(options.json));
        out(QStringLiteral("Wrote %1.").arg(QDir::toNativeSeparators(options.json)));
    }
    return 0;
}
