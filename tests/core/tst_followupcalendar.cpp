#include "clientstore.h"
#include "followupcalendar.h"
#include "followupplanner.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <libical/ical.h>

#include <memory>

using namespace Rapport;

namespace {

// Every fixture is seen from this day; the environment sets TZ=UTC.
const QDate Today(2026, 12, 7);
const QDateTime Stamp(QDate(2026, 12, 7), QTime(6, 30), Qt::UTC);

Client makeClient(const QString &name, double satisfaction, double repurchase, int createdDaysAgo)
{
    Client client;
    client.name = name;
    client.satisfaction = satisfaction;
    client.repurchase = repurchase;
    client.createdAt = QDateTime(Today.addDays(-createdDaysAgo), QTime(10, 0), Qt::UTC);
    client.updatedAt = client.createdAt;
    return client;
}

struct ComponentFree
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

/** One to-do as libical reads it back. */
struct ToDo
{
    QString uid;
    QString summary;
    QString description;
    QString categories;
    QDate due;
    bool dueIsDate = false;
    int priority = 0;
    icalproperty_status status = ICAL_STATUS_NONE;
    QDateTime stamp;
    int alarms = 0;
    icalproperty_action alarmAction = ICAL_ACTION_NONE;
    QDateTime alarmAt;
};

QString text(icalcomponent *component, icalproperty_kind kind)
{
    icalproperty *property = icalcomponent_get_first_property(component, kind);
    return property ? QString::fromUtf8(icalproperty_get_value_as_string(property)) : QString();
}

QDateTime utc(icaltimetype time)
{
    return QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(time, icaltimezone_get_utc_timezone()), Qt::UTC);
}

/** Parses @p ics with libical's own parser: the calendar, and its to-dos in file order. */
Component parse(const QByteArray &ics, QVector<ToDo> *todos)
{
    Component calendar(icalparser_parse_string(ics.constData()));
    if (!calendar)
        return calendar;
    for (icalcomponent *c = icalcomponent_get_first_component(calendar.get(), ICAL_VTODO_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar.get(), ICAL_VTODO_COMPONENT)) {
        ToDo todo;
        todo.uid = QString::fromUtf8(icalcomponent_get_uid(c));
        // The getters, not the raw values: they undo the escaping of commas, semicolons and newlines.
        todo.summary = QString::fromUtf8(icalcomponent_get_summary(c));
        todo.description = QString::fromUtf8(icalcomponent_get_description(c));
        if (icalproperty *categories = icalcomponent_get_first_property(c, ICAL_CATEGORIES_PROPERTY))
            todo.categories = QString::fromUtf8(icalproperty_get_categories(categories));
        const icaltimetype due = icalcomponent_get_due(c);
        todo.due = QDate(due.year, due.month, due.day);
        todo.dueIsDate = due.is_date;
        if (icalproperty *priority = icalcomponent_get_first_property(c, ICAL_PRIORITY_PROPERTY))
            todo.priority = icalproperty_get_priority(priority);
        todo.status = icalcomponent_get_status(c);
        todo.stamp = utc(icalcomponent_get_dtstamp(c));
        for (icalcomponent *a = icalcomponent_get_first_component(c, ICAL_VALARM_COMPONENT); a;
             a = icalcomponent_get_next_component(c, ICAL_VALARM_COMPONENT)) {
            ++todo.alarms;
            todo.alarmAction = icalproperty_get_action(icalcomponent_get_first_property(a, ICAL_ACTION_PROPERTY));
            todo.alarmAt = utc(icalproperty_get_trigger(icalcomponent_get_first_property(a, ICAL_TRIGGER_PROPERTY)).time);
        }
        todos->append(todo);
    }
    return calendar;
}

} // namespace

class tst_FollowUpCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldWriteOneToDoPerClientOnThePlanInItsOrder();
    void shouldDescribeWhyAndWhatToDo();
    void shouldKeepTheUidsOfADatabaseAcrossExports();
    void shouldGiveAnotherDatabaseOtherUids();
    void shouldKeepHostileNamesExactly();
    void shouldWriteAnEmptyCalendarForAnEmptyPlan();
    void shouldGivePrioritiesInThePlansOrder_data();
    void shouldGivePrioritiesInThePlansOrder();
    void shouldRefuseAnUnwritablePath();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
};

void tst_FollowUpCalendar::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ClientStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("clients.rapport"))));
}

void tst_FollowUpCalendar::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_FollowUpCalendar::shouldWriteOneToDoPerClientOnThePlanInItsOrder()
{
    // GIVEN a Loyalist and a Defector never contacted in 400 days, and a client added today
    QVERIFY(m_store->addClients({makeClient(QStringLiteral("Aisha Nakamura"), 8.0, 8.0, 400),
                                 makeClient(QStringLiteral("Bruno Keller"), 2.0, 2.0, 400),
                                 makeClient(QStringLiteral("Chen Li"), 8.0, 8.0, 0)}));
    const FollowUpPlan plan = FollowUpPlanner::plan(*m_store, Today);
    QCOMPARE(plan.items.size(), 2);
    const QString id = FollowUpCalendar::calendarId(m_store.get());

    // WHEN the plan is written as iCalendar and read back by libical
    const QByteArray ics = FollowUpCalendar::toICalendar(plan, id, Stamp);
    QVector<ToDo> todos;
    const Component calendar = parse(ics, &todos);
    QVERIFY2(calendar, ics.constData());

    // THEN it is a calendar of Rapport's, version 2.0, with one to-do per client on the plan, the Defector first
    QCOMPARE(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
    QCOMPARE(text(calendar.get(), ICAL_VERSION_PROPERTY), QStringLiteral("2.0"));
    QCOMPARE(text(calendar.get(), ICAL_PRODID_PROPERTY), QStringLiteral("-//Rapport//Rapport %1//EN").arg(QStringLiteral(RAPPORT_VERSION)));
    QCOMPARE(icalcomponent_count_components(calendar.get(), ICAL_VEVENT_COMPONENT), 0);
    QCOMPARE(todos.size(), 2);
    QCOMPARE(todos.at(0).summary, QStringLiteral("Call Bruno Keller"));
    QCOMPARE(todos.at(1).summary, QStringLiteral("Call Aisha Nakamura"));
    QCOMPARE(todos.at(0).uid, FollowUpCalendar::uid(id, plan.items.at(0).client.id));
    QCOMPARE(todos.at(1).uid, FollowUpCalendar::uid(id, plan.items.at(1).client.id));
    QCOMPARE(todos.at(0).categories, QStringLiteral("Defector"));
    QCOMPARE(todos.at(1).categories, QStringLiteral("Loyalist"));
    // AND each is due on the plan's day, in its order, not done yet, with a reminder at 9:00 that day
    for (int i = 0; i < todos.size(); ++i) {
        const ToDo &todo = todos.at(i);
        QCOMPARE(todo.priority, i + 1);
        QCOMPARE(todo.due, Today);
        QVERIFY(todo.dueIsDate);
        QCOMPARE(todo.status, ICAL_STATUS_NEEDSACTION);
        QCOMPARE(todo.stamp, Stamp);
        QCOMPARE(todo.alarms, 1);
        QCOMPARE(todo.alarmAction, ICAL_ACTION_DISPLAY);
        QCOMPARE(todo.alarmAt, QDateTime(Today, QTime(9, 0), Qt::UTC));
    }
}

void tst_FollowUpCalendar::shouldDescribeWhyAndWhatToDo()
{
    // GIVEN a Defector of a company, with a phone and an email, never contacted in 400 days
    Client client = makeClient(QStringLiteral("Bruno Keller"), 2.0, 2.0, 400);
    client.company = QStringLiteral("Keller Bau");
    client.setPhone(QStringLiteral("+49 30 1234567"));
    client.setEmail(QStringLiteral("bruno@keller.example"));
    QVERIFY(m_store->addClient(client) > 0);
    const FollowUpPlan plan = FollowUpPlanner::plan(*m_store, Today);
    QCOMPARE(plan.items.size(), 1);
    const FollowUpItem &item = plan.items.constFirst();
    QVERIFY(!item.reasons.isEmpty());

    // WHEN it is written and read back
    QVector<ToDo> todos;
    QVERIFY(parse(FollowUpCalendar::toICalendar(plan, QStringLiteral("db"), Stamp), &todos));

    // THEN the to-do names the company, and says why and what to do as the report does, then how to reach them
    QCOMPARE(todos.size(), 1);
    QCOMPARE(todos.at(0).summary, QStringLiteral("Call Bruno Keller (Keller Bau)"));
    QCOMPARE(todos.at(0).description, item.reasons.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + item.action
                                          + QStringLiteral("\n\nPhone: +49 30 1234567\nEmail: bruno@keller.example\n"
                                                           "Number 1 of 1 on Rapport's follow-up list."));
    QVERIFY(todos.at(0).description.startsWith(QStringLiteral("needs contact at least every ")));
}

void tst_FollowUpCalendar::shouldKeepTheUidsOfADatabaseAcrossExports()
{
    // GIVEN a database with two clients due, exported once
    QVERIFY(m_store->addClients({makeClient(QStringLiteral("Aisha Nakamura"), 8.0, 8.0, 400),
                                 makeClient(QStringLiteral("Bruno Keller"), 2.0, 2.0, 400)}));
    QVector<ToDo> first;
    QVERIFY(parse(FollowUpCalendar::toICalendar(FollowUpPlanner::plan(*m_store, Today), FollowUpCalendar::calendarId(m_store.get()),
                                                Stamp),
                  &first));

    // WHEN the file is opened again and exported a day later
    const QString path = m_store->path();
    m_store = std::make_unique<ClientStore>();
    QVERIFY(m_store->open(path));
    QVector<ToDo> second;
    QVERIFY(parse(FollowUpCalendar::toICalendar(FollowUpPlanner::plan(*m_store, Today.addDays(1)),
                                                FollowUpCalendar::calendarId(m_store.get()), Stamp.addDays(1)),
                  &second));

    // THEN each client's to-do has the same UID, so a calendar updates it; only its day moved
    QCOMPARE(second.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(second.at(i).uid, first.at(i).uid);
        QCOMPARE(second.at(i).due, Today.addDays(1));
    }
    QVERIFY(first.at(0).uid != first.at(1).uid);
    // AND the identity is kept in the database's settings
    QCOMPARE(FollowUpCalendar::calendarId(m_store.get()), m_store->setting(QStringLiteral("database/id")));
    QCOMPARE(m_store->setting(QStringLiteral("database/id")).size(), 36);
}

void tst_FollowUpCalendar::shouldGiveAnotherDatabaseOtherUids()
{
    // GIVEN two databases, each with one client of id 1
    QVERIFY(m_store->addClient(makeClient(QStringLiteral("Aisha Nakamura"), 8.0, 8.0, 400)) == 1);
    ClientStore other;
    QVERIFY(other.open(m_dir->filePath(QStringLiteral("other.rapport"))));
    QVERIFY(other.addClient(makeClient(QStringLiteral("Aisha Nakamura"), 8.0, 8.0, 400)) == 1);

    // WHEN their identities are taken
    const QString first = FollowUpCalendar::calendarId(m_store.get());
    const QString second = FollowUpCalendar::calendarId(&other);

    // THEN the same client id gives different UIDs: two subscribed files do not overwrite each other's to-dos
    QVERIFY(!first.isEmpty());
    QVERIFY(first != second);
    QVERIFY(FollowUpCalendar::uid(first, 1) != FollowUpCalendar::uid(second, 1));
    QCOMPARE(FollowUpCalendar::uid(QStringLiteral("abc"), 42), QStringLiteral("client-42-abc@rapport"));
}

void tst_FollowUpCalendar::shouldKeepHostileNamesExactly()
{
    // GIVEN a client whose name and company hold the characters iCalendar escapes, a line break and
    // non-ASCII letters, long enough for libical to fold the line inside a multi-byte character
    const QString name = QStringLiteral("Ærø, Jörg; \"der Ältere\"\\ 東京の顧客 — ✓ Zoë\nzweite Zeile");
    const QString company = QStringLiteral("Müller & Söhne, GmbH; Niederlassung Köln-Ehrenfeld: 50823 日本語テキスト");
    Client client = makeClient(name, 2.0, 2.0, 400);
    client.company = company;
    QVERIFY(m_store->addClient(client) > 0);

    // WHEN the plan is written and read back
    const QByteArray ics = FollowUpCalendar::toICalendar(FollowUpPlanner::plan(*m_store, Today), QStringLiteral("db"), Stamp);
    QVector<ToDo> todos;
    QVERIFY(parse(ics, &todos));

    // THEN the name and the company come back exactly, and every line of the file is valid UTF-8
    QCOMPARE(todos.size(), 1);
    QCOMPARE(todos.at(0).summary, QStringLiteral("Call %1 (%2)").arg(name, company));
    for (const QByteArray &line : ics.split('\n')) {
        QVERIFY2(line.size() <= 76, line.constData());
        QCOMPARE(QString::fromUtf8(line).toUtf8(), line);
    }
}

void tst_FollowUpCalendar::shouldWriteAnEmptyCalendarForAnEmptyPlan()
{
    // GIVEN a database whose only client was added today
    QVERIFY(m_store->addClient(makeClient(QStringLiteral("Chen Li"), 8.0, 8.0, 0)) > 0);

    // WHEN its plan is written
    QVector<ToDo> todos;
    const Component calendar = parse(FollowUpCalendar::toICalendar(FollowUpPlanner::plan(*m_store, Today), QStringLiteral("db"), Stamp),
                                     &todos);

    // THEN it is a calendar with no to-do: a subscribed calendar empties rather than keeping old ones
    QVERIFY(calendar);
    QCOMPARE(todos.size(), 0);
    QCOMPARE(text(calendar.get(), ICAL_VERSION_PROPERTY), QStringLiteral("2.0"));
}

void tst_FollowUpCalendar::shouldGivePrioritiesInThePlansOrder_data()
{
    QTest::addColumn<int>("rank");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("priority");
    QTest::newRow("only one") << 1 << 1 << 1;
    QTest::newRow("third of three") << 3 << 3 << 3;
    QTest::newRow("ninth of nine") << 9 << 9 << 9;
    QTest::newRow("first of ten") << 1 << 10 << 1;
    QTest::newRow("second of ten") << 2 << 10 << 1;
    QTest::newRow("tenth of ten") << 10 << 10 << 9;
    QTest::newRow("first of 300") << 1 << 300 << 1;
    QTest::newRow("150th of 300") << 150 << 300 << 5;
    QTest::newRow("last of 300") << 300 << 300 << 9;
}

void tst_FollowUpCalendar::shouldGivePrioritiesInThePlansOrder()
{
    QFETCH(int, rank);
    QFETCH(int, count);
    QFETCH(int, priority);
    QCOMPARE(FollowUpCalendar::priority(rank, count), priority);
}

void tst_FollowUpCalendar::shouldRefuseAnUnwritablePath()
{
    // GIVEN a client due, and a path that is a folder
    QVERIFY(m_store->addClient(makeClient(QStringLiteral("Aisha Nakamura"), 8.0, 8.0, 400)) > 0);
    const QString folder = m_dir->filePath(QStringLiteral("folder"));
    QVERIFY(QDir().mkpath(folder));

    // WHEN the calendar is written there, and then to a file beside it
    QString error;
    int count = -1;
    const bool wroteFolder = FollowUpCalendar::write(m_store.get(), Today, folder, &error, &count);
    QString noError;
    const QString file = m_dir->filePath(QStringLiteral("follow-ups.ics"));
    const bool wroteFile = FollowUpCalendar::write(m_store.get(), Today, file, &noError, &count);

    // THEN the first fails with a sentence naming the path, and the second writes one to-do
    QVERIFY(!wroteFolder);
    QCOMPARE(error, QStringLiteral("Cannot write %1: Filename refers to a directory").arg(folder));
    QVERIFY2(wroteFile, qPrintable(noError));
    QCOMPARE(count, 1);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVector<ToDo> todos;
    QVERIFY(parse(written.readAll(), &todos));
    QCOMPARE(todos.size(), 1);
    QCOMPARE(todos.at(0).summary, QStringLiteral("Call Aisha Nakamura"));
}

QTEST_GUILESS_MAIN(tst_FollowUpCalendar)
#include "tst_followupcalendar.moc"
