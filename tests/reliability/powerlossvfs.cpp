#include "powerlossvfs.h"

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace PowerLossVfs {

namespace {

constexpr std::int64_t SectorSize = 512;

/** A write (or truncation) since the file's last sync, with what its bytes were before. */
struct Unsynced
{
    std::int64_t offset = 0;
    std::vector<unsigned char> before; ///< beyond the old end, zeros (what a lost write leaves)
    std::int64_t length = 0;           ///< bytes written; 0 for a truncation
    sqlite3_int64 sizeBefore = 0;
};

/** A file, not a name: device, inode and, where the file system keeps it, the time of birth, so
 *  that a new file given the inode of a deleted one is not taken for it. */
using FileKey = std::tuple<std::uint64_t, std::uint64_t, std::int64_t, std::uint32_t>;

bool keyOf(const char *path, FileKey *key)
{
    struct statx info = {};
    if (statx(AT_FDCWD, path, 0, STATX_INO | STATX_BTIME, &info) != 0)
        return false;
    const bool born = (info.stx_mask & STATX_BTIME) != 0;
    *key = {(std::uint64_t(info.stx_dev_major) << 32) | info.stx_dev_minor, info.stx_ino,
            born ? info.stx_btime.tv_sec : 0, born ? info.stx_btime.tv_nsec : 0};
    return true;
}

struct TrackedFile
{
    std::string path;
    std::vector<Unsynced> unsynced;
};

struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;
    bool tracked;
    FileKey key;
};

struct State
{
    std::mutex mutex;
    Options options;
    Statistics statistics;
    sqlite3_vfs *real = nullptr;
    sqlite3_vfs vfs;
    sqlite3_io_methods methods;
    std::map<FileKey, TrackedFile> files;
    bool installed = false;
};

State &state()
{
    static State instance;
    return instance;
}

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<ShimFile *>(file)->real;
}

void writeAll(int fd, const void *data, std::int64_t size, std::int64_t offset)
{
    const auto *bytes = static_cast<const unsigned char *>(data);
    while (size > 0) {
        const ssize_t written = pwrite(fd, bytes, size_t(size), off_t(offset));
        if (written <= 0)
            return;
        bytes += written;
        size -= written;
        offset += written;
    }
}

struct CutSummary
{
    int files = 0;
    int unsynced = 0;
    int kept = 0;
    int lost = 0;
    int partial = 0;
    int tornSectors = 0;
    int replaced = 0; ///< files whose name now points elsewhere: their writes no longer matter
};

/** Puts a random subset of the unsynced writes of @p file back as they were before. */
void loseUnsynced(const TrackedFile &file, std::mt19937 &random, CutSummary *summary)
{
    const int fd = open(file.path.c_str(), O_RDWR);
    if (fd < 0) {
        ++summary->replaced;
        return;
    }
    ++summary->files;
    bool everyWriteLost = true;
    // Newest first: reverting a write puts back the bytes the one before it left.
    for (auto it = file.unsynced.rbegin(); it != file.unsynced.rend(); ++it) {
        const Unsynced &write = *it;
        ++summary->unsynced;
        const unsigned choice = random() % 10;
        if (choice < 4) {
            ++summary->kept;
            everyWriteLost = false;
        } else if (choice < 8 || write.length == 0) {
            ++summary->lost;
            writeAll(fd, write.before.data(), std::int64_t(write.before.size()), write.offset);
            if (write.length == 0 && write.before.empty() && ftruncate(fd, off_t(write.sizeBefore)) != 0)
                std::perror("powerlossvfs: ftruncate");
        } else {
            // Kept in part: each sector of it was written, not written, or torn.
            ++summary->partial;
            everyWriteLost = false;
            const std::int64_t end = write.offset + write.length;
            for (std::int64_t start = write.offset; start < end;) {
                const std::int64_t stop = std::min(end, (start / SectorSize + 1) * SectorSize);
                const unsigned sector = random() % 16;
                if (sector < 7) {
                    writeAll(fd, write.before.data() + (start - write.offset), stop - start, start);
                } else if (sector == 7) {
                    ++summary->tornSectors;
                    std::vector<unsigned char> noise(size_t(stop - start));
                    for (unsigned char &byte : noise)
                        byte = static_cast<unsigned char>(random());
                    writeAll(fd, noise.data(), std::int64_t(noise.size()), start);
                }
                start = stop;
            }
        }
    }
    // When nothing since the sync survived, neither did the file's new length.
    if (everyWriteLost && !file.unsynced.empty() && random() % 2 == 0) {
        if (ftruncate(fd, off_t(file.unsynced.front().sizeBefore)) != 0)
            std::perror("powerlossvfs: ftruncate");
    }
    close(fd);
}

[[noreturn]] void cut(State &s, const char *event, const std::string &path)
{
    std::mt19937 random(s.options.seed);
    CutSummary summary;
    for (const auto &entry : s.files) {
        const TrackedFile &file = entry.second;
        if (file.unsynced.empty())
            continue;
        FileKey now;
        if (!keyOf(file.path.c_str(), &now) || now != entry.first) {
            ++summary.replaced;
            continue;
        }
        loseUnsynced(file, random, &summary);
    }
    const std::string name = path.substr(path.find_last_of('/') + 1);
    char line[512];
    const int size = std::snprintf(line, sizeof line,
                                   "cut %llu %s %s: %d unsynced writes in %d files, %d kept, %d lost, %d in part "
                                   "(%d torn sectors), %d files replaced\n",
                                   static_cast<unsigned long long>(s.statistics.events), event, name.c_str(),
                                   summary.unsynced, summary.files, summary.kept, summary.lost, summary.partial,
                                   summary.tornSectors, summary.replaced);
    if (size > 0 && write(s.options.reportFd, line, size_t(std::min<int>(size, int(sizeof line) - 1))) < 0)
        std::perror("powerlossvfs: report");
    _exit(s.options.exitCode);
}

/** Counts an event on a tracked file; the power goes out before the chosen one. */
void event(State &s, const char *kind, const ShimFile *file)
{
    ++s.statistics.events;
    if (s.options.cutAtEvent != 0 && s.statistics.events == s.options.cutAtEvent) {
        const auto it = s.files.find(file->key);
        cut(s, kind, it != s.files.end() ? it->second.path : std::string());
    }
}

int shimClose(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    const int rc = real->pMethods->xClose(real);
    file->pMethods = nullptr;
    return rc;
}

int shimRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int shimWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    sqlite3_file *real = shim->real;
    if (!shim->tracked)
        return real->pMethods->xWrite(real, buffer, amount, offset);
    State &s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    event(s, "write", shim);
    ++s.statistics.writes;
    Unsynced unsynced;
    unsynced.offset = offset;
    unsynced.length = amount;
    unsynced.before.resize(size_t(amount));
    if (real->pMethods->xFileSize(real, &unsynced.sizeBefore) != SQLITE_OK)
        return SQLITE_IOERR_WRITE;
    // A short read fills the rest with zeros: what a lost write beyond the old end leaves.
    const int read = real->pMethods->xRead(real, unsynced.before.data(), amount, offset);
    if (read != SQLITE_OK && read != SQLITE_IOERR_SHORT_READ)
        return SQLITE_IOERR_WRITE;
    const int rc = real->pMethods->xWrite(real, buffer, amount, offset);
    if (rc == SQLITE_OK)
        s.files[shim->key].unsynced.push_back(std::move(unsynced));
    return rc;
}

int shimTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    sqlite3_file *real = shim->real;
    if (!shim->tracked)
        return real->pMethods->xTruncate(real, size);
    State &s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    event(s, "truncate", shim);
    ++s.statistics.truncates;
    Unsynced unsynced;
    unsynced.offset = size;
    if (real->pMethods->xFileSize(real, &unsynced.sizeBefore) != SQLITE_OK)
        return SQLITE_IOERR_TRUNCATE;
    if (unsynced.sizeBefore > size) {
        unsynced.before.resize(size_t(unsynced.sizeBefore - size));
        const int read = real->pMethods->xRead(real, unsynced.before.data(), int(unsynced.before.size()), size);
        if (read != SQLITE_OK)
            return SQLITE_IOERR_TRUNCATE;
    }
    const int rc = real->pMethods->xTruncate(real, size);
    if (rc == SQLITE_OK)
        s.files[shim->key].unsynced.push_back(std::move(unsynced));
    return rc;
}

int shimSync(sqlite3_file *file, int flags)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    sqlite3_file *real = shim->real;
    if (!shim->tracked)
        return real->pMethods->xSync(real, flags);
    State &s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    event(s, "sync", shim);
    ++s.statistics.syncs;
    const int rc = real->pMethods->xSync(real, flags);
    if (rc == SQLITE_OK && !s.options.ignoreSyncs)
        s.files[shim->key].unsynced.clear();
    return rc;
}

int shimFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFileSize(real, size);
}

int shimLock(sqlite3_file *file, int lock)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xLock(real, lock);
}

int shimUnlock(sqlite3_file *file, int lock)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xUnlock(real, lock);
}

int shimCheckReservedLock(sqlite3_file *file, int *reserved)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xCheckReservedLock(real, reserved);
}

int shimFileControl(sqlite3_file *file, int op, void *argument)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFileControl(real, op, argument);
}

int shimSectorSize(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xSectorSize(real);
}

int shimDeviceCharacteristics(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xDeviceCharacteristics(real);
}

int shimShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **memory)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmMap(real, region, size, extend, memory);
}

int shimShmLock(sqlite3_file *file, int offset, int count, int flags)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmLock(real, offset, count, flags);
}

void shimShmBarrier(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    real->pMethods->xShmBarrier(real);
}

int shimShmUnmap(sqlite3_file *file, int deleteFlag)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

int shimFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **pointer)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFetch(real, offset, amount, pointer);
}

int shimUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *pointer)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xUnfetch(real, offset, pointer);
}

int shimOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    State &s = state();
    auto *shim = reinterpret_cast<ShimFile *>(file);
    shim->base.pMethods = nullptr;
    shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
    shim->tracked = false;
    shim->key = {};
    const int rc = s.real->xOpen(s.real, name, shim->real, flags, outFlags);
    if (shim->real->pMethods == nullptr)
        return rc;
    shim->base.pMethods = &s.methods;
    if (rc != SQLITE_OK || name == nullptr || (flags & SQLITE_OPEN_DELETEONCLOSE))
        return rc;
    FileKey key;
    if (!keyOf(name, &key))
        return rc;
    std::lock_guard<std::mutex> lock(s.mutex);
    shim->tracked = true;
    shim->key = key;
    s.files[key].path = name;
    ++s.statistics.opens;
    return rc;
}

int shimDelete(sqlite3_vfs *, const char *name, int syncDirectory)
{
    State &s = state();
    FileKey key;
    if (keyOf(name, &key)) {
        std::lock_guard<std::mutex> lock(s.mutex);
        s.files.erase(key);
    }
    return s.real->xDelete(s.real, name, syncDirectory);
}

int shimAccess(sqlite3_vfs *, const char *name, int flags, int *result)
{
    return state().real->xAccess(state().real, name, flags, result);
}

int shimFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return state().real->xFullPathname(state().real, name, size, out);
}

void *shimDlOpen(sqlite3_vfs *, const char *name)
{
    return state().real->xDlOpen(state().real, name);
}

void shimDlError(sqlite3_vfs *, int size, char *message)
{
    state().real->xDlError(state().real, size, message);
}

void (*shimDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return state().real->xDlSym(state().real, handle, symbol);
}

void shimDlClose(sqlite3_vfs *, void *handle)
{
    state().real->xDlClose(state().real, handle);
}

int shimRandomness(sqlite3_vfs *, int size, char *out)
{
    return state().real->xRandomness(state().real, size, out);
}

int shimSleep(sqlite3_vfs *, int microseconds)
{
    return state().real->xSleep(state().real, microseconds);
}

int shimCurrentTime(sqlite3_vfs *, double *now)
{
    return state().real->xCurrentTime(state().real, now);
}

int shimGetLastError(sqlite3_vfs *, int size, char *message)
{
    return state().real->xGetLastError(state().real, size, message);
}

int shimCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *now)
{
    return state().real->xCurrentTimeInt64(state().real, now);
}

} // namespace

bool install(const Options &options)
{
    State &s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    if (s.installed)
        return false;
    s.real = sqlite3_vfs_find(nullptr);
    if (s.real == nullptr || s.real->iVersion < 2)
        return false;
    s.options = options;

    s.methods = {};
    s.methods.iVersion = 3;
    s.methods.xClose = shimClose;
    s.methods.xRead = shimRead;
    s.methods.xWrite = shimWrite;
    s.methods.xTruncate = shimTruncate;
    s.methods.xSync = shimSync;
    s.methods.xFileSize = shimFileSize;
    s.methods.xLock = shimLock;
    s.methods.xUnlock = shimUnlock;
    s.methods.xCheckReservedLock = shimCheckReservedLock;
    s.methods.xFileControl = shimFileControl;
    s.methods.xSectorSize = shimSectorSize;
    s.methods.xDeviceCharacteristics = shimDeviceCharacteristics;
    s.methods.xShmMap = shimShmMap;
    s.methods.xShmLock = shimShmLock;
    s.methods.xShmBarrier = shimShmBarrier;
    s.methods.xShmUnmap = shimShmUnmap;
    s.methods.xFetch = shimFetch;
    s.methods.xUnfetch = shimUnfetch;

    s.vfs = {};
    s.vfs.iVersion = 2;
    s.vfs.szOsFile = int(sizeof(ShimFile)) + s.real->szOsFile;
    s.vfs.mxPathname = s.real->mxPathname;
    s.vfs.zName = "powerloss";
    s.vfs.xOpen = shimOpen;
    s.vfs.xDelete = shimDelete;
    s.vfs.xAccess = shimAccess;
    s.vfs.xFullPathname = shimFullPathname;
    s.vfs.xDlOpen = shimDlOpen;
    s.vfs.xDlError = shimDlError;
    s.vfs.xDlSym = shimDlSym;
    s.vfs.xDlClose = shimDlClose;
    s.vfs.xRandomness = shimRandomness;
    s.vfs.xSleep = shimSleep;
    s.vfs.xCurrentTime = shimCurrentTime;
    s.vfs.xGetLastError = shimGetLastError;
    s.vfs.xCurrentTimeInt64 = shimCurrentTimeInt64;
    s.installed = sqlite3_vfs_register(&s.vfs, 1) == SQLITE_OK;
    return s.installed;
}

Statistics statistics()
{
    State &s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    return s.statistics;
}

} // namespace PowerLossVfs
