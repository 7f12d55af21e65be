#pragma once

#include "clientmerge.h"

#include <QDialog>
#include <QVector>

class QLabel;
class QPushButton;
class QRadioButton;
class QScrollArea;

/**
 * Shown when a client someone else changed while this person was editing it cannot be merged
 * without asking: one row per field both changed, each with "Yours" and "Stored" to choose from,
 * and a line naming what merged by itself. Save Merged stores result(); Cancel keeps the stored
 * client and drops this person's changes.
 */
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const Rapport::Client &base, const Rapport::Client &mine, const Rapport::Client &theirs,
                   QWidget *parent = nullptr);

    /**
     * True when merging @p mine and @p theirs needs a person's choice. When false, callers store
     * ClientMerge::merge(base, mine, theirs).merged without showing the dialog.
     */
    static bool needsAsking(const Rapport::Client &base, const Rapport::Client &mine, const Rapport::Client &theirs);

    /** The merged client with the value chosen for each field asked; after Cancel, the stored client. */
    Rapport::Client result() const;
    /** The fields asked about, in the order of the rows. */
    QVector<Rapport::ClientField> conflicts() const { return m_merge.conflicts; }

private:
    QWidget *makeRow(Rapport::ClientField field, QWidget *parent);
    void updateSaveButton();

    Rapport::Client m_mine;
    Rapport::Client m_theirs;
    Rapport::ClientMerge m_merge;
    QVector<QRadioButton *> m_yours; ///< per conflict, in m_merge.conflicts order
    QScrollArea *m_scroll;
    QLabel *m_problem;
    QPushButton *m_save = nullptr;
    bool m_cancelled = false;
};
