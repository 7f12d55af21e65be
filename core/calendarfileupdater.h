#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace Rapport {

class ClientStore;
class ContactTracker;

/**
 * Keeps one calendar file of the follow-up plan up to date, for calendar programs that
 * subscribe to it. When the database's settings turn it on (FollowUpCalendar::keepUpdatedKey()
 * and pathKey()), the file is written again a little after the last change to the store or to
 * the day, so that a run of changes costs one write.
 */
class CalendarFileUpdater : public QObject
{
    Q_OBJECT

public:
    /** Rewrites the file @p delayMs milliseconds after the last change. */
    explicit CalendarFileUpdater(ClientStore *store, ContactTracker *tracker, int delayMs = 2000, QObject *parent = nullptr);

    /** True when the settings of the open database turn the calendar file on and name it. */
    bool isEnabled() const;
    /** The calendar file the settings name, or empty. */
    QString path() const;
    /** True while a write waits for the changes to settle. */
    bool isPending() const;

public Q_SLOTS:
    /** Writes the file after the delay (again, when already waiting); nothing when turned off. */
    void schedule();
    /** Writes the file now when turned on; returns false when it could not be written. */
    bool updateNow();

Q_SIGNALS:
    /** Emitted after the file at @p path was written with @p count to-dos. */
    void written(const QString &path, int count);
    /** Emitted when the file could not be written; @p message is for the owner. */
    void failed(const QString &message);

private:
    ClientStore *m_store;
    ContactTracker *m_tracker;
    QTimer *m_timer;
};

} // namespace Rapport
