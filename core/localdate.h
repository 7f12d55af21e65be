#pragma once

#include <QDate>
#include <QDateTime>

namespace Rapport {

/**
 * The calendar day @p when falls on in the local time zone, as QDateTime::toLocalTime().date()
 * gives it, but without asking the C library for every instant.
 *
 * With TZ unset, glibc checks /etc/localtime on every conversion (about 3 µs each), which
 * dominates anything that counts days over a million interactions. The UTC offset is looked
 * up once per UTC day and remembered (per thread); a day with a daylight-saving transition is
 * converted exactly every time. forgetLocalOffsets() drops what was remembered, for when the
 * time zone may have changed (the application calls it when the date changes).
 */
QDate localDate(const QDateTime &when);
void forgetLocalOffsets();

} // namespace Rapport
