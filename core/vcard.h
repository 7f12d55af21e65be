#pragma once

#include "contactpoint.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Rapport {

/** What Rapport takes from one vCard. */
struct VCardContact
{
    int line = 0; ///< the line of its BEGIN:VCARD
    QString name;
    QString company;
    QList<ContactPoint> emails; ///< the preferred first, labelled by TYPE
    QList<ContactPoint> phones;
    QStringList categories;
    QString note;
    QStringList unread; ///< properties with a value that no field takes, upper case without group ("BDAY", "ADR"), each once
};

/**
 * A small reader of vCard 2.1, 3.0 and 4.0 (RFC 2426, RFC 6350): folded lines, escaped
 * characters, several EMAIL and TEL (the preferred one first), ORG, NOTE, CATEGORIES, the
 * quoted-printable and character-set parameters that phones write in 2.1, and Apple Contacts'
 * grouped properties ("item1.EMAIL") and company cards (X-ABShowAs:COMPANY, or KIND:org in 4.0),
 * whose name is the person's, if any, rather than the company's again. A file may be UTF-8, UTF-16 (with or without
 * a byte-order mark) or Windows-1252; a value without CHARSET is read as UTF-8 when it is valid
 * UTF-8, else as Windows-1252. Debian 12 has no Qt 6 build of
 * KContacts, so Rapport carries its own; it reads only what a client record needs.
 */
class VCard
{
    Q_DECLARE_TR_FUNCTIONS(VCard)

public:
    /** Parses every card in @p data; false with the line and reason in @p error on malformed input. */
    static bool parse(const QByteArray &data, QVector<VCardContact> *contacts, QString *error);

    /**
     * One property as written to a vCard: "NAME:value" in UTF-8, folded so that no line is longer
     * than 75 bytes (never inside a character), ending in CRLF. @p value must be escaped already.
     */
    static QByteArray line(const QByteArray &name, const QString &value);
    /** A text value escaped as RFC 6350 asks: backslash, comma, semicolon, and line ends as \\n. */
    static QString escape(const QString &value);

    /** Undoes vCard escaping: \\n, \\, \\; and \\\\. */
    static QString unescape(const QString &value);
    /** Decodes quoted-printable text (with soft line breaks already joined). */
    static QByteArray decodeQuotedPrintable(const QByteArray &value);
};

} // namespace Rapport
