#include "databaselocation.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

#include <memory>

namespace Rapport {

namespace {

// libpq's connection option syntax: single quotes around a value, backslash before ' and \.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

struct ConninfoFree
{
    void operator()(PQconninfoOption *options) const { PQconninfoFree(options); }
};

} // namespace

bool DatabaseLocation::isServerAddress(const QString &text)
{
    static const QRegularExpression keyValue(
        QStringLiteral("^\\s*(host|hostaddr|port|dbname|user|service|sslmode)\\s*="));
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive) || keyValue.match(text).hasMatch();
}

DatabaseLocation DatabaseLocation::parse(const QString &text)
{
    DatabaseLocation location;
    if (!isServerAddress(text)) {
        location.m_filePath = text;
        return location;
    }
    location.m_server = true;
    char *error = nullptr;
    const QByteArray utf8 = text.trimmed().toUtf8();
    std::unique_ptr<PQconninfoOption, ConninfoFree> options(PQconninfoParse(utf8.constData(), &error));
    if (!options) {
        const QString reason = error ? QString::fromUtf8(error).trimmed() : tr("out of memory");
        PQfreemem(error);
        location.m_error = tr("\"%1\" is not a server address Rapport understands (%2). Write it as "
                              "postgresql://user@host:5432/database.").arg(text.simplified(), reason);
        return location;
    }
    for (const PQconninfoOption *option = options.get(); option->keyword; ++option) {
        if (!option->val || !*option->val)
            continue;
        const QString key = QString::fromUtf8(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (key == u"host" || key == u"hostaddr") {
            if (location.m_host.isEmpty() || key == u"host")
                location.m_host = value;
        } else if (key == u"port") {
            bool ok = false;
            location.m_port = value.toInt(&ok);
            if (!ok || location.m_port <= 0 || location.m_port > 65535) {
                location.m_error = tr("\"%1\" is not a port number.").arg(value);
                return location;
            }
        } else if (key == u"dbname") {
            location.m_database = value;
        } else if (key == u"user") {
            location.m_user = value;
        } else if (key == u"password") {
            location.m_password = value;
        } else {
            location.m_optionPairs.append(key + QLatin1Char('=') + value);
        }
    }
    // An unreachable server should not hold the window for libpq's default of forever.
    if (!std::any_of(location.m_optionPairs.cbegin(), location.m_optionPairs.cend(),
                     [](const QString &pair) { return pair.startsWith(QLatin1String("connect_timeout=")); }))
        location.m_optionPairs.append(QStringLiteral("connect_timeout=10"));
    QStringList connectOptions;
    for (const QString &pair : std::as_const(location.m_optionPairs)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        connectOptions.append(pair.left(equals) + QLatin1Char('=') + quoted(pair.mid(equals + 1)));
    }
    location.m_options = connectOptions.join(QLatin1Char(' '));
    return location;
}

QString DatabaseLocation::toString() const
{
    if (!m_server)
        return m_filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host.startsWith(QLatin1Char('/')) ? QString() : m_host);
    url.setUserName(m_user);
    if (m_port > 0)
        url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    for (const QString &pair : m_optionPairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (pair.left(equals) != u"connect_timeout" || pair.mid(equals + 1) != u"10")
            query.addQueryItem(pair.left(equals), pair.mid(equals + 1));
    }
    if (m_host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), m_host);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString DatabaseLocation::displayName() const
{
    if (!m_server)
        return QDir::toNativeSeparators(m_filePath);
    const QString host = m_host.isEmpty() ? tr("this computer") : m_host;
    const QString database = m_database.isEmpty() ? m_user : m_database;
    if (m_user.isEmpty())
        return tr("%1 on %2").arg(database, host);
    return tr("%1 on %2 as %3").arg(database, host, m_user);
}

} // namespace Rapport
