#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Rapport {

/** One way to reach a client: an email address or a phone number, and what kind it is. */
struct ContactPoint
{
    Q_DECLARE_TR_FUNCTIONS(ContactPoint)
public:
    enum class Label { Work, Home, Mobile, Other };

    QString value;
    Label label = Label::Work;

    /** The stored key of @p label: work, home, mobile, other. */
    static QString labelKey(Label label);
    /** @p key as labelKey() writes it (any case); false for anything else. */
    static bool labelFromKey(const QString &key, Label *label);
    /**
     * The label that words from another program mean ("* Work", "Home Phone", vCard's CELL,
     * "Mobile Number"), or @p fallback when they name none. A fax or pager number is Other.
     */
    static Label labelFromText(const QString &text, Label fallback);
    /** The label as a person reads it: Work, Home, Mobile, Other. */
    static QString labelText(Label label);

    /** How a client row holds a list: one "label:value" line each, the preferred first. */
    static QString toStored(const QList<ContactPoint> &points);
    /** The list toStored() wrote; a line without a known label is a work value. */
    static QList<ContactPoint> fromStored(const QString &text);

    /**
     * @p points with every value trimmed, empty ones dropped, and a value that comes again
     * (emails compared without regard to case) kept only the first time.
     */
    static QList<ContactPoint> normalized(QList<ContactPoint> points, bool caseInsensitive);

    friend bool operator==(const ContactPoint &a, const ContactPoint &b) { return a.label == b.label && a.value == b.value; }
    friend bool operator!=(const ContactPoint &a, const ContactPoint &b) { return !(a == b); }
};

} // namespace Rapport
