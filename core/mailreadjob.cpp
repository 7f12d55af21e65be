#include "mailreadjob.h"

#include <QThread>

namespace Rapport {

MailReadJob::MailReadJob(QObject *parent)
    : QObject(parent)
{
}

MailReadJob::~MailReadJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool MailReadJob::start(std::unique_ptr<MailSource> source)
{
    if (m_thread || !source)
        return false;
    m_cancelled = false;
    m_source = std::move(source);
    MailSource *reader = m_source.get();
    m_thread = QThread::create([this, reader] {
        QList<MailMessage> batch;
        batch.reserve(BatchSize);
        // Hands a batch over to the job's thread, where the signals are emitted; dropped when
        // the job is gone.
        const auto send = [this, reader, &batch] {
            const qint64 read = reader->messagesRead();
            const qint64 skipped = reader->messagesSkipped();
            QMetaObject::invokeMethod(
                this,
                [this, messages = std::move(batch), read, skipped] {
                    if (!messages.isEmpty())
                        emit messagesRead(messages);
                    emit progressed(read, skipped);
                },
                Qt::QueuedConnection);
            batch = QList<MailMessage>();
            batch.reserve(BatchSize);
        };
        reader->read([this, &batch, &send](const MailMessage &message) {
            batch.append(message);
            if (batch.size() >= BatchSize)
                send();
            return !m_cancelled.load();
        });
        send();
    });
    connect(m_thread, &QThread::finished, this, [this] {
        const bool cancelled = m_cancelled;
        const MailPositions positions = m_source->positions();
        const QString error = m_source->errorString();
        m_source.reset();
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(positions, error, cancelled);
    });
    m_thread->start();
    return true;
}

void MailReadJob::cancel()
{
    m_cancelled = true;
}

} // namespace Rapport
