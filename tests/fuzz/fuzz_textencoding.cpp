// libFuzzer target: TextEncoding::detect, decode and decodeCharset on the bytes.
// Build and run with tests/fuzz/run-fuzzers.sh MINUTES.

#include "fuzzchecks.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A deep copy, as QFile::readAll() gives the readers: owned and terminated.
    RapportFuzz::checkTextEncoding(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
