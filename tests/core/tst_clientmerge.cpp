#include "clientmerge.h"

#include <QtTest>

#include <utility>

using namespace Rapport;

namespace {

// Counts the members of an aggregate: the most values it can be brace-initialized from.
struct AnyValue
{
    template<typename T>
    operator T() const;
};

template<typename T, typename... Values>
constexpr auto isBraceInitializable(int) -> decltype(void(T{std::declval<Values>()...}), true)
{
    return true;
}

template<typename T, typename... Values>
constexpr bool isBraceInitializable(...)
{
    return false;
}

template<typename T, typename... Values>
constexpr int memberCount()
{
    if constexpr (isBraceInitializable<T, Values..., AnyValue>(0))
        return memberCount<T, Values..., AnyValue>();
    else
        return int(sizeof...(Values));
}

const QDate Day(2026, 3, 14);

/** A client with every field set to something other than its default. */
Client baseClient()
{
    Client c;
    c.id = 7;
    c.name = QStringLiteral("Ann Baker");
    c.company = QStringLiteral("Acme");
    c.emails = {ContactPoint{QStringLiteral("ann@acme.example"), ContactPoint::Label::Work}};
    c.phones = {ContactPoint{QStringLiteral("+44 20 7946 0000"), ContactPoint::Label::Mobile}};
    c.tags = {QStringLiteral("retail"), QStringLiteral("weekly")};
    c.notes = QStringLiteral("Prefers calls in the morning.");
    c.owner = QStringLiteral("Dana");
    c.changedBy = QStringLiteral("Dana");
    c.satisfaction = 6.0;
    c.repurchase = 7.0;
    c.createdAt = QDateTime(Day, QTime(9, 0), Qt::UTC);
    c.updatedAt = QDateTime(Day.addDays(10), QTime(9, 0), Qt::UTC);
    c.npsDate = Day.addDays(5);
    c.hostageReasonEnds = Day.addYears(1);
    c.idealIntervalDays = 14;
    c.maximumIntervalDays = 30;
    c.purchasesPerYear = 4;
    c.nps = 8;
    c.degree = 2;
    c.version = 3;
    c.rung = LadderRung::Client;
    c.stage = Stage::Continuation;
    c.hostageReason = HostageReason::Contract;
    c.archived = false;
    c.dimensions = {3, 3, 3, 3, 3, 3};
    return c;
}

/**
 * Changes @p field of @p c (as baseClient() made it) to one of two values, by @p variant 1 or 2:
 * each differs from the base and from the other. No default: a field missing here fails the build.
 */
void change(Client *c, ClientField field, int variant)
{
    const bool first = variant == 1;
    switch (field) {
    case ClientField::Name:
        c->name = first ? QStringLiteral("Ann Carter") : QStringLiteral("Anne Baker");
        return;
    case ClientField::Company:
        c->company = first ? QStringLiteral("Acme Ltd") : QString();
        return;
    case ClientField::Emails:
        c->emails = first ? ContactPoints{ContactPoint{QStringLiteral("ann@acme.example"), ContactPoint::Label::Home}}
                          : ContactPoints{ContactPoint{QStringLiteral("ann@acme.example"), ContactPoint::Label::Work},
                                          ContactPoint{QStringLiteral("ann@home.example"), ContactPoint::Label::Home}};
        return;
    case ClientField::Phones:
        c->phones = first ? ContactPoints{} : ContactPoints{ContactPoint{QStringLiteral("+44 20 7946 0001"), ContactPoint::Label::Work}};
        return;
    case ClientField::Tags:
        c->tags = first ? QStringList{QStringLiteral("weekly"), QStringLiteral("retail")} : QStringList{QStringLiteral("retail")};
        return;
    case ClientField::Notes:
        c->notes = first ? QStringLiteral("Prefers calls in the afternoon.") : QString();
        return;
    case ClientField::Owner:
        c->owner = first ? QStringLiteral("Bea") : QString();
        return;
    case ClientField::Position:
        // A move of one axis is a change of the position, like a move of both.
        c->satisfaction = first ? 2.5 : 6.0;
        c->repurchase = first ? 3.0 : 9.5;
        return;
    case ClientField::Archived:
        // A flag has no second changed value (see hasTwoChanges()).
        QVERIFY(first);
        c->archived = true;
        return;
    case ClientField::ContactIntervals:
        c->idealIntervalDays = first ? 7 : 14;
        c->maximumIntervalDays = first ? 30 : 0;
        return;
    case ClientField::Rung:
        c->rung = first ? LadderRung::Supporter : LadderRung::None;
        return;
    case ClientField::Stage:
        c->stage = first ? Stage::Commitment : Stage::Contract;
        return;
    case ClientField::Integrity:
    case ClientField::Competency:
    case ClientField::Recognition:
    case ClientField::Proactivity:
    case ClientField::Savvy:
    case ClientField::Chemistry:
        c->dimensions[size_t(int(field) - int(ClientField::Integrity))] = first ? 5 : 0;
        return;
    case ClientField::Nps:
        // The same answer on another day is another answer.
        if (first)
            c->npsDate = Day.addDays(6);
        else
            c->nps = -1;
        return;
    case ClientField::Degree:
        c->degree = first ? 3 : 0;
        return;
    case ClientField::HostageReason:
        if (first)
            c->hostageReasonEnds = QDate();
        else
            c->hostageReason = HostageReason::Habit;
        return;
    case ClientField::PurchasesPerYear:
        c->purchasesPerYear = first ? 12 : 0;
        return;
    case ClientField::Count:
        break;
    }
    QFAIL("not a field");
}

/** Archived has only two values: the second side's different value cannot exist. */
bool hasTwoChanges(ClientField field)
{
    return field != ClientField::Archived;
}

QString fieldKey(ClientField field)
{
    return ClientMerge::fieldName(field);
}

enum class Side { MineOnly, TheirsOnly, BothSame, BothDifferent };

/** The client as someone else stored it: a later version, by another person. */
Client storedBySomeoneElse(Client c)
{
    c.version = 4;
    c.changedBy = QStringLiteral("Bea");
    c.updatedAt = c.updatedAt.addSecs(600);
    return c;
}

void verifyKeepsTheirBookkeeping(const Client &merged, const Client &theirs)
{
    QCOMPARE(merged.id, theirs.id);
    QCOMPARE(merged.version, theirs.version);
    QCOMPARE(merged.changedBy, theirs.changedBy);
    QCOMPARE(merged.updatedAt, theirs.updatedAt);
    QCOMPARE(merged.createdAt, theirs.createdAt);
}

} // namespace

Q_DECLARE_METATYPE(Rapport::ClientField)
Q_DECLARE_METATYPE(Side)

class tst_ClientMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKnowEveryMemberOfClient();
    void shouldChangeOnlyTheFieldChanged_data();
    void shouldChangeOnlyTheFieldChanged();
    void shouldCopyEveryFieldBackToTheSameClient();

    void shouldMergeEachField_data();
    void shouldMergeEachField();
    void shouldMergeAMoveAndANotesEdit();
    void shouldListSeveralConflictsInFieldOrder();
    void shouldMergeAClientNobodyChanged();

    void shouldMergeLongAndUnicodeValues();
    void shouldTakeAnEmptyNameBesideACompany();
    void shouldAskWhenNameAndCompanyWouldBothGoEmpty();
    void shouldCompareScoresToOneDecimal();

    void shouldShowValuesAsAPersonReadsThem_data();
    void shouldShowValuesAsAPersonReadsThem();
    void shouldNameEveryField();
};

void tst_ClientMerge::shouldKnowEveryMemberOfClient()
{
    // GIVEN the members of Client: id, changedBy, createdAt, updatedAt and version are bookkeeping,
    // the other 21 belong to a ClientField (Position, ContactIntervals, Nps and HostageReason hold
    // two each, the six dimensions are one array).
    // THEN a new member fails here until it is given a ClientField (or counted as bookkeeping).
    const int bookkeeping = 5;
    const int merged = 21;
    QCOMPARE(memberCount<Client>(), bookkeeping + merged);
}

void tst_ClientMerge::shouldChangeOnlyTheFieldChanged_data()
{
    QTest::addColumn<ClientField>("field");
    QTest::addColumn<int>("variant");
    for (ClientField field : ClientMerge::allFields()) {
        QTest::addRow("%s 1", qPrintable(fieldKey(field))) << field << 1;
        if (hasTwoChanges(field))
            QTest::addRow("%s 2", qPrintable(fieldKey(field))) << field << 2;
    }
}

void tst_ClientMerge::shouldChangeOnlyTheFieldChanged()
{
    QFETCH(ClientField, field);
    QFETCH(int, variant);
    // GIVEN a client and a copy with one field changed
    const Client base = baseClient();
    Client changed = base;
    change(&changed, field, variant);

    // THEN exactly that field differs, the stored content differs, and the two read differently
    QCOMPARE(ClientMerge::changedFields(base, changed), QVector<ClientField>{field});
    QVERIFY(base != changed);
    QVERIFY(ClientMerge::fieldText(base, field) != ClientMerge::fieldText(changed, field));

    // AND copying the field back makes the same client again, and copying it over makes the changed one
    Client back = changed;
    ClientMerge::copyField(&back, base, field);
    QCOMPARE(back, base);
    Client over = base;
    ClientMerge::copyField(&over, changed, field);
    QCOMPARE(over, changed);
}

void tst_ClientMerge::shouldCopyEveryFieldBackToTheSameClient()
{
    // GIVEN a client with every field changed
    const Client base = baseClient();
    Client everything = base;
    for (ClientField field : ClientMerge::allFields())
        change(&everything, field, 1);
    QCOMPARE(ClientMerge::changedFields(base, everything), ClientMerge::allFields());

    // WHEN every field is copied onto the base
    Client copy = base;
    for (ClientField field : ClientMerge::allFields())
        ClientMerge::copyField(&copy, everything, field);

    // THEN nothing operator== compares is left behind
    QCOMPARE(copy, everything);
    QCOMPARE(ClientMerge::allFields().size(), int(ClientField::Count));
}

void tst_ClientMerge::shouldMergeEachField_data()
{
    QTest::addColumn<ClientField>("field");
    QTest::addColumn<Side>("side");
    for (ClientField field : ClientMerge::allFields()) {
        const QByteArray name = fieldKey(field).toUtf8();
        QTest::addRow("%s: mine only", name.constData()) << field << Side::MineOnly;
        QTest::addRow("%s: theirs only", name.constData()) << field << Side::TheirsOnly;
        QTest::addRow("%s: both the same", name.constData()) << field << Side::BothSame;
        if (hasTwoChanges(field))
            QTest::addRow("%s: both differently", name.constData()) << field << Side::BothDifferent;
    }
}

void tst_ClientMerge::shouldMergeEachField()
{
    QFETCH(ClientField, field);
    QFETCH(Side, side);
    // GIVEN a base, and mine and theirs changing the field as the row says
    const Client base = baseClient();
    Client mine = base;
    Client theirs = storedBySomeoneElse(base);
    if (side != Side::TheirsOnly)
        change(&mine, field, 1);
    if (side != Side::MineOnly)
        change(&theirs, field, side == Side::BothDifferent ? 2 : 1);

    // WHEN they are merged
    const ClientMerge result = ClientMerge::merge(base, mine, theirs);

    // THEN one side's change is taken without asking, and only different changes of both are asked
    verifyKeepsTheirBookkeeping(result.merged, theirs);
    switch (side) {
    case Side::MineOnly:
        QCOMPARE(result.conflicts, QVector<ClientField>());
        QCOMPARE(result.fromMine, QVector<ClientField>{field});
        QCOMPARE(result.fromTheirs, QVector<ClientField>());
        QCOMPARE(ClientMerge::changedFields(result.merged, mine), QVector<ClientField>());
        break;
    case Side::TheirsOnly:
        QCOMPARE(result.conflicts, QVector<ClientField>());
        QCOMPARE(result.fromMine, QVector<ClientField>());
        QCOMPARE(result.fromTheirs, QVector<ClientField>{field});
        QCOMPARE(result.merged, theirs);
        break;
    case Side::BothSame:
        QCOMPARE(result.conflicts, QVector<ClientField>());
        QCOMPARE(result.fromMine, QVector<ClientField>());
        QCOMPARE(result.fromTheirs, QVector<ClientField>());
        QCOMPARE(result.merged, theirs);
        QCOMPARE(ClientMerge::changedFields(result.merged, mine), QVector<ClientField>());
        break;
    case Side::BothDifferent:
        QCOMPARE(result.conflicts, QVector<ClientField>{field});
        QCOMPARE(result.fromMine, QVector<ClientField>());
        QCOMPARE(result.fromTheirs, QVector<ClientField>());
        QCOMPARE(result.merged, theirs);
        QVERIFY(ClientMerge::fieldText(mine, field) != ClientMerge::fieldText(theirs, field));
        break;
    }
}

void tst_ClientMerge::shouldMergeAMoveAndANotesEdit()
{
    // GIVEN mine moves the dot on the chart while theirs edits the notes
    const Client base = baseClient();
    Client mine = base;
    mine.satisfaction = 2.0;
    mine.repurchase = 8.5;
    Client theirs = storedBySomeoneElse(base);
    theirs.notes = QStringLiteral("Called: the invoice was wrong, fixed.");

    // WHEN merged, either way round
    const ClientMerge result = ClientMerge::merge(base, mine, theirs);
    const ClientMerge reversed = ClientMerge::merge(base, theirs, mine);

    // THEN both changes are kept and nothing is asked
    QCOMPARE(result.conflicts, QVector<ClientField>());
    QCOMPARE(result.merged.satisfaction, 2.0);
    QCOMPARE(result.merged.repurchase, 8.5);
    QCOMPARE(result.merged.notes, theirs.notes);
    QCOMPARE(result.fromMine, QVector<ClientField>{ClientField::Position});
    QCOMPARE(result.fromTheirs, QVector<ClientField>{ClientField::Notes});
    QCOMPARE(reversed.conflicts, QVector<ClientField>());
    QCOMPARE(ClientMerge::changedFields(result.merged, reversed.merged), QVector<ClientField>());
}

void tst_ClientMerge::shouldListSeveralConflictsInFieldOrder()
{
    // GIVEN both change the notes, the position and the tags differently; mine alone the stage
    const Client base = baseClient();
    Client mine = base;
    Client theirs = storedBySomeoneElse(base);
    for (ClientField field : {ClientField::Tags, ClientField::Notes, ClientField::Position}) {
        change(&mine, field, 1);
        change(&theirs, field, 2);
    }
    change(&mine, ClientField::Stage, 1);
    change(&theirs, ClientField::Savvy, 1);

    const ClientMerge result = ClientMerge::merge(base, mine, theirs);

    // THEN the conflicts come in the order of the fields, and the rest is merged
    QCOMPARE(result.conflicts, (QVector<ClientField>{ClientField::Tags, ClientField::Notes, ClientField::Position}));
    QCOMPARE(result.fromMine, QVector<ClientField>{ClientField::Stage});
    QCOMPARE(result.fromTheirs, QVector<ClientField>{ClientField::Savvy});
    QCOMPARE(result.merged.stage, Stage::Commitment);
    QCOMPARE(result.merged.dimensions[size_t(Dimension::Savvy)], qint8(5));
    QCOMPARE(result.merged.notes, theirs.notes);
}

void tst_ClientMerge::shouldMergeAClientNobodyChanged()
{
    const Client base = baseClient();
    const Client theirs = storedBySomeoneElse(base);
    const ClientMerge result = ClientMerge::merge(base, base, theirs);
    QVERIFY(result.conflicts.isEmpty());
    QVERIFY(result.fromMine.isEmpty());
    QVERIFY(result.fromTheirs.isEmpty());
    QCOMPARE(result.merged, theirs);
    verifyKeepsTheirBookkeeping(result.merged, theirs);
}

void tst_ClientMerge::shouldMergeLongAndUnicodeValues()
{
    // GIVEN mine writes a megabyte of notes, theirs renames the client in three scripts
    const Client base = baseClient();
    Client mine = base;
    mine.notes = QString(1 << 20, QChar(u'x')) + QStringLiteral("\n\u00e9\u0301 \U0001F600 end");
    Client theirs = storedBySomeoneElse(base);
    theirs.name = QStringLiteral("\u0645\u0631\u064a\u0645 \u5c71\u7530 \U0001F600");

    // WHEN merged
    ClientMerge result = ClientMerge::merge(base, mine, theirs);

    // THEN both are kept whole
    QVERIFY(result.conflicts.isEmpty());
    QCOMPARE(result.merged.notes, mine.notes);
    QCOMPARE(result.merged.name, theirs.name);
    QCOMPARE(ClientMerge::fieldText(result.merged, ClientField::Name), theirs.name);
    QCOMPARE(ClientMerge::fieldText(result.merged, ClientField::Notes).size(), mine.notes.size());

    // AND a composed and a decomposed é are different stored text: asked, not silently equal
    mine = base;
    theirs = storedBySomeoneElse(base);
    mine.name = QStringLiteral("Ren\u00e9e");
    theirs.name = QStringLiteral("Rene\u0301e");
    result = ClientMerge::merge(base, mine, theirs);
    QCOMPARE(result.conflicts, QVector<ClientField>{ClientField::Name});
}

void tst_ClientMerge::shouldTakeAnEmptyNameBesideACompany()
{
    // GIVEN mine clears the name of a client that has a company; theirs changes the notes
    const Client base = baseClient();
    Client mine = base;
    mine.name.clear();
    Client theirs = storedBySomeoneElse(base);
    theirs.notes = QStringLiteral("Renewed.");

    const ClientMerge result = ClientMerge::merge(base, mine, theirs);

    // THEN the company still names the client: merged without asking
    QVERIFY(result.conflicts.isEmpty());
    QCOMPARE(result.merged.name, QString());
    QCOMPARE(result.merged.company, QStringLiteral("Acme"));
    QCOMPARE(result.merged.displayName(), QStringLiteral("Acme"));
    QCOMPARE(ClientMerge::fieldText(result.merged, ClientField::Name), QStringLiteral("(empty)"));
}

void tst_ClientMerge::shouldAskWhenNameAndCompanyWouldBothGoEmpty()
{
    // GIVEN mine clears the name and theirs the company (each alone is a valid client)
    const Client base = baseClient();
    Client mine = base;
    mine.name = QStringLiteral("   ");
    Client theirs = storedBySomeoneElse(base);
    theirs.company.clear();
    theirs.notes = QStringLiteral("Left Acme.");

    const ClientMerge result = ClientMerge::merge(base, mine, theirs);

    // THEN name and company are asked, merged keeps the stored ones, the notes still merge
    QCOMPARE(result.conflicts, (QVector<ClientField>{ClientField::Name, ClientField::Company}));
    QVERIFY(result.fromMine.isEmpty());
    QCOMPARE(result.fromTheirs, QVector<ClientField>{ClientField::Notes});
    QCOMPARE(result.merged, theirs);
    QCOMPARE(result.merged.displayName(), QStringLiteral("Ann Baker"));
}

void tst_ClientMerge::shouldCompareScoresToOneDecimal()
{
    // GIVEN mine was dragged to a value the store will round to what theirs holds
    const Client base = baseClient();
    Client mine = base;
    mine.satisfaction = 6.0400001;
    Client theirs = storedBySomeoneElse(base);
    theirs.notes = QStringLiteral("x");
    QVERIFY(ClientMerge::sameField(base, mine, ClientField::Position));

    // THEN it is no change; but a tenth is
    QVERIFY(ClientMerge::merge(base, mine, theirs).fromMine.isEmpty());
    mine.satisfaction = 6.1;
    QCOMPARE(ClientMerge::merge(base, mine, theirs).fromMine, QVector<ClientField>{ClientField::Position});
}

void tst_ClientMerge::shouldShowValuesAsAPersonReadsThem_data()
{
    QTest::addColumn<ClientField>("field");
    QTest::addColumn<int>("variant"); // 0: the base client
    QTest::addColumn<QString>("expected");

    QTest::newRow("name") << ClientField::Name << 0 << QStringLiteral("Ann Baker");
    QTest::newRow("empty company") << ClientField::Company << 2 << QStringLiteral("(empty)");
    QTest::newRow("emails") << ClientField::Emails << 2 << QStringLiteral("ann@acme.example (Work), ann@home.example (Home)");
    QTest::newRow("no phones") << ClientField::Phones << 1 << QStringLiteral("(empty)");
    QTest::newRow("tags joined") << ClientField::Tags << 0 << QStringLiteral("retail, weekly");
    QTest::newRow("empty notes") << ClientField::Notes << 2 << QStringLiteral("(empty)");
    QTest::newRow("no owner") << ClientField::Owner << 2 << QStringLiteral("(empty)");
    QTest::newRow("position") << ClientField::Position << 1 << QStringLiteral("Satisfaction 2.5, likelihood to repurchase 3.0");
    QTest::newRow("archived") << ClientField::Archived << 1 << QStringLiteral("Archived");
    QTest::newRow("not archived") << ClientField::Archived << 0 << QStringLiteral("Not archived");
    // Without a translation loaded, Qt leaves the plural form as written.
    QTest::newRow("intervals") << ClientField::ContactIntervals << 2
                               << QStringLiteral("Contact every: 14 day(s); at most every: segment default");
    QTest::newRow("rung") << ClientField::Rung << 1 << QStringLiteral("Supporter");
    QTest::newRow("no rung") << ClientField::Rung << 2 << QStringLiteral("Not set");
    QTest::newRow("stage") << ClientField::Stage << 1 << QStringLiteral("Commitment");
    QTest::newRow("rated") << ClientField::Chemistry << 1 << QStringLiteral("5 of 5");
    QTest::newRow("not rated") << ClientField::Integrity << 2 << QStringLiteral("Not rated");
    QTest::newRow("nps") << ClientField::Nps << 0 << QStringLiteral("8 on 19 Mar 2026");
    QTest::newRow("nps not asked") << ClientField::Nps << 2 << QStringLiteral("Not asked");
    QTest::newRow("degree") << ClientField::Degree << 1
                            << QStringLiteral("Third degree: exactly what they want, and they blame us for the results");
    QTest::newRow("hostage reason") << ClientField::HostageReason << 0 << QStringLiteral("A contract, until 14 Mar 2027");
    QTest::newRow("hostage reason without end") << ClientField::HostageReason << 1 << QStringLiteral("A contract");
    QTest::newRow("purchases") << ClientField::PurchasesPerYear << 1 << QStringLiteral("12");
    QTest::newRow("purchases not known") << ClientField::PurchasesPerYear << 2 << QStringLiteral("Not known");
}

void tst_ClientMerge::shouldShowValuesAsAPersonReadsThem()
{
    QFETCH(ClientField, field);
    QFETCH(int, variant);
    QFETCH(QString, expected);
    Client client = baseClient();
    if (variant > 0)
        change(&client, field, variant);
    QCOMPARE(ClientMerge::fieldText(client, field), expected);
}

void tst_ClientMerge::shouldNameEveryField()
{
    QStringList names;
    for (ClientField field : ClientMerge::allFields()) {
        const QString name = ClientMerge::fieldName(field);
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(int(field))));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.append(name);
    }
    QCOMPARE(ClientMerge::fieldName(ClientField::Notes), QStringLiteral("Notes"));
    QCOMPARE(ClientMerge::fieldName(ClientField::Position), QStringLiteral("Position on the matrix"));
    QCOMPARE(ClientMerge::fieldName(ClientField::Savvy), QStringLiteral("Savvy"));
}

QTEST_GUILESS_MAIN(tst_ClientMerge)
#include "tst_clientmerge.moc"
