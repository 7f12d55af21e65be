#include "mailboxreader.h"
#include "mailreadjob.h"

#include <QtTest>

#include <unistd.h>

using namespace Rapport;

namespace {

QByteArray message(const QByteArray &subject, const QByteArray &date = "Mon, 7 Dec 2026 10:00:00 +0000",
                   const QByteArray &body = "Hello.\n")
{
    QByteArray data = "From: Anna <anna@example.com>\nTo: bob@example.org\nSubject: " + subject + "\nMessage-ID: <" + subject
        + "@example.com>\n";
    if (!date.isEmpty())
        data += "Date: " + date + "\n";
    return data + "\n" + body;
}

QByteArray mboxEntry(const QByteArray &subject, const QByteArray &date = "Mon, 7 Dec 2026 10:00:00 +0000",
                     const QByteArray &body = "Hello.\n")
{
    return "From anna@example.com Mon Dec  7 10:00:00 2026\n" + message(subject, date, body) + "\n";
}

QByteArray mbox(const QList<QByteArray> &subjects)
{
    QByteArray data;
    for (const QByteArray &subject : subjects)
        data += mboxEntry(subject);
    return data;
}

void write(const QString &path, const QByteArray &data, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY2(file.open(mode), qPrintable(path));
    QCOMPARE(file.write(data), data.size());
}

struct Reading
{
    QStringList subjects;
    qint64 read = 0;
    qint64 skipped = 0;
    MailPositions positions;
    QString error;
};

Reading readAll(const QString &path, const MailPositions &positions = {}, const QDateTime &since = {})
{
    MailboxReader reader(path);
    reader.setPositions(positions);
    reader.setSince(since);
    Reading reading;
    reader.read([&reading](const MailMessage &m) {
        reading.subjects.append(m.subject);
        return true;
    });
    reading.read = reader.messagesRead();
    reading.skipped = reader.messagesSkipped();
    reading.positions = reader.positions();
    reading.error = reader.errorString();
    return reading;
}

QStringList subjects(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

} // namespace

class tst_MailboxReader : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadAnMboxFile_data();
    void shouldReadAnMboxFile();
    void shouldReadOnlyWhatWasAppendedToAnMbox();
    void shouldReadAReplacedOrShrunkMboxFromItsStart();
    void shouldReadAMaildir();
    void shouldReadAFolderOfEmlFiles();
    void shouldReadEveryMailFolderOfAThunderbirdProfile();
    void shouldPassOverMessagesBeforeSince();
    void shouldSayWhatIsWrongWithThePath();
    void shouldSayWhenAFolderHoldsNoMail();
    void shouldSayWhenAFolderMayNotBeOpened();
    void shouldEmitBatchesFromAWorkerThread();
    void shouldStopWhenCancelledWithPositionsOfWhatWasEmitted();
};

void tst_MailboxReader::shouldReadAnMboxFile_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("subjects");
    QTest::addColumn<qint64>("skipped");

    QTest::newRow("three") << mbox({"one", "two", "three"}) << subjects({"one", "two", "three"}) << qint64(0);
    QTest::newRow("empty file") << QByteArray() << QStringList() << qint64(0);
    QTest::newRow("From lines in a body, quoted and not")
        << mboxEntry("one", "Mon, 7 Dec 2026 10:00:00 +0000", "Hi\n\nFrom the office\n>From quoted\nFrom here on\n\nbye\n")
            + mboxEntry("two")
        << subjects({"one", "two"}) << qint64(0);
    QTest::newRow("truncated in the headers") << mbox({"one", "two"}) + QByteArray("From x\nFrom: anna@example.com\nSubj")
                                              << subjects({"one", "two"}) << qint64(1);
    QTest::newRow("truncated in a body") << mbox({"one"}) + mboxEntry("two").left(130) << subjects({"one", "two"}) << qint64(0);
    QTest::newRow("a message of no known header is skipped")
        << mboxEntry("one") + "From x\nX-Only: this\n\nbody\n" + mboxEntry("two") << subjects({"one", "two"}) << qint64(1);
    QTest::newRow("NUL bytes, CRLF")
        << QByteArray("From x\r\nFrom: a@example.com\r\nSubject: n\0ul\r\n\r\nbo\0dy\r\n", 53) + mboxEntry("two")
        << subjects({"n", "two"}) << qint64(0);
    QTest::newRow("a 1 MB header line and 10,000 recipients")
        << mboxEntry("big\nX-Long: " + QByteArray(1024 * 1024, 'x') + "\nCc: "
                     + QByteArray("someone@example.com, ").repeated(9999) + "last@example.com")
            + mboxEntry("after")
        << subjects({"big", "after"}) << qint64(0);
}

void tst_MailboxReader::shouldReadAnMboxFile()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, subjects);
    QFETCH(qint64, skipped);
    // GIVEN an mbox file
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Inbox"));
    write(path, data);
    // WHEN read
    const Reading reading = readAll(path);
    // THEN every message is there, in order, and what could not be read is counted
    QCOMPARE(reading.subjects, subjects);
    QCOMPARE(reading.read, qint64(subjects.size()));
    QCOMPARE(reading.skipped, skipped);
    QCOMPARE(reading.error, QString());
    QCOMPARE(reading.positions.keys(), QStringList{path});
}

void tst_MailboxReader::shouldReadOnlyWhatWasAppendedToAnMbox()
{
    // GIVEN an mbox read once
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Inbox"));
    write(path, mbox({"one", "two"}));
    const Reading first = readAll(path);
    QCOMPARE(first.subjects, subjects({"one", "two"}));
    // WHEN read again with its positions, unchanged
    const Reading unchanged = readAll(path, first.positions);
    // THEN nothing comes
    QCOMPARE(unchanged.subjects, QStringList());
    // WHEN two messages are appended and it is read again
    write(path, mbox({"three", "four"}), QIODevice::Append);
    const Reading second = readAll(path, unchanged.positions);
    // THEN only those come
    QCOMPARE(second.subjects, subjects({"three", "four"}));
    QCOMPARE(second.positions.value(path).section(QLatin1Char(':'), 1, 1), QString::number(QFileInfo(path).size()));
}

void tst_MailboxReader::shouldReadAReplacedOrShrunkMboxFromItsStart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Inbox"));
    write(path, mbox({"one", "two"}));
    const MailPositions positions = readAll(path).positions;

    // GIVEN the file replaced by a longer one of other messages (a compacted folder that got new mail)
    QFile::remove(path);
    write(path, mbox({"five", "six", "seven", "eight"}));
    // WHEN read with the old positions
    const Reading replaced = readAll(path, positions);
    // THEN all of them come
    QCOMPARE(replaced.subjects, subjects({"five", "six", "seven", "eight"}));

    // GIVEN the file shrunk
    write(path, mbox({"nine"}));
    // THEN all of it comes
    QCOMPARE(readAll(path, replaced.positions).subjects, subjects({"nine"}));
}

void tst_MailboxReader::shouldReadAMaildir()
{
    // GIVEN a Maildir with messages in new/ and cur/, one being delivered in tmp/
    QTemporaryDir dir;
    const QDir maildir(dir.filePath(QStringLiteral("Maildir")));
    write(maildir.filePath(QStringLiteral("cur/1700000000.1.host:2,S")), message("seen"));
    write(maildir.filePath(QStringLiteral("new/1700000001.2.host")), message("unseen"));
    write(maildir.filePath(QStringLiteral("tmp/1700000002.3.host")), message("delivering"));
    write(maildir.filePath(QStringLiteral("cur/1700000003.4.host:2,")), QByteArray("no mail at all"));
    // WHEN read
    const Reading first = readAll(maildir.path());
    // THEN cur/ and new/ are read, the broken one counted
    QCOMPARE(first.subjects, subjects({"unseen", "seen"}));
    QCOMPARE(first.skipped, qint64(1));
    // WHEN read again after one more arrived
    QTest::qWait(5); // a later change time than the files read
    write(maildir.filePath(QStringLiteral("new/1700000005.5.host")), message("later"));
    const Reading second = readAll(maildir.path(), first.positions);
    // THEN only that one comes
    QCOMPARE(second.subjects, subjects({"later"}));
    QCOMPARE(second.skipped, qint64(0));
}

void tst_MailboxReader::shouldReadAFolderOfEmlFiles()
{
    // GIVEN a folder of saved messages, with other files beside them
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("b.eml")), message("second"));
    write(dir.filePath(QStringLiteral("a.EML")), message("first"));
    write(dir.filePath(QStringLiteral("notes.txt")), QByteArray("From: not@mail.example\n"));
    write(dir.filePath(QStringLiteral("empty.eml")), QByteArray());
    // WHEN read
    const Reading reading = readAll(dir.path());
    // THEN the .eml files are read in name order and the empty one is counted as unreadable
    QCOMPARE(reading.subjects, subjects({"first", "second"}));
    QCOMPARE(reading.skipped, qint64(1));
    // AND a single .eml file reads as well
    QCOMPARE(readAll(dir.filePath(QStringLiteral("b.eml"))).subjects, subjects({"second"}));
}

void tst_MailboxReader::shouldReadEveryMailFolderOfAThunderbirdProfile()
{
    // GIVEN Thunderbird's folder with a profile that has local folders, a subfolder and an IMAP account
    QTemporaryDir dir;
    const QDir thunderbird(dir.filePath(QStringLiteral(".thunderbird")));
    write(thunderbird.filePath(QStringLiteral("profiles.ini")),
          "[General]\nStartWithLastProfile=1\n\n[Profile0]\nName=default\nIsRelative=1\nPath=abcd1234.default\nDefault=1\n");
    const QDir profile(thunderbird.filePath(QStringLiteral("abcd1234.default")));
    write(profile.filePath(QStringLiteral("prefs.js")), "user_pref(\"mail.root.none\", \"\");\n");
    write(profile.filePath(QStringLiteral("Mail/Local Folders/Inbox")), mbox({"local inbox"}));
    write(profile.filePath(QStringLiteral("Mail/Local Folders/Inbox.msf")), "// <!-- <mdb:mork:z v=\"1.4\"/> -->\nFrom x\n");
    write(profile.filePath(QStringLiteral("Mail/Local Folders/Trash")), QByteArray());
    write(profile.filePath(QStringLiteral("Mail/Local Folders/msgFilterRules.dat")), "version=\"9\"\n");
    write(profile.filePath(QStringLiteral("Mail/Local Folders/Clients.sbd/Anna")), mbox({"anna 1", "anna 2"}));
    write(profile.filePath(QStringLiteral("ImapMail/imap.example.com/INBOX")), mbox({"imap inbox"}));
    write(profile.filePath(QStringLiteral("ImapMail/imap.example.com/INBOX.msf")), mbox({"never"}));
    write(profile.filePath(QStringLiteral("ImapMail/imap.example.com/folderTree.json")), "{}");
    write(profile.filePath(QStringLiteral("cache2/entries/ABC")), mbox({"not mail of the profile"}));
    // WHEN Thunderbird's folder is read
    QCOMPARE(MailboxReader::thunderbirdProfiles(thunderbird.path()), QStringList{profile.path()});
    const Reading reading = readAll(thunderbird.path());
    // THEN the mail folders are read, and nothing else
    QCOMPARE(reading.subjects, subjects({"local inbox", "anna 1", "anna 2", "imap inbox"}));
    QCOMPARE(reading.skipped, qint64(0));
    QCOMPARE(reading.error, QString());
    QCOMPARE(reading.positions.keys(),
             QStringList({profile.filePath(QStringLiteral("ImapMail/imap.example.com/INBOX")),
                          profile.filePath(QStringLiteral("Mail/Local Folders/Clients.sbd/Anna")),
                          profile.filePath(QStringLiteral("Mail/Local Folders/Inbox"))}));
    // AND the profile itself reads the same
    QCOMPARE(readAll(profile.path()).subjects, reading.subjects);
}

void tst_MailboxReader::shouldPassOverMessagesBeforeSince()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Inbox"));
    write(path, mboxEntry("january", "Thu, 1 Jan 2026 12:00:00 +0000") + mboxEntry("undated", QByteArray())
                    + mboxEntry("june", "Mon, 1 Jun 2026 00:30:00 +0200"));
    const Reading reading = readAll(path, {}, QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(reading.subjects, subjects({"undated", "june"}));
    QCOMPARE(reading.read, qint64(2));
    QCOMPARE(reading.skipped, qint64(0));
}

void tst_MailboxReader::shouldSayWhatIsWrongWithThePath()
{
    const Reading reading = readAll(QStringLiteral("/nonexistent/Mail/Inbox"));
    QCOMPARE(reading.error, QStringLiteral("There is no file or folder “/nonexistent/Mail/Inbox”."));
    QCOMPARE(reading.read, qint64(0));
    QCOMPARE(reading.positions, MailPositions());
    // AND a job started on nothing finishes at once with nothing
    MailReadJob job;
    QVERIFY(!job.start(nullptr));
}

void tst_MailboxReader::shouldSayWhenAFolderHoldsNoMail()
{
    // GIVEN a folder of documents, and a Maildir that is empty
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("Documents/offer.txt")), "From: not mail\n");
    QDir(dir.path()).mkpath(QStringLiteral("Maildir/cur"));
    QDir(dir.path()).mkpath(QStringLiteral("Maildir/new"));
    // THEN the first says so, the second is a mailbox without messages
    QCOMPARE(readAll(dir.filePath(QStringLiteral("Documents"))).error,
             QStringLiteral("Rapport found no mail in “%1”: no mbox file, Maildir, .eml file or Thunderbird profile.")
                 .arg(dir.filePath(QStringLiteral("Documents"))));
    const Reading empty = readAll(dir.filePath(QStringLiteral("Maildir")));
    QCOMPARE(empty.error, QString());
    QCOMPARE(empty.read, qint64(0));
}

void tst_MailboxReader::shouldSayWhenAFolderMayNotBeOpened()
{
    // GIVEN a folder of mail with one subfolder and one mbox file the user may not read
    QTemporaryDir dir;
    const QFile::Permissions all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther;
    QFile::setPermissions(dir.path(), all);
    const QDir mail(dir.filePath(QStringLiteral("Mail")));
    write(mail.filePath(QStringLiteral("a/Inbox")), mbox({"readable"}));
    write(mail.filePath(QStringLiteral("b/Inbox")), mbox({"hidden"}));
    write(mail.filePath(QStringLiteral("c/Inbox")), mbox({"locked"}));
    for (const QString &folder : {mail.path(), mail.filePath(QStringLiteral("a")), mail.filePath(QStringLiteral("c"))})
        QFile::setPermissions(folder, all);
    QFile::setPermissions(mail.filePath(QStringLiteral("a/Inbox")), QFile::ReadOwner | QFile::ReadOther);
    QFile::setPermissions(mail.filePath(QStringLiteral("b")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(mail.filePath(QStringLiteral("c/Inbox")), QFile::ReadOwner);
    // Root reads everything: read as nobody.
    const bool root = geteuid() == 0;
    if (root)
        QVERIFY(setegid(65534) == 0 && seteuid(65534) == 0);
    // WHEN read
    const Reading reading = readAll(mail.path());
    const Reading file = readAll(mail.filePath(QStringLiteral("c/Inbox")));
    if (root)
        QVERIFY(seteuid(0) == 0 && setegid(0) == 0);
    // THEN what may be read is read, and the first refusal is said
    QCOMPARE(reading.subjects, subjects({"readable"}));
    QCOMPARE(reading.error, QStringLiteral("Rapport may not open the folder “%1”: you do not have permission.")
                                .arg(mail.filePath(QStringLiteral("b"))));
    QCOMPARE(file.error, QStringLiteral("Rapport may not read “%1”: you do not have permission.")
                             .arg(mail.filePath(QStringLiteral("c/Inbox"))));
    QCOMPARE(file.read, qint64(0));
}

void tst_MailboxReader::shouldEmitBatchesFromAWorkerThread()
{
    // GIVEN an mbox of 600 messages
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Inbox"));
    QList<QByteArray> names;
    for (int i = 0; i < 600; ++i)
        names.append("m" + QByteArray::number(i));
    write(path, mbox(names));
    // WHEN a job reads it
    MailReadJob job;
    QList<int> batches;
    QList<QThread *> threads;
    QStringList read;
    connect(&job, &MailReadJob::messagesRead, this, [&](const QList<MailMessage> &messages) {
        batches.append(int(messages.size()));
        threads.append(QThread::currentThread());
        for (const MailMessage &m : messages)
            read.append(m.subject);
    });
    QSignalSpy progressed(&job, &MailReadJob::progressed);
    QSignalSpy finished(&job, &MailReadJob::finished);
    QVERIFY(job.start(std::make_unique<MailboxReader>(path)));
    QVERIFY(job.isRunning());
    QVERIFY(!job.start(std::make_unique<MailboxReader>(path)));
    QVERIFY(finished.wait(60000));
    // THEN the messages came in batches of 250, on this thread, in order, then the positions
    QCOMPARE(batches, QList<int>({250, 250, 100}));
    QCOMPARE(threads, QList<QThread *>(3, QThread::currentThread()));
    QCOMPARE(read.size(), 600);
    QCOMPARE(read.first(), QStringLiteral("m0"));
    QCOMPARE(read.last(), QStringLiteral("m599"));
    QCOMPARE(progressed.last(), QVariantList({qint64(600), qint64(0)}));
    QCOMPARE(finished.size(), 1);
    const MailPositions positions = finished.first().at(0).value<MailPositions>();
    QCOMPARE(positions.keys(), QStringList{path});
    QCOMPARE(finished.first().at(1).toString(), QString());
    QCOMPARE(finished.first().at(2).toBool(), false);
    QVERIFY(!job.isRunning());

    // AND a path that is not there finishes with the sentence
    QVERIFY(job.start(std::make_unique<MailboxReader>(dir.filePath(QStringLiteral("gone")))));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.last().at(1).toString(),
             QStringLiteral("There is no file or folder “%1”.").arg(dir.filePath(QStringLiteral("gone"))));
}

void tst_MailboxReader::shouldStopWhenCancelledWithPositionsOfWhatWasEmitted()
{
    // GIVEN a job reading 3,000 messages, cancelled at its first batch
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Inbox"));
    QList<QByteArray> names;
    for (int i = 0; i < 3000; ++i)
        names.append("m" + QByteArray::number(i));
    write(path, mbox(names));
    MailReadJob job;
    QStringList read;
    connect(&job, &MailReadJob::messagesRead, this, [&](const QList<MailMessage> &messages) {
        for (const MailMessage &m : messages)
            read.append(m.subject);
        job.cancel();
    });
    QSignalSpy finished(&job, &MailReadJob::finished);
    job.start(std::make_unique<MailboxReader>(path));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(2).toBool(), true);
    QVERIFY(read.size() >= 250);
    // WHEN read again from the positions it gave
    const Reading rest = readAll(path, finished.first().at(0).value<MailPositions>());
    // THEN exactly the messages not yet emitted come
    QCOMPARE(read.size() + rest.subjects.size(), 3000);
    if (!rest.subjects.isEmpty())
        QCOMPARE(rest.subjects.first(), QStringLiteral("m%1").arg(read.size()));
}

QTEST_GUILESS_MAIN(tst_MailboxReader)
#include "tst_mailboxreader.moc"
