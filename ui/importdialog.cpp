#include "importdialog.h"

#include "clientexport.h"
#include "clientstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

#include <algorithm>
#include <functional>

using namespace Rapport;
using Field = ClientImport::Field;
using Scale = ClientImport::Scale;
using Policy = ClientImport::DuplicatePolicy;

namespace {

constexpr int PreviewRows = 100;
constexpr int FirstLines = 40;
constexpr int ChangeRows = 1000;

using Encoding = TextEncoding::Encoding;

// A page whose Next (or Import) button follows a condition the dialog keeps.
class ImportPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    bool isComplete() const override { return !complete || complete(); }
};

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

/** The values of @p points, the preferred first, joined; each with its label in the tooltip. */
QTableWidgetItem *contactsItem(const QList<ContactPoint> &points)
{
    QStringList values;
    QStringList labelled;
    for (const ContactPoint &point : points) {
        values.append(point.value);
        labelled.append(ImportDialog::tr("%1: %2").arg(ContactPoint::labelText(point.label), point.value));
    }
    QTableWidgetItem *item = readOnly(values.join(QStringLiteral(", ")));
    item->setToolTip(labelled.join(QLatin1Char('\n')));
    return item;
}

QTableWidget *table(QWidget *parent)
{
    auto *widget = new QTableWidget(parent);
    widget->verticalHeader()->hide();
    widget->horizontalHeader()->setStretchLastSection(true);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return widget;
}

} // namespace

ImportDialog::ImportDialog(ClientStore *store, const QString &path, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
    , m_path(path)
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setPage(FilePage, createFilePage());
    setPage(ColumnsPage, createColumnsPage());
    setPage(PreviewPage, createPreviewPage());
    setPage(DuplicatesPage, createDuplicatesPage());
    setPage(SummaryPage, createSummaryPage());
    resize(920, 640);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == SummaryPage)
            fillChanges();
    });

    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        m_data = file.readAll();
    else
        m_readError = file.errorString();
    // Read the file in the encoding it seems to be in from the start: Outlook writes UTF-16, older
    // spreadsheets Windows-1252.
    m_detectedEncoding = TextEncoding::detect(m_data);
    m_encoding->setCurrentIndex(m_encoding->findData(int(m_detectedEncoding)));
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::load);
    load();
}

QWizardPage *ImportDialog::createFilePage()
{
    auto *page = new ImportPage(this);
    page->setTitle(tr("File"));
    page->setSubTitle(tr("Check that the file is the one you meant and that its letters look right."));
    page->complete = [this] { return m_loaded; };

    m_encoding = new QComboBox(page);
    m_encoding->addItem(tr("UTF-8"), int(Encoding::Utf8));
    m_encoding->addItem(tr("UTF-16, little-endian (Outlook, Windows \"Unicode text\")"), int(Encoding::Utf16LE));
    m_encoding->addItem(tr("UTF-16, big-endian"), int(Encoding::Utf16BE));
    m_encoding->addItem(tr("Windows-1252 (Western European, older spreadsheets)"), int(Encoding::Windows1252));
    m_format = new QLabel(page);
    m_format->setTextFormat(Qt::PlainText);
    m_rowCount = new QLabel(page);
    m_fileStatus = new QLabel(page);
    m_fileStatus->setTextFormat(Qt::PlainText);
    m_fileStatus->setWordWrap(true);
    m_firstLines = new QPlainTextEdit(page);
    m_firstLines->setReadOnly(true);
    m_firstLines->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_firstLines->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *name = new QLabel(QFileInfo(m_path).fileName(), page);
    name->setTextFormat(Qt::PlainText);
    auto *folder = new QLabel(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()), page);
    folder->setTextFormat(Qt::PlainText);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), name);
    form->addRow(tr("Folder:"), folder);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("Recognised as:"), m_format);
    form->addRow(tr("Rows:"), m_rowCount);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_fileStatus);
    layout->addWidget(new QLabel(tr("The first lines of the file:"), page));
    layout->addWidget(m_firstLines, 1);
    return page;
}

QWizardPage *ImportDialog::createColumnsPage()
{
    auto *page = new ImportPage(this);
    page->setTitle(tr("Columns"));
    page->setSubTitle(tr("Choose what each column of the file becomes, and the scale its scores are on."));

    m_satisfactionScale = scaleBox(page);
    m_repurchaseScale = scaleBox(page);
    for (QComboBox *box : {m_satisfactionScale, m_repurchaseScale})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            m_import.setScales(Scale(m_satisfactionScale->currentData().toInt()), Scale(m_repurchaseScale->currentData().toInt()));
            analyse();
        });
    m_mapping = table(page);
    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("Example"), tr("Import as")});
    m_mapping->setColumnWidth(0, 220);
    m_mapping->setColumnWidth(1, 320);
    m_notImported = new QLabel(page);
    m_notImported->setTextFormat(Qt::PlainText);
    m_notImported->setWordWrap(true);

    auto *scales = new QHBoxLayout;
    auto *satisfactionLabel = new QLabel(tr("&Satisfaction scale in the file:"), page);
    satisfactionLabel->setBuddy(m_satisfactionScale);
    auto *repurchaseLabel = new QLabel(tr("&Repurchase scale:"), page);
    repurchaseLabel->setBuddy(m_repurchaseScale);
    scales->addWidget(satisfactionLabel);
    scales->addWidget(m_satisfactionScale);
    scales->addSpacing(16);
    scales->addWidget(repurchaseLabel);
    scales->addWidget(m_repurchaseScale);
    scales->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(scales);
    layout->addWidget(m_mapping, 1);
    layout->addWidget(m_notImported);
    return page;
}

QWizardPage *ImportDialog::createPreviewPage()
{
    auto *page = new ImportPage(this);
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("The rows as they will be stored, and the rows that cannot be imported."));
    page->complete = [this] { return m_result.problems.isEmpty() || isSkippingBadRows(); };

    m_previewCaption = new QLabel(page);
    m_previewCaption->setWordWrap(true);
    m_preview = table(page);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_problemBox = new QGroupBox(tr("Rows that cannot be imported"), page);
    m_problems = new QListWidget(m_problemBox);
    m_skipBadRows = new QCheckBox(m_problemBox);
    connect(m_skipBadRows, &QCheckBox::toggled, this, &ImportDialog::updateSummary);
    m_previewStatus = new QLabel(page);
    m_previewStatus->setWordWrap(true);
    m_previewStatus->setTextFormat(Qt::PlainText);

    auto *problemLayout = new QVBoxLayout(m_problemBox);
    problemLayout->addWidget(m_problems, 1);
    problemLayout->addWidget(m_skipBadRows);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_previewCaption);
    layout->addWidget(m_preview, 3);
    layout->addWidget(m_problemBox, 2);
    layout->addWidget(m_previewStatus);
    return page;
}

QWizardPage *ImportDialog::createDuplicatesPage()
{
    auto *page = new ImportPage(this);
    page->setTitle(tr("Clients already stored"));
    page->setSubTitle(tr("These clients of the file seem to be stored already (same email, or same name and company). "
                         "Choose for each what to do."));

    m_allDuplicates = policyBox(page);
    m_duplicates = table(page);
    m_duplicates->setColumnCount(5);
    m_duplicates->setHorizontalHeaderLabels({tr("Line"), tr("In the file"), tr("Already stored"), tr("Why"), tr("What to do")});
    m_duplicates->setColumnWidth(0, 60);
    m_duplicates->setColumnWidth(1, 220);
    m_duplicates->setColumnWidth(2, 220);
    m_duplicates->setColumnWidth(3, 170);
    connect(m_allDuplicates, &QComboBox::activated, this, [this] {
        for (int row = 0; row < m_duplicates->rowCount(); ++row) {
            if (auto *box = qobject_cast<QComboBox *>(m_duplicates->cellWidget(row, 4)))
                box->setCurrentIndex(m_allDuplicates->currentIndex());
        }
    });

    auto *allRow = new QHBoxLayout;
    auto *allLabel = new QLabel(tr("&For all of them:"), page);
    allLabel->setBuddy(m_allDuplicates);
    allRow->addWidget(allLabel);
    allRow->addWidget(m_allDuplicates);
    allRow->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(allRow);
    layout->addWidget(m_duplicates, 1);
    return page;
}

QWizardPage *ImportDialog::createSummaryPage()
{
    auto *page = new ImportPage(this);
    page->setTitle(tr("Summary"));
    page->setSubTitle(tr("Import writes all of this at once, or nothing if anything goes wrong. One Undo takes it back."));
    page->complete = [this] { return canWrite(); };

    m_summary = new QLabel(page);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_writeError = new QLabel(page);
    m_writeError->setTextFormat(Qt::PlainText);
    m_writeError->setWordWrap(true);
    m_writeError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_writeError->hide();

    m_changes = table(page);
    m_changes->setSelectionMode(QAbstractItemView::NoSelection);
    m_changes->setColumnCount(3);
    m_changes->setHorizontalHeaderLabels({tr("Line"), tr("Client"), tr("What Import does")});
    m_changes->setColumnWidth(0, 60);
    m_changes->setColumnWidth(1, 260);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_writeError);
    layout->addWidget(m_changes, 1);
    return page;
}

bool ImportDialog::hasColumnsToMap() const
{
    return m_import.kind() == ClientImport::Kind::Clients && m_import.format() != ClientImport::Format::VCard;
}

bool ImportDialog::isSkippingBadRows() const
{
    return !m_result.problems.isEmpty() && m_skipBadRows->isChecked();
}

void ImportDialog::load()
{
    const auto encoding = Encoding(m_encoding->currentData().toInt());
    QStringList lines = TextEncoding::decode(m_data.left(64 * 1024), encoding).split(QLatin1Char('\n'));
    if (lines.size() > FirstLines)
        lines.resize(FirstLines);
    m_firstLines->setPlainText(lines.join(QLatin1Char('\n')));

    QString error = m_readError;
    m_import = ClientImport();
    m_loaded = error.isEmpty() && m_import.load(m_data, encoding, &error);
    if (!m_loaded) {
        m_fileStatus->setText(tr("%1 cannot be imported: %2.").arg(QFileInfo(m_path).fileName(), error));
        m_format->clear();
        m_rowCount->clear();
        m_result = ImportResult();
        m_additions.clear();
        m_updates.clear();
        pagesChanged();
        return;
    }
    m_fileStatus->setText(encoding == Encoding::Windows1252 && m_detectedEncoding == Encoding::Windows1252
                              ? tr("This file is not UTF-8 text, so it is read as Windows-1252. If letters such as é or ü "
                                   "look wrong below, choose another encoding.")
                              : QString());
    m_format->setText(m_import.formatName());
    m_rowCount->setText(QLocale().toString(m_import.rowCount()));
    m_import.setScales(Scale(m_satisfactionScale->currentData().toInt()), Scale(m_repurchaseScale->currentData().toInt()));
    m_skipBadRows->setText(tr("Import the good rows and skip the bad ones: they are written, with their line and reason, "
                              "to %1 beside the file.")
                               .arg(QFileInfo(ClientImport::skippedRowsPath(m_path)).fileName()));
    fillMapping();
    analyse();
}

void ImportDialog::fillMapping()
{
    m_mapping->setRowCount(0);
    if (!hasColumnsToMap())
        return;
    const QStringList headers = m_import.headers();
    m_mapping->setRowCount(int(headers.size()));
    for (int column = 0; column < headers.size(); ++column) {
        m_mapping->setItem(column, 0, readOnly(headers.at(column)));
        QString example;
        for (const CsvRecord &record : m_import.rows()) {
            example = record.fields.value(column).simplified();
            if (!example.isEmpty())
                break;
        }
        m_mapping->setItem(column, 1, readOnly(example));
        auto *box = new QComboBox(m_mapping);
        for (Field field : ClientImport::allFields())
            box->addItem(ClientImport::fieldName(field), int(field));
        box->setCurrentIndex(box->findData(int(m_import.mapping().value(column))));
        box->setAccessibleName(tr("Import column %1 as").arg(headers.at(column)));
        connect(box, &QComboBox::currentIndexChanged, this, [this, column, box] {
            m_import.setMapping(column, Field(box->currentData().toInt()));
            analyse();
        });
        m_mapping->setCellWidget(column, 2, box);
    }
}

void ImportDialog::analyse()
{
    m_result = m_import.analyse(*m_store);
    fillPreview();

    m_problems->clear();
    for (const ImportProblem &problem : std::as_const(m_result.problems))
        m_problems->addItem(tr("Line %1: %2").arg(problem.line).arg(problem.reason));
    m_problemBox->setVisible(!m_result.problems.isEmpty());

    // A choice made for a client stays when the rows are checked again (another column or scale).
    QHash<QPair<int, qint64>, int> chosen;
    for (int row = 0; row < m_duplicates->rowCount(); ++row) {
        if (const auto *box = qobject_cast<QComboBox *>(m_duplicates->cellWidget(row, 4)))
            chosen.insert({m_duplicates->item(row, 0)->text().toInt(), box->property("existingId").toLongLong()}, box->currentIndex());
    }
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
        const int line = m_result.clientLines.value(duplicate.index);
        box->setProperty("existingId", duplicate.existingId);
        box->setCurrentIndex(chosen.value({line, duplicate.existingId}, m_allDuplicates->currentIndex()));
        box->setAccessibleName(tr("What to do with line %1").arg(line));
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::updateSummary);
        m_duplicates->setCellWidget(row, 4, box);
    }
    updateSummary();
}

void ImportDialog::fillPreview()
{
    m_preview->clear();
    const bool interactions = m_import.kind() == ClientImport::Kind::Interactions;
    const int total = int(interactions ? m_result.interactions.size() : m_result.clients.size());
    const int rows = std::min(PreviewRows, total);
    m_previewCaption->setText(rows == total ? tr("Every row that can be imported (%1), as it will be stored:").arg(total)
                                            : tr("The first %1 of %2 rows that can be imported, as they will be stored:")
                                                  .arg(rows)
                                                  .arg(total));
    m_preview->setRowCount(rows);
    if (interactions) {
        m_preview->setColumnCount(4);
        m_preview->setHorizontalHeaderLabels({tr("Client"), tr("When"), tr("What"), tr("Note")});
        for (int row = 0; row < rows; ++row) {
            const Interaction &i = m_result.interactions.at(row);
            const Client *client = m_store->client(i.clientId);
            m_preview->setItem(row, 0, readOnly(client ? client->displayName() : QString()));
            m_preview->setItem(row, 1, readOnly(QLocale().toString(i.happenedAt.toLocalTime(), QLocale::ShortFormat)));
            m_preview->setItem(row, 2, readOnly(InteractionText::summary(i)));
            m_preview->setItem(row, 3, readOnly(i.note.simplified()));
        }
        m_preview->resizeColumnsToContents();
        return;
    }
    if (const auto unnamed = int(std::count(m_result.nameMissing.cbegin(), m_result.nameMissing.cend(), true)); unnamed > 0)
        m_previewCaption->setText(m_previewCaption->text() + QLatin1Char('\n')
                                  + tr("No name in the file for %n contact(s): named after their email or phone, shown in "
                                       "italics.", nullptr, unnamed));
    m_preview->setColumnCount(7);
    m_preview->setHorizontalHeaderLabels({tr("Name"), tr("Company"), tr("Email"), tr("Phone"), tr("Satisfaction"),
                                          tr("Repurchase"), tr("Tags")});
    const QLocale locale;
    for (int row = 0; row < rows; ++row) {
        const Client &c = m_result.clients.at(row).client;
        QTableWidgetItem *name = readOnly(c.name);
        if (m_result.nameMissing.value(row)) {
            QFont italic = name->font();
            italic.setItalic(true);
            name->setFont(italic);
            name->setToolTip(tr("No name in the file: named after its email or phone. You can rename the client after the "
                                "import."));
        }
        m_preview->setItem(row, 0, name);
        m_preview->setItem(row, 1, readOnly(c.company));
        // Every email and phone the row gives: the preferred one first, the rest after it.
        m_preview->setItem(row, 2, contactsItem(c.emails));
        m_preview->setItem(row, 3, contactsItem(c.phones));
        m_preview->setItem(row, 4, readOnly(locale.toString(c.satisfaction, 'f', 1)));
        m_preview->setItem(row, 5, readOnly(locale.toString(c.repurchase, 'f', 1)));
        m_preview->setItem(row, 6, readOnly(c.tagsText()));
    }
    m_preview->resizeColumnsToContents();
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
    m_additions.clear();
    m_updates.clear();
    m_writeError->hide();
    const int bad = int(m_result.problems.size());
    if (bad > 0 && !m_skipBadRows->isChecked())
        m_previewStatus->setText(tr("%n row(s) cannot be imported. Correct them in the file (or change the columns) and "
                                    "import again, or skip them; nothing has been written.", nullptr, bad));
    else
        m_previewStatus->clear();

    QStringList lines;
    if (m_import.kind() == ClientImport::Kind::Interactions) {
        lines.append(tr("Interactions to log: %1").arg(m_result.interactions.size()));
    } else {
        m_import.resolve(m_result, choices(), *m_store, &m_additions, &m_updates);
        const int unchanged = int(m_result.clients.size() - m_additions.size() - m_updates.size());
        lines.append(tr("New clients: %1").arg(m_additions.size()));
        lines.append(tr("Stored clients updated: %1").arg(m_updates.size()));
        lines.append(tr("Already stored and skipped: %1").arg(std::max(0, unchanged)));
    }
    // What the file holds that no client field takes is said before anything is written.
    const QString notImported = ClientImport::notImportedText(m_import.notImported());
    m_notImported->setText(notImported);
    m_notImported->setVisible(!notImported.isEmpty());
    if (!notImported.isEmpty() && m_loaded)
        lines.append(notImported);
    if (isSkippingBadRows())
        lines.append(tr("Bad rows skipped: %1, written with their line and reason to %2")
                         .arg(bad)
                         .arg(QDir::toNativeSeparators(ClientImport::skippedRowsPath(m_path))));
    if (!canWrite() && (bad == 0 || isSkippingBadRows())) {
        lines.append(QString());
        lines.append(tr("There is nothing to import."));
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    if (currentId() == SummaryPage)
        fillChanges();
    pagesChanged();
}

void ImportDialog::fillChanges()
{
    struct Change
    {
        int line;
        QString client;
        QString what;
    };
    QVector<Change> changes;
    if (m_import.kind() == ClientImport::Kind::Interactions) {
        for (int i = 0; i < m_result.interactions.size(); ++i) {
            const Interaction &interaction = m_result.interactions.at(i);
            const Client *client = m_store->client(interaction.clientId);
            changes.append({m_result.interactionLines.value(i), client ? client->displayName() : QString(),
                            tr("Logs: %1").arg(InteractionText::summary(interaction))});
        }
    } else {
        const QVector<Policy> chosen = choices();
        QHash<int, int> duplicateOf;
        for (int i = 0; i < m_result.duplicates.size(); ++i)
            duplicateOf.insert(m_result.duplicates.at(i).index, i);
        for (int i = 0; i < m_result.clients.size(); ++i) {
            QString what = tr("Adds a new client");
            if (duplicateOf.contains(i)) {
                const int d = duplicateOf.value(i);
                const Client *stored = m_store->client(m_result.duplicates.at(d).existingId);
                const QString name = stored ? stored->displayName() : QString();
                switch (chosen.value(d, Policy::Skip)) {
                case Policy::Skip:
                    what = tr("Nothing: already stored as %1").arg(name);
                    break;
                case Policy::Update:
                    what = tr("Updates the stored client %1").arg(name);
                    break;
                case Policy::KeepBoth:
                    what = tr("Adds a new client beside the stored %1").arg(name);
                    break;
                }
            }
            changes.append({m_result.clientLines.value(i), m_result.clients.at(i).client.displayName(), what});
        }
    }
    if (isSkippingBadRows()) {
        const QString skipped = QFileInfo(ClientImport::skippedRowsPath(m_path)).fileName();
        for (const ImportProblem &problem : std::as_const(m_result.problems))
            changes.append({problem.line, QString(), tr("Skips the row (%1); it goes to %2").arg(problem.reason, skipped)});
    }
    std::stable_sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) { return a.line < b.line; });

    const int shown = std::min(ChangeRows, int(changes.size()));
    m_changes->setRowCount(shown == changes.size() ? shown : shown + 1);
    for (int row = 0; row < shown; ++row) {
        m_changes->setItem(row, 0, readOnly(QString::number(changes.at(row).line)));
        m_changes->setItem(row, 1, readOnly(changes.at(row).client));
        m_changes->setItem(row, 2, readOnly(changes.at(row).what));
    }
    if (shown < changes.size())
        m_changes->setItem(shown, 2, readOnly(tr("… and %1 more rows, not listed here").arg(changes.size() - shown)));
}

bool ImportDialog::canWrite() const
{
    if (!m_loaded || (!m_result.problems.isEmpty() && !isSkippingBadRows()))
        return false;
    if (m_import.kind() == ClientImport::Kind::Interactions)
        return !m_result.interactions.isEmpty();
    return !m_additions.isEmpty() || !m_updates.isEmpty();
}

void ImportDialog::pagesChanged()
{
    for (int id : pageIds())
        Q_EMIT page(id)->completeChanged();
}

int ImportDialog::nextId() const
{
    switch (currentId()) {
    case FilePage:
        return hasColumnsToMap() ? ColumnsPage : PreviewPage;
    case ColumnsPage:
        return PreviewPage;
    case PreviewPage:
        return m_result.duplicates.isEmpty() ? SummaryPage : DuplicatesPage;
    case DuplicatesPage:
        return SummaryPage;
    default:
        return -1;
    }
}

bool ImportDialog::validateCurrentPage()
{
    // Next and Import are disabled on an incomplete page; keep next() itself from going on too.
    if (!currentPage() || !currentPage()->isComplete())
        return false;
    if (currentId() != SummaryPage || !isSkippingBadRows())
        return QWizard::validateCurrentPage();
    // The skipped rows are on disk before anything is imported: if they cannot be, nothing is.
    const QString path = ClientImport::skippedRowsPath(m_path);
    QString error;
    if (!ClientExport::write(path, m_import.skippedRowsCsv(m_result), &error)) {
        m_writeError->setText(tr("%1. Nothing was imported. Make room for that file, or go back and import without "
                                 "skipping the bad rows.")
                                  .arg(error));
        m_writeError->show();
        return false;
    }
    m_skippedRowsPath = path;
    return true;
}

void ImportDialog::accept()
{
    if (currentId() != SummaryPage || !canWrite())
        return;
    QWizard::accept();
}
