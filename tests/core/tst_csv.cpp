#include "csv.h"

#include <QtTest>

using namespace Rapport;

Q_DECLARE_METATYPE(Rapport::CsvRecord)

namespace {

using Records = QVector<CsvRecord>;

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

CsvRecord rec(int line, const QStringList &fields)
{
    CsvRecord record;
    record.line = line;
    record.fields = fields;
    return record;
}

/** A value made visible: control characters spelled out, long values cut. */
QString shown(const QString &value)
{
    QString text;
    for (const QChar c : value) {
        if (c == QLatin1Char('\n'))
            text += QLatin1String("\\n");
        else if (c == QLatin1Char('\r'))
            text += QLatin1String("\\r");
        else if (c == QLatin1Char('\t'))
            text += QLatin1String("\\t");
        else if (c.unicode() < 0x20)
            text += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            text += c;
        if (text.size() > 60)
            return text + QStringLiteral("... (%1 characters)").arg(value.size());
    }
    return text;
}

QString describe(const CsvRecord &record)
{
    QStringList fields;
    for (const QString &field : record.fields.mid(0, 8))
        fields.append(QLatin1Char('"') + shown(field) + QLatin1Char('"'));
    if (record.fields.size() > 8)
        fields.append(QStringLiteral("... (%1 fields)").arg(record.fields.size()));
    return QStringLiteral("line %1 [%2]").arg(record.line).arg(fields.join(QLatin1String(", ")));
}

/** Empty when both lists hold the same records; the first difference otherwise. */
QString difference(const Records &actual, const Records &expected)
{
    if (actual.size() != expected.size()) {
        QStringList all;
        for (const CsvRecord &record : actual.mid(0, 6))
            all.append(describe(record));
        return QStringLiteral("%1 records instead of %2: %3").arg(actual.size()).arg(expected.size()).arg(all.join(QLatin1String("; ")));
    }
    for (int i = 0; i < actual.size(); ++i) {
        const CsvRecord &a = actual.at(i);
        const CsvRecord &e = expected.at(i);
        if (a.line != e.line || a.fields != e.fields) {
            QString where;
            if (a.fields.size() == e.fields.size()) {
                for (int f = 0; f < a.fields.size(); ++f) {
                    if (a.fields.at(f) != e.fields.at(f)) {
                        where = QStringLiteral(" (field %1 is \"%2\", expected \"%3\")")
                                    .arg(QString::number(f), shown(a.fields.at(f)), shown(e.fields.at(f)));
                        break;
                    }
                }
            }
            return QStringLiteral("record %1 is %2, expected %3%4").arg(i).arg(describe(a), describe(e), where);
        }
    }
    return {};
}

} // namespace

class tst_Csv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldParseRecords_data();
    void shouldParseRecords();
    void shouldRejectMalformedInputNamingTheLine_data();
    void shouldRejectMalformedInputNamingTheLine();
    void shouldReadEveryEncodingAddressBooksWrite_data();
    void shouldReadEveryEncodingAddressBooksWrite();
    void shouldDetectTheDelimiterFromTheFirstLine_data();
    void shouldDetectTheDelimiterFromTheFirstLine();
    void shouldWriteAFieldQuotedOnlyWhenNeeded_data();
    void shouldWriteAFieldQuotedOnlyWhenNeeded();
    void shouldWriteALineEndingInCrLf_data();
    void shouldWriteALineEndingInCrLf();
    void shouldDefuseFormulasReversibly_data();
    void shouldDefuseFormulasReversibly();
    void shouldReadBackEveryWrittenValue_data();
    void shouldReadBackEveryWrittenValue();
};

void tst_Csv::shouldParseRecords_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("expected");
    QTest::addColumn<QChar>("delimiter");

    const QChar comma = QLatin1Char(',');
    const QChar semicolon = QLatin1Char(';');

    QTest::newRow("plain") << QByteArrayLiteral("a,b,c\n1,2,3\n")
                           << Records{rec(1, list({"a", "b", "c"})), rec(2, list({"1", "2", "3"}))} << comma;
    QTest::newRow("quoted comma") << QByteArrayLiteral("name,notes\n\"Smith, Ann\",x\n")
                                  << Records{rec(1, list({"name", "notes"})), rec(2, list({"Smith, Ann", "x"}))} << comma;
    QTest::newRow("doubled quotes") << QByteArrayLiteral("\"She said \"\"hi\"\"\",b\n\"\"\"\",\"\"\n")
                                    << Records{rec(1, list({"She said \"hi\"", "b"})), rec(2, list({"\"", ""}))} << comma;
    QTest::newRow("quoted empty field") << QByteArrayLiteral("a,\"\",c\n")
                                        << Records{rec(1, list({"a", "", "c"}))} << comma;
    QTest::newRow("LF inside quotes") << QByteArrayLiteral("a,b\n\"line1\nline2\",x\nnext,y\n")
                                      << Records{rec(1, list({"a", "b"})), rec(2, list({"line1\nline2", "x"})),
                                                 rec(4, list({"next", "y"}))}
                                      << comma;
    QTest::newRow("CRLF inside quotes") << QByteArrayLiteral("a\r\n\"x\r\ny\"\r\nz\r\n")
                                        << Records{rec(1, list({"a"})), rec(2, list({"x\ny"})), rec(4, list({"z"}))} << comma;
    QTest::newRow("several line breaks inside quotes")
        << QByteArrayLiteral("h1,h2\n\"one\n\ntwo\n\nthree\",\"\n\"\nlast,row")
        << Records{rec(1, list({"h1", "h2"})), rec(2, list({"one\n\ntwo\n\nthree", "\n"})), rec(8, list({"last", "row"}))}
        << comma;
    QTest::newRow("lone CR inside quotes counts as a line in a CR file")
        << QByteArrayLiteral("\"x\ry\",1\rz,2\r")
        << Records{rec(1, list({"x\ny", "1"})), rec(3, list({"z", "2"}))} << comma;
    QTest::newRow("CR CR LF line ends of a file converted twice")
        << QByteArrayLiteral("a,b\r\r\nc,d\r\r\n\r\r\ne,f")
        << Records{rec(1, list({"a", "b"})), rec(2, list({"c", "d"})), rec(4, list({"e", "f"}))} << comma;
    QTest::newRow("CR CR LF inside quotes is one LF")
        << QByteArrayLiteral("notes,x\r\r\n\"one\r\r\ntwo\r\nthree\rfour\",1\r\r\nnext,2\r\r\n")
        << Records{rec(1, list({"notes", "x"})), rec(2, list({"one\ntwo\nthree\nfour", "1"})), rec(6, list({"next", "2"}))}
        << comma;
    QTest::newRow("CRLF line ends") << QByteArrayLiteral("a,b\r\nc,d\r\n")
                                    << Records{rec(1, list({"a", "b"})), rec(2, list({"c", "d"}))} << comma;
    QTest::newRow("LF line ends") << QByteArrayLiteral("a,b\nc,d\n")
                                  << Records{rec(1, list({"a", "b"})), rec(2, list({"c", "d"}))} << comma;
    QTest::newRow("lone CR line ends") << QByteArrayLiteral("a,b\rc,d\r")
                                       << Records{rec(1, list({"a", "b"})), rec(2, list({"c", "d"}))} << comma;
    QTest::newRow("mixed line ends") << QByteArrayLiteral("a\r\nb\nc\rd")
                                     << Records{rec(1, list({"a"})), rec(2, list({"b"})), rec(3, list({"c"})), rec(4, list({"d"}))}
                                     << comma;
    QTest::newRow("BOM") << QByteArrayLiteral("\xEF\xBB\xBFname,email\nAnn,a@x.example\n")
                         << Records{rec(1, list({"name", "email"})), rec(2, list({"Ann", "a@x.example"}))} << comma;
    QTest::newRow("BOM before a quoted first field") << QByteArrayLiteral("\xEF\xBB\xBF\"name\",x\n")
                                                     << Records{rec(1, list({"name", "x"}))} << comma;
    QTest::newRow("semicolon detected") << QByteArrayLiteral("name;notes\nAnn;\"a; b\"\n")
                                        << Records{rec(1, list({"name", "notes"})), rec(2, list({"Ann", "a; b"}))} << semicolon;
    QTest::newRow("comma stays in a field of a semicolon file")
        << QByteArrayLiteral("name;satisfaction;notes\nAnn;7,5;one, two\n")
        << Records{rec(1, list({"name", "satisfaction", "notes"})), rec(2, list({"Ann", "7,5", "one, two"}))} << semicolon;
    QTest::newRow("BOM and semicolons") << QByteArrayLiteral("\xEF\xBB\xBF" "a;b\r\n1;2\r\n")
                                        << Records{rec(1, list({"a", "b"})), rec(2, list({"1", "2"}))} << semicolon;
    QTest::newRow("empty fields") << QByteArrayLiteral("a,,c\n,,\n")
                                  << Records{rec(1, list({"a", "", "c"})), rec(2, list({"", "", ""}))} << comma;
    QTest::newRow("trailing delimiter") << QByteArrayLiteral("a,b,\nc,d,\n")
                                        << Records{rec(1, list({"a", "b", ""})), rec(2, list({"c", "d", ""}))} << comma;
    QTest::newRow("ragged rows") << QByteArrayLiteral("a,b,c\n1\n1,2,3,4\n")
                                 << Records{rec(1, list({"a", "b", "c"})), rec(2, list({"1"})), rec(3, list({"1", "2", "3", "4"}))}
                                 << comma;
    QTest::newRow("blank lines skipped, numbers kept") << QByteArrayLiteral("a\n\n\nb\r\n\r\nc\n")
                                                       << Records{rec(1, list({"a"})), rec(4, list({"b"})), rec(6, list({"c"}))}
                                                       << comma;
    QTest::newRow("last line without newline") << QByteArrayLiteral("a,b\nc,d")
                                               << Records{rec(1, list({"a", "b"})), rec(2, list({"c", "d"}))} << comma;
    QTest::newRow("last line a quoted field without newline") << QByteArrayLiteral("a\n\"x, y\"")
                                                              << Records{rec(1, list({"a"})), rec(2, list({"x, y"}))} << comma;
    QTest::newRow("last line ends in a delimiter") << QByteArrayLiteral("a,")
                                                   << Records{rec(1, list({"a", ""}))} << comma;
    QTest::newRow("spaces are kept") << QByteArrayLiteral(" a , b ,c\n")
                                     << Records{rec(1, list({" a ", " b ", "c"}))} << comma;
    QTest::newRow("quote inside an unquoted field stays") << QByteArrayLiteral("a,b\"c,d\n")
                                                          << Records{rec(1, list({"a", "b\"c", "d"}))} << comma;
    QTest::newRow("unicode") << QByteArrayLiteral("名前,メール\nZoë,\"Ünïcødé 😀, ok\"\n")
                             << Records{rec(1, list({"名前", "メール"})), rec(2, list({"Zoë", "Ünïcødé 😀, ok"}))} << comma;
    QTest::newRow("empty input") << QByteArray() << Records{} << comma;
    QTest::newRow("only a BOM") << QByteArrayLiteral("\xEF\xBB\xBF") << Records{} << comma;
    QTest::newRow("only line breaks") << QByteArrayLiteral("\n\r\n\r\n\n") << Records{} << comma;

    // Hostile input that is still well formed: kept exactly, nothing lost, nothing cut.
    {
        QString value(QStringLiteral("c"));
        value.append(QChar(0));
        value.append(QLatin1Char('d'));
        QTest::newRow("hostile: NUL byte kept inside its field")
            << QByteArray("a,b\nc\0d,e\n", 10) << Records{rec(1, list({"a", "b"})), rec(2, QStringList{value, QStringLiteral("e")})}
            << comma;
    }
    {
        const QString chunk = QStringLiteral("word, \"q\"\n");
        const int repeats = 104858; // a little over 1 MB
        const QString value = chunk.repeated(repeats);
        QString quoted = value;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        const QByteArray input = "h\n\"" + quoted.toUtf8() + "\"\nafter\n";
        QVERIFY(input.size() > 1024 * 1024);
        QTest::newRow("hostile: 1 MB field with 100k line breaks")
            << input << Records{rec(1, list({"h"})), rec(2, QStringList{value}), rec(2 + repeats + 1, list({"after"}))} << comma;
    }
    {
        const QString value = QStringLiteral("x").repeated(1024 * 1024);
        QTest::newRow("hostile: 1 MB unquoted field") << value.toUtf8() << Records{rec(1, QStringList{value})} << comma;
    }
    {
        QStringList columns;
        for (int i = 0; i < 10000; ++i)
            columns.append(QStringLiteral("c%1").arg(i));
        const QByteArray input = columns.join(QLatin1Char(',')).toUtf8() + "\r\nx\r\n";
        QTest::newRow("hostile: 10,000 columns") << input << Records{rec(1, columns), rec(2, list({"x"}))} << comma;
    }
    QTest::newRow("hostile: only commas") << QByteArrayLiteral(",,,\n,,,")
                                          << Records{rec(1, list({"", "", "", ""})), rec(2, list({"", "", "", ""}))} << comma;
    QTest::newRow("hostile: only semicolons") << QByteArrayLiteral(";;;")
                                              << Records{rec(1, list({"", "", "", ""}))} << semicolon;
}

void tst_Csv::shouldParseRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);
    QFETCH(QChar, delimiter);

    // GIVEN a list that already holds something and a delimiter that is not the expected one
    Records records{rec(99, list({"stale"}))};
    QString error = QStringLiteral("untouched");
    QChar used = QLatin1Char('?');

    // WHEN the input is parsed
    const bool ok = Csv::parse(input, &records, &error, &used);

    // THEN it succeeds with exactly the expected records and delimiter
    QVERIFY2(ok, qPrintable(error));
    const QString diff = difference(records, expected);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(used, delimiter);
}

void tst_Csv::shouldRejectMalformedInputNamingTheLine_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("errorPrefix");

    const QString neverClosed = QStringLiteral("a quoted field is never closed");
    const QString afterQuote = QStringLiteral("unexpected text after a closing quote");

    QTest::newRow("unclosed quote names the line it opened on")
        << QByteArrayLiteral("a,b\nc,\"never\nclosed\nx\n") << QStringLiteral("line 2: ") + neverClosed;
    QTest::newRow("unclosed quote after a multi-line field")
        << QByteArrayLiteral("\"a\nb\",1\n\"open\n") << QStringLiteral("line 3: ") + neverClosed;
    QTest::newRow("unclosed quote in a CR file") << QByteArrayLiteral("a\r\"b\rc\r") << QStringLiteral("line 2: ") + neverClosed;
    QTest::newRow("a single quote") << QByteArrayLiteral("\"") << QStringLiteral("line 1: ") + neverClosed;
    QTest::newRow("quote closed by a doubled quote at the end")
        << QByteArrayLiteral("a\n\"abc\"\"") << QStringLiteral("line 2: ") + neverClosed;
    QTest::newRow("text after a closing quote") << QByteArrayLiteral("a\n\"b\"c,d\n") << QStringLiteral("line 2: ") + afterQuote;
    QTest::newRow("space after a closing quote") << QByteArrayLiteral("a,b\nx,\"y\" \n") << QStringLiteral("line 2: ") + afterQuote;
    QTest::newRow("text after a closing quote of a multi-line field")
        << QByteArrayLiteral("h\n\"a\nb\"c\n") << QStringLiteral("line 3: ") + afterQuote;
}

void tst_Csv::shouldReadEveryEncodingAddressBooksWrite_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("expected");

    const QString text = u("Name;Notes\r\nZoë Šimková;\"Café € “5”\r\nsecond line\"\r\n");
    const Records records{rec(1, list({"Name", "Notes"})), rec(2, list({"Zoë Šimková", "Café € “5”\nsecond line"}))};
    QTest::newRow("UTF-8") << text.toUtf8() << records;
    QTest::newRow("UTF-8 with a BOM") << QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8() << records;
    QTest::newRow("UTF-16 LE with a BOM") << utf16(text, QSysInfo::LittleEndian, true) << records;
    QTest::newRow("UTF-16 BE with a BOM") << utf16(text, QSysInfo::BigEndian, true) << records;
    QTest::newRow("UTF-16 LE without a BOM") << utf16(text, QSysInfo::LittleEndian, false) << records;
    QTest::newRow("UTF-16 BE without a BOM") << utf16(text, QSysInfo::BigEndian, false) << records;
    // Windows-1252: ë EB, Š 8A, ó F3, á E1, é E9, € 80, “ 93, ” 94.
    const QByteArray windows = QByteArrayLiteral("Name;Notes\r\nZo\xEB \x8Aimk\xF3v\xE1;\"Caf\xE9 \x80 \x93" "5\x94\r\nsecond line\"\r\n");
    QTest::newRow("Windows-1252") << windows
                                  << Records{rec(1, list({"Name", "Notes"})), rec(2, list({"Zoë Šimkóvá", "Café € “5”\nsecond line"}))};
    QTest::newRow("Windows-1252 behind a UTF-8 BOM")
        << QByteArrayLiteral("\xEF\xBB\xBFn\nJos\xE9\n") << Records{rec(1, list({"n"})), rec(2, list({"José"}))};
    QTest::newRow("Windows-1252 on line 3 of a CR file")
        << QByteArrayLiteral("name\rAnn\rZo\xeb\r") << Records{rec(1, list({"name"})), rec(2, list({"Ann"})), rec(3, list({"Zoë"}))};
    QTest::newRow("the five bytes Windows-1252 leaves unassigned are kept")
        << QByteArrayLiteral("a\n\x81\x8D\x8F\x90\x9D\xE9\n")
        << Records{rec(1, list({"a"})), rec(2, QStringList{QString(QChar(0x81)) + QChar(0x8D) + QChar(0x8F) + QChar(0x90) + QChar(0x9D) + QChar(0xE9)})};
    QTest::newRow("hostile: overlong UTF-8 read as Windows-1252")
        << QByteArrayLiteral("a\n\xc0\xaf\n") << Records{rec(1, list({"a"})), rec(2, list({"À¯"}))};
    QTest::newRow("hostile: encoded surrogate read as Windows-1252")
        << QByteArrayLiteral("a\n\xed\xa0\x80\n") << Records{rec(1, list({"a"})), rec(2, list({"í\u00a0€"}))};
    QTest::newRow("hostile: truncated UTF-8 at the end")
        << QByteArrayLiteral("a\n\xe2\x82") << Records{rec(1, list({"a"})), rec(2, list({"â‚"}))};
    QTest::newRow("hostile: UTF-16 LE with a surrogate without its other half")
        << QByteArrayLiteral("\xFF\xFE" "a\0\n\0\x00\xD8x\0\n\0") << Records{rec(1, list({"a"})), rec(2, QStringList{QString(QChar::ReplacementCharacter) + QLatin1Char('x')})};
    QTest::newRow("hostile: UTF-16 LE BOM and an odd last byte")
        << QByteArrayLiteral("\xFF\xFE" "a\0,\0b\0\n\0x") << Records{rec(1, list({"a", "b"})), rec(2, QStringList{QString(QChar::ReplacementCharacter)})};
}

void tst_Csv::shouldReadEveryEncodingAddressBooksWrite()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);

    // WHEN a file as an address book or spreadsheet writes it is parsed
    Records records;
    QString error;
    const bool ok = Csv::parse(input, &records, &error);

    // THEN its letters are read in the encoding it was written in, and line breaks in a field are LF
    QVERIFY2(ok, qPrintable(error));
    const QString diff = difference(records, expected);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void tst_Csv::shouldRejectMalformedInputNamingTheLine()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, errorPrefix);

    // GIVEN a list that already holds something
    Records records{rec(99, list({"stale"}))};
    QString error;

    // WHEN malformed input is parsed
    const bool ok = Csv::parse(input, &records, &error);

    // THEN it fails with the line and the reason, and returns no records
    QVERIFY2(!ok, qPrintable(QStringLiteral("parsed into %1 records").arg(records.size())));
    QVERIFY2(error.startsWith(errorPrefix),
             qPrintable(QStringLiteral("error \"%1\", expected it to start with \"%2\"").arg(error, errorPrefix)));
    QVERIFY(records.isEmpty());
}

void tst_Csv::shouldDetectTheDelimiterFromTheFirstLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("expected");

    QTest::newRow("commas") << QStringLiteral("a,b,c") << QChar(QLatin1Char(','));
    QTest::newRow("semicolons") << QStringLiteral("a;b;c") << QChar(QLatin1Char(';'));
    QTest::newRow("more semicolons than commas") << QStringLiteral("a;b,c;d") << QChar(QLatin1Char(';'));
    QTest::newRow("a tie is a comma") << QStringLiteral("a;b,c") << QChar(QLatin1Char(','));
    QTest::newRow("neither") << QStringLiteral("name") << QChar(QLatin1Char(','));
    QTest::newRow("empty") << QString() << QChar(QLatin1Char(','));
    QTest::newRow("semicolons inside quotes do not count") << QStringLiteral("\"x;y;z\",b") << QChar(QLatin1Char(','));
    QTest::newRow("commas inside quotes do not count") << QStringLiteral("\"Last, First\";x") << QChar(QLatin1Char(';'));
    QTest::newRow("only the first line counts") << QStringLiteral("a,b\nc;d;e;f") << QChar(QLatin1Char(','));
    QTest::newRow("only the first line counts, CR") << QStringLiteral("a;b\rc,d,e,f") << QChar(QLatin1Char(';'));
    QTest::newRow("first record spanning lines") << QStringLiteral("\"a\nb;c;d\",e\nf") << QChar(QLatin1Char(','));
}

void tst_Csv::shouldDetectTheDelimiterFromTheFirstLine()
{
    QFETCH(QString, text);
    QFETCH(QChar, expected);

    QCOMPARE(Csv::detectDelimiter(text), expected);
}

void tst_Csv::shouldWriteAFieldQuotedOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("expected");

    const QChar comma = QLatin1Char(',');
    const QChar semicolon = QLatin1Char(';');

    QTest::newRow("plain") << QStringLiteral("plain") << comma << QStringLiteral("plain");
    QTest::newRow("empty") << QString() << comma << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << comma << QStringLiteral("\"a,b\"");
    QTest::newRow("semicolon in a comma file") << QStringLiteral("a;b") << comma << QStringLiteral("a;b");
    QTest::newRow("semicolon in a semicolon file") << QStringLiteral("a;b") << semicolon << QStringLiteral("\"a;b\"");
    QTest::newRow("comma in a semicolon file") << QStringLiteral("a,b") << semicolon << QStringLiteral("a,b");
    QTest::newRow("quotes") << QStringLiteral("say \"hi\"") << comma << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << comma << QStringLiteral("\"\"\"\"");
    QTest::newRow("LF") << QStringLiteral("line1\nline2") << comma << QStringLiteral("\"line1\nline2\"");
    QTest::newRow("CRLF is written as LF, as it is read") << QStringLiteral("line1\r\nline2") << comma
                                                          << QStringLiteral("\"line1\nline2\"");
    QTest::newRow("leading space") << QStringLiteral(" lead") << comma << QStringLiteral("\" lead\"");
    QTest::newRow("trailing space") << QStringLiteral("trail ") << comma << QStringLiteral("\"trail \"");
    QTest::newRow("unicode") << u("Zoë 😀") << comma << u("Zoë 😀");
    QTest::newRow("equals") << QStringLiteral("=SUM(A1:A9)") << comma << QStringLiteral("'=SUM(A1:A9)");
    QTest::newRow("plus") << QStringLiteral("+44 20 7946 0000") << comma << QStringLiteral("'+44 20 7946 0000");
    QTest::newRow("minus") << QStringLiteral("-5") << comma << QStringLiteral("'-5");
    QTest::newRow("at") << QStringLiteral("@cmd") << comma << QStringLiteral("'@cmd");
    QTest::newRow("tab") << QStringLiteral("\tx") << comma << QStringLiteral("'\tx");
    QTest::newRow("carriage return is written as LF, as it is read") << QStringLiteral("\rx") << comma
                                                                       << QStringLiteral("\"\nx\"");
    QTest::newRow("formula with a comma and quotes") << QStringLiteral("=HYPERLINK(\"http://e.example\",\"x\")") << comma
                                                     << QStringLiteral("\"'=HYPERLINK(\"\"http://e.example\"\",\"\"x\"\")\"");
    QTest::newRow("already defused") << QStringLiteral("'=x") << comma << QStringLiteral("''=x");
    QTest::newRow("apostrophe alone") << QStringLiteral("'") << comma << QStringLiteral("'");
    QTest::newRow("apostrophe before text") << QStringLiteral("'quoted'") << comma << QStringLiteral("'quoted'");
    QTest::newRow("equals later") << QStringLiteral("a=b") << comma << QStringLiteral("a=b");
}

void tst_Csv::shouldWriteAFieldQuotedOnlyWhenNeeded()
{
    QFETCH(QString, value);
    QFETCH(QChar, delimiter);
    QFETCH(QString, expected);

    QCOMPARE(Csv::field(value, delimiter), expected);
}

void tst_Csv::shouldWriteALineEndingInCrLf_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << list({"a", "b", "c"}) << QChar(QLatin1Char(',')) << QStringLiteral("a,b,c\r\n");
    QTest::newRow("mixed") << list({"a", "b,c", "=1", "", "x\"y"}) << QChar(QLatin1Char(','))
                           << QStringLiteral("a,\"b,c\",'=1,,\"x\"\"y\"\r\n");
    QTest::newRow("semicolons") << list({"a;b", "c,d", "+1"}) << QChar(QLatin1Char(';')) << QStringLiteral("\"a;b\";c,d;'+1\r\n");
    QTest::newRow("two empty values") << list({"", ""}) << QChar(QLatin1Char(',')) << QStringLiteral(",\r\n");
    QTest::newRow("no values") << QStringList() << QChar(QLatin1Char(',')) << QStringLiteral("\r\n");
}

void tst_Csv::shouldWriteALineEndingInCrLf()
{
    QFETCH(QStringList, values);
    QFETCH(QChar, delimiter);
    QFETCH(QString, expected);

    QCOMPARE(Csv::line(values, delimiter), expected);
}

void tst_Csv::shouldDefuseFormulasReversibly_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("=") << QStringLiteral("=") << QStringLiteral("'=");
    QTest::newRow("+") << QStringLiteral("+") << QStringLiteral("'+");
    QTest::newRow("-") << QStringLiteral("-") << QStringLiteral("'-");
    QTest::newRow("@") << QStringLiteral("@") << QStringLiteral("'@");
    QTest::newRow("tab") << QStringLiteral("\t") << QStringLiteral("'\t");
    QTest::newRow("CR") << QStringLiteral("\r") << QStringLiteral("'\r");
    QTest::newRow("=formula") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
    QTest::newRow("+phone") << QStringLiteral("+44 20 7946 0000") << QStringLiteral("'+44 20 7946 0000");
    QTest::newRow("-number") << QStringLiteral("-3.5") << QStringLiteral("'-3.5");
    QTest::newRow("@mention") << QStringLiteral("@SUM(1+1)") << QStringLiteral("'@SUM(1+1)");
    QTest::newRow("tab then formula") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("CR then text") << QStringLiteral("\rline") << QStringLiteral("'\rline");
    QTest::newRow("'=x") << QStringLiteral("'=x") << QStringLiteral("''=x");
    QTest::newRow("''+1") << QStringLiteral("''+1") << QStringLiteral("'''+1");
    QTest::newRow("'''-") << QStringLiteral("'''-") << QStringLiteral("''''-");
    QTest::newRow("'@") << QStringLiteral("'@") << QStringLiteral("''@");
    QTest::newRow("' alone") << QStringLiteral("'") << QStringLiteral("'");
    QTest::newRow("'' alone") << QStringLiteral("''") << QStringLiteral("''");
    QTest::newRow("'text") << QStringLiteral("'text") << QStringLiteral("'text");
    QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("text");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("space then =") << QStringLiteral(" =1") << QStringLiteral(" =1");
    QTest::newRow("= later") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("' then text then =") << QStringLiteral("'a=") << QStringLiteral("'a=");
}

void tst_Csv::shouldDefuseFormulasReversibly()
{
    QFETCH(QString, value);
    QFETCH(QString, escaped);

    // WHEN a value is defused for a spreadsheet
    // THEN it is exactly the expected cell, and undoing that gives back the value
    QCOMPARE(Csv::escapeFormula(value), escaped);
    QCOMPARE(Csv::unescapeFormula(Csv::escapeFormula(value)), value);
}

void tst_Csv::shouldReadBackEveryWrittenValue_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QChar(QLatin1Char(','));
    QTest::newRow("semicolon") << QChar(QLatin1Char(';'));
}

void tst_Csv::shouldReadBackEveryWrittenValue()
{
    QFETCH(QChar, delimiter);

    // GIVEN values that need quoting, doubling, defusing, or nothing at all
    const QStringList values = {QStringLiteral("plain"), QString(), QStringLiteral("a,b;c"), QStringLiteral("\"quoted\""),
                                QStringLiteral("two\nlines"), QStringLiteral("crlf\r\nlines"), QStringLiteral("lone\rcr"),
                                QStringLiteral(" padded "), QStringLiteral("=1+1"), QStringLiteral("+44"), QStringLiteral("-"),
                                QStringLiteral("@x"), QStringLiteral("\tx"), QStringLiteral("\r"), QStringLiteral("'=x"),
                                QStringLiteral("''+1"), QStringLiteral("'"), u("Zoë 😀 名前"), QStringLiteral("last")};

    // WHEN two lines of them are written and read back
    const QByteArray data = (Csv::line(values, delimiter) + Csv::line(values, delimiter)).toUtf8();
    Records records;
    QString error;
    QChar used;
    QVERIFY2(Csv::parse(data, &records, &error, &used), qPrintable(error));

    // THEN each record holds every value, exactly, once defused formulas are undone; line breaks are LF
    QCOMPARE(used, delimiter);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).line, 1);
    for (const CsvRecord &record : std::as_const(records)) {
        QCOMPARE(record.fields.size(), values.size());
        for (int i = 0; i < values.size(); ++i) {
            QString expected = values.at(i);
            expected.replace(QLatin1String("\r\n"), QLatin1String("\n"));
            expected.replace(QLatin1Char('\r'), QLatin1Char('\n'));
            QCOMPARE(Csv::unescapeFormula(record.fields.at(i)), expected);
        }
    }
}

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_csv.moc"
