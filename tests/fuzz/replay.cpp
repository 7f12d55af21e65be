// fuzz_replay: runs files through the same checks as the fuzz targets, with any compiler.
//
//   fuzz_replay [--open] csv|vcard|isodate PATH...
//
// A PATH is a file or a folder (its files, not its subfolders; names starting with '.' and
// README files are skipped). ctest runs it on the seed corpus and on tests/fuzz/regressions/,
// so that every input a fuzzer ever broke stays in the normal test suite: every check must hold.
// With --open it runs the inputs of bugs that are reported but not fixed yet
// (tests/fuzz/regressions/open/) and expects each to still break a check; one that no longer does
// fails the run, so that it is moved to the regressions that must hold.
// A sanitizer finding or a crash ends the run either way.

#include "fuzzchecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool open = !args.isEmpty() && args.constFirst() == QLatin1String("--open");
    if (open)
        args.removeFirst();
    void (*check)(const QByteArray &) = nullptr;
    if (args.size() >= 2) {
        if (args.at(0) == QLatin1String("csv"))
            check = RapportFuzz::checkCsv;
        else if (args.at(0) == QLatin1String("vcard"))
            check = RapportFuzz::checkVCard;
        else if (args.at(0) == QLatin1String("isodate"))
            check = RapportFuzz::checkIsoDate;
    }
    if (!check) {
        std::fprintf(stderr, "usage: fuzz_replay [--open] csv|vcard|isodate FILE_OR_FOLDER...\n");
        return 2;
    }

    QStringList files;
    for (const QString &path : args.mid(1)) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QFileInfoList entries = QDir(path).entryInfoList(QDir::Files, QDir::Name);
            for (const QFileInfo &entry : entries) {
                if (!entry.fileName().startsWith(QLatin1Char('.')) && !entry.fileName().startsWith(QLatin1String("README")))
                    files.append(entry.filePath());
            }
        } else if (info.isFile()) {
            files.append(path);
        } else {
            std::fprintf(stderr, "fuzz_replay: %s does not exist\n", qPrintable(path));
            return 2;
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "fuzz_replay: no input to replay\n");
        return 2;
    }

    RapportFuzz::setThrowOnBroken(true);
    RapportFuzz::setIgnoreOpenBugs(false);
    int unexpected = 0;
    for (const QString &name : std::as_const(files)) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "fuzz_replay: cannot read %s: %s\n", qPrintable(name), qPrintable(file.errorString()));
            return 2;
        }
        const QByteArray data = file.readAll();
        try {
            check(data);
            if (open) {
                std::printf("FIXED? %s no longer breaks a check: move it to tests/fuzz/regressions/%s/\n",
                            qPrintable(name), qPrintable(args.at(0)));
                ++unexpected;
            }
        } catch (const RapportFuzz::BrokenPromise &broken) {
            std::printf("%s %s: %s\n", open ? "still open:" : "FAIL", qPrintable(name), qPrintable(broken.message));
            if (!open)
                ++unexpected;
        }
    }
    std::printf("fuzz_replay %s%s: %lld inputs, %d %s\n", open ? "--open " : "", qPrintable(args.at(0)),
                qint64(files.size()), unexpected, open ? "no longer break a check" : "broke a check");
    return unexpected == 0 ? 0 : 1;
}
