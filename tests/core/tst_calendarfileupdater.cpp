#include "calendarfileupdater.h"
#include "clientstore.h"
#include "contacttracker.h"
#include "followupcalendar.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <libical/ical.h>

#include <memory>

using namespace Rapport;

namespace {

const QDate Today(2026, 12, 7);

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

/** The summaries of the to-dos in the calendar file at @p path, read by libical, in file order. */
QStringList summaries(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("(no file)")};
    icalcomponent *calendar = icalparser_parse_string(file.readAll().constData());
    if (!calendar)
        return {QStringLiteral("(not a calendar)")};
    QStringList result;
    for (icalcomponent *c = icalcomponent_get_first_component(calendar, ICAL_VTODO_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar, ICAL_VTODO_COMPONENT))
        result.append(QString::fromUtf8(icalcomponent_get_summary(c)));
    icalcomponent_free(calendar);
    return result;
}

} // namespace

class tst_CalendarFileUpdater : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldDoNothingUntilTurnedOn();
    void shouldRewriteTheFileAfterAChange();
    void shouldWaitForChangesToSettle();
    void shouldFollowANewDay();
    void shouldTellWhenTheFileCannotBeWritten();
    void shouldWriteOnAWorkerOnceTheDelayIsOver();

private:
    void turnOn(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
    std::unique_ptr<ContactTracker> m_tracker;
    std::unique_ptr<CalendarFileUpdater> m_updater;
};

void tst_CalendarFileUpdater::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ClientStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("clients.rapport"))));
    m_tracker = std::make_unique<ContactTracker>(m_store.get());
    m_tracker->setToday(Today);
    // An hour: no test waits for it; they call updateNow() where the timer would.
    m_updater = std::make_unique<CalendarFileUpdater>(m_store.get(), m_tracker.get(), 3600 * 1000);
}

void tst_CalendarFileUpdater::cleanup()
{
    m_updater.reset();
    m_tracker.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_CalendarFileUpdater::turnOn(const QString &path)
{
    QVERIFY(m_store->setSetting(FollowUpCalendar::pathKey(), path));
    QVERIFY(m_store->setSetting(FollowUpCalendar::keepUpdatedKey(), QStringLiteral("1")));
}

void tst_CalendarFileUpdater::shouldDoNothingUntilTurnedOn()
{
    // GIVEN a path in the settings, but the calendar file not turned on
    const QString path = m_dir->filePath(QStringLiteral("follow-ups.ics"));
    QVERIFY(m_store->setSetting(FollowUpCalendar::pathKey(), path));
    QSignalSpy written(m_updater.get(), &CalendarFileUpdater::written);

    // WHEN a client due is added
    QVERIFY(m_store->addClient(makeClient(QStringLiteral("Aisha Nakamura"), 8.0, 8.0, 400)) > 0);

    // THEN nothing waits to be written, and nothing is written
    QVERIFY(!m_updater->isEnabled());
    QVERIFY(!m_updater->isPending());
    QVERIFY(m_updater->updateNow());
    QCOMPARE(written.count(), 0);
    QVERIFY(!QFile::exists(path));
}

void tst_CalendarFileUpdater::shouldRewriteTheFileAfterAChange()
{
    // GIVEN the calendar file turned on, written with one client due
    const QString path = m_dir->filePath(QStringLiteral("follow-ups.ics"));
    turnOn(path);
    QVERIFY(m_store->addClient(makeClient(QStringLiteral("Aisha Nakamura"), 8.0, 8.0, 400)) > 0);
    QVERIFY(m_updater->updateNow());
    QCOMPARE(summaries(path), QStringList{QStringLiteral("Call Aisha Nakamura")});
    QSignalSpy written(m_updater.get(), &CalendarFileUpdater::written);

    // WHEN a Defector due is added
    const qint64 bruno = m_store->addClient(makeClient(QStringLiteral("Bruno Keller"), 2.0, 2.0, 400));
    QVERIFY(bruno > 0);

    // THEN a write waits, and when it comes the file holds both, the Defector first
    QVERIFY(m_updater->isPending());
    QVERIFY(m_updater->updateNow());
    QVERIFY(!m_updater->isPending());
    QCOMPARE(summaries(path), (QStringList{QStringLiteral("Call Bruno Keller"), QStringLiteral("Call Aisha Nakamura")}));
    QCOMPARE(written.count(), 1);
    QCOMPARE(written.at(0).at(0).toString(), path);
    QCOMPARE(written.at(0).at(1).toInt(), 2);

    // AND WHEN the Defector is removed, the file follows
    QVERIFY(m_store->removeClients({bruno}));
    QVERIFY(m_updater->isPending());
    QVERIFY(m_updater->updateNow());
    QCOMPARE(summaries(path), QStringList{QStringLiteral("Call Aisha Nakamura")});
}

void tst_CalendarFileUpdater::shouldWaitForChangesToSettle()
{
    // GIVEN the calendar file turned on
    const QString path = m_dir->filePath(QStringLiteral("follow-ups.ics"));
    turnOn(path);
    QSignalSpy written(m_updater.get(), &CalendarFileUpdater::written);

    // WHEN three clients are added one after the other
    for (const QString &name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
        QVERIFY(m_store->addClient(makeClient(name, 8.0, 8.0, 400)) > 0);

    // THEN nothing is written yet: one write waits for the last change
    QVERIFY(m_updater->isPending());
    QCOMPARE(written.count(), 0);
    QVERIFY(!QFile::exists(path));
}

void tst_CalendarFileUpdater::shouldFollowANewDay()
{
    // GIVEN the calendar file turned on and written
    const QString path = m_dir->filePath(QStringLiteral("follow-ups.ics"));
    turnOn(path);
    QVERIFY(m_store->addClient(makeClient(QStringLiteral("Aisha Nakamura"), 8.0, 8.0, 400)) > 0);
    QVERIFY(m_updater->updateNow());

    // WHEN the day changes
    m_tracker->setToday(Today.addDays(1));

    // THEN the file is written again, due the new day
    QVERIFY(m_updater->isPending());
    QVERIFY(m_updater->updateNow());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("DUE;VALUE=DATE:20261208"));
}

void tst_CalendarFileUpdater::shouldTellWhenTheFileCannotBeWritten()
{
    // GIVEN the calendar file turned on with a path in a folder that does not exist
    const QString path = m_dir->filePath(QStringLiteral("missing/follow-ups.ics"));
    turnOn(path);
    QVERIFY(m_store->addClient(makeClient(QStringLiteral("Aisha Nakamura"), 8.0, 8.0, 400)) > 0);
    QSignalSpy failed(m_updater.get(), &CalendarFileUpdater::failed);
    QSignalSpy written(m_updater.get(), &CalendarFileUpdater::written);

    // WHEN it is written
    const bool ok = m_updater->updateNow();

    // THEN it fails with one sentence naming the file
    QVERIFY(!ok);
    QCOMPARE(written.count(), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("Cannot write %1: No such file or directory").arg(path));
}

void tst_CalendarFileUpdater::shouldWriteOnAWorkerOnceTheDelayIsOver()
{
    // GIVEN the calendar file turned on, and an updater that waits no time after a change
    const QString path = m_dir->filePath(QStringLiteral("follow-ups.ics"));
    turnOn(path);
    m_updater = std::make_unique<CalendarFileUpdater>(m_store.get(), m_tracker.get(), 0);
    QSignalSpy written(m_updater.get(), &CalendarFileUpdater::written);

    // WHEN a client due is added and the event loop runs
    QVERIFY(m_store->addClient(makeClient(QStringLiteral("Aisha Nakamura"), 8.0, 8.0, 400)) > 0);
    QVERIFY(m_updater->isPending());
    QVERIFY(written.wait(10000));

    // THEN the worker wrote the file once, with the client, and is done
    QCOMPARE(written.count(), 1);
    QCOMPARE(written.at(0).at(1).toInt(), 1);
    QVERIFY(!m_updater->isWriting());
    QCOMPARE(summaries(path), QStringList{QStringLiteral("Call Aisha Nakamura")});

    // WHEN another client is added, and a third while that write is under way (or, on a fast
    // machine, just after it)
    QVERIFY(m_store->addClient(makeClient(QStringLiteral("Bruno Keller"), 2.0, 2.0, 400)) > 0);
    QTRY_VERIFY(m_updater->isWriting() || written.count() == 2);
    QVERIFY(m_store->addClient(makeClient(QStringLiteral("Chen Li"), 2.0, 2.0, 400)) > 0);

    // THEN a last write follows, and the file ends with all three
    QTRY_VERIFY_WITH_TIMEOUT(!m_updater->isWriting() && !m_updater->isPending() && written.count() >= 3, 10000);
    QCOMPARE(written.constLast().at(1).toInt(), 3);
    QCOMPARE(summaries(path), (QStringList{QStringLiteral("Call Bruno Keller"), QStringLiteral("Call Chen Li"),
                                           QStringLiteral("Call Aisha Nakamura")}));
}

QTEST_GUILESS_MAIN(tst_CalendarFileUpdater)
#include "tst_calendarfileupdater.moc"
