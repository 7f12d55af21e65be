// The import wizard: what each step shows before anything is written, and the one-step import it leads to.

#include "clientcommands.h"
#include "clientimport.h"
#include "clientstore.h"
#include "importdialog.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Rapport;
using namespace TestSupport;

class tst_ImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldListBadRowsAndRefuseToImport();
    void shouldImportAfterTheBadColumnIsIgnored();
    void shouldUpdateAStoredClientWhenAskedTo();
    void shouldTakeTheWholeImportBackInOneUndo();

    void shouldWalkThroughTheStepsThatApply_data();
    void shouldWalkThroughTheStepsThatApply();
    void shouldKeepTheChoicesWhenGoingBack();
    void shouldImportTheGoodRowsAndWriteTheBadOnesBesideTheFile();
    void shouldImportNothingWhenTheSkippedRowsCannotBeWritten();
    void shouldReadAFileThatIsNotUtf8AsWindows1252();
    void shouldSayWhyAFileCannotBeRead();
    void shouldChooseUtf16ByItselfAndFollowAnotherChoice_data();
    void shouldChooseUtf16ByItselfAndFollowAnotherChoice();
    void shouldMarkContactsWithoutANameInThePreview();
    void shouldShowEveryEmailAndPhoneInThePreview();
    void shouldSayWhichColumnsAreNotImportedBeforeWriting();
    void shouldSayWhatAVCardLosesInTheSummary();

private:
    /** A file in the temporary folder holding @p data. */
    QString file(const QString &name, const QByteArray &data);
    std::unique_ptr<ImportDialog> open(const QString &name, const QByteArray &data);

    std::unique_ptr<QTemporaryDir> m_dir;
    ClientStore *m_store = nullptr;
    qint64 m_storedId = 0;
};

void tst_ImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = new ClientStore;
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("import.sqlite"))));
    Client stored;
    stored.name = QStringLiteral("Ada Lovelace");
    stored.company = QStringLiteral("Engines");
    stored.setEmail(QStringLiteral("ada@engines.example"));
    stored.satisfaction = 3.0;
    stored.repurchase = 3.0;
    m_storedId = m_store->addClient(stored);
    QVERIFY(m_storedId > 0);
}

void tst_ImportDialog::cleanup()
{
    delete m_store;
    m_store = nullptr;
    m_dir.reset();
}

QString tst_ImportDialog::file(const QString &name, const QByteArray &data)
{
    const QString path = m_dir->filePath(name);
    if (!writeFile(path, data))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

std::unique_ptr<ImportDialog> tst_ImportDialog::open(const QString &name, const QByteArray &data)
{
    auto dialog = std::make_unique<ImportDialog>(m_store, file(name, data));
    dialog->show();
    return dialog;
}

void tst_ImportDialog::shouldListBadRowsAndRefuseToImport()
{
    // GIVEN a survey where two rows have no usable score
    const auto dialog = open(QStringLiteral("survey.csv"), QByteArrayLiteral("name,satisfaction\nZed,4\nYan,eleven\nXi,12\n"));
    QCOMPARE(dialog->currentId(), int(ImportDialog::FilePage));

    // WHEN the wizard is taken to the preview
    dialog->next();
    dialog->next();
    QCOMPARE(dialog->currentId(), int(ImportDialog::PreviewPage));

    // THEN both bad rows are listed with their line, and the wizard goes no further unless they are skipped
    QCOMPARE(dialog->problemList()->count(), 2);
    QCOMPARE(dialog->problemList()->item(0)->text(), QStringLiteral("Line 3: satisfaction \"eleven\" is not a number"));
    QCOMPARE(dialog->problemList()->item(1)->text(), QStringLiteral("Line 4: satisfaction 12 is outside the scale 0-10"));
    QVERIFY(dialog->skipBadRowsBox()->isVisible());
    QVERIFY(!dialog->skipBadRowsBox()->isChecked());
    QVERIFY(!dialog->button(QWizard::NextButton)->isEnabled());
    dialog->next();
    QCOMPARE(dialog->currentId(), int(ImportDialog::PreviewPage));
    QCOMPARE(m_store->count(), 1);
}

void tst_ImportDialog::shouldImportAfterTheBadColumnIsIgnored()
{
    const auto dialog = open(QStringLiteral("survey.csv"), QByteArrayLiteral("name,satisfaction\nZed,4\nYan,eleven\n"));
    dialog->next();
    QCOMPARE(dialog->currentId(), int(ImportDialog::ColumnsPage));
    QCOMPARE(dialog->mappingTable()->rowCount(), 2);
    QCOMPARE(dialog->mappingTable()->item(1, 0)->text(), QStringLiteral("satisfaction"));
    QCOMPARE(dialog->mappingTable()->item(1, 1)->text(), QStringLiteral("4"));

    // WHEN the satisfaction column is set to be ignored
    auto *box = qobject_cast<QComboBox *>(dialog->mappingTable()->cellWidget(1, 2));
    QVERIFY(box);
    box->setCurrentIndex(box->findData(int(ClientImport::Field::Ignore)));

    // THEN the rows are fine, the preview shows both, and two new clients would be added
    dialog->next();
    QCOMPARE(dialog->currentId(), int(ImportDialog::PreviewPage));
    QCOMPARE(dialog->problemList()->count(), 0);
    QVERIFY(!dialog->skipBadRowsBox()->isVisible());
    QCOMPARE(dialog->previewTable()->rowCount(), 2);
    QCOMPARE(dialog->previewTable()->item(1, 0)->text(), QStringLiteral("Yan"));
    QCOMPARE(dialog->previewTable()->item(1, 4)->text(), QStringLiteral("5.0"));
    dialog->next();
    QCOMPARE(dialog->currentId(), int(ImportDialog::SummaryPage));
    QVERIFY(dialog->importButton()->isVisible());
    QVERIFY(dialog->importButton()->isEnabled());
    QCOMPARE(dialog->additions().size(), 2);
    QCOMPARE(dialog->additions().at(1).client.name, QStringLiteral("Yan"));
    QCOMPARE(dialog->additions().at(1).client.satisfaction, 5.0);
}

void tst_ImportDialog::shouldUpdateAStoredClientWhenAskedTo()
{
    // GIVEN a file with a client already stored (same email, other case) and a new one
    const auto dialog = open(QStringLiteral("update.csv"),
                             QByteArrayLiteral("name,email,satisfaction\nAda L.,ADA@engines.example,9\nBob,bob@example.com,2\n"));
    dialog->next();
    dialog->next();
    dialog->next();
    QCOMPARE(dialog->currentId(), int(ImportDialog::DuplicatesPage));
    QCOMPARE(dialog->duplicateTable()->rowCount(), 1);
    QCOMPARE(dialog->duplicateTable()->item(0, 0)->text(), QStringLiteral("2"));
    QCOMPARE(dialog->duplicateTable()->item(0, 2)->text(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(dialog->duplicateTable()->item(0, 3)->text(), QStringLiteral("same email"));
    // Skipping is the default: only Bob would be added
    QCOMPARE(dialog->additions().size(), 1);
    QCOMPARE(dialog->updates().size(), 0);

    // WHEN the duplicate is set to update the stored client
    auto *choice = qobject_cast<QComboBox *>(dialog->duplicateTable()->cellWidget(0, 4));
    QVERIFY(choice);
    choice->setCurrentIndex(choice->findData(int(ClientImport::DuplicatePolicy::Update)));

    // THEN the stored Ada takes the file's name and score, and keeps her company
    QCOMPARE(dialog->updates().size(), 1);
    QCOMPARE(dialog->updates().constFirst().id, m_storedId);
    QCOMPARE(dialog->updates().constFirst().name, QStringLiteral("Ada L."));
    QCOMPARE(dialog->updates().constFirst().company, QStringLiteral("Engines"));
    QCOMPARE(dialog->updates().constFirst().satisfaction, 9.0);

    // AND the summary says so, row by row
    dialog->next();
    QCOMPARE(dialog->summaryLabel()->text(), QStringLiteral("New clients: 1\nStored clients updated: 1\nAlready stored and skipped: 0"));
    QCOMPARE(dialog->changeTable()->rowCount(), 2);
    QCOMPARE(dialog->changeTable()->item(0, 2)->text(), QStringLiteral("Updates the stored client Ada Lovelace"));
    QCOMPARE(dialog->changeTable()->item(1, 2)->text(), QStringLiteral("Adds a new client"));
}

void tst_ImportDialog::shouldTakeTheWholeImportBackInOneUndo()
{
    const auto dialog = open(QStringLiteral("all.csv"), QByteArrayLiteral("name,email,satisfaction\nAda L.,ada@engines.example,9\n"
                                                                          "Bob,bob@example.com,2\nCy,cy@example.com,7\n"));
    auto *choice = qobject_cast<QComboBox *>(dialog->duplicateTable()->cellWidget(0, 4));
    choice->setCurrentIndex(choice->findData(int(ClientImport::DuplicatePolicy::Update)));
    for (int step = 0; step < 4; ++step)
        dialog->next();
    QCOMPARE(dialog->currentId(), int(ImportDialog::SummaryPage));
    dialog->importButton()->click();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->skippedRowsPath(), QString());

    QUndoStack stack;
    stack.push(new ImportCommand(m_store, dialog->additions(), dialog->updates(), dialog->interactions(), QStringLiteral("all.csv")));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("Import all.csv"));
    QCOMPARE(m_store->count(), 3);
    QCOMPARE(m_store->client(m_storedId)->satisfaction, 9.0);
    const QVector<qint64> addedIds = {m_store->at(1).id, m_store->at(2).id};

    stack.undo();
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(m_store->client(m_storedId)->name, QStringLiteral("Ada Lovelace"));
    QCOMPARE(m_store->client(m_storedId)->satisfaction, 3.0);
    QVERIFY2(m_store->history(m_storedId).isEmpty(), "undo forgets the move the import recorded");

    stack.redo();
    QCOMPARE(m_store->count(), 3);
    QCOMPARE(m_store->client(m_storedId)->satisfaction, 9.0);
    QVERIFY(m_store->client(addedIds.at(0)));
    QCOMPARE(m_store->client(addedIds.at(1))->name, QStringLiteral("Cy"));

    // The file holds the same
    ClientStore again;
    QVERIFY(again.open(m_dir->filePath(QStringLiteral("import.sqlite"))));
    QCOMPARE(again.count(), 3);
    QCOMPARE(again.client(addedIds.at(0))->name, QStringLiteral("Bob"));
    QCOMPARE(again.client(m_storedId)->satisfaction, 9.0);
}

void tst_ImportDialog::shouldWalkThroughTheStepsThatApply_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QVector<int>>("pages");

    const QVector<int> all = {ImportDialog::FilePage, ImportDialog::ColumnsPage, ImportDialog::PreviewPage,
                              ImportDialog::DuplicatesPage, ImportDialog::SummaryPage};
    QTest::newRow("clients, one already stored")
        << QStringLiteral("clients.csv") << QByteArrayLiteral("name,email\nAda,ada@engines.example\nBob,bob@example.com\n") << all;
    QTest::newRow("clients, none stored")
        << QStringLiteral("clients.csv") << QByteArrayLiteral("name,email\nBob,bob@example.com\n")
        << QVector<int>{ImportDialog::FilePage, ImportDialog::ColumnsPage, ImportDialog::PreviewPage, ImportDialog::SummaryPage};
    QTest::newRow("vCard: no columns to map")
        << QStringLiteral("phone.vcf") << QByteArrayLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob\r\nEND:VCARD\r\n")
        << QVector<int>{ImportDialog::FilePage, ImportDialog::PreviewPage, ImportDialog::SummaryPage};
    QTest::newRow("interactions: neither columns nor clients already stored")
        << QStringLiteral("log.csv")
        << QByteArrayLiteral("client_email,client_name,when,kind,direction,outcome,note\n"
                             "ada@engines.example,Ada Lovelace,2026-11-24T09:30:00Z,call,outbound,answered,fine\n")
        << QVector<int>{ImportDialog::FilePage, ImportDialog::PreviewPage, ImportDialog::SummaryPage};
}

void tst_ImportDialog::shouldWalkThroughTheStepsThatApply()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(QVector<int>, pages);

    // GIVEN the wizard on a file
    const auto dialog = open(name, data);
    QVERIFY(!dialog->button(QWizard::BackButton)->isVisible());

    // WHEN Next is pressed until Import shows, and then Back until the start
    QVector<int> forward = {dialog->currentId()};
    while (dialog->button(QWizard::NextButton)->isVisible() && forward.size() < 10) {
        QVERIFY2(dialog->button(QWizard::NextButton)->isEnabled(), qPrintable(QString::number(dialog->currentId())));
        dialog->button(QWizard::NextButton)->click();
        forward.append(dialog->currentId());
    }
    QVERIFY(dialog->importButton()->isVisible());
    QVERIFY(dialog->importButton()->isEnabled());
    QVector<int> backward = {dialog->currentId()};
    while (dialog->button(QWizard::BackButton)->isVisible() && backward.size() < 10) {
        dialog->button(QWizard::BackButton)->click();
        backward.prepend(dialog->currentId());
    }

    // THEN the steps that apply are shown in order, both ways, and nothing was written
    QCOMPARE(forward, pages);
    QCOMPARE(backward, pages);
    QCOMPARE(m_store->count(), 1);
}

void tst_ImportDialog::shouldKeepTheChoicesWhenGoingBack()
{
    // GIVEN the wizard on the summary of a file with a stored client, the duplicate set to be kept
    const auto dialog = open(QStringLiteral("clients.csv"), QByteArrayLiteral("name,email,satisfaction\nAda,ada@engines.example,2\n"
                                                                              "Bob,bob@example.com,4\n"));
    dialog->next();
    dialog->next();
    dialog->next();
    auto *choice = qobject_cast<QComboBox *>(dialog->duplicateTable()->cellWidget(0, 4));
    choice->setCurrentIndex(choice->findData(int(ClientImport::DuplicatePolicy::KeepBoth)));
    dialog->next();
    QCOMPARE(dialog->summaryLabel()->text(), QStringLiteral("New clients: 2\nStored clients updated: 0\nAlready stored and skipped: 0"));

    // WHEN it goes back to the columns and the scale is changed to 1-5
    dialog->back();
    dialog->back();
    dialog->back();
    QCOMPARE(dialog->currentId(), int(ImportDialog::ColumnsPage));
    dialog->satisfactionScaleBox()->setCurrentIndex(dialog->satisfactionScaleBox()->findText(QStringLiteral("1-5")));
    dialog->next();

    // THEN the preview shows the scores on 0-10, and the choice for the stored client is kept
    QCOMPARE(dialog->previewTable()->item(1, 4)->text(), QStringLiteral("7.5"));
    dialog->next();
    QCOMPARE(dialog->currentId(), int(ImportDialog::DuplicatesPage));
    dialog->next();
    QCOMPARE(dialog->additions().at(1).client.satisfaction, 7.5);
    QCOMPARE(dialog->summaryLabel()->text(), QStringLiteral("New clients: 2\nStored clients updated: 0\nAlready stored and skipped: 0"));
}

void tst_ImportDialog::shouldImportTheGoodRowsAndWriteTheBadOnesBesideTheFile()
{
    // GIVEN a file whose bad rows are one with a quoted line break and the last line, with no line end
    const auto dialog = open(QStringLiteral("clients.csv"), QByteArrayLiteral("name,email,satisfaction,notes\n"   // 1
                                                                              "Ann,ann@example.com,8,first\n"     // 2
                                                                              "Bob,,eleven,\"two\nlines\"\n"      // 3-4
                                                                              "Cy,cy@example.com,4,\"a, b\"\n"    // 5
                                                                              "Dan,,12,last"));                  // 6
    dialog->next();
    dialog->next();
    QCOMPARE(dialog->currentId(), int(ImportDialog::PreviewPage));
    QCOMPARE(dialog->problemList()->count(), 2);
    QCOMPARE(dialog->problemList()->item(1)->text(), QStringLiteral("Line 6: satisfaction 12 is outside the scale 0-10"));
    QCOMPARE(dialog->skipBadRowsBox()->text(), QStringLiteral("Import the good rows and skip the bad ones: they are written, "
                                                              "with their line and reason, to clients.skipped.csv beside the file."));

    // WHEN the bad rows are to be skipped
    dialog->skipBadRowsBox()->click();

    // THEN the wizard goes on, and the summary says what is written and where the bad rows go
    QVERIFY(dialog->button(QWizard::NextButton)->isEnabled());
    dialog->next();
    QCOMPARE(dialog->currentId(), int(ImportDialog::SummaryPage));
    const QString skipped = m_dir->filePath(QStringLiteral("clients.skipped.csv"));
    QCOMPARE(dialog->summaryLabel()->text(),
             QStringLiteral("New clients: 2\nStored clients updated: 0\nAlready stored and skipped: 0\n"
                            "Bad rows skipped: 2, written with their line and reason to %1")
                 .arg(QDir::toNativeSeparators(skipped)));
    QStringList changes;
    for (int row = 0; row < dialog->changeTable()->rowCount(); ++row)
        changes.append(QStringList{dialog->changeTable()->item(row, 0)->text(), dialog->changeTable()->item(row, 1)->text(),
                                   dialog->changeTable()->item(row, 2)->text()}
                           .join(QLatin1Char('|')));
    QCOMPARE(changes, (QStringList{QStringLiteral("2|Ann|Adds a new client"),
                                   QStringLiteral("3||Skips the row (satisfaction \"eleven\" is not a number); it goes to clients.skipped.csv"),
                                   QStringLiteral("5|Cy|Adds a new client"),
                                   QStringLiteral("6||Skips the row (satisfaction 12 is outside the scale 0-10); it goes to clients.skipped.csv")}));
    QVERIFY(!QFileInfo::exists(skipped));

    // WHEN Import is pressed
    dialog->importButton()->click();

    // THEN the wizard closes with the good rows to add, and the bad rows are in the file beside
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->skippedRowsPath(), skipped);
    QCOMPARE(dialog->additions().size(), 2);
    QCOMPARE(dialog->additions().at(1).client.notes, QStringLiteral("a, b"));
    QCOMPARE(QString::fromUtf8(readFile(skipped)),
             QStringLiteral("name,email,satisfaction,notes,line,reason\r\n"
                            "Bob,,eleven,\"two\nlines\",3,\"satisfaction \"\"eleven\"\" is not a number\"\r\n"
                            "Dan,,12,last,6,satisfaction 12 is outside the scale 0-10\r\n"));
    QCOMPARE(m_store->count(), 1);
}

void tst_ImportDialog::shouldImportNothingWhenTheSkippedRowsCannotBeWritten()
{
    // GIVEN a file with a bad row, the bad rows to be skipped, and a folder where they would go
    const auto dialog = open(QStringLiteral("clients.csv"), QByteArrayLiteral("name,satisfaction\nAnn,8\nBob,eleven\n"));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("clients.skipped.csv")));
    dialog->next();
    dialog->next();
    dialog->skipBadRowsBox()->setChecked(true);
    dialog->next();
    QVERIFY(!dialog->writeErrorLabel()->isVisible());

    // WHEN Import is pressed
    dialog->importButton()->click();

    // THEN the wizard stays on the summary and says why nothing was imported
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->currentId(), int(ImportDialog::SummaryPage));
    QVERIFY(dialog->writeErrorLabel()->isVisible());
    QCOMPARE(dialog->writeErrorLabel()->text(),
             QStringLiteral("Cannot write %1: Filename refers to a directory. Nothing was imported. Make room for that file, "
                            "or go back and import without skipping the bad rows.")
                 .arg(QDir::toNativeSeparators(m_dir->filePath(QStringLiteral("clients.skipped.csv")))));
    QCOMPARE(dialog->skippedRowsPath(), QString());
    QCOMPARE(m_store->count(), 1);

    // AND without the choice, the wizard goes no further than the preview
    dialog->back();
    dialog->skipBadRowsBox()->setChecked(false);
    QVERIFY(!dialog->button(QWizard::NextButton)->isEnabled());
}

void tst_ImportDialog::shouldReadAFileThatIsNotUtf8AsWindows1252()
{
    // GIVEN a file saved by an older spreadsheet: accented letters and a euro sign in Windows-1252
    const auto dialog = open(QStringLiteral("old.csv"), QByteArrayLiteral("name,company\nJos\xe9 M\xfcller,Caf\xe9 \x80 Co\n"));

    // THEN it is read as Windows-1252 and says so, and the names are right
    QCOMPARE(dialog->encodingBox()->currentText(), QStringLiteral("Windows-1252 (Western European, older spreadsheets)"));
    QCOMPARE(dialog->fileStatusLabel()->text(),
             QString::fromUtf8("This file is not UTF-8 text, so it is read as Windows-1252. If letters such as é or ü look "
                               "wrong below, choose another encoding."));
    QVERIFY(dialog->button(QWizard::NextButton)->isEnabled());
    dialog->next();
    dialog->next();
    QCOMPARE(dialog->previewTable()->item(0, 0)->text(), QString::fromUtf8("José Müller"));
    QCOMPARE(dialog->previewTable()->item(0, 1)->text(), QString::fromUtf8("Café € Co"));

    // WHEN it goes back and UTF-8 is chosen
    dialog->back();
    dialog->back();
    dialog->encodingBox()->setCurrentIndex(dialog->encodingBox()->findText(QStringLiteral("UTF-8")));

    // THEN the reader's message shows and the wizard goes no further
    QCOMPARE(dialog->fileStatusLabel()->text(),
             QStringLiteral("old.csv cannot be imported: line 2: the file is not text in this encoding; choose another encoding."));
    QVERIFY(!dialog->button(QWizard::NextButton)->isEnabled());
}

void tst_ImportDialog::shouldSayWhyAFileCannotBeRead()
{
    // GIVEN a file with a quote that is never closed
    const auto dialog = open(QStringLiteral("broken.csv"), QByteArrayLiteral("name,notes\nAnn,\"open\n"));

    // THEN the first step says why, and the wizard goes no further
    QCOMPARE(dialog->fileStatusLabel()->text(), QStringLiteral("broken.csv cannot be imported: line 2: a quoted field is never closed."));
    QVERIFY(!dialog->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(dialog->encodingBox()->currentText(), QStringLiteral("UTF-8"));

    // AND a file that is gone by the time it is read says so too
    ImportDialog gone(m_store, m_dir->filePath(QStringLiteral("gone.csv")));
    gone.show();
    QCOMPARE(gone.fileStatusLabel()->text(), QStringLiteral("gone.csv cannot be imported: No such file or directory."));
    QVERIFY(!gone.button(QWizard::NextButton)->isEnabled());
}

void tst_ImportDialog::shouldChooseUtf16ByItselfAndFollowAnotherChoice_data()
{
    QTest::addColumn<bool>("littleEndian");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("encoding");
    const QString little = QStringLiteral("UTF-16, little-endian (Outlook, Windows \"Unicode text\")");
    const QString big = QStringLiteral("UTF-16, big-endian");
    QTest::newRow("little-endian with a BOM, as Outlook writes it") << true << true << little;
    QTest::newRow("little-endian without a BOM") << true << false << little;
    QTest::newRow("big-endian with a BOM") << false << true << big;
    QTest::newRow("big-endian without a BOM") << false << false << big;
}

void tst_ImportDialog::shouldChooseUtf16ByItselfAndFollowAnotherChoice()
{
    QFETCH(bool, littleEndian);
    QFETCH(bool, bom);
    QFETCH(QString, encoding);

    // GIVEN a Thunderbird-shaped file in UTF-16
    const QString text = QString::fromUtf8("First Name,Last Name,Display Name,Primary Email,Organization\r\n"
                                           "Søren,Dahl,Søren Dahl,soren@dahl.example,Dahl & Søn\r\n");
    QByteArray data;
    const QString all = (bom ? QString(QChar(0xFEFF)) : QString()) + text;
    for (const QChar c : all) {
        const char low = char(c.unicode() & 0xFF);
        const char high = char(c.unicode() >> 8);
        data.append(littleEndian ? low : high).append(littleEndian ? high : low);
    }
    const auto dialog = open(QStringLiteral("contacts.csv"), data);

    // THEN the wizard reads it in UTF-16 by itself, says what the file is, and the names are right
    QCOMPARE(dialog->encodingBox()->currentText(), encoding);
    QCOMPARE(dialog->fileStatusLabel()->text(), QString());
    dialog->next();
    dialog->next();
    QCOMPARE(dialog->currentId(), int(ImportDialog::PreviewPage));
    QCOMPARE(dialog->previewTable()->item(0, 0)->text(), QString::fromUtf8("Søren Dahl"));
    QCOMPARE(dialog->previewTable()->item(0, 1)->text(), QString::fromUtf8("Dahl & Søn"));
    QCOMPARE(dialog->previewTable()->item(0, 2)->text(), QStringLiteral("soren@dahl.example"));

    // WHEN the owner goes back and chooses UTF-8 instead
    dialog->back();
    dialog->back();
    dialog->encodingBox()->setCurrentIndex(dialog->encodingBox()->findText(QStringLiteral("UTF-8")));

    // THEN the file no longer reads, and the wizard goes no further
    QVERIFY2(dialog->fileStatusLabel()->text().startsWith(QStringLiteral("contacts.csv cannot be imported: ")),
             qPrintable(dialog->fileStatusLabel()->text()));
    QVERIFY(!dialog->button(QWizard::NextButton)->isEnabled());

    // AND back on its own encoding, the preview is right again
    dialog->encodingBox()->setCurrentIndex(dialog->encodingBox()->findText(encoding));
    QVERIFY(dialog->button(QWizard::NextButton)->isEnabled());
    dialog->next();
    dialog->next();
    QCOMPARE(dialog->previewTable()->item(0, 0)->text(), QString::fromUtf8("Søren Dahl"));
}

void tst_ImportDialog::shouldSayWhichColumnsAreNotImportedBeforeWriting()
{
    // GIVEN an Outlook export with a birthday and a street, and an empty department column
    const auto dialog = open(QStringLiteral("outlook.csv"),
                             QByteArrayLiteral("First Name,Last Name,Department,Birthday,Business Street,E-mail Address\r\n"
                                               "Bea,Quist,,1/2/1980,1 Mill Lane,bea@quist.example\r\n"));

    // WHEN the wizard shows the columns
    dialog->next();
    QCOMPARE(dialog->currentId(), int(ImportDialog::ColumnsPage));

    // THEN the filled columns that no field takes are named under them
    QVERIFY(dialog->notImportedLabel()->isVisible());
    QCOMPARE(dialog->notImportedLabel()->text(), QStringLiteral("Not imported: Birthday, Business Street"));

    // AND when the email column is set to be ignored too, it is named as well
    auto *email = qobject_cast<QComboBox *>(dialog->mappingTable()->cellWidget(5, 2));
    QVERIFY(email);
    email->setCurrentIndex(email->findData(int(ClientImport::Field::Ignore)));
    QCOMPARE(dialog->notImportedLabel()->text(), QStringLiteral("Not imported: Birthday, Business Street, E-mail Address"));

    // AND kept in the notes with its name, it is no longer lost
    email->setCurrentIndex(email->findData(int(ClientImport::Field::NoteLine)));
    QCOMPARE(dialog->notImportedLabel()->text(), QStringLiteral("Not imported: Birthday, Business Street"));
    dialog->next();
    QCOMPARE(dialog->previewTable()->item(0, 0)->text(), QStringLiteral("Bea Quist"));

    // AND the summary says it again, before Import writes anything
    dialog->next();
    QCOMPARE(dialog->currentId(), int(ImportDialog::SummaryPage));
    QCOMPARE(dialog->summaryLabel()->text(), QStringLiteral("New clients: 1\nStored clients updated: 0\nAlready stored and skipped: 0\n"
                                                            "Not imported: Birthday, Business Street"));
    QCOMPARE(dialog->additions().at(0).client.notes, QStringLiteral("E-mail Address: bea@quist.example"));
    QCOMPARE(m_store->count(), 1);
}

void tst_ImportDialog::shouldSayWhatAVCardLosesInTheSummary()
{
    // GIVEN an Apple card with a birthday and an address
    const auto dialog = open(QStringLiteral("maja.vcf"),
                             QByteArrayLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Maja Lindqvist\r\n"
                                               "item1.EMAIL;type=INTERNET;type=pref:maja@keramik.example\r\n"
                                               "item1.X-ABLabel:_$!<Other>!$_\r\nBDAY:1984-05-02\r\n"
                                               "item2.ADR;type=HOME:;;Storgatan 1;Uppsala;;;Sweden\r\nEND:VCARD\r\n"));

    // WHEN the wizard reaches the summary (a vCard has no columns to map)
    dialog->next();
    dialog->next();
    QCOMPARE(dialog->currentId(), int(ImportDialog::SummaryPage));

    // THEN the summary names what the cards hold that is not imported
    QCOMPARE(dialog->summaryLabel()->text(), QStringLiteral("New clients: 1\nStored clients updated: 0\nAlready stored and skipped: 0\n"
                                                            "Not imported: Birthday, Address"));
}

void tst_ImportDialog::shouldShowEveryEmailAndPhoneInThePreview()
{
    // GIVEN a Google export of a contact with two labelled emails (the home one preferred) and a phone
    const auto dialog = open(QStringLiteral("google.csv"),
                             QByteArrayLiteral("Name,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
                                               "Phone 1 - Label,Phone 1 - Value\r\n"
                                               "Lea Roth,Work,lea@roth.example,* Home,lea@home.example,Mobile,+41 79 000 00 01\r\n"));

    // WHEN the wizard is taken to the preview
    dialog->next();
    dialog->next();
    QCOMPARE(dialog->currentId(), int(ImportDialog::PreviewPage));

    // THEN the row shows both emails, the preferred first, and the tooltips say which is which
    QTableWidget *preview = dialog->previewTable();
    QCOMPARE(preview->item(0, 2)->text(), QStringLiteral("lea@home.example, lea@roth.example"));
    QCOMPARE(preview->item(0, 2)->toolTip(), QStringLiteral("Home: lea@home.example\nWork: lea@roth.example"));
    QCOMPARE(preview->item(0, 3)->text(), QStringLiteral("+41 79 000 00 01"));
    QCOMPARE(preview->item(0, 3)->toolTip(), QStringLiteral("Mobile: +41 79 000 00 01"));
}

void tst_ImportDialog::shouldMarkContactsWithoutANameInThePreview()
{
    // GIVEN a Google-shaped file with a named contact, one with only an email and one with only a phone
    const auto dialog = open(QStringLiteral("google.csv"),
                             QByteArrayLiteral("Name,Given Name,Family Name,E-mail 1 - Value,Phone 1 - Value\r\n"
                                               "Lea Roth,Lea,Roth,lea@roth.example,\r\n"
                                               ",,,nur@mail.example,\r\n"
                                               ",,,,+41 44 000 00 03\r\n"));

    // WHEN the wizard is taken to the preview
    dialog->next();
    dialog->next();
    QCOMPARE(dialog->currentId(), int(ImportDialog::PreviewPage));

    // THEN all three are imported; the two without a name are named after what they have, in italics,
    // with a tooltip saying why, and the caption counts them
    QTableWidget *preview = dialog->previewTable();
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(dialog->problemList()->count(), 0);
    QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("Lea Roth"));
    QVERIFY(!preview->item(0, 0)->font().italic());
    QCOMPARE(preview->item(0, 0)->toolTip(), QString());
    QCOMPARE(preview->item(1, 0)->text(), QStringLiteral("nur@mail.example"));
    QVERIFY(preview->item(1, 0)->font().italic());
    QCOMPARE(preview->item(1, 0)->toolTip(),
             QStringLiteral("No name in the file: named after its email or phone. You can rename the client after the import."));
    QCOMPARE(preview->item(2, 0)->text(), QStringLiteral("+41 44 000 00 03"));
    QVERIFY(preview->item(2, 0)->font().italic());
    QVERIFY(dialog->button(QWizard::NextButton)->isEnabled());

    // AND Import adds all three
    dialog->next();
    QCOMPARE(dialog->currentId(), int(ImportDialog::SummaryPage));
    QCOMPARE(dialog->additions().size(), 3);
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
