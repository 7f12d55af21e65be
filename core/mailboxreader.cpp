#include "mailboxreader.h"

#include "mailheaderparser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSettings>

// GLib's headers use "signals" as a name, which Qt's headers define as a keyword.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

#include <algorithm>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Rapport {

namespace {

// Folders deeper than this are not searched (a loop of bind mounts, a mistaken pick of "/").
constexpr int MaxDepth = 32;
// A message whose headers go on longer than this is read up to here.
constexpr qint64 MaxHeaderBytes = 16 * 1024 * 1024;

// Files that sit beside Thunderbird's mail folders and are never mail.
bool isNeverMail(const QFileInfo &info)
{
    static const QSet<QString> suffixes{QStringLiteral("msf"),    QStringLiteral("dat"),  QStringLiteral("json"),
                                        QStringLiteral("js"),     QStringLiteral("html"), QStringLiteral("sqlite"),
                                        QStringLiteral("ini"),    QStringLiteral("mozlz4"), QStringLiteral("lock"),
                                        QStringLiteral("sqlite-wal"), QStringLiteral("sqlite-shm")};
    return suffixes.contains(info.suffix().toLower());
}

bool startsAsMbox(QFile &file)
{
    char start[5];
    return file.read(start, 5) == 5 && qstrncmp(start, "From ", 5) == 0;
}

bool isMboxFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && startsAsMbox(file);
}

bool isMaildir(const QDir &dir)
{
    return QFileInfo(dir.filePath(QStringLiteral("cur"))).isDir() && QFileInfo(dir.filePath(QStringLiteral("new"))).isDir();
}

bool isThunderbirdProfile(const QDir &dir)
{
    return QFileInfo::exists(dir.filePath(QStringLiteral("prefs.js")))
        && (QFileInfo(dir.filePath(QStringLiteral("Mail"))).isDir() || QFileInfo(dir.filePath(QStringLiteral("ImapMail"))).isDir());
}

// What identifies the bytes of an mbox file before @p offset: its first and its last 4 KiB.
// An appended file keeps both; a compacted or replaced one almost never does.
QString fingerprint(QFile &file, qint64 offset)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const qint64 length = std::min<qint64>(offset, 4096);
    if (!file.seek(0))
        return {};
    hash.addData(file.read(length));
    if (!file.seek(offset - length))
        return {};
    hash.addData(file.read(length));
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QString mboxPosition(QFile &file, qint64 offset)
{
    return QStringLiteral("mbox:%1:%2").arg(offset).arg(fingerprint(file, offset));
}

// Where to go on reading an mbox file from, by its stored position: 0 when the file was replaced
// or shrank, or when the position is not one of an mbox.
qint64 resumeOffset(QFile &file, const QString &position)
{
    const QStringList parts = position.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts.at(0) != QLatin1String("mbox"))
        return 0;
    bool ok = false;
    const qint64 offset = parts.at(1).toLongLong(&ok);
    if (!ok || offset <= 0 || offset > file.size() || fingerprint(file, offset) != parts.at(2))
        return 0;
    if (offset == file.size())
        return offset;
    return file.seek(offset) && startsAsMbox(file) ? offset : 0;
}

// The header bytes of the message in @p file (the whole file when it has no empty line).
QByteArray readHeaders(QFile &file)
{
    QByteArray data;
    while (data.size() < MaxHeaderBytes) {
        const QByteArray chunk = file.read(64 * 1024);
        if (chunk.isEmpty())
            break;
        // Look again from the last line end of the bytes before, where an empty line may have been cut in two.
        const qsizetype from = std::max<qsizetype>(0, data.size() - 2);
        data.append(chunk);
        const qsizetype end = MailHeaderParser::headerEnd(data, from);
        if (end >= 0) {
            data.truncate(end);
            break;
        }
    }
    return data;
}

qint64 changeTime(const QFileInfo &info)
{
    // The later of the two: a file copied in with its old modification time is still new here.
    return std::max(info.lastModified().toMSecsSinceEpoch(), info.metadataChangeTime().toMSecsSinceEpoch());
}

} // namespace

MailboxReader::MailboxReader(const QString &path)
    : m_path(path)
    , m_parser(std::make_unique<MailHeaderParser>())
{
}

MailboxReader::~MailboxReader() = default;

void MailboxReader::setSince(const QDateTime &since)
{
    m_since = since;
}

void MailboxReader::setPositions(const MailPositions &positions)
{
    m_positions = positions;
}

bool MailboxReader::read(const std::function<bool(const MailMessage &)> &onMessage)
{
    m_onMessage = &onMessage;
    m_stopped = false;
    m_sources = 0;
    readPath(m_path);
    if (m_sources == 0 && m_error.isEmpty())
        setError(tr("Rapport found no mail in “%1”: no mbox file, Maildir, .eml file or Thunderbird profile.")
                     .arg(QDir::toNativeSeparators(m_path)));
    m_onMessage = nullptr;
    return !m_stopped;
}

QString MailboxReader::thunderbirdFolder()
{
    const QDir home = QDir::home();
    const QStringList candidates{QStringLiteral(".thunderbird"), QStringLiteral(".var/app/org.mozilla.Thunderbird/.thunderbird"),
                                 QStringLiteral("snap/thunderbird/common/.thunderbird")};
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(home.filePath(candidate + QStringLiteral("/profiles.ini"))))
            return home.filePath(candidate);
    }
    return {};
}

QStringList MailboxReader::thunderbirdProfiles(const QString &folder)
{
    const QDir dir(folder);
    QSettings ini(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    QStringList profiles;
    const QStringList groups = ini.childGroups();
    for (const QString &group : groups) {
        if (!group.startsWith(QLatin1String("Profile")))
            continue;
        const QString path = ini.value(group + QStringLiteral("/Path")).toString();
        if (path.isEmpty())
            continue;
        const bool relative = ini.value(group + QStringLiteral("/IsRelative"), 1).toInt() != 0;
        const QString profile = QDir::cleanPath(relative ? dir.filePath(path) : path);
        if (QFileInfo(profile).isDir() && !profiles.contains(profile))
            profiles.append(profile);
    }
    return profiles;
}

void MailboxReader::readPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        setError(tr("There is no file or folder “%1”.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (info.isDir()) {
        readFolder(QDir(info.absoluteFilePath()), 0);
        return;
    }
    QFile file;
    if (!openFile(info.absoluteFilePath(), &file))
        return;
    if (file.size() == 0 || startsAsMbox(file)) {
        file.close();
        readMbox(info.absoluteFilePath());
    } else {
        file.close();
        readMessageFiles(info.absoluteFilePath(), {info});
    }
}

bool MailboxReader::openFile(const QString &path, QFile *file)
{
    // open(2) rather than QFile alone, for errno: "permission" is the sentence a person can act on.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == EACCES || error == EPERM)
            setError(tr("Rapport may not read “%1”: you do not have permission.").arg(QDir::toNativeSeparators(path)));
        else
            setError(tr("Rapport could not read “%1”: %2.").arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(error))));
        return false;
    }
    file->setFileName(path);
    return file->open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle);
}

bool MailboxReader::canOpenFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::close(fd);
        return true;
    }
    const int error = errno;
    if (error == EACCES || error == EPERM)
        setError(tr("Rapport may not open the folder “%1”: you do not have permission.").arg(QDir::toNativeSeparators(path)));
    else
        setError(tr("Rapport could not open the folder “%1”: %2.").arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(error))));
    return false;
}

void MailboxReader::readFolder(const QDir &dir, int depth)
{
    if (m_stopped || depth > MaxDepth)
        return;
    if (!canOpenFolder(dir.path()))
        return;
    if (QFileInfo::exists(dir.filePath(QStringLiteral("profiles.ini")))) {
        const QStringList profiles = thunderbirdProfiles(dir.path());
        for (const QString &profile : profiles)
            readProfile(QDir(profile));
        return;
    }
    if (isThunderbirdProfile(dir)) {
        readProfile(dir);
        return;
    }

    const bool maildir = isMaildir(dir);
    if (maildir) {
        QList<QFileInfo> files;
        for (const QString &sub : {QStringLiteral("new"), QStringLiteral("cur")}) {
            const QDir subdir(dir.filePath(sub));
            if (!canOpenFolder(subdir.path()))
                continue;
            files += subdir.entryInfoList(QDir::Files, QDir::Name);
        }
        readMessageFiles(dir.path(), files);
    }

    const QList<QFileInfo> entries = dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    QList<QFileInfo> messageFiles;
    QList<QFileInfo> folders;
    for (const QFileInfo &entry : entries) {
        if (m_stopped)
            return;
        if (entry.isDir()) {
            const bool maildirPart = maildir
                && (entry.fileName() == QLatin1String("cur") || entry.fileName() == QLatin1String("new")
                    || entry.fileName() == QLatin1String("tmp"));
            // A link to a folder could lead back up: only real folders are searched.
            if (!entry.isSymLink() && !maildirPart)
                folders.append(entry);
        } else if (entry.suffix().compare(QLatin1String("eml"), Qt::CaseInsensitive) == 0) {
            messageFiles.append(entry);
        } else if (entry.isFile() && !isNeverMail(entry) && entry.size() > 0 && isMboxFile(entry.filePath())) {
            readMbox(entry.absoluteFilePath());
        }
    }
    if (!messageFiles.isEmpty())
        readMessageFiles(dir.path(), messageFiles);
    for (const QFileInfo &folder : std::as_const(folders))
        readFolder(QDir(folder.absoluteFilePath()), depth + 1);
}

void MailboxReader::readProfile(const QDir &profile)
{
    for (const QString &sub : {QStringLiteral("Mail"), QStringLiteral("ImapMail")}) {
        if (QFileInfo(profile.filePath(sub)).isDir())
            readFolder(QDir(profile.filePath(sub)), 1);
    }
}

void MailboxReader::readMbox(const QString &path)
{
    if (m_stopped)
        return;
    QFile file;
    if (!openFile(path, &file))
        return;
    ++m_sources;
    const qint64 start = resumeOffset(file, m_positions.value(path));
    qint64 end = start;
    if (start < file.size()) {
        GMimeStream *stream = g_mime_stream_fs_new_with_bounds(file.handle(), start, -1);
        g_mime_stream_fs_set_owner(GMIME_STREAM_FS(stream), FALSE);
        GMimeParser *parser = g_mime_parser_new_with_stream(stream);
        g_object_unref(stream);
        g_mime_parser_set_format(parser, GMIME_FORMAT_MBOX);
        while (!m_stopped && !g_mime_parser_eos(parser)) {
            GMimeMessage *message = g_mime_parser_construct_message(parser, m_parser->options());
            if (!message) {
                // A message cut off in its headers, most likely still being written: counted,
                // and read again next time from its "From " line.
                ++m_skipped;
                break;
            }
            end = g_mime_parser_tell(parser);
            // A "From " line inside a body that its writer did not quote as ">From " splits the
            // message; what follows it has no header at all and is not a message.
            if (g_mime_header_list_get_count(g_mime_object_get_header_list(GMIME_OBJECT(message))) > 0) {
                if (const std::optional<MailMessage> mail = m_parser->fromGMime(message))
                    deliver(*mail);
                else
                    ++m_skipped;
            }
            g_object_unref(message);
        }
        g_object_unref(parser);
    }
    m_positions.insert(path, mboxPosition(file, end));
}

void MailboxReader::readMessageFiles(const QString &key, const QList<QFileInfo> &files)
{
    ++m_sources;
    bool ok = false;
    const QString position = m_positions.value(key);
    qint64 since = position.startsWith(QLatin1String("changed:")) ? position.mid(8).toLongLong(&ok) : 0;
    if (!ok)
        since = 0;
    qint64 newest = since;
    for (const QFileInfo &info : files) {
        if (m_stopped)
            return;
        const qint64 changed = changeTime(info);
        if (changed <= since)
            continue;
        newest = std::max(newest, changed);
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            ++m_skipped;
            continue;
        }
        if (const std::optional<MailMessage> mail = m_parser->parse(readHeaders(file)))
            deliver(*mail);
        else
            ++m_skipped;
    }
    if (!m_stopped)
        m_positions.insert(key, QStringLiteral("changed:%1").arg(newest));
}

bool MailboxReader::deliver(const MailMessage &message)
{
    if (m_since.isValid() && message.date.isValid() && message.date < m_since)
        return true;
    ++m_read;
    if (!(*m_onMessage)(message))
        m_stopped = true;
    return !m_stopped;
}

void MailboxReader::setError(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
}

} // namespace Rapport
