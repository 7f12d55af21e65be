#include "csv.h"

#include "textencoding.h"

#include <utility>

namespace Rapport {

namespace {

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Leading apostrophes followed by a formula character: the shape escapeFormula() guards.
bool looksLikeFormula(const QString &value)
{
    int i = 0;
    while (i < value.size() && value.at(i) == QLatin1Char('\''))
        ++i;
    return i < value.size() && isFormulaStart(value.at(i));
}

// How many characters after the CR at @p i belong to the same line end: CR LF, and the CR CR LF
// of a file whose line ends were converted twice, are one line end, as is a lone CR.
qsizetype lineEndAfterCr(const QString &text, qsizetype i)
{
    const qsizetype size = text.size();
    if (i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
        return 1;
    if (i + 2 < size && text.at(i + 1) == QLatin1Char('\r') && text.at(i + 2) == QLatin1Char('\n'))
        return 2;
    return 0;
}

} // namespace

QChar Csv::detectDelimiter(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

bool Csv::parse(const QByteArray &data, QVector<CsvRecord> *records, QString *error, QChar *delimiterUsed)
{
    TextEncoding::Encoding encoding = TextEncoding::Encoding::Utf8;
    return parse(TextEncoding::decode(data, &encoding), records, error, delimiterUsed);
}

bool Csv::parse(const QString &text, QVector<CsvRecord> *records, QString *error, QChar *delimiterUsed)
{
    if (text.startsWith(QChar(0xFEFF)))
        return parse(text.mid(1), records, error, delimiterUsed);
    records->clear();
    const QChar delimiter = detectDelimiter(text);
    if (delimiterUsed)
        *delimiterUsed = delimiter;

    QVector<CsvRecord> result;
    CsvRecord record;
    QString field;
    int line = 1;
    record.line = 1;
    bool inQuotes = false;
    bool afterQuote = false; // a quoted field just closed: only a delimiter or line end may follow
    bool fieldStarted = false;
    int quoteLine = 0;
    const auto endField = [&] {
        record.fields.append(std::exchange(field, QString()));
        afterQuote = false;
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        const qsizetype fieldCount = record.fields.size();
        const bool empty = fieldCount == 1 && record.fields.constFirst().isEmpty();
        if (!empty)
            result.append(std::exchange(record, CsvRecord()));
        else
            record = CsvRecord();
        // The next record most likely has as many fields.
        record.fields.reserve(fieldCount);
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                // Everything up to the next quote belongs to the field, line breaks included.
                qsizetype end = i;
                bool hasCr = false;
                for (; end < size && text.at(end) != QLatin1Char('"'); ++end) {
                    const QChar d = text.at(end);
                    if (d == QLatin1Char('\r')) {
                        hasCr = true;
                        end += lineEndAfterCr(text, end);
                        ++line;
                    } else if (d == QLatin1Char('\n')) {
                        ++line;
                    }
                }
                if (hasCr) {
                    // Notes are stored with LF line ends, whatever the file used.
                    QString part = text.mid(i, end - i);
                    part.replace(QLatin1String("\r\r\n"), QLatin1String("\n"));
                    part.replace(QLatin1String("\r\n"), QLatin1String("\n"));
                    part.replace(QLatin1Char('\r'), QLatin1Char('\n'));
                    field.append(part);
                } else {
                    field.append(QStringView(text).mid(i, end - i));
                }
                i = end - 1;
            }
            continue;
        }
        if (c == delimiter) {
            endField();
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r'))
                i += lineEndAfterCr(text, i);
            endRecord();
            ++line;
            record.line = line;
            continue;
        }
        if (afterQuote) {
            *error = tr("line %1: unexpected text after a closing quote; a quote inside a quoted field must be doubled (\"\")")
                         .arg(line);
            return false;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            quoteLine = line;
            fieldStarted = true;
            continue;
        }
        fieldStarted = true;
        // An unquoted field runs to the next delimiter or line end; a quote inside it is text.
        qsizetype end = i + 1;
        while (end < size && text.at(end) != delimiter && text.at(end) != QLatin1Char('\r') && text.at(end) != QLatin1Char('\n'))
            ++end;
        field.append(QStringView(text).mid(i, end - i));
        i = end - 1;
    }
    if (inQuotes) {
        *error = tr("line %1: a quoted field is never closed").arg(quoteLine);
        return false;
    }
    if (fieldStarted || afterQuote || !record.fields.isEmpty())
        endRecord();
    *records = std::move(result);
    return true;
}

QString Csv::escapeFormula(const QString &value)
{
    return looksLikeFormula(value) ? QLatin1Char('\'') + value : value;
}

QString Csv::unescapeFormula(const QString &value)
{
    return value.startsWith(QLatin1Char('\'')) && looksLikeFormula(value) ? value.mid(1) : value;
}

QString Csv::field(const QString &value, QChar delimiter)
{
    // Line breaks are written as LF, as they are read: a lone CR would come back as LF anyway.
    QString lf = value;
    if (lf.contains(QLatin1Char('\r'))) {
        lf.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        lf.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    const QString safe = escapeFormula(lf);
    const bool needsQuotes = safe.contains(delimiter) || safe.contains(QLatin1Char('"')) || safe.contains(QLatin1Char('\n'))
        || safe.contains(QLatin1Char('\r')) || safe.startsWith(QLatin1Char(' ')) || safe.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return safe;
    QString quoted = safe;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString Csv::line(const QStringList &values, QChar delimiter)
{
    QStringList fields;
    fields.reserve(values.size());
    for (const QString &value : values)
        fields.append(field(value, delimiter));
    return fields.join(delimiter) + QStringLiteral("\r\n");
}

} // namespace Rapport
