#include "importdialog.h"

#include "clientstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Rapport;
using Field = ClientImport::Field;
using Scale = ClientImport::Scale;
using Policy = ClientImport::DuplicatePolicy;

namespace {

constexpr int PreviewRows = 8;

QComboBox *scaleBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (Scale scale : {Scale::ZeroToTen, Scale::OneToFive, Scale::OneToSeven, Scale::OneToTen})
        box->addItem(ClientImport::scaleName(scale), int(scale));
    return box;
}

QComboBox *policyBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(ImportDialog::tr("Skip"), int(Policy::Skip));
    box->addItem(ImportDialog::tr("Update the stored client"), int(Policy::Update));
    box->addItem(ImportDialog::tr("Keep both"), int(Policy::KeepBoth));
    return box;
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

ImportDialog::ImportDialog(ClientStore *store, const ClientImport &import, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_import(import)
    , m_format(new QLabel(this))
    , m_satisfactionScale(scaleBox(this))
    , m_repurchaseScale(scaleBox(this))
    , m_mapping(new QTableWidget(this))
    , m_preview(new QTableWidget(this))
    , m_problems(new QListWidget(this))
    , m_duplicates(new QTableWidget(this))
    , m_allDuplicates(policyBox(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Import %1").arg(fileName));
    const bool clients = import.kind() == ClientImport::Kind::Clients;
    const bool csv = import.format() != ClientImport::Format::VCard;
    m_format->setText(tr("Recognised as: %1").arg(import.formatName()));
    m_format->setTextFormat(Qt::PlainText);

    // Columns: one row per column of the file, with an example and what it becomes.
    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("Example"), tr("Import as")});
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->setColumnWidth(0, 170);
    m_mapping->setColumnWidth(1, 200);
    const QStringList headers = import.headers();
    if (clients && csv) {
        m_mapping->setRowCount(int(headers.size()));
        for (int column = 0; column < headers.size(); ++column) {
            m_mapping->setItem(column, 0, readOnly(headers.at(column)));
            QString example;
            for (const CsvRecord &record : import.rows()) {
                example = record.fields.value(column).simplified();
                if (!example.isEmpty())
                    break;
            }
            m_mapping->setItem(column, 1, readOnly(example));
            auto *box = new QComboBox(m_mapping);
            for (Field field : ClientImport::allFields())
                box->addItem(ClientImport::fieldName(field), int(field));
            box->setCurrentIndex(box->findData(int(import.mapping().value(column))));
            box->setAccessibleName(tr("Import column %1 as").arg(headers.at(column)));
            connect(box, &QComboBox::currentIndexChanged, this, [this, column, box] {
                m_import.setMapping(column, Field(box->currentData().toInt()));
                analyse();
            });
            m_mapping->setCellWidget(column, 2, box);
        }
    }

    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_duplicates->setColumnCount(5);
    m_duplicates->setHorizontalHeaderLabels({tr("Line"), tr("In the file"), tr("Already stored"), tr("Why"), tr("What to do")});
    m_duplicates->verticalHeader()->hide();
    m_duplicates->horizontalHeader()->setStretchLastSection(true);
    m_duplicates->setColumnWidth(0, 50);
    m_duplicates->setColumnWidth(1, 170);
    m_duplicates->setColumnWidth(2, 170);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *scales = new QHBoxLayout;
    scales->addWidget(new QLabel(tr("Satisfaction scale in the file:"), this));
    scales->addWidget(m_satisfactionScale);
    scales->addSpacing(16);
    scales->addWidget(new QLabel(tr("Repurchase scale:"), this));
    scales->addWidget(m_repurchaseScale);
    scales->addStretch(1);
    for (QComboBox *box : {m_satisfactionScale, m_repurchaseScale})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            m_import.setScales(Scale(m_satisfactionScale->currentData().toInt()), Scale(m_repurchaseScale->currentData().toInt()));
            analyse();
        });

    auto *duplicateBox = new QGroupBox(tr("Clients that seem to be stored already"), this);
    auto *allRow = new QHBoxLayout;
    allRow->addWidget(new QLabel(tr("For all of them:"), duplicateBox));
    allRow->addWidget(m_allDuplicates);
    allRow->addStretch(1);
    connect(m_allDuplicates, &QComboBox::activated, this, [this] {
        for (int row = 0; row < m_duplicates->rowCount(); ++row) {
            if (auto *box = qobject_cast<QComboBox *>(m_duplicates->cellWidget(row, 4)))
                box->setCurrentIndex(m_allDuplicates->currentIndex());
        }
    });
    auto *duplicateLayout = new QVBoxLayout(duplicateBox);
    duplicateLayout->addLayout(allRow);
    duplicateLayout->addWidget(m_duplicates);

    auto *problemBox = new QGroupBox(tr("Rows that cannot be imported"), this);
    auto *problemLayout = new QVBoxLayout(problemBox);
    problemLayout->addWidget(m_problems);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_format);
    if (clients && csv) {
        layout->addLayout(scales);
        layout->addWidget(m_mapping, 2);
    }
    layout->addWidget(new QLabel(tr("First rows as they will be stored:"), this));
    layout->addWidget(m_preview, 2);
    layout->addWidget(problemBox, 1);
    if (clients)
        layout->addWidget(duplicateBox, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(860, 760);
    analyse();
}

void ImportDialog::analyse()
{
    m_result = m_import.analyse(*m_store);
    fillPreview();

    m_problems->clear();
    for (const ImportProblem &problem : std::as_const(m_result.problems))
        m_problems->addItem(tr("Line %1: %2").arg(problem.line).arg(problem.reason));
    m_problems->parentWidget()->setVisible(!m_result.problems.isEmpty());

    m_duplicates->setRowCount(int(m_result.duplicates.size()));
    for (int row = 0; row < m_result.duplicates.size(); ++row) {
        const ImportDuplicate &duplicate = m_result.duplicates.at(row);
        const Client &imported = m_result.clients.at(duplicate.index).client;
        const Client *stored = m_store->client(duplicate.existingId);
        m_duplicates->setItem(row, 0, readOnly(QString::number(m_result.clientLines.value(duplicate.index))));
        m_duplicates->setItem(row, 1, readOnly(imported.displayName()));
        m_duplicates->setItem(row, 2, readOnly(stored ? stored->displayName() : QString()));
        m_duplicates->setItem(row, 3, readOnly(duplicate.reason));
        auto *box = policyBox(m_duplicates);
        box->setCurrentIndex(m_allDuplicates->currentIndex());
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::updateSummary);
        m_duplicates->setCellWidget(row, 4, box);
    }
    m_duplicates->parentWidget()->setVisible(!m_result.duplicates.isEmpty());
    updateSummary();
}

void ImportDialog::fillPreview()
{
    m_preview->clear();
    if (m_import.kind() == ClientImport::Kind::Interactions) {
        m_preview->setColumnCount(4);
        m_preview->setHorizontalHeaderLabels({tr("Client"), tr("When"), tr("What"), tr("Note")});
        const int rows = std::min<int>(PreviewRows, int(m_result.interactions.size()));
        m_preview->setRowCount(rows);
        for (int row = 0; row < rows; ++row) {
            const Interaction &i = m_result.interactions.at(row);
            const Client *client = m_store->client(i.clientId);
            m_preview->setItem(row, 0, readOnly(client ? client->displayName() : QString()));
            m_preview->setItem(row, 1, readOnly(QLocale().toString(i.happenedAt.toLocalTime(), QLocale::ShortFormat)));
            m_preview->setItem(row, 2, readOnly(InteractionText::summary(i)));
            m_preview->setItem(row, 3, readOnly(i.note.simplified()));
        }
        return;
    }
    m_preview->setColumnCount(7);
    m_preview->setHorizontalHeaderLabels({tr("Name"), tr("Company"), tr("Email"), tr("Phone"), tr("Satisfaction"),
                                          tr("Repurchase"), tr("Tags")});
    const int rows = std::min<int>(PreviewRows, int(m_result.clients.size()));
    m_preview->setRowCount(rows);
    const QLocale locale;
    for (int row = 0; row < rows; ++row) {
        const Client &c = m_result.clients.at(row).client;
        m_preview->setItem(row, 0, readOnly(c.name));
        m_preview->setItem(row, 1, readOnly(c.company));
        m_preview->setItem(row, 2, readOnly(c.email));
        m_preview->setItem(row, 3, readOnly(c.phone));
        m_preview->setItem(row, 4, readOnly(locale.toString(c.satisfaction, 'f', 1)));
        m_preview->setItem(row, 5, readOnly(locale.toString(c.repurchase, 'f', 1)));
        m_preview->setItem(row, 6, readOnly(c.tagsText()));
    }
}

QVector<Policy> ImportDialog::choices() const
{
    QVector<Policy> result;
    for (int row = 0; row < m_duplicates->rowCount(); ++row) {
        const auto *box = qobject_cast<QComboBox *>(m_duplicates->cellWidget(row, 4));
        result.append(box ? Policy(box->currentData().toInt()) : Policy::Skip);
    }
    return result;
}

void ImportDialog::updateSummary()
{
    if (!m_result.problems.isEmpty()) {
        m_summary->setText(tr("%n row(s) cannot be imported. Correct them in the file (or change the columns above) and "
                              "import again; nothing has been written.", nullptr, int(m_result.problems.size())));
        m_importButton->setEnabled(false);
        return;
    }
    if (m_import.kind() == ClientImport::Kind::Interactions) {
        m_summary->setText(tr("%n interaction(s) will be logged.", nullptr, int(m_result.interactions.size())));
        m_importButton->setEnabled(!m_result.interactions.isEmpty());
        return;
    }
    m_additions.clear();
    m_updates.clear();
    m_import.resolve(m_result, choices(), *m_store, &m_additions, &m_updates);
    const int skipped = int(m_result.clients.size() - m_additions.size()) - int(m_updates.size());
    m_summary->setText(tr("%1 new, %2 updated, %3 skipped. One step: Undo takes the whole import back.")
                           .arg(m_additions.size())
                           .arg(m_updates.size())
                           .arg(std::max(0, skipped)));
    m_importButton->setEnabled(!m_additions.isEmpty() || !m_updates.isEmpty());
}

void ImportDialog::accept()
{
    if (!m_importButton->isEnabled())
        return;
    updateSummary();
    QDialog::accept();
}
