#pragma once

#include <QByteArray>
#include <QString>

/**
 * What the fuzz targets and fuzz_replay run on one input. Each function feeds the bytes to a
 * reader of outside input and checks what its header promises. A broken promise prints what was
 * broken and aborts, which libFuzzer saves as a crash; in fuzz_replay it throws BrokenPromise.
 */
namespace RapportFuzz {

/** A promise of a reader that did not hold, in words. */
struct BrokenPromise
{
    QString message;
};

/** Throw BrokenPromise instead of aborting (fuzz_replay). */
void setThrowOnBroken(bool enabled);

/**
 * Skip the checks that known, reported and still unfixed bugs break (the knownOpenBug...()
 * functions in fuzzchecks.cpp), so that a long fuzz run looks for new ones. run-fuzzers.sh sets this through
 * RAPPORT_FUZZ_IGNORE_OPEN=1; fuzz_replay never does.
 */
void setIgnoreOpenBugs(bool enabled);

/** Csv::parse, a write-and-read-back of every record, and ClientImport::load and analyse on the bytes. */
void checkCsv(const QByteArray &data);
/** VCard::parse, and ClientImport::load and analyse on the same bytes. */
void checkVCard(const QByteArray &data);
/**
 * TextEncoding::detect and decode on the bytes: the same encoding both ways, valid UTF-8 decoded
 * exactly, Windows-1252 one letter a byte and never U+FFFD; decodeCharset with the first line as
 * the character set's name and the rest as the value.
 */
void checkTextEncoding(const QByteArray &data);
/** parseIsoDate on the bytes read as UTF-8, as the command line's --as-of does. */
void checkIsoDate(const QByteArray &data);

/**
 * MailHeaderParser::parse on the bytes: addresses in lower case and without repeats, the name and
 * subject on one line, the date in UTC, references without repeats, and a body after the headers
 * changes nothing; then the bytes as a message of an mbox file after one that reads: that one is
 * read, and the counts add up.
 */
void checkMailHeaders(const QByteArray &data);

} // namespace RapportFuzz
