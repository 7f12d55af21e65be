#pragma once

#include <QtGlobal>

#include <thread>

namespace Rapport {

/**
 * Calls work(begin, end, half) for the two halves of [0, count): half 0 on this thread and
 * half 1 on a second one, when there are at least @p threshold items and two cores; otherwise
 * work(0, count, 0) here. @p work may only read what both halves share and write what belongs
 * to its own range or half.
 */
template<typename Work>
void inTwoHalves(qsizetype count, Work work, qsizetype threshold = 20000)
{
    if (count < threshold || std::thread::hardware_concurrency() < 2) {
        work(qsizetype(0), count, 0);
        return;
    }
    const qsizetype middle = count / 2;
    std::thread second(work, middle, count, 1);
    work(qsizetype(0), middle, 0);
    second.join();
}

} // namespace Rapport
