#pragma once

// What several tests need: files read and written whole, their hashes, small sample
// databases, and damaged copies of them.

#include "clientstore.h"
#include "databaselocation.h"
#include "sampledatagenerator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>

namespace TestSupport {

// Storage tests run twice (tests/CMakeLists.txt, rapport_add_storage_test): on SQLite files, and
// with RAPPORT_TEST_DATABASE=postgresql on the throwaway server whose address the ctest fixture
// wrote to RAPPORT_TEST_SERVER_STATE.

/** True in the run against the PostgreSQL test server. */
inline bool onServer()
{
    return qEnvironmentVariable("RAPPORT_TEST_DATABASE") == QLatin1String("postgresql");
}

/** A line KEY=value of the server fixture's state file; empty when there is none. */
inline QString serverState(const QString &key)
{
    QFile file(qEnvironmentVariable("RAPPORT_TEST_SERVER_STATE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(key + QLatin1Char('=')))
            return line.mid(key.size() + 1);
    }
    return {};
}

/** The test server's administrator address (postgres database), with its password. */
inline QString serverAdminAddress()
{
    return serverState(QStringLiteral("uri"));
}

/** True when the server run was skipped on purpose (RAPPORT_SKIP_POSTGRESQL at ctest time). */
inline bool serverSkipped()
{
    return serverState(QStringLiteral("skipped")) == QLatin1String("1");
}

/** What ClientStore::path() shows for @p location: a server address loses its password. */
inline QString shownLocation(const QString &location)
{
    return Rapport::DatabaseLocation::parse(location).toString();
}

/**
 * Runs @p statement as the administrator at @p adminAddress (the fixture's test server unless
 * given), in the database @p database; the error or empty.
 */
inline QString serverExec(const QString &statement, const QString &database = QStringLiteral("postgres"),
                          const QString &adminAddress = serverAdminAddress())
{
    const Rapport::DatabaseLocation admin = Rapport::DatabaseLocation::parse(adminAddress);
    const QString name = QStringLiteral("testsupport-admin");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin.host());
        db.setPort(admin.port());
        db.setDatabaseName(database);
        db.setUserName(admin.userName());
        db.setPassword(admin.password());
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                error = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

/**
 * A new database named after @p name on the server at @p adminAddress; its address, with the
 * administrator's user and password.
 */
inline QString newServerDatabase(const QString &adminAddress, const QString &name)
{
    static int counter = 0;
    QString database = QStringLiteral("t%1_%2_").arg(QCoreApplication::applicationPid()).arg(++counter) + name.toLower();
    database.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    database.truncate(60);
    const QString error = serverExec(QStringLiteral("CREATE DATABASE ") + database, QStringLiteral("postgres"), adminAddress);
    if (!error.isEmpty())
        qWarning("Cannot create the test database %s: %s", qPrintable(database), qPrintable(error));
    const Rapport::DatabaseLocation admin = Rapport::DatabaseLocation::parse(adminAddress);
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
        .arg(admin.userName(), admin.password(), admin.host())
        .arg(admin.port())
        .arg(database);
}

// The server run of a storage test when the fixture skipped the server on purpose
// (RAPPORT_SKIP_POSTGRESQL): exit code 77, which ctest reports as skipped (SKIP_RETURN_CODE).
inline const bool skippedWithoutServer = [] {
    if (onServer() && serverSkipped()) {
        std::fputs("RAPPORT_SKIP_POSTGRESQL is set: no PostgreSQL server for this run\n", stderr);
        std::exit(77);
    }
    return false;
}();

/** Fails the server run when no server was started for it. Call from initTestCase(). */
#define RAPPORT_REQUIRE_BACKEND() \
    QVERIFY2(!TestSupport::onServer() || !TestSupport::serverAdminAddress().isEmpty(), \
             "no PostgreSQL test server (run the test through ctest, which starts one)")

/** Skips a test that is about files themselves (damage, permissions, names) in the server run. */
#define RAPPORT_FILES_ONLY() \
    do { \
        if (TestSupport::onServer()) \
            QSKIP("about database files; a server has none"); \
    } while (false)

/**
 * A new, empty place for a Rapport database, named after @p name: a file in @p dir, or in the
 * server run a new database on the test server (its address, with the password, is returned).
 */
inline QString newDatabase(const QTemporaryDir &dir, const QString &name = QStringLiteral("rapport"))
{
    return onServer() ? newServerDatabase(serverAdminAddress(), name) : dir.filePath(name + QStringLiteral(".sqlite"));
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

/** The SHA-256 of the file at @p path, in hex; empty when it cannot be read. */
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

/** A closed Rapport database at @p path with @p count sample clients made from @p seed. */
inline bool makeDatabase(const QString &path, int count, quint32 seed = 7)
{
    Rapport::ClientStore store;
    return store.open(path)
        && store.addClientRecords(Rapport::SampleDataGenerator(seed).records(count, Rapport::ClientStore::now()));
}

/** Overwrites the second page (the first table's) with noise: the file then fails the quick check. */
inline bool damagePage(const QString &path)
{
    QByteArray data = readFile(path);
    if (data.size() < 18)
        return false;
    const int page = (quint8(data.at(16)) << 8) | quint8(data.at(17));
    if (data.size() < 3 * page)
        return false;
    QRandomGenerator random(11);
    for (int i = page; i < 2 * page; ++i)
        data[i] = char(random.bounded(256));
    return writeFile(path, data);
}

/** Breaks the file's header: it is then no longer readable as a database. */
inline bool breakHeader(const QString &path)
{
    QByteArray data = readFile(path);
    if (data.size() < 16)
        return false;
    data.replace(0, 16, QByteArray("SQLite format 2\0", 16));
    return writeFile(path, data);
}

/**
 * A connection of the test's own to a Rapport database, file or server, past the store: to look
 * at what was written, or to write what an older or another program would have.
 */
class PlainConnection
{
public:
    explicit PlainConnection(const QString &location)
        : m_name(QStringLiteral("testsupport-plain-%1").arg(++counter()))
    {
        const Rapport::DatabaseLocation where = Rapport::DatabaseLocation::parse(location);
        QSqlDatabase db = QSqlDatabase::addDatabase(where.isServer() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_name);
        if (where.isServer()) {
            db.setHostName(where.host());
            db.setPort(where.port());
            db.setDatabaseName(where.databaseName());
            db.setUserName(where.userName());
            db.setPassword(where.password());
        } else {
            db.setDatabaseName(location);
        }
        m_opened = db.open();
    }
    ~PlainConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    PlainConnection(const PlainConnection &) = delete;
    PlainConnection &operator=(const PlainConnection &) = delete;

    bool isOpen() const { return m_opened; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    /** Runs @p sql; an empty string on success, the error otherwise. */
    QString exec(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql))
            return query.lastError().text() + QStringLiteral(" in: ") + sql;
        return {};
    }

    /** The first column of the single row @p sql returns; an invalid QVariant when it fails. */
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    /** The first column of every row @p sql returns, as numbers; {-1} when it fails. */
    QList<qint64> numbers(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql))
            return {-1};
        QList<qint64> result;
        while (query.next())
            result.append(query.value(0).toLongLong());
        return result;
    }

    qint64 number(const QString &sql) const
    {
        const QList<qint64> values = numbers(sql);
        return values.size() == 1 ? values.constFirst() : -1;
    }

    QStringList tables() const { return db().tables(); }

    /** Every index and key (on a server also every check) of the tables, one definition a line, sorted. */
    QString indexesAndKeys() const
    {
        const bool server = db().driverName() == QLatin1String("QPSQL");
        return value(server ? QStringLiteral(
                                  "SELECT string_agg(d, E'\\n' ORDER BY d) FROM ("
                                  " SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS d"
                                  " FROM pg_constraint WHERE connamespace = current_schema()::regnamespace"
                                  " UNION ALL SELECT pg_get_indexdef(indexrelid) FROM pg_index"
                                  " JOIN pg_class c ON c.oid = indrelid WHERE c.relnamespace = current_schema()::regnamespace) q")
                            : QStringLiteral("SELECT group_concat(sql, char(10)) FROM (SELECT sql FROM sqlite_master"
                                             " WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)"))
            .toString();
    }

private:
    static int &counter()
    {
        static int value = 0;
        return value;
    }
    QString m_name;
    bool m_opened = false;
};

/**
 * PRAGMA integrity_check and foreign_key_check on a connection of the test's own, before
 * Rapport opens the file (which would repair or refuse it): empty when the file is sound.
 */
inline QStringList integrityProblems(const QString &path)
{
    PlainConnection plain(path);
    if (!plain.isOpen())
        return {QStringLiteral("cannot open the file: ") + plain.db().lastError().text()};
    QStringList problems;
    QSqlQuery query(plain.db());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems.append(QStringLiteral("integrity_check failed to run: ") + query.lastError().text());
    } else {
        QStringList rows;
        while (query.next())
            rows.append(query.value(0).toString());
        if (rows != QStringList{QStringLiteral("ok")})
            problems.append(QStringLiteral("integrity_check: ") + rows.mid(0, 5).join(QLatin1String("; ")));
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        problems.append(QStringLiteral("foreign_key_check failed to run: ") + query.lastError().text());
    else if (query.next())
        problems.append(QStringLiteral("foreign_key_check: a row of %1 points nowhere").arg(query.value(0).toString()));
    return problems;
}

} // namespace TestSupport
