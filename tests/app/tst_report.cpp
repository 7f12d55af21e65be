// The headless follow-up report: rapport --database FILE --report OUT.pdf --as-of DATE,
// read back with poppler's pdftotext and pdfinfo as a person would read the PDF.

#include "clientstore.h"
#include "sampledatagenerator.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Rapport;

class tst_Report : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldListClientsInPriorityOrderWithTheirReasons();
    void shouldPrintMarkupInNamesLiterally();
    void shouldGrowInPagesWithTheNumberOfClients();
    void shouldFailWithOneLineForAPathThatCannotBeWritten();
    void shouldRefuseAMalformedDate_data();
    void shouldRefuseAMalformedDate();

private:
    QString makeDatabase(const QString &name, const QVector<ClientRecord> &records);
    int runReport(const QString &database, const QString &output, const QString &asOf, QString *stdErr = nullptr);
    QString pdfText(const QString &pdf, const QString &mode = QStringLiteral("-layout"));
    int pageCount(const QString &pdf);

    QTemporaryDir m_dir;
    const QDate m_today{2026, 11, 24};
};

namespace {

QDateTime daysAgo(QDate today, int days)
{
    return QDateTime(today.addDays(-days), QTime(10, 0), Qt::UTC);
}

ClientRecord record(const QString &name, double satisfaction, double repurchase, QDate today, int lastContactDaysAgo,
                    int unanswered = 0)
{
    ClientRecord r;
    r.client.name = name;
    r.client.company = name + QStringLiteral(" Ltd");
    r.client.satisfaction = satisfaction;
    r.client.repurchase = repurchase;
    r.client.createdAt = daysAgo(today, 400);
    r.client.updatedAt = r.client.createdAt;
    Interaction contact;
    contact.happenedAt = daysAgo(today, lastContactDaysAgo);
    contact.direction = Direction::Inbound;
    r.interactions.append(contact);
    for (int i = 0; i < unanswered; ++i) {
        Interaction attempt;
        attempt.happenedAt = daysAgo(today, lastContactDaysAgo - 1 - i);
        attempt.outcome = Outcome::NoAnswer;
        r.interactions.append(attempt);
    }
    return r;
}

} // namespace

void tst_Report::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (Debian package poppler-utils) is needed: packaging/quickstart.sh installs it");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(), "pdfinfo (poppler-utils) is needed");
}

QString tst_Report::makeDatabase(const QString &name, const QVector<ClientRecord> &records)
{
    const QString path = m_dir.filePath(name);
    ClientStore store;
    if (!store.open(path) || !store.addClientRecords(records))
        qFatal("cannot prepare %s: %s", qPrintable(path), qPrintable(store.errorString()));
    return path;
}

int tst_Report::runReport(const QString &database, const QString &output, const QString &asOf, QString *stdErr)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RAPPORT_EXECUTABLE),
                  {QStringLiteral("--database"), database, QStringLiteral("--report"), output, QStringLiteral("--as-of"), asOf});
    if (!process.waitForFinished(120000))
        return -1;
    if (stdErr)
        *stdErr = QString::fromLocal8Bit(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString tst_Report::pdfText(const QString &pdf, const QString &mode)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {mode, pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int tst_Report::pageCount(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdf});
    process.waitForFinished(60000);
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

void tst_Report::shouldListClientsInPriorityOrderWithTheirReasons()
{
    // GIVEN one client per group, each overdue, and a Loyalist in touch yesterday
    const QString database = makeDatabase(QStringLiteral("order.sqlite"), {
        record(QStringLiteral("Lena Loyal"), 8.0, 8.0, m_today, 200),
        record(QStringLiteral("Molly Mercenary"), 8.0, 2.0, m_today, 200),
        record(QStringLiteral("Hank Hostage"), 2.0, 8.0, m_today, 200),
        record(QStringLiteral("Dora Defector"), 2.0, 2.0, m_today, 200),
        record(QStringLiteral("Terry Terrorist"), 0.5, 0.5, m_today, 200),
        record(QStringLiteral("Quiet Quentin"), 3.0, 3.0, m_today, 60, 3),
        record(QStringLiteral("Fresh Fiona"), 8.0, 8.0, m_today, 1),
    });
    const QString pdf = m_dir.filePath(QStringLiteral("order.pdf"));

    // WHEN the report is written for a fixed day
    QCOMPARE(runReport(database, pdf, m_today.toString(Qt::ISODate)), 0);

    // THEN the clients appear Terrorist first, Defectors by days overdue, then Hostage,
    // Mercenary and Loyalist, and the client in touch yesterday is not on the list
    const QString text = pdfText(pdf).simplified();
    QVERIFY2(text.contains(QStringLiteral("Follow-up report")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("As of Tuesday, 24 November 2026")));
    const QStringList order = {QStringLiteral("Terry Terrorist"), QStringLiteral("Dora Defector"), QStringLiteral("Quiet Quentin"),
                               QStringLiteral("Hank Hostage"), QStringLiteral("Molly Mercenary"), QStringLiteral("Lena Loyal")};
    qsizetype previous = -1;
    for (const QString &name : order) {
        const qsizetype at = text.indexOf(name);
        QVERIFY2(at > previous, qPrintable(name + QStringLiteral(" is out of order in:\n") + text));
        previous = at;
    }
    QVERIFY2(!text.contains(QStringLiteral("Fresh Fiona")), "a client not due is left off the list");
    QVERIFY(text.contains(QStringLiteral("7 clients:")));
    QVERIFY(text.contains(QStringLiteral("no answer to 3 attempts")));
    QVERIFY(text.contains(QStringLiteral("overdue by 186 days")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of ")));
}

void tst_Report::shouldPrintMarkupInNamesLiterally()
{
    const QString tricky = QStringLiteral("<b>Bold</b> & \"Quoted\" <i>Co</i>");
    ClientRecord r = record(tricky, 2.0, 2.0, m_today, 90);
    const QString database = makeDatabase(QStringLiteral("markup.sqlite"), {r});
    const QString pdf = m_dir.filePath(QStringLiteral("markup.pdf"));
    QCOMPARE(runReport(database, pdf, m_today.toString(Qt::ISODate)), 0);
    // Narrow columns wrap the name: read the text in the order it was drawn, without white space.
    const auto squeezed = [](QString value) { return value.remove(QRegularExpression(QStringLiteral("\\s"))); };
    const QString text = pdfText(pdf, QStringLiteral("-raw"));
    QVERIFY2(squeezed(text).contains(squeezed(tricky)), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Bold Quoted")));
}

void tst_Report::shouldGrowInPagesWithTheNumberOfClients()
{
    const QDateTime now(m_today, QTime(12, 0), Qt::UTC);
    const QString small = makeDatabase(QStringLiteral("small.sqlite"), SampleDataGenerator(11).records(10, now));
    const QString large = makeDatabase(QStringLiteral("large.sqlite"), SampleDataGenerator(11).records(300, now));
    const QString smallPdf = m_dir.filePath(QStringLiteral("small.pdf"));
    const QString largePdf = m_dir.filePath(QStringLiteral("large.pdf"));
    QCOMPARE(runReport(small, smallPdf, m_today.toString(Qt::ISODate)), 0);
    QCOMPARE(runReport(large, largePdf, m_today.toString(Qt::ISODate)), 0);
    const int smallPages = pageCount(smallPdf);
    const int largePages = pageCount(largePdf);
    QVERIFY2(smallPages >= 1 && largePages > smallPages + 5,
             qPrintable(QStringLiteral("pages: %1 for 10 clients, %2 for 300").arg(smallPages).arg(largePages)));
    QVERIFY(pdfText(largePdf).contains(QStringLiteral("Page %1 of %1").arg(largePages)));
}

void tst_Report::shouldFailWithOneLineForAPathThatCannotBeWritten()
{
    const QString database = makeDatabase(QStringLiteral("unwritable.sqlite"), {record(QStringLiteral("Ann"), 2, 2, m_today, 90)});
    QString stdErr;
    const int code = runReport(database, QStringLiteral("/proc/rapport-no-such-dir/report.pdf"), m_today.toString(Qt::ISODate), &stdErr);
    QVERIFY(code > 0);
    const QStringList lines = stdErr.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().startsWith(QStringLiteral("rapport: Cannot write /proc/rapport-no-such-dir/report.pdf")),
             qPrintable(lines.constFirst()));
}

void tst_Report::shouldRefuseAMalformedDate_data()
{
    QTest::addColumn<QString>("date");
    QTest::newRow("words") << QStringLiteral("next tuesday");
    QTest::newRow("day first") << QStringLiteral("24-11-2026");
    QTest::newRow("no such day") << QStringLiteral("2026-02-30");
    QTest::newRow("trailing text") << QStringLiteral("2026-11-24x");
    QTest::newRow("empty") << QString();
}

void tst_Report::shouldRefuseAMalformedDate()
{
    QFETCH(QString, date);
    const QString database = makeDatabase(QStringLiteral("dates.sqlite"), {});
    const QString pdf = m_dir.filePath(QStringLiteral("dates.pdf"));
    QString stdErr;
    QVERIFY(runReport(database, pdf, date, &stdErr) > 0);
    QVERIFY2(stdErr.startsWith(QStringLiteral("rapport: --as-of needs a date written YYYY-MM-DD")), qPrintable(stdErr));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_GUILESS_MAIN(tst_Report)
#include "tst_report.moc"
