#pragma once

#include <QStringList>
#include <QVector>

#include <vector>

namespace Rapport {
struct Client;
}

/**
 * What the client list's search finds clients by, kept as an index: the case-folded text of
 * each client (name, company, tags, emails and the names of its framework values) and, for
 * every character and every triple of adjacent characters in those texts, the clients that
 * hold it. A search word of one or three characters is answered by its own list, one of two
 * by the union of the triples it begins, a longer one by intersecting the lists of its
 * triples, smallest first, and checking the clients left against their text. The answers are
 * exactly those of QString::contains on the texts.
 *
 * The model keeps it current one change at a time (append, remove, update); only reset()
 * builds it from nothing. Rows are the store's rows. Internally each client has a slot that
 * does not move when rows above it are removed, so a removal touches only its own lists.
 */
class ClientSearchIndex
{
public:
    /** The searched text of @p client, case-folded, its fields separated by '\n'. */
    static QString searchText(const Rapport::Client &client);
    /** The words of a search field's @p text: case-folded, split at spaces. */
    static QStringList searchWords(const QString &text);

    /** Indexes @p clients as rows 0..size-1, replacing everything. */
    void reset(const QVector<Rapport::Client> &clients);
    /** Adds @p client as the last row. */
    void append(const Rapport::Client &client);
    /** Removes rows @p first to @p last; the rows after them move up. */
    void remove(int first, int last);
    /** Re-indexes row @p row after its client changed (nothing to do when its text did not). */
    void update(int row, const Rapport::Client &client);

    int count() const { return int(m_slotOfRow.size()); }

    /**
     * Sets (*hits)[row] to 1 for each row whose text contains every one of @p words (from
     * searchWords()) and to 0 for the others; @p hits is resized to count().
     */
    void find(const QStringList &words, QVector<char> *hits) const;
    /** True when the text of @p row contains every one of @p words. */
    bool contains(int row, const QStringList &words) const;

    /** The bytes the index holds on the heap (texts, lists, tables), as measured for docs/performance.md. */
    size_t memoryBytes() const;

private:
    /**
     * The clients holding one gram, by slot: a sorted list while few do, a bit per slot once
     * more than one in DenseShare does (the bits take less room then, and test in one step).
     */
    struct Posting
    {
        std::vector<quint32> ids; ///< sorted slots, or the bit words when dense
        quint32 count = 0;
        bool dense = false;
        bool has(quint32 slot) const;
    };
    static constexpr quint32 DenseShare = 24;
    /** Where a slot's text lies: Latin-1, or UTF-16 when wide. */
    struct TextRef
    {
        quint32 chunk = 0;
        quint32 offset = 0;
        quint32 bytes : 31; ///< with the flag in one word: 12 bytes a client, not 16
        quint32 wide : 1;
        TextRef() : bytes(0), wide(0) {}
    };

    /** Gram -> index in m_postings: open addressing, linear probing (a QHash costs twice as much to build). */
    struct GramTable
    {
        std::vector<quint64> keys; ///< 0 for an empty place (every gram has its length in bits 48-49)
        std::vector<quint32> values;
        quint32 size = 0;
        const quint32 *find(quint64 gram) const;
        quint32 &insert(quint64 gram, quint32 value);
        void grow();
    };

    const Posting *posting(quint64 gram) const;
    Posting pairPosting(QStringView pair) const;
    Posting &postingFor(quint64 gram);
    void indexSlot(quint32 slot, bool add);
    void addToPosting(Posting &posting, quint32 slot);
    void removeFromPosting(Posting &posting, quint32 slot);
    void store(quint32 slot, const QString &text);
    void appendText(TextRef *ref, const char *bytes, size_t size);
    void compactTexts();
    QString textOf(quint32 slot) const;
    bool slotContains(quint32 slot, const QStringList &words) const;

    GramTable m_grams;                   ///< gram (length in bits 48-49, characters below) -> posting
    std::vector<Posting> m_postings;
    /// The texts one after the other, in blocks that never move (no copy of them all when they grow).
    std::vector<std::vector<char>> m_chunks;
    std::vector<TextRef> m_texts;        ///< per slot
    size_t m_garbage = 0;                ///< bytes of texts replaced or removed, still in the blocks
    std::vector<quint32> m_slotOfRow;
    std::vector<qint32> m_rowOfSlot;     ///< -1 for a free slot
    std::vector<quint32> m_freeSlots;
};
