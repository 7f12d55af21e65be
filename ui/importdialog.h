#pragma once

#include "clientimport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Rapport {
class ClientStore;
}

/**
 * Shows what an import will do before anything is written: how the file's columns map to
 * client fields, the first clients as they will be stored, every bad row with its line and
 * reason, and the clients that seem to be stored already, each with a choice to skip, update
 * or keep both.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Rapport::ClientStore *store, const Rapport::ClientImport &import, const QString &fileName,
                 QWidget *parent = nullptr);

    /** What to write, once accepted. */
    QVector<Rapport::ClientRecord> additions() const { return m_additions; }
    QVector<Rapport::Client> updates() const { return m_updates; }
    QVector<Rapport::Interaction> interactions() const { return m_result.interactions; }

    const Rapport::ImportResult &result() const { return m_result; }
    QTableWidget *mappingTable() const { return m_mapping; }
    QListWidget *problemList() const { return m_problems; }
    QTableWidget *duplicateTable() const { return m_duplicates; }
    QPushButton *importButton() const { return m_importButton; }

    void accept() override;

private:
    void analyse();
    void fillPreview();
    QVector<Rapport::ClientImport::DuplicatePolicy> choices() const;
    void updateSummary();

    Rapport::ClientStore *m_store;
    Rapport::ClientImport m_import;
    Rapport::ImportResult m_result;
    QVector<Rapport::ClientRecord> m_additions;
    QVector<Rapport::Client> m_updates;
    QLabel *m_format;
    QComboBox *m_satisfactionScale;
    QComboBox *m_repurchaseScale;
    QTableWidget *m_mapping;
    QTableWidget *m_preview;
    QListWidget *m_problems;
    QTableWidget *m_duplicates;
    QComboBox *m_allDuplicates;
    QLabel *m_summary;
    QPushButton *m_importButton;
};
