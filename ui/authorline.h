#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * Who made a change, as the timeline and a client's path name them ("logged by Anna").
 *
 * Names are shown only where they tell something: on a server, where several people write, or
 * when the entries shown carry more than one name (a file passed from one person to another,
 * or copied from a server). In a file one person keeps, every line would carry the same name.
 */
class AuthorLine
{
    Q_DECLARE_TR_FUNCTIONS(AuthorLine)

public:
    /** Whether to name the authors of entries by @p authors (empty ones: kept before authors were). */
    static bool isShown(bool onServer, const QStringList &authors);

    /** "logged by Anna"; empty for an empty @p name. */
    static QString loggedBy(const QString &name);
    /** "moved by Anna"; empty for an empty @p name. */
    static QString movedBy(const QString &name);
};
