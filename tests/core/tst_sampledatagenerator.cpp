#include "clientstore.h"
#include "testsupport.h"
#include "sampledatagenerator.h"
#include "segmentationrules.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace Rapport;

namespace {

const QDateTime Now(QDate(2024, 5, 17), QTime(9, 30, 15, 250), Qt::UTC);

QStringList names(const QVector<Client> &clients)
{
    QStringList result;
    for (const Client &client : clients)
        result.append(client.name);
    return result;
}

bool isWholeTenth(double value)
{
    const double tenths = value * 10.0;
    return std::abs(tenths - std::round(tenths)) < 1e-9;
}

} // namespace

class tst_SampleDataGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldGiveIdenticalClientsForTheSameSeedAndTime();
    void shouldGiveDifferentClientsForDifferentSeeds();
    void shouldContinueTheSequenceOnASecondCall();

    void shouldCoverEverySegmentAndBothCorners_data();
    void shouldCoverEverySegmentAndBothCorners();

    void shouldGiveStorableClients_data();
    void shouldGiveStorableClients();

    void shouldGiveNothingForZero();
};

void tst_SampleDataGenerator::shouldGiveIdenticalClientsForTheSameSeedAndTime()
{
    // GIVEN two generators with the same seed
    SampleDataGenerator first(42);
    SampleDataGenerator second(42);

    // WHEN each makes 200 clients at the same reference time
    const QVector<Client> a = first.clients(200, Now);
    const QVector<Client> b = second.clients(200, Now);

    // THEN the clients are identical, field for field
    QCOMPARE(a.size(), 200);
    QCOMPARE(b.size(), 200);
    for (int i = 0; i < a.size(); ++i) {
        QVERIFY2(a.at(i) == b.at(i),
                 qPrintable(QStringLiteral("client %1 differs: %2 / %3").arg(i).arg(a.at(i).name, b.at(i).name)));
        QCOMPARE(a.at(i).tags, b.at(i).tags);
        QCOMPARE(a.at(i).notes, b.at(i).notes);
    }
}

void tst_SampleDataGenerator::shouldGiveDifferentClientsForDifferentSeeds()
{
    // GIVEN generators with different seeds
    const QVector<Client> one = SampleDataGenerator(1).clients(50, Now);
    const QVector<Client> two = SampleDataGenerator(2).clients(50, Now);

    // THEN the names differ in most places, not just somewhere
    int differentNames = 0;
    int differentScores = 0;
    for (int i = 0; i < 50; ++i) {
        if (one.at(i).name != two.at(i).name)
            ++differentNames;
        if (one.at(i).satisfaction != two.at(i).satisfaction || one.at(i).repurchase != two.at(i).repurchase)
            ++differentScores;
    }
    QVERIFY2(differentNames >= 40, qPrintable(QStringLiteral("only %1 of 50 names differ").arg(differentNames)));
    QVERIFY2(differentScores >= 40, qPrintable(QStringLiteral("only %1 of 50 score pairs differ").arg(differentScores)));
}

void tst_SampleDataGenerator::shouldContinueTheSequenceOnASecondCall()
{
    // GIVEN one generator asked twice, and another asked once for the lot
    SampleDataGenerator twice(7);
    const QVector<Client> firstBatch = twice.clients(10, Now);
    const QVector<Client> secondBatch = twice.clients(10, Now);
    const QVector<Client> all = SampleDataGenerator(7).clients(20, Now);

    // THEN the second batch is new clients, and both batches together equal the single run
    QVERIFY(names(firstBatch) != names(secondBatch));
    QCOMPARE(names(firstBatch) + names(secondBatch), names(all));
}

void tst_SampleDataGenerator::shouldCoverEverySegmentAndBothCorners_data()
{
    QTest::addColumn<quint32>("seed");

    for (quint32 seed : {1u, 2u, 42u, 2024u, 4294967295u})
        QTest::addRow("seed %u", seed) << seed;
}

void tst_SampleDataGenerator::shouldCoverEverySegmentAndBothCorners()
{
    QFETCH(quint32, seed);

    // GIVEN 400 sample clients and the default rules
    const QVector<Client> clients = SampleDataGenerator(seed).clients(400, Now);
    const SegmentationRules rules;
    QCOMPARE(clients.size(), 400);

    // WHEN they are placed on the matrix
    int perSegment[SegmentCount] = {};
    int apostles = 0;
    int terrorists = 0;
    for (const Client &client : clients) {
        ++perSegment[int(rules.segment(client.satisfaction, client.repurchase))];
        switch (rules.extreme(client.satisfaction, client.repurchase)) {
        case Extreme::Apostle:
            ++apostles;
            break;
        case Extreme::Terrorist:
            ++terrorists;
            break;
        case Extreme::None:
            break;
        }
    }

    // THEN every segment occurs, and both corners are occupied
    const QString counts = QStringLiteral("Loyalists %1, Mercenaries %2, Hostages %3, Defectors %4, Apostles %5, Terrorists %6")
                               .arg(perSegment[int(Segment::Loyalist)])
                               .arg(perSegment[int(Segment::Mercenary)])
                               .arg(perSegment[int(Segment::Hostage)])
                               .arg(perSegment[int(Segment::Defector)])
                               .arg(apostles)
                               .arg(terrorists);
    for (int segment = 0; segment < SegmentCount; ++segment)
        QVERIFY2(perSegment[segment] > 0, qPrintable(counts));
    QVERIFY2(apostles >= 1, qPrintable(counts));
    QVERIFY2(terrorists >= 1, qPrintable(counts));
    // Corners are the exception, not the rule.
    QVERIFY2(apostles + terrorists < 80, qPrintable(counts));
}

void tst_SampleDataGenerator::shouldGiveStorableClients_data()
{
    QTest::addColumn<quint32>("seed");

    for (quint32 seed : {1u, 99u, 123456u})
        QTest::addRow("seed %u", seed) << seed;
}

void tst_SampleDataGenerator::shouldGiveStorableClients()
{
    QFETCH(quint32, seed);

    // GIVEN 400 sample clients
    const QVector<Client> clients = SampleDataGenerator(seed).clients(400, Now);
    const QDateTime twoYearsEarlier = Now.addDays(-730);

    // THEN each one is a plausible, valid client that is not yet stored
    for (int i = 0; i < clients.size(); ++i) {
        const Client &c = clients.at(i);
        const QString where = QStringLiteral("client %1 (%2, %3): ").arg(i).arg(c.name, c.company);
        QVERIFY2(c.id == 0, qPrintable(where + QStringLiteral("id is %1").arg(c.id)));
        QVERIFY2(!c.name.trimmed().isEmpty(), qPrintable(where + QStringLiteral("no name")));
        QVERIFY2(!c.company.trimmed().isEmpty(), qPrintable(where + QStringLiteral("no company")));
        QVERIFY2(c.name == c.name.trimmed() && c.company == c.company.trimmed(),
                 qPrintable(where + QStringLiteral("untrimmed text")));
        QVERIFY2(c.email().contains(QLatin1Char('@')), qPrintable(where + QStringLiteral("email \"%1\"").arg(c.email())));
        QVERIFY2(c.satisfaction >= 0.0 && c.satisfaction <= 10.0,
                 qPrintable(where + QStringLiteral("satisfaction %1").arg(c.satisfaction)));
        QVERIFY2(c.repurchase >= 0.0 && c.repurchase <= 10.0,
                 qPrintable(where + QStringLiteral("repurchase %1").arg(c.repurchase)));
        QVERIFY2(isWholeTenth(c.satisfaction),
                 qPrintable(where + QStringLiteral("satisfaction %1 is not a multiple of 0.1").arg(c.satisfaction, 0, 'g', 17)));
        QVERIFY2(isWholeTenth(c.repurchase),
                 qPrintable(where + QStringLiteral("repurchase %1 is not a multiple of 0.1").arg(c.repurchase, 0, 'g', 17)));
        // Exactly the value Rapport would store, so that a stored copy compares equal.
        QVERIFY2(roundToTenth(c.satisfaction) == c.satisfaction && roundToTenth(c.repurchase) == c.repurchase,
                 qPrintable(where + QStringLiteral("scores are not stored as given")));
        QVERIFY2(c.tags == Client::parseTags(c.tagsText()), qPrintable(where + QStringLiteral("tags ") + c.tagsText()));
        QVERIFY2(c.createdAt.isValid() && c.createdAt <= Now && c.createdAt >= twoYearsEarlier,
                 qPrintable(where + QStringLiteral("created ") + c.createdAt.toString(Qt::ISODateWithMs)));
        QCOMPARE(c.updatedAt, c.createdAt);
        QVERIFY2(ClientStore::validationError(c).isEmpty(), qPrintable(where + ClientStore::validationError(c)));
    }

    // AND they can all be stored and read back exactly
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = TestSupport::newDatabase(dir, QStringLiteral("sample"));
    QVector<qint64> ids;
    {
        ClientStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QVERIFY2(store.addClients(clients, &ids), qPrintable(store.errorString()));
    }
    ClientStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.count(), clients.size());
    for (int i = 0; i < clients.size(); ++i) {
        Client expected = clients.at(i);
        expected.id = ids.at(i);
        QVERIFY2(store.at(i) == expected, qPrintable(QStringLiteral("client %1 (%2) changed when stored").arg(i).arg(expected.name)));
    }
}

void tst_SampleDataGenerator::shouldGiveNothingForZero()
{
    SampleDataGenerator generator(1);
    QVERIFY(generator.clients(0, Now).isEmpty());
}

QTEST_GUILESS_MAIN(tst_SampleDataGenerator)
#include "tst_sampledatagenerator.moc"
