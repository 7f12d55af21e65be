#include "authorline.h"

#include <QSet>

bool AuthorLine::isShown(bool onServer, const QStringList &authors)
{
    if (onServer)
        return true;
    QSet<QString> names;
    for (const QString &author : authors) {
        if (!author.isEmpty())
            names.insert(author);
        if (names.size() > 1)
            return true;
    }
    return false;
}

QString AuthorLine::loggedBy(const QString &name)
{
    return name.isEmpty() ? QString() : tr("logged by %1").arg(name);
}

QString AuthorLine::movedBy(const QString &name)
{
    return name.isEmpty() ? QString() : tr("moved by %1").arg(name);
}
