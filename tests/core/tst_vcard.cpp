#include "vcard.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Rapport;

Q_DECLARE_METATYPE(Rapport::VCardContact)

namespace {

using Contacts = QVector<VCardContact>;

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

VCardContact contact(int line, const QString &name, const QString &company = QString(), const QStringList &emails = {},
                     const QStringList &phones = {}, const QStringList &categories = {}, const QString &note = QString())
{
    VCardContact c;
    c.line = line;
    c.name = name;
    c.company = company;
    // "home:ann@x.example" for a labelled one; without a label, work (what a card without TYPE gets).
    for (const QString &email : emails)
        c.emails += ContactPoint::fromStored(email);
    for (const QString &phone : phones)
        c.phones += ContactPoint::fromStored(phone);
    c.categories = categories;
    c.note = note;
    return c;
}

/** @p text in UTF-16 of @p order, with or without a byte-order mark. */
QByteArray utf16(const QString &text, QSysInfo::Endian order, bool bom)
{
    QByteArray data;
    const QString all = (bom ? QString(QChar(0xFEFF)) : QString()) + text;
    for (const QChar c : all) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        data.append(order == QSysInfo::LittleEndian ? low : high);
        data.append(order == QSysInfo::LittleEndian ? high : low);
    }
    return data;
}

/** Lines joined with @p end: the same card written with CRLF, LF or CR. */
QByteArray lines(std::initializer_list<const char *> items, const QByteArray &end = QByteArrayLiteral("\r\n"))
{
    QByteArray result;
    for (const char *item : items)
        result += QByteArray(item) + end;
    return result;
}

QString shown(const QString &value)
{
    QString text = value;
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    text.replace(QLatin1Char('\r'), QLatin1String("\\r"));
    text.replace(QLatin1Char('\t'), QLatin1String("\\t"));
    if (text.size() > 80)
        return text.left(80) + QStringLiteral("... (%1 characters)").arg(value.size());
    return text;
}

QString describe(const VCardContact &c)
{
    return QStringLiteral("{line %1, name \"%2\", company \"%3\", emails [%4], phones [%5], categories [%6], note \"%7\"}")
        .arg(QString::number(c.line), shown(c.name), shown(c.company), ContactPoint::toStored(c.emails).replace(QLatin1Char('\n'), QLatin1Char('|')),
             ContactPoint::toStored(c.phones).replace(QLatin1Char('\n'), QLatin1Char('|')), c.categories.join(QLatin1Char('|')), shown(c.note));
}

bool same(const VCardContact &a, const VCardContact &b)
{
    return a.line == b.line && a.name == b.name && a.company == b.company && a.emails == b.emails && a.phones == b.phones
        && a.categories == b.categories && a.note == b.note;
}

QString difference(const Contacts &actual, const Contacts &expected)
{
    if (actual.size() != expected.size()) {
        QStringList all;
        for (const VCardContact &c : actual)
            all.append(describe(c));
        return QStringLiteral("%1 contacts instead of %2: %3").arg(actual.size()).arg(expected.size()).arg(all.join(QLatin1String("; ")));
    }
    for (int i = 0; i < actual.size(); ++i) {
        if (!same(actual.at(i), expected.at(i)))
            return QStringLiteral("contact %1 is %2, expected %3").arg(i).arg(describe(actual.at(i)), describe(expected.at(i)));
    }
    return {};
}

/** Bytes that are none of the characters a vCard line is made of: no colon, no line end, no space. */
QByteArray garbage(int size, quint32 seed, bool withLineBreaks)
{
    QRandomGenerator random(seed);
    QByteArray bytes;
    while (bytes.size() < size) {
        const char c = char(random.bounded(256));
        if (c == ':' || c == ' ' || c == '\t' || c == '\r' || (c == '\n' && !withLineBreaks))
            continue;
        if (!withLineBreaks && c >= 0x20 && c < 0x7f)
            continue;
        bytes.append(c);
    }
    return bytes;
}

} // namespace

class tst_VCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadCards_data();
    void shouldReadCards();
    void shouldReadAppleContactsCards_data();
    void shouldReadAppleContactsCards();
    void shouldRejectMalformedCardsNamingTheLine_data();
    void shouldRejectMalformedCardsNamingTheLine();
    void shouldUnescapeValues_data();
    void shouldUnescapeValues();
    void shouldDecodeQuotedPrintable_data();
    void shouldDecodeQuotedPrintable();
};

void tst_VCard::shouldReadCards_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Contacts>("expected");

    const VCardContact ann = contact(1, QStringLiteral("Ann Smith"), QStringLiteral("Acme Ltd"),
                                     list({"ann@acme.example", "home:ann@home.example"}), list({"+44 20 7946 0001", "mobile:07700 900001"}),
                                     list({"Clients", "VIP"}), QStringLiteral("Met at the fair."));
    // The same card without TYPE parameters: every email and phone is taken as work.
    VCardContact untyped = ann;
    for (QList<ContactPoint> *points : {&untyped.emails, &untyped.phones}) {
        for (ContactPoint &point : *points)
            point.label = ContactPoint::Label::Work;
    }

    QTest::newRow("3.0 with every field") << lines({"BEGIN:VCARD", "VERSION:3.0", "FN:Ann Smith", "N:Smith;Ann;;;",
                                                    "ORG:Acme Ltd;Sales", "EMAIL;TYPE=INTERNET,WORK:ann@acme.example",
                                                    "EMAIL;TYPE=INTERNET,HOME:ann@home.example",
                                                    "TEL;TYPE=WORK,VOICE:+44 20 7946 0001", "TEL;TYPE=CELL:07700 900001",
                                                    "NOTE:Met at the fair.", "CATEGORIES:Clients,VIP", "END:VCARD"})
                                          << Contacts{ann};
    QTest::newRow("3.0 with LF only") << lines({"BEGIN:VCARD", "VERSION:3.0", "FN:Ann Smith", "N:Smith;Ann;;;",
                                                "ORG:Acme Ltd;Sales", "EMAIL;TYPE=INTERNET,WORK:ann@acme.example",
                                                "EMAIL;TYPE=INTERNET,HOME:ann@home.example",
                                                "TEL;TYPE=WORK,VOICE:+44 20 7946 0001", "TEL;TYPE=CELL:07700 900001",
                                                "NOTE:Met at the fair.", "CATEGORIES:Clients,VIP", "END:VCARD"},
                                               QByteArrayLiteral("\n"))
                                      << Contacts{ann};
    QTest::newRow("3.0 with CR only") << lines({"BEGIN:VCARD", "VERSION:3.0", "FN:Ann Smith", "ORG:Acme Ltd;Sales",
                                                "EMAIL:ann@acme.example", "EMAIL:ann@home.example", "TEL:+44 20 7946 0001",
                                                "TEL:07700 900001", "NOTE:Met at the fair.", "CATEGORIES:Clients,VIP", "END:VCARD",
                                                "BEGIN:VCARD", "FN:Bob", "END:VCARD"},
                                               QByteArrayLiteral("\r"))
                                      << Contacts{untyped, contact(12, QStringLiteral("Bob"))};
    QTest::newRow("4.0 with tel: URIs and parameters")
        << lines({"BEGIN:VCARD", "VERSION:4.0", "FN:Ann Smith", "N:Smith;Ann;;;", "ORG:Acme Ltd;Sales",
                  "EMAIL;TYPE=work;PREF=1:ann@acme.example", "EMAIL;TYPE=home:ann@home.example",
                  "TEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+44 20 7946 0001", "TEL;VALUE=uri;TYPE=cell:TEL:07700 900001",
                  "NOTE:Met at the fair.", "CATEGORIES:Clients,VIP", "END:VCARD"})
        << Contacts{ann};
    QTest::newRow("lower-case names") << lines({"begin:vcard", "version:4.0", "fn:Ann Smith", "org:Acme Ltd",
                                                "email:ann@acme.example", "end:vcard"})
                                      << Contacts{contact(1, QStringLiteral("Ann Smith"), QStringLiteral("Acme Ltd"),
                                                          list({"ann@acme.example"}))};
    QTest::newRow("grouped properties")
        << lines({"BEGIN:VCARD", "VERSION:3.0", "FN:Ann Smith", "item1.EMAIL;type=INTERNET;type=pref:ann@acme.example",
                  "item1.X-ABLabel:_$!<Work>!$_", "item2.TEL;type=CELL:07700 900001", "item2.X-ABLabel:mobile",
                  "item3.ORG:Acme Ltd;", "END:VCARD"})
        << Contacts{contact(1, QStringLiteral("Ann Smith"), QStringLiteral("Acme Ltd"), list({"ann@acme.example"}),
                            list({"mobile:07700 900001"}))};
    QTest::newRow("folded lines, space and tab")
        << lines({"BEGIN:VCARD", "VERSION:3.0", "FN:Ann Sm", " ith", "ORG:Acme", "\t Ltd", "EMA", " IL:ann@acme.example",
                  "NOTE:Met at the", "  fair, then", " \tcalled.", "END:VCARD", "BEGIN:VCARD", "FN:Bob", "END:VCARD"})
        << Contacts{contact(1, QStringLiteral("Ann Smith"), QStringLiteral("Acme Ltd"), list({"ann@acme.example"}), {}, {},
                            QStringLiteral("Met at the fair, then\tcalled.")),
                    contact(13, QStringLiteral("Bob"))};
    QTest::newRow("escaped characters")
        << lines({"BEGIN:VCARD", "VERSION:3.0", "FN:Smith\\, Ann", "ORG:Smith\\, Jones \\; Co;Sales",
                  "NOTE:Line one\\nLine two\\, with comma\\; semicolon \\\\ backslash\\NEnd",
                  "CATEGORIES:a\\,b,c\\;d,\\\\e", "END:VCARD"})
        << Contacts{contact(1, QStringLiteral("Smith, Ann"), QStringLiteral("Smith, Jones ; Co"), {}, {},
                            list({"a,b", "c;d", "\\e"}),
                            QStringLiteral("Line one\nLine two, with comma; semicolon \\ backslash\nEnd"))};
    QTest::newRow("N only gives Given Family") << lines({"BEGIN:VCARD", "VERSION:3.0", "N:Smith;Ann;;;", "END:VCARD"})
                                               << Contacts{contact(1, QStringLiteral("Ann Smith"))};
    QTest::newRow("N with an additional name") << lines({"BEGIN:VCARD", "VERSION:4.0", "N:Smith;Ann;Marie;;", "END:VCARD"})
                                               << Contacts{contact(1, QStringLiteral("Ann Marie Smith"))};
    QTest::newRow("N after an empty FN") << lines({"BEGIN:VCARD", "VERSION:3.0", "FN:", "N:Smith;Ann", "END:VCARD"})
                                         << Contacts{contact(1, QStringLiteral("Ann Smith"))};
    QTest::newRow("FN wins over N") << lines({"BEGIN:VCARD", "N:Smith;Ann;;;", "FN:Dr Ann Smith-Jones", "END:VCARD"})
                                    << Contacts{contact(1, QStringLiteral("Dr Ann Smith-Jones"))};
    QTest::newRow("only ORG") << lines({"BEGIN:VCARD", "VERSION:3.0", "ORG:Acme Ltd", "END:VCARD"})
                              << Contacts{contact(1, QString(), QStringLiteral("Acme Ltd"))};
    QTest::newRow("2.1 quoted-printable UTF-8 with soft line breaks")
        << lines({"BEGIN:VCARD", "VERSION:2.1", "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;",
                  "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller",
                  "ORG;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:B=C3=A4ckerei Gr=C3=BC=",
                  "n GmbH",
                  "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Erste Zeile=0AZweite =",
                  "Zeile mit =C3=A4=",
                  "=3D Ende", "TEL;CELL;VOICE:+49 170 1234567", "TEL;WORK:+49 30 1234567", "EMAIL;INTERNET;PREF:j@example.de",
                  "END:VCARD"})
        << Contacts{contact(1, u("Jürgen Müller"), u("Bäckerei Grün GmbH"), list({"j@example.de"}),
                            list({"mobile:+49 170 1234567", "+49 30 1234567"}), {}, u("Erste Zeile\nZweite Zeile mit ä= Ende"))};
    QTest::newRow("2.1 quoted-printable with LF only")
        << lines({"BEGIN:VCARD", "VERSION:2.1", "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Zo=C3=AB =", "Smith", "END:VCARD"},
                 QByteArrayLiteral("\n"))
        << Contacts{contact(1, u("Zoë Smith"))};
    QTest::newRow("2.1 quoted-printable soft break before a space")
        << lines({"BEGIN:VCARD", "VERSION:2.1", "FN:Ann", "NOTE;ENCODING=QUOTED-PRINTABLE:Hello=", " world", "END:VCARD"})
        << Contacts{contact(1, QStringLiteral("Ann"), {}, {}, {}, {}, QStringLiteral("Hello world"))};
    QTest::newRow("2.1 quoted-printable ISO-8859-1")
        << lines({"BEGIN:VCARD", "VERSION:2.1", "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen", "END:VCARD"})
        << Contacts{contact(1, u("Jürgen Müller"))};
    QTest::newRow("several cards with blank lines between")
        << lines({"BEGIN:VCARD", "VERSION:3.0", "FN:Ann", "END:VCARD", "", "BEGIN:VCARD", "VERSION:3.0", "FN:Bob",
                  "EMAIL:bob@brick.example", "END:VCARD", "", "", "BEGIN:VCARD", "ORG:Cafe Co", "END:VCARD"})
        << Contacts{contact(1, QStringLiteral("Ann")),
                    contact(6, QStringLiteral("Bob"), {}, list({"bob@brick.example"})),
                    contact(13, QString(), QStringLiteral("Cafe Co"))};
    QTest::newRow("BOM") << QByteArrayLiteral("\xEF\xBB\xBF") + lines({"BEGIN:VCARD", "VERSION:3.0", "FN:Ann", "END:VCARD"})
                         << Contacts{contact(1, QStringLiteral("Ann"))};
    QTest::newRow("several NOTE and CATEGORIES")
        << lines({"BEGIN:VCARD", "FN:Ann", "NOTE:first", "NOTE:second", "CATEGORIES:a,b", "CATEGORIES:c", "END:VCARD"})
        << Contacts{contact(1, QStringLiteral("Ann"), {}, {}, {}, list({"a", "b", "c"}), QStringLiteral("first\nsecond"))};
    QTest::newRow("lines outside cards are ignored")
        << lines({"Exported by Phone", "X-NOT-A-CARD:1", "BEGIN:VCARD", "FN:Ann", "END:VCARD", "trailing words"})
        << Contacts{contact(3, QStringLiteral("Ann"))};
    QTest::newRow("unknown properties and binary photo are ignored")
        << lines({"BEGIN:VCARD", "VERSION:3.0", "FN:Ann", "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ==", " AAAQABAAD/2wBD",
                  "X-CUSTOM;X-PARAM=1:value", "ADR;TYPE=WORK:;;1 High St;London;;N1 1AA;UK", "END:VCARD"})
        << Contacts{contact(1, QStringLiteral("Ann"))};

    QTest::newRow("2.1 quoted-printable without CHARSET, UTF-8 bytes")
        << lines({"BEGIN:VCARD", "VERSION:2.1", "FN;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB Br=C3=BCckner", "END:VCARD"})
        << Contacts{contact(1, u("Zoë Brückner"))};
    QTest::newRow("2.1 quoted-printable without CHARSET, Windows-1252 bytes")
        << lines({"BEGIN:VCARD", "VERSION:2.1", "FN;ENCODING=QUOTED-PRINTABLE:Ren=E9e Fa=DFbender",
                  "NOTE;ENCODING=QUOTED-PRINTABLE:Owes =8020 =93soon=94", "END:VCARD"})
        << Contacts{contact(1, u("Renée Faßbender"), {}, {}, {}, {}, u("Owes €20 “soon”"))};
    QTest::newRow("2.1 CHARSET=WINDOWS-1252 keeps the euro sign")
        << lines({"BEGIN:VCARD", "VERSION:2.1", "ORG;CHARSET=WINDOWS-1252;ENCODING=QUOTED-PRINTABLE:=80 Shop", "END:VCARD"})
        << Contacts{contact(1, QString(), u("€ Shop"))};
    QTest::newRow("2.1 CHARSET=ISO-8859-2 through iconv")
        << lines({"BEGIN:VCARD", "VERSION:2.1", "N;CHARSET=ISO-8859-2;ENCODING=QUOTED-PRINTABLE:=A9imkov=E1;Lenka", "END:VCARD"})
        << Contacts{contact(1, u("Lenka Šimková"))};
    QTest::newRow("2.1 raw Windows-1252 bytes in a file that is not UTF-8")
        << lines({"BEGIN:VCARD", "VERSION:2.1", "FN:Jos\xE9 Pe\xF1" "a", "END:VCARD"}) << Contacts{contact(1, u("José Peña"))};
    QTest::newRow("quoted-printable CR LF in a note is LF")
        << lines({"BEGIN:VCARD", "VERSION:2.1", "FN:Ann", "NOTE;ENCODING=QUOTED-PRINTABLE:one=0D=0Atwo=0Dthree", "END:VCARD"})
        << Contacts{contact(1, QStringLiteral("Ann"), {}, {}, {}, {}, QStringLiteral("one\ntwo\nthree"))};
    QTest::newRow("CR CR LF line ends with a folded line")
        << lines({"BEGIN:VCARD", "VERSION:3.0", "FN:Ann Sm", " ith", "EMAIL:ann@acme.example", "END:VCARD", "BEGIN:VCARD", "FN:Bob",
                  "END:VCARD"},
                 QByteArrayLiteral("\r\r\n"))
        << Contacts{contact(1, QStringLiteral("Ann Smith"), {}, list({"ann@acme.example"})), contact(7, QStringLiteral("Bob"))};
    {
        const QString card = u("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Šimková\r\nNOTE:Café\\nline two\r\nEND:VCARD\r\n");
        const Contacts zoe{contact(1, u("Zoë Šimková"), {}, {}, {}, {}, u("Café\nline two"))};
        QTest::newRow("UTF-16 LE with a BOM") << utf16(card, QSysInfo::LittleEndian, true) << zoe;
        QTest::newRow("UTF-16 BE with a BOM") << utf16(card, QSysInfo::BigEndian, true) << zoe;
        QTest::newRow("UTF-16 LE without a BOM") << utf16(card, QSysInfo::LittleEndian, false) << zoe;
        QTest::newRow("UTF-16 BE without a BOM") << utf16(card, QSysInfo::BigEndian, false) << zoe;
    }
    QTest::newRow("hostile: a CHARSET that is an iconv option falls back to UTF-8")
        << lines({"BEGIN:VCARD", "FN;CHARSET=UTF-16//IGNORE;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB", "END:VCARD"})
        << Contacts{contact(1, u("Zoë"))};
    QTest::newRow("hostile: an unknown CHARSET falls back to Windows-1252")
        << lines({"BEGIN:VCARD", "FN;CHARSET=X-NO-SUCH-SET;ENCODING=QUOTED-PRINTABLE:Zo=EB", "END:VCARD"})
        << Contacts{contact(1, u("Zoë"))};
    QTest::newRow("hostile: bytes not valid in the CHARSET named")
        << lines({"BEGIN:VCARD", "FN;CHARSET=UTF-16LE;ENCODING=QUOTED-PRINTABLE:Zo=EB", "END:VCARD"})
        << Contacts{contact(1, u("Zoë"))};

    {
        // A note of 1 MB, folded every 74 characters as writers do.
        const QByteArray text = QByteArrayLiteral("0123456789abcdefghij").repeated(52429);
        QByteArray card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nNOTE:";
        int lineCount = 4;
        for (qsizetype i = 0; i < text.size(); i += 74) {
            if (i > 0) {
                card += "\r\n ";
                ++lineCount;
            }
            card += text.mid(i, 74);
        }
        card += "\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Bob\r\nEND:VCARD\r\n";
        QTest::newRow("hostile: huge folded note")
            << card << Contacts{contact(1, QStringLiteral("Ann"), {}, {}, {}, {}, QString::fromLatin1(text)),
                                contact(lineCount + 2, QStringLiteral("Bob"))};
    }
}

void tst_VCard::shouldReadCards()
{
    QFETCH(QByteArray, input);
    QFETCH(Contacts, expected);

    // GIVEN a list that already holds a contact
    Contacts contacts{contact(99, QStringLiteral("stale"))};
    QString error;

    // WHEN the cards are read
    const bool ok = VCard::parse(input, &contacts, &error);

    // THEN every card gives exactly the expected contact
    QVERIFY2(ok, qPrintable(error));
    const QString diff = difference(contacts, expected);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

namespace {

/** A photo as Apple Contacts writes it: base64 folded at 74 characters, each further line after one space. */
QByteArray applePhoto()
{
    QByteArray bytes;
    for (int i = 0; i < 700; ++i)
        bytes.append(char(i * 37 % 256));
    const QByteArray base64 = bytes.toBase64();
    QByteArray folded = "PHOTO;ENCODING=b;TYPE=JPEG:";
    for (qsizetype i = 0; i < base64.size(); i += 74)
        folded += (i > 0 ? QByteArrayLiteral("\r\n ") : QByteArray()) + base64.mid(i, 74);
    return folded;
}

QByteArray appleCards(const QByteArray &end)
{
    QByteArray data = lines({"BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//macOS 14.2//EN", "N:Lindqvist;Maja;;;",
                             "FN:Maja Lindqvist", "ORG:Lindqvist Keramik;", "TITLE:Potter",
                             "item1.EMAIL;type=INTERNET;type=pref:maja@lindqvist-keramik.example",
                             "item1.X-ABLabel:_$!<Other>!$_", "item2.EMAIL;type=INTERNET;type=HOME:maja.home@mail.example",
                             "TEL;type=CELL;type=VOICE;type=pref:+46 70 123 45 67", "item3.TEL:+46 8 123 456",
                             "item3.X-ABLabel:_$!<Other>!$_",
                             "item4.ADR;type=WORK;type=pref:;;Storgatan 1;Uppsala;;753 20;Sweden", "item4.X-ABADR:se",
                             "NOTE:Glazes by hand.\\nOrders in March\\, mostly.", "BDAY:1984-05-02"},
                            end);
    data += applePhoto().replace("\r\n", end) + end;
    data += lines({"X-SOCIALPROFILE;type=linkedin;x-user=majal:http\\://www.linkedin.com/in/majal", "CATEGORIES:Clients,Kilns",
                   "END:VCARD",
                   // A company card as an iPhone writes it: no person, FN the company, shown as the company.
                   "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.1//EN", "N:;;;;", "FN:Nordlys Trykkeri AS",
                   "ORG:Nordlys Trykkeri AS;", "item1.EMAIL;type=INTERNET;type=pref:ordre@nordlys.example",
                   "item1.X-ABLabel:_$!<Other>!$_", "item2.TEL;type=pref:+47 22 33 44 55", "item2.X-ABLabel:Orders",
                   "X-ABShowAs:COMPANY", "END:VCARD",
                   // A company card with the person at it; the preferred email and phone are not the first.
                   "BEGIN:VCARD", "VERSION:3.0", "N:Berg;Olav;;;", "FN:Bergs Sag", "ORG:Bergs Sag;Sawmill",
                   "item1.EMAIL;type=INTERNET:olav@old-bergsag.example", "item1.X-ABLabel:_$!<Other>!$_",
                   "item10.EMAIL;type=INTERNET;type=WORK;type=pref:olav@bergsag.example",
                   "item11.TEL;type=WORK:+47 55 00 00 01", "TEL;type=IPHONE;type=CELL;type=VOICE;type=pref:+47 900 00 001",
                   "X-ABShowAs:COMPANY", "END:VCARD",
                   // Hostile: letters from everywhere, escaped separators, only a phone, an empty photo.
                   "BEGIN:VCARD", "VERSION:3.0", "N:Ødegård;Zoë 🌻;;;",
                   "ORG:Café\\, Bar \\; Bistro;", "item1.TEL;type=CELL:+45 20 00 00 00", "PHOTO;ENCODING=b;TYPE=JPEG:",
                   "item1.X-ABLabel:_$!<Mobile>!$_", "END:VCARD"},
                  end);
    return data;
}

} // namespace

void tst_VCard::shouldReadAppleContactsCards_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("macOS Contacts, CR LF") << appleCards(QByteArrayLiteral("\r\n"));
    QTest::newRow("iCloud web, LF") << appleCards(QByteArrayLiteral("\n"));
    QTest::newRow("mailed twice, CR CR LF") << appleCards(QByteArrayLiteral("\r\r\n"));
}

void tst_VCard::shouldReadAppleContactsCards()
{
    QFETCH(QByteArray, input);

    // GIVEN cards as Apple Contacts exports them: grouped properties with X-ABLabel, type=pref, a
    // folded photo, and company cards shown as the company
    Contacts contacts;
    QString error;

    // WHEN they are read
    QVERIFY2(VCard::parse(input, &contacts, &error), qPrintable(error));

    // THEN every contact arrives with its emails and phones, the preferred one first, and a company
    // card's name is the person at it (none for the printer)
    const int photoLines = int(applePhoto().count('\n'));
    const Contacts expected{
        contact(1, QStringLiteral("Maja Lindqvist"), QStringLiteral("Lindqvist Keramik"),
                list({"other:maja@lindqvist-keramik.example", "home:maja.home@mail.example"}), list({"mobile:+46 70 123 45 67", "other:+46 8 123 456"}),
                list({"Clients", "Kilns"}), QStringLiteral("Glazes by hand.\nOrders in March, mostly.")),
        contact(22 + photoLines, QString(), QStringLiteral("Nordlys Trykkeri AS"), list({"other:ordre@nordlys.example"}),
                list({"+47 22 33 44 55"})),
        contact(34 + photoLines, QStringLiteral("Olav Berg"), QStringLiteral("Bergs Sag"),
                list({"olav@bergsag.example", "other:olav@old-bergsag.example"}), list({"mobile:+47 900 00 001", "+47 55 00 00 01"})),
        contact(46 + photoLines, u("Zoë 🌻 Ødegård"), u("Café, Bar ; Bistro"), {}, list({"mobile:+45 20 00 00 00"}))};
    const QString diff = difference(contacts, expected);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // AND what no field takes is named, each kind once per card, so the import can say it is lost
    QCOMPARE(contacts.at(0).unread, list({"TITLE", "ADR", "BDAY", "PHOTO", "X-SOCIALPROFILE"}));
    QCOMPARE(contacts.at(1).unread, QStringList());
    QCOMPARE(contacts.at(2).unread, QStringList());
    QCOMPARE(contacts.at(3).unread, QStringList());
}

void tst_VCard::shouldRejectMalformedCardsNamingTheLine_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("errorPrefix");

    QTest::newRow("END without BEGIN")
        << lines({"BEGIN:VCARD", "FN:Ann", "END:VCARD", "", "FN:Bob", "END:VCARD"})
        << QStringLiteral("line 6: END:VCARD without BEGIN:VCARD");
    QTest::newRow("END as the first line") << lines({"END:VCARD"}) << QStringLiteral("line 1: END:VCARD without BEGIN:VCARD");
    QTest::newRow("BEGIN twice") << lines({"BEGIN:VCARD", "FN:Ann", "BEGIN:VCARD", "FN:Bob", "END:VCARD"})
                                 << QStringLiteral("line 3: a new vCard begins before the previous one ended");
    QTest::newRow("missing END names the line of BEGIN")
        << lines({"BEGIN:VCARD", "FN:Ann", "END:VCARD", "BEGIN:VCARD", "FN:Bob", "EMAIL:bob@brick.example"})
        << QStringLiteral("line 4: the vCard that begins here never ends");
    QTest::newRow("missing END after folded lines")
        << lines({"BEGIN:VCARD", "NOTE:a", " b", " c", "END:VCARD", "BEGIN:VCARD", "FN:Bob"})
        << QStringLiteral("line 6: the vCard that begins here never ends");
    QTest::newRow("no card at all") << QByteArrayLiteral("hello\nworld\n") << QStringLiteral("line 1: no vCard found");
    QTest::newRow("empty input") << QByteArray() << QStringLiteral("line 1: no vCard found");
    QTest::newRow("only a BOM") << QByteArrayLiteral("\xEF\xBB\xBF") << QStringLiteral("line 1: no vCard found");
    QTest::newRow("line without colon inside a card")
        << lines({"BEGIN:VCARD", "FN:Ann", "this line has no colon", "END:VCARD"})
        << QStringLiteral("line 3: a vCard line needs a name and a value separated by \":\"");
    QTest::newRow("line starting with a colon inside a card")
        << lines({"BEGIN:VCARD", "FN:Ann", "", "", ":value", "END:VCARD"})
        << QStringLiteral("line 5: a vCard line needs a name and a value separated by \":\"");
    QTest::newRow("hostile: garbage binary") << garbage(4096, 1, true) << QStringLiteral("line 1: no vCard found");
    QTest::newRow("hostile: garbage binary inside a card")
        << QByteArrayLiteral("BEGIN:VCARD\r\n") + garbage(4096, 2, false) + QByteArrayLiteral("\r\nEND:VCARD\r\n")
        << QStringLiteral("line 2: a vCard line needs a name and a value separated by \":\"");
}

void tst_VCard::shouldRejectMalformedCardsNamingTheLine()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, errorPrefix);

    Contacts contacts{contact(99, QStringLiteral("stale"))};
    QString error;

    const bool ok = VCard::parse(input, &contacts, &error);

    QVERIFY2(!ok, qPrintable(QStringLiteral("read %1 contacts").arg(contacts.size())));
    QVERIFY2(error.startsWith(errorPrefix),
             qPrintable(QStringLiteral("error \"%1\", expected it to start with \"%2\"").arg(error, errorPrefix)));
    QVERIFY(contacts.isEmpty());
}

void tst_VCard::shouldUnescapeValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("plain") << QStringLiteral("plain");
    QTest::newRow("newline") << QStringLiteral("a\\nb") << QStringLiteral("a\nb");
    QTest::newRow("upper-case newline") << QStringLiteral("a\\Nb") << QStringLiteral("a\nb");
    QTest::newRow("comma") << QStringLiteral("a\\,b") << QStringLiteral("a,b");
    QTest::newRow("semicolon") << QStringLiteral("a\\;b") << QStringLiteral("a;b");
    QTest::newRow("backslash") << QStringLiteral("a\\\\b") << QStringLiteral("a\\b");
    QTest::newRow("backslash before n") << QStringLiteral("C:\\\\new") << QStringLiteral("C:\\new");
    QTest::newRow("trailing backslash") << QStringLiteral("a\\") << QStringLiteral("a\\");
    QTest::newRow("empty") << QString() << QString();
}

void tst_VCard::shouldUnescapeValues()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);

    QCOMPARE(VCard::unescape(value), expected);
}

void tst_VCard::shouldDecodeQuotedPrintable_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QByteArrayLiteral("plain") << QByteArrayLiteral("plain");
    QTest::newRow("UTF-8 bytes") << QByteArrayLiteral("M=C3=BCller") << QByteArrayLiteral("M\xC3\xBCller");
    QTest::newRow("lower-case hex") << QByteArrayLiteral("M=c3=bcller") << QByteArrayLiteral("M\xC3\xBCller");
    QTest::newRow("equals sign") << QByteArrayLiteral("a=3Db") << QByteArrayLiteral("a=b");
    QTest::newRow("escape at the very end") << QByteArrayLiteral("a=41") << QByteArrayLiteral("aA");
    QTest::newRow("not hex is kept") << QByteArrayLiteral("a=ZZb") << QByteArrayLiteral("a=ZZb");
    QTest::newRow("sign is not hex") << QByteArrayLiteral("a=+1b=-1") << QByteArrayLiteral("a=+1b=-1");
    QTest::newRow("space is not hex") << QByteArrayLiteral("a= 1") << QByteArrayLiteral("a= 1");
    QTest::newRow("cut escape at the end") << QByteArrayLiteral("a=4") << QByteArrayLiteral("a=4");
    QTest::newRow("lone equals at the end") << QByteArrayLiteral("a=") << QByteArrayLiteral("a=");
    QTest::newRow("NUL byte") << QByteArrayLiteral("a=00b") << QByteArray("a\0b", 3);
}

void tst_VCard::shouldDecodeQuotedPrintable()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);

    QCOMPARE(VCard::decodeQuotedPrintable(value), expected);
}

QTEST_GUILESS_MAIN(tst_VCard)
#include "tst_vcard.moc"
