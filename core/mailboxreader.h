#pragma once

#include "mailsource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <memory>

class QDir;
class QFile;
class QFileInfo;

namespace Rapport {

class MailHeaderParser;

/**
 * Reads the mail kept in files: an mbox file (Thunderbird's local folders, most Unix mail
 * programs), a Maildir (its cur/ and new/), a folder of .eml files, a Thunderbird profile or
 * Thunderbird's own folder with profiles.ini (its Mail/ and ImapMail/ folders), or any folder
 * holding these, searched through. Only headers are read.
 *
 * Incremental: an mbox file is read on from the byte where the last reading stopped, unless the
 * file was replaced or shrank (Thunderbird rewrites it when it compacts a folder), then from its
 * start; in a Maildir or a folder of .eml files only the files added or changed since are read.
 * A message may so come twice (a replaced file); the Message-ID tells them apart.
 */
class MailboxReader : public MailSource
{
    Q_DECLARE_TR_FUNCTIONS(MailboxReader)

public:
    /** A reader of @p path, a file or a folder. */
    explicit MailboxReader(const QString &path);
    ~MailboxReader() override;

    /** Only messages dated from @p since on are handed over; undated ones always are. Invalid: all. */
    void setSince(const QDateTime &since);
    /** Where the last reading stopped, as positions() gave it then. */
    void setPositions(const MailPositions &positions);

    bool read(const std::function<bool(const MailMessage &)> &onMessage) override;
    qint64 messagesRead() const override { return m_read; }
    qint64 messagesSkipped() const override { return m_skipped; }
    MailPositions positions() const override { return m_positions; }
    QString errorString() const override { return m_error; }

    /** Thunderbird's folder with profiles.ini in the home folder (also as a Flatpak or Snap), or empty when there is none. */
    static QString thunderbirdFolder();
    /** The profile folders that @p folder's profiles.ini lists, those that exist, in its order. */
    static QStringList thunderbirdProfiles(const QString &folder);

private:
    void readPath(const QString &path);
    void readFolder(const QDir &dir, int depth);
    void readProfile(const QDir &profile);
    void readMbox(const QString &path);
    void readMessageFiles(const QString &key, const QList<QFileInfo> &files);
    bool openFile(const QString &path, QFile *file);
    bool canOpenFolder(const QString &path);
    bool deliver(const MailMessage &message);
    void setError(const QString &error);

    QString m_path;
    QDateTime m_since;
    MailPositions m_positions;
    std::unique_ptr<MailHeaderParser> m_parser;
    const std::function<bool(const MailMessage &)> *m_onMessage = nullptr;
    qint64 m_read = 0;
    qint64 m_skipped = 0;
    int m_sources = 0;
    bool m_stopped = false;
    QString m_error;
};

} // namespace Rapport
