#pragma once

#include "mailsource.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace Rapport {

/**
 * Runs a MailSource (mail files, a server) on a worker thread, so that the window stays usable:
 * the messages come in batches, with the counts, and then the positions to store for next time.
 * Every signal is emitted on the thread the job lives in. One reading at a time.
 */
class MailReadJob : public QObject
{
    Q_OBJECT

public:
    /** Messages per messagesRead() signal, except the last one. */
    static constexpr int BatchSize = 250;

    explicit MailReadJob(QObject *parent = nullptr);
    /** Cancels a reading still going on and waits for its thread. */
    ~MailReadJob() override;

    /**
     * Starts reading @p source on a worker thread, which owns it until it ends. Returns false,
     * and does nothing, while another reading is going on.
     */
    bool start(std::unique_ptr<MailSource> source);
    /** Stops the reading after the message being read; finished() follows. */
    void cancel();
    /** Whether a reading has started and not yet emitted finished(). */
    bool isRunning() const { return m_thread != nullptr; }

signals:
    /** Emitted with each batch of messages read, in the order the source found them. */
    void messagesRead(const QList<Rapport::MailMessage> &messages);
    /** Emitted after each batch and at the end: messages read and messages that could not be read, so far. */
    void progressed(qint64 read, qint64 skipped);
    /**
     * Emitted once when the reading has ended, after the last messagesRead(). @p positions
     * cover exactly the messages emitted (also when cancelled): store them with those messages.
     * @p errorString says what went wrong, in a sentence, or is empty.
     */
    void finished(const Rapport::MailPositions &positions, const QString &errorString, bool cancelled);

private:
    QThread *m_thread = nullptr;
    std::unique_ptr<MailSource> m_source;
    std::atomic<bool> m_cancelled{false};
};

} // namespace Rapport
