#pragma once

#include <cstdint>

/**
 * A test VFS over SQLite's default one that simulates a power cut, as SQLite's own crash test
 * (test6.c) does.
 *
 * Every write and truncation reaches the real file at once, and the shim keeps, for each file,
 * what the bytes were before each write since the file's last completed sync. The I/O events
 * (writes, truncations and syncs of named files) are counted; when the count reaches the chosen
 * one, the power goes out before that event happens: of the writes not yet synced, each is kept,
 * lost (its bytes put back as they were), or, for some, kept in part, sector by sector, with now
 * and then a sector of noise (a torn write). Reverting newest first leaves every byte in a state
 * it really had, in any order the disk might have written them. Then the process ends at once
 * with _exit(): no destructor, no close, no further write.
 *
 * Only SQLite's own file I/O goes through the shim. Files written with plain file calls (QFile
 * copies and renames) are treated as reaching the disk at once, and deleting a file is final.
 */
namespace PowerLossVfs {

struct Options
{
    std::uint64_t cutAtEvent = 0; ///< the event before which the power goes out; 0 never
    std::uint32_t seed = 1;       ///< chooses what each unsynced write becomes
    int reportFd = 1;             ///< where the one line about the cut is written
    int exitCode = 77;            ///< the exit code after the cut
    bool ignoreSyncs = false;     ///< a disk that lies: a sync makes nothing durable (to see the checks fail)
};

/** Counts since install(). */
struct Statistics
{
    std::uint64_t events = 0;
    std::uint64_t writes = 0;
    std::uint64_t truncates = 0;
    std::uint64_t syncs = 0;
    std::uint64_t opens = 0; ///< named files opened through the shim
};

/** Registers the shim as SQLite's default VFS. Call before the first connection opens. */
bool install(const Options &options);

Statistics statistics();

} // namespace PowerLossVfs
