#pragma once

#include "client.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace Rapport {

/**
 * A stored, editable part of a Client, as a three-way merge treats it: what one side changed is
 * taken whole. Values that only make sense together are one field: the position on the matrix
 * (satisfaction and likelihood to repurchase), the two contact intervals (the longest may not be
 * shorter than the ideal one), the NPS answer and its date, the hostage reason and its end.
 * Each dimension is a field of its own: people rate them one by one.
 */
enum class ClientField {
    Name,
    Company,
    Emails,
    Phones,
    Tags,
    Notes,
    Owner,
    Position,
    Archived,
    ContactIntervals,
    Rung,
    Stage,
    Integrity,
    Competency,
    Recognition,
    Proactivity,
    Savvy,
    Chemistry,
    Nps,
    Degree,
    HostageReason,
    PurchasesPerYear,
    Count
};

/**
 * The three-way merge of a client two people edited at once: base is the client as it was when
 * this person started editing, mine what they made of it, theirs the client as stored now.
 */
struct ClientMerge
{
    Q_DECLARE_TR_FUNCTIONS(ClientMerge)

public:
    /**
     * Theirs (with its id, version, changedBy and timestamps), with mine's value in every field
     * only mine changed; a field in conflicts keeps theirs' value.
     */
    Client merged;
    /** The fields both changed to different values, in ClientField order: a person chooses. */
    QVector<ClientField> conflicts;
    /** The fields only mine changed, taken into merged without asking. */
    QVector<ClientField> fromMine;
    /** The fields only theirs changed, kept in merged without asking. */
    QVector<ClientField> fromTheirs;

    /**
     * Merges @p mine and @p theirs, both edited from @p base. When the fields taken from each side
     * would leave the client with neither a name nor a company (one cleared the name, the other
     * the company), name and company become conflicts instead: a client needs one of them.
     */
    static ClientMerge merge(const Client &base, const Client &mine, const Client &theirs);

    /** Every field, in order. */
    static QVector<ClientField> allFields();
    /** The fields in which @p a and @p b differ, in ClientField order. */
    static QVector<ClientField> changedFields(const Client &a, const Client &b);
    /** True when @p a and @p b hold the same value in @p field (scores compared to one decimal). */
    static bool sameField(const Client &a, const Client &b, ClientField field);
    /** Sets @p field of @p target to the value @p source holds. */
    static void copyField(Client *target, const Client &source, ClientField field);

    /** The field's name as the interface shows it: "Notes", "Position on the matrix". */
    static QString fieldName(ClientField field);
    /** @p client's value in @p field as a person reads it; "(empty)" for an empty text or list. */
    static QString fieldText(const Client &client, ClientField field);
};

} // namespace Rapport
