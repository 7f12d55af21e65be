#pragma once

#include "lapserules.h"
#include "segmentationrules.h"
#include "sqltable.h"

namespace Rapport {

/**
 * The SQL of the settings table (key and value) and of the one row of segmentation_rules,
 * written once for every dialect. The contact intervals (LapseRules) are kept as settings.
 * Returns false on a failure, with lastError() saying why.
 */
class SettingsTable : public SqlTable
{
public:
    explicit SettingsTable(const Database &database);

    /** The value stored for @p key, or @p defaultValue when there is none or it cannot be read. */
    QString value(const QString &key, const QString &defaultValue = {});
    bool write(const QString &key, const QString &value);

    /** The stored segmentation rules into @p rules, when there are valid ones; @p rules stays as it is otherwise. */
    bool readRules(SegmentationRules *rules);
    bool writeRules(const SegmentationRules &rules);

    /** The stored contact intervals, or the defaults when they are missing or not valid. */
    LapseRules readLapseRules();
    /** Writes every value of @p rules, one setting each; the caller holds the transaction. */
    bool writeLapseRules(const LapseRules &rules);

private:
    std::optional<QSqlQuery> m_read;
    std::optional<QSqlQuery> m_remove;
    std::optional<QSqlQuery> m_insert;
};

} // namespace Rapport
