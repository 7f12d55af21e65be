#pragma once

#include "mailmessage.h"

#include <QMap>
#include <QString>

#include <functional>

namespace Rapport {

/**
 * Where each source of mail was read up to: a source's key (a mailbox file's or a folder's
 * path, or whatever an IMAP reader chooses) to a position string only that source understands.
 * The caller stores the map as it is and hands it back for the next reading, which then reads
 * only what is new.
 */
using MailPositions = QMap<QString, QString>;

/**
 * Something that reads messages, once, on whatever thread calls read(): mail files
 * (MailboxReader) or a server. MailReadJob runs one on a worker thread.
 */
class MailSource
{
public:
    virtual ~MailSource() = default;

    /**
     * Reads every message that is new since the positions given, handing each to @p onMessage
     * in the order found; stops early when @p onMessage returns false. Returns false when it
     * stopped early.
     */
    virtual bool read(const std::function<bool(const MailMessage &)> &onMessage) = 0;
    /** The messages handed to onMessage so far. */
    virtual qint64 messagesRead() const = 0;
    /** The messages that could not be read (no header Rapport understands, a file it may not open). */
    virtual qint64 messagesSkipped() const = 0;
    /** The positions given, with the position of every source read since. */
    virtual MailPositions positions() const = 0;
    /** What went wrong, in a sentence for the person reading, or empty. Set even when other sources were read. */
    virtual QString errorString() const = 0;
};

} // namespace Rapport
