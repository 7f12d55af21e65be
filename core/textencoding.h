#pragma once

#include <QByteArray>
#include <QString>

namespace Rapport {

/**
 * The encodings address books and spreadsheets write their exports in, recognised from the
 * bytes and decoded to text: UTF-8 (with or without a byte-order mark), UTF-16 little- or
 * big-endian (with a byte-order mark, or recognised by the zero bytes of its first letters)
 * and, for anything else, Windows-1252 (Western European Windows and older spreadsheets).
 * Code pages go through the C library's iconv.
 */
class TextEncoding
{
public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

    /** The encoding @p data is most likely in: a byte-order mark, UTF-16's zero bytes, valid UTF-8, else Windows-1252. */
    static Encoding detect(const QByteArray &data);

    /**
     * @p data decoded in the encoding detect() would choose, which is put in @p encoding.
     * UTF-8 input is decoded once. The byte-order mark is left out. A replacement character
     * (U+FFFD) is in the result only where the file holds one, or where UTF-16 is broken (a last
     * odd byte, half a surrogate pair).
     */
    static QString decode(const QByteArray &data, Encoding *encoding);

    /**
     * @p data decoded as @p encoding, without its byte-order mark. @p ok (when given) is false
     * when bytes are not valid in that encoding; they are then U+FFFD in the result. Windows-1252
     * always decodes: its five unassigned bytes become the control characters of the same number.
     */
    static QString decode(const QByteArray &data, Encoding encoding, bool *ok = nullptr);

    /**
     * @p data in the character set a vCard names (CHARSET=...): any name iconv knows. When the
     * name is unknown, or the bytes are not valid in it, the text is read as UTF-8 if valid, else
     * as Windows-1252, so that no byte is lost to U+FFFD.
     */
    static QString decodeCharset(const QByteArray &data, const QByteArray &charset);
};

} // namespace Rapport
