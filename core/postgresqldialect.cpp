#include "postgresqldialect.h"

#include <QVariant>

namespace Rapport {

namespace {
const QString VersionTable = QStringLiteral("rapport_schema");
// The key of the advisory lock taken while the schema changes: "Rapp" in ASCII.
const qint64 SchemaLockKey = 0x52617070;
}

const PostgresqlDialect &PostgresqlDialect::instance()
{
    static const PostgresqlDialect dialect;
    return dialect;
}

qint64 PostgresqlDialect::insertedId(QSqlQuery &query) const
{
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool PostgresqlDialect::followExplicitIds(QSqlDatabase &db, const QString &table, QString *error) const
{
    // The table name is one of Rapport's own, never user input. Another session may hold
    // numbers above the largest committed id: the sequence only ever moves forward.
    QSqlQuery query(db);
    const QString statement = QStringLiteral(
        "SELECT setval(s, GREATEST((SELECT COALESCE(max(id), 1) FROM %1), COALESCE(pg_sequence_last_value(s), 1)))"
        " FROM (SELECT pg_get_serial_sequence('%1', 'id')::regclass AS s) AS q").arg(table);
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    return false;
}

bool PostgresqlDialect::configure(QSqlDatabase &db, bool readOnly, QString *error)
    const
{
    QStringList statements = {QStringLiteral("SET client_min_messages = warning")};
    if (readOnly)
        statements.append(QStringLiteral("SET default_transaction_read_only = on"));
    return execAll(db, statements, error);
}

int PostgresqlDialect::schemaVersion(QSqlDatabase &db, bool *ok) const
{
    // Asking for a missing table would abort the transaction around it: look first.
    if (!db.tables(QSql::Tables).contains(VersionTable)) {
        *ok = db.lastError().type() == QSqlError::NoError;
        return 0;
    }
    QSqlQuery query(db);
    *ok = query.exec(QStringLiteral("SELECT version FROM ") + VersionTable) && query.next();
    return *ok ? query.value(0).toInt() : -1;
}

bool PostgresqlDialect::setSchemaVersion(QSqlDatabase &db, int version, QString *error) const
{
    if (!execAll(db, {QStringLiteral("CREATE TABLE IF NOT EXISTS ") + VersionTable + QStringLiteral(" (version integer NOT NULL)"),
                      QStringLiteral("DELETE FROM ") + VersionTable},
                 error))
        return false;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO ") + VersionTable + QStringLiteral(" (version) VALUES (:version)"));
    insert.bindValue(QStringLiteral(":version"), version);
    if (insert.exec())
        return true;
    *error = insert.lastError().text();
    return false;
}

bool PostgresqlDialect::lockSchema(QSqlDatabase &db, QString *error) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(:key)"));
    query.bindValue(QStringLiteral(":key"), SchemaLockKey);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

bool PostgresqlDialect::isEmpty(QSqlDatabase &db) const
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"))
        && query.next() && query.value(0).toInt() == 0;
}

bool PostgresqlDialect::dropIndexes(QSqlDatabase &db, const QStringList &tables, QStringList *restore, QString *error) const
{
    restore->clear();
    // The server writes both statements of each key and index, in the order they can be
    // dropped: foreign keys (also those of other tables that point here), then primary and
    // unique keys, then plain indexes. Building them again goes the other way round.
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "WITH t AS (SELECT oid FROM pg_class WHERE oid::regclass::text = ANY (string_to_array(CAST(:tables AS text), ',')))"
        " SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname),"
        "  format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)),"
        "  pg_has_role((SELECT relowner FROM pg_class WHERE oid = conrelid), 'USAGE'),"
        "  CASE contype WHEN 'f' THEN 0 ELSE 1 END AS step"
        " FROM pg_constraint"
        " WHERE (contype IN ('p', 'u', 'f') AND conrelid IN (SELECT oid FROM t)) OR (contype = 'f' AND confrelid IN (SELECT oid FROM t))"
        " UNION ALL"
        " SELECT format('DROP INDEX %s', indexrelid::regclass), pg_get_indexdef(indexrelid),"
        "  pg_has_role((SELECT relowner FROM pg_class WHERE oid = indrelid), 'USAGE'), 2"
        " FROM pg_index i"
        " WHERE indrelid IN (SELECT oid FROM t) AND NOT EXISTS (SELECT 1 FROM pg_constraint c"
        "  WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x'))"
        " ORDER BY 4"));
    query.bindValue(QStringLiteral(":tables"), tables.join(QLatin1Char(',')));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    QStringList drops;
    QStringList creates;
    while (query.next()) {
        if (!query.value(2).toBool())
            return true; // not the owner: the load goes the slow way, keys checked row by row
        drops.append(query.value(0).toString());
        creates.prepend(query.value(1).toString());
    }
    if (!execAll(db, drops, error))
        return false;
    *restore = creates;
    return true;
}

SqlDialect::Failure PostgresqlDialect::classify(const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    if (state.size() != 5) {
        // No SQLSTATE: the statement never reached a server.
        return error.type() == QSqlError::ConnectionError ? Failure::ConnectionLost : Failure::Other;
    }
    const QStringView category = QStringView(state).left(2);
    if (category == u"23")
        return Failure::Constraint;
    if (category == u"08" || state == u"57P01" || state == u"57P02" || state == u"57P03")
        return Failure::ConnectionLost;
    if (state == u"42501")
        return Failure::NoPermission;
    if (state == u"40001" || state == u"40P01")
        return Failure::Conflict;
    if (state == u"53100")
        return Failure::DiskFull;
    if (state == u"25006")
        return Failure::ReadOnly;
    if (state == u"55P03")
        return Failure::Busy;
    if (state == u"XX001" || state == u"XX002")
        return Failure::Corrupt;
    return Failure::Other;
}

SqlDialect::Failure PostgresqlDialect::classifyConnection(const QSqlError &error)
{
    const QString message = error.databaseText() + QLatin1Char(' ') + error.driverText();
    const auto says = [&message](const char *words) { return message.contains(QLatin1String(words), Qt::CaseInsensitive); };
    if (says("no password supplied"))
        return Failure::PasswordMissing;
    if (says("password authentication failed") || (says("role \"") && says("does not exist")))
        return Failure::AuthenticationFailed;
    if (says("database \"") && says("does not exist"))
        return Failure::NoSuchDatabase;
    if (says("permission denied for database") || says("CONNECT privilege") || says("no pg_hba.conf entry"))
        return Failure::NoPermission;
    if (says("Connection refused") || says("could not translate host name") || says("timeout expired")
        || says("No route to host") || says("Network is unreachable") || says("could not connect")
        || says("No such file or directory"))
        return Failure::Unreachable;
    return Failure::Other;
}

} // namespace Rapport
