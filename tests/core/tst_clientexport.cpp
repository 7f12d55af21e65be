#include "clientexport.h"
#include "clientimport.h"
#include "clientstore.h"
#include "testsupport.h"
#include "sampledatagenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Rapport;

namespace {

// The interactions' CSV, or an empty array (which every comparison below rejects) with a warning.
QByteArray exportedInteractions(const ClientStore &store)
{
    QByteArray csv;
    QString error;
    if (!ClientExport::interactionsCsv(store, &csv, &error))
        qWarning("%s", qPrintable(error));
    return csv;
}

const QDateTime Now(QDate(2025, 6, 2), QTime(12, 0), Qt::UTC);
const QDate Today = Now.date();
/** The columns of the client export that hold stored values; the rest are computed. */
const int StoredColumns = 27;

QString stamp(const QDateTime &when)
{
    return when.toString(Qt::ISODateWithMs);
}

/** The names of the fields in which @p actual differs from @p expected, with both values; the id is not compared. */
/** @p text with LF line ends: a note with CR LF comes back from an export so, as notes are stored. */
QString withLf(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QStringList fieldDifferences(const Client &actual, const Client &expected)
{
    QStringList differences;
    const auto check = [&](const char *field, const QString &a, const QString &e) {
        if (a != e)
            differences.append(QStringLiteral("%1 \"%2\" instead of \"%3\"").arg(QString::fromLatin1(field), a, e));
    };
    const auto number = [](double value) { return QString::number(value, 'g', 17); };
    const auto date = [](QDate value) { return value.toString(Qt::ISODate); };
    check("name", actual.name, expected.name);
    check("company", actual.company, expected.company);
    check("owner", actual.owner, expected.owner);
    check("email", actual.email(), expected.email());
    check("phone", actual.phone(), expected.phone());
    check("tags", actual.tags.join(QLatin1Char('|')), expected.tags.join(QLatin1Char('|')));
    check("notes", actual.notes, withLf(expected.notes));
    check("satisfaction", number(actual.satisfaction), number(expected.satisfaction));
    check("repurchase", number(actual.repurchase), number(expected.repurchase));
    check("ideal interval", QString::number(actual.idealIntervalDays), QString::number(expected.idealIntervalDays));
    check("maximum interval", QString::number(actual.maximumIntervalDays), QString::number(expected.maximumIntervalDays));
    check("created", stamp(actual.createdAt), stamp(expected.createdAt));
    check("updated", stamp(actual.updatedAt), stamp(expected.updatedAt));
    check("archived", QString::number(actual.archived), QString::number(expected.archived));
    check("rung", Frameworks::rungKey(actual.rung), Frameworks::rungKey(expected.rung));
    check("stage", Frameworks::stageKey(actual.stage), Frameworks::stageKey(expected.stage));
    for (size_t d = 0; d < actual.dimensions.size(); ++d)
        check("dimension", QString::number(actual.dimensions[d]), QString::number(expected.dimensions[d]));
    check("nps", QString::number(actual.nps), QString::number(expected.nps));
    check("nps date", date(actual.npsDate), date(expected.npsDate));
    check("degree", QString::number(actual.degree), QString::number(expected.degree));
    check("hostage reason", Frameworks::hostageReasonKey(actual.hostageReason), Frameworks::hostageReasonKey(expected.hostageReason));
    check("reason ends", date(actual.hostageReasonEnds), date(expected.hostageReasonEnds));
    check("purchases", QString::number(actual.purchasesPerYear), QString::number(expected.purchasesPerYear));
    return differences;
}

QString describe(const Interaction &i)
{
    return QStringLiteral("{at %1, %2/%3/%4, note \"%5\"}")
        .arg(stamp(i.happenedAt), InteractionText::kindKey(i.kind), InteractionText::directionKey(i.direction),
             InteractionText::outcomeKey(i.outcome), i.note);
}

/** Empty when both lists hold the same interactions, ids and client ids aside; the first difference otherwise. */
QString difference(const QVector<Interaction> &actual, const QVector<Interaction> &expected)
{
    if (actual.size() != expected.size())
        return QStringLiteral("%1 interactions instead of %2").arg(actual.size()).arg(expected.size());
    for (int i = 0; i < actual.size(); ++i) {
        const Interaction &a = actual.at(i);
        const Interaction &e = expected.at(i);
        if (a.happenedAt != e.happenedAt || a.kind != e.kind || a.direction != e.direction || a.outcome != e.outcome
            || a.note != e.note)
            return QStringLiteral("interaction %1 is %2, expected %3").arg(i).arg(describe(a), describe(e));
    }
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<cannot read>");
    return file.readAll();
}

QVector<CsvRecord> parsed(const QByteArray &data)
{
    QVector<CsvRecord> records;
    QString error;
    if (!Csv::parse(data, &records, &error))
        qWarning("%s", qPrintable(error));
    return records;
}

} // namespace

class tst_ClientExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldWriteTheClientHeaderLineExactly();
    void shouldWriteTheInteractionHeaderLineExactly();
    void shouldDefuseFormulasAndBringThemBackExactly();
    void shouldKeepNotesWithCommasQuotesAndLineBreaks();
    void shouldKeepTagsWithSemicolonsAndStars();
    void shouldReproduceEveryClientAndInteractionInAnEmptyDatabase();
    void shouldExportTheCopyAsTheOriginal();
    void shouldFailCleanlyWritingToADirectory();
    void shouldFailWritingIntoAMissingDirectory();
    void shouldReplaceAnExistingFileWhole();
    void shouldBringEveryClientBackFromItsVCard_data();
    void shouldBringEveryClientBackFromItsVCard();
    void shouldExportTheChosenClientsOnly();
    void shouldBringTheOwnerBack_data();
    void shouldBringTheOwnerBack();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    /** Imports the two exports into @p target as the --import command does. */
    void importBoth(const QByteArray &clientsCsv, const QByteArray &interactionsCsv, ClientStore *target);
    /** The sample database A and its copy B made through the exports. */
    void makeOriginalAndCopy();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_original;
    std::unique_ptr<ClientStore> m_copy;
};

void tst_ClientExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_original = std::make_unique<ClientStore>();
    QVERIFY2(m_original->open(path("a.rapport")), qPrintable(m_original->errorString()));
    m_copy = std::make_unique<ClientStore>();
    QVERIFY2(m_copy->open(path("b.rapport")), qPrintable(m_copy->errorString()));
}

void tst_ClientExport::cleanup()
{
    m_copy.reset();
    m_original.reset();
    m_dir.reset();
}

void tst_ClientExport::importBoth(const QByteArray &clientsCsv, const QByteArray &interactionsCsv, ClientStore *target)
{
    QString error;
    ClientImport clients;
    QVERIFY2(clients.load(clientsCsv, &error), qPrintable(error));
    QCOMPARE(clients.format(), ClientImport::Format::Rapport);
    const ImportResult clientResult = clients.analyse(*target);
    QVERIFY2(clientResult.isClean(), qPrintable(QStringLiteral("line %1: %2")
                                                     .arg(clientResult.problems.value(0).line)
                                                     .arg(clientResult.problems.value(0).reason)));
    QVector<ClientRecord> additions;
    QVector<Client> updates;
    clients.resolve(clientResult,
                    QVector<ClientImport::DuplicatePolicy>(clientResult.duplicates.size(), ClientImport::DuplicatePolicy::Skip),
                    *target, &additions, &updates);
    QVector<qint64> added;
    QVector<qint64> changes;
    QVERIFY2(target->importClients(additions, updates, &added, &changes), qPrintable(target->errorString()));

    ClientImport interactions;
    QVERIFY2(interactions.load(interactionsCsv, &error), qPrintable(error));
    QCOMPARE(interactions.kind(), ClientImport::Kind::Interactions);
    const ImportResult interactionResult = interactions.analyse(*target);
    QVERIFY2(interactionResult.isClean(), qPrintable(QStringLiteral("line %1: %2")
                                                          .arg(interactionResult.problems.value(0).line)
                                                          .arg(interactionResult.problems.value(0).reason)));
    QVERIFY2(target->addInteractions(interactionResult.interactions), qPrintable(target->errorString()));
}

void tst_ClientExport::makeOriginalAndCopy()
{
    // Sample clients, with the fields the generator leaves alone filled in and cells that need care.
    QVector<ClientRecord> records = SampleDataGenerator(9).records(60, Now);
    QCOMPARE(records.size(), 60);
    records[0].client.name = QStringLiteral("=cmd|' /C calc'!A0");
    records[2].client.notes = QStringLiteral("Likes \"tea\", not coffee.\nCall after 10,\r\nnever Fridays. ");
    records[3].client.archived = true;
    records[4].client.idealIntervalDays = 10;
    records[4].client.maximumIntervalDays = 30;
    records[5].client.tags = QStringList{QStringLiteral("-vip"), QStringLiteral("@home"), QStringLiteral("retail")};
    records[6].client.company = QStringLiteral("+Plus Ltd");
    records[7].client.name.clear();
    records[8].client.phone().clear();
    records[9].client.idealIntervalDays = 7;
    records[10].client.satisfaction = 0.0;
    records[10].client.repurchase = 10.0;
    records[11].client.notes = QStringLiteral("'=already defused");
    records[12].client.archived = true;
    records[12].client.maximumIntervalDays = 90;
    for (int i = 14; i < records.size(); i += 3)
        records[i].client.owner = i % 2 ? QStringLiteral("Anna") : QStringLiteral("=O'Brien, \"Bo\"");
    bool noteSet = false;
    for (ClientRecord &record : records) {
        if (!noteSet && !record.interactions.isEmpty()) {
            record.interactions[0].note = QStringLiteral("=1+1, \"quoted\"\nsecond line");
            noteSet = true;
        }
    }
    QVERIFY(noteSet);
    // A client without email whose interactions the import must find by name.
    int noEmail = 13;
    while (noEmail < records.size() && records.at(noEmail).interactions.isEmpty())
        ++noEmail;
    QVERIFY(noEmail < records.size());
    records[noEmail].client.email().clear();
    QVERIFY2(m_original->addClientRecords(records), qPrintable(m_original->errorString()));

    // The import finds a client by email, or by name when there is none: both must be unique here.
    QSet<QString> emails;
    for (const Client &client : m_original->clients()) {
        if (!client.email().isEmpty()) {
            QVERIFY2(!emails.contains(client.email().toLower()), qPrintable(client.email()));
            emails.insert(client.email().toLower());
        }
    }
    int sameName = 0;
    for (const Client &client : m_original->clients())
        sameName += client.displayName() == m_original->at(noEmail).displayName() ? 1 : 0;
    QCOMPARE(sameName, 1);

    // A's exports go to files and are read back, as the command line does.
    QString error;
    QVERIFY2(ClientExport::write(path("clients.csv"), ClientExport::clientsCsv(*m_original, Today), &error), qPrintable(error));
    QVERIFY2(ClientExport::write(path("interactions.csv"), exportedInteractions(*m_original), &error), qPrintable(error));
    importBoth(readAll(path("clients.csv")), readAll(path("interactions.csv")), m_copy.get());
}

void tst_ClientExport::shouldWriteTheClientHeaderLineExactly()
{
    QCOMPARE(ClientExport::clientsCsv(*m_original, Today),
             QByteArrayLiteral("name,company,email,phone,tags,satisfaction,repurchase,nps,notes,rung,stage,degree,integrity,"
                               "competency,recognition,proactivity,savvy,chemistry,nps_date,hostage_reason,hostage_reason_ends,"
                               "purchases_per_year,contact_every_days,contact_at_most_days,created_at,updated_at,archived,"
                               "segment,extreme,last_contact,days_overdue,unanswered_streak,all_emails,all_phones,owner\r\n"));
}

void tst_ClientExport::shouldWriteTheInteractionHeaderLineExactly()
{
    QCOMPARE(exportedInteractions(*m_original),
             QByteArrayLiteral("client_email,client_name,when,kind,direction,outcome,note\r\n"));
}

void tst_ClientExport::shouldDefuseFormulasAndBringThemBackExactly()
{
    // GIVEN a client whose cells a spreadsheet would run, and an interaction note that is a formula
    Client client;
    client.name = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
    client.company = QStringLiteral("@Acme");
    client.setEmail(QStringLiteral("-ann@acme.example"));
    client.setPhone(QStringLiteral("+44 20 7946 0000"));
    client.tags = QStringList{QStringLiteral("=cmd"), QStringLiteral("retail")};
    client.notes = QStringLiteral("\t-5 if late");
    client.satisfaction = 8.0;
    client.repurchase = 7.0;
    client.createdAt = QDateTime(QDate(2024, 1, 10), QTime(9, 0, 0, 123), Qt::UTC);
    client.updatedAt = QDateTime(QDate(2024, 2, 11), QTime(10, 30, 15, 250), Qt::UTC);
    const qint64 id = m_original->addClient(client);
    QVERIFY2(id > 0, qPrintable(m_original->errorString()));
    Interaction interaction;
    interaction.clientId = id;
    interaction.happenedAt = QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
    interaction.note = QStringLiteral("@SUM(1+1)");
    QVERIFY(m_original->addInteraction(interaction) > 0);

    // WHEN both are exported
    const QByteArray clients = ClientExport::clientsCsv(*m_original, Today);
    const QByteArray interactions = exportedInteractions(*m_original);

    // THEN each of those cells starts with an apostrophe, so a spreadsheet shows it as text
    const QVector<CsvRecord> clientRecords = parsed(clients);
    QCOMPARE(clientRecords.size(), 2);
    const QStringList cells = clientRecords.at(1).fields.mid(0, 9);
    QCOMPARE(cells, (QStringList{QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"click\")"), QStringLiteral("'@Acme"),
                                 QStringLiteral("'-ann@acme.example"), QStringLiteral("'+44 20 7946 0000"),
                                 QStringLiteral("'=cmd, retail"), QStringLiteral("8.0"), QStringLiteral("7.0"), QString(),
                                 QStringLiteral("'\t-5 if late")}));
    QVERIFY(clients.contains(",'+44 20 7946 0000,"));
    const QByteArray start = Csv::line(ClientImport::clientExportHeader()).toUtf8()
        + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",'@Acme,'-ann@acme.example,'+44 20 7946 0000,";
    QVERIFY2(clients.startsWith(start), clients.constData());
    const QVector<CsvRecord> interactionRecords = parsed(interactions);
    QCOMPARE(interactionRecords.size(), 2);
    QCOMPARE(interactionRecords.at(1).fields,
             (QStringList{QStringLiteral("'-ann@acme.example"), QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"click\")"),
                          QStringLiteral("2024-03-01T10:00:00.000Z"), QStringLiteral("call"), QStringLiteral("outbound"),
                          QStringLiteral("answered"), QStringLiteral("'@SUM(1+1)")}));
    for (const QVector<CsvRecord> *records : {&clientRecords, &interactionRecords}) {
        for (const CsvRecord &record : *records) {
            for (const QString &cell : record.fields) {
                const bool dangerous = !cell.isEmpty()
                    && QStringLiteral("=+-@\t\r").contains(cell.at(0));
                QVERIFY2(!dangerous, qPrintable(QStringLiteral("line %1 has the cell \"%2\"").arg(record.line).arg(cell)));
            }
        }
    }

    // AND importing them gives back exactly the client and the interaction
    importBoth(clients, interactions, m_copy.get());
    QCOMPARE(m_copy->count(), 1);
    const QStringList differences = fieldDifferences(m_copy->at(0), m_original->at(0));
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1String("; "))));
    const QString diff = difference(m_copy->interactions(m_copy->at(0).id), m_original->interactions(id));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void tst_ClientExport::shouldKeepNotesWithCommasQuotesAndLineBreaks()
{
    // GIVEN notes that need quoting in every way, and one that looks defused already
    const QStringList notes = {QStringLiteral("Likes \"tea\", not coffee.\nCall after 10,\r\nnever Fridays.\n"),
                               QStringLiteral(" padded, with spaces "), QStringLiteral("\"\""), QStringLiteral("'=x"),
                               QStringLiteral("''+1"), QStringLiteral("semi;colon"), QString::fromUtf8("Zoë 😀 名前")};
    for (int i = 0; i < notes.size(); ++i) {
        Client client;
        client.name = QStringLiteral("Client %1").arg(i);
        client.setEmail(QStringLiteral("c%1@x.example").arg(i));
        client.notes = notes.at(i);
        QVERIFY2(m_original->addClient(client) > 0, qPrintable(m_original->errorString()));
        Interaction interaction;
        interaction.clientId = m_original->at(i).id;
        interaction.happenedAt = QDateTime(QDate(2024, 3, 1 + i), QTime(10, 0), Qt::UTC);
        interaction.note = notes.at(i);
        QVERIFY(m_original->addInteraction(interaction) > 0);
    }

    // WHEN they are exported and imported into an empty database
    importBoth(ClientExport::clientsCsv(*m_original, Today), exportedInteractions(*m_original), m_copy.get());

    // THEN every note is exactly what it was, its line breaks LF
    QCOMPARE(m_copy->count(), notes.size());
    for (int i = 0; i < notes.size(); ++i) {
        QCOMPARE(m_copy->at(i).notes, withLf(notes.at(i)));
        const QVector<Interaction> logged = m_copy->interactions(m_copy->at(i).id);
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.at(0).note, withLf(notes.at(i)));
    }
}

void tst_ClientExport::shouldKeepTagsWithSemicolonsAndStars()
{
    // GIVEN a client whose tags hold characters that address books use as separators or markers
    Client client;
    client.name = QStringLiteral("Ann");
    client.tags = QStringList{QStringLiteral("*vip"), QStringLiteral("north;south"), QStringLiteral("retail")};
    QVERIFY2(m_original->addClient(client) > 0, qPrintable(m_original->errorString()));
    QCOMPARE(m_original->at(0).tags, client.tags);

    // WHEN it is exported and imported into an empty database
    importBoth(ClientExport::clientsCsv(*m_original, Today), exportedInteractions(*m_original), m_copy.get());

    // THEN the tags are exactly the stored ones
    QCOMPARE(m_copy->count(), 1);
    QCOMPARE(m_copy->at(0).tags, client.tags);
}

void tst_ClientExport::shouldReproduceEveryClientAndInteractionInAnEmptyDatabase()
{
    // GIVEN database A with 60 sample clients, and B made from A's two exports
    makeOriginalAndCopy();
    if (QTest::currentTestFailed())
        return;

    // THEN B holds every client of A, in the same order, with every stored field the same
    QCOMPARE(m_copy->count(), m_original->count());
    for (int row = 0; row < m_original->count(); ++row) {
        const QStringList differences = fieldDifferences(m_copy->at(row), m_original->at(row));
        QVERIFY2(differences.isEmpty(), qPrintable(QStringLiteral("row %1 (%2): %3")
                                                       .arg(row)
                                                       .arg(m_original->at(row).displayName(), differences.join(QLatin1String("; ")))));
        Client copy = m_copy->at(row);
        copy.id = m_original->at(row).id;
        Client original = m_original->at(row);
        original.notes = withLf(original.notes);
        QVERIFY(copy == original);
    }

    // AND every interaction, attached to the client with the same email (or name, when it has none)
    int total = 0;
    for (const Client &a : m_original->clients()) {
        qint64 copyId = 0;
        for (const Client &b : m_copy->clients()) {
            if (a.email().isEmpty() ? b.email().isEmpty() && b.displayName() == a.displayName() : b.email() == a.email())
                copyId = b.id;
        }
        QVERIFY2(copyId > 0, qPrintable(a.displayName()));
        const QString diff = difference(m_copy->interactions(copyId), m_original->interactions(a.id));
        QVERIFY2(diff.isEmpty(), qPrintable(a.displayName() + QStringLiteral(": ") + diff));
        for (const Interaction &interaction : m_copy->interactions(copyId))
            QCOMPARE(interaction.clientId, copyId);
        total += int(m_original->interactions(a.id).size());
    }
    QVERIFY(total > 100);
}

void tst_ClientExport::shouldExportTheCopyAsTheOriginal()
{
    // GIVEN database A with 60 sample clients, and B made from A's two exports
    makeOriginalAndCopy();
    if (QTest::currentTestFailed())
        return;

    // WHEN B is exported
    const QByteArray originalClients = ClientExport::clientsCsv(*m_original, Today);
    const QByteArray copyClients = ClientExport::clientsCsv(*m_copy, Today);

    // THEN every stored column of every line is the same as A's, byte for byte
    const QVector<CsvRecord> a = parsed(originalClients);
    const QVector<CsvRecord> b = parsed(copyClients);
    QCOMPARE(a.size(), 61);
    QCOMPARE(b.size(), a.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(a.at(i).fields.size(), ClientImport::clientExportHeader().size());
        QCOMPARE(b.at(i).line, a.at(i).line);
        QCOMPARE(b.at(i).fields.mid(0, StoredColumns), a.at(i).fields.mid(0, StoredColumns));
    }
    QCOMPARE(exportedInteractions(*m_copy), exportedInteractions(*m_original));
}

void tst_ClientExport::shouldFailCleanlyWritingToADirectory()
{
    // GIVEN a directory with a file in it
    const QString directory = path("export.csv");
    QVERIFY(QDir().mkpath(directory));
    QFile inside(directory + QStringLiteral("/keep.txt"));
    QVERIFY(inside.open(QIODevice::WriteOnly));
    QCOMPARE(inside.write("kept"), qint64(4));
    inside.close();

    // WHEN the export is written to the directory's path
    QString error;
    const bool ok = ClientExport::write(directory, QByteArrayLiteral("name\r\n"), &error);

    // THEN it fails with the path and a reason, and the directory is as it was
    QVERIFY(!ok);
    const QString prefix = QStringLiteral("Cannot write ") + QDir::toNativeSeparators(directory) + QStringLiteral(": ");
    QVERIFY2(error.startsWith(prefix) && error.size() > prefix.size(), qPrintable(error));
    QVERIFY(QFileInfo(directory).isDir());
    QCOMPARE(QDir(directory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("keep.txt")});
    QCOMPARE(readAll(directory + QStringLiteral("/keep.txt")), QByteArrayLiteral("kept"));
}

void tst_ClientExport::shouldFailWritingIntoAMissingDirectory()
{
    // GIVEN an existing export, and paths whose folder is missing or is that file
    QString error;
    QVERIFY2(ClientExport::write(path("clients.csv"), QByteArrayLiteral("old\r\n"), &error), qPrintable(error));
    const QString missing = path("missing/clients.csv");
    const QString underAFile = path("clients.csv/clients.csv");

    for (const QString &target : {missing, underAFile}) {
        // WHEN the export is written there
        error.clear();
        const bool ok = ClientExport::write(target, QByteArrayLiteral("name\r\n"), &error);

        // THEN it fails with the path and a reason, and the existing file is untouched
        QVERIFY(!ok);
        const QString prefix = QStringLiteral("Cannot write ") + QDir::toNativeSeparators(target) + QStringLiteral(": ");
        QVERIFY2(error.startsWith(prefix) && error.size() > prefix.size(), qPrintable(error));
        QCOMPARE(readAll(path("clients.csv")), QByteArrayLiteral("old\r\n"));
    }
    QVERIFY(!QFileInfo::exists(path("missing")));
}

void tst_ClientExport::shouldReplaceAnExistingFileWhole()
{
    // GIVEN an earlier, longer export
    QString error;
    QVERIFY2(ClientExport::write(path("clients.csv"), QByteArray(10000, 'x'), &error), qPrintable(error));

    // WHEN a shorter one is written over it
    const QByteArray data = ClientExport::clientsCsv(*m_original, Today);
    QVERIFY2(ClientExport::write(path("clients.csv"), data, &error), qPrintable(error));

    // THEN the file holds exactly the new export and nothing is left beside it
    QCOMPARE(readAll(path("clients.csv")), data);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.csv*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("clients.csv")});
}

void tst_ClientExport::shouldBringEveryClientBackFromItsVCard_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("notes");

    QTest::newRow("every field") << QStringLiteral("Ann Smith") << QStringLiteral("Acme Ltd") << QStringLiteral("ann+crm@acme.example")
                                 << QStringLiteral("+44 20 7946 0001") << QStringList{QStringLiteral("retail"), QStringLiteral("VIP")}
                                 << QStringLiteral("Met at the fair.");
    QTest::newRow("separators and backslashes")
        << QStringLiteral("Smith, Ann; \"the elder\" \\ Jr.") << QStringLiteral("Smith, Jones; Co \\ Partners")
        << QStringLiteral("a,b;c@x.example") << QStringLiteral("+1 (555) 010-0199; ext. 7") << QStringList{QStringLiteral("a;b"), QStringLiteral("c\\d")}
        << QStringLiteral("line, one; \\n is not a line end\\");
    QTest::newRow("letters from everywhere, folded inside no character")
        << QString::fromUtf8("Ærø Jörg 東京太郎 Zoë 🌻 Ελένη مريم") << QString::fromUtf8("Müller & Söhne GmbH — Köln")
        << QString() << QString() << QStringList{QString::fromUtf8("Früchte"), QString::fromUtf8("🌻")}
        << QString::fromUtf8("ä").repeated(120) + QString::fromUtf8(" 東京").repeated(60) + QString::fromUtf8("🌻").repeated(40);
    QTest::newRow("line breaks in the name and the notes, CR LF stored as LF; a phone that looks like a URI")
        << QStringLiteral("Ann\nSecond line") << QString() << QString() << QStringLiteral("tel:07700 900001") << QStringList()
        << QStringLiteral("first\r\nsecond\rthird\n\nfifth");
    QTest::newRow("a company without a person") << QString() << QStringLiteral("Brick Co") << QStringLiteral("info@brick.example")
                                                << QString() << QStringList() << QString();
    QTest::newRow("a person named like the company") << QStringLiteral("Brick Co") << QStringLiteral("Brick Co") << QString()
                                                     << QString() << QStringList() << QString();
    QTest::newRow("a formula and what looks like a vCard line")
        << QStringLiteral("=HYPERLINK(\"http://x.example\")") << QString() << QString() << QString() << QStringList()
        << QStringLiteral("END:VCARD\nBEGIN:VCARD\nFN:Mallory");
    QTest::newRow("notes naming quoted-printable, ending a folded line in =")
        << QStringLiteral("Ann") << QString() << QString() << QString() << QStringList()
        << QStringLiteral("ENCODING=QUOTED-PRINTABLE:") + QString(43, QLatin1Char('x')) + QStringLiteral("=next");
}

void tst_ClientExport::shouldBringEveryClientBackFromItsVCard()
{
    QFETCH(QString, name);
    QFETCH(QString, company);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QStringList, tags);
    QFETCH(QString, notes);

    // GIVEN a stored client, and one more after it
    Client client;
    client.name = name;
    client.company = company;
    client.setEmail(email);
    client.setPhone(phone);
    client.tags = tags;
    client.notes = notes;
    QVERIFY(m_original->addClient(client) > 0);
    Client other;
    other.name = QStringLiteral("Bob Jones");
    QVERIFY(m_original->addClient(other) > 0);

    // WHEN the clients are exported as vCards and the file imported into an empty database
    const QByteArray vcf = ClientExport::clientsVCard(*m_original);
    ClientImport import;
    QString error;
    QVERIFY2(import.load(vcf, &error), qPrintable(error));
    QCOMPARE(import.format(), ClientImport::Format::VCard);
    const ImportResult result = import.analyse(*m_copy);

    // THEN every client comes back with the same name, company, email, phone, tags and notes (LF line ends)
    QVERIFY2(result.isClean(), qPrintable(result.problems.value(0).reason));
    QCOMPARE(result.clients.size(), 2);
    const Client &back = result.clients.at(0).client;
    QCOMPARE(back.name, name);
    QCOMPARE(back.company, company);
    QCOMPARE(back.email(), email);
    QCOMPARE(back.phone(), phone);
    QCOMPARE(back.tags, tags);
    QCOMPARE(back.notes, withLf(notes));
    QCOMPARE(result.clients.at(1).client.name, QStringLiteral("Bob Jones"));
    QCOMPARE(import.notImported(), QStringList());

    // AND the file is vCard 4.0 as RFC 6350 writes it: CRLF line ends, no line over 75 bytes, valid UTF-8
    QVERIFY(vcf.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    QVERIFY(vcf.endsWith("END:VCARD\r\n"));
    QCOMPARE(vcf.count("\r\n"), vcf.count('\n'));
    QCOMPARE(vcf.count("\r\n"), vcf.count('\r'));
    for (const QByteArray &line : vcf.split('\n'))
        QVERIFY2(line.size() <= 76, line.constData());
    QVERIFY(!QString::fromUtf8(vcf).contains(QChar::ReplacementCharacter));
}

void tst_ClientExport::shouldExportTheChosenClientsOnly()
{
    // GIVEN three stored clients
    QVector<qint64> ids;
    for (const char *name : {"Ann", "Bob", "Cy"}) {
        Client client;
        client.name = QString::fromLatin1(name);
        client.setEmail(client.name.toLower() + QStringLiteral("@x.example"));
        ids.append(m_original->addClient(client));
        QVERIFY(ids.last() > 0);
    }

    // WHEN the third and the first are exported, in that order, as vCards and as CSV
    const QByteArray vcf = ClientExport::clientsVCard(*m_original, {ids.at(2), ids.at(0)});
    const QVector<CsvRecord> csv = parsed(ClientExport::clientsCsv(*m_original, Today, {ids.at(2), ids.at(0)}));

    // THEN only they are written, in the store's order
    QCOMPARE(vcf.count("BEGIN:VCARD"), 2);
    QVERIFY(vcf.indexOf("FN:Ann") < vcf.indexOf("FN:Cy"));
    QVERIFY(!vcf.contains("Bob"));
    QCOMPARE(csv.size(), 3);
    QCOMPARE(csv.at(1).fields.at(0), QStringLiteral("Ann"));
    QCOMPARE(csv.at(2).fields.at(0), QStringLiteral("Cy"));

    // AND a client keeps its UID from one export to the next, and no two clients share one
    const QByteArray again = ClientExport::clientsVCard(*m_original);
    const auto uids = [](const QByteArray &data) {
        QByteArrayList found;
        for (const QByteArray &line : data.split('\n')) {
            if (line.startsWith("UID:urn:uuid:"))
                found.append(line.trimmed());
        }
        return found;
    };
    const QByteArrayList all = uids(again);
    QCOMPARE(all.size(), 3);
    QCOMPARE(QSet<QByteArray>(all.cbegin(), all.cend()).size(), 3);
    QCOMPARE(uids(vcf), (QByteArrayList{all.at(0), all.at(2)}));
}

void tst_ClientExport::shouldBringTheOwnerBack_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("cell"); // as a spreadsheet would read it

    QTest::newRow("a name") << QStringLiteral("Anna") << QStringLiteral("Anna");
    QTest::newRow("none") << QString() << QString();
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://evil.example\")") << QStringLiteral("'=HYPERLINK(\"http://evil.example\")");
    QTest::newRow("at") << QStringLiteral("@Anna") << QStringLiteral("'@Anna");
    QTest::newRow("minus") << QStringLiteral("-Anna") << QStringLiteral("'-Anna");
    QTest::newRow("plus") << QStringLiteral("+Anna") << QStringLiteral("'+Anna");
    QTest::newRow("already defused") << QStringLiteral("'=Anna") << QStringLiteral("''=Anna");
    QTest::newRow("comma and quotes") << QStringLiteral("O'Brien, \"Bo\"") << QStringLiteral("O'Brien, \"Bo\"");
    QTest::newRow("accents and emoji") << QStringLiteral("Zoë Ångström 🙂") << QStringLiteral("Zoë Ångström 🙂");
    QTest::newRow("markup") << QStringLiteral("<b>Anna</b>") << QStringLiteral("<b>Anna</b>");
}

void tst_ClientExport::shouldBringTheOwnerBack()
{
    QFETCH(QString, owner);
    QFETCH(QString, cell);

    // GIVEN a client with that account owner
    Client client;
    client.name = QStringLiteral("Olga Owned");
    client.setEmail(QStringLiteral("olga@example.org"));
    client.owner = owner;
    QVERIFY2(m_original->addClient(client) > 0, qPrintable(m_original->errorString()));

    // WHEN it is exported
    const QByteArray csv = ClientExport::clientsCsv(*m_original, Today);

    // THEN the owner is the last column, safe from a spreadsheet
    const QVector<CsvRecord> records = parsed(csv);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).fields.constLast(), QStringLiteral("owner"));
    QCOMPARE(records.at(1).fields.size(), records.at(0).fields.size());
    QCOMPARE(records.at(1).fields.constLast(), cell);

    // AND imported into an empty database, the client has the same owner
    importBoth(csv, exportedInteractions(*m_original), m_copy.get());
    QCOMPARE(m_copy->count(), 1);
    QCOMPARE(m_copy->at(0).owner, owner);
}

QTEST_GUILESS_MAIN(tst_ClientExport)
#include "tst_clientexport.moc"
