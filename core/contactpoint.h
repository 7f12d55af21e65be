#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <iterator>

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
    static bool labelFromKey(QStringView key, Label *label);
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
    /** One line of what toStored() wrote. */
    static ContactPoint fromStoredLine(QStringView line);

    /**
     * @p points with every value trimmed, empty ones dropped, and a value that comes again
     * (emails compared without regard to case) kept only the first time.
     */
    static QList<ContactPoint> normalized(QList<ContactPoint> points, bool caseInsensitive);

    friend bool operator==(const ContactPoint &a, const ContactPoint &b) { return a.label == b.label && a.value == b.value; }
    friend bool operator!=(const ContactPoint &a, const ContactPoint &b) { return !(a == b); }
};

/**
 * A client's emails or phones, the preferred first. Held as the text a client row stores
 * (ContactPoint::toStored(): one "label:value" line each), in UTF-8, so that memory keeps one
 * short string per client instead of a list of strings (at 100,000 clients UTF-8 holds 7 MB
 * less than UTF-16), and read like a list: each point is made when asked for.
 */
class ContactPoints
{
public:
    /** Walks the lines of the text (decoded once, by begin()), making each point as it is reached. */
    class const_iterator
    {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = ContactPoint;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = ContactPoint;

        const_iterator() = default;
        ContactPoint operator*() const
        {
            return ContactPoint::fromStoredLine(QStringView(m_text).mid(m_start, m_end - m_start));
        }
        const_iterator &operator++();
        const_iterator operator++(int)
        {
            const_iterator before = *this;
            ++*this;
            return before;
        }
        friend bool operator==(const const_iterator &a, const const_iterator &b) { return a.m_start == b.m_start; }
        friend bool operator!=(const const_iterator &a, const const_iterator &b) { return !(a == b); }

    private:
        friend class ContactPoints;
        /** At the first line of @p text; end() when it holds none. */
        explicit const_iterator(const QString &text);
        void findLine();

        QString m_text;
        qsizetype m_start = -1; ///< -1 past the last line: end()
        qsizetype m_end = 0;
    };

    ContactPoints() = default;
    ContactPoints(const QList<ContactPoint> &points) : m_text(held(ContactPoint::toStored(points))) {}
    ContactPoints(std::initializer_list<ContactPoint> points) : ContactPoints(QList<ContactPoint>(points)) {}
    /** The points a client row stores as @p text (toStored()), kept as they are. */
    static ContactPoints fromStored(const QString &text);

    /** The text a client row stores. */
    QString stored() const { return QString::fromUtf8(m_text); }
    QList<ContactPoint> toList() const { return ContactPoint::fromStored(stored()); }
    operator QList<ContactPoint>() const { return toList(); }

    bool isEmpty() const { return begin() == end(); }
    qsizetype size() const { return qsizetype(std::distance(begin(), end())); }
    qsizetype count() const { return size(); }
    ContactPoint at(qsizetype index) const;
    /** The point at @p index, or an empty one when there is none. */
    ContactPoint value(qsizetype index) const;
    ContactPoint first() const { return at(0); }
    ContactPoint constFirst() const { return at(0); }
    /**
     * The points as ContactPoint::normalized() leaves them: this list itself when it is in that
     * form already (the usual case, checked without making a point), else a new one.
     */
    ContactPoints normalized(bool caseInsensitive) const;
    /** True when a value is @p value, compared with @p sensitivity; reads without making copies. */
    bool containsValue(QStringView value, Qt::CaseSensitivity sensitivity) const;

    void append(const ContactPoint &point);
    void insert(qsizetype index, const ContactPoint &point);
    void removeFirst();
    void clear() { m_text.clear(); }
    ContactPoints &operator+=(const QList<ContactPoint> &points);

    const_iterator begin() const { return m_text.isEmpty() ? end() : const_iterator(stored()); }
    const_iterator end() const { return const_iterator(); }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

    /** True when both hold the same text, not a copy of it (normalized() gives a list in stored form back itself). */
    bool isSharedWith(const ContactPoints &other) const { return m_text.isSharedWith(other.m_text); }

    friend bool operator==(const ContactPoints &a, const ContactPoints &b) { return a.m_text == b.m_text; }
    friend bool operator!=(const ContactPoints &a, const ContactPoints &b) { return !(a == b); }
    friend bool operator==(const ContactPoints &a, const QList<ContactPoint> &b) { return a.toList() == b; }
    friend bool operator!=(const ContactPoints &a, const QList<ContactPoint> &b) { return !(a == b); }
    friend bool operator==(const QList<ContactPoint> &a, const ContactPoints &b) { return b == a; }
    friend bool operator!=(const QList<ContactPoint> &a, const ContactPoints &b) { return !(b == a); }

private:
    /** @p text in UTF-8, in a block of its size (toUtf8() leaves room for three bytes a character). */
    static QByteArray held(const QString &text);

    QByteArray m_text; ///< UTF-8
};

} // namespace Rapport
