#include "schema.h"

#include "contactpoint.h"
#include "sqldialect.h"
#include "storedvalues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Rapport {

int Schema::latestVersion()
{
    return 6;
}

QStringList Schema::migration(int version, const SqlDialect &dialect)
{
    // {id}, {double}, {bigint} and {options} are the dialect's words for what the column needs.
    const auto sql = [&dialect](const char *statement) -> QString {
        QString text = QString::fromLatin1(statement);
        text.replace(QLatin1String("{id}"), dialect.identityColumn());
        text.replace(QLatin1String("{double}"), dialect.doubleType());
        text.replace(QLatin1String("{bigint}"), dialect.bigintType());
        text.replace(QLatin1String("{options}"), dialect.tableOptions());
        return text;
    };
    switch (version) {
    case 1:
        return {
            sql(
                "CREATE TABLE clients ("
                " id {id},"
                " name TEXT NOT NULL,"
                " company TEXT NOT NULL DEFAULT '',"
                " email TEXT NOT NULL DEFAULT '',"
                " phone TEXT NOT NULL DEFAULT '',"
                " tags TEXT NOT NULL DEFAULT '',"
                " notes TEXT NOT NULL DEFAULT '',"
                " satisfaction {double} NOT NULL CHECK (satisfaction >= 0 AND satisfaction <= 10),"
                " repurchase {double} NOT NULL CHECK (repurchase >= 0 AND repurchase <= 10),"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),"
                " CHECK (length(trim(name)) > 0 OR length(trim(company)) > 0)"
                "){options}"),
            sql("CREATE INDEX clients_email ON clients (email)"),
            sql(
                "CREATE TABLE segmentation_rules ("
                " id INTEGER PRIMARY KEY CHECK (id = 1),"
                " satisfaction_boundary {double} NOT NULL CHECK (satisfaction_boundary >= 0 AND satisfaction_boundary <= 10),"
                " repurchase_boundary {double} NOT NULL CHECK (repurchase_boundary >= 0 AND repurchase_boundary <= 10),"
                " apostle_minimum {double} NOT NULL CHECK (apostle_minimum >= 0 AND apostle_minimum <= 10),"
                " terrorist_maximum {double} NOT NULL CHECK (terrorist_maximum >= 0 AND terrorist_maximum <= 10)"
                "){options}"),
            sql("INSERT INTO segmentation_rules VALUES (1, 5.0, 5.0, 9.0, 1.0)"),
            sql(
                "CREATE TABLE settings ("
                " key TEXT PRIMARY KEY,"
                " value TEXT NOT NULL"
                "){options}"),
        };
    case 2:
        return {
            sql("ALTER TABLE clients ADD COLUMN ideal_interval_days INTEGER NOT NULL DEFAULT 0"
                           " CHECK (ideal_interval_days >= 0)"),
            sql("ALTER TABLE clients ADD COLUMN maximum_interval_days INTEGER NOT NULL DEFAULT 0"
                           " CHECK (maximum_interval_days >= 0)"),
            sql(
                "CREATE TABLE interactions ("
                " id {id},"
                " client_id {bigint} NOT NULL REFERENCES clients (id) ON DELETE CASCADE,"
                " happened_at {bigint} NOT NULL,"
                " kind TEXT NOT NULL CHECK (kind IN ('meeting', 'call', 'email', 'message', 'other')),"
                " direction TEXT NOT NULL CHECK (direction IN ('outbound', 'inbound')),"
                " outcome TEXT NOT NULL CHECK (outcome IN ('answered', 'no_answer')),"
                " note TEXT NOT NULL DEFAULT ''"
                "){options}"),
            sql("CREATE INDEX interactions_client ON interactions (client_id, happened_at)"),
            sql(
                "CREATE TABLE segment_history ("
                " id {id},"
                " client_id {bigint} NOT NULL REFERENCES clients (id) ON DELETE CASCADE,"
                " changed_at {bigint} NOT NULL,"
                " from_satisfaction {double} NOT NULL,"
                " from_repurchase {double} NOT NULL,"
                " to_satisfaction {double} NOT NULL,"
                " to_repurchase {double} NOT NULL,"
                " from_segment TEXT NOT NULL,"
                " from_extreme TEXT NOT NULL DEFAULT '',"
                " to_segment TEXT NOT NULL,"
                " to_extreme TEXT NOT NULL DEFAULT '',"
                " source TEXT NOT NULL CHECK (source IN ('drag', 'edit', 'import')),"
                " acknowledged INTEGER NOT NULL DEFAULT 0 CHECK (acknowledged IN (0, 1))"
                "){options}"),
            sql("CREATE INDEX segment_history_client ON segment_history (client_id, changed_at)"),
        };
    case 3:
        return {
            sql("ALTER TABLE clients ADD COLUMN ladder_rung TEXT NOT NULL DEFAULT ''"),
            sql("ALTER TABLE clients ADD COLUMN stage TEXT NOT NULL DEFAULT ''"),
            sql("ALTER TABLE clients ADD COLUMN integrity INTEGER NOT NULL DEFAULT 0 CHECK (integrity BETWEEN 0 AND 5)"),
            sql("ALTER TABLE clients ADD COLUMN competency INTEGER NOT NULL DEFAULT 0 CHECK (competency BETWEEN 0 AND 5)"),
            sql("ALTER TABLE clients ADD COLUMN recognition INTEGER NOT NULL DEFAULT 0 CHECK (recognition BETWEEN 0 AND 5)"),
            sql("ALTER TABLE clients ADD COLUMN proactivity INTEGER NOT NULL DEFAULT 0 CHECK (proactivity BETWEEN 0 AND 5)"),
            sql("ALTER TABLE clients ADD COLUMN savvy INTEGER NOT NULL DEFAULT 0 CHECK (savvy BETWEEN 0 AND 5)"),
            sql("ALTER TABLE clients ADD COLUMN chemistry INTEGER NOT NULL DEFAULT 0 CHECK (chemistry BETWEEN 0 AND 5)"),
            sql("ALTER TABLE clients ADD COLUMN nps INTEGER NOT NULL DEFAULT -1 CHECK (nps BETWEEN -1 AND 10)"),
            sql("ALTER TABLE clients ADD COLUMN nps_date TEXT NOT NULL DEFAULT ''"),
            sql("ALTER TABLE clients ADD COLUMN degree INTEGER NOT NULL DEFAULT 0 CHECK (degree BETWEEN 0 AND 3)"),
            sql("ALTER TABLE clients ADD COLUMN hostage_reason TEXT NOT NULL DEFAULT ''"),
            sql("ALTER TABLE clients ADD COLUMN hostage_reason_ends TEXT NOT NULL DEFAULT ''"),
            sql("ALTER TABLE clients ADD COLUMN purchases_per_year INTEGER NOT NULL DEFAULT 0 CHECK (purchases_per_year >= 0)"),
        };
    case 4:
        // Any number of emails and phones, each with its label, the preferred first: one
        // "label:value" line each (ContactPoint::toStored). The one address Rapport kept so far
        // becomes the preferred, labelled work: clients are businesses and their people.
        return {
            sql("DROP INDEX clients_email"),
            sql("ALTER TABLE clients RENAME COLUMN email TO emails"),
            sql("ALTER TABLE clients RENAME COLUMN phone TO phones"),
            sql("UPDATE clients SET emails = 'work:' || emails WHERE emails <> ''"),
            sql("UPDATE clients SET phones = 'work:' || phones WHERE phones <> ''"),
        };
    case 5:
        // The mail log keeps the Message-ID of each email it logged, so that reading the same
        // mail again adds nothing; an interaction logged by hand has none (NULL).
        return {
            sql("ALTER TABLE interactions ADD COLUMN message_id TEXT"),
            sql("CREATE INDEX interactions_message ON interactions (message_id, client_id)"),
        };
    case 6:
        // Working together: a version per client, so that a write based on an old one is refused
        // instead of overwriting someone else's; who made each change; and each client's owner.
        return {
            sql("ALTER TABLE clients ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)"),
            sql("ALTER TABLE clients ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''"),
            sql("ALTER TABLE clients ADD COLUMN owner TEXT NOT NULL DEFAULT ''"),
            sql("ALTER TABLE interactions ADD COLUMN logged_by TEXT NOT NULL DEFAULT ''"),
            sql("ALTER TABLE segment_history ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''"),
        };
    default:
        return {};
    }
}

namespace {

// The lines that the vCard import of schema 3 wrote into the notes for the second and further
// emails and phones (ClientImport, in each language Rapport speaks), and where they go now.
const QStringList OtherEmailLines = {QStringLiteral("Other email: "), QStringLiteral("Weitere E-Mail: "),
                                     QStringLiteral("Autre e-mail\u00a0: ")};
const QStringList OtherPhoneLines = {QStringLiteral("Other phone: "), QStringLiteral("Weitere Telefonnummer: "),
                                     QStringLiteral("Autre t\u00e9l\u00e9phone\u00a0: ")};

/** The values after whichever of @p prefixes @p line starts with; false when none. */
bool takeValues(const QString &line, const QStringList &prefixes, QList<ContactPoint> *points)
{
    for (const QString &prefix : prefixes) {
        if (!line.startsWith(prefix))
            continue;
        for (const QString &value : line.mid(prefix.size()).split(QStringLiteral(", "), Qt::SkipEmptyParts))
            points->append(ContactPoint{value, ContactPoint::Label::Other});
        return true;
    }
    return false;
}

/** Schema 4: the "Other email:" and "Other phone:" lines of the notes move to the client's emails and phones. */
bool moveOtherContactsOutOfNotes(QSqlDatabase &db, QString *error)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, notes, emails, phones FROM clients WHERE notes LIKE '%: %'"))) {
        *error = read.lastError().text();
        return false;
    }
    struct Moved
    {
        qint64 id;
        QString notes;
        QString emails;
        QString phones;
    };
    QList<Moved> changes;
    while (read.next()) {
        QList<ContactPoint> emails = ContactPoint::fromStored(read.value(2).toString());
        QList<ContactPoint> phones = ContactPoint::fromStored(read.value(3).toString());
        QStringList kept;
        bool moved = false;
        for (const QString &line : read.value(1).toString().split(QLatin1Char('\n'))) {
            if (takeValues(line, OtherEmailLines, &emails) || takeValues(line, OtherPhoneLines, &phones))
                moved = true;
            else
                kept.append(line);
        }
        if (moved) {
            changes.append({read.value(0).toLongLong(), kept.join(QLatin1Char('\n')).trimmed(),
                            ContactPoint::toStored(ContactPoint::normalized(emails, true)),
                            ContactPoint::toStored(ContactPoint::normalized(phones, false))});
        }
    }
    if (read.lastError().isValid()) {
        *error = read.lastError().text();
        return false;
    }
    read.finish();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE clients SET notes = ?, emails = ?, phones = ? WHERE id = ?"));
    for (const Moved &change : std::as_const(changes)) {
        update.bindValue(0, StoredValues::text(change.notes));
        update.bindValue(1, StoredValues::text(change.emails));
        update.bindValue(2, StoredValues::text(change.phones));
        update.bindValue(3, change.id);
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

bool Schema::migrateRows(int version, QSqlDatabase &db, QString *error)
{
    return version != 4 || moveOtherContactsOutOfNotes(db, error);
}

QStringList Schema::tables(int version)
{
    QStringList tables;
    if (version >= 1)
        tables << QStringLiteral("clients") << QStringLiteral("segmentation_rules") << QStringLiteral("settings");
    if (version >= 2)
        tables << QStringLiteral("interactions") << QStringLiteral("segment_history");
    return tables;
}

} // namespace Rapport
