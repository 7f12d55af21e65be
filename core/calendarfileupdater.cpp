#include "calendarfileupdater.h"

#include "clientexport.h"
#include "clientstore.h"
#include "contacttracker.h"
#include "followupcalendar.h"
#include "followupplanner.h"

#include <QThread>
#include <QTimer>

#include <memory>

namespace Rapport {

CalendarFileUpdater::CalendarFileUpdater(ClientStore *store, ContactTracker *tracker, int delayMs, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tracker(tracker)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(delayMs);
    connect(m_timer, &QTimer::timeout, this, &CalendarFileUpdater::startWriting);
    // Everything the plan is made of. A drag writes the store once, on release, so this is
    // never on the per-mouse-move path.
    connect(m_store, &ClientStore::clientsAdded, this, &CalendarFileUpdater::schedule);
    connect(m_store, &ClientStore::clientsRemoved, this, &CalendarFileUpdater::schedule);
    connect(m_store, &ClientStore::clientChanged, this, &CalendarFileUpdater::schedule);
    connect(m_store, &ClientStore::resetDone, this, &CalendarFileUpdater::schedule);
    connect(m_store, &ClientStore::rulesChanged, this, &CalendarFileUpdater::schedule);
    connect(m_store, &ClientStore::lapseRulesChanged, this, &CalendarFileUpdater::schedule);
    connect(m_store, &ClientStore::interactionsChanged, this, &CalendarFileUpdater::schedule);
    connect(m_store, &ClientStore::historyChanged, this, &CalendarFileUpdater::schedule);
    // A new day moves the to-dos to it.
    connect(m_tracker, &ContactTracker::statusesReset, this, &CalendarFileUpdater::schedule);
}

CalendarFileUpdater::~CalendarFileUpdater()
{
    if (m_worker)
        m_worker->wait();
}

bool CalendarFileUpdater::isEnabled() const
{
    return m_store->isOpen() && m_store->setting(FollowUpCalendar::keepUpdatedKey()) == QLatin1String("1") && !path().isEmpty();
}

QString CalendarFileUpdater::path() const
{
    return m_store->setting(FollowUpCalendar::pathKey()).trimmed();
}

bool CalendarFileUpdater::isPending() const
{
    return m_timer->isActive();
}

void CalendarFileUpdater::schedule()
{
    if (isEnabled())
        m_timer->start();
}

void CalendarFileUpdater::startWriting()
{
    if (!isEnabled())
        return;
    if (m_worker) {
        m_writeAgain = true;
        return;
    }
    // The plan reads the store, so it is made here; the worker gets a copy of all it needs.
    const QString file = path();
    const auto plan = std::make_shared<const FollowUpPlan>(FollowUpPlanner::plan(*m_tracker));
    const QString calendarId = FollowUpCalendar::calendarId(m_store);
    struct Outcome
    {
        bool ok = false;
        QString error;
    };
    const auto outcome = std::make_shared<Outcome>();
    m_worker = QThread::create([plan, calendarId, file, outcome] {
        outcome->ok = ClientExport::write(file, FollowUpCalendar::toICalendar(*plan, calendarId, QDateTime::currentDateTimeUtc()),
                                          &outcome->error);
    });
    m_worker->setParent(this);
    connect(m_worker, &QThread::finished, this, [this, file, count = int(plan->items.size()), outcome] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (outcome->ok)
            Q_EMIT written(file, count);
        else
            Q_EMIT failed(outcome->error);
        if (m_writeAgain) {
            m_writeAgain = false;
            startWriting();
        }
    });
    m_worker->start();
}

bool CalendarFileUpdater::updateNow()
{
    m_timer->stop();
    // The file this writes is newer than the one under way: that one must not land after it.
    if (m_worker)
        m_worker->wait();
    m_writeAgain = false;
    if (!isEnabled())
        return true;
    const QString file = path();
    QString error;
    int count = 0;
    if (!FollowUpCalendar::write(m_store, m_tracker->today(), file, &error, &count)) {
        Q_EMIT failed(error);
        return false;
    }
    Q_EMIT written(file, count);
    return true;
}

} // namespace Rapport
