#pragma once

#include <QDate>
#include <QString>

namespace Rapport {

/**
 * Reads a calendar date written YYYY-MM-DD (as on the command line: --as-of 2026-11-24).
 * Anything else (other separators, missing digits, 2026-02-30, surrounding text) gives an
 * invalid QDate.
 */
QDate parseIsoDate(const QString &text);

} // namespace Rapport
