#pragma once

#include <QObject>
#include <QString>

class QThread;
class QTimer;

namespace Rapport {

class ClientStore;
class ContactTracker;

/**
 * Keeps one calendar file of the follow-up plan up to date, for calendar programs that
 * subscribe to it. When the database's settings turn it on (FollowUpCalendar::keepUpdatedKey()
 * and pathKey()), the file is written again a little after the last change to the store or to
 * the day, so that a run of changes costs one write. The plan is made on the store's thread;
 * turning it into iCalendar and writing the file (a second for 50,000 clients) on a worker.
 */
class CalendarFileUpdater : public QObject
{
    Q_OBJECT

public:
    /** Rewrites the file @p delayMs milliseconds after the last change. */
    explicit CalendarFileUpdater(ClientStore *store, ContactTracker *tracker, int delayMs = 2000, QObject *parent = nullptr);
    /** Waits for a write under way. */
    ~CalendarFileUpdater() override;

    /** True when the settings of the open database turn the calendar file on and name it. */
    bool isEnabled() const;
    /** The calendar file the settings name, or empty. */
    QString path() const;
    /** True while a write waits for the changes to settle. */
    bool isPending() const;
    /** True while the worker writes the file. */
    bool isWriting() const { return m_worker != nullptr; }

public Q_SLOTS:
    /** Writes the file after the delay (again, when already waiting); nothing when turned off. */
    void schedule();
    /**
     * Writes the file now, on this thread, when turned on (after a write under way); returns
     * false when it could not be written.
     */
    bool updateNow();

Q_SIGNALS:
    /** Emitted after the file at @p path was written with @p count to-dos. */
    void written(const QString &path, int count);
    /** Emitted when the file could not be written; @p message is for the owner. */
    void failed(const QString &message);

private:
    /** Makes the plan and has the worker write it; after the one under way, when there is one. */
    void startWriting();

    ClientStore *m_store;
    ContactTracker *m_tracker;
    QTimer *m_timer;
    QThread *m_worker = nullptr;
    bool m_writeAgain = false; ///< a change came while the worker was writing
};

} // namespace Rapport
