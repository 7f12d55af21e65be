// The headless follow-up report: rapport --database FILE --report OUT.pdf --as-of DATE,
// read back with poppler's pdftotext, pdftohtml, pdfimages and pdfinfo as a person would read
// the PDF.

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
    void shouldNotRepeatTheDaysOverdueInTheReasons();
    void shouldSayNeverContactedAndSinceWhen();
    void shouldPrintTheNameInBoldAndTheCompanyBelowIt();
    void shouldDrawTheChartAtAboutHalfAPage_data();
    void shouldDrawTheChartAtAboutHalfAPage();
    void shouldGrowInPagesWithTheNumberOfClients();
    void shouldFailWithOneLineForAPathThatCannotBeWritten();
    void shouldReportOnlyTheClientsOfOneOwner_data();
    void shouldReportOnlyTheClientsOfOneOwner();
    void shouldRefuseAnOwnerNoClientHas_data();
    void shouldRefuseAnOwnerNoClientHas();
    void shouldRefuseAMalformedDate_data();
    void shouldRefuseAMalformedDate();

private:
    QString makeDatabase(const QString &name, const QVector<ClientRecord> &records);
    int runReport(const QString &database, const QString &output, const QString &asOf, QString *stdErr = nullptr,
                  const QString &locale = QString(), const QStringList &more = {});
    QString pdfText(const QString &pdf, const QString &mode = QStringLiteral("-layout"));
    QString run(const QString &program, const QStringList &arguments);
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
                    int unanswered = 0);

ClientRecord ownedRecord(const QString &name, const QString &owner, QDate today)
{
    ClientRecord r = record(name, 2.0, 2.0, today, 200);
    r.client.owner = owner;
    return r;
}

/** A database file name of its own for each row of a data table. */
QString perRow(const QString &prefix)
{
    return prefix + QLatin1Char('-') + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))
        + QStringLiteral(".sqlite");
}

ClientRecord record(const QString &name, double satisfaction, double repurchase, QDate today, int lastContactDaysAgo,
                    int unanswered)
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
    for (const char *tool : {"pdfinfo", "pdftohtml", "pdfimages"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 (poppler-utils) is needed").arg(QString::fromLatin1(tool))));
}

QString tst_Report::makeDatabase(const QString &name, const QVector<ClientRecord> &records)
{
    const QString path = m_dir.filePath(name);
    ClientStore store;
    if (!store.open(path) || !store.addClientRecords(records))
        qFatal("cannot prepare %s: %s", qPrintable(path), qPrintable(store.errorString()));
    return path;
}

int tst_Report::runReport(const QString &database, const QString &output, const QString &asOf, QString *stdErr,
                          const QString &locale, const QStringList &more)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    if (!locale.isEmpty())
        environment.insert(QStringLiteral("LC_ALL"), locale);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RAPPORT_EXECUTABLE),
                  QStringList{QStringLiteral("--database"), database, QStringLiteral("--report"), output,
                              QStringLiteral("--as-of"), asOf} + more);
    if (!process.waitForFinished(120000))
        return -1;
    if (stdErr)
        *stdErr = QString::fromLocal8Bit(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString tst_Report::pdfText(const QString &pdf, const QString &mode)
{
    return run(QStringLiteral("pdftotext"), {mode, pdf, QStringLiteral("-")});
}

QString tst_Report::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int tst_Report::pageCount(const QString &pdf)
{
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
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
    QVERIFY(pdfText(pdf, QStringLiteral("-raw")).simplified().contains(QStringLiteral("needs contact at least every 14 day")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of ")));
}

void tst_Report::shouldNotRepeatTheDaysOverdueInTheReasons()
{
    // GIVEN a Defector last in touch 200 days ago: 186 days past the 14 allowed
    const QString database
        = makeDatabase(QStringLiteral("overdue.sqlite"), {record(QStringLiteral("Dora Defector"), 2.0, 2.0, m_today, 200)});
    const QString pdf = m_dir.filePath(QStringLiteral("overdue.pdf"));

    // WHEN the report is written
    QCOMPARE(runReport(database, pdf, m_today.toString(Qt::ISODate)), 0);

    // THEN the 186 days are in the Overdue column only; the reasons give the gap allowed, and the
    // advice does not count the days once more
    const QString text = pdfText(pdf, QStringLiteral("-raw")).simplified();
    QCOMPARE(text.count(QStringLiteral("186")), 1);
    QVERIFY2(text.contains(QStringLiteral("186 days needs contact at least every 14 day")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("overdue by")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("it has been")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Call rather than email. Book one frank meeting")), qPrintable(text));
}

void tst_Report::shouldSayNeverContactedAndSinceWhen()
{
    // GIVEN a Defector added 413 days ago (7 Oct 2025) and never contacted
    ClientRecord r;
    r.client.name = QStringLiteral("Nell Never");
    r.client.satisfaction = 2.0;
    r.client.repurchase = 2.0;
    r.client.createdAt = daysAgo(m_today, 413);
    r.client.updatedAt = r.client.createdAt;
    const QString database = makeDatabase(QStringLiteral("never.sqlite"), {r});
    const QString pdf = m_dir.filePath(QStringLiteral("never.pdf"));

    // WHEN the report is written
    QCOMPARE(runReport(database, pdf, m_today.toString(Qt::ISODate)), 0);

    // THEN the last contact reads "never contacted" with the day the client was added, the
    // overdue days count from that day, and nothing speaks of days since a contact
    const QString text = pdfText(pdf, QStringLiteral("-raw")).simplified();
    QVERIFY2(text.contains(QStringLiteral("Nell Never never contacted; added 7 Oct 2025 399 days")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("413")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("since the last one")), qPrintable(text));
}

void tst_Report::shouldPrintTheNameInBoldAndTheCompanyBelowIt()
{
    // GIVEN a client whose company is not their name
    const QString database
        = makeDatabase(QStringLiteral("names.sqlite"), {record(QStringLiteral("Hank Hostage"), 2.0, 8.0, m_today, 200)});
    const QString pdf = m_dir.filePath(QStringLiteral("names.pdf"));

    // WHEN the report is written
    QCOMPARE(runReport(database, pdf, m_today.toString(Qt::ISODate)), 0);

    // THEN the name is a line of its own in bold, and the company the next line down, in the
    // same column, not bold
    const QString xml = run(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"), pdf});
    const QRegularExpression line(QStringLiteral("<text top=\"(\\d+)\" left=\"(\\d+)\" width=\"\\d+\" height=\"(\\d+)\" "
                                                 "font=\"\\d+\">(.*)</text>"));
    QRegularExpressionMatch name;
    QRegularExpressionMatch company;
    for (const QString &text : xml.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = line.match(text);
        if (match.hasMatch() && match.captured(4).contains(QStringLiteral("Hank Hostage Ltd")))
            company = match;
        else if (match.hasMatch() && match.captured(4).contains(QStringLiteral("Hank Hostage")))
            name = match;
    }
    QVERIFY2(name.hasMatch() && company.hasMatch(), qPrintable(xml));
    QCOMPARE(name.captured(4), QStringLiteral("<b>Hank Hostage</b>"));
    QCOMPARE(company.captured(4), QStringLiteral("Hank Hostage Ltd"));
    QCOMPARE(company.captured(2), name.captured(2));
    QVERIFY2(company.captured(1).toInt() >= name.captured(1).toInt() + name.captured(3).toInt() - 2,
             qPrintable(name.captured(0) + QLatin1Char('\n') + company.captured(0)));
}

void tst_Report::shouldDrawTheChartAtAboutHalfAPage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("paper");
    QTest::newRow("A4") << QStringLiteral("C.UTF-8") << QStringLiteral("A4");
    QTest::newRow("Letter") << QStringLiteral("en_US.UTF-8") << QStringLiteral("letter");
}

void tst_Report::shouldDrawTheChartAtAboutHalfAPage()
{
    QFETCH(QString, locale);
    QFETCH(QString, paper);

    // GIVEN clients enough for several pages
    const QDateTime now(m_today, QTime(12, 0), Qt::UTC);
    const QString database = makeDatabase(QStringLiteral("chart-%1.sqlite").arg(paper), SampleDataGenerator(11).records(60, now));
    const QString pdf = m_dir.filePath(QStringLiteral("chart-%1.pdf").arg(paper));

    // WHEN the report is written on the locale's paper
    QCOMPARE(runReport(database, pdf, m_today.toString(Qt::ISODate), nullptr, locale), 0);

    // THEN the first page's picture of the chart is about half the page high and fits its width
    const QRegularExpressionMatch page = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts \\((\\w+)\\)"))
                                             .match(run(QStringLiteral("pdfinfo"), {pdf}));
    QVERIFY(page.hasMatch());
    QCOMPARE(page.captured(3), paper);
    const double pageWidth = page.captured(1).toDouble();
    const double pageHeight = page.captured(2).toDouble();
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).split(QLatin1Char('\n'));
    QVERIFY2(images.size() > 2, qPrintable(images.join(QLatin1Char('\n'))));
    const QStringList chart = images.at(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(chart.value(0), QStringLiteral("1"));
    const double chartWidth = chart.value(3).toDouble() / chart.value(12).toDouble() * 72;
    const double chartHeight = chart.value(4).toDouble() / chart.value(13).toDouble() * 72;
    const QString sizes = QStringLiteral("chart %1 x %2 pt on a page of %3 x %4 pt").arg(chartWidth).arg(chartHeight).arg(pageWidth).arg(pageHeight);
    QVERIFY2(chartHeight >= 0.42 * pageHeight && chartHeight <= 0.5 * pageHeight, qPrintable(sizes));
    QVERIFY2(chartWidth >= 0.8 * pageWidth && chartWidth <= pageWidth - 2 * 42.5 + 1, qPrintable(sizes));

    // AND the list still starts on the first page, and every page is numbered
    const int pages = pageCount(pdf);
    QVERIFY(pages > 2);
    const QString first = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                                                           QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY2(first.contains(QStringLiteral("What to do")) && first.contains(QRegularExpression(QStringLiteral("\\b1\\s+\\S"))),
             qPrintable(first));
    QVERIFY(first.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    QVERIFY(pdfText(pdf).contains(QStringLiteral("Page %1 of %1").arg(pages)));
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

void tst_Report::shouldReportOnlyTheClientsOfOneOwner_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("shownAs");
    QTest::addColumn<QStringList>("listed");
    QTest::addColumn<QStringList>("left");

    const QStringList annas = {QStringLiteral("Dora Defector"), QStringLiteral("Dan Defector")};
    const QStringList others = {QStringLiteral("Olive Other"), QStringLiteral("Nora Nobody")};
    QTest::newRow("as written") << QStringLiteral("Anna") << QStringLiteral("Anna") << annas << others;
    QTest::newRow("any case, spaces around") << QStringLiteral("  anna ") << QStringLiteral("Anna") << annas << others;
    QTest::newRow("quotes and markup")
        << QStringLiteral("<b>O'Brien</b> \"Bo\"") << QStringLiteral("<b>O'Brien</b> \"Bo\"")
        << QStringList{QStringLiteral("Olive Other")}
        << QStringList{QStringLiteral("Dora Defector"), QStringLiteral("Dan Defector"), QStringLiteral("Nora Nobody")};
}

void tst_Report::shouldReportOnlyTheClientsOfOneOwner()
{
    QFETCH(QString, owner);
    QFETCH(QString, shownAs);
    QFETCH(QStringList, listed);
    QFETCH(QStringList, left);

    // GIVEN two clients of Anna, one of O'Brien and one with no owner, all overdue
    const QString database = makeDatabase(perRow(QStringLiteral("owners")), {
        ownedRecord(QStringLiteral("Dora Defector"), QStringLiteral("Anna"), m_today),
        ownedRecord(QStringLiteral("Dan Defector"), QStringLiteral("Anna"), m_today),
        ownedRecord(QStringLiteral("Olive Other"), QStringLiteral("<b>O'Brien</b> \"Bo\""), m_today),
        ownedRecord(QStringLiteral("Nora Nobody"), QString(), m_today),
    });
    const QString pdf = m_dir.filePath(QStringLiteral("owners.pdf"));
    QFile::remove(pdf);

    // WHEN the report is written for one owner
    QString stdErr;
    QCOMPARE(runReport(database, pdf, m_today.toString(Qt::ISODate), &stdErr, QString(), {QStringLiteral("--owner"), owner}), 0);

    // THEN it says whose clients it holds, counts and lists only theirs
    const QString text = pdfText(pdf).simplified();
    QVERIFY2(text.contains(QStringLiteral("Only the clients of %1 (account owner).").arg(shownAs)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("%1 client").arg(listed.size())), qPrintable(text));
    for (const QString &name : std::as_const(listed))
        QVERIFY2(text.contains(name), qPrintable(name));
    for (const QString &name : std::as_const(left))
        QVERIFY2(!text.contains(name), qPrintable(name));
}

void tst_Report::shouldRefuseAnOwnerNoClientHas_data()
{
    QTest::addColumn<QStringList>("owners");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("message");

    QTest::newRow("a typo") << QStringList{QStringLiteral("Anna"), QStringLiteral("bruno")} << QStringLiteral("Anan")
                            << QStringLiteral("rapport: no client has \"Anan\" as account owner; the owners are: Anna, bruno");
    QTest::newRow("part of a name") << QStringList{QStringLiteral("Anna")} << QStringLiteral("Ann")
                                    << QStringLiteral("rapport: no client has \"Ann\" as account owner; the owners are: Anna");
    QTest::newRow("no owners yet") << QStringList{QString()} << QStringLiteral("Anna")
                                   << QStringLiteral("rapport: no client has \"Anna\" as account owner; no client has an owner yet");
    QTest::newRow("empty name") << QStringList{QStringLiteral("Anna")} << QStringLiteral("  ")
                                << QStringLiteral("rapport: --owner needs the name of an account owner");
}

void tst_Report::shouldRefuseAnOwnerNoClientHas()
{
    QFETCH(QStringList, owners);
    QFETCH(QString, owner);
    QFETCH(QString, message);

    // GIVEN clients of the given owners
    QVector<ClientRecord> records;
    for (const QString &name : std::as_const(owners))
        records.append(ownedRecord(QStringLiteral("Client of ") + name, name, m_today));
    const QString database = makeDatabase(perRow(QStringLiteral("unknown-owner")), records);
    const QString pdf = m_dir.filePath(QStringLiteral("unknown-owner.pdf"));

    // WHEN the report is asked for an owner no client has
    QString stdErr;
    const int code = runReport(database, pdf, m_today.toString(Qt::ISODate), &stdErr, QString(), {QStringLiteral("--owner"), owner});

    // THEN it fails with one line naming the owners there are, and writes nothing
    QVERIFY(code > 0);
    QCOMPARE(stdErr.trimmed(), message);
    QVERIFY(!QFile::exists(pdf));
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
