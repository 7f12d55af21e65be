#include "clientimport.h"

#include "clientstore.h"
#include "textencoding.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <cmath>

namespace Rapport {

namespace {

using Field = ClientImport::Field;

/**
 * Each value of @p cell, labelled @p label: Google writes several in one cell, "a ::: b". A
 * preferred one (Google's type "* Work") goes before those found so far.
 */
void appendEach(const QString &cell, ContactPoint::Label label, bool preferred, QList<ContactPoint> *points)
{
    qsizetype at = preferred ? 0 : points->size();
    for (const QString &value : cell.split(QLatin1String(":::"))) {
        if (!value.trimmed().isEmpty())
            points->insert(at++, ContactPoint{value.trimmed(), label});
    }
}

/**
 * Which of several phone columns is the client's phone: work before mobile before home, the
 * rest (fax, pager) last. Columns of the same rank keep their order in the file.
 */
int phoneRank(const QString &header)
{
    const QString name = header.trimmed().toLower();
    if (name.contains(QLatin1String("fax")) || name.contains(QLatin1String("pager")))
        return 3;
    if (name.contains(QLatin1String("home")))
        return 2;
    if (name.contains(QLatin1String("mobile")) || name.contains(QLatin1String("cell")))
        return 1;
    return 0;
}


bool holdsReplacementCharacter(const Client &client)
{
    const QChar lost = QChar::ReplacementCharacter;
    return client.name.contains(lost) || client.company.contains(lost) || client.email().contains(lost)
        || client.phone().contains(lost) || client.notes.contains(lost)
        || std::any_of(client.tags.cbegin(), client.tags.cend(), [lost](const QString &tag) { return tag.contains(lost); });
}

QString normalizedHeader(const QString &header)
{
    return header.trimmed().toLower();
}

Field fieldForHeader(const QString &header)
{
    static const QHash<QString, Field> known = {
        {QStringLiteral("name"), Field::Name},
        {QStringLiteral("full name"), Field::Name},
        {QStringLiteral("display name"), Field::Name},
        {QStringLiteral("first name"), Field::FirstName},
        {QStringLiteral("given name"), Field::FirstName},
        {QStringLiteral("middle name"), Field::MiddleName},
        {QStringLiteral("additional name"), Field::MiddleName},
        {QStringLiteral("last name"), Field::LastName},
        {QStringLiteral("family name"), Field::LastName},
        {QStringLiteral("surname"), Field::LastName},
        {QStringLiteral("company"), Field::Company},
        {QStringLiteral("organization"), Field::Company},
        {QStringLiteral("organisation"), Field::Company},
        {QStringLiteral("organization name"), Field::Company},
        {QStringLiteral("organization 1 - name"), Field::Company},
        {QStringLiteral("email"), Field::Email},
        {QStringLiteral("e-mail"), Field::Email},
        {QStringLiteral("email address"), Field::Email},
        {QStringLiteral("e-mail address"), Field::Email},
        {QStringLiteral("e-mail 1 - value"), Field::Email},
        {QStringLiteral("email 1 - value"), Field::Email},
        {QStringLiteral("e-mail 2 address"), Field::Email},
        {QStringLiteral("e-mail 3 address"), Field::Email},
        {QStringLiteral("e-mail 2 - value"), Field::Email},
        {QStringLiteral("e-mail 3 - value"), Field::Email},
        {QStringLiteral("email 2 - value"), Field::Email},
        {QStringLiteral("email 3 - value"), Field::Email},
        {QStringLiteral("primary email"), Field::Email},
        {QStringLiteral("secondary email"), Field::Email},
        {QStringLiteral("phone"), Field::Phone},
        {QStringLiteral("telephone"), Field::Phone},
        {QStringLiteral("mobile"), Field::Phone},
        {QStringLiteral("mobile phone"), Field::Phone},
        {QStringLiteral("business phone"), Field::Phone},
        {QStringLiteral("primary phone"), Field::Phone},
        {QStringLiteral("home phone"), Field::Phone},
        {QStringLiteral("phone 1 - value"), Field::Phone},
        {QStringLiteral("phone 2 - value"), Field::Phone},
        {QStringLiteral("phone 3 - value"), Field::Phone},
        {QStringLiteral("work phone"), Field::Phone},
        {QStringLiteral("mobile number"), Field::Phone},
        {QStringLiteral("fax number"), Field::Phone},
        {QStringLiteral("pager number"), Field::Phone},
        {QStringLiteral("tags"), Field::Tags},
        {QStringLiteral("labels"), Field::Tags},
        {QStringLiteral("categories"), Field::Tags},
        {QStringLiteral("group membership"), Field::Tags},
        {QStringLiteral("satisfaction"), Field::Satisfaction},
        {QStringLiteral("overall satisfaction"), Field::Satisfaction},
        {QStringLiteral("repurchase"), Field::Repurchase},
        {QStringLiteral("likelihood to repurchase"), Field::Repurchase},
        {QStringLiteral("notes"), Field::Notes},
        {QStringLiteral("note"), Field::Notes},
        {QStringLiteral("contact_every_days"), Field::ContactEvery},
        {QStringLiteral("contact_at_most_days"), Field::ContactAtMost},
        {QStringLiteral("created_at"), Field::CreatedAt},
        {QStringLiteral("updated_at"), Field::UpdatedAt},
        {QStringLiteral("archived"), Field::Archived},
        {QStringLiteral("nps"), Field::Nps},
        {QStringLiteral("nps_date"), Field::NpsDate},
        {QStringLiteral("rung"), Field::Rung},
        {QStringLiteral("stage"), Field::Stage},
        {QStringLiteral("degree"), Field::Degree},
        {QStringLiteral("integrity"), Field::Integrity},
        {QStringLiteral("competency"), Field::Competency},
        {QStringLiteral("recognition"), Field::Recognition},
        {QStringLiteral("proactivity"), Field::Proactivity},
        {QStringLiteral("savvy"), Field::Savvy},
        {QStringLiteral("chemistry"), Field::Chemistry},
        {QStringLiteral("hostage_reason"), Field::HostageReason},
        {QStringLiteral("hostage_reason_ends"), Field::HostageReasonEnds},
        {QStringLiteral("purchases_per_year"), Field::PurchasesPerYear},
        {QStringLiteral("all_emails"), Field::AllEmails},
        {QStringLiteral("all_phones"), Field::AllPhones},
        {QStringLiteral("owner"), Field::Owner},
        {QStringLiteral("account owner"), Field::Owner},
        {QStringLiteral("account_owner"), Field::Owner},
    };
    return known.value(normalizedHeader(header), Field::Ignore);
}

// LinkedIn's connections export puts a "Notes:" paragraph above its header row.
bool isLinkedInHeader(const CsvRecord &record)
{
    QStringList names;
    for (const QString &field : record.fields)
        names.append(normalizedHeader(field));
    return names.contains(QStringLiteral("first name")) && names.contains(QStringLiteral("last name"))
        && names.contains(QStringLiteral("connected on"));
}

// Tags as address books write them: "a, b", "a;b", Google's "* myContacts ::: Clients".
QStringList parseTagCell(const QString &cell)
{
    QString text = cell;
    text.replace(QLatin1String(":::"), QLatin1String(","));
    text.replace(QLatin1Char(';'), QLatin1Char(','));
    QStringList tags = Client::parseTags(text);
    tags.erase(std::remove_if(tags.begin(), tags.end(), [](const QString &t) { return t.startsWith(QLatin1Char('*')); }), tags.end());
    return tags;
}

// A row of empty cells, as spreadsheets leave at the end of a sheet: nothing to import.
bool isBlank(const CsvRecord &record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); });
}

QDateTime parseTimestamp(const QString &text)
{
    QDateTime when = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!when.isValid())
        return {};
    return when.toUTC();
}

} // namespace

bool ClientImport::load(const QByteArray &data, QString *error)
{
    TextEncoding::Encoding encoding = TextEncoding::Encoding::Utf8;
    const QString text = TextEncoding::decode(data, &encoding);
    return loadText(data, text, encoding, encoding, error);
}

bool ClientImport::load(const QByteArray &data, TextEncoding::Encoding encoding, QString *error)
{
    bool ok = true;
    const QString text = TextEncoding::decode(data, encoding, &ok);
    if (!ok) {
        reset(encoding);
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        const int line = int(QStringView(text).left(std::max<qsizetype>(bad, 0)).count(QLatin1Char('\n'))) + 1;
        *error = tr("line %1: the file is not text in this encoding; choose another encoding").arg(line);
        return false;
    }
    return loadText(data, text, encoding, TextEncoding::detect(data), error);
}

void ClientImport::reset(TextEncoding::Encoding encoding)
{
    m_rows.clear();
    m_cards.clear();
    m_headers.clear();
    m_mapping.clear();
    m_kind = Kind::Clients;
    m_format = Format::Other;
    m_delimiter = QLatin1Char(',');
    m_encoding = encoding;
    m_hasReplacementCharacter = false;
}

bool ClientImport::loadText(const QByteArray &data, const QString &text, TextEncoding::Encoding encoding,
                            TextEncoding::Encoding detected, QString *error)
{
    reset(encoding);
    // One search over the whole text, so that rows are only checked for it when there is one.
    m_hasReplacementCharacter = text.contains(QChar::ReplacementCharacter);

    const QStringView start = QStringView(text).left(64).trimmed();
    if (start.startsWith(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive)) {
        // The vCard reader decodes each value in the CHARSET it names; given the file's own
        // bytes it also reads what that file says, unless another encoding was chosen.
        const bool ownBytes = encoding == detected && encoding != TextEncoding::Encoding::Utf16LE
            && encoding != TextEncoding::Encoding::Utf16BE;
        if (!VCard::parse(ownBytes ? data : text.toUtf8(), &m_cards, error))
            return false;
        m_format = Format::VCard;
        return true;
    }

    QVector<CsvRecord> records;
    if (!Csv::parse(text, &records, error, &m_delimiter))
        return false;
    if (records.isEmpty()) {
        *error = tr("line 1: the file is empty");
        return false;
    }
    // Only the first few lines are searched: a header further down is no preamble's.
    const auto searched = records.cbegin() + std::min<qsizetype>(records.size(), 10);
    if (const auto header = std::find_if(records.cbegin(), searched, isLinkedInHeader); header != searched)
        records.erase(records.cbegin(), header);
    m_headers = records.takeFirst().fields;
    for (QString &header : m_headers)
        header = header.trimmed();
    m_rows = std::move(records);

    const QStringList lower = [this] {
        QStringList list;
        for (const QString &h : std::as_const(m_headers))
            list.append(normalizedHeader(h));
        return list;
    }();
    if (lower.mid(0, interactionExportHeader().size()) == interactionExportHeader()) {
        m_kind = Kind::Interactions;
        m_format = Format::RapportInteractions;
        return true;
    }
    const QStringList rapport = clientExportHeader().mid(0, 9);
    if (lower.mid(0, rapport.size()) == rapport)
        m_format = Format::Rapport;
    else if (lower.contains(QStringLiteral("e-mail 1 - value")) || lower.contains(QStringLiteral("given name"))
             || lower.contains(QStringLiteral("organization name")))
        m_format = Format::GoogleContacts;
    else if (lower.contains(QStringLiteral("e-mail address")) && lower.contains(QStringLiteral("first name")))
        m_format = Format::Outlook;
    else if (lower.contains(QStringLiteral("primary email")) && lower.contains(QStringLiteral("display name")))
        m_format = Format::Thunderbird;
    else if (lower.contains(QStringLiteral("connected on")) && lower.contains(QStringLiteral("first name")))
        m_format = Format::LinkedIn;
    detectMapping();
    return true;
}

void ClientImport::detectMapping()
{
    m_mapping.clear();
    for (const QString &header : std::as_const(m_headers)) {
        Field field = fieldForHeader(header);
        // LinkedIn's job title, profile address and date of connection have no field of their
        // own: they are kept in the notes, each line named after its column.
        if (m_format == Format::LinkedIn
            && QStringList({QStringLiteral("position"), QStringLiteral("url"), QStringLiteral("connected on")})
                   .contains(normalizedHeader(header)))
            field = Field::NoteLine;
        m_mapping.append(field);
    }
}

int ClientImport::labelColumn(int column) const
{
    // "E-mail 1 - Value" and "Phone 2 - Value" have their label in "... - Type" or "... - Label".
    const QString header = normalizedHeader(m_headers.value(column));
    const QLatin1String value(" - value");
    if (!header.endsWith(value))
        return -1;
    // Google's older layout says "Type", its newer one "Label".
    const QString stem = header.chopped(value.size());
    for (int other = 0; other < m_headers.size(); ++other) {
        const QString name = normalizedHeader(m_headers.at(other));
        if (name == stem + QStringLiteral(" - type") || name == stem + QStringLiteral(" - label"))
            return other;
    }
    return -1;
}

QStringList ClientImport::notImported() const
{
    QStringList names;
    if (m_format == Format::VCard) {
        for (const VCardContact &card : m_cards) {
            for (const QString &property : card.unread) {
                const QString name = vCardPropertyName(property);
                if (!names.contains(name))
                    names.append(name);
            }
        }
        return names;
    }
    if (m_kind != Kind::Clients)
        return names;
    QSet<int> labelColumns;
    for (int column = 0; column < m_headers.size(); ++column) {
        if (m_mapping.value(column) == Field::Email || m_mapping.value(column) == Field::Phone)
            labelColumns.insert(labelColumn(column));
    }
    for (int column = 0; column < m_headers.size(); ++column) {
        if (m_mapping.value(column) != Field::Ignore || labelColumns.contains(column))
            continue;
        // An empty column loses nothing: Google and Outlook write dozens of them.
        const bool used = std::any_of(m_rows.cbegin(), m_rows.cend(), [column](const CsvRecord &record) {
            return !record.fields.value(column).trimmed().isEmpty();
        });
        if (used)
            names.append(m_headers.at(column).isEmpty() ? tr("column %1").arg(column + 1) : m_headers.at(column));
    }
    return names;
}

QString ClientImport::notImportedText(const QStringList &names)
{
    return names.isEmpty() ? QString() : tr("Not imported: %1").arg(names.join(QStringLiteral(", ")));
}

QString ClientImport::vCardPropertyName(const QString &property)
{
    static const QHash<QString, const char *> known = {
        {QStringLiteral("BDAY"), QT_TR_NOOP("Birthday")},
        {QStringLiteral("ANNIVERSARY"), QT_TR_NOOP("Anniversary")},
        {QStringLiteral("X-ABDATE"), QT_TR_NOOP("Dates")},
        {QStringLiteral("ADR"), QT_TR_NOOP("Address")},
        {QStringLiteral("LABEL"), QT_TR_NOOP("Address label")},
        {QStringLiteral("URL"), QT_TR_NOOP("Web page")},
        {QStringLiteral("PHOTO"), QT_TR_NOOP("Photo")},
        {QStringLiteral("LOGO"), QT_TR_NOOP("Logo")},
        {QStringLiteral("TITLE"), QT_TR_NOOP("Job title")},
        {QStringLiteral("ROLE"), QT_TR_NOOP("Role")},
        {QStringLiteral("NICKNAME"), QT_TR_NOOP("Nickname")},
        {QStringLiteral("IMPP"), QT_TR_NOOP("Instant messaging")},
        {QStringLiteral("X-SOCIALPROFILE"), QT_TR_NOOP("Social profile")},
        {QStringLiteral("RELATED"), QT_TR_NOOP("Related people")},
        {QStringLiteral("X-ABRELATEDNAMES"), QT_TR_NOOP("Related people")},
        {QStringLiteral("GEO"), QT_TR_NOOP("Location")},
        {QStringLiteral("TZ"), QT_TR_NOOP("Time zone")},
        {QStringLiteral("GENDER"), QT_TR_NOOP("Gender")},
        {QStringLiteral("LANG"), QT_TR_NOOP("Language")},
        {QStringLiteral("KEY"), QT_TR_NOOP("Encryption key")},
        {QStringLiteral("SOUND"), QT_TR_NOOP("Sound")},
    };
    const char *name = known.value(property);
    return name ? tr(name) : property;
}

QString ClientImport::formatName() const
{
    switch (m_format) {
    case Format::Rapport:
        return tr("Rapport client export");
    case Format::RapportInteractions:
        return tr("Rapport interaction export");
    case Format::GoogleContacts:
        return tr("Google Contacts export");
    case Format::Outlook:
        return tr("Outlook contacts export");
    case Format::Thunderbird:
        return tr("Thunderbird address book export");
    case Format::LinkedIn:
        return tr("LinkedIn connections export");
    case Format::VCard:
        return tr("vCard contacts");
    case Format::Other:
        return tr("CSV file: check the columns");
    }
    return {};
}

int ClientImport::rowCount() const
{
    return m_format == Format::VCard ? int(m_cards.size()) : int(m_rows.size());
}

void ClientImport::setMapping(int column, Field field)
{
    if (column >= 0 && column < m_mapping.size())
        m_mapping[column] = field;
}

QVector<ClientImport::Field> ClientImport::allFields()
{
    return {Field::Ignore, Field::Name, Field::FirstName, Field::MiddleName, Field::LastName, Field::Company,
            Field::Email, Field::Phone, Field::Tags, Field::Owner, Field::Satisfaction, Field::Repurchase, Field::Notes,
            Field::NoteLine, Field::ContactEvery, Field::ContactAtMost, Field::CreatedAt, Field::UpdatedAt, Field::Archived,
            Field::Nps, Field::NpsDate, Field::Rung, Field::Stage, Field::Degree, Field::Integrity, Field::Competency,
            Field::Recognition, Field::Proactivity, Field::Savvy, Field::Chemistry, Field::HostageReason,
            Field::HostageReasonEnds, Field::PurchasesPerYear, Field::AllEmails, Field::AllPhones};
}

QString ClientImport::fieldName(Field field)
{
    switch (field) {
    case Field::Ignore:
        return tr("(ignore)");
    case Field::Name:
        return tr("Name");
    case Field::FirstName:
        return tr("First name");
    case Field::MiddleName:
        return tr("Middle name");
    case Field::LastName:
        return tr("Last name");
    case Field::Company:
        return tr("Company");
    case Field::Email:
        return tr("Email");
    case Field::Phone:
        return tr("Phone");
    case Field::Tags:
        return tr("Tags");
    case Field::Satisfaction:
        return tr("Satisfaction");
    case Field::Repurchase:
        return tr("Likelihood to repurchase");
    case Field::Notes:
        return tr("Notes");
    case Field::NoteLine:
        return tr("Notes, as \"column: value\"");
    case Field::ContactEvery:
        return tr("Contact every (days)");
    case Field::ContactAtMost:
        return tr("Contact at most every (days)");
    case Field::CreatedAt:
        return tr("Added on");
    case Field::UpdatedAt:
        return tr("Last changed on");
    case Field::Archived:
        return tr("Archived");
    case Field::Nps:
        return tr("NPS answer (0-10)");
    case Field::NpsDate:
        return tr("NPS answered on");
    case Field::Rung:
        return tr("Ladder rung");
    case Field::Stage:
        return tr("Relationship stage");
    case Field::Degree:
        return tr("Degree of client");
    case Field::Integrity:
    case Field::Competency:
    case Field::Recognition:
    case Field::Proactivity:
    case Field::Savvy:
    case Field::Chemistry:
        return Frameworks::dimensionName(Dimension(int(field) - int(Field::Integrity)));
    case Field::HostageReason:
        return tr("Why a Hostage stays");
    case Field::HostageReasonEnds:
        return tr("That reason ends on");
    case Field::PurchasesPerYear:
        return tr("Purchases a year");
    case Field::AllEmails:
        return tr("Every email, with its label");
    case Field::AllPhones:
        return tr("Every phone, with its label");
    case Field::Owner:
        return tr("Account owner");
    }
    return {};
}

void ClientImport::setScales(Scale satisfaction, Scale repurchase)
{
    m_satisfactionScale = satisfaction;
    m_repurchaseScale = repurchase;
}

QString ClientImport::scaleName(Scale scale)
{
    switch (scale) {
    case Scale::ZeroToTen:
        return QStringLiteral("0-10");
    case Scale::OneToFive:
        return QStringLiteral("1-5");
    case Scale::OneToSeven:
        return QStringLiteral("1-7");
    case Scale::OneToTen:
        return QStringLiteral("1-10");
    }
    return {};
}

bool ClientImport::scaleFromKey(const QString &key, Scale *scale)
{
    for (Scale s : {Scale::ZeroToTen, Scale::OneToFive, Scale::OneToSeven, Scale::OneToTen}) {
        if (scaleName(s) == key.trimmed()) {
            *scale = s;
            return true;
        }
    }
    return false;
}

double ClientImport::toTenPoint(double value, Scale scale)
{
    switch (scale) {
    case Scale::ZeroToTen:
        return roundToTenth(value);
    case Scale::OneToFive:
        return roundToTenth((value - 1.0) / 4.0 * 10.0);
    case Scale::OneToSeven:
        return roundToTenth((value - 1.0) / 6.0 * 10.0);
    case Scale::OneToTen:
        return roundToTenth((value - 1.0) / 9.0 * 10.0);
    }
    return value;
}

QStringList ClientImport::clientExportHeader()
{
    return {QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("email"), QStringLiteral("phone"),
            QStringLiteral("tags"), QStringLiteral("satisfaction"), QStringLiteral("repurchase"), QStringLiteral("nps"),
            QStringLiteral("notes"), QStringLiteral("rung"), QStringLiteral("stage"), QStringLiteral("degree"),
            QStringLiteral("integrity"), QStringLiteral("competency"), QStringLiteral("recognition"),
            QStringLiteral("proactivity"), QStringLiteral("savvy"), QStringLiteral("chemistry"), QStringLiteral("nps_date"),
            QStringLiteral("hostage_reason"), QStringLiteral("hostage_reason_ends"), QStringLiteral("purchases_per_year"),
            QStringLiteral("contact_every_days"), QStringLiteral("contact_at_most_days"),
            QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("archived"),
            QStringLiteral("segment"), QStringLiteral("extreme"), QStringLiteral("last_contact"),
            QStringLiteral("days_overdue"), QStringLiteral("unanswered_streak"), QStringLiteral("all_emails"),
            QStringLiteral("all_phones"), QStringLiteral("owner")};
}

QStringList ClientImport::interactionExportHeader()
{
    return {QStringLiteral("client_email"), QStringLiteral("client_name"), QStringLiteral("when"), QStringLiteral("kind"),
            QStringLiteral("direction"), QStringLiteral("outcome"), QStringLiteral("note")};
}

bool ClientImport::readScore(const QString &text, Scale scale, const QString &what, double *value, QString *problem) const
{
    QString number = text.trimmed();
    if (m_delimiter == QLatin1Char(';'))
        number.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    static const QLocale c = QLocale::c();
    const double raw = c.toDouble(number, &ok);
    if (!ok || !std::isfinite(raw)) {
        *problem = tr("%1 \"%2\" is not a number").arg(what, text.trimmed());
        return false;
    }
    const double low = scale == Scale::ZeroToTen ? 0.0 : 1.0;
    const double high = scale == Scale::OneToFive ? 5.0 : scale == Scale::OneToSeven ? 7.0 : 10.0;
    if (raw < low || raw > high) {
        *problem = tr("%1 %2 is outside the scale %3").arg(what, text.trimmed(), scaleName(scale));
        return false;
    }
    *value = toTenPoint(raw, scale);
    return true;
}

ImportResult ClientImport::analyse(const ClientStore &store) const
{
    return m_kind == Kind::Interactions ? analyseInteractions(store) : analyseClients(store);
}

ImportResult ClientImport::analyseClients(const ClientStore &store) const
{
    ImportResult result;
    QHash<QString, qint64> byEmail;
    QHash<QString, qint64> byNameAndCompany;
    for (const Client &client : store.clients()) {
        for (const ContactPoint &email : client.emails)
            byEmail.insert(email.value.toLower(), client.id);
        if (!client.name.isEmpty())
            byNameAndCompany.insert(client.name.toLower() + QLatin1Char('\n') + client.company.toLower(), client.id);
    }
    const bool checkLostLetters = m_hasReplacementCharacter || m_format == Format::VCard;
    const qsizetype rows = m_format == Format::VCard ? m_cards.size() : m_rows.size();
    result.clients.reserve(rows);
    result.clientLines.reserve(rows);
    result.scoresGiven.reserve(rows);
    result.nameMissing.reserve(rows);
    const auto addClient = [&](Client client, int line, quint8 scores) {
        // Google and phones export contacts that are only an address or a number: they are kept,
        // named after what they have, for the owner to name later.
        const bool nameMissing = client.name.trimmed().isEmpty() && client.company.trimmed().isEmpty()
            && !(client.email().trimmed().isEmpty() && client.phone().trimmed().isEmpty());
        if (nameMissing)
            client.name = client.email().trimmed().isEmpty() ? client.phone().trimmed() : client.email().trimmed();
        if (checkLostLetters && holdsReplacementCharacter(client)) {
            result.problems.append({line, tr("a letter in this row could not be read and shows as \"%1\"; correct it in the "
                                             "file or choose another encoding")
                                              .arg(QChar(QChar::ReplacementCharacter))});
            return;
        }
        const QString invalid = ClientStore::validationError(client);
        if (!invalid.isEmpty()) {
            result.problems.append({line, invalid});
            return;
        }
        const int index = int(result.clients.size());
        // Any address in common makes the same person.
        auto sameEmail = byEmail.constEnd();
        if (!byEmail.isEmpty()) {
            for (const ContactPoint &email : std::as_const(client.emails)) {
                if (sameEmail == byEmail.constEnd())
                    sameEmail = byEmail.constFind(email.value.toLower());
            }
        }
        if (sameEmail != byEmail.constEnd())
            result.duplicates.append({index, *sameEmail, tr("same email")});
        else if (!client.name.isEmpty() && !byNameAndCompany.isEmpty()) {
            const QString key = client.name.toLower() + QLatin1Char('\n') + client.company.toLower();
            if (const auto same = byNameAndCompany.constFind(key); same != byNameAndCompany.cend())
                result.duplicates.append({index, *same, tr("same name and company")});
        }
        result.clients.append({std::move(client), {}, {}});
        result.clientLines.append(line);
        result.scoresGiven.append(scores);
        result.nameMissing.append(nameMissing);
    };

    if (m_format == Format::VCard) {
        for (const VCardContact &card : m_cards) {
            Client client;
            client.name = card.name;
            client.company = card.company;
            client.emails = card.emails;
            client.phones = card.phones;
            client.tags = Client::parseTags(card.categories.join(QLatin1Char(',')));
            client.notes = card.note;
            addClient(std::move(client), card.line, 0);
        }
        return result;
    }

    const bool ownExport = m_format == Format::Rapport;
    QVector<int> phoneRanks;
    for (const QString &header : m_headers)
        phoneRanks.append(phoneRank(header));
    QList<ContactPoint> emails;
    QVector<QList<ContactPoint>> phonesByRank(4);
    // A column's label: what its type column says in the row (Google's "E-mail 1 - Type": "* Work"), else its header.
    QVector<int> labelColumns;
    QVector<ContactPoint::Label> headerLabels;
    for (int column = 0; column < m_headers.size(); ++column) {
        labelColumns.append(labelColumn(column));
        headerLabels.append(ContactPoint::labelFromText(m_headers.at(column), ContactPoint::Label::Work));
    }
    // A file holds a few types ("* Work", "Mobile") in every row: each is read once per header's label.
    QHash<QPair<QString, int>, ContactPoint::Label> typeLabels;
    const auto labelIn = [&](const CsvRecord &record, int column, bool *preferred) {
        const int typeColumn = labelColumns.value(column, -1);
        const QString type = typeColumn >= 0 ? record.fields.value(typeColumn).trimmed() : QString();
        *preferred = type.startsWith(QLatin1Char('*'));
        const ContactPoint::Label header = headerLabels.value(column, ContactPoint::Label::Work);
        if (type.isEmpty())
            return header;
        auto known = typeLabels.constFind({type, int(header)});
        if (known == typeLabels.cend())
            known = typeLabels.insert({type, int(header)}, ContactPoint::labelFromText(type, header));
        return *known;
    };
    const QString noField;
    // Named once, not translated again for every row.
    const QString satisfactionName = tr("satisfaction");
    const QString repurchaseName = tr("likelihood to repurchase");
    for (const CsvRecord &record : m_rows) {
        if (isBlank(record))
            continue;
        emails.clear();
        for (QList<ContactPoint> &phones : phonesByRank)
            phones.clear();
        // Rapport's own export holds each list as the client stores it: kept as that text.
        std::optional<ContactPoints> allEmails;
        std::optional<ContactPoints> allPhones;
        Client client;
        quint8 scores = 0;
        QStringList nameParts(3);
        QString problem;
        bool rowOk = true;
        for (int column = 0; column < m_mapping.size() && rowOk; ++column) {
            if (m_mapping.at(column) == Field::Ignore)
                continue;
            // Read in place: a hundred thousand rows of thirty cells are not copied once more.
            const QString &field = column < record.fields.size() ? record.fields.at(column) : noField;
            QString unescaped;
            if (ownExport && field.startsWith(QLatin1Char('\'')))
                unescaped = Csv::unescapeFormula(field);
            const QString &cell = unescaped.isNull() ? field : unescaped;
            const QString trimmed = cell.trimmed();
            switch (m_mapping.at(column)) {
            case Field::Ignore:
                break;
            case Field::Name:
                if (client.name.isEmpty())
                    client.name = trimmed;
                break;
            case Field::FirstName:
                nameParts[0] = trimmed;
                break;
            case Field::MiddleName:
                nameParts[1] = trimmed;
                break;
            case Field::LastName:
                nameParts[2] = trimmed;
                break;
            case Field::Company:
                if (client.company.isEmpty())
                    client.company = trimmed;
                break;
            case Field::Owner:
                if (client.owner.isEmpty())
                    client.owner = trimmed;
                break;
            case Field::Email: {
                bool preferred = false;
                const ContactPoint::Label label = labelIn(record, column, &preferred);
                appendEach(trimmed, label, preferred, &emails);
                break;
            }
            case Field::Phone: {
                bool preferred = false;
                const ContactPoint::Label label = labelIn(record, column, &preferred);
                appendEach(trimmed, label, preferred, &phonesByRank[preferred ? 0 : phoneRanks.value(column)]);
                break;
            }
            case Field::AllEmails:
                allEmails = ContactPoints::fromStored(cell);
                break;
            case Field::AllPhones:
                allPhones = ContactPoints::fromStored(cell);
                break;
            case Field::Tags:
                for (const QString &tag : ownExport ? Client::parseTags(cell) : parseTagCell(cell)) {
                    if (!client.tags.contains(tag, Qt::CaseInsensitive))
                        client.tags.append(tag);
                }
                break;
            case Field::Satisfaction:
                if (!trimmed.isEmpty()) {
                    rowOk = readScore(trimmed, m_satisfactionScale, satisfactionName, &client.satisfaction, &problem);
                    scores |= 1;
                }
                break;
            case Field::Repurchase:
                if (!trimmed.isEmpty()) {
                    rowOk = readScore(trimmed, m_repurchaseScale, repurchaseName, &client.repurchase, &problem);
                    scores |= 2;
                }
                break;
            case Field::Notes:
                client.notes = client.notes.isEmpty() ? cell : client.notes + QLatin1Char('\n') + cell;
                break;
            case Field::NoteLine:
                if (!trimmed.isEmpty()) {
                    const QString line = m_headers.value(column) + QStringLiteral(": ") + trimmed;
                    client.notes = client.notes.isEmpty() ? line : client.notes + QLatin1Char('\n') + line;
                }
                break;
            case Field::ContactEvery:
            case Field::ContactAtMost: {
                if (trimmed.isEmpty())
                    break;
                bool ok = false;
                const int days = trimmed.toInt(&ok);
                if (!ok || days < 0) {
                    problem = tr("\"%1\" is not a number of days").arg(trimmed);
                    rowOk = false;
                    break;
                }
                (m_mapping.at(column) == Field::ContactEvery ? client.idealIntervalDays : client.maximumIntervalDays) = days;
                break;
            }
            case Field::CreatedAt:
            case Field::UpdatedAt: {
                if (trimmed.isEmpty())
                    break;
                const QDateTime when = parseTimestamp(trimmed);
                if (!when.isValid()) {
                    problem = tr("\"%1\" is not a date and time like 2026-11-24T09:30:00Z").arg(trimmed);
                    rowOk = false;
                    break;
                }
                (m_mapping.at(column) == Field::CreatedAt ? client.createdAt : client.updatedAt) = when;
                break;
            }
            case Field::Nps:
            case Field::Degree:
            case Field::PurchasesPerYear:
            case Field::Integrity:
            case Field::Competency:
            case Field::Recognition:
            case Field::Proactivity:
            case Field::Savvy:
            case Field::Chemistry: {
                if (trimmed.isEmpty())
                    break;
                bool ok = false;
                const int number = trimmed.toInt(&ok);
                const Field field = m_mapping.at(column);
                const int low = field == Field::Nps || field == Field::PurchasesPerYear ? 0 : 1;
                const int high = field == Field::Nps ? 10 : field == Field::Degree ? 3 : field == Field::PurchasesPerYear ? 100000 : 5;
                if (!ok || number < low || number > high) {
                    problem = tr("%1 \"%2\" is not a whole number from %3 to %4").arg(fieldName(field), trimmed).arg(low).arg(high);
                    rowOk = false;
                    break;
                }
                if (field == Field::Nps)
                    client.nps = number;
                else if (field == Field::Degree)
                    client.degree = number;
                else if (field == Field::PurchasesPerYear)
                    client.purchasesPerYear = number;
                else
                    client.dimensions[size_t(int(field) - int(Field::Integrity))] = number;
                break;
            }
            case Field::NpsDate:
            case Field::HostageReasonEnds: {
                if (trimmed.isEmpty())
                    break;
                const QDate date = QDate::fromString(trimmed, Qt::ISODate);
                if (!date.isValid()) {
                    problem = tr("\"%1\" is not a date like 2026-11-24").arg(trimmed);
                    rowOk = false;
                    break;
                }
                (m_mapping.at(column) == Field::NpsDate ? client.npsDate : client.hostageReasonEnds) = date;
                break;
            }
            case Field::Rung:
                if (!Frameworks::rungFromKey(trimmed.toLower(), &client.rung)) {
                    problem = tr("\"%1\" is not a ladder rung (terrorist, toxic, prospect, customer, client, supporter, advocate)").arg(trimmed);
                    rowOk = false;
                }
                break;
            case Field::Stage:
                if (!Frameworks::stageFromKey(trimmed.toLower(), &client.stage)) {
                    problem = tr("\"%1\" is not a stage (courting, contract, continuation, commitment, convergence)").arg(trimmed);
                    rowOk = false;
                }
                break;
            case Field::HostageReason:
                if (!Frameworks::hostageReasonFromKey(trimmed.toLower(), &client.hostageReason)) {
                    problem = tr("\"%1\" is not a reason (contract, switching_cost, no_alternative, habit, other)").arg(trimmed);
                    rowOk = false;
                }
                break;
            case Field::Archived:
                client.archived = trimmed == QLatin1String("1") || trimmed.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
                    || trimmed.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
                break;
            }
        }
        if (!rowOk) {
            result.problems.append({record.line, problem});
            continue;
        }
        if (client.name.isEmpty()) {
            nameParts.removeAll(QString());
            client.name = nameParts.join(QLatin1Char(' '));
        }
        // Rapport's own export lists every email and phone with its label; other files give one a column.
        client.emails = allEmails ? *allEmails : ContactPoints(emails);
        if (allPhones) {
            client.phones = *allPhones;
        } else {
            QList<ContactPoint> phones;
            for (const QList<ContactPoint> &ranked : std::as_const(phonesByRank))
                phones += ranked;
            client.phones = phones;
        }
        addClient(std::move(client), record.line, scores);
    }
    return result;
}

void ClientImport::resolve(const ImportResult &result, const QVector<DuplicatePolicy> &choices, const ClientStore &store,
                           QVector<ClientRecord> *additions, QVector<Client> *updates) const
{
    QHash<int, DuplicatePolicy> choiceOf;
    QHash<int, qint64> existingOf;
    for (int i = 0; i < result.duplicates.size(); ++i) {
        choiceOf.insert(result.duplicates.at(i).index, choices.value(i, DuplicatePolicy::Skip));
        existingOf.insert(result.duplicates.at(i).index, result.duplicates.at(i).existingId);
    }
    QHash<qint64, int> updateIndex;
    additions->reserve(additions->size() + result.clients.size() - result.duplicates.size());
    for (int i = 0; i < result.clients.size(); ++i) {
        const Client &imported = result.clients.at(i).client;
        const DuplicatePolicy choice = choiceOf.value(i, DuplicatePolicy::KeepBoth);
        if (!choiceOf.contains(i) || choice == DuplicatePolicy::KeepBoth) {
            additions->append(result.clients.at(i));
            continue;
        }
        if (choice == DuplicatePolicy::Skip)
            continue;
        const qint64 id = existingOf.value(i);
        const Client *stored = store.client(id);
        if (!stored)
            continue;
        // Update: what the file says wins; what it leaves empty keeps the stored value.
        Client merged = updateIndex.contains(id) ? updates->at(updateIndex.value(id)) : *stored;
        // A name made from the email or phone is no name from the file: the stored one stays.
        const QString name = result.nameMissing.value(i) ? QString() : imported.name;
        for (auto [target, value] : {std::pair{&merged.name, name}, std::pair{&merged.company, imported.company},
                                     std::pair{&merged.owner, imported.owner}, std::pair{&merged.notes, imported.notes}}) {
            if (!value.trimmed().isEmpty())
                *target = value;
        }
        // The file's emails and phones come first (its preferred one wins); the stored ones stay too.
        merged.emails = ContactPoint::normalized(imported.emails.toList() + merged.emails.toList(), true);
        merged.phones = ContactPoint::normalized(imported.phones.toList() + merged.phones.toList(), false);
        for (const QString &tag : imported.tags) {
            if (!merged.tags.contains(tag, Qt::CaseInsensitive))
                merged.tags.append(tag);
        }
        // Scores only where the row gave them: an empty cell keeps the stored score.
        const quint8 given = result.scoresGiven.value(i);
        if (given & 1)
            merged.satisfaction = imported.satisfaction;
        if (given & 2)
            merged.repurchase = imported.repurchase;
        if (imported.idealIntervalDays)
            merged.idealIntervalDays = imported.idealIntervalDays;
        if (imported.maximumIntervalDays)
            merged.maximumIntervalDays = imported.maximumIntervalDays;
        if (imported.rung != LadderRung::None)
            merged.rung = imported.rung;
        if (imported.stage != Stage::None)
            merged.stage = imported.stage;
        for (int d = 0; d < DimensionCount; ++d) {
            if (imported.dimensions[size_t(d)] > 0)
                merged.dimensions[size_t(d)] = imported.dimensions[size_t(d)];
        }
        if (imported.nps >= 0)
            merged.nps = imported.nps;
        if (imported.npsDate.isValid())
            merged.npsDate = imported.npsDate;
        if (imported.degree > 0)
            merged.degree = imported.degree;
        if (imported.hostageReason != HostageReason::None)
            merged.hostageReason = imported.hostageReason;
        if (imported.hostageReasonEnds.isValid())
            merged.hostageReasonEnds = imported.hostageReasonEnds;
        if (imported.purchasesPerYear > 0)
            merged.purchasesPerYear = imported.purchasesPerYear;
        if (updateIndex.contains(id)) {
            (*updates)[updateIndex.value(id)] = merged;
        } else {
            updateIndex.insert(id, int(updates->size()));
            updates->append(merged);
        }
    }
}

QByteArray ClientImport::skippedRowsCsv(const ImportResult &result) const
{
    const QStringList columns = {QStringLiteral("line"), QStringLiteral("reason")};
    QString text;
    if (m_format == Format::VCard) {
        QHash<int, const VCardContact *> cardAt;
        for (const VCardContact &card : m_cards)
            cardAt.insert(card.line, &card);
        text = Csv::line(QStringList{QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("email"),
                                     QStringLiteral("phone")} + columns, m_delimiter);
        for (const ImportProblem &problem : result.problems) {
            const VCardContact *card = cardAt.value(problem.line);
            const QStringList fields = card ? QStringList{card->name, card->company, card->emails.value(0).value, card->phones.value(0).value}
                                            : QStringList(4);
            text += Csv::line(fields + QStringList{QString::number(problem.line), problem.reason}, m_delimiter);
        }
        return text.toUtf8();
    }
    QHash<int, const CsvRecord *> recordAt;
    for (const CsvRecord &record : m_rows)
        recordAt.insert(record.line, &record);
    // Rapport's own exports were written with formulas defused; undo that so that the writer's
    // defusing gives back the very cells of the file.
    const bool ownExport = m_format == Format::Rapport || m_format == Format::RapportInteractions;
    text = Csv::line(m_headers + columns, m_delimiter);
    for (const ImportProblem &problem : result.problems) {
        QStringList fields = recordAt.contains(problem.line) ? recordAt.value(problem.line)->fields : QStringList();
        // As many cells as the header names, so that line and reason stay under their names.
        fields.resize(m_headers.size());
        if (ownExport) {
            for (QString &field : fields)
                field = Csv::unescapeFormula(field);
        }
        text += Csv::line(fields + QStringList{QString::number(problem.line), problem.reason}, m_delimiter);
    }
    return text.toUtf8();
}

QString ClientImport::skippedRowsPath(const QString &inputPath)
{
    const QString suffix = QFileInfo(inputPath).suffix();
    return (suffix.isEmpty() ? inputPath : inputPath.chopped(suffix.size() + 1)) + QStringLiteral(".skipped.csv");
}

ImportResult ClientImport::analyseInteractions(const ClientStore &store) const
{
    ImportResult result;
    QHash<QString, qint64> byEmail;
    QHash<QString, qint64> byName;
    for (const Client &client : store.clients()) {
        for (const ContactPoint &email : client.emails) {
            if (!byEmail.contains(email.value.toLower()))
                byEmail.insert(email.value.toLower(), client.id);
        }
        if (!byName.contains(client.displayName()))
            byName.insert(client.displayName(), client.id);
    }
    for (const CsvRecord &record : m_rows) {
        if (isBlank(record))
            continue;
        const auto cell = [&](int column) { return Csv::unescapeFormula(record.fields.value(column)); };
        const QString email = cell(0).trimmed();
        const QString name = cell(1).trimmed();
        Interaction interaction;
        interaction.clientId = !email.isEmpty() ? byEmail.value(email.toLower()) : 0;
        if (interaction.clientId == 0)
            interaction.clientId = byName.value(name);
        if (interaction.clientId == 0) {
            result.problems.append({record.line, tr("no client with the email \"%1\" or the name \"%2\"").arg(email, name)});
            continue;
        }
        interaction.happenedAt = parseTimestamp(cell(2));
        if (!interaction.happenedAt.isValid()) {
            result.problems.append({record.line, tr("\"%1\" is not a date and time like 2026-11-24T09:30:00Z").arg(cell(2).trimmed())});
            continue;
        }
        if (!InteractionText::kindFromKey(cell(3).trimmed(), &interaction.kind)) {
            result.problems.append({record.line, tr("the kind \"%1\" is not one of meeting, call, email, message, other").arg(cell(3).trimmed())});
            continue;
        }
        if (!InteractionText::directionFromKey(cell(4).trimmed(), &interaction.direction)) {
            result.problems.append({record.line, tr("the direction \"%1\" is not outbound or inbound").arg(cell(4).trimmed())});
            continue;
        }
        if (!InteractionText::outcomeFromKey(cell(5).trimmed(), &interaction.outcome)) {
            result.problems.append({record.line, tr("the outcome \"%1\" is not answered or no_answer").arg(cell(5).trimmed())});
            continue;
        }
        interaction.note = cell(6);
        result.interactions.append(interaction);
        result.interactionLines.append(record.line);
    }
    return result;
}

} // namespace Rapport
