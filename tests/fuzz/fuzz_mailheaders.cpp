// libFuzzer target: MailHeaderParser::parse, and MailboxReader on the same bytes as an mbox message.
// Build and run with tests/fuzz/run-fuzzers.sh MINUTES mailheaders.

#include "fuzzchecks.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    RapportFuzz::checkMailHeaders(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
