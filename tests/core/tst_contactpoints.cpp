#include "clientexport.h"
#include "clientimport.h"
#include "clientstore.h"
#include "contactpoint.h"
#include "sampledatagenerator.h"
#include "schema.h"
#include "sqlitedialect.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rapport;
using namespace TestSupport;

namespace {

const QDate Today(2026, 12, 7);

ContactPoint point(const char *value, ContactPoint::Label label)
{
    return ContactPoint{QString::fromUtf8(value), label};
}

/** Everything @p store holds about its clients, as the owner's export shows it. */
QByteArray exported(const ClientStore &store)
{
    return ClientExport::clientsCsv(store, Today);
}

/** Imports @p data into @p store, every row a new client. */
bool importInto(ClientStore &store, const QByteArray &data, QString *error)
{
    ClientImport import;
    if (!import.load(data, error))
        return false;
    const ImportResult result = import.analyse(store);
    if (!result.problems.isEmpty()) {
        *error = result.problems.constFirst().reason;
        return false;
    }
    QVector<ClientRecord> additions;
    QVector<Client> updates;
    import.resolve(result, QVector<ClientImport::DuplicatePolicy>(result.duplicates.size(), ClientImport::DuplicatePolicy::KeepBoth),
                   store, &additions, &updates);
    QVector<qint64> added;
    QVector<qint64> changes;
    if (!store.importClients(additions, updates, &added, &changes)) {
        *error = store.errorString();
        return false;
    }
    return true;
}

} // namespace

/**
 * A client's several emails and phones, each with its label and the preferred first: stored on
 * both backends, moved out of the notes of an older file, exported and imported back exactly.
 */
class tst_ContactPoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void shouldReadBackWhatItStores_data();
    void shouldReadBackWhatItStores();
    void shouldReadWhateverAColumnHolds_data();
    void shouldReadWhateverAColumnHolds();
    void shouldTakeTheLabelThatWordsMean_data();
    void shouldTakeTheLabelThatWordsMean();
    void shouldNormalizeTheHeldTextAsTheListWould_data();
    void shouldNormalizeTheHeldTextAsTheListWould();

    void shouldEditTheHeldTextLikeAList();
    void shouldKeepEveryEmailAndPhoneWithItsLabel();
    void shouldDropEmptyAndRepeatedValues();
    void shouldRoundTripEveryEmailAndPhoneThroughBothExports();
    void shouldFindADuplicateByAnyEmail();
    void shouldMoveTheOtherEmailsAndPhonesOutOfTheNotesOfAnOlderFile();

private:
    QTemporaryDir m_dir;
};

void tst_ContactPoints::initTestCase()
{
    RAPPORT_REQUIRE_BACKEND();
    QVERIFY(m_dir.isValid());
}

void tst_ContactPoints::shouldReadBackWhatItStores_data()
{
    QTest::addColumn<QList<ContactPoint>>("points");
    QTest::addColumn<QString>("stored");
    using L = ContactPoint::Label;
    QTest::newRow("none") << QList<ContactPoint>() << QString();
    QTest::newRow("one") << QList<ContactPoint>{point("ann@acme.example", L::Work)} << QStringLiteral("work:ann@acme.example");
    QTest::newRow("every label")
        << QList<ContactPoint>{point("+44 20 7946 0001", L::Work), point("+44 20 7946 0002", L::Home),
                               point("07700 900001", L::Mobile), point("+44 20 7946 0009", L::Other)}
        << QStringLiteral("work:+44 20 7946 0001\nhome:+44 20 7946 0002\nmobile:07700 900001\nother:+44 20 7946 0009");
    QTest::newRow("a colon in the value") << QList<ContactPoint>{point("tel:+1:555", L::Home)} << QStringLiteral("home:tel:+1:555");
    QTest::newRow("non-ASCII") << QList<ContactPoint>{point("zoë@café.example", L::Other)} << QString::fromUtf8("other:zoë@café.example");
}

void tst_ContactPoints::shouldReadBackWhatItStores()
{
    QFETCH(QList<ContactPoint>, points);
    QFETCH(QString, stored);
    QCOMPARE(ContactPoint::toStored(points), stored);
    QCOMPARE(ContactPoint::fromStored(stored), points);
}

void tst_ContactPoints::shouldReadWhateverAColumnHolds_data()
{
    // What a hand-edited CSV cell or a damaged row may hold: read without losing a value, never a crash.
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QList<ContactPoint>>("points");
    using L = ContactPoint::Label;
    QTest::newRow("no label: work") << QStringLiteral("ann@acme.example") << QList<ContactPoint>{point("ann@acme.example", L::Work)};
    QTest::newRow("unknown label kept in the value") << QStringLiteral("fax:+44 1")
                                                     << QList<ContactPoint>{point("fax:+44 1", L::Work)};
    QTest::newRow("label in capitals") << QStringLiteral("HOME:ann@home.example")
                                       << QList<ContactPoint>{point("ann@home.example", L::Home)};
    QTest::newRow("empty lines") << QStringLiteral("\n\nwork:a@b.example\n\n") << QList<ContactPoint>{point("a@b.example", L::Work)};
    QTest::newRow("a label and nothing after it") << QStringLiteral("mobile:") << QList<ContactPoint>{point("", L::Mobile)};
    QTest::newRow("a colon first") << QStringLiteral(":x") << QList<ContactPoint>{point(":x", L::Work)};
    QTest::newRow("nothing") << QString() << QList<ContactPoint>();
    QTest::newRow("only line breaks") << QStringLiteral("\n\n") << QList<ContactPoint>();
    QTest::newRow("CR LF line ends") << QStringLiteral("work:a@b.example\r\nhome:c@d.example")
                                     << QList<ContactPoint>{point("a@b.example\r", L::Work), point("c@d.example", L::Home)};
}

void tst_ContactPoints::shouldReadWhateverAColumnHolds()
{
    QFETCH(QString, stored);
    QFETCH(QList<ContactPoint>, points);
    QCOMPARE(ContactPoint::fromStored(stored), points);
    // AND a client holding that text reads the same list, point by point, without making it
    const ContactPoints held = ContactPoints::fromStored(stored);
    QCOMPARE(held.stored(), stored);
    QCOMPARE(held.toList(), points);
    QCOMPARE(held.size(), points.size());
    QCOMPARE(held.isEmpty(), points.isEmpty());
    for (qsizetype i = 0; i < points.size(); ++i) {
        QCOMPARE(held.at(i), points.at(i));
        QVERIFY(held.containsValue(points.at(i).value.toUpper(), Qt::CaseInsensitive));
    }
    QCOMPARE(held.value(points.size()), ContactPoint());
    QVERIFY(!held.containsValue(u"nobody@nowhere.example", Qt::CaseInsensitive));
    // AND what the store keeps of it is clean: no empty value, no line break inside one
    for (const ContactPoint &kept : ContactPoint::normalized(ContactPoint::fromStored(stored), true)) {
        QVERIFY(!kept.value.isEmpty());
        QVERIFY(!kept.value.contains(QLatin1Char('\r')) && !kept.value.contains(QLatin1Char('\n')));
    }
}

void tst_ContactPoints::shouldNormalizeTheHeldTextAsTheListWould_data()
{
    // The stored text of an email or phone list, as a file, an import or a hand may leave it.
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("alreadyNormal");
    QTest::newRow("nothing") << QString() << true;
    QTest::newRow("one") << QStringLiteral("work:ann@acme.example") << true;
    QTest::newRow("every label") << QStringLiteral("work:+44 1\nhome:+44 2\nmobile:07700 3\nother:+44 4") << true;
    QTest::newRow("a colon in the value") << QStringLiteral("home:tel:+1:555") << true;
    QTest::newRow("one space inside") << QStringLiteral("work:+44 20 7946") << true;
    QTest::newRow("non-ASCII") << QString::fromUtf8("other:zoë@café.example") << true;
    QTest::newRow("no label") << QStringLiteral("ann@acme.example") << false;
    QTest::newRow("label in capitals") << QStringLiteral("HOME:ann@home.example") << false;
    QTest::newRow("unknown label") << QStringLiteral("fax:+44 1") << false;
    QTest::newRow("a colon first") << QStringLiteral(":x") << false;
    QTest::newRow("empty value") << QStringLiteral("mobile:") << false;
    QTest::newRow("only blanks") << QStringLiteral("mobile:   ") << false;
    QTest::newRow("empty lines") << QStringLiteral("\n\nwork:a@b.example\n\n") << false;
    QTest::newRow("trailing line break") << QStringLiteral("work:a@b.example\n") << false;
    QTest::newRow("only line breaks") << QStringLiteral("\n\n") << false;
    QTest::newRow("leading blank") << QStringLiteral("work: a@b.example") << false;
    QTest::newRow("trailing blank") << QStringLiteral("work:a@b.example ") << false;
    QTest::newRow("two blanks inside") << QStringLiteral("work:+44  1") << false;
    QTest::newRow("a tab inside") << QStringLiteral("work:+44\t1") << false;
    QTest::newRow("CR LF line ends") << QStringLiteral("work:a@b.example\r\nhome:c@d.example") << false;
    QTest::newRow("a no-break space") << QString::fromUtf8("work:+44\u00a01") << false;
    QTest::newRow("repeated") << QStringLiteral("work:a@b.example\nhome:a@b.example") << false;
    QTest::newRow("repeated in other case") << QStringLiteral("work:A@b.example\nhome:a@B.example") << false;
    QTest::newRow("a line of one letter") << QStringLiteral("work:x\nhome:y") << true;
}

void tst_ContactPoints::shouldNormalizeTheHeldTextAsTheListWould()
{
    QFETCH(QString, stored);
    QFETCH(bool, alreadyNormal);
    // A text of its own, as read from a file (a literal's text is not counted as shared)
    const ContactPoints held = ContactPoints::fromStored(QString(stored.constData(), stored.size()));
    for (bool caseInsensitive : {true, false}) {
        // WHEN the held text is normalized in place, as an email list and as a phone list
        const ContactPoints normal = held.normalized(caseInsensitive);
        // THEN it holds what the list made, normalized and stored again, holds
        const QString expected = ContactPoint::toStored(ContactPoint::normalized(held.toList(), caseInsensitive));
        QCOMPARE(normal.stored(), expected);
        // AND a text already in that form is kept as it is, not made again
        if (alreadyNormal || (!caseInsensitive && QTest::currentDataTag() == QByteArray("repeated in other case")))
            QVERIFY(normal.isSharedWith(held) || stored.isEmpty());
    }
}

void tst_ContactPoints::shouldTakeTheLabelThatWordsMean_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ContactPoint::Label>("label");
    using L = ContactPoint::Label;
    QTest::newRow("Google preferred work") << QStringLiteral("* Work") << L::Work;
    QTest::newRow("Outlook home phone") << QStringLiteral("Home Phone") << L::Home;
    QTest::newRow("Thunderbird mobile") << QStringLiteral("Mobile Number") << L::Mobile;
    QTest::newRow("vCard cell") << QStringLiteral("CELL VOICE") << L::Mobile;
    QTest::newRow("Apple label") << QStringLiteral("_$!<Other>!$_") << L::Other;
    QTest::newRow("work fax is no work number to call") << QStringLiteral("Work Fax") << L::Other;
    QTest::newRow("pager") << QStringLiteral("Pager Number") << L::Other;
    QTest::newRow("nothing said: the fallback") << QStringLiteral("E-mail 2 Address") << L::Work;
    QTest::newRow("empty") << QString() << L::Work;
}

void tst_ContactPoints::shouldTakeTheLabelThatWordsMean()
{
    QFETCH(QString, text);
    QFETCH(ContactPoint::Label, label);
    QCOMPARE(ContactPoint::labelFromText(text, ContactPoint::Label::Work), label);
}

void tst_ContactPoints::shouldEditTheHeldTextLikeAList()
{
    using L = ContactPoint::Label;
    // GIVEN a client's phones
    ContactPoints phones = {point("+44 20 7946 0001", L::Work)};
    // WHEN one is added, one put first and the preferred one removed
    phones.append(point("07700 900001", L::Mobile));
    QCOMPARE(phones.stored(), QStringLiteral("work:+44 20 7946 0001\nmobile:07700 900001"));
    phones.insert(0, point("+44 20 7946 0002", L::Home));
    QCOMPARE(phones.first(), point("+44 20 7946 0002", L::Home));
    phones.removeFirst();
    phones += QList<ContactPoint>{point("+44 20 7946 0009", L::Other)};
    // THEN the text is what the list would store, and equal lists compare equal either way round
    const QList<ContactPoint> expected = {point("+44 20 7946 0001", L::Work), point("07700 900001", L::Mobile),
                                          point("+44 20 7946 0009", L::Other)};
    QCOMPARE(phones.stored(), ContactPoint::toStored(expected));
    QVERIFY(phones == expected);
    QVERIFY(expected == phones);
    QVERIFY(phones == ContactPoints(expected));
    phones.clear();
    QVERIFY(phones.isEmpty());
    QCOMPARE(phones.size(), 0);
}

void tst_ContactPoints::shouldKeepEveryEmailAndPhoneWithItsLabel()
{
    // GIVEN a client with three emails and three phones
    const QString location = newDatabase(m_dir, QStringLiteral("keep"));
    Client client = SampleDataGenerator(3).clients(1, ClientStore::now()).constFirst();
    using L = ContactPoint::Label;
    client.emails = {point("ann@acme.example", L::Work), point("ann@home.example", L::Home), point("ann@old.example", L::Other)};
    client.phones = {point("07700 900001", L::Mobile), point("+44 20 7946 0001", L::Work), point("+44 20 7946 0002", L::Home)};
    qint64 id = 0;
    {
        ClientStore store;
        QVERIFY2(store.open(location), qPrintable(store.errorString()));
        id = store.addClient(client);
        QVERIFY2(id > 0, qPrintable(store.errorString()));

        // WHEN the owner makes the home address the preferred one
        Client changed = *store.client(id);
        QList<ContactPoint> emails = changed.emails;
        std::swap(emails[0], emails[1]);
        changed.emails = emails;
        QVERIFY2(store.updateClient(changed), qPrintable(store.errorString()));
    }

    // THEN a new session reads every one back, in order, with its label
    ClientStore store;
    QVERIFY(store.open(location));
    const Client *stored = store.client(id);
    QVERIFY(stored);
    QCOMPARE(stored->email(), QStringLiteral("ann@home.example"));
    QCOMPARE(stored->emails,
             (QList<ContactPoint>{point("ann@home.example", L::Home), point("ann@acme.example", L::Work), point("ann@old.example", L::Other)}));
    QCOMPARE(stored->phones, client.phones);
    QCOMPARE(stored->phone(), QStringLiteral("07700 900001"));
    QVERIFY(stored->hasEmail(QStringLiteral("ANN@OLD.example")));
}

void tst_ContactPoints::shouldDropEmptyAndRepeatedValues()
{
    const QString location = newDatabase(m_dir, QStringLiteral("tidy"));
    ClientStore store;
    QVERIFY(store.open(location));
    Client client = SampleDataGenerator(4).clients(1, ClientStore::now()).constFirst();
    using L = ContactPoint::Label;
    client.emails = {point(" ann@acme.example ", L::Work), point("", L::Home), point("ANN@acme.example", L::Other),
                     point("ann@home.example\n", L::Home)};
    client.phones = {point("  ", L::Work)};
    const qint64 id = store.addClient(client);
    QVERIFY2(id > 0, qPrintable(store.errorString()));
    QCOMPARE(store.client(id)->emails, (QList<ContactPoint>{point("ann@acme.example", L::Work), point("ann@home.example", L::Home)}));
    QCOMPARE(store.client(id)->phones, QList<ContactPoint>());
    QCOMPARE(store.client(id)->phone(), QString());
}

void tst_ContactPoints::shouldRoundTripEveryEmailAndPhoneThroughBothExports()
{
    // GIVEN clients with several labelled emails and phones (and one with none)
    ClientStore original;
    QVERIFY(original.open(newDatabase(m_dir, QStringLiteral("original"))));
    QVector<Client> clients = SampleDataGenerator(5).clients(3, ClientStore::now());
    using L = ContactPoint::Label;
    clients[0].emails = {point("ann@home.example", L::Home), point("ann@acme.example", L::Work), point("ann@mobile.example", L::Mobile),
                         point("ann@old.example", L::Other)};
    clients[0].phones = {point("07700 900001", L::Mobile), point("+44 20 7946 0001", L::Work), point("+44 20 7946 0002", L::Home),
                         point("+44 20 7946 0009", L::Other)};
    clients[1].emails = {point("bo@b.example", L::Other)};
    clients[1].phones = {};
    clients[2].emails = {};
    clients[2].phones = {};
    QVERIFY2(original.addClients(clients), qPrintable(original.errorString()));

    // WHEN they go out as CSV and as vCard, and each comes back into an empty client base
    ClientStore fromCsv;
    ClientStore fromVCard;
    QVERIFY(fromCsv.open(newDatabase(m_dir, QStringLiteral("fromcsv"))));
    QVERIFY(fromVCard.open(newDatabase(m_dir, QStringLiteral("fromvcard"))));
    QString error;
    QVERIFY2(importInto(fromCsv, exported(original), &error), qPrintable(error));
    QVERIFY2(importInto(fromVCard, ClientExport::clientsVCard(original), &error), qPrintable(error));

    // THEN every email and phone is back, in order, with its label
    QCOMPARE(fromCsv.count(), 3);
    QCOMPARE(fromVCard.count(), 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(fromCsv.at(row).emails, original.at(row).emails);
        QCOMPARE(fromCsv.at(row).phones, original.at(row).phones);
        QCOMPARE(fromVCard.at(row).emails, original.at(row).emails);
        QCOMPARE(fromVCard.at(row).phones, original.at(row).phones);
    }
}

void tst_ContactPoints::shouldFindADuplicateByAnyEmail()
{
    // GIVEN a stored client whose second email is ann@home.example
    ClientStore store;
    QVERIFY(store.open(newDatabase(m_dir, QStringLiteral("duplicates"))));
    Client ann = SampleDataGenerator(6).clients(1, ClientStore::now()).constFirst();
    ann.name = QStringLiteral("Ann Smith");
    ann.emails = {point("ann@acme.example", ContactPoint::Label::Work), point("ann@home.example", ContactPoint::Label::Home)};
    const qint64 id = store.addClient(ann);
    QVERIFY(id > 0);

    // WHEN a file names someone else whose only address is that one, in other letters
    ClientImport import;
    QString error;
    QVERIFY(import.load("name,email\nA. Smith,Ann@Home.example\n", &error));
    const ImportResult result = import.analyse(store);

    // THEN it is offered as a duplicate of the stored client
    QCOMPARE(result.duplicates.size(), 1);
    QCOMPARE(result.duplicates.constFirst().existingId, id);
}

void tst_ContactPoints::shouldMoveTheOtherEmailsAndPhonesOutOfTheNotesOfAnOlderFile()
{
    RAPPORT_FILES_ONLY();
    // GIVEN a file at schema 3, whose vCard import kept the second addresses in the notes, in English and German
    const QString path = m_dir.filePath(QStringLiteral("schema3.sqlite"));
    {
        PlainConnection plain(path);
        QVERIFY(plain.isOpen());
        for (int version = 1; version <= 3; ++version) {
            for (const QString &statement : Schema::migration(version, SqliteDialect::instance())) {
                const QString error = plain.exec(statement);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        }
        QCOMPARE(plain.exec(QStringLiteral("PRAGMA user_version = 3")), QString());
        QSqlQuery insert(plain.db());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO clients (id, name, email, phone, notes, satisfaction, repurchase,"
                                              " created_at, updated_at) VALUES (?, ?, ?, ?, ?, 5, 5, 0, 0)")));
        const QList<QVariantList> rows = {
            {1, QStringLiteral("Ann"), QStringLiteral("ann@acme.example"), QStringLiteral("+44 1"),
             QStringLiteral("Met at the fair.\nOther email: ann@home.example, ann@old.example\nOther phone: 07700 900001")},
            {2, QStringLiteral("Jörg"), QStringLiteral("joerg@weiss.example"), QStringLiteral(""),
             QStringLiteral("Weitere E-Mail: jw@privat.example\nWeitere Telefonnummer: +49 30 000001\nZeile 2")},
            {3, QStringLiteral("Cleo"), QStringLiteral(""), QStringLiteral(""), QStringLiteral("Asked: other email: none")},
        };
        for (const QVariantList &row : rows) {
            for (int i = 0; i < row.size(); ++i)
                insert.bindValue(i, row.at(i));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
    }

    // WHEN this Rapport opens it
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));

    // THEN each address and number is where it belongs now, and the notes keep only the owner's words
    using L = ContactPoint::Label;
    QCOMPARE(store.client(1)->emails, (QList<ContactPoint>{point("ann@acme.example", L::Work), point("ann@home.example", L::Other),
                                                           point("ann@old.example", L::Other)}));
    QCOMPARE(store.client(1)->phones, (QList<ContactPoint>{point("+44 1", L::Work), point("07700 900001", L::Other)}));
    QCOMPARE(store.client(1)->notes, QStringLiteral("Met at the fair."));
    QCOMPARE(store.client(2)->emails, (QList<ContactPoint>{point("joerg@weiss.example", L::Work), point("jw@privat.example", L::Other)}));
    QCOMPARE(store.client(2)->phones, (QList<ContactPoint>{point("+49 30 000001", L::Other)}));
    QCOMPARE(store.client(2)->notes, QStringLiteral("Zeile 2"));
    QCOMPARE(store.client(3)->emails, QList<ContactPoint>());
    QCOMPARE(store.client(3)->notes, QStringLiteral("Asked: other email: none"));
    QVERIFY(Schema::latestVersion() >= 4);
}

QTEST_GUILESS_MAIN(tst_ContactPoints)
#include "tst_contactpoints.moc"
