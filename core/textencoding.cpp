#include "textencoding.h"

#include <QStringDecoder>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <iconv.h>
#include <optional>

namespace Rapport {

namespace {

using Encoding = TextEncoding::Encoding;

// A byte-order mark, or the zero bytes that UTF-16 gives every ASCII letter: the high byte comes
// second in little-endian, first in big-endian. UTF-8 and Windows-1252 text has no zero bytes;
// a UTF-8 byte-order mark settles it.
std::optional<Encoding> utf16ByItsBytes(const QByteArray &data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return std::nullopt;
    if (data.startsWith("\xFF\xFE"))
        return Encoding::Utf16LE;
    if (data.startsWith("\xFE\xFF"))
        return Encoding::Utf16BE;
    const qsizetype size = std::min<qsizetype>(data.size(), 256) & ~qsizetype(1);
    if (size < 2)
        return std::nullopt;
    int zeroFirst = 0;
    int zeroSecond = 0;
    for (qsizetype i = 0; i < size; i += 2) {
        zeroFirst += data.at(i) == '\0';
        zeroSecond += data.at(i + 1) == '\0';
    }
    const int units = int(size / 2);
    if (zeroSecond * 2 >= units && zeroFirst * 8 < zeroSecond)
        return Encoding::Utf16LE;
    if (zeroFirst * 2 >= units && zeroSecond * 8 < zeroFirst)
        return Encoding::Utf16BE;
    return std::nullopt;
}

QString decodeWithQt(const QByteArray &data, QStringConverter::Encoding encoding, bool *ok)
{
    // The byte-order mark is kept by the decoder and removed here, so that exactly one goes.
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(data);
    bool valid = !decoder.hasError();
    if (encoding != QStringConverter::Utf8) {
        // Qt 6.4 gives U+FFFD for a last odd byte of UTF-16 without calling it an error, and lets
        // a surrogate without its other half through; both are U+FFFD and an error here.
        valid = valid && data.size() % 2 == 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                ++i;
            } else if (c.isSurrogate()) {
                text[i] = QChar::ReplacementCharacter;
                valid = false;
            }
        }
    }
    if (ok)
        *ok = valid;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

/**
 * @p data in the code page iconv calls @p name. A byte that is not valid there ends the decoding
 * with false, unless @p keepInvalidBytes: then it becomes the character of the same number, as
 * Windows does for the five bytes Windows-1252 leaves unassigned.
 */
bool decodeWithIconv(const QByteArray &data, const char *name, bool keepInvalidBytes, QString *text)
{
    const char *utf16 = QSysInfo::ByteOrder == QSysInfo::LittleEndian ? "UTF-16LE" : "UTF-16BE";
    const iconv_t converter = iconv_open(utf16, name);
    if (converter == iconv_t(-1))
        return false;
    QString result(data.size() + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(data.constData());
    size_t inLeft = size_t(data.size());
    qsizetype written = 0;
    bool ok = true;
    while (ok) {
        char *out = reinterpret_cast<char *>(result.data() + written);
        size_t outLeft = size_t(result.size() - written) * sizeof(char16_t);
        const size_t converted = inLeft == 0 ? iconv(converter, nullptr, nullptr, &out, &outLeft)
                                             : iconv(converter, &in, &inLeft, &out, &outLeft);
        written = result.size() - qsizetype(outLeft / sizeof(char16_t));
        if (converted != size_t(-1) && inLeft == 0)
            break;
        if (converted != size_t(-1))
            continue;
        if (errno == E2BIG) {
            result.resize(result.size() * 2);
        } else if ((errno == EILSEQ || errno == EINVAL) && keepInvalidBytes && inLeft > 0) {
            if (written == result.size())
                result.resize(result.size() * 2);
            result[written++] = QChar(char16_t(uchar(*in)));
            ++in;
            --inLeft;
        } else {
            ok = false;
        }
    }
    iconv_close(converter);
    if (!ok)
        return false;
    result.resize(written);
    *text = std::move(result);
    return true;
}

QString fromWindows1252(const QByteArray &data)
{
    QString text;
    // glibc always has CP1252; Latin-1 is the same letters but for the euro sign, curly quotes and dashes.
    if (!decodeWithIconv(data, "WINDOWS-1252", true, &text))
        text = QString::fromLatin1(data);
    return text;
}

} // namespace

TextEncoding::Encoding TextEncoding::detect(const QByteArray &data)
{
    if (const std::optional<Encoding> utf16 = utf16ByItsBytes(data))
        return *utf16;
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(data);
    Q_UNUSED(text)
    return decoder.hasError() ? Encoding::Windows1252 : Encoding::Utf8;
}

QString TextEncoding::decode(const QByteArray &data, Encoding *encoding)
{
    if (const std::optional<Encoding> utf16 = utf16ByItsBytes(data)) {
        *encoding = *utf16;
        return decode(data, *utf16);
    }
    bool ok = false;
    QString text = decodeWithQt(data, QStringConverter::Utf8, &ok);
    if (ok) {
        *encoding = Encoding::Utf8;
        return text;
    }
    *encoding = Encoding::Windows1252;
    return decode(data, Encoding::Windows1252);
}

QString TextEncoding::decode(const QByteArray &data, Encoding encoding, bool *ok)
{
    switch (encoding) {
    case Encoding::Utf8:
        return decodeWithQt(data, QStringConverter::Utf8, ok);
    case Encoding::Utf16LE:
        return decodeWithQt(data, QStringConverter::Utf16LE, ok);
    case Encoding::Utf16BE:
        return decodeWithQt(data, QStringConverter::Utf16BE, ok);
    case Encoding::Windows1252:
        break;
    }
    if (ok)
        *ok = true;
    // A UTF-8 byte-order mark on text that is not UTF-8 after all says nothing about the rest.
    return fromWindows1252(data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data);
}

QString TextEncoding::decodeCharset(const QByteArray &data, const QByteArray &charset)
{
    const QByteArray name = charset.trimmed().toUpper();
    // Only what a character set's name is made of reaches iconv, not options such as "//IGNORE".
    const bool plainName = !name.isEmpty() && name.size() <= 40
        && std::all_of(name.cbegin(), name.cend(), [](char c) { return std::isalnum(uchar(c)) || c == '-' || c == '_' || c == '.' || c == ':'; });
    QString text;
    if (plainName && name != "UTF-8" && name != "UTF8" && decodeWithIconv(data, name.constData(), false, &text))
        return text;
    bool ok = false;
    text = decodeWithQt(data, QStringConverter::Utf8, &ok);
    return ok ? text : decode(data, Encoding::Windows1252);
}

} // namespace Rapport
