// fuzz_replay: runs files through the same checks as the fuzz targets, with any compiler.
//
//   fuzz_replay [--open] csv|vcard|textencoding|isodate|mailheaders PATH...
//   fuzz_replay --mutate N SEED csv|vcard|textencoding|isodate|mailheaders PATH...
//
// A PATH is a file or a folder (its files, not its subfolders; names starting with '.' and
// README files are skipped). ctest runs it on the seed corpus and on tests/fuzz/regressions/,
// so that every input a fuzzer ever broke stays in the normal test suite: every check must hold.
// With --open it runs the inputs of bugs that are reported but not fixed yet
// (tests/fuzz/regressions/open/) and expects each to still break a check; one that no longer does
// fails the run, so that it is moved to the regressions that must hold.
// A sanitizer finding or a crash ends the run either way.
// With --mutate it is a small fuzzer that needs no clang: N inputs made from the given ones by
// random edits (bytes flipped, inserted, deleted or repeated, pieces of two inputs spliced, the
// formats' own special characters and words dropped in), seeded with SEED so that a failure can
// be repeated. ctest runs a few thousand; the first input that breaks a check is written to
// fuzz-mutate-failure-<target> in the working folder, to be kept as a regression.

#include "fuzzchecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstdio>

namespace {

// Characters and words that mean something to one of the formats.
const QList<QByteArray> Tokens{"\"", ",", ";", "\r\n", "\n", "\r", "\"\"", "=", ":", "\\", "\\n", "\t", " ", "\0",
                               "BEGIN:VCARD\r\n", "END:VCARD\r\n", "VERSION:3.0\r\n", "FN:", "EMAIL;TYPE=work:",
                               "ENCODING=QUOTED-PRINTABLE:", "=\r\n", "CHARSET=UTF-8", "\xef\xbb\xbf", "\xff\xfe",
                               "\xfe\xff", "\r\r\n", "CHARSET=WINDOWS-1252", "ISO-8859-2\n", "\x80", "\x81", "\xef\xbf\xbd",
                               "Primary Email", "Secondary Email", "Mobile Number",
                               "\xc3\xa9", "\xe2\x80\xae", "\xf0\x9f\x98\x80", "\xc3", "-", "2026-02-29", "9999",
                               "0000-00-00", "Satisfaction", "Name", "E-mail Address", "10", "-1", "1e308", "NaN",
                               "From: ", "To: ", "Cc: ", "Date: ", "Subject: ", "Message-ID: <", ">", "References: ",
                               "=?utf-8?B?", "=?iso-2022-jp?Q?", "?=", "\nFrom ", "\n\n", "\n ", "<a@b.example>",
                               "Group:", "\"", "(", ")", "@", "List-Id: x\n", "Mon, 7 Dec 2026 10:00:00 +0100"};

QByteArray mutated(const QByteArray &input, const QList<QByteArray> &inputs, QRandomGenerator &random)
{
    QByteArray data = input;
    const int edits = 1 + int(random.bounded(4));
    for (int e = 0; e < edits; ++e) {
        const qsizetype at = data.isEmpty() ? 0 : qsizetype(random.bounded(quint32(data.size() + 1)));
        switch (random.bounded(7)) {
        case 0: // flip a bit
            if (!data.isEmpty()) {
                const qsizetype i = qsizetype(random.bounded(quint32(data.size())));
                data[i] = char(data.at(i) ^ (1 << random.bounded(8)));
            }
            break;
        case 1: // a random byte
            data.insert(at, char(random.bounded(256)));
            break;
        case 2: // delete a run
            data.remove(at, qsizetype(random.bounded(16)));
            break;
        case 3: // repeat a run
            data.insert(at, data.mid(at, qsizetype(random.bounded(64))).repeated(1 + int(random.bounded(8))));
            break;
        case 4: // a token of the formats
        case 5:
            data.insert(at, Tokens.at(qsizetype(random.bounded(quint32(Tokens.size())))));
            break;
        default: { // splice in a piece of another input
            const QByteArray &other = inputs.at(qsizetype(random.bounded(quint32(inputs.size()))));
            const qsizetype from = other.isEmpty() ? 0 : qsizetype(random.bounded(quint32(other.size())));
            data.insert(at, other.mid(from, qsizetype(random.bounded(256))));
            break;
        }
        }
    }
    // Keep inputs small, as a fuzzer's are: the checks run thousands of them.
    if (data.size() > 64 * 1024)
        data.truncate(64 * 1024);
    return data;
}

int mutate(void (*check)(const QByteArray &), const QString &target, const QStringList &files, qint64 count, quint32 seed)
{
    QList<QByteArray> inputs;
    for (const QString &name : files) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "fuzz_replay: cannot read %s: %s\n", qPrintable(name), qPrintable(file.errorString()));
            return 2;
        }
        inputs.append(file.readAll());
    }
    QRandomGenerator random(seed);
    for (qint64 i = 0; i < count; ++i) {
        const QByteArray data = mutated(inputs.at(qsizetype(random.bounded(quint32(inputs.size())))), inputs, random);
        try {
            check(data);
        } catch (const RapportFuzz::BrokenPromise &broken) {
            const QString saved = QStringLiteral("fuzz-mutate-failure-") + target;
            QFile out(saved);
            if (out.open(QIODevice::WriteOnly))
                out.write(data);
            std::printf("FAIL mutation %lld (seed %u): %s; the input is in %s\n", i, seed, qPrintable(broken.message),
                        qPrintable(QFileInfo(saved).absoluteFilePath()));
            return 1;
        }
    }
    std::printf("fuzz_replay --mutate %s: %lld inputs from %lld seeds (seed %u), no check broken\n", qPrintable(target),
                count, qint64(inputs.size()), seed);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool open = !args.isEmpty() && args.constFirst() == QLatin1String("--open");
    if (open)
        args.removeFirst();
    qint64 mutations = 0;
    quint32 seed = 0;
    if (args.size() >= 3 && args.constFirst() == QLatin1String("--mutate")) {
        bool countOk = false;
        bool seedOk = false;
        mutations = args.at(1).toLongLong(&countOk);
        seed = args.at(2).toUInt(&seedOk);
        if (!countOk || !seedOk || mutations <= 0) {
            std::fprintf(stderr, "fuzz_replay: --mutate needs a positive count and a seed\n");
            return 2;
        }
        args = args.mid(3);
    }
    void (*check)(const QByteArray &) = nullptr;
    if (args.size() >= 2) {
        if (args.at(0) == QLatin1String("csv"))
            check = RapportFuzz::checkCsv;
        else if (args.at(0) == QLatin1String("vcard"))
            check = RapportFuzz::checkVCard;
        else if (args.at(0) == QLatin1String("textencoding"))
            check = RapportFuzz::checkTextEncoding;
        else if (args.at(0) == QLatin1String("isodate"))
            check = RapportFuzz::checkIsoDate;
        else if (args.at(0) == QLatin1String("mailheaders"))
            check = RapportFuzz::checkMailHeaders;
    }
    if (!check) {
        std::fprintf(stderr, "usage: fuzz_replay [--open] csv|vcard|textencoding|isodate|mailheaders FILE_OR_FOLDER...\n");
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
    if (mutations > 0)
        return mutate(check, args.at(0), files, mutations, seed);
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
