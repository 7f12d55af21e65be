#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Rapport {

/** One record of a CSV file and the line it starts on (1 for the first line). */
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/**
 * Reading and writing CSV as RFC 4180 describes it: fields quoted with double quotes may hold
 * the delimiter, doubled quotes and line breaks; lines end in CRLF, LF, a lone CR or the CR CR LF
 * of a file converted twice, and line breaks inside a field are read as LF. The delimiter (comma
 * or semicolon) is taken from the first line.
 */
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    /**
     * Parses @p data into records, in the encoding TextEncoding::decode() recognises (UTF-8,
     * UTF-16 or Windows-1252). Empty lines are skipped. On malformed input (an unclosed quote,
     * text after a closing quote) returns false with the line and the reason in @p error, and
     * @p records is left empty.
     */
    static bool parse(const QByteArray &data, QVector<CsvRecord> *records, QString *error, QChar *delimiter = nullptr);
    /** Parses @p text, already decoded, as parse() does bytes. */
    static bool parse(const QString &text, QVector<CsvRecord> *records, QString *error, QChar *delimiter = nullptr);

    /** The delimiter the first line of @p text uses: ';' when it has more semicolons than commas outside quotes. */
    static QChar detectDelimiter(const QString &text);

    /** One field as written to a file: quoted when it must be, with spreadsheet formulas defused. */
    static QString field(const QString &value, QChar delimiter = QLatin1Char(','));
    /** One line of fields, ending in CRLF. */
    static QString line(const QStringList &values, QChar delimiter = QLatin1Char(','));

    /**
     * A cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
     * carriage return) gets a leading apostrophe; so does one that already looks defused,
     * so that unescapeFormula() gives back exactly the original.
     */
    static QString escapeFormula(const QString &value);
    static QString unescapeFormula(const QString &value);
};

} // namespace Rapport
