#include "sampledatagenerator.h"

#include "segment.h"
#include "segmentationrules.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Rapport {

namespace {

const char *const FirstNames[] = {
    "Amelia", "Ben", "Chloe", "Daniel", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas",
    "Keiko", "Liam", "Maya", "Noah", "Olivia", "Pavel", "Quinn", "Rosa", "Samir", "Tessa",
    "Umar", "Vera", "Wen", "Ximena", "Yusuf", "Zoe", "Aisha", "Bruno", "Carmen", "Dmitri",
    "Esther", "Finn", "Gita", "Hannah", "Ivan", "Julia", "Kwame", "Lena", "Marco", "Nadia",
};

const char *const LastNames[] = {
    "Abbott", "Brennan", "Castillo", "Dubois", "Eriksen", "Fischer", "Garcia", "Hughes", "Ibrahim", "Jansen",
    "Kowalski", "Lindqvist", "Moreau", "Nakamura", "O'Neill", "Patel", "Quintero", "Rossi", "Schmidt", "Tanaka",
    "Ueda", "Varga", "Whitfield", "Xu", "Yilmaz", "Zimmermann", "Achebe", "Bianchi", "Costa", "Delacroix",
};

const char *const CompanyPlaces[] = {
    "Harbour", "Northside", "Riverside", "Oakridge", "Lakeview", "Hillcrest", "Greenway", "Old Town",
    "Westgate", "Bridgewater", "Maple", "Stonebrook", "Sunnyvale", "Brookfield", "Kingsway", "Elm Street",
};

const char *const CompanyTrades[] = {
    "Bakery", "Plumbing", "Dental Practice", "Print Shop", "Florist", "Veterinary Clinic", "Architects",
    "Accounting", "Physiotherapy", "Coffee Roasters", "Bike Repair", "Language School", "Garden Centre",
    "Law Office", "Photography", "Catering", "Yoga Studio", "Hardware", "Optician", "Removals",
};

const char *const CompanySuffixes[] = {"", " Ltd", " & Sons", " Co.", " GmbH", " LLC", " Partners", ""};

const char *const Tags[] = {"retail", "monthly", "annual contract", "referral", "wholesale", "new", "VIP", "seasonal"};

const char *const Notes[] = {
    "Prefers phone calls in the morning.",
    "Asked for a revised quote last month.",
    "Pays invoices on time.",
    "Wants a quarterly review meeting.",
    "Mentioned a competitor's lower price.",
    "Complained about the last delivery date.",
    "",
    "",
};

const char *const MeetingNotes[] = {
    "Reviewed the last project; happy with the result.",
    "Asked about prices for next year.",
    "Wants faster replies to emails.",
    "Discussed a bigger order in spring.",
    "Unhappy with the invoice; agreed to check it.",
    "Mentioned a friend who may need our services.",
    "Left a voicemail.",
    "Sent the quote and a short summary.",
    "",
};

template<typename T, size_t N>
QString pick(QRandomGenerator &random, T (&list)[N])
{
    return QString::fromUtf8(list[random.bounded(int(N))]);
}

} // namespace

SampleDataGenerator::SampleDataGenerator(quint32 seed)
    : m_seed(seed)
    , m_random(seed)
{
}

double SampleDataGenerator::score(double low, double high)
{
    return roundToTenth(low + m_random.generateDouble() * (high - low));
}

QVector<Client> SampleDataGenerator::clients(int count, const QDateTime &now)
{
    QVector<Client> result;
    result.reserve(count);
    const qint64 twoYearsMs = qint64(730) * 24 * 3600 * 1000;
    for (int i = 0; i < count; ++i) {
        Client client;
        const QString first = pick(m_random, FirstNames);
        const QString last = pick(m_random, LastNames);
        client.name = first + QLatin1Char(' ') + last;
        client.company = pick(m_random, CompanyPlaces) + QLatin1Char(' ') + pick(m_random, CompanyTrades)
            + pick(m_random, CompanySuffixes);
        static const QRegularExpression notALetter(QStringLiteral("[^a-z]"));
        QString domain = client.company.toLower();
        domain.remove(notALetter);
        QString local = first.toLower() + QLatin1Char('.') + last.toLower();
        local.remove(QLatin1Char('\''));
        client.setEmail(local + QLatin1Char('@') + domain.left(18) + QStringLiteral(".example"));
        const int number = m_random.bounded(10000);
        client.setPhone(QStringLiteral("+44 20 7946 %1").arg(number, 4, 10, QLatin1Char('0')));
        // A third also have a mobile, from the same draw, so that the rest of the data stays as it was.
        if (number % 3 == 0)
            client.phones.append(ContactPoint{QStringLiteral("07700 9%1").arg(number % 100000, 5, 10, QLatin1Char('0')),
                                              ContactPoint::Label::Mobile});
        const int tagCount = m_random.bounded(3);
        for (int t = 0; t < tagCount; ++t) {
            const QString tag = pick(m_random, Tags);
            if (!client.tags.contains(tag))
                client.tags.append(tag);
        }
        client.notes = pick(m_random, Notes);

        // Most clients sit well inside a quadrant, some near a boundary, a few in a corner.
        const int kind = m_random.bounded(100);
        if (kind < 4) {
            client.satisfaction = score(9.0, 10.0);
            client.repurchase = score(9.0, 10.0);
        } else if (kind < 7) {
            client.satisfaction = score(0.0, 1.0);
            client.repurchase = score(0.0, 1.0);
        } else {
            const bool satisfied = kind < 62;
            const bool returning = satisfied ? m_random.bounded(100) < 65 : m_random.bounded(100) < 50;
            client.satisfaction = satisfied ? score(5.0, 9.8) : score(0.5, 4.9);
            client.repurchase = returning ? score(5.0, 9.8) : score(0.5, 4.9);
        }

        client.createdAt = now.addMSecs(-qint64(m_random.generateDouble() * double(twoYearsMs))).toUTC();
        client.updatedAt = client.createdAt;
        result.append(std::move(client));
    }
    return result;
}

QVector<ClientRecord> SampleDataGenerator::records(int count, const QDateTime &now)
{
    QVector<ClientRecord> result;
    QVector<Client> all = clients(count, now);
    result.reserve(all.size());
    // The other frameworks draw from a generator of their own, so that the clients, their
    // interactions and their history stay what they were for a given seed.
    QRandomGenerator profiles(m_seed ^ 0x9E3779B9u);
    for (Client &client : all) {
        addProfile(&client, profiles, now);
        result.append({client, interactionsFor(client, now), historyFor(client, now)});
    }
    return result;
}

void SampleDataGenerator::addProfile(Client *client, QRandomGenerator &random, const QDateTime &now)
{
    const SegmentationRules rules;
    const Segment segment = rules.segment(client->satisfaction, client->repurchase);
    const bool happy = segment == Segment::Loyalist || segment == Segment::Mercenary;
    if (random.bounded(100) < 60) {
        // An NPS answer that mostly agrees with satisfaction, as real surveys do.
        client->nps = std::clamp(int(std::lround(client->satisfaction + (random.generateDouble() - 0.5) * 3.0)), 0, 10);
        client->npsDate = now.date().addDays(-qint64(random.bounded(200)));
    }
    if (random.bounded(100) < 50) {
        for (qint8 &rating : client->dimensions)
            rating = qint8(std::clamp(int(std::lround((happy ? 3.8 : 2.4) + (random.generateDouble() - 0.5) * 2.6)), 1, 5));
    }
    const int stage = int(random.bounded(100));
    client->stage = stage < 15 ? Stage::None : stage < 25 ? Stage::Courting : stage < 45 ? Stage::Contract
        : stage < 70 ? Stage::Continuation : stage < 90 ? Stage::Commitment : Stage::Convergence;
    const int degree = int(random.bounded(100));
    client->degree = degree < 40 ? 0 : degree < 70 ? 1 : degree < 92 ? 2 : 3;
    client->purchasesPerYear = random.bounded(100) < 70 ? int(random.bounded(12)) : 0;
    if (random.bounded(100) < 25)
        client->rung = LadderRung(1 + int(random.bounded(7)));
    if (segment == Segment::Hostage && random.bounded(100) < 60) {
        client->hostageReason = HostageReason(1 + int(random.bounded(5)));
        if (client->hostageReason == HostageReason::Contract)
            client->hostageReasonEnds = now.date().addDays(qint64(random.bounded(240)) - 20);
    }
}

QVector<Interaction> SampleDataGenerator::interactionsFor(const Client &client, const QDateTime &now)
{
    QVector<Interaction> result;
    const qint64 dayMs = qint64(24) * 3600 * 1000;
    const auto at = [&](double daysAgo) {
        // Office hours, so that the dates look like real contacts.
        const QDateTime when = now.addMSecs(-qint64(daysAgo * double(dayMs)));
        return QDateTime(when.date(), QTime(9 + int(m_random.bounded(8)), int(m_random.bounded(4)) * 15), Qt::UTC);
    };
    const auto add = [&](double daysAgo, Direction direction, Outcome outcome) {
        Interaction interaction;
        interaction.happenedAt = at(daysAgo);
        if (interaction.happenedAt < client.createdAt || interaction.happenedAt > now)
            return;
        const int kind = int(m_random.bounded(10));
        interaction.kind = kind < 2 ? InteractionKind::Meeting
            : kind < 6              ? InteractionKind::Call
            : kind < 9              ? InteractionKind::Email
                                    : InteractionKind::Message;
        interaction.direction = direction;
        interaction.outcome = outcome;
        interaction.note = outcome == Outcome::NoAnswer ? QString() : pick(m_random, MeetingNotes);
        result.append(interaction);
    };

    const int pattern = int(m_random.bounded(100));
    const double rhythm = 7 + m_random.bounded(40); // days between the client's own contacts
    if (pattern < 50) {
        // In touch regularly, up to recently.
        for (double daysAgo = m_random.bounded(int(rhythm)); daysAgo < 365; daysAgo += rhythm * (0.7 + 0.6 * m_random.generateDouble()))
            add(daysAgo, m_random.bounded(3) ? Direction::Inbound : Direction::Outbound, Outcome::Answered);
    } else if (pattern < 62) {
        // Regular once, silent for months now.
        const double silentFor = 60 + m_random.bounded(90);
        for (double daysAgo = silentFor; daysAgo < 365; daysAgo += rhythm * (0.8 + 0.4 * m_random.generateDouble()))
            add(daysAgo, Direction::Inbound, Outcome::Answered);
        const int attempts = int(m_random.bounded(3));
        for (int i = 0; i < attempts; ++i)
            add(silentFor / 2 - i * 5, Direction::Outbound, Outcome::NoAnswer);
    } else if (pattern < 72) {
        // Stopped answering: several attempts since the last real contact.
        const double lastContact = 40 + m_random.bounded(120);
        add(lastContact, Direction::Inbound, Outcome::Answered);
        add(lastContact + 30 + m_random.bounded(60), Direction::Outbound, Outcome::Answered);
        const int attempts = 2 + int(m_random.bounded(4));
        for (int i = 0; i < attempts; ++i)
            add(lastContact - 7 - i * (lastContact - 8) / attempts, Direction::Outbound, Outcome::NoAnswer);
    } else if (pattern < 95) {
        // The odd contact now and then, the latest not long ago.
        const int contacts = 1 + int(m_random.bounded(4));
        add(m_random.bounded(40), Direction::Outbound, Outcome::Answered);
        for (int i = 1; i < contacts; ++i)
            add(40 + m_random.bounded(300), m_random.bounded(2) ? Direction::Inbound : Direction::Outbound, Outcome::Answered);
    }
    std::sort(result.begin(), result.end(), Interaction::earlier);
    return result;
}

QVector<SegmentChange> SampleDataGenerator::historyFor(const Client &client, const QDateTime &now)
{
    QVector<SegmentChange> result;
    if (m_random.bounded(100) >= 25)
        return result;
    const SegmentationRules rules;
    // One or two earlier positions that led to where the client stands now.
    const int moves = 1 + int(m_random.bounded(2));
    double satisfaction = client.satisfaction;
    double repurchase = client.repurchase;
    double daysAgo = 3 + m_random.bounded(40);
    for (int i = 0; i < moves; ++i) {
        SegmentChange change;
        change.toSatisfaction = satisfaction;
        change.toRepurchase = repurchase;
        change.fromSatisfaction = roundToTenth(qBound(0.0, satisfaction + (m_random.generateDouble() - 0.5) * 6.0, 10.0));
        change.fromRepurchase = roundToTenth(qBound(0.0, repurchase + (m_random.generateDouble() - 0.5) * 6.0, 10.0));
        change.fromSegment = rules.segment(change.fromSatisfaction, change.fromRepurchase);
        change.fromExtreme = rules.extreme(change.fromSatisfaction, change.fromRepurchase);
        change.toSegment = rules.segment(change.toSatisfaction, change.toRepurchase);
        change.toExtreme = rules.extreme(change.toSatisfaction, change.toRepurchase);
        change.changedAt = now.addDays(-qint64(daysAgo)).toUTC();
        change.source = m_random.bounded(2) ? ChangeSource::Drag : ChangeSource::Edit;
        change.acknowledged = daysAgo > 30;
        if (change.changedAt < client.createdAt)
            break;
        result.prepend(change);
        satisfaction = change.fromSatisfaction;
        repurchase = change.fromRepurchase;
        daysAgo += 20 + m_random.bounded(60);
    }
    return result;
}

} // namespace Rapport
