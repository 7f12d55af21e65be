#pragma once

#include <QIcon>
#include <QString>

/*
 * How Rapport looks: "system" (the default) follows the desktop, "light" and "dark" are
 * chosen by the owner. The choice is kept in QSettings under view/appearance.
 */

/** The appearance chosen for Rapport: "system", "light" or "dark". */
QString savedAppearance();
/** Remembers @p appearance for the next runs and applies it at once. */
void setAppearance(const QString &appearance);
/** Gives the whole application the look of @p appearance, without remembering it. */
void applyAppearance(const QString &appearance);
/** The desktop theme's icon @p name, or Rapport's own of that name where the theme has none. */
QIcon themeIcon(const QString &name);
