#pragma once

#include <QDialog>
#include <QVector>

class QRadioButton;

/**
 * Asks which clients an export writes: all of them, the ones the list shows (offered when a
 * search or filter hides some), or the selected ones (offered when any are selected). Each choice
 * says how many clients it holds.
 */
class ExportScopeDialog : public QDialog
{
    Q_OBJECT

public:
    ExportScopeDialog(const QString &title, const QVector<qint64> &all, const QVector<qint64> &shown,
                      const QVector<qint64> &selected, QWidget *parent = nullptr);

    /** Whether there is more than all the clients to choose from: some are hidden, or some selected. */
    static bool hasChoice(const QVector<qint64> &all, const QVector<qint64> &shown, const QVector<qint64> &selected);

    /** The ids of the clients chosen. */
    QVector<qint64> clients() const;

    QRadioButton *allButton() const { return m_all; }
    /** Null when the list shows every client. */
    QRadioButton *shownButton() const { return m_shown; }
    /** Null when no client is selected. */
    QRadioButton *selectedButton() const { return m_selected; }

private:
    QVector<qint64> m_allIds;
    QVector<qint64> m_shownIds;
    QVector<qint64> m_selectedIds;
    QRadioButton *m_all;
    QRadioButton *m_shown = nullptr;
    QRadioButton *m_selected = nullptr;
};
