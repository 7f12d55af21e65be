#include "mailreading.h"

#include "clientstore.h"
#include "dovecotserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Rapport;

namespace {

const QString Owner = QStringLiteral("owner@shop.example");
const QString Ann = QStringLiteral("ann@acme.example");
const QString Bob = QStringLiteral("bob@bakery.example");
const QString Stranger = QStringLiteral("someone@elsewhere.example");

/** One message as a mail program keeps it: header fields, CRLF-free, and a short body. */
QByteArray message(const QString &from, const QString &to, const QDateTime &date, const QString &subject, const QString &id,
                   const QString &inReplyTo = {})
{
    QString text = QStringLiteral("From: %1\nTo: %2\nSubject: %3\nDate: %4\nMessage-ID: <%5>\n")
                       .arg(from, to, subject, date.toString(Qt::RFC2822Date), id);
    if (!inReplyTo.isEmpty())
        text += QStringLiteral("In-Reply-To: <%1>\n").arg(inReplyTo);
    text += QStringLiteral("\nThe body, never read.\n");
    return text.toUtf8();
}

/** @p messages as one mbox file's text. */
QByteArray mbox(const QList<QByteArray> &messages)
{
    QByteArray text;
    for (const QByteArray &one : messages)
        text += "From sender@example Mon Nov 30 10:00:00 2026\n" + one + "\n";
    return text;
}

QDateTime at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

/** The conversation every format test reads: Ann asks and is answered, Bob is written to, a stranger writes. */
QList<QByteArray> conversation()
{
    return {message(Ann, Owner, at(11, 2), QStringLiteral("Question about the order"), QStringLiteral("q1@acme.example")),
            message(Owner, Ann, at(11, 2, 12), QStringLiteral("Re: Question about the order"), QStringLiteral("r1@shop.example"),
                    QStringLiteral("q1@acme.example")),
            message(Owner, Bob, at(11, 3), QStringLiteral("Your new offer"), QStringLiteral("o1@shop.example")),
            message(Stranger, Owner, at(11, 4), QStringLiteral("Newsletter"), QStringLiteral("n1@elsewhere.example"))};
}

/** Many messages from Ann and Bob, each numbered, with a long subject: several batches. */
QList<QByteArray> manyMessages(int count, int first = 0)
{
    QList<QByteArray> messages;
    for (int i = first; i < first + count; ++i)
        messages.append(message(i % 2 ? Ann : Bob, Owner, at(10, 1).addSecs(60 * i),
                                QStringLiteral("Order %1 ").arg(i) + QString(200, QLatin1Char('x')),
                                QStringLiteral("m%1@clients.example").arg(i)));
    return messages;
}

/** An interaction as the owner would see it, without its id (which differs between stores). */
QString shown(const Interaction &i, const ClientStore &store)
{
    return QStringLiteral("%1 %2 %3/%4/%5 \"%6\" <%7>")
        .arg(store.client(i.clientId) ? store.client(i.clientId)->name : QStringLiteral("?"),
             i.happenedAt.toUTC().toString(Qt::ISODate), InteractionText::kindKey(i.kind),
             InteractionText::directionKey(i.direction), InteractionText::outcomeKey(i.outcome), i.note, i.messageId);
}

QStringList everyInteraction(const ClientStore &store)
{
    QStringList all;
    store.forEachInteraction([&](const Interaction &interaction) {
        all.append(shown(interaction, store));
        return true;
    });
    return all;
}

bool writeFile(const QString &path, const QByteArray &data, bool append = false)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(append ? QIODevice::Append : QIODevice::WriteOnly))
        return false;
    return file.write(data) == data.size();
}

} // namespace

class tst_MailReading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldLogTheConversation_data();
    void shouldLogTheConversation();
    void shouldReadOnlyWhatWasAppendedToAnMbox();
    void shouldLeaveOutMailOlderThanSince();
    void shouldTakeTheOwnersAddressFromAThunderbirdProfile();
    void shouldRefuseToStartWithoutTheOwnersAddress();
    void shouldTakeUpACancelledReadingWhereItStopped();
    void shouldTakeUpAReadingStoppedByAFullDisk();
    void shouldReadAnImapMailboxWithoutMarkingItRead();

private:
    std::unique_ptr<ClientStore> newStore(const QString &name);
    /** Reads @p location into @p store to the end; false (with the test failed) when it did not start or end. */
    bool readAll(ClientStore *store, const QString &location, bool *ok = nullptr, const QDateTime &since = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
};

void tst_MailReading::initTestCase()
{
    RAPPORT_REQUIRE_BACKEND();
}

std::unique_ptr<ClientStore> tst_MailReading::newStore(const QString &name)
{
    auto store = std::make_unique<ClientStore>();
    if (!store->open(TestSupport::newDatabase(*m_dir, name)))
        qFatal("cannot open the store: %s", qPrintable(store->errorString()));
    QVector<qint64> ids;
    const auto client = [](const QString &clientName, const QString &email) {
        Client c;
        c.name = clientName;
        c.satisfaction = 5;
        c.repurchase = 5;
        c.emails.append(ContactPoint{email, ContactPoint::Label::Work});
        c.createdAt = QDateTime(QDate(2025, 1, 10), QTime(9, 0), Qt::UTC);
        c.updatedAt = c.createdAt;
        return c;
    };
    if (!store->addClients({client(QStringLiteral("Ann Abbott"), Ann), client(QStringLiteral("Bob Baker"), Bob)}, &ids))
        qFatal("cannot add clients: %s", qPrintable(store->errorString()));
    return store;
}

void tst_MailReading::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = newStore(QStringLiteral("mail"));
    QVERIFY(MailLog::setOwnAddresses(m_store.get(), {Owner}));
}

void tst_MailReading::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

bool tst_MailReading::readAll(ClientStore *store, const QString &location, bool *ok, const QDateTime &since)
{
    MailReading reading(store);
    QSignalSpy finished(&reading, &MailReading::finished);
    if (!reading.start(location, QString(), since)) {
        qWarning("the reading did not start: %s", qPrintable(reading.errorString()));
        return false;
    }
    if (!finished.wait(60000))
        return false;
    if (ok)
        *ok = finished.at(0).at(0).toBool();
    else if (!finished.at(0).at(0).toBool())
        qWarning("the reading failed: %s", qPrintable(reading.errorString()));
    return ok || finished.at(0).at(0).toBool();
}

void tst_MailReading::shouldLogTheConversation_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("mbox") << QStringLiteral("mbox");
    QTest::newRow("Maildir") << QStringLiteral("maildir");
    QTest::newRow(".eml files") << QStringLiteral("eml");
}

void tst_MailReading::shouldLogTheConversation()
{
    QFETCH(QString, format);
    // GIVEN the conversation kept as an mbox file, a Maildir or a folder of .eml files
    const QList<QByteArray> messages = conversation();
    QString location = m_dir->filePath(QStringLiteral("mail"));
    if (format == QLatin1String("mbox")) {
        location += QStringLiteral(".mbox");
        QVERIFY(writeFile(location, mbox(messages)));
    } else {
        for (const QString &sub : {QStringLiteral("/tmp"), QStringLiteral("/new")})
            QVERIFY(QDir().mkpath(location + sub));
        for (int i = 0; i < messages.size(); ++i) {
            const QString name = format == QLatin1String("maildir") ? QStringLiteral("cur/%1.shop:2,S").arg(i)
                                                                    : QStringLiteral("%1.eml").arg(i);
            QVERIFY(writeFile(location + QLatin1Char('/') + name, messages.at(i)));
        }
    }

    // WHEN it is read
    MailReading reading(m_store.get());
    QSignalSpy finished(&reading, &MailReading::finished);
    QVERIFY2(reading.start(location), qPrintable(reading.errorString()));
    QVERIFY(finished.wait(60000));

    // THEN Ann's question is answered, the answer and the offer to Bob wait for theirs, the stranger is left out
    QCOMPARE(reading.errorString(), QString());
    QCOMPARE(finished.at(0), (QVariantList{true, false}));
    QCOMPARE(everyInteraction(*m_store),
             (QStringList{QStringLiteral("Ann Abbott 2026-11-02T10:00:00Z email/inbound/answered \"Question about the order\" <q1@acme.example>"),
                          QStringLiteral("Ann Abbott 2026-11-02T12:00:00Z email/outbound/no_answer \"Re: Question about the order\" <r1@shop.example>"),
                          QStringLiteral("Bob Baker 2026-11-03T10:00:00Z email/outbound/no_answer \"Your new offer\" <o1@shop.example>")}));
    QCOMPARE(reading.counts().messages, 4);
    QCOMPARE(reading.counts().logged, 3);
    QCOMPARE(reading.counts().clients, 2);
    QCOMPARE(reading.summary(), MailLog::summary(reading.counts()));
    QCOMPARE(reading.skipped(), qint64(0));

    // AND reading it again adds nothing
    const QStringList before = everyInteraction(*m_store);
    QVERIFY2(reading.start(location), qPrintable(reading.errorString()));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(1), (QVariantList{true, false}));
    QCOMPARE(reading.counts().logged, 0);
    QCOMPARE(everyInteraction(*m_store), before);
}

void tst_MailReading::shouldReadOnlyWhatWasAppendedToAnMbox()
{
    // GIVEN an mbox read once
    const QString location = m_dir->filePath(QStringLiteral("Inbox"));
    QVERIFY(writeFile(location, mbox(conversation())));
    QVERIFY(readAll(m_store.get(), location));
    const QStringList before = everyInteraction(*m_store);

    // WHEN Bob's answer is appended and the mbox read again
    QVERIFY(writeFile(location,
                      mbox({message(Bob, Owner, at(11, 5), QStringLiteral("Re: Your new offer"), QStringLiteral("b2@bakery.example"),
                                    QStringLiteral("o1@shop.example"))}),
                      true));
    MailReading reading(m_store.get());
    QSignalSpy finished(&reading, &MailReading::finished);
    QVERIFY2(reading.start(location), qPrintable(reading.errorString()));
    QVERIFY(finished.wait(60000));

    // THEN only the new message is read, and the offer is answered now
    QCOMPARE(reading.counts().messages, 1);
    QCOMPARE(reading.counts().logged, 1);
    QStringList expected = before;
    expected.replace(2, QStringLiteral("Bob Baker 2026-11-03T10:00:00Z email/outbound/answered \"Your new offer\" <o1@shop.example>"));
    expected.append(QStringLiteral("Bob Baker 2026-11-05T10:00:00Z email/inbound/answered \"Re: Your new offer\" <b2@bakery.example>"));
    QCOMPARE(everyInteraction(*m_store), expected);
}

void tst_MailReading::shouldLeaveOutMailOlderThanSince()
{
    // GIVEN the conversation, from the 2nd to the 4th of November
    const QString location = m_dir->filePath(QStringLiteral("Inbox"));
    QVERIFY(writeFile(location, mbox(conversation())));

    // WHEN it is read since the 3rd
    QVERIFY(readAll(m_store.get(), location, nullptr, at(11, 3, 0)));

    // THEN only the offer to Bob is logged
    QCOMPARE(everyInteraction(*m_store),
             QStringList{QStringLiteral("Bob Baker 2026-11-03T10:00:00Z email/outbound/no_answer \"Your new offer\" <o1@shop.example>")});
}

void tst_MailReading::shouldTakeTheOwnersAddressFromAThunderbirdProfile()
{
    // GIVEN a store that knows no address of the owner, and a Thunderbird profile with an identity
    std::unique_ptr<ClientStore> store = newStore(QStringLiteral("fresh"));
    QCOMPARE(MailLog::ownAddresses(*store), QStringList());
    const QString profile = m_dir->filePath(QStringLiteral("abcd.default"));
    QVERIFY(writeFile(profile + QStringLiteral("/prefs.js"),
                      "user_pref(\"mail.identity.id1.fullName\", \"Owner\");\n"
                      "user_pref(\"mail.identity.id1.useremail\", \"owner@shop.example\");\n"));
    QVERIFY(writeFile(profile + QStringLiteral("/Mail/Local Folders/Inbox"), mbox(conversation())));

    // WHEN the profile is read
    QVERIFY(readAll(store.get(), profile));

    // THEN the identity's address is kept as the owner's, and the mail is logged with it
    QCOMPARE(MailLog::ownAddresses(*store), QStringList{Owner});
    QCOMPARE(everyInteraction(*store).size(), 3);
    QCOMPARE(everyInteraction(*store).at(1),
             QStringLiteral("Ann Abbott 2026-11-02T12:00:00Z email/outbound/no_answer \"Re: Question about the order\" <r1@shop.example>"));
}

void tst_MailReading::shouldRefuseToStartWithoutTheOwnersAddress()
{
    // GIVEN a store that knows no address of the owner, and an mbox that names none
    std::unique_ptr<ClientStore> store = newStore(QStringLiteral("fresh"));
    const QString location = m_dir->filePath(QStringLiteral("Inbox"));
    QVERIFY(writeFile(location, mbox(conversation())));

    // WHEN a reading is started
    MailReading reading(store.get());
    QSignalSpy finished(&reading, &MailReading::finished);

    // THEN it does not start, and says why
    QVERIFY(!reading.start(location));
    QCOMPARE(reading.errorString(),
             QStringLiteral("Rapport does not know which email addresses are yours, so it cannot tell the mail you sent "
                            "from the mail you received: give them in Read Mail (or with --own-address)."));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(everyInteraction(*store), QStringList());
}

void tst_MailReading::shouldTakeUpACancelledReadingWhereItStopped()
{
    // GIVEN an mbox of 4,000 messages (sixteen batches), and the same read whole into another store
    const QString location = m_dir->filePath(QStringLiteral("Inbox"));
    QVERIFY(writeFile(location, mbox(manyMessages(4000))));
    std::unique_ptr<ClientStore> whole = newStore(QStringLiteral("whole"));
    QVERIFY(MailLog::setOwnAddresses(whole.get(), {Owner}));
    QVERIFY(readAll(whole.get(), location));
    const QStringList expected = everyInteraction(*whole);
    QCOMPARE(expected.size(), 4000);

    // WHEN a reading is cancelled once its first batch is written
    MailReading reading(m_store.get());
    QSignalSpy finished(&reading, &MailReading::finished);
    connect(&reading, &MailReading::progressed, &reading, &MailReading::cancel, Qt::SingleShotConnection);
    QVERIFY2(reading.start(location), qPrintable(reading.errorString()));
    QVERIFY(finished.wait(60000));

    // THEN it ends cancelled with what it wrote kept: the first batch at least (the worker reads on
    // until the cancel reaches it, and hands over what it read by then)
    QCOMPARE(finished.at(0), (QVariantList{true, true}));
    const int written = everyInteraction(*m_store).size();
    QVERIFY2(written >= 250, qPrintable(QString::number(written)));
    QCOMPARE(reading.counts().logged, written);

    // AND the next reading takes up the rest, to the same interactions as a whole reading
    MailReading rest(m_store.get());
    QSignalSpy restFinished(&rest, &MailReading::finished);
    QVERIFY2(rest.start(location), qPrintable(rest.errorString()));
    QVERIFY(restFinished.wait(60000));
    QCOMPARE(restFinished.at(0), (QVariantList{true, false}));
    QCOMPARE(rest.counts().messages, 4000 - written);
    QCOMPARE(everyInteraction(*m_store), expected);
}

void tst_MailReading::shouldTakeUpAReadingStoppedByAFullDisk()
{
    RAPPORT_FILES_ONLY();
    // GIVEN an mbox of 1,000 messages, the same read whole into another store, and a disk that fills up
    const QString location = m_dir->filePath(QStringLiteral("Inbox"));
    QVERIFY(writeFile(location, mbox(manyMessages(1000))));
    std::unique_ptr<ClientStore> whole = newStore(QStringLiteral("whole"));
    QVERIFY(MailLog::setOwnAddresses(whole.get(), {Owner}));
    QVERIFY(readAll(whole.get(), location));
    const QStringList expected = everyInteraction(*whole);
    const MailPositions positionsBefore = MailReading::storedPositions(*m_store, location);
    QVERIFY(m_store->limitGrowthForTesting(40));

    // WHEN the mbox is read
    MailReading reading(m_store.get());
    QSignalSpy finished(&reading, &MailReading::finished);
    QVERIFY2(reading.start(location), qPrintable(reading.errorString()));
    QVERIFY(finished.wait(60000));

    // THEN the reading fails with the store's sentence, keeps the whole batches it wrote and leaves the positions
    QCOMPARE(finished.at(0), (QVariantList{false, false}));
    QCOMPARE(reading.errorString(),
             QStringLiteral("Could not log the emails: the disk is full. Nothing was changed; free some space and try again."));
    const qsizetype written = everyInteraction(*m_store).size();
    QVERIFY2(written > 0 && written < 1000, qPrintable(QString::number(written)));
    QCOMPARE(written % 250, 0);
    QCOMPARE(MailReading::storedPositions(*m_store, location), positionsBefore);

    // AND once there is room, the next reading ends with what an uninterrupted one gave
    QVERIFY(m_store->limitGrowthForTesting(-1));
    QVERIFY(readAll(m_store.get(), location));
    QCOMPARE(everyInteraction(*m_store), expected);
}

void tst_MailReading::shouldReadAnImapMailboxWithoutMarkingItRead()
{
    const QString missing = DovecotServer::missingPrograms();
    if (!missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("No IMAP server to test against: %1").arg(missing)));
    // GIVEN an IMAP server over TLS with a self-signed certificate, holding the conversation
    DovecotServer server;
    const QString error = server.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QByteArray &one : conversation())
        QVERIFY2(server.addMessage(one).isEmpty(), "the message was not added");
    const QString location = QStringLiteral("imaps://%1@127.0.0.1:%2/INBOX").arg(server.user()).arg(server.tlsPort());

    // WHEN it is read with the server's certificate trusted
    const auto read = [&](int *logged) {
        MailReading reading(m_store.get());
        reading.setTrustedCertificateFile(server.certificateFile());
        QSignalSpy finished(&reading, &MailReading::finished);
        if (!reading.start(location, server.password()))
            return reading.errorString();
        if (!finished.wait(60000))
            return QStringLiteral("no end");
        *logged = reading.counts().logged;
        return finished.at(0).at(0).toBool() ? QString() : reading.errorString();
    };
    int logged = -1;
    QString failure = read(&logged);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    // THEN the conversation is logged, and no message is marked read
    QCOMPARE(logged, 3);
    QCOMPARE(everyInteraction(*m_store),
             (QStringList{QStringLiteral("Ann Abbott 2026-11-02T10:00:00Z email/inbound/answered \"Question about the order\" <q1@acme.example>"),
                          QStringLiteral("Ann Abbott 2026-11-02T12:00:00Z email/outbound/no_answer \"Re: Question about the order\" <r1@shop.example>"),
                          QStringLiteral("Bob Baker 2026-11-03T10:00:00Z email/outbound/no_answer \"Your new offer\" <o1@shop.example>")}));
    QCOMPARE(server.seenUids(), QSet<quint32>());

    // WHEN Bob answers and the mailbox is read again
    QVERIFY(server.addMessage(message(Bob, Owner, at(11, 5), QStringLiteral("Re: Your new offer"), QStringLiteral("b2@bakery.example"),
                                      QStringLiteral("o1@shop.example")))
                .isEmpty());
    failure = read(&logged);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    // THEN only his answer is new, and still nothing is marked read
    QCOMPARE(logged, 1);
    QCOMPARE(everyInteraction(*m_store).size(), 4);
    QCOMPARE(everyInteraction(*m_store).at(3),
             QStringLiteral("Bob Baker 2026-11-05T10:00:00Z email/inbound/answered \"Re: Your new offer\" <b2@bakery.example>"));
    QCOMPARE(server.seenUids(), QSet<quint32>());
}

QTEST_GUILESS_MAIN(tst_MailReading)
#include "tst_mailreading.moc"
