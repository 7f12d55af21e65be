#include "clientimport.h"
#include "testsupport.h"
#include "clientstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Rapport;

namespace {

using Cells = QHash<QString, QString>;

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

/** One line as a spreadsheet or address book writes it: every cell quoted, nothing defused. */
QByteArray row(const QStringList &cells)
{
    QStringList quoted;
    for (QString cell : cells) {
        cell.replace(QLatin1String("\""), QLatin1String("\"\""));
        quoted.append(QLatin1Char('"') + cell + QLatin1Char('"'));
    }
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

/** A file with @p header and one line per entry of @p rows, cells found by their header name. */
QByteArray csv(const QStringList &header, const QVector<Cells> &rows)
{
    QByteArray data = row(header);
    for (const Cells &cells : rows) {
        QStringList line;
        for (const QString &column : header)
            line.append(cells.value(column));
        data += row(line);
    }
    return data;
}

QStringList googleHeader()
{
    return list({"First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name", "Phonetic Last Name",
                 "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name", "Organization Title",
                 "Organization Department", "Birthday", "Notes", "Photo", "Labels", "E-mail 1 - Label", "E-mail 1 - Value",
                 "E-mail 2 - Label", "E-mail 2 - Value", "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label",
                 "Phone 2 - Value", "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City",
                 "Website 1 - Label", "Website 1 - Value"});
}

QStringList oldGoogleHeader()
{
    return list({"Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Given Name Yomi",
                 "Additional Name Yomi", "Family Name Yomi", "Name Prefix", "Name Suffix", "Initials", "Nickname",
                 "Short Name", "Maiden Name", "Birthday", "Gender", "Location", "Billing Information", "Directory Server",
                 "Mileage", "Occupation", "Hobby", "Sensitivity", "Priority", "Subject", "Notes", "Language", "Photo",
                 "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value", "E-mail 2 - Type", "E-mail 2 - Value",
                 "Phone 1 - Type", "Phone 1 - Value", "Phone 2 - Type", "Phone 2 - Value", "Organization 1 - Type",
                 "Organization 1 - Name", "Organization 1 - Yomi Name", "Organization 1 - Title",
                 "Organization 1 - Department"});
}

/** Thunderbird's column names, in its order; older versions end the header line with a delimiter. */
QStringList thunderbirdHeader()
{
    return list({"First Name", "Last Name", "Display Name", "Nickname", "Primary Email", "Secondary Email", "Screen Name",
                 "Work Phone", "Home Phone", "Fax Number", "Pager Number", "Mobile Number", "Home Address", "Home Address 2",
                 "Home City", "Home State", "Home ZipCode", "Home Country", "Work Address", "Work Address 2", "Work City",
                 "Work State", "Work ZipCode", "Work Country", "Job Title", "Department", "Organization", "Web Page 1",
                 "Web Page 2", "Birth Year", "Birth Month", "Birth Day", "Custom 1", "Custom 2", "Custom 3", "Custom 4",
                 "Notes", ""});
}

/** A file as Thunderbird writes it: unquoted cells unless they must be quoted, @p delimiter between them. */
QByteArray thunderbirdFile(QChar delimiter, const QVector<Cells> &rows)
{
    const auto line = [delimiter](const QStringList &cells) -> QString {
        QStringList written;
        for (QString cell : cells) {
            if (cell.contains(delimiter) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))) {
                cell.replace(QLatin1String("\""), QLatin1String("\"\""));
                cell = QLatin1Char('"') + cell + QLatin1Char('"');
            }
            written.append(cell);
        }
        return written.join(delimiter) + QStringLiteral("\r\n");
    };
    QString data = line(thunderbirdHeader());
    for (const Cells &cells : rows) {
        QStringList values;
        for (const QString &column : thunderbirdHeader())
            values.append(cells.value(column));
        data += line(values);
    }
    return data.toUtf8();
}

QStringList outlookHeader()
{
    return list({"Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
                 "Business Street", "Business City", "Business Postal Code", "Business Country/Region", "Business Fax",
                 "Business Phone", "Business Phone 2", "Home Phone", "Mobile Phone", "Categories", "E-mail Address",
                 "E-mail Type", "E-mail Display Name", "E-mail 2 Address", "Notes", "Web Page"});
}

Client makeClient(const QString &name, const QString &company, const QString &email, double satisfaction = 5.0,
                  double repurchase = 5.0)
{
    Client client;
    client.name = name;
    client.company = company;
    client.setEmail(email);
    client.satisfaction = satisfaction;
    client.repurchase = repurchase;
    client.createdAt = QDateTime(QDate(2024, 1, 10), QTime(9, 0), Qt::UTC);
    client.updatedAt = QDateTime(QDate(2024, 2, 11), QTime(10, 30, 15, 250), Qt::UTC);
    return client;
}

/** Ann Smith of Acme, ann@acme.example: the stored client most tests find again. */
Client makeAnn(double satisfaction = 5.0, double repurchase = 5.0)
{
    return makeClient(QStringLiteral("Ann Smith"), QStringLiteral("Acme"), QStringLiteral("ann@acme.example"), satisfaction,
                      repurchase);
}

QStringList problemsOf(const ImportResult &result)
{
    QStringList problems;
    for (const ImportProblem &problem : result.problems)
        problems.append(QStringLiteral("%1: %2").arg(problem.line).arg(problem.reason));
    return problems;
}

QStringList duplicatesOf(const ImportResult &result)
{
    QStringList duplicates;
    for (const ImportDuplicate &duplicate : result.duplicates)
        duplicates.append(QStringLiteral("%1 -> %2 (%3)").arg(duplicate.index).arg(duplicate.existingId).arg(duplicate.reason));
    return duplicates;
}

QString describe(const Client &c)
{
    return QStringLiteral("name \"%1\", company \"%2\", email \"%3\", phone \"%4\", tags [%5], notes \"%6\", %7/%8, every %9/%10")
        .arg(c.name, c.company, c.email(), c.phone(), c.tags.join(QLatin1Char('|')), c.notes, QString::number(c.satisfaction),
             QString::number(c.repurchase), QString::number(c.idealIntervalDays))
        .arg(c.maximumIntervalDays);
}

QStringList namesOf(const QVector<ClientRecord> &records)
{
    QStringList names;
    for (const ClientRecord &record : records)
        names.append(record.client.name + QLatin1Char('/') + record.client.company);
    return names;
}

/** Every stored field except the update time, for comparing a client with what it was. */
QString differenceIgnoringUpdateTime(const QVector<Client> &actual, const QVector<Client> &expected)
{
    if (actual.size() != expected.size())
        return QStringLiteral("%1 clients instead of %2").arg(actual.size()).arg(expected.size());
    for (int i = 0; i < actual.size(); ++i) {
        Client a = actual.at(i);
        a.updatedAt = expected.at(i).updatedAt;
        if (a != expected.at(i))
            return QStringLiteral("row %1 is {%2, created %3}, expected {%4, created %5}")
                .arg(QString::number(i), describe(actual.at(i)), actual.at(i).createdAt.toString(Qt::ISODateWithMs),
                     describe(expected.at(i)), expected.at(i).createdAt.toString(Qt::ISODateWithMs));
    }
    return {};
}

QByteArray fileState(const QString &path)
{
    QByteArray state;
    for (const QString &name : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            state += name.toUtf8() + ':' + file.readAll() + '\n';
    }
    return state;
}

} // namespace

class tst_ClientImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldRecognizeKnownHeadersWithoutManualMapping_data();
    void shouldRecognizeKnownHeadersWithoutManualMapping();
    void shouldReadAGoogleContactsExport();
    void shouldReadAnOldStyleGoogleContactsExport();
    void shouldReadAnOutlookExport();
    void shouldTakeTheFirstOfSeveralValuesInOneGoogleCell();
    void shouldReadAThunderbirdExport_data();
    void shouldReadAThunderbirdExport();
    void shouldImportAContactWithOnlyAnEmailOrAPhone_data();
    void shouldImportAContactWithOnlyAnEmailOrAPhone();
    void shouldKeepTheStoredNameWhenAContactWithoutANameUpdatesIt();
    void shouldReadTheEncodingTheFileIsIn_data();
    void shouldReadTheEncodingTheFileIsIn();
    void shouldRefuseBytesThatAreNotTextInTheChosenEncoding();
    void shouldNeverStoreAReplacementCharacter_data();
    void shouldNeverStoreAReplacementCharacter();
    void shouldStoreNotesWithLfWhateverTheLineEnds_data();
    void shouldStoreNotesWithLfWhateverTheLineEnds();
    void shouldBuildTheNameFromFirstMiddleAndLast_data();
    void shouldBuildTheNameFromFirstMiddleAndLast();
    void shouldTurnLabelsAndCategoriesIntoTags_data();
    void shouldTurnLabelsAndCategoriesIntoTags();
    void shouldBringScoresOntoTheTenPointScale_data();
    void shouldBringScoresOntoTheTenPointScale();
    void shouldAcceptADecimalCommaInASemicolonFile();
    void shouldListEveryBadRowWithItsLineAndWriteNothing();
    void shouldWriteTheSkippedRowsWithTheirLineAndReason();
    void shouldPutTheSkippedRowsBesideTheFile_data();
    void shouldPutTheSkippedRowsBesideTheFile();
    void shouldRefuseAMalformedFileWithTheParsersMessage_data();
    void shouldRefuseAMalformedFileWithTheParsersMessage();
    void shouldWriteNothingWhenOneClientOfAnImportIsInvalid();

    void shouldFindDuplicatesBySameEmailOrSameNameAndCompany();
    void shouldResolveDuplicatesAsChosen_data();
    void shouldResolveDuplicatesAsChosen();
    void shouldUpdateWithFileValuesKeepingStoredValuesForEmptyCells();
    void shouldReadTheAccountOwner_data();
    void shouldReadTheAccountOwner();
    void shouldUpdateScoresOnlyWhenTheFileHasScoreColumns();
    void shouldKeepStoredScoresWhenTheScoreCellIsEmpty();
    void shouldImportAndUndoInOneStepEach();
    void shouldRestoreTheLastChangeTimeWhenAnImportIsUndone();

    void shouldMatchInteractionsByEmailThenByExactName();
    void shouldListEveryBadInteractionRow();

    void shouldImportVCardsWithEveryEmailAndPhoneAndTheirLabels();
    void shouldImportAppleContactsCards();
    void shouldReadALinkedInConnectionsExport_data();
    void shouldReadALinkedInConnectionsExport();
    void shouldNameTheColumnsItDoesNotImport_data();
    void shouldNameTheColumnsItDoesNotImport();

private:
    QString path() const { return m_location; }
    QString m_location;
    qint64 add(const Client &client)
    {
        const qint64 id = m_store->addClient(client);
        if (id == 0)
            qWarning("%s", qPrintable(m_store->errorString()));
        return id;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
};

void tst_ClientImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = TestSupport::newDatabase(*m_dir, QStringLiteral("clients"));
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ClientStore>();
    QVERIFY2(m_store->open(path()), qPrintable(m_store->errorString()));
}

void tst_ClientImport::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_ClientImport::shouldRecognizeKnownHeadersWithoutManualMapping_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("formatName");

    const int clients = int(ClientImport::Kind::Clients);
    const QByteArray rapport = Csv::line(ClientImport::clientExportHeader()).toUtf8();
    QTest::newRow("Rapport client export") << rapport << int(ClientImport::Format::Rapport) << clients
                                           << QStringLiteral("Rapport client export");
    QTest::newRow("Rapport client export with a BOM")
        << QByteArrayLiteral("\xEF\xBB\xBF") + rapport << int(ClientImport::Format::Rapport) << clients
        << QStringLiteral("Rapport client export");
    QTest::newRow("Rapport client export, first nine columns and more")
        << QByteArrayLiteral("name,company,email,phone,tags,satisfaction,repurchase,nps,notes,my own column\n")
        << int(ClientImport::Format::Rapport) << clients << QStringLiteral("Rapport client export");
    QTest::newRow("Rapport interaction export")
        << QByteArrayLiteral("client_email,client_name,when,kind,direction,outcome,note\r\n")
        << int(ClientImport::Format::RapportInteractions) << int(ClientImport::Kind::Interactions)
        << QStringLiteral("Rapport interaction export");
    QTest::newRow("Google Contacts") << row(googleHeader()) << int(ClientImport::Format::GoogleContacts) << clients
                                     << QStringLiteral("Google Contacts export");
    QTest::newRow("Google Contacts, old style") << row(oldGoogleHeader()) << int(ClientImport::Format::GoogleContacts)
                                                << clients << QStringLiteral("Google Contacts export");
    QTest::newRow("Outlook") << row(outlookHeader()) << int(ClientImport::Format::Outlook) << clients
                             << QStringLiteral("Outlook contacts export");
    QTest::newRow("Thunderbird, commas") << thunderbirdFile(QLatin1Char(','), {}) << int(ClientImport::Format::Thunderbird)
                                         << clients << QStringLiteral("Thunderbird address book export");
    QTest::newRow("Thunderbird, semicolons") << thunderbirdFile(QLatin1Char(';'), {}) << int(ClientImport::Format::Thunderbird)
                                             << clients << QStringLiteral("Thunderbird address book export");
    QTest::newRow("something else") << QByteArrayLiteral("Full Name,Email,Phone\n") << int(ClientImport::Format::Other)
                                    << clients << QStringLiteral("CSV file: check the columns");
}

void tst_ClientImport::shouldRecognizeKnownHeadersWithoutManualMapping()
{
    QFETCH(QByteArray, data);
    QFETCH(int, format);
    QFETCH(int, kind);
    QFETCH(QString, formatName);

    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));

    QCOMPARE(int(import.format()), format);
    QCOMPARE(int(import.kind()), kind);
    QCOMPARE(import.formatName(), formatName);
    QCOMPARE(import.rowCount(), 0);
}

void tst_ClientImport::shouldReadAGoogleContactsExport()
{
    // GIVEN a Google Contacts export with every column a person fills in
    const QByteArray data = csv(googleHeader(),
                                {Cells{{QStringLiteral("First Name"), QStringLiteral("Ann")},
                                       {QStringLiteral("Middle Name"), QStringLiteral("Marie")},
                                       {QStringLiteral("Last Name"), QStringLiteral("Smith")},
                                       {QStringLiteral("Name Prefix"), QStringLiteral("Dr.")},
                                       {QStringLiteral("Nickname"), QStringLiteral("Annie")},
                                       {QStringLiteral("File As"), QStringLiteral("Smith, Ann")},
                                       {QStringLiteral("Organization Name"), QStringLiteral("Acme Ltd")},
                                       {QStringLiteral("Organization Title"), QStringLiteral("CEO")},
                                       {QStringLiteral("Organization Department"), QStringLiteral("Board")},
                                       {QStringLiteral("Birthday"), QStringLiteral("1980-01-01")},
                                       {QStringLiteral("Notes"), QStringLiteral("Met at the fair, 2023.\nLikes \"tea\".")},
                                       {QStringLiteral("Labels"), QStringLiteral("* myContacts ::: Clients ::: VIP")},
                                       {QStringLiteral("E-mail 1 - Label"), QStringLiteral("* Work")},
                                       {QStringLiteral("E-mail 1 - Value"), QStringLiteral("ann@acme.example")},
                                       {QStringLiteral("E-mail 2 - Label"), QStringLiteral("Home")},
                                       {QStringLiteral("E-mail 2 - Value"), QStringLiteral("ann@home.example")},
                                       {QStringLiteral("Phone 1 - Label"), QStringLiteral("Mobile")},
                                       {QStringLiteral("Phone 1 - Value"), QStringLiteral("+44 7700 900001")},
                                       {QStringLiteral("Phone 2 - Label"), QStringLiteral("Work")},
                                       {QStringLiteral("Phone 2 - Value"), QStringLiteral("+44 20 7946 0001")},
                                       {QStringLiteral("Address 1 - Formatted"), QStringLiteral("1 High St\nLondon")},
                                       {QStringLiteral("Website 1 - Value"), QStringLiteral("https://acme.example")}},
                                 Cells{{QStringLiteral("Organization Name"), QStringLiteral("Brick Co")}}});

    // WHEN it is loaded and checked
    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);

    // THEN each contact becomes a client with the name built from its parts and the first email and phone
    QCOMPARE(import.formatName(), QStringLiteral("Google Contacts export"));
    QCOMPARE(problemsOf(result), QStringList());
    QCOMPARE(result.clients.size(), 2);
    const Client &ann = result.clients.at(0).client;
    QCOMPARE(ann.name, QStringLiteral("Ann Marie Smith"));
    QCOMPARE(ann.company, QStringLiteral("Acme Ltd"));
    QCOMPARE(ann.email(), QStringLiteral("ann@acme.example"));
    QCOMPARE(ann.phone(), QStringLiteral("+44 7700 900001"));
    QCOMPARE(ann.tags, list({"Clients", "VIP"}));
    QCOMPARE(ann.notes, QStringLiteral("Met at the fair, 2023.\nLikes \"tea\"."));
    QCOMPARE(ContactPoint::toStored(ann.emails), QStringLiteral("work:ann@acme.example\nhome:ann@home.example"));
    QCOMPARE(ContactPoint::toStored(ann.phones), QStringLiteral("mobile:+44 7700 900001\nwork:+44 20 7946 0001"));
    QCOMPARE(ann.satisfaction, 5.0);
    QCOMPARE(ann.repurchase, 5.0);
    const Client &brick = result.clients.at(1).client;
    QCOMPARE(brick.name, QString());
    QCOMPARE(brick.company, QStringLiteral("Brick Co"));
    QCOMPARE(result.clientLines, (QVector<int>{2, 5}));
}

void tst_ClientImport::shouldReadAnOldStyleGoogleContactsExport()
{
    // GIVEN an old Google export: a full Name column beside the parts, groups in Group Membership
    const QByteArray data = csv(oldGoogleHeader(),
                                {Cells{{QStringLiteral("Name"), QStringLiteral("Bob Jones")},
                                       {QStringLiteral("Given Name"), QStringLiteral("Robert")},
                                       {QStringLiteral("Family Name"), QStringLiteral("Jones")},
                                       {QStringLiteral("Notes"), QStringLiteral("VIP since 2020")},
                                       {QStringLiteral("Group Membership"), QStringLiteral("* myContacts ::: Clients")},
                                       {QStringLiteral("E-mail 1 - Type"), QStringLiteral("* Work")},
                                       {QStringLiteral("E-mail 1 - Value"), QStringLiteral("bob@brick.example")},
                                       {QStringLiteral("Phone 1 - Type"), QStringLiteral("Work")},
                                       {QStringLiteral("Phone 1 - Value"), QStringLiteral("+44 20 7946 0002")},
                                       {QStringLiteral("Organization 1 - Type"), QStringLiteral("Work")},
                                       {QStringLiteral("Organization 1 - Name"), QStringLiteral("Brick Co")},
                                       {QStringLiteral("Organization 1 - Title"), QStringLiteral("Owner")}},
                                 Cells{{QStringLiteral("Given Name"), QStringLiteral("Cara")},
                                       {QStringLiteral("Additional Name"), QStringLiteral("Maria")},
                                       {QStringLiteral("Family Name"), QStringLiteral("Diaz")},
                                       {QStringLiteral("E-mail 1 - Value"), QStringLiteral("cara@cafe.example")},
                                       {QStringLiteral("Organization 1 - Name"), QStringLiteral("Cafe Co")}}});

    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);

    QCOMPARE(import.formatName(), QStringLiteral("Google Contacts export"));
    QCOMPARE(problemsOf(result), QStringList());
    QCOMPARE(result.clients.size(), 2);
    const Client &bob = result.clients.at(0).client;
    QCOMPARE(bob.name, QStringLiteral("Bob Jones"));
    QCOMPARE(bob.company, QStringLiteral("Brick Co"));
    QCOMPARE(bob.email(), QStringLiteral("bob@brick.example"));
    QCOMPARE(bob.phone(), QStringLiteral("+44 20 7946 0002"));
    QCOMPARE(bob.tags, list({"Clients"}));
    QCOMPARE(bob.notes, QStringLiteral("VIP since 2020"));
    const Client &cara = result.clients.at(1).client;
    QCOMPARE(cara.name, QStringLiteral("Cara Maria Diaz"));
    QCOMPARE(cara.company, QStringLiteral("Cafe Co"));
    QCOMPARE(cara.email(), QStringLiteral("cara@cafe.example"));
    QCOMPARE(cara.tags, QStringList());
}

void tst_ClientImport::shouldReadAnOutlookExport()
{
    // GIVEN an Outlook export: several phone columns, categories separated by semicolons
    const QByteArray data = csv(outlookHeader(),
                                {Cells{{QStringLiteral("Title"), QStringLiteral("Mr.")},
                                       {QStringLiteral("First Name"), QStringLiteral("Dan")},
                                       {QStringLiteral("Last Name"), QStringLiteral("Evans")},
                                       {QStringLiteral("Company"), QStringLiteral("Deli & Sons")},
                                       {QStringLiteral("Job Title"), QStringLiteral("Buyer")},
                                       {QStringLiteral("Business Street"), QStringLiteral("2 Market Row")},
                                       {QStringLiteral("Business Phone"), QStringLiteral("+44 20 7946 0003")},
                                       {QStringLiteral("Home Phone"), QStringLiteral("+44 20 7946 9999")},
                                       {QStringLiteral("Mobile Phone"), QStringLiteral("07700 900003")},
                                       {QStringLiteral("Categories"), QStringLiteral("Clients;VIP")},
                                       {QStringLiteral("E-mail Address"), QStringLiteral("dan@deli.example")},
                                       {QStringLiteral("E-mail Type"), QStringLiteral("SMTP")},
                                       {QStringLiteral("E-mail Display Name"), QStringLiteral("Dan Evans (dan@deli.example)")},
                                       {QStringLiteral("E-mail 2 Address"), QStringLiteral("dan@home.example")},
                                       {QStringLiteral("Notes"), QStringLiteral("Orders on Mondays")}},
                                 Cells{{QStringLiteral("First Name"), QStringLiteral("Eve")},
                                       {QStringLiteral("Middle Name"), QStringLiteral("J.")},
                                       {QStringLiteral("Last Name"), QStringLiteral("Fox")},
                                       {QStringLiteral("Mobile Phone"), QStringLiteral("07700 900004")}}});

    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);

    QCOMPARE(import.formatName(), QStringLiteral("Outlook contacts export"));
    QCOMPARE(problemsOf(result), QStringList());
    QCOMPARE(result.clients.size(), 2);
    const Client &dan = result.clients.at(0).client;
    QCOMPARE(dan.name, QStringLiteral("Dan Evans"));
    QCOMPARE(dan.company, QStringLiteral("Deli & Sons"));
    QCOMPARE(dan.email(), QStringLiteral("dan@deli.example"));
    QCOMPARE(dan.phone(), QStringLiteral("+44 20 7946 0003"));
    QCOMPARE(dan.tags, list({"Clients", "VIP"}));
    QCOMPARE(dan.notes, QStringLiteral("Orders on Mondays"));
    QCOMPARE(ContactPoint::toStored(dan.emails), QStringLiteral("work:dan@deli.example\nwork:dan@home.example"));
    QCOMPARE(ContactPoint::toStored(dan.phones), QStringLiteral("work:+44 20 7946 0003\nmobile:07700 900003\nhome:+44 20 7946 9999"));
    const Client &eve = result.clients.at(1).client;
    QCOMPARE(eve.name, QStringLiteral("Eve J. Fox"));
    QCOMPARE(eve.phone(), QStringLiteral("07700 900004"));
    QCOMPARE(eve.email(), QString());
}

void tst_ClientImport::shouldTakeTheFirstOfSeveralValuesInOneGoogleCell()
{
    // GIVEN a Google export where one cell holds two addresses, as Google writes them: "a ::: b"
    const QByteArray data = csv(googleHeader(), {Cells{{QStringLiteral("First Name"), QStringLiteral("Ann")},
                                                       {QStringLiteral("E-mail 1 - Label"), QStringLiteral("* Work ::: Other")},
                                                       {QStringLiteral("E-mail 1 - Value"),
                                                        QStringLiteral("ann@acme.example ::: ann@old.example")},
                                                       {QStringLiteral("Phone 1 - Value"),
                                                        QStringLiteral("+44 7700 900001 ::: +44 20 7946 0001")}}});

    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);

    // THEN the client gets the first address and phone, not the whole cell
    QCOMPARE(problemsOf(result), QStringList());
    QCOMPARE(result.clients.size(), 1);
    QCOMPARE(result.clients.at(0).client.email(), QStringLiteral("ann@acme.example"));
    QCOMPARE(result.clients.at(0).client.phone(), QStringLiteral("+44 7700 900001"));
    // AND the others are kept after it, with their labels
    QCOMPARE(result.clients.at(0).client.notes, QString());
    QCOMPARE(ContactPoint::toStored(result.clients.at(0).client.emails), QStringLiteral("work:ann@acme.example\nwork:ann@old.example"));
    QCOMPARE(ContactPoint::toStored(result.clients.at(0).client.phones), QStringLiteral("work:+44 7700 900001\nwork:+44 20 7946 0001"));
}

void tst_ClientImport::shouldReadAThunderbirdExport_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QChar(QLatin1Char(','));
    QTest::newRow("semicolon, as a German Thunderbird writes it") << QChar(QLatin1Char(';'));
}

void tst_ClientImport::shouldReadAThunderbirdExport()
{
    QFETCH(QChar, delimiter);

    // GIVEN a Thunderbird address book: a full card, one without a display name, one with only an
    // address and one with only a mobile number
    const QByteArray data = thunderbirdFile(
        delimiter, {Cells{{QStringLiteral("First Name"), QStringLiteral("Hanne")},
                          {QStringLiteral("Last Name"), QStringLiteral("Vold")},
                          {QStringLiteral("Display Name"), QStringLiteral("Hanne K. Vold")},
                          {QStringLiteral("Nickname"), QStringLiteral("HK")},
                          {QStringLiteral("Primary Email"), QStringLiteral("hanne@fjordbakeri.example")},
                          {QStringLiteral("Secondary Email"), QStringLiteral("hanne.vold@home.example")},
                          {QStringLiteral("Home Phone"), QStringLiteral("+47 22 00 00 01")},
                          {QStringLiteral("Fax Number"), QStringLiteral("+47 22 00 00 09")},
                          {QStringLiteral("Mobile Number"), QStringLiteral("+47 900 00 001")},
                          {QStringLiteral("Work City"), QStringLiteral("Bergen")},
                          {QStringLiteral("Job Title"), QStringLiteral("Owner")},
                          {QStringLiteral("Organization"), QStringLiteral("Fjord Bakeri; Kafé AS")},
                          {QStringLiteral("Notes"), QStringLiteral("Likes rye, not wheat.\r\nCall before 10.")}},
                    Cells{{QStringLiteral("First Name"), QStringLiteral("Olav")},
                          {QStringLiteral("Last Name"), QStringLiteral("Berg")},
                          {QStringLiteral("Primary Email"), QStringLiteral("olav@bergsag.example")},
                          {QStringLiteral("Work Phone"), QStringLiteral("+47 55 00 00 02")},
                          {QStringLiteral("Mobile Number"), QStringLiteral("+47 900 00 002")}},
                    Cells{{QStringLiteral("Primary Email"), QStringLiteral("post@ukjent.example")}},
                    Cells{{QStringLiteral("Mobile Number"), QStringLiteral("+47 900 00 003")}},
                    Cells{{QStringLiteral("Nickname"), QStringLiteral("Nobody")}, {QStringLiteral("Work City"), QStringLiteral("Oslo")}}});

    // WHEN it is loaded and checked
    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);

    // THEN it is recognised, and every contact with a name, an email or a phone is a client
    QCOMPARE(import.formatName(), QStringLiteral("Thunderbird address book export"));
    QCOMPARE(problemsOf(result), QStringList{QStringLiteral("7: A client needs a name or a company.")});
    QCOMPARE(result.clientLines, (QVector<int>{2, 4, 5, 6}));
    QCOMPARE(result.nameMissing, (QVector<bool>{false, false, true, true}));

    // AND the display name, the primary email and the first of work, mobile and home phone are the
    // client's; the secondary email and the other phones are kept in the notes
    const Client &hanne = result.clients.at(0).client;
    QCOMPARE(hanne.name, QStringLiteral("Hanne K. Vold"));
    QCOMPARE(hanne.company, QStringLiteral("Fjord Bakeri; Kafé AS"));
    QCOMPARE(hanne.email(), QStringLiteral("hanne@fjordbakeri.example"));
    QCOMPARE(hanne.phone(), QStringLiteral("+47 900 00 001"));
    QCOMPARE(hanne.notes, QStringLiteral("Likes rye, not wheat.\nCall before 10."));
    QCOMPARE(ContactPoint::toStored(hanne.emails), QStringLiteral("work:hanne@fjordbakeri.example\nwork:hanne.vold@home.example"));
    QCOMPARE(ContactPoint::toStored(hanne.phones), QStringLiteral("mobile:+47 900 00 001\nhome:+47 22 00 00 01\nother:+47 22 00 00 09"));
    const Client &olav = result.clients.at(1).client;
    QCOMPARE(olav.name, QStringLiteral("Olav Berg"));
    QCOMPARE(olav.email(), QStringLiteral("olav@bergsag.example"));
    QCOMPARE(olav.phone(), QStringLiteral("+47 55 00 00 02"));
    QCOMPARE(olav.notes, QString());
    QCOMPARE(olav.phones.size(), 2);
    QCOMPARE(olav.phones.at(1).value, QStringLiteral("+47 900 00 002"));
    QCOMPARE(result.clients.at(2).client.name, QStringLiteral("post@ukjent.example"));
    QCOMPARE(result.clients.at(2).client.email(), QStringLiteral("post@ukjent.example"));
    QCOMPARE(result.clients.at(3).client.name, QStringLiteral("+47 900 00 003"));
    QCOMPARE(result.clients.at(3).client.phone(), QStringLiteral("+47 900 00 003"));
}

void tst_ClientImport::shouldImportAContactWithOnlyAnEmailOrAPhone_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QVector<bool>>("nameMissing");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("Google: only an email, only a phone, both")
        << csv(googleHeader(), {Cells{{QStringLiteral("E-mail 1 - Value"), QStringLiteral("mia@example.org")}},
                                Cells{{QStringLiteral("Phone 1 - Value"), QStringLiteral("+39 06 0000 0001")}},
                                Cells{{QStringLiteral("E-mail 1 - Value"), QStringLiteral(" ivo@example.org ")},
                                      {QStringLiteral("Phone 1 - Value"), QStringLiteral("+39 06 0000 0002")}},
                                Cells{{QStringLiteral("First Name"), QStringLiteral("Lia")}}})
        << list({"mia@example.org", "+39 06 0000 0001", "ivo@example.org", "Lia"}) << QVector<bool>{true, true, true, false}
        << QStringList();
    QTest::newRow("Google: a second address only in another column")
        << csv(googleHeader(), {Cells{{QStringLiteral("E-mail 2 - Value"), QStringLiteral("second@example.org")}}})
        << list({"second@example.org"}) << QVector<bool>{true} << QStringList();
    QTest::newRow("a company without a name is not marked")
        << QByteArrayLiteral("name,company,email\n,Nordlys AS,post@nordlys.example\n") << QStringList{QString()}
        << QVector<bool>{false} << QStringList();
    QTest::newRow("only notes and tags is still a bad row")
        << QByteArrayLiteral("name,email,phone,notes,tags\n,,,met once,vip\n , , ,,\nAnn,,,,\n")
        << list({"Ann"}) << QVector<bool>{false} << QStringList{QStringLiteral("2: A client needs a name or a company.")};
    QTest::newRow("hostile: a blank email and a phone of spaces")
        << QByteArrayLiteral("name,email,phone,notes\n,   ,   ,x\n") << QStringList() << QVector<bool>()
        << QStringList{QStringLiteral("2: A client needs a name or a company.")};
    QTest::newRow("vCard: only a phone")
        << QByteArrayLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nTEL;TYPE=CELL:+39 333 000 0003\r\nEND:VCARD\r\n")
        << list({"+39 333 000 0003"}) << QVector<bool>{true} << QStringList();
}

void tst_ClientImport::shouldImportAContactWithOnlyAnEmailOrAPhone()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, names);
    QFETCH(QVector<bool>, nameMissing);
    QFETCH(QStringList, problems);

    // WHEN a file with contacts that have no name is loaded and checked
    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);

    // THEN each is a client named after its email, or else its phone, and marked as such
    QStringList actual;
    for (const ClientRecord &record : result.clients)
        actual.append(record.client.name);
    QCOMPARE(actual, names);
    QCOMPARE(result.nameMissing, nameMissing);
    QCOMPARE(problemsOf(result), problems);
    // AND each can be stored
    for (const ClientRecord &record : result.clients)
        QCOMPARE(ClientStore::validationError(record.client), QString());
}

void tst_ClientImport::shouldKeepTheStoredNameWhenAContactWithoutANameUpdatesIt()
{
    // GIVEN Ann stored, and a Google export where her address has only a phone beside it
    const qint64 ann = add(makeAnn());
    QVERIFY(ann > 0);
    const QByteArray data = csv(googleHeader(), {Cells{{QStringLiteral("E-mail 1 - Value"), QStringLiteral("ann@acme.example")},
                                                       {QStringLiteral("Phone 1 - Value"), QStringLiteral("+44 7700 900001")}}});
    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);
    QCOMPARE(duplicatesOf(result), QStringList{QStringLiteral("0 -> %1 (same email)").arg(ann)});

    // WHEN the owner chooses to update the stored client
    QVector<ClientRecord> additions;
    QVector<Client> updates;
    import.resolve(result, {ClientImport::DuplicatePolicy::Update}, *m_store, &additions, &updates);

    // THEN Ann keeps her name and gets the phone
    QCOMPARE(additions.size(), 0);
    QCOMPARE(updates.size(), 1);
    QCOMPARE(updates.at(0).name, QStringLiteral("Ann Smith"));
    QCOMPARE(updates.at(0).phone(), QStringLiteral("+44 7700 900001"));
}

void tst_ClientImport::shouldReadTheEncodingTheFileIsIn_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("company");

    const QString text = u("Display Name,Primary Email,Organization\r\nZoë Straße,zoe@example.de,Café “Œuvre” €\r\n");
    const auto utf16 = [&text](bool littleEndian, bool bom) {
        QByteArray data;
        const QString all = (bom ? QString(QChar(0xFEFF)) : QString()) + text;
        for (const QChar c : all) {
            const char bytes[2] = {char(c.unicode() & 0xFF), char(c.unicode() >> 8)};
            data.append(bytes[littleEndian ? 0 : 1]);
            data.append(bytes[littleEndian ? 1 : 0]);
        }
        return data;
    };
    const QString zoe = u("Zoë Straße");
    const QString cafe = u("Café “Œuvre” €");
    using E = TextEncoding::Encoding;
    QTest::newRow("UTF-8") << text.toUtf8() << int(E::Utf8) << zoe << cafe;
    QTest::newRow("UTF-8 with a BOM") << QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8() << int(E::Utf8) << zoe << cafe;
    QTest::newRow("UTF-16 LE with a BOM, as Outlook writes it") << utf16(true, true) << int(E::Utf16LE) << zoe << cafe;
    QTest::newRow("UTF-16 BE with a BOM") << utf16(false, true) << int(E::Utf16BE) << zoe << cafe;
    QTest::newRow("UTF-16 LE without a BOM") << utf16(true, false) << int(E::Utf16LE) << zoe << cafe;
    QTest::newRow("UTF-16 BE without a BOM") << utf16(false, false) << int(E::Utf16BE) << zoe << cafe;
    QTest::newRow("Windows-1252")
        << QByteArrayLiteral("Display Name,Primary Email,Organization\r\nZo\xEB Stra\xDF" "e,zoe@example.de,Caf\xE9 \x93\x8Cuvre\x94 \x80\r\n")
        << int(E::Windows1252) << zoe << cafe;
    QTest::newRow("vCard in UTF-16 LE without a BOM")
        << [&] {
               QByteArray data;
               for (const QChar c : u("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Straße\r\nORG:Café “Œuvre” €\r\nEND:VCARD\r\n"))
                   data.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
               return data;
           }()
        << int(E::Utf16LE) << zoe << cafe;
}

void tst_ClientImport::shouldReadTheEncodingTheFileIsIn()
{
    QFETCH(QByteArray, data);
    QFETCH(int, encoding);
    QFETCH(QString, name);
    QFETCH(QString, company);

    // WHEN a file is loaded without saying its encoding
    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);

    // THEN its encoding is recognised and every letter is right
    QCOMPARE(int(import.encoding()), encoding);
    QCOMPARE(problemsOf(result), QStringList());
    QCOMPARE(result.clients.size(), 1);
    QCOMPARE(result.clients.at(0).client.name, name);
    QCOMPARE(result.clients.at(0).client.company, company);
}

void tst_ClientImport::shouldRefuseBytesThatAreNotTextInTheChosenEncoding()
{
    // GIVEN a Windows-1252 file
    const QByteArray data = QByteArrayLiteral("name\nAnn\nZo\xEB\n");

    // WHEN it is read as UTF-8 because the owner chose so
    ClientImport import;
    QString error;
    const bool loaded = import.load(data, TextEncoding::Encoding::Utf8, &error);

    // THEN it is refused, naming the line, and nothing is read
    QVERIFY(!loaded);
    QCOMPARE(error, QStringLiteral("line 3: the file is not text in this encoding; choose another encoding"));
    QCOMPARE(import.rowCount(), 0);

    // AND read as Windows-1252 it gives the right letters
    QVERIFY2(import.load(data, TextEncoding::Encoding::Windows1252, &error), qPrintable(error));
    QCOMPARE(import.encoding(), TextEncoding::Encoding::Windows1252);
    QCOMPARE(import.rows().at(1).fields, QStringList{u("Zoë")});
}

void tst_ClientImport::shouldNeverStoreAReplacementCharacter_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("problems");

    const QString lost = QStringLiteral("a letter in this row could not be read and shows as \"%1\"; correct it in the file or "
                                        "choose another encoding")
                             .arg(QChar(QChar::ReplacementCharacter));
    QTest::newRow("CSV in UTF-8 that already holds one")
        << QByteArrayLiteral("name,notes\nAnn,ok\nZo\xEF\xBF\xBD,x\nBob,lost \xEF\xBF\xBD here\n")
        << QStringList{QStringLiteral("3: ") + lost, QStringLiteral("4: ") + lost};
    QTest::newRow("UTF-16 with an odd last byte")
        << QByteArrayLiteral("\xFF\xFEn\0a\0m\0e\0\n\0A\0n\0n\0\n\0Z\0") + QByteArrayLiteral("x")
        << QStringList{QStringLiteral("3: ") + lost};
    QTest::newRow("vCard value in a CHARSET whose bytes hold one")
        << QByteArrayLiteral("BEGIN:VCARD\r\nFN:Ann\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN;ENCODING=QUOTED-PRINTABLE:Zo=EF=BF=BD\r\nEND:VCARD\r\n")
        << QStringList{QStringLiteral("4: ") + lost};
}

void tst_ClientImport::shouldNeverStoreAReplacementCharacter()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, problems);

    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);

    // THEN a row holding U+FFFD is a bad row with its reason, and no client holds one
    QCOMPARE(problemsOf(result).join(QLatin1Char('|')), problems.join(QLatin1Char('|')));
    for (const ClientRecord &record : result.clients)
        QVERIFY(!describe(record.client).contains(QChar(QChar::ReplacementCharacter)));
}

void tst_ClientImport::shouldStoreNotesWithLfWhateverTheLineEnds_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("notes");
    QTest::addColumn<QVector<int>>("lines");

    QTest::newRow("CR CR LF: a file converted twice")
        << QByteArrayLiteral("name,notes\r\r\nAnn,\"one\r\r\ntwo\"\r\r\nBob,x\r\r\n") << list({"one\ntwo", "x"})
        << QVector<int>{2, 4};
    QTest::newRow("lone CR: an old Macintosh file")
        << QByteArrayLiteral("name,notes\rAnn,\"one\rtwo\"\rBob,x\r") << list({"one\ntwo", "x"}) << QVector<int>{2, 4};
    QTest::newRow("CR LF inside quoted notes of an LF file")
        << QByteArrayLiteral("name,notes\nAnn,\"one\r\ntwo\r\nthree\"\nBob,x\n") << list({"one\ntwo\nthree", "x"})
        << QVector<int>{2, 5};
    QTest::newRow("vCard note with CR LF in quoted-printable")
        << QByteArrayLiteral("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ann\r\nNOTE;ENCODING=QUOTED-PRINTABLE:one=0D=0Atwo\r\nEND:VCARD\r\n")
        << list({"one\ntwo"}) << QVector<int>{1};
}

void tst_ClientImport::shouldStoreNotesWithLfWhateverTheLineEnds()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, notes);
    QFETCH(QVector<int>, lines);

    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);

    QCOMPARE(problemsOf(result), QStringList());
    QStringList actual;
    for (const ClientRecord &record : result.clients)
        actual.append(record.client.notes);
    QCOMPARE(actual, notes);
    QCOMPARE(result.clientLines, lines);
}

void tst_ClientImport::shouldBuildTheNameFromFirstMiddleAndLast_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("middle");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("expected");

    QTest::newRow("all three") << QStringLiteral("Ann") << QStringLiteral("Marie") << QStringLiteral("Smith")
                               << QStringLiteral("Ann Marie Smith");
    QTest::newRow("no middle") << QStringLiteral("Ann") << QString() << QStringLiteral("Smith") << QStringLiteral("Ann Smith");
    QTest::newRow("only first") << QStringLiteral("Ann") << QString() << QString() << QStringLiteral("Ann");
    QTest::newRow("only last") << QString() << QString() << QStringLiteral("Smith") << QStringLiteral("Smith");
    QTest::newRow("middle and last") << QString() << QStringLiteral("Marie") << QStringLiteral("Smith")
                                     << QStringLiteral("Marie Smith");
    QTest::newRow("spaces trimmed") << QStringLiteral("  Ann ") << QStringLiteral(" ") << QStringLiteral(" Smith  ")
                                    << QStringLiteral("Ann Smith");
    QTest::newRow("unicode") << u("Zoë") << QString() << u("Ødegård") << u("Zoë Ødegård");
}

void tst_ClientImport::shouldBuildTheNameFromFirstMiddleAndLast()
{
    QFETCH(QString, first);
    QFETCH(QString, middle);
    QFETCH(QString, last);
    QFETCH(QString, expected);

    const QByteArray data =
        row(list({"First Name", "Middle Name", "Last Name", "Company"})) + row({first, middle, last, QStringLiteral("Acme")});
    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);

    QCOMPARE(problemsOf(result), QStringList());
    QCOMPARE(result.clients.size(), 1);
    QCOMPARE(result.clients.at(0).client.name, expected);
}

void tst_ClientImport::shouldTurnLabelsAndCategoriesIntoTags_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("Google labels") << QStringLiteral("Labels") << QStringLiteral("* myContacts ::: Clients ::: VIP")
                                   << list({"Clients", "VIP"});
    QTest::newRow("Google system groups only") << QStringLiteral("Labels") << QStringLiteral("* starred ::: * myContacts")
                                               << QStringList();
    QTest::newRow("Google, repeated in another case") << QStringLiteral("Group Membership")
                                                      << QStringLiteral("Clients ::: clients ::: VIP") << list({"Clients", "VIP"});
    QTest::newRow("Outlook categories") << QStringLiteral("Categories") << QStringLiteral("Retail;Weekly")
                                        << list({"Retail", "Weekly"});
    QTest::newRow("Rapport tags") << QStringLiteral("Tags") << QStringLiteral("retail, weekly") << list({"retail", "weekly"});
    QTest::newRow("empty") << QStringLiteral("Labels") << QString() << QStringList();
}

void tst_ClientImport::shouldTurnLabelsAndCategoriesIntoTags()
{
    QFETCH(QString, column);
    QFETCH(QString, cell);
    QFETCH(QStringList, expected);

    const QByteArray data = row({QStringLiteral("Name"), column}) + row({QStringLiteral("Ann"), cell});
    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);

    QCOMPARE(problemsOf(result), QStringList());
    QCOMPARE(result.clients.size(), 1);
    QCOMPARE(result.clients.at(0).client.tags, expected);
}

void tst_ClientImport::shouldBringScoresOntoTheTenPointScale_data()
{
    QTest::addColumn<QString>("scale");
    QTest::addColumn<QString>("satisfaction");
    QTest::addColumn<QString>("repurchase");
    QTest::addColumn<double>("expectedSatisfaction");
    QTest::addColumn<double>("expectedRepurchase");
    QTest::addColumn<QString>("problem");

    QTest::newRow("1-5: 1 and 5") << QStringLiteral("1-5") << QStringLiteral("1") << QStringLiteral("5") << 0.0 << 10.0 << QString();
    QTest::newRow("1-5: 3 and 4") << QStringLiteral("1-5") << QStringLiteral("3") << QStringLiteral("4") << 5.0 << 7.5 << QString();
    QTest::newRow("1-5: 2 and 4.5") << QStringLiteral("1-5") << QStringLiteral("2") << QStringLiteral("4.5") << 2.5 << 8.8 << QString();
    QTest::newRow("1-7: 4 and 1") << QStringLiteral("1-7") << QStringLiteral("4") << QStringLiteral("1") << 5.0 << 0.0 << QString();
    QTest::newRow("1-7: 7 and 2") << QStringLiteral("1-7") << QStringLiteral("7") << QStringLiteral("2") << 10.0 << 1.7 << QString();
    QTest::newRow("1-10: 1 and 10") << QStringLiteral("1-10") << QStringLiteral("1") << QStringLiteral("10") << 0.0 << 10.0 << QString();
    QTest::newRow("1-10: 5.5 and 4") << QStringLiteral("1-10") << QStringLiteral("5.5") << QStringLiteral("4") << 5.0 << 3.3 << QString();
    QTest::newRow("0-10: identity") << QStringLiteral("0-10") << QStringLiteral("7.3") << QStringLiteral("0") << 7.3 << 0.0 << QString();
    QTest::newRow("0-10: 10 and spaces") << QStringLiteral("0-10") << QStringLiteral(" 10 ") << QStringLiteral("9.96") << 10.0 << 10.0
                                         << QString();
    QTest::newRow("empty cells keep the default") << QStringLiteral("1-5") << QString() << QString() << 5.0 << 5.0 << QString();

    QTest::newRow("1-5: 0 is out of range") << QStringLiteral("1-5") << QStringLiteral("0") << QStringLiteral("3") << 0.0 << 0.0
                                            << QStringLiteral("2: satisfaction 0 is outside the scale 1-5");
    QTest::newRow("1-5: 6 is out of range") << QStringLiteral("1-5") << QStringLiteral("3") << QStringLiteral("6") << 0.0 << 0.0
                                            << QStringLiteral("2: likelihood to repurchase 6 is outside the scale 1-5");
    QTest::newRow("1-7: 7.5 is out of range") << QStringLiteral("1-7") << QStringLiteral("7.5") << QStringLiteral("3") << 0.0 << 0.0
                                              << QStringLiteral("2: satisfaction 7.5 is outside the scale 1-7");
    QTest::newRow("1-10: 0 is out of range") << QStringLiteral("1-10") << QStringLiteral("0") << QStringLiteral("3") << 0.0 << 0.0
                                             << QStringLiteral("2: satisfaction 0 is outside the scale 1-10");
    QTest::newRow("0-10: 10.5 is out of range") << QStringLiteral("0-10") << QStringLiteral("10.5") << QStringLiteral("3") << 0.0
                                                << 0.0 << QStringLiteral("2: satisfaction 10.5 is outside the scale 0-10");
    QTest::newRow("0-10: -1 is out of range") << QStringLiteral("0-10") << QStringLiteral("5") << QStringLiteral("-1") << 0.0 << 0.0
                                              << QStringLiteral("2: likelihood to repurchase -1 is outside the scale 0-10");
    QTest::newRow("not a number") << QStringLiteral("0-10") << QStringLiteral("high") << QStringLiteral("3") << 0.0 << 0.0
                                  << QStringLiteral("2: satisfaction \"high\" is not a number");
    QTest::newRow("two points") << QStringLiteral("1-5") << QStringLiteral("3") << QStringLiteral("4.5.1") << 0.0 << 0.0
                                << QStringLiteral("2: likelihood to repurchase \"4.5.1\" is not a number");
    QTest::newRow("not a finite number") << QStringLiteral("0-10") << QStringLiteral("nan") << QStringLiteral("3") << 0.0 << 0.0
                                         << QStringLiteral("2: satisfaction \"nan\" is not a number");
    QTest::newRow("infinity") << QStringLiteral("0-10") << QStringLiteral("3") << QStringLiteral("inf") << 0.0 << 0.0
                              << QStringLiteral("2: likelihood to repurchase \"inf\" is not a number");
    QTest::newRow("a percentage") << QStringLiteral("0-10") << QStringLiteral("80%") << QStringLiteral("3") << 0.0 << 0.0
                                  << QStringLiteral("2: satisfaction \"80%\" is not a number");
}

void tst_ClientImport::shouldBringScoresOntoTheTenPointScale()
{
    QFETCH(QString, scale);
    QFETCH(QString, satisfaction);
    QFETCH(QString, repurchase);
    QFETCH(double, expectedSatisfaction);
    QFETCH(double, expectedRepurchase);
    QFETCH(QString, problem);

    // GIVEN survey answers on the scale named for the import
    ClientImport::Scale key = ClientImport::Scale::ZeroToTen;
    QVERIFY(ClientImport::scaleFromKey(scale, &key));
    QCOMPARE(ClientImport::scaleName(key), scale);
    const QByteArray data = row(list({"name", "satisfaction", "repurchase"})) + row({QStringLiteral("Ann"), satisfaction, repurchase});
    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    import.setScales(key, key);

    // WHEN the rows are checked
    const ImportResult result = import.analyse(*m_store);

    // THEN the scores are on 0-10, or the row is a problem with its line and reason
    if (problem.isEmpty()) {
        QCOMPARE(problemsOf(result), QStringList());
        QCOMPARE(result.clients.size(), 1);
        QCOMPARE(result.clients.at(0).client.satisfaction, expectedSatisfaction);
        QCOMPARE(result.clients.at(0).client.repurchase, expectedRepurchase);
    } else {
        QCOMPARE(problemsOf(result), QStringList{problem});
        QCOMPARE(result.clients.size(), 0);
    }
}

void tst_ClientImport::shouldAcceptADecimalCommaInASemicolonFile()
{
    // GIVEN a semicolon file as a German or French spreadsheet saves it
    const QByteArray data = QByteArrayLiteral("name;satisfaction;repurchase;notes\r\nAnn;7,5;8,2;one, two\r\nBob;3;4,25;\r\n");
    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));

    const ImportResult result = import.analyse(*m_store);

    // THEN "7,5" is seven and a half, and a comma elsewhere stays in its field
    QCOMPARE(problemsOf(result), QStringList());
    QCOMPARE(result.clients.size(), 2);
    QCOMPARE(result.clients.at(0).client.satisfaction, 7.5);
    QCOMPARE(result.clients.at(0).client.repurchase, 8.2);
    QCOMPARE(result.clients.at(0).client.notes, QStringLiteral("one, two"));
    QCOMPARE(result.clients.at(1).client.satisfaction, 3.0);
    QCOMPARE(result.clients.at(1).client.repurchase, 4.3);
}

void tst_ClientImport::shouldListEveryBadRowWithItsLineAndWriteNothing()
{
    // GIVEN a stored client and a file with good rows and several bad ones, one good row spanning two lines
    QVERIFY(add(makeClient(QStringLiteral("Zed"), QStringLiteral("Zed Co"), QStringLiteral("zed@zed.example"))) > 0);
    const QByteArray data = QByteArrayLiteral("name,company,email,satisfaction,repurchase,notes\r\n" // 1
                                              "Ann,Acme,ann@acme.example,8,7,ok\r\n"                 // 2
                                              "Bob,Brick,bob@brick.example,eleven,5,bad\r\n"         // 3
                                              "Cara,Cafe,,5,5,\"two\r\nlines\"\r\n"                  // 4-5
                                              "Dan,,dan@deli.example,5,12,x\r\n"                     // 6
                                              ",,,,,\r\n"                                            // 7
                                              ",,e@x.example,5,5,\r\n"                               // 8: named after its email
                                              "Eve,Eve Co,,-1,3,\r\n"                                // 9
                                              "Fay,Fay Co,,5,5,\"a,b\"\r\n");                        // 10
    const QByteArray before = fileState(path());

    // WHEN the file is loaded and checked
    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);

    // THEN every bad row is listed with its line and reason, in file order
    QCOMPARE(problemsOf(result), (QStringList{QStringLiteral("3: satisfaction \"eleven\" is not a number"),
                                              QStringLiteral("6: likelihood to repurchase 12 is outside the scale 0-10"),
                                              QStringLiteral("9: satisfaction -1 is outside the scale 0-10")}));
    QVERIFY(!result.isClean());
    QCOMPARE(result.clients.size(), 4);
    QCOMPARE(result.clientLines, (QVector<int>{2, 4, 8, 10}));
    QCOMPARE(result.clients.at(1).client.notes, QStringLiteral("two\nlines"));
    QCOMPARE(result.clients.at(2).client.name, QStringLiteral("e@x.example"));
    QCOMPARE(result.nameMissing, (QVector<bool>{false, false, true, false}));

    // AND nothing was written: the store and the file are as they were
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(fileState(path()), before);
    ClientStore reopened;
    QVERIFY2(reopened.open(path()), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.count(), 1);
    QCOMPARE(reopened.at(0).name, QStringLiteral("Zed"));
}

void tst_ClientImport::shouldWriteTheSkippedRowsWithTheirLineAndReason()
{
    // GIVEN a semicolon file whose bad rows hold a line break, a formula-like cell and too few cells
    const QByteArray data = QByteArrayLiteral("name;notes;satisfaction\n"   // 1
                                              "Ann;ok;8\n"                  // 2
                                              "Bob;\"two\nlines\";eleven\n" // 3-4
                                              "Cy;=1+1;12\n"                // 5
                                              ";x\n");                      // 6
    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);
    QCOMPARE(result.clients.size(), 1);

    // WHEN the skipped rows are written out
    const QByteArray skipped = import.skippedRowsCsv(result);

    // THEN they keep the file's columns and delimiter, then the line and the reason
    QCOMPARE(QString::fromUtf8(skipped),
             QStringLiteral("name;notes;satisfaction;line;reason\r\n"
                            "Bob;\"two\nlines\";eleven;3;\"satisfaction \"\"eleven\"\" is not a number\"\r\n"
                            "Cy;'=1+1;12;5;satisfaction 12 is outside the scale 0-10\r\n"
                            ";x;;6;A client needs a name or a company.\r\n"));

    // AND read back, the file gives the same cells
    ClientImport again;
    QVERIFY2(again.load(skipped, &error), qPrintable(error));
    QCOMPARE(again.rows().size(), 3);
    QCOMPARE(again.rows().at(0).fields, list({"Bob", "two\nlines", "eleven", "3", "satisfaction \"eleven\" is not a number"}));
}

void tst_ClientImport::shouldPutTheSkippedRowsBesideTheFile_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("skipped");
    QTest::newRow("csv") << QStringLiteral("/home/a/clients.csv") << QStringLiteral("/home/a/clients.skipped.csv");
    QTest::newRow("vcard") << QStringLiteral("/home/a/phone.vcf") << QStringLiteral("/home/a/phone.skipped.csv");
    QTest::newRow("no suffix") << QStringLiteral("/home/a.b/export") << QStringLiteral("/home/a.b/export.skipped.csv");
    QTest::newRow("relative") << QStringLiteral("clients.csv") << QStringLiteral("clients.skipped.csv");
    QTest::newRow("skipped again") << QStringLiteral("clients.skipped.csv") << QStringLiteral("clients.skipped.skipped.csv");
}

void tst_ClientImport::shouldPutTheSkippedRowsBesideTheFile()
{
    QFETCH(QString, input);
    QFETCH(QString, skipped);
    QCOMPARE(ClientImport::skippedRowsPath(input), skipped);
}

void tst_ClientImport::shouldRefuseAMalformedFileWithTheParsersMessage_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("errorPrefix");

    QTest::newRow("empty file") << QByteArray() << QStringLiteral("line 1: the file is empty");
    QTest::newRow("only blank lines") << QByteArrayLiteral("\r\n\r\n") << QStringLiteral("line 1: the file is empty");
    QTest::newRow("unclosed quote") << QByteArrayLiteral("name,notes\nAnn,\"open\nBob,x\n")
                                    << QStringLiteral("line 2: a quoted field is never closed");
    QTest::newRow("vCard without END") << QByteArrayLiteral("\r\nBEGIN:VCARD\r\nFN:Ann\r\n")
                                       << QStringLiteral("line 2: the vCard that begins here never ends");
    QTest::newRow("vCard with a BOM and BEGIN twice")
        << QByteArrayLiteral("\xEF\xBB\xBF" "BEGIN:VCARD\r\nBEGIN:VCARD\r\nEND:VCARD\r\n")
        << QStringLiteral("line 2: a new vCard begins before the previous one ended");
}

void tst_ClientImport::shouldRefuseAMalformedFileWithTheParsersMessage()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, errorPrefix);

    ClientImport import;
    QString error;
    QVERIFY(!import.load(data, &error));
    QVERIFY2(error.startsWith(errorPrefix), qPrintable(QStringLiteral("error \"%1\", expected \"%2...\"").arg(error, errorPrefix)));
    QCOMPARE(import.rowCount(), 0);
}

void tst_ClientImport::shouldWriteNothingWhenOneClientOfAnImportIsInvalid()
{
    // GIVEN a stored client, and an import of two good new clients, one bad one and an update
    const qint64 zed = add(makeClient(QStringLiteral("Zed"), QStringLiteral("Zed Co"), QStringLiteral("zed@zed.example"), 8.0, 8.0));
    QVERIFY(zed > 0);
    const QVector<Client> stored = m_store->clients();
    const QByteArray before = fileState(path());
    QVector<ClientRecord> additions = {{makeClient(QStringLiteral("Ann"), QString(), QString()), {}, {}},
                                       {makeClient(QStringLiteral("Bob"), QString(), QString()), {}, {}},
                                       {makeClient(QString(), QString(), QStringLiteral("nobody@x.example")), {}, {}}};
    Client update = stored.at(0);
    update.satisfaction = 1.0;

    // WHEN it is written
    QVector<qint64> added;
    QVector<qint64> changes;
    const bool ok = m_store->importClients(additions, {update}, &added, &changes);

    // THEN it fails as a whole: nothing added, nothing updated, the file untouched
    QVERIFY(!ok);
    QCOMPARE(m_store->errorString(), QStringLiteral("A client needs a name or a company."));
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(fileState(path()), before);
    ClientStore reopened;
    QVERIFY2(reopened.open(path()), qPrintable(reopened.errorString()));
    const QString diff = differenceIgnoringUpdateTime(reopened.clients(), stored);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(reopened.at(0).updatedAt, stored.at(0).updatedAt);
    QVERIFY(reopened.history(zed).isEmpty());
}

void tst_ClientImport::shouldFindDuplicatesBySameEmailOrSameNameAndCompany()
{
    // GIVEN Ann with an email and Bob without one
    const qint64 ann = add(makeAnn());
    const qint64 bob = add(makeClient(QStringLiteral("Bob Jones"), QStringLiteral("Brick Co"), QString()));
    QVERIFY(ann > 0 && bob > 0);

    // WHEN a file names Ann's email in other letters, Bob by name and company, and others
    const QByteArray data = QByteArrayLiteral("name,company,email\n"
                                              "Annie,Other,ANN@Acme.Example\n"
                                              "Bob Jones,Brick Co,bob@new.example\n"
                                              "Bob Jones,Other Co,\n"
                                              "Ann Smith,,\n"
                                              "Cara,,cara@cafe.example\n");
    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);

    // THEN exactly the two stored clients are found again, each with the reason
    QCOMPARE(problemsOf(result), QStringList());
    QCOMPARE(result.clients.size(), 5);
    QCOMPARE(duplicatesOf(result), (QStringList{QStringLiteral("0 -> %1 (same email)").arg(ann),
                                                QStringLiteral("1 -> %1 (same name and company)").arg(bob)}));
}

void tst_ClientImport::shouldResolveDuplicatesAsChosen_data()
{
    QTest::addColumn<QVector<int>>("choices");
    QTest::addColumn<QStringList>("additions");
    QTest::addColumn<QStringList>("updates");

    const int skip = int(ClientImport::DuplicatePolicy::Skip);
    const int update = int(ClientImport::DuplicatePolicy::Update);
    const int keep = int(ClientImport::DuplicatePolicy::KeepBoth);

    QTest::newRow("skip both") << QVector<int>{skip, skip} << list({"Bob Jones/Other Co", "Cara/"}) << QStringList();
    QTest::newRow("no choices count as skip") << QVector<int>{} << list({"Bob Jones/Other Co", "Cara/"}) << QStringList();
    QTest::newRow("keep both") << QVector<int>{keep, keep}
                               << list({"Annie/Other", "Bob Jones/Brick Co", "Bob Jones/Other Co", "Cara/"}) << QStringList();
    QTest::newRow("update one, keep the other")
        << QVector<int>{update, keep} << list({"Bob Jones/Brick Co", "Bob Jones/Other Co", "Cara/"})
        << list({"Annie/Other/ANN@Acme.Example"});
    QTest::newRow("update both") << QVector<int>{update, update} << list({"Bob Jones/Other Co", "Cara/"})
                                 << list({"Annie/Other/ANN@Acme.Example", "Bob Jones/Brick Co/bob@new.example"});
}

void tst_ClientImport::shouldResolveDuplicatesAsChosen()
{
    QFETCH(QVector<int>, choices);
    QFETCH(QStringList, additions);
    QFETCH(QStringList, updates);

    // GIVEN the duplicates of Ann (by email) and Bob (by name and company)
    const qint64 ann = add(makeAnn());
    const qint64 bob = add(makeClient(QStringLiteral("Bob Jones"), QStringLiteral("Brick Co"), QString()));
    QVERIFY(ann > 0 && bob > 0);
    const QByteArray data = QByteArrayLiteral("name,company,email\n"
                                              "Annie,Other,ANN@Acme.Example\n"
                                              "Bob Jones,Brick Co,bob@new.example\n"
                                              "Bob Jones,Other Co,\n"
                                              "Cara,,cara@cafe.example\n");
    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);
    QCOMPARE(result.duplicates.size(), 2);

    // WHEN the choices are applied
    QVector<ClientImport::DuplicatePolicy> policies;
    for (int choice : std::as_const(choices))
        policies.append(ClientImport::DuplicatePolicy(choice));
    QVector<ClientRecord> toAdd;
    QVector<Client> toUpdate;
    import.resolve(result, policies, *m_store, &toAdd, &toUpdate);

    // THEN skipped ones vanish, kept ones are added as new clients, updated ones are the stored clients changed
    QCOMPARE(namesOf(toAdd), additions);
    QStringList updated;
    for (const Client &client : std::as_const(toUpdate)) {
        updated.append(client.name + QLatin1Char('/') + client.company + QLatin1Char('/') + client.email());
        QVERIFY(client.id == ann || client.id == bob);
        QCOMPARE(client.id, client.name == QLatin1String("Annie") ? ann : bob);
    }
    QCOMPARE(updated, updates);
    for (const ClientRecord &record : std::as_const(toAdd))
        QCOMPARE(record.client.id, qint64(0));
}

void tst_ClientImport::shouldUpdateWithFileValuesKeepingStoredValuesForEmptyCells()
{
    // GIVEN Ann with every field filled in
    Client stored = makeAnn(8.0, 7.0);
    stored.setPhone(QStringLiteral("+44 1"));
    stored.tags = list({"retail"});
    stored.notes = QStringLiteral("old note");
    stored.idealIntervalDays = 14;
    stored.maximumIntervalDays = 30;
    const qint64 id = add(stored);
    QVERIFY(id > 0);
    const Client before = *m_store->client(id);

    // WHEN a file without score columns updates her: a new name, no phone, tags, an empty note
    const QByteArray data = QByteArrayLiteral("name,email,phone,tags,notes,company\n"
                                              "Ann S.,ann@acme.example,,\"Weekly, RETAIL\",,\n");
    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);
    QCOMPARE(duplicatesOf(result), QStringList{QStringLiteral("0 -> %1 (same email)").arg(id)});
    QVector<ClientRecord> additions;
    QVector<Client> updates;
    import.resolve(result, {ClientImport::DuplicatePolicy::Update}, *m_store, &additions, &updates);

    // THEN the file's values win, empty cells keep the stored ones, tags are merged, scores stay
    QCOMPARE(additions.size(), 0);
    QCOMPARE(updates.size(), 1);
    Client expected = before;
    expected.name = QStringLiteral("Ann S.");
    expected.tags = list({"retail", "Weekly"});
    QCOMPARE(describe(updates.at(0)), describe(expected));
    QCOMPARE(updates.at(0).id, id);
    QCOMPARE(updates.at(0).createdAt, before.createdAt);

    // AND writing it stores exactly that, with no move recorded
    QVector<qint64> added;
    QVector<qint64> changes;
    QVERIFY2(m_store->importClients(additions, updates, &added, &changes), qPrintable(m_store->errorString()));
    QVERIFY(added.isEmpty());
    QVERIFY(changes.isEmpty());
    QCOMPARE(describe(*m_store->client(id)), describe(expected));
    QVERIFY(m_store->history(id).isEmpty());
}

void tst_ClientImport::shouldReadTheAccountOwner_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("owner");       // of the new client
    QTest::addColumn<QString>("storedOwner"); // of Ann, stored as Bruno's, after the update

    const QByteArray ann = "Ann Smith,ann@acme.example,";
    const QByteArray newcomer = "Nina New,nina@acme.example,";
    const auto file = [&](const QByteArray &header, const QByteArray &annCell, const QByteArray &ninaCell) -> QByteArray {
        return "name,email," + header + '\n' + ann + annCell + '\n' + newcomer + ninaCell + '\n';
    };
    QTest::newRow("Owner") << file("Owner", "Anna", "Anna") << QStringLiteral("Anna") << QStringLiteral("Anna");
    QTest::newRow("Account owner") << file("Account owner", "Anna", "Anna") << QStringLiteral("Anna") << QStringLiteral("Anna");
    QTest::newRow("ACCOUNT OWNER, spaces") << file(" ACCOUNT OWNER ", "  Anna ", "Anna") << QStringLiteral("Anna")
                                           << QStringLiteral("Anna");
    QTest::newRow("Rapport's own") << file("owner", "Anna", "Anna") << QStringLiteral("Anna") << QStringLiteral("Anna");
    QTest::newRow("an empty cell keeps the stored owner") << file("owner", "", "") << QString() << QStringLiteral("Bruno");
    QTest::newRow("quotes and commas") << file("owner", "\"O'Brien, \"\"Bo\"\"\"", "\"O'Brien, \"\"Bo\"\"\"")
                                       << QStringLiteral("O'Brien, \"Bo\"") << QStringLiteral("O'Brien, \"Bo\"");
    // Only Rapport's own export defuses formulas, so only there is the apostrophe taken off.
    QTest::newRow("an apostrophe in another program's file") << file("owner", "'=Anna", "'=Anna") << QStringLiteral("'=Anna")
                                                             << QStringLiteral("'=Anna");
    QTest::newRow("accents and emoji") << file("owner", "Zoë 🙂", "Zoë 🙂") << QStringLiteral("Zoë 🙂") << QStringLiteral("Zoë 🙂");
    QTest::newRow("no owner column") << QByteArray("name,email\nAnn Smith,ann@acme.example\nNina New,nina@acme.example\n")
                                     << QString() << QStringLiteral("Bruno");
}

void tst_ClientImport::shouldReadTheAccountOwner()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, owner);
    QFETCH(QString, storedOwner);

    // GIVEN Ann, stored as Bruno's client
    Client stored = makeAnn(8.0, 7.0);
    stored.owner = QStringLiteral("Bruno");
    const qint64 id = add(stored);
    QVERIFY(id > 0);

    // WHEN a file updates her and adds Nina
    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);
    QVERIFY(result.isClean());
    QVector<ClientRecord> additions;
    QVector<Client> updates;
    import.resolve(result, {ClientImport::DuplicatePolicy::Update}, *m_store, &additions, &updates);
    QVector<qint64> added;
    QVector<qint64> changes;
    QVERIFY2(m_store->importClients(additions, updates, &added, &changes), qPrintable(m_store->errorString()));

    // THEN Nina has the file's owner, and Ann the file's owner, or Bruno still for an empty cell
    QCOMPARE(added.size(), 1);
    QCOMPARE(m_store->client(added.constFirst())->owner, owner);
    QCOMPARE(m_store->client(id)->owner, storedOwner);
}

void tst_ClientImport::shouldUpdateScoresOnlyWhenTheFileHasScoreColumns()
{
    // GIVEN Ann at 8/7
    const qint64 id = add(makeAnn(8.0, 7.0));
    QVERIFY(id > 0);

    // WHEN a file with only a satisfaction column updates her
    {
        ClientImport import;
        QString error;
        QVERIFY2(import.load(QByteArrayLiteral("name,email,satisfaction\nAnn Smith,ann@acme.example,2\n"), &error), qPrintable(error));
        const ImportResult result = import.analyse(*m_store);
        QVector<ClientRecord> additions;
        QVector<Client> updates;
        import.resolve(result, {ClientImport::DuplicatePolicy::Update}, *m_store, &additions, &updates);

        // THEN satisfaction changes and the likelihood to repurchase stays
        QCOMPARE(updates.size(), 1);
        QCOMPARE(updates.at(0).satisfaction, 2.0);
        QCOMPARE(updates.at(0).repurchase, 7.0);
    }

    // WHEN a file with both score columns on 1-5 updates her and is written
    ClientImport import;
    QString error;
    QVERIFY2(import.load(QByteArrayLiteral("name,email,satisfaction,repurchase\nAnn Smith,ann@acme.example,2,3\n"), &error),
             qPrintable(error));
    import.setScales(ClientImport::Scale::OneToFive, ClientImport::Scale::OneToFive);
    const ImportResult result = import.analyse(*m_store);
    QVector<ClientRecord> additions;
    QVector<Client> updates;
    import.resolve(result, {ClientImport::DuplicatePolicy::Update}, *m_store, &additions, &updates);
    QVector<qint64> added;
    QVector<qint64> changes;
    QVERIFY2(m_store->importClients(additions, updates, &added, &changes), qPrintable(m_store->errorString()));

    // THEN both scores move, and the move is recorded once as an import
    QCOMPARE(m_store->client(id)->satisfaction, 2.5);
    QCOMPARE(m_store->client(id)->repurchase, 5.0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(m_store->history(id).size(), 1);
    const SegmentChange change = m_store->history(id).at(0);
    QCOMPARE(change.id, changes.at(0));
    QCOMPARE(change.source, ChangeSource::Import);
    QCOMPARE(change.fromSatisfaction, 8.0);
    QCOMPARE(change.fromRepurchase, 7.0);
    QCOMPARE(change.toSatisfaction, 2.5);
    QCOMPARE(change.toRepurchase, 5.0);
}

void tst_ClientImport::shouldKeepStoredScoresWhenTheScoreCellIsEmpty()
{
    // GIVEN Ann at 8/7 and Bob at 3/3
    const qint64 ann = add(makeAnn(8.0, 7.0));
    const qint64 bob =
        add(makeClient(QStringLiteral("Bob Jones"), QStringLiteral("Brick"), QStringLiteral("bob@brick.example"), 3.0, 3.0));
    QVERIFY(ann > 0 && bob > 0);

    // WHEN a file with score columns has scores for Bob only, and both are updated
    ClientImport import;
    QString error;
    QVERIFY2(import.load(QByteArrayLiteral("name,email,satisfaction,repurchase\n"
                                           "Ann Smith,ann@acme.example,,\n"
                                           "Bob Jones,bob@brick.example,6,6\n"),
                         &error),
             qPrintable(error));
    const ImportResult result = import.analyse(*m_store);
    QVector<ClientRecord> additions;
    QVector<Client> updates;
    import.resolve(result, {ClientImport::DuplicatePolicy::Update, ClientImport::DuplicatePolicy::Update}, *m_store, &additions,
                   &updates);

    // THEN Ann's empty cells keep her stored scores, Bob gets the file's
    QCOMPARE(updates.size(), 2);
    QCOMPARE(updates.at(0).id, ann);
    QCOMPARE(updates.at(0).satisfaction, 8.0);
    QCOMPARE(updates.at(0).repurchase, 7.0);
    QCOMPARE(updates.at(1).id, bob);
    QCOMPARE(updates.at(1).satisfaction, 6.0);
    QCOMPARE(updates.at(1).repurchase, 6.0);
}

void tst_ClientImport::shouldImportAndUndoInOneStepEach()
{
    // GIVEN Ann (with an interaction) and Bob stored
    Client annClient = makeAnn(8.0, 7.0);
    annClient.tags = list({"retail"});
    annClient.notes = QStringLiteral("old note");
    const qint64 ann = add(annClient);
    const qint64 bob = add(makeClient(QStringLiteral("Bob Jones"), QStringLiteral("Brick Co"), QString(), 3.0, 8.0));
    QVERIFY(ann > 0 && bob > 0);
    Interaction call;
    call.clientId = ann;
    call.happenedAt = QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
    call.note = QStringLiteral("first call");
    QVERIFY(m_store->addInteraction(call) > 0);
    const QVector<Client> before = m_store->clients();
    const QVector<Interaction> annInteractions = m_store->interactions(ann);

    // WHEN a file that updates Ann's scores and adds two clients is imported
    ClientImport import;
    QString error;
    QVERIFY2(import.load(QByteArrayLiteral("name,company,email,satisfaction,repurchase,tags\n"
                                           "Ann Smith,Acme,ann@acme.example,2,2,vip\n"
                                           "Cara,Cafe,cara@cafe.example,6,6,\n"
                                           "Dan,Deli,,4,9,\n"),
                         &error),
             qPrintable(error));
    const ImportResult result = import.analyse(*m_store);
    QCOMPARE(problemsOf(result), QStringList());
    QVector<ClientRecord> additions;
    QVector<Client> updates;
    import.resolve(result, {ClientImport::DuplicatePolicy::Update}, *m_store, &additions, &updates);
    QVector<Client> previous;
    for (const Client &client : std::as_const(updates))
        previous.append(*m_store->client(client.id));
    QVector<qint64> added;
    QVector<qint64> changes;
    QSignalSpy addedSpy(m_store.get(), &ClientStore::clientsAdded);
    QVERIFY2(m_store->importClients(additions, updates, &added, &changes), qPrintable(m_store->errorString()));

    // THEN it is one step: two clients appended at once, Ann moved once, all in the file
    QCOMPARE(addedSpy.size(), 1);
    QCOMPARE(addedSpy.at(0).at(0).toInt(), 2);
    QCOMPARE(addedSpy.at(0).at(1).toInt(), 3);
    QCOMPARE(added.size(), 2);
    QCOMPARE(changes.size(), 1);
    {
        ClientStore reopened;
        QVERIFY2(reopened.open(path()), qPrintable(reopened.errorString()));
        QCOMPARE(reopened.count(), 4);
        QCOMPARE(reopened.client(ann)->satisfaction, 2.0);
        QCOMPARE(reopened.client(ann)->tags, list({"retail", "vip"}));
        QCOMPARE(reopened.client(added.at(0))->name, QStringLiteral("Cara"));
        QCOMPARE(reopened.client(added.at(1))->name, QStringLiteral("Dan"));
        QCOMPARE(reopened.history(ann).size(), 1);
        QCOMPARE(reopened.history(ann).at(0).source, ChangeSource::Import);
    }

    // WHEN it is undone
    QSignalSpy removedSpy(m_store.get(), &ClientStore::clientsRemoved);
    QVERIFY2(m_store->undoImport(added, previous, changes), qPrintable(m_store->errorString()));

    // THEN the file holds what it held before: the same clients, no recorded move, the interaction kept
    QCOMPARE(m_store->count(), 2);
    QCOMPARE(removedSpy.size(), 1);
    QString diff = differenceIgnoringUpdateTime(m_store->clients(), before);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    ClientStore reopened;
    QVERIFY2(reopened.open(path()), qPrintable(reopened.errorString()));
    diff = differenceIgnoringUpdateTime(reopened.clients(), before);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY(reopened.history(ann).isEmpty());
    QVERIFY(reopened.history(bob).isEmpty());
    QVERIFY(reopened.interactions(ann) == annInteractions);
    QVERIFY(reopened.client(added.at(0)) == nullptr);
    QVERIFY(reopened.client(added.at(1)) == nullptr);
}

void tst_ClientImport::shouldRestoreTheLastChangeTimeWhenAnImportIsUndone()
{
    // GIVEN Ann, last changed on 2024-02-11
    const qint64 ann = add(makeAnn(8.0, 7.0));
    QVERIFY(ann > 0);
    const Client before = *m_store->client(ann);
    QCOMPARE(before.updatedAt, QDateTime(QDate(2024, 2, 11), QTime(10, 30, 15, 250), Qt::UTC));

    // WHEN an import updates her and is undone
    ClientImport import;
    QString error;
    QVERIFY2(import.load(QByteArrayLiteral("name,email,satisfaction\nAnn Smith,ann@acme.example,2\n"), &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);
    QVector<ClientRecord> additions;
    QVector<Client> updates;
    import.resolve(result, {ClientImport::DuplicatePolicy::Update}, *m_store, &additions, &updates);
    QVector<qint64> added;
    QVector<qint64> changes;
    QVERIFY2(m_store->importClients(additions, updates, &added, &changes), qPrintable(m_store->errorString()));
    QVERIFY(m_store->client(ann)->updatedAt > before.updatedAt);
    QVERIFY2(m_store->undoImport(added, {before}, changes), qPrintable(m_store->errorString()));

    // THEN she is exactly as before, her last change time included, in the file too
    ClientStore reopened;
    QVERIFY2(reopened.open(path()), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.client(ann)->updatedAt.toString(Qt::ISODateWithMs), before.updatedAt.toString(Qt::ISODateWithMs));
    QVERIFY(*reopened.client(ann) == before);
}

void tst_ClientImport::shouldMatchInteractionsByEmailThenByExactName()
{
    // GIVEN Ann with an email, Bob without one, Cara with one
    const qint64 ann = add(makeAnn());
    const qint64 bob = add(makeClient(QStringLiteral("Bob Jones"), QStringLiteral("Brick Co"), QString()));
    const qint64 cara = add(makeClient(QStringLiteral("Cara Diaz"), QStringLiteral("Cafe"), QStringLiteral("cara@cafe.example")));
    QVERIFY(ann > 0 && bob > 0 && cara > 0);

    // WHEN an interaction file names them by email (in other letters), by name, or both
    const QByteArray data = QByteArrayLiteral(
        "client_email,client_name,when,kind,direction,outcome,note\r\n"                                    // 1
        "ANN@Acme.Example,Someone Else,2024-03-01T10:00:00Z,call,outbound,answered,hi\r\n"               // 2
        ",Bob Jones,2024-03-02T11:30:00.250Z,meeting,inbound,no_answer,\r\n"                              // 3
        "old@gone.example,Cara Diaz,2024-03-03T09:00:00Z,email,outbound,no_answer,\"multi\r\n"            // 4
        "line, \"\"quoted\"\"\"\r\n"                                                                       // 5
        ",,,,,,\r\n"                                                                                     // 6
        "cara@cafe.example,Bob Jones,2024-03-04T09:00:00+02:00,message,inbound,answered,'=1+1\r\n");     // 7
    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    QCOMPARE(import.kind(), ClientImport::Kind::Interactions);
    const ImportResult result = import.analyse(*m_store);

    // THEN each finds its client: the email first, the exact name when no email matches
    QCOMPARE(problemsOf(result), QStringList());
    QCOMPARE(result.interactionLines, (QVector<int>{2, 3, 4, 7}));
    QCOMPARE(result.interactions.size(), 4);
    const Interaction &first = result.interactions.at(0);
    QCOMPARE(first.clientId, ann);
    QCOMPARE(first.happenedAt, QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(first.kind, InteractionKind::Call);
    QCOMPARE(first.direction, Direction::Outbound);
    QCOMPARE(first.outcome, Outcome::Answered);
    QCOMPARE(first.note, QStringLiteral("hi"));
    const Interaction &second = result.interactions.at(1);
    QCOMPARE(second.clientId, bob);
    QCOMPARE(second.happenedAt, QDateTime(QDate(2024, 3, 2), QTime(11, 30, 0, 250), Qt::UTC));
    QCOMPARE(second.kind, InteractionKind::Meeting);
    QCOMPARE(second.direction, Direction::Inbound);
    QCOMPARE(second.outcome, Outcome::NoAnswer);
    QCOMPARE(second.note, QString());
    const Interaction &third = result.interactions.at(2);
    QCOMPARE(third.clientId, cara);
    QCOMPARE(third.kind, InteractionKind::Email);
    QCOMPARE(third.note, QStringLiteral("multi\nline, \"quoted\""));
    const Interaction &fourth = result.interactions.at(3);
    QCOMPARE(fourth.clientId, cara);
    QCOMPARE(fourth.happenedAt, QDateTime(QDate(2024, 3, 4), QTime(7, 0), Qt::UTC));
    QCOMPARE(fourth.kind, InteractionKind::Message);
    QCOMPARE(fourth.note, QStringLiteral("=1+1"));

    // AND they can be stored in one go
    QVERIFY2(m_store->addInteractions(result.interactions), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->interactions(ann).size(), 1);
    QCOMPARE(m_store->interactions(bob).size(), 1);
    QCOMPARE(m_store->interactions(cara).size(), 2);
}

void tst_ClientImport::shouldListEveryBadInteractionRow()
{
    // GIVEN Ann and Bob stored
    QVERIFY(add(makeAnn()) > 0);
    QVERIFY(add(makeClient(QStringLiteral("Bob Jones"), QStringLiteral("Brick Co"), QString())) > 0);
    const QByteArray before = fileState(path());

    // WHEN a file has an unknown client and bad values in every column that is checked
    const QByteArray data = QByteArrayLiteral("client_email,client_name,when,kind,direction,outcome,note\n"       // 1
                                              "nobody@x.example,Nobody,2024-03-01T10:00:00Z,call,outbound,answered,\n" // 2
                                              ",bob jones,2024-03-01T10:00:00Z,call,outbound,answered,\n"          // 3
                                              "ann@acme.example,,2024-13-01T10:00:00Z,call,outbound,answered,\n"   // 4
                                              "ann@acme.example,,yesterday,call,outbound,answered,\n"              // 5
                                              "ann@acme.example,,,call,outbound,answered,\n"                       // 6
                                              "ann@acme.example,,2024-03-01T10:00:00Z,visit,outbound,answered,\n"  // 7
                                              "ann@acme.example,,2024-03-01T10:00:00Z,call,sideways,answered,\n"   // 8
                                              "ann@acme.example,,2024-03-01T10:00:00Z,call,outbound,maybe,\n"      // 9
                                              ",Bob Jones,2024-03-01T10:00:00Z,call,outbound,answered,fine\n");    // 10
    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);

    // THEN every bad row is listed with its line and reason
    QCOMPARE(problemsOf(result),
             (QStringList{QStringLiteral("2: no client with the email \"nobody@x.example\" or the name \"Nobody\""),
                          QStringLiteral("3: no client with the email \"\" or the name \"bob jones\""),
                          QStringLiteral("4: \"2024-13-01T10:00:00Z\" is not a date and time like 2026-11-24T09:30:00Z"),
                          QStringLiteral("5: \"yesterday\" is not a date and time like 2026-11-24T09:30:00Z"),
                          QStringLiteral("6: \"\" is not a date and time like 2026-11-24T09:30:00Z"),
                          QStringLiteral("7: the kind \"visit\" is not one of meeting, call, email, message, other"),
                          QStringLiteral("8: the direction \"sideways\" is not outbound or inbound"),
                          QStringLiteral("9: the outcome \"maybe\" is not answered or no_answer")}));
    QCOMPARE(result.interactionLines, QVector<int>{10});

    // AND nothing was written
    QCOMPARE(fileState(path()), before);
    for (const Client &client : m_store->clients())
        QVERIFY(m_store->interactions(client.id).isEmpty());
}

void tst_ClientImport::shouldImportVCardsWithEveryEmailAndPhoneAndTheirLabels()
{
    // GIVEN cards with several addresses and phones, one with only a structured name, one with only an email
    const QByteArray data = QByteArrayLiteral("BEGIN:VCARD\r\n"                // 1
                                              "VERSION:3.0\r\n"
                                              "FN:Ann Smith\r\n"
                                              "ORG:Acme Ltd;Sales\r\n"
                                              "EMAIL;TYPE=WORK:ann@acme.example\r\n"
                                              "EMAIL;TYPE=HOME:ann@home.example\r\n"
                                              "EMAIL:ann@old.example\r\n"
                                              "TEL;TYPE=WORK:+44 20 7946 0001\r\n"
                                              "TEL;TYPE=CELL:07700 900001\r\n"
                                              "NOTE:Met at the fair.\r\n"
                                              "CATEGORIES:Clients,VIP\r\n"
                                              "END:VCARD\r\n"
                                              "BEGIN:VCARD\r\n"                // 13
                                              "VERSION:4.0\r\n"
                                              "N:Jones;Bob;;;\r\n"
                                              "TEL;VALUE=uri:tel:+44-20-7946-0002\r\n"
                                              "TEL;VALUE=uri:tel:+44-7700-900002\r\n"
                                              "END:VCARD\r\n"
                                              "BEGIN:VCARD\r\n"                // 19
                                              "VERSION:3.0\r\n"
                                              "EMAIL:nobody@x.example\r\n"
                                              "END:VCARD\r\n");

    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    QCOMPARE(import.format(), ClientImport::Format::VCard);
    QCOMPARE(import.formatName(), QStringLiteral("vCard contacts"));
    QCOMPARE(import.rowCount(), 3);
    const ImportResult result = import.analyse(*m_store);

    // THEN each card is a client with its first email and phone; the others are in the notes; the
    // card without a name is named after its email
    QCOMPARE(problemsOf(result), QStringList());
    QCOMPARE(result.clientLines, (QVector<int>{1, 13, 19}));
    QCOMPARE(result.nameMissing, (QVector<bool>{false, false, true}));
    QCOMPARE(result.clients.at(2).client.name, QStringLiteral("nobody@x.example"));
    QCOMPARE(result.clients.at(2).client.email(), QStringLiteral("nobody@x.example"));
    const Client &ann = result.clients.at(0).client;
    QCOMPARE(ann.name, QStringLiteral("Ann Smith"));
    QCOMPARE(ann.company, QStringLiteral("Acme Ltd"));
    QCOMPARE(ann.email(), QStringLiteral("ann@acme.example"));
    QCOMPARE(ann.phone(), QStringLiteral("+44 20 7946 0001"));
    QCOMPARE(ann.tags, list({"Clients", "VIP"}));
    QCOMPARE(ann.notes, QStringLiteral("Met at the fair."));
    QCOMPARE(ContactPoint::toStored(ann.emails), QStringLiteral("work:ann@acme.example\nhome:ann@home.example\nwork:ann@old.example"));
    QCOMPARE(ContactPoint::toStored(ann.phones), QStringLiteral("work:+44 20 7946 0001\nmobile:07700 900001"));
    const Client &bob = result.clients.at(1).client;
    QCOMPARE(bob.name, QStringLiteral("Bob Jones"));
    QCOMPARE(bob.company, QString());
    QCOMPARE(bob.email(), QString());
    QCOMPARE(bob.phone(), QStringLiteral("+44-20-7946-0002"));
    QCOMPARE(bob.notes, QString());
    QCOMPARE(bob.phones.size(), 2);
    QCOMPARE(bob.phones.at(1).value, QStringLiteral("+44-7700-900002"));
}

void tst_ClientImport::shouldReadALinkedInConnectionsExport_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QVector<int>>("lines");
    QTest::addColumn<QString>("ingridNotes");

    // The paragraph LinkedIn writes above the header, in its shape (our own words).
    const QByteArray preamble = "Notes:\r\n\"When exporting your connection data, you may notice that some of the email "
                                "addresses are missing. You will only see email addresses for connections who have allowed "
                                "it, see https://www.linkedin.example/psettings/privacy/email.\"\r\n\r\n";
    const QByteArray withUrl = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                               "Ingrid,Haugen,https://www.linkedin.example/in/ingrid-haugen-0a1b2c,ingrid@haugen.example,"
                               "\"Haugen Design, AS\",Founder & CEO,14 Mar 2023\r\n"
                               "Tomás,\"O'Brien \"\"Tom\"\"\",https://www.linkedin.example/in/tomasob,,Brady's Café,"
                               "\"Head of Sales,\r\nEMEA\",02 Jan 2024\r\n"
                               ",,https://www.linkedin.example/in/hidden,,,,01 Jan 2020\r\n"
                               "Zoë 🌻,=cmd|' /C calc'!A0,,,,,07 Feb 2022\r\n";
    const QString ingrid = QStringLiteral("URL: https://www.linkedin.example/in/ingrid-haugen-0a1b2c\nPosition: Founder & CEO\n"
                                          "Connected On: 14 Mar 2023");
    QTest::newRow("2024 layout: Notes preamble, URL column") << preamble + withUrl << QVector<int>{5, 6, 9} << ingrid;
    QTest::newRow("2024 layout, LF only") << QByteArray(preamble + withUrl).replace("\r\n", "\n") << QVector<int>{5, 6, 9}
                                          << ingrid;
    QTest::newRow("without the preamble") << withUrl << QVector<int>{2, 3, 6} << ingrid;
    QTest::newRow("older layout: no URL column")
        << preamble
            + "First Name,Last Name,Email Address,Company,Position,Connected On\r\n"
              "Ingrid,Haugen,ingrid@haugen.example,\"Haugen Design, AS\",Founder & CEO,14 Mar 2023\r\n"
              "Tomás,\"O'Brien \"\"Tom\"\"\",,Brady's Café,\"Head of Sales,\r\nEMEA\",02 Jan 2024\r\n"
              ",,,,,01 Jan 2020\r\n"
              "Zoë 🌻,=cmd|' /C calc'!A0,,,,07 Feb 2022\r\n"
        << QVector<int>{5, 6, 9} << QStringLiteral("Position: Founder & CEO\nConnected On: 14 Mar 2023");
}

void tst_ClientImport::shouldReadALinkedInConnectionsExport()
{
    QFETCH(QByteArray, data);
    QFETCH(QVector<int>, lines);
    QFETCH(QString, ingridNotes);

    // GIVEN a LinkedIn connections export: most connections without an email, one hidden member
    // WHEN it is loaded and checked
    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);

    // THEN it is recognised and its header found below the preamble
    QCOMPARE(import.formatName(), QStringLiteral("LinkedIn connections export"));
    QCOMPARE(import.headers().constFirst(), QStringLiteral("First Name"));
    QCOMPARE(import.rowCount(), 4);
    // AND every connection with a name is a client; the hidden member, with nothing but a date, is a bad row
    QCOMPARE(result.clientLines, lines);
    QCOMPARE(problemsOf(result), QStringList{QStringLiteral("%1: A client needs a name or a company.").arg(lines.at(1) + 2)});
    const Client &ingrid = result.clients.at(0).client;
    QCOMPARE(ingrid.name, QStringLiteral("Ingrid Haugen"));
    QCOMPARE(ingrid.company, QStringLiteral("Haugen Design, AS"));
    QCOMPARE(ingrid.email(), QStringLiteral("ingrid@haugen.example"));
    // AND the position, profile and date of connection are lines of the notes: nothing is lost
    QCOMPARE(ingrid.notes, ingridNotes);
    QCOMPARE(import.notImported(), QStringList());
    const Client &tomas = result.clients.at(1).client;
    QCOMPARE(tomas.name, u("Tomás O'Brien \"Tom\""));
    QCOMPARE(tomas.company, u("Brady's Café"));
    QCOMPARE(tomas.email(), QString());
    QVERIFY2(tomas.notes.contains(QStringLiteral("Position: Head of Sales,\nEMEA\nConnected On: 02 Jan 2024")),
             qPrintable(tomas.notes));
    // AND a cell that looks like a formula is kept as text, letters outside Latin-1 included
    QCOMPARE(result.clients.at(2).client.name, u("Zoë 🌻 =cmd|' /C calc'!A0"));
    QCOMPARE(result.clients.at(2).client.notes, QStringLiteral("Connected On: 07 Feb 2022"));
}

void tst_ClientImport::shouldImportAppleContactsCards()
{
    // GIVEN cards as Apple Contacts writes them: grouped, labelled, the preferred address second, a
    // photo, and a company card
    QByteArray photo = "PHOTO;ENCODING=b;TYPE=JPEG:";
    const QByteArray base64 = QByteArray(600, '\xA5').toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 74)
        photo += (i > 0 ? QByteArrayLiteral("\r\n ") : QByteArray()) + base64.mid(i, 74);
    const QByteArray data = "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//macOS 14.2//EN\r\nN:Lindqvist;Maja;;;\r\n"
                            "FN:Maja Lindqvist\r\nORG:Lindqvist Keramik;\r\nTITLE:Potter\r\n"
                            "item1.EMAIL;type=INTERNET:maja.home@mail.example\r\nitem1.X-ABLabel:_$!<Other>!$_\r\n"
                            "item2.EMAIL;type=INTERNET;type=pref:maja@lindqvist-keramik.example\r\n"
                            "item3.TEL;type=pref:+46 70 123 45 67\r\nitem3.X-ABLabel:_$!<Mobile>!$_\r\n"
                            "item4.ADR;type=WORK:;;Storgatan 1;Uppsala;;753 20;Sweden\r\nitem4.X-ABADR:se\r\n"
                            "BDAY:1984-05-02\r\n"
        + photo
        + "\r\nEND:VCARD\r\n"
          "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Nordlys Trykkeri AS\r\nORG:Nordlys Trykkeri AS;\r\n"
          "item1.TEL;type=pref:+47 22 33 44 55\r\nitem1.X-ABLabel:Orders\r\nX-ABShowAs:COMPANY\r\nEND:VCARD\r\n";

    // WHEN they are loaded and checked
    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    const ImportResult result = import.analyse(*m_store);

    // THEN both arrive, each with its preferred email or phone; the other email is in the notes
    QCOMPARE(problemsOf(result), QStringList());
    QCOMPARE(result.clients.size(), 2);
    const Client &maja = result.clients.at(0).client;
    QCOMPARE(maja.name, QStringLiteral("Maja Lindqvist"));
    QCOMPARE(maja.email(), QStringLiteral("maja@lindqvist-keramik.example"));
    QCOMPARE(maja.phone(), QStringLiteral("+46 70 123 45 67"));
    QCOMPARE(maja.notes, QString());
    QCOMPARE(ContactPoint::toStored(maja.emails), QStringLiteral("work:maja@lindqvist-keramik.example\nother:maja.home@mail.example"));
    QCOMPARE(ContactPoint::toStored(maja.phones), QStringLiteral("mobile:+46 70 123 45 67"));
    // AND the company card is the company, with no name of its own
    const Client &nordlys = result.clients.at(1).client;
    QCOMPARE(nordlys.name, QString());
    QCOMPARE(nordlys.company, QStringLiteral("Nordlys Trykkeri AS"));
    QCOMPARE(nordlys.phone(), QStringLiteral("+47 22 33 44 55"));
    QCOMPARE(result.nameMissing, (QVector<bool>{false, false}));
    // AND what no field takes is named
    QCOMPARE(ClientImport::notImportedText(import.notImported()),
             QStringLiteral("Not imported: Job title, Address, Birthday, Photo"));
}

void tst_ClientImport::shouldNameTheColumnsItDoesNotImport_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("ignoredByHand");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Google: filled columns without a field, empty ones left out")
        << csv(googleHeader(), {Cells{{QStringLiteral("First Name"), QStringLiteral("Ann")},
                                      {QStringLiteral("Birthday"), QStringLiteral("1980-01-01")}},
                                Cells{{QStringLiteral("Organization Name"), QStringLiteral("Brick Co")},
                                      {QStringLiteral("Address 1 - Street"), QStringLiteral("1 High St")},
                                      {QStringLiteral("Address 1 - City"), QStringLiteral(" ")}}})
        << QString() << QStringLiteral("Not imported: Birthday, Address 1 - Street");
    QTest::newRow("a column set to (ignore) by hand")
        << QByteArrayLiteral("Name,Email,Phone\nAnn,ann@acme.example,+44 1\n") << QStringLiteral("Phone")
        << QStringLiteral("Not imported: Phone");
    QTest::newRow("a column without a header")
        << QByteArrayLiteral("Name,,Email\nAnn,loyal,ann@acme.example\n") << QString() << QStringLiteral("Not imported: column 2");
    QTest::newRow("everything used") << QByteArrayLiteral("Name,Email\nAnn,ann@acme.example\n") << QString() << QString();
    QTest::newRow("Rapport's own export") << Csv::line(ClientImport::clientExportHeader()).toUtf8()
            + Csv::line({QStringLiteral("Ann"), {}, {}, {}, {}, QStringLiteral("5.0"), QStringLiteral("5.0")}).toUtf8()
                                          << QString() << QString();
    QTest::newRow("vCard") << QByteArrayLiteral("BEGIN:VCARD\r\nFN:Ann\r\nX-ANDROID-CUSTOM:vnd.x;1\r\nURL:https://a.example\r\n"
                                                "NICKNAME:Annie\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Bob\r\nURL:https://b.example\r\n"
                                                "END:VCARD\r\n")
                           << QString() << QStringLiteral("Not imported: X-ANDROID-CUSTOM, Web page, Nickname");
}

void tst_ClientImport::shouldNameTheColumnsItDoesNotImport()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, ignoredByHand);
    QFETCH(QString, expected);

    // GIVEN a file read as the import finds it
    ClientImport import;
    QString error;
    QVERIFY2(import.load(data, &error), qPrintable(error));
    // WHEN the owner sets a column to (ignore)
    if (!ignoredByHand.isEmpty())
        import.setMapping(int(import.headers().indexOf(ignoredByHand)), ClientImport::Field::Ignore);

    // THEN what will be lost is named, before anything is written
    QCOMPARE(ClientImport::notImportedText(import.notImported()), expected);
}

QTEST_GUILESS_MAIN(tst_ClientImport)
#include "tst_clientimport.moc"
