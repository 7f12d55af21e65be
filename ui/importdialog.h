#pragma once

#include "clientimport.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QWizardPage;

namespace Rapport {
class ClientStore;
}

/**
 * Leads through an import one step at a time before anything is written: the file and the
 * encoding it is read in (recognised from the file, and the owner's to change), how its columns map to client fields
 * and which filled columns will not be imported, the rows as they will be
 * stored with every bad row and its reason (a contact without a name in italics), the clients that seem to be stored already (each
 * with a choice to skip, update or keep both), and a summary of what Import will write.
 * Steps that do not apply to the file are left out.
 */
class ImportDialog : public QWizard
{
    Q_OBJECT

public:
    enum Page { FilePage, ColumnsPage, PreviewPage, DuplicatesPage, SummaryPage };

    ImportDialog(Rapport::ClientStore *store, const QString &path, QWidget *parent = nullptr);

    /** What to write, once accepted. */
    QVector<Rapport::ClientRecord> additions() const { return m_additions; }
    QVector<Rapport::Client> updates() const { return m_updates; }
    QVector<Rapport::Interaction> interactions() const { return m_result.interactions; }

    const Rapport::ImportResult &importResult() const { return m_result; }
    /** Whether the bad rows are left out and the good ones imported. */
    bool isSkippingBadRows() const;
    /** Where the skipped rows were written once accepted; empty when no row was skipped. */
    QString skippedRowsPath() const { return m_skippedRowsPath; }

    QComboBox *encodingBox() const { return m_encoding; }
    QLabel *fileStatusLabel() const { return m_fileStatus; }
    QComboBox *satisfactionScaleBox() const { return m_satisfactionScale; }
    QTableWidget *mappingTable() const { return m_mapping; }
    /** Under the columns: the filled columns that no field takes, "Not imported: Birthday, ..." (also said in the summary). */
    QLabel *notImportedLabel() const { return m_notImported; }
    QTableWidget *previewTable() const { return m_preview; }
    QListWidget *problemList() const { return m_problems; }
    QCheckBox *skipBadRowsBox() const { return m_skipBadRows; }
    QTableWidget *duplicateTable() const { return m_duplicates; }
    QLabel *summaryLabel() const { return m_summary; }
    /** Every row of the file and what Import does with it, in file order. */
    QTableWidget *changeTable() const { return m_changes; }
    QLabel *writeErrorLabel() const { return m_writeError; }
    QAbstractButton *importButton() const { return button(QWizard::FinishButton); }

    int nextId() const override;
    bool validateCurrentPage() override;
    void accept() override;

private:
    QWizardPage *createFilePage();
    QWizardPage *createColumnsPage();
    QWizardPage *createPreviewPage();
    QWizardPage *createDuplicatesPage();
    QWizardPage *createSummaryPage();
    bool hasColumnsToMap() const;
    void load();
    void fillMapping();
    void analyse();
    void fillPreview();
    QVector<Rapport::ClientImport::DuplicatePolicy> choices() const;
    void updateSummary();
    void fillChanges();
    bool canWrite() const;
    void pagesChanged();

    Rapport::ClientStore *m_store;
    QString m_path;
    QByteArray m_data;
    Rapport::TextEncoding::Encoding m_detectedEncoding = Rapport::TextEncoding::Encoding::Utf8;
    QString m_readError;
    bool m_loaded = false;
    Rapport::ClientImport m_import;
    Rapport::ImportResult m_result;
    QVector<Rapport::ClientRecord> m_additions;
    QVector<Rapport::Client> m_updates;
    QString m_skippedRowsPath;

    QComboBox *m_encoding;
    QLabel *m_format;
    QLabel *m_rowCount;
    QLabel *m_fileStatus;
    QPlainTextEdit *m_firstLines;
    QComboBox *m_satisfactionScale;
    QComboBox *m_repurchaseScale;
    QTableWidget *m_mapping;
    QLabel *m_notImported;
    QLabel *m_previewCaption;
    QTableWidget *m_preview;
    QWidget *m_problemBox;
    QListWidget *m_problems;
    QCheckBox *m_skipBadRows;
    QLabel *m_previewStatus;
    QComboBox *m_allDuplicates;
    QTableWidget *m_duplicates;
    QLabel *m_summary;
    QTableWidget *m_changes;
    QLabel *m_writeError;
};
