#include "calendarfileupdater.h"

#include "clientstore.h"
#include "contacttracker.h"
#include "followupcalendar.h"

#include <QTimer>

namespace Rapport {

CalendarFileUpdater::CalendarFileUpdater(ClientStore *store, ContactTracker *tracker, int delayMs, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tracker(tracker)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(delayMs);
    connect(m_timer, &QTimer::timeout, this, &CalendarFileUpdater::updateNow);
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

bool CalendarFileUpdater::updateNow()
{
    m_timer->stop();
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
