#include "sqldialect.h"

namespace Rapport {

bool SqlDialect::hasTables(const QSqlDatabase &db, const QStringList &tables)
{
    const QStringList present = db.tables(QSql::Tables);
    return std::all_of(tables.cbegin(), tables.cend(), [&present](const QString &table) { return present.contains(table); });
}

bool SqlDialect::execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace Rapport
