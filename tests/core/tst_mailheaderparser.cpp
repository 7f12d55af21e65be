#include "mailheaderparser.h"

#include <QtTest>

using namespace Rapport;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QByteArray ids(const QList<QByteArray> &list)
{
    return list.join(' ');
}

} // namespace

class tst_MailHeaderParser : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadTheHeaders_data();
    void shouldReadTheHeaders();
    void shouldDecodeEncodedNamesInEveryCharset_data();
    void shouldDecodeEncodedNamesInEveryCharset();
    void shouldTellAutomatedMail_data();
    void shouldTellAutomatedMail();
    void shouldRefuseWhatIsNoEmail_data();
    void shouldRefuseWhatIsNoEmail();
    void shouldReadTenThousandRecipients();
    void shouldReadPastAOneMegabyteHeaderLine();
    void shouldFindTheEndOfTheHeaders_data();
    void shouldFindTheEndOfTheHeaders();
};

void tst_MailHeaderParser::shouldReadTheHeaders_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fromAddress");
    QTest::addColumn<QString>("fromName");
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QByteArray>("messageId");
    QTest::addColumn<QByteArray>("references");

    QTest::newRow("a reply, folded")
        << QByteArray("From: \"Berg, Anna\" <Anna.Berg@Example.COM>\r\n"
                      "To: Bob <bob@example.org>, carla@example.net\r\n"
                      "Cc: BOB@example.org, Dan <dan@example.net>\r\n"
                      "Date: Mon, 7 Dec 2026 10:15:30 +0100\r\n"
                      "Subject: Re: the offer\r\n for next year\r\n"
                      "Message-ID: <abc.123@mail.example.com>\r\n"
                      "In-Reply-To: <parent@example.org>\r\n"
                      "References: <root@example.org>\r\n <parent@example.org>\r\n"
                      "\r\n"
                      "From: not@read.example\r\nThe body.\r\n")
        << u("anna.berg@example.com") << u("Berg, Anna")
        << QStringList{u("bob@example.org"), u("carla@example.net"), u("dan@example.net")}
        << u("2026-12-07T09:15:30Z") << u("Re: the offer for next year") << QByteArray("abc.123@mail.example.com")
        << QByteArray("parent@example.org root@example.org");
    QTest::newRow("mbox From line, no Date, no Message-ID")
        << QByteArray("From anna@example.com Mon Dec  7 10:00:00 2026\nFrom: anna@example.com\nTo: bob@example.org\nSubject: hi\n")
        << u("anna@example.com") << QString() << QStringList{u("bob@example.org")} << QString() << u("hi") << QByteArray()
        << QByteArray();
    QTest::newRow("broken Date")
        << QByteArray("From: a@example.com\nDate: the day after tomorrow\nSubject: x\n") << u("a@example.com") << QString()
        << QStringList() << QString() << u("x") << QByteArray() << QByteArray();
    QTest::newRow("Date without a zone, two-digit year")
        << QByteArray("From: a@example.com\nDate: 7 Dec 26 23:30:00\n") << u("a@example.com") << QString() << QStringList()
        << u("2026-12-07T23:30:00Z") << QString() << QByteArray() << QByteArray();
    QTest::newRow("raw UTF-8 header")
        << QByteArray("From: Zo\xc3\xab <zoe@example.com>\nSubject: Caf\xc3\xa9 \xe2\x82\xac\n") << u("zoe@example.com")
        << u("Zoë") << QStringList() << QString() << u("Café €") << QByteArray() << QByteArray();
    QTest::newRow("raw Latin-1 header")
        << QByteArray("From: Zo\xeb <zoe@example.com>\nSubject: Caf\xe9 cr\xe8me\n") << u("zoe@example.com") << u("Zoë")
        << QStringList() << QString() << u("Café crème") << QByteArray() << QByteArray();
    QTest::newRow("group and undisclosed recipients")
        << QByteArray("From: a@example.com\nTo: Team: x@example.com, Y <y@example.com>;, undisclosed-recipients:;\n")
        << u("a@example.com") << QString() << QStringList{u("x@example.com"), u("y@example.com")} << QString() << QString()
        << QByteArray() << QByteArray();
    QTest::newRow("subject with tabs and an encoded line break")
        << QByteArray("From: a@example.com\nSubject: one\ttwo =?utf-8?Q?three=0D=0Afour?=\n") << u("a@example.com")
        << QString() << QStringList() << QString() << u("one two three four") << QByteArray() << QByteArray();
    QTest::newRow("NUL bytes")
        << QByteArray("From: a@example.com\nSubject: be\0fore\nTo: b@example.com\n", 56) << u("a@example.com") << QString()
        << QStringList{u("b@example.com")} << QString() << u("be") << QByteArray() << QByteArray();
    QTest::newRow("repeated and self references")
        << QByteArray("Message-ID: <me@x>\nIn-Reply-To: <p@x>\nReferences: <r@x> <p@x> <me@x>\n") << QString() << QString()
        << QStringList() << QString() << QString() << QByteArray("me@x") << QByteArray("p@x r@x");
}

void tst_MailHeaderParser::shouldReadTheHeaders()
{
    QFETCH(QByteArray, data);
    // GIVEN a parser
    MailHeaderParser parser;
    // WHEN it reads the bytes
    const std::optional<MailMessage> message = parser.parse(data);
    // THEN every field is what the mail says
    QVERIFY(message);
    QFETCH(QString, fromAddress);
    QCOMPARE(message->fromAddress, fromAddress);
    QFETCH(QString, fromName);
    QCOMPARE(message->fromName, fromName);
    QFETCH(QStringList, recipients);
    QCOMPARE(message->recipientAddresses, recipients);
    QFETCH(QString, date);
    QCOMPARE(message->date.isValid() ? message->date.toString(Qt::ISODate) : QString(), date);
    if (message->date.isValid())
        QCOMPARE(message->date.timeSpec(), Qt::UTC);
    QFETCH(QString, subject);
    QCOMPARE(message->subject, subject);
    QFETCH(QByteArray, messageId);
    QCOMPARE(message->messageId, messageId);
    QFETCH(QByteArray, references);
    QCOMPARE(ids(message->references), references);
    QCOMPARE(message->automated, false);
}

void tst_MailHeaderParser::shouldDecodeEncodedNamesInEveryCharset_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QString>("name");

    QTest::newRow("utf-8") << QByteArray("=?utf-8?B?Wm/DqyDDhW5nc3Ryw7Zt?=") << u("Zoë Ångström");
    QTest::newRow("iso-8859-1") << QByteArray("=?iso-8859-1?Q?Zo=EB_M=FCller?=") << u("Zoë Müller");
    QTest::newRow("iso-8859-15") << QByteArray("=?ISO-8859-15?B?pHVybyBDYWbp?=") << u("€uro Café");
    QTest::newRow("windows-1252") << QByteArray("=?windows-1252?B?Q5x1ciCA?=") << u("Cœur €");
    QTest::newRow("koi8-r") << QByteArray("=?koi8-r?B?6dfBziDwxdTSz9c=?=") << u("Иван Петров");
    QTest::newRow("iso-2022-jp") << QByteArray("=?ISO-2022-JP?B?GyRCOzNFREJATzobKEI=?=") << u("山田太郎");
    QTest::newRow("gb2312") << QByteArray("=?gb2312?B?1cXOsA==?=") << u("张伟");
    QTest::newRow("shift_jis") << QByteArray("=?shift_jis?B?k2OShonUjnE=?=") << u("田中花子");
    QTest::newRow("two words, space between dropped") << QByteArray("=?utf-8?Q?Zo=C3=AB?= =?utf-8?Q?_Berg?=") << u("Zoë Berg");
    QTest::newRow("unknown charset keeps the text") << QByteArray("=?x-unknown?Q?Anna?=") << u("Anna");
}

void tst_MailHeaderParser::shouldDecodeEncodedNamesInEveryCharset()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QString, name);
    // GIVEN a sender's name and a subject in encoded words
    const QByteArray data = "From: " + encoded + " <who@example.com>\nSubject: " + encoded + "\n";
    // WHEN read
    const std::optional<MailMessage> message = MailHeaderParser().parse(data);
    // THEN both are the text written
    QVERIFY(message);
    QCOMPARE(message->fromName, name);
    QCOMPARE(message->subject, name);
    QCOMPARE(message->fromAddress, u("who@example.com"));
}

void tst_MailHeaderParser::shouldTellAutomatedMail_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("automated");

    QTest::newRow("none") << QByteArray() << false;
    QTest::newRow("List-Id") << QByteArray("List-Id: Shop news <news.shop.example>\n") << true;
    QTest::newRow("Auto-Submitted: auto-replied") << QByteArray("Auto-Submitted: auto-replied\n") << true;
    QTest::newRow("Auto-Submitted: auto-generated") << QByteArray("Auto-Submitted: Auto-Generated\n") << true;
    QTest::newRow("Auto-Submitted: no") << QByteArray("Auto-Submitted: no\n") << false;
    QTest::newRow("Auto-Submitted: no (comment)") << QByteArray("Auto-Submitted: no (sent by hand)\n") << false;
    QTest::newRow("Precedence: bulk") << QByteArray("Precedence: bulk\n") << true;
    QTest::newRow("Precedence: list") << QByteArray("Precedence: List\n") << true;
    QTest::newRow("Precedence: junk") << QByteArray("Precedence: junk\n") << true;
    QTest::newRow("Precedence: first-class") << QByteArray("Precedence: first-class\n") << false;
}

void tst_MailHeaderParser::shouldTellAutomatedMail()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, automated);
    const std::optional<MailMessage> message = MailHeaderParser().parse("From: shop@example.com\n" + header + "Subject: s\n");
    QVERIFY(message);
    QCOMPARE(message->automated, automated);
}

void tst_MailHeaderParser::shouldRefuseWhatIsNoEmail_data()
{
    QTest::addColumn<QByteArray>("data");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("an empty line") << QByteArray("\r\n");
    QTest::newRow("text") << QByteArray("Dear Anna, thank you for the offer.\n");
    QTest::newRow("only unknown headers") << QByteArray("X-Mailer: something\nX-Spam: no\n\nbody\n");
    QTest::newRow("body only") << QByteArray("\nFrom: a@example.com\n");
    QTest::newRow("NUL bytes only") << QByteArray(64, '\0');
    QTest::newRow("binary") << QByteArray::fromHex("ff00fe01c3280a0d0a");
}

void tst_MailHeaderParser::shouldRefuseWhatIsNoEmail()
{
    QFETCH(QByteArray, data);
    QVERIFY(!MailHeaderParser().parse(data));
}

void tst_MailHeaderParser::shouldReadTenThousandRecipients()
{
    // GIVEN a message to 10,000 people, the first one twice
    QByteArray to = "To: ";
    QStringList expected;
    for (int i = 0; i < 10000; ++i) {
        to += (i ? ",\n " : "") + QByteArray("Person ") + QByteArray::number(i) + " <P" + QByteArray::number(i) + "@Example.com>";
        expected.append(QStringLiteral("p%1@example.com").arg(i));
    }
    const QByteArray data = "From: a@example.com\n" + to + "\nCc: p0@example.com\n\n";
    // WHEN read
    const std::optional<MailMessage> message = MailHeaderParser().parse(data);
    // THEN all of them are there, once, in order
    QVERIFY(message);
    QCOMPARE(message->recipientAddresses, expected);
}

void tst_MailHeaderParser::shouldReadPastAOneMegabyteHeaderLine()
{
    const QByteArray data = "X-Long: " + QByteArray(1024 * 1024, 'x') + "\nFrom: a@example.com\nSubject: "
        + QByteArray(1024 * 1024, 'y') + "\n\n";
    const std::optional<MailMessage> message = MailHeaderParser().parse(data);
    QVERIFY(message);
    QCOMPARE(message->fromAddress, u("a@example.com"));
    QCOMPARE(message->subject, QString(1024 * 1024, QLatin1Char('y')));
}

void tst_MailHeaderParser::shouldFindTheEndOfTheHeaders_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qsizetype>("from");
    QTest::addColumn<qsizetype>("end");

    QTest::newRow("LF") << QByteArray("A: b\n\nbody") << qsizetype(0) << qsizetype(6);
    QTest::newRow("CRLF") << QByteArray("A: b\r\n\r\nbody") << qsizetype(0) << qsizetype(8);
    QTest::newRow("none yet") << QByteArray("A: b\r\nC: d\r\n") << qsizetype(0) << qsizetype(-1);
    QTest::newRow("starts empty") << QByteArray("\nA: b\n\n") << qsizetype(0) << qsizetype(1);
    QTest::newRow("from the line end before") << QByteArray("A: b\r\n\r\n") << qsizetype(5) << qsizetype(8);
}

void tst_MailHeaderParser::shouldFindTheEndOfTheHeaders()
{
    QFETCH(QByteArray, data);
    QFETCH(qsizetype, from);
    QFETCH(qsizetype, end);
    QCOMPARE(MailHeaderParser::headerEnd(data, from), end);
}

QTEST_GUILESS_MAIN(tst_MailHeaderParser)
#include "tst_mailheaderparser.moc"
