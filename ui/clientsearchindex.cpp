#include "clientsearchindex.h"

#include "client.h"
#include "frameworks.h"

#include <algorithm>
#include <numeric>
#include <cstring>

using namespace Rapport;

namespace {

constexpr quint64 Unigram = quint64(1) << 48;
constexpr quint64 Trigram = quint64(3) << 48;
/** Marks the end of a text in its last triple, so that every pair of characters begins a triple. */
constexpr quint64 EndMark = u'\n';

/**
 * Calls @p f with every gram of @p text: each character, and each triple of adjacent ones
 * with one more past its end (its last pair and the end mark). Pairs have no lists of
 * their own: a pair is in a text when a triple beginning with it is.
 */
template<typename F>
void forEachGram(QStringView text, F f)
{
    quint64 before = 0;   // the previous character
    quint64 twoBack = 0;  // the one before it
    for (qsizetype i = 0; i < text.size(); ++i) {
        const quint64 c = text[i].unicode();
        f(Unigram | c);
        if (i >= 2)
            f(Trigram | (twoBack << 32) | (before << 16) | c);
        twoBack = before;
        before = c;
    }
    if (text.size() >= 2)
        f(Trigram | (twoBack << 32) | (before << 16) | EndMark);
}

/** The grams of @p text, sorted, each once. */
std::vector<quint64> gramsOf(QStringView text)
{
    std::vector<quint64> grams;
    grams.reserve(size_t(text.size()) * 3);
    forEachGram(text, [&grams](quint64 gram) { grams.push_back(gram); });
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    return grams;
}

/** A word of one to three characters is a gram itself. */
quint64 gramOfWord(QStringView word)
{
    quint64 gram = quint64(word.size()) << 48;
    for (qsizetype i = 0; i < word.size(); ++i)
        gram |= quint64(word[i].unicode()) << (16 * (word.size() - 1 - i));
    return gram;
}

quint64 mix(quint64 gram)
{
    gram *= 0x9E3779B97F4A7C15ull;
    return gram ^ (gram >> 29);
}

bool isLatin1(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x100; });
}

} // namespace

QString ClientSearchIndex::searchText(const Client &client)
{
    QString text = client.name + QLatin1Char('\n') + client.company + QLatin1Char('\n') + client.tags.join(QLatin1Char('\n'));
    // Every email finds the client, not only the preferred one (phones stay out: a digit would match everyone).
    for (const ContactPoint &email : client.emails)
        text += QLatin1Char('\n') + email.value;
    // The other frameworks can be searched by name too: "toxic", "promoter", "courting".
    if (client.rung != LadderRung::None)
        text += QLatin1Char('\n') + Frameworks::rungName(client.rung);
    if (client.stage != Stage::None)
        text += QLatin1Char('\n') + Frameworks::stageName(client.stage);
    if (client.nps >= 0)
        text += QLatin1Char('\n') + Frameworks::npsCategoryName(Frameworks::npsCategory(client.nps));
    return text.toCaseFolded();
}

QStringList ClientSearchIndex::searchWords(const QString &text)
{
    return text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool ClientSearchIndex::Posting::has(quint32 slot) const
{
    if (dense)
        return slot / 32 < ids.size() && (ids[slot / 32] >> (slot % 32) & 1u);
    return std::binary_search(ids.begin(), ids.end(), slot);
}

const quint32 *ClientSearchIndex::GramTable::find(quint64 gram) const
{
    if (keys.empty())
        return nullptr;
    const size_t mask = keys.size() - 1;
    for (size_t i = mix(gram) & mask;; i = (i + 1) & mask) {
        if (keys[i] == gram)
            return &values[i];
        if (keys[i] == 0)
            return nullptr;
    }
}

quint32 &ClientSearchIndex::GramTable::insert(quint64 gram, quint32 value)
{
    if ((size_t(size) + 1) * 2 > keys.size())
        grow();
    const size_t mask = keys.size() - 1;
    size_t i = mix(gram) & mask;
    while (keys[i] != 0 && keys[i] != gram)
        i = (i + 1) & mask;
    if (keys[i] == 0) {
        keys[i] = gram;
        values[i] = value;
        ++size;
    }
    return values[i];
}

void ClientSearchIndex::GramTable::grow()
{
    std::vector<quint64> oldKeys(std::max<size_t>(keys.size() * 2, 1024), 0);
    std::vector<quint32> oldValues(oldKeys.size(), 0);
    oldKeys.swap(keys);
    oldValues.swap(values);
    size = 0;
    for (size_t i = 0; i < oldKeys.size(); ++i) {
        if (oldKeys[i] != 0)
            insert(oldKeys[i], oldValues[i]);
    }
}

const ClientSearchIndex::Posting *ClientSearchIndex::posting(quint64 gram) const
{
    const quint32 *index = m_grams.find(gram);
    return index && m_postings[*index].count > 0 ? &m_postings[*index] : nullptr;
}

ClientSearchIndex::Posting &ClientSearchIndex::postingFor(quint64 gram)
{
    const quint32 next = quint32(m_postings.size());
    const quint32 index = m_grams.insert(gram, next);
    if (index == next)
        m_postings.emplace_back();
    return m_postings[index];
}

void ClientSearchIndex::addToPosting(Posting &posting, quint32 slot)
{
    std::vector<quint32> &ids = posting.ids;
    if (posting.dense) {
        if (slot / 32 >= ids.size())
            ids.resize(slot / 32 + 1, 0);
        const quint32 bit = 1u << (slot % 32);
        if (ids[slot / 32] & bit)
            return;
        ids[slot / 32] |= bit;
        ++posting.count;
        return;
    }
    // Slots mostly arrive in order (a reset, an added client): append.
    if (ids.empty() || ids.back() < slot) {
        ids.push_back(slot);
    } else {
        const auto at = std::lower_bound(ids.begin(), ids.end(), slot);
        if (*at == slot)
            return;
        ids.insert(at, slot);
    }
    ++posting.count;
    if (quint64(posting.count) * DenseShare > m_rowOfSlot.size()) {
        std::vector<quint32> bits((m_rowOfSlot.size() + 31) / 32, 0);
        for (quint32 id : ids)
            bits[id / 32] |= 1u << (id % 32);
        ids.swap(bits);
        posting.dense = true;
    }
}

void ClientSearchIndex::removeFromPosting(Posting &posting, quint32 slot)
{
    std::vector<quint32> &ids = posting.ids;
    if (!posting.dense) {
        const auto at = std::lower_bound(ids.begin(), ids.end(), slot);
        if (at != ids.end() && *at == slot) {
            ids.erase(at);
            --posting.count;
        }
        return;
    }
    if (!posting.has(slot))
        return;
    ids[slot / 32] &= ~(1u << (slot % 32));
    --posting.count;
    // Back to a list well below the share that made it dense, so that it does not flip back and forth.
    if (quint64(posting.count) * DenseShare * 2 < m_rowOfSlot.size()) {
        std::vector<quint32> list;
        list.reserve(posting.count);
        for (size_t word = 0; word < ids.size(); ++word) {
            for (quint32 bits = ids[word]; bits != 0; bits &= bits - 1)
                list.push_back(quint32(word * 32 + size_t(__builtin_ctz(bits))));
        }
        ids.swap(list);
        posting.dense = false;
    }
}

void ClientSearchIndex::appendText(TextRef *ref, const char *bytes, size_t size)
{
    constexpr size_t ChunkBytes = 256 * 1024;
    if (m_chunks.empty() || m_chunks.back().size() + size > m_chunks.back().capacity()) {
        m_chunks.emplace_back();
        m_chunks.back().reserve(std::max(ChunkBytes, size));
    }
    std::vector<char> &chunk = m_chunks.back();
    ref->chunk = quint32(m_chunks.size() - 1);
    ref->offset = quint32(chunk.size());
    ref->bytes = quint32(size);
    chunk.insert(chunk.end(), bytes, bytes + size);
}

void ClientSearchIndex::store(quint32 slot, const QString &text)
{
    TextRef &ref = m_texts[slot];
    m_garbage += ref.bytes;
    ref.wide = !isLatin1(text);
    if (ref.wide) {
        appendText(&ref, reinterpret_cast<const char *>(text.utf16()), size_t(text.size()) * 2);
    } else {
        std::vector<char> latin1(size_t(text.size()));
        std::transform(text.begin(), text.end(), latin1.begin(), [](QChar c) { return char(c.unicode()); });
        appendText(&ref, latin1.data(), latin1.size());
    }
    compactTexts();
}

// Once more than half of the blocks' bytes are texts replaced or removed, copies the others
// into new blocks.
void ClientSearchIndex::compactTexts()
{
    size_t total = 0;
    for (const std::vector<char> &chunk : m_chunks)
        total += chunk.size();
    if (m_garbage < 1024 * 1024 || m_garbage * 2 < total)
        return;
    std::vector<std::vector<char>> old;
    old.swap(m_chunks);
    for (TextRef &ref : m_texts) {
        if (ref.bytes > 0)
            appendText(&ref, old[ref.chunk].data() + ref.offset, ref.bytes);
    }
    m_garbage = 0;
}

QString ClientSearchIndex::textOf(quint32 slot) const
{
    const TextRef &ref = m_texts[slot];
    const char *bytes = m_chunks.empty() ? nullptr : m_chunks[ref.chunk].data() + ref.offset;
    if (!ref.wide)
        return QString::fromLatin1(bytes, qsizetype(ref.bytes));
    return QString(reinterpret_cast<const QChar *>(bytes), qsizetype(ref.bytes / 2));
}

void ClientSearchIndex::reset(const QVector<Client> &clients)
{
    const quint32 count = quint32(clients.size());
    m_grams = GramTable();
    m_postings.clear();
    m_chunks.clear();
    m_texts.assign(count, TextRef());
    m_garbage = 0;
    m_slotOfRow.resize(count);
    std::iota(m_slotOfRow.begin(), m_slotOfRow.end(), 0u);
    m_rowOfSlot.resize(count);
    std::iota(m_rowOfSlot.begin(), m_rowOfSlot.end(), 0);
    m_freeSlots.clear();
    for (quint32 slot = 0; slot < count; ++slot) {
        const QString text = searchText(clients.at(int(slot)));
        store(slot, text);
        // Slots come in order: a gram met twice in one text finds its slot already at the end.
        forEachGram(text, [this, slot](quint64 gram) {
            Posting &posting = postingFor(gram);
            if (posting.dense || posting.ids.empty() || posting.ids.back() != slot)
                addToPosting(posting, slot);
        });
    }
    // The lists grew by doubling: give back what they will not use.
    for (Posting &posting : m_postings) {
        if (posting.ids.capacity() > posting.ids.size() + posting.ids.size() / 8)
            posting.ids.shrink_to_fit();
    }
}

void ClientSearchIndex::indexSlot(quint32 slot, bool add)
{
    for (quint64 gram : gramsOf(textOf(slot))) {
        if (add) {
            addToPosting(postingFor(gram), slot);
        } else if (const quint32 *index = m_grams.find(gram)) {
            removeFromPosting(m_postings[*index], slot);
        }
    }
}

void ClientSearchIndex::append(const Client &client)
{
    quint32 slot = 0;
    if (m_freeSlots.empty()) {
        slot = quint32(m_rowOfSlot.size());
        m_rowOfSlot.push_back(-1);
        m_texts.emplace_back();
    } else {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
    }
    m_rowOfSlot[slot] = qint32(m_slotOfRow.size());
    m_slotOfRow.push_back(slot);
    store(slot, searchText(client));
    indexSlot(slot, true);
}

void ClientSearchIndex::remove(int first, int last)
{
    if (first < 0 || last < first || last >= count())
        return;
    for (int row = first; row <= last; ++row) {
        const quint32 slot = m_slotOfRow[size_t(row)];
        indexSlot(slot, false);
        m_garbage += m_texts[slot].bytes;
        m_texts[slot] = TextRef();
        m_rowOfSlot[slot] = -1;
        m_freeSlots.push_back(slot);
    }
    m_slotOfRow.erase(m_slotOfRow.begin() + first, m_slotOfRow.begin() + last + 1);
    for (size_t row = size_t(first); row < m_slotOfRow.size(); ++row)
        m_rowOfSlot[m_slotOfRow[row]] = qint32(row);
}

void ClientSearchIndex::update(int row, const Client &client)
{
    if (row < 0 || row >= count())
        return;
    const quint32 slot = m_slotOfRow[size_t(row)];
    const QString before = textOf(slot);
    const QString after = searchText(client);
    if (after == before)
        return;
    // Only the grams that came or went change lists.
    const std::vector<quint64> old = gramsOf(before);
    const std::vector<quint64> now = gramsOf(after);
    std::vector<quint64> gone, come;
    std::set_difference(old.begin(), old.end(), now.begin(), now.end(), std::back_inserter(gone));
    std::set_difference(now.begin(), now.end(), old.begin(), old.end(), std::back_inserter(come));
    for (quint64 gram : gone) {
        if (const quint32 *index = m_grams.find(gram))
            removeFromPosting(m_postings[*index], slot);
    }
    for (quint64 gram : come)
        addToPosting(postingFor(gram), slot);
    store(slot, after);
}

bool ClientSearchIndex::slotContains(quint32 slot, const QStringList &words) const
{
    const TextRef &ref = m_texts[slot];
    const char *bytes = m_chunks.empty() ? nullptr : m_chunks[ref.chunk].data() + ref.offset;
    if (ref.wide) {
        const QStringView text(reinterpret_cast<const char16_t *>(bytes), qsizetype(ref.bytes / 2));
        return std::all_of(words.begin(), words.end(), [text](const QString &word) { return text.contains(word); });
    }
    // A Latin-1 text holds only Latin-1 words; those are looked for byte by byte (glibc's memmem).
    return std::all_of(words.begin(), words.end(), [bytes, &ref](const QString &word) {
        if (!isLatin1(word))
            return false;
        char latin1[64];
        if (word.size() <= qsizetype(sizeof latin1)) {
            for (qsizetype i = 0; i < word.size(); ++i)
                latin1[i] = char(word[i].unicode());
            return memmem(bytes, ref.bytes, latin1, size_t(word.size())) != nullptr;
        }
        const QByteArray long1 = word.toLatin1();
        return memmem(bytes, ref.bytes, long1.constData(), size_t(long1.size())) != nullptr;
    });
}

bool ClientSearchIndex::contains(int row, const QStringList &words) const
{
    return row >= 0 && row < count() && slotContains(m_slotOfRow[size_t(row)], words);
}

ClientSearchIndex::Posting ClientSearchIndex::pairPosting(QStringView pair) const
{
    // The slots of every triple that begins with the pair, as bits.
    const quint64 prefix = Trigram | (quint64(pair[0].unicode()) << 32) | (quint64(pair[1].unicode()) << 16);
    Posting result;
    result.dense = true;
    result.ids.assign((m_rowOfSlot.size() + 31) / 32, 0);
    for (size_t i = 0; i < m_grams.keys.size(); ++i) {
        if ((m_grams.keys[i] & ~quint64(0xFFFF)) != prefix)
            continue;
        const Posting &triple = m_postings[m_grams.values[i]];
        if (triple.dense) {
            for (size_t word = 0; word < triple.ids.size() && word < result.ids.size(); ++word)
                result.ids[word] |= triple.ids[word];
        } else {
            for (quint32 slot : triple.ids)
                result.ids[slot / 32] |= 1u << (slot % 32);
        }
    }
    for (quint32 bits : result.ids)
        result.count += quint32(__builtin_popcount(bits));
    return result;
}

void ClientSearchIndex::find(const QStringList &words, QVector<char> *hits) const
{
    hits->fill(words.isEmpty() ? 1 : 0, count());
    if (words.isEmpty())
        return;
    // Up to three characters a word is a gram of its own and needs no check; longer words
    // need their triples, and the clients holding them all are checked against their text.
    std::vector<quint64> grams;
    bool check = false;
    std::vector<Posting> pairs; // for each word of two characters: the union of its triples
    pairs.reserve(size_t(words.size()));
    for (const QString &word : words) {
        // A word with a line break could meet the end mark: it is always checked.
        check = check || word.contains(QLatin1Char('\n'));
        if (word.size() == 2) {
            pairs.push_back(pairPosting(word));
            if (pairs.back().count == 0)
                return;
            continue;
        }
        if (word.size() <= 3) {
            grams.push_back(gramOfWord(word));
            continue;
        }
        check = true;
        for (qsizetype i = 0; i + 3 <= word.size(); ++i)
            grams.push_back(gramOfWord(QStringView(word).mid(i, 3)));
    }
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    std::vector<const Posting *> lists;
    for (quint64 gram : grams) {
        const Posting *list = posting(gram);
        if (!list)
            return;
        lists.push_back(list);
    }
    for (const Posting &pair : pairs)
        lists.push_back(&pair);
    std::sort(lists.begin(), lists.end(), [](const Posting *a, const Posting *b) { return a->count < b->count; });

    const auto hit = [&](quint32 slot) {
        if (!check || slotContains(slot, words))
            (*hits)[m_rowOfSlot[slot]] = 1;
    };
    const auto firstList = std::find_if(lists.begin(), lists.end(), [](const Posting *p) { return !p->dense; });
    if (firstList == lists.end()) {
        // Every gram is common: AND their bits.
        std::vector<quint32> bits = lists.front()->ids;
        for (const Posting *list : lists) {
            bits.resize(std::min(bits.size(), list->ids.size()));
            for (size_t word = 0; word < bits.size(); ++word)
                bits[word] &= list->ids[word];
        }
        for (size_t word = 0; word < bits.size(); ++word) {
            for (quint32 set = bits[word]; set != 0; set &= set - 1)
                hit(quint32(word * 32 + size_t(__builtin_ctz(set))));
        }
        return;
    }
    // Start from the shortest list and keep what every other gram holds too.
    std::vector<quint32> candidates = (*firstList)->ids;
    std::vector<quint32> kept;
    for (const Posting *list : lists) {
        if (list == *firstList)
            continue;
        if (list->dense || candidates.size() * 16 < list->ids.size()) {
            candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                            [list](quint32 slot) { return !list->has(slot); }),
                             candidates.end());
        } else {
            kept.clear();
            std::set_intersection(candidates.begin(), candidates.end(), list->ids.begin(), list->ids.end(),
                                  std::back_inserter(kept));
            candidates.swap(kept);
        }
        if (candidates.empty())
            return;
    }
    for (quint32 slot : candidates)
        hit(slot);
}

size_t ClientSearchIndex::memoryBytes() const
{
    // A heap block as glibc's malloc rounds it (8 bytes of its own, 16-byte steps).
    const auto block = [](size_t bytes) { return (bytes + 8 + 15) / 16 * 16; };
    size_t total = m_grams.keys.capacity() * sizeof(quint64) + m_grams.values.capacity() * sizeof(quint32)
        + m_postings.capacity() * sizeof(Posting) + m_texts.capacity() * sizeof(TextRef)
        + m_chunks.capacity() * sizeof(std::vector<char>)
        + (m_slotOfRow.capacity() + m_rowOfSlot.capacity() + m_freeSlots.capacity()) * sizeof(quint32);
    for (const Posting &posting : m_postings) {
        if (posting.ids.capacity() > 0)
            total += block(posting.ids.capacity() * sizeof(quint32));
    }
    for (const std::vector<char> &chunk : m_chunks)
        total += block(chunk.capacity());
    return total;
}
