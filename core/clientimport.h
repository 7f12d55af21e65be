#pragma once

#include "clientrecord.h"
#include "csv.h"
#include "textencoding.h"
#include "vcard.h"

#include <QCoreApplication>
#include <QVector>

namespace Rapport {

class ClientStore;

/** A line of the input that cannot be imported, and why. */
struct ImportProblem
{
    int line = 0;
    QString reason;
};

/** A client in the input that seems to be one already stored. */
struct ImportDuplicate
{
    int index = 0;          ///< into ImportResult::clients
    qint64 existingId = 0;
    QString reason;         ///< "same email", "same name and company"
};

/** What an import would do, worked out before anything is written. */
struct ImportResult
{
    QVector<ClientRecord> clients;  ///< new clients, in file order
    QVector<int> clientLines;       ///< the line each came from
    QVector<quint8> scoresGiven;    ///< per client: 1 when the file gave satisfaction, 2 repurchase
    QVector<bool> nameMissing;      ///< per client: the file gave no name nor company, so it is named after its email or phone
    QVector<Interaction> interactions;
    QVector<int> interactionLines;
    QVector<ImportProblem> problems;
    QVector<ImportDuplicate> duplicates;

    bool isClean() const { return problems.isEmpty(); }
};

/**
 * Reads clients or interactions from CSV or vCard and checks every row before anything is
 * written. Recognises the headers of Rapport's own exports, Google Contacts, Outlook,
 * Thunderbird and LinkedIn (whose job title, profile and date of connection become lines of the
 * notes), and lets the caller map other columns by hand. A contact with only an email or a
 * phone is named after it. Emails and phones beyond the first go into the notes as "Other
 * email:" and "Other phone:" lines. Survey scores on 1-5, 1-7 or 1-10 scales are
 * brought onto 0-10.
 */
class ClientImport
{
    Q_DECLARE_TR_FUNCTIONS(ClientImport)

public:
    enum class Kind { Clients, Interactions };
    enum class Format { Rapport, GoogleContacts, Outlook, Thunderbird, LinkedIn, VCard, RapportInteractions, Other };
    enum class Field {
        Ignore,
        Name,
        FirstName,
        MiddleName,
        LastName,
        Company,
        Email,
        Phone,
        Tags,
        Satisfaction,
        Repurchase,
        Notes,
        ContactEvery,
        ContactAtMost,
        CreatedAt,
        UpdatedAt,
        Archived,
        Nps,
        NpsDate,
        Rung,
        Stage,
        Degree,
        Integrity,
        Competency,
        Recognition,
        Proactivity,
        Savvy,
        Chemistry,
        HostageReason,
        HostageReasonEnds,
        PurchasesPerYear,
        NoteLine, ///< a line "column: value" in the notes
        AllEmails, ///< every email with its label, one "label:value" line each (Rapport's own export)
        AllPhones,
        Owner, ///< the account owner
    };
    enum class Scale { ZeroToTen, OneToFive, OneToSeven, OneToTen };
    enum class DuplicatePolicy { Skip, Update, KeepBoth };

    /**
     * Reads @p data (CSV, or vCard when it starts with BEGIN:VCARD) in the encoding
     * TextEncoding::decode() recognises; false with a message on malformed input.
     */
    bool load(const QByteArray &data, QString *error);
    /** Reads @p data as load() does, in @p encoding; false also when the bytes are not text in it. */
    bool load(const QByteArray &data, TextEncoding::Encoding encoding, QString *error);
    /** The encoding the file was read in. */
    TextEncoding::Encoding encoding() const { return m_encoding; }

    Kind kind() const { return m_kind; }
    Format format() const { return m_format; }
    /** "Google Contacts export", "Rapport export", ... for the import dialog. */
    QString formatName() const;

    QStringList headers() const { return m_headers; }
    /** The data rows (CSV) as read, for a preview. */
    const QVector<CsvRecord> &rows() const { return m_rows; }
    int rowCount() const;

    QVector<Field> mapping() const { return m_mapping; }
    void setMapping(int column, Field field);
    static QString fieldName(Field field);
    static QVector<Field> allFields();

    /**
     * What the file holds that the import leaves out, by name: the columns mapped to nothing that
     * have a value in some row ("Birthday", "Address 1 - Street"), or for vCards the kinds of
     * property no client field takes ("Birthday", "Address", "X-MY-FIELD"). Empty when nothing is lost.
     */
    QStringList notImported() const;
    /** "Not imported: Birthday, Address 1 - Street", or empty for an empty list. */
    static QString notImportedText(const QStringList &names);

    Scale satisfactionScale() const { return m_satisfactionScale; }
    Scale repurchaseScale() const { return m_repurchaseScale; }
    void setScales(Scale satisfaction, Scale repurchase);
    static QString scaleName(Scale scale);
    /** "0-10", "1-5", "1-7", "1-10"; false for anything else. */
    static bool scaleFromKey(const QString &key, Scale *scale);
    /** A score on @p scale brought onto 0-10, rounded to one decimal. */
    static double toTenPoint(double value, Scale scale);

    /** Every row checked against @p store: new clients or interactions, problems, duplicates. */
    ImportResult analyse(const ClientStore &store) const;

    /**
     * What to write for @p result: the clients to add and the stored clients to update,
     * following @p choices (one per duplicate, in order; missing ones count as Skip).
     */
    void resolve(const ImportResult &result, const QVector<DuplicatePolicy> &choices, const ClientStore &store,
                 QVector<ClientRecord> *additions, QVector<Client> *updates) const;

    /**
     * The rows of @p result that cannot be imported, as CSV for a spreadsheet: the file's own
     * columns (name, company, email and phone for vCards), then "line" and "reason".
     */
    QByteArray skippedRowsCsv(const ImportResult &result) const;
    /** Where the skipped rows of @p inputPath are written: beside it, clients.csv gives clients.skipped.csv. */
    static QString skippedRowsPath(const QString &inputPath);

    /** The header line of Rapport's client export. */
    static QStringList clientExportHeader();
    /** The header line of Rapport's interaction export. */
    static QStringList interactionExportHeader();

private:
    /** A vCard property (upper case, no group) in words: "Birthday" for BDAY; unknown ones as written. */
    static QString vCardPropertyName(const QString &property);
    void reset(TextEncoding::Encoding encoding);
    bool loadText(const QByteArray &data, const QString &text, TextEncoding::Encoding encoding,
                  TextEncoding::Encoding detected, QString *error);
    void detectMapping();
    /** The column that says the label of value column @p column (Google's "E-mail 1 - Type"), or -1. */
    int labelColumn(int column) const;
    ImportResult analyseClients(const ClientStore &store) const;
    ImportResult analyseInteractions(const ClientStore &store) const;
    bool readScore(const QString &text, Scale scale, const QString &what, double *value, QString *problem) const;

    Kind m_kind = Kind::Clients;
    Format m_format = Format::Other;
    QChar m_delimiter = QLatin1Char(',');
    QStringList m_headers;
    QVector<CsvRecord> m_rows;
    QVector<VCardContact> m_cards;
    QVector<Field> m_mapping;
    Scale m_satisfactionScale = Scale::ZeroToTen;
    Scale m_repurchaseScale = Scale::ZeroToTen;
    TextEncoding::Encoding m_encoding = TextEncoding::Encoding::Utf8;
    bool m_hasReplacementCharacter = false;
};

} // namespace Rapport
