#pragma once

#include <QCoreApplication>
#include <QString>

namespace Rapport {

/**
 * Where a Rapport database lives: an SQLite file, or a PostgreSQL database on a server given
 * as a libpq URI (postgresql://anna@crm.example:5432/clients?sslmode=require) or as libpq
 * key/value pairs (host=crm.example dbname=clients user=anna). libpq itself parses both, so
 * every form and option libpq knows is understood the same way psql understands it.
 *
 * A password written into the address is used to connect but never shown: toString() and
 * displayName() leave it out, so the recent list and window title never carry it.
 */
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)
public:
    /** Reads @p text: a server address when it looks like one, a file path otherwise. */
    static DatabaseLocation parse(const QString &text);
    /** True when @p text is a server address (a postgresql:// URI or key=value pairs), never a file name. */
    static bool isServerAddress(const QString &text);

    bool isServer() const { return m_server; }
    /** False when @p text looked like a server address that libpq cannot read; see errorString(). */
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    /** The file, for a file location. */
    QString filePath() const { return m_filePath; }
    QString host() const { return m_host; }
    /** 0 when not given (libpq's default, 5432). */
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    QString userName() const { return m_user; }
    /** The password written into the address, if any. */
    QString password() const { return m_password; }
    /** Every other libpq option (sslmode, connect_timeout, ...), as QPSQL's connect options. */
    QString connectOptions() const { return m_options; }

    /** A postgresql:// URI without the password (or the file path): what Open Recent keeps. */
    QString toString() const;
    /** "clients on crm.example as anna" or the file's name: for titles and messages. */
    QString displayName() const;

private:
    bool m_server = false;
    QString m_error;
    QString m_filePath;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_options;
    QStringList m_optionPairs; ///< key=value, unquoted, for toString()
};

} // namespace Rapport
