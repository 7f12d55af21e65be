#include "sampledatagenerator.h"

#include "segment.h"

#include <QRegularExpression>
#include <QStringList>

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

template<typename T, size_t N>
QString pick(QRandomGenerator &random, T (&list)[N])
{
    return QString::fromUtf8(list[random.bounded(int(N))]);
}

} // namespace

SampleDataGenerator::SampleDataGenerator(quint32 seed)
    : m_random(seed)
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
        client.email = local + QLatin1Char('@') + domain.left(18) + QStringLiteral(".example");
        client.phone = QStringLiteral("+44 20 7946 %1").arg(m_random.bounded(10000), 4, 10, QLatin1Char('0'));
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

} // namespace Rapport
