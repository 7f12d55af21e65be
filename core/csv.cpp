#include "csv.h"

#include <QStringDecoder>

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
    records->clear();
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        // Find the line of the first bad byte, for a message a person can act on. Lines end in
        // LF, CRLF or a lone CR (old Macintosh files).
        int line = 1;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= data.size(); ++i) {
            const bool end = i == data.size() || data.at(i) == '\n' || data.at(i) == '\r';
            if (!end)
                continue;
            QStringDecoder probe(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
            const QString decoded = probe.decode(data.mid(start, i - start));
            Q_UNUSED(decoded)
            if (probe.hasError())
                break;
            if (i < data.size() && data.at(i) == '\r' && i + 1 < data.size() && data.at(i + 1) == '\n')
                ++i;
            start = i + 1;
            ++line;
        }
        *error = tr("line %1: the file is not UTF-8 text; save it as \"CSV UTF-8\" and try again").arg(line);
        return false;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
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
                for (; end < size && text.at(end) != QLatin1Char('"'); ++end) {
                    const QChar d = text.at(end);
                    const bool loneCr = d == QLatin1Char('\r') && !(end + 1 < size && text.at(end + 1) == QLatin1Char('\n'));
                    if (d == QLatin1Char('\n') || loneCr)
                        ++line;
                }
                field.append(QStringView(text).mid(i, end - i));
                i = end - 1;
            }
            continue;
        }
        if (c == delimiter) {
            endField();
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
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
    const QString safe = escapeFormula(value);
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
