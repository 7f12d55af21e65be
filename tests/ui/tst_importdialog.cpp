// The import dialog: what it shows before anything is written, and the one-step import it leads to.

#include "clientcommands.h"
#include "clientimport.h"
#include "clientstore.h"
#include "importdialog.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Rapport;

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

private:
    ClientImport load(const QByteArray &csv);

    QTemporaryDir m_dir;
    ClientStore *m_store = nullptr;
    qint64 m_storedId = 0;
};

void tst_ImportDialog::init()
{
    m_store = new ClientStore;
    QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("import.sqlite"))));
    Client stored;
    stored.name = QStringLiteral("Ada Lovelace");
    stored.company = QStringLiteral("Engines");
    stored.email = QStringLiteral("ada@engines.example");
    stored.satisfaction = 3.0;
    stored.repurchase = 3.0;
    m_storedId = m_store->addClient(stored);
    QVERIFY(m_storedId > 0);
}

void tst_ImportDialog::cleanup()
{
    delete m_store;
    m_store = nullptr;
    QFile::remove(m_dir.filePath(QStringLiteral("import.sqlite")));
}

ClientImport tst_ImportDialog::load(const QByteArray &csv)
{
    ClientImport import;
    QString error;
    if (!import.load(csv, &error))
        qFatal("cannot load: %s", qPrintable(error));
    return import;
}

void tst_ImportDialog::shouldListBadRowsAndRefuseToImport()
{
    // GIVEN a survey where two rows have no usable score
    const ClientImport import = load(QByteArrayLiteral("name,satisfaction\nZed,4\nYan,eleven\nXi,12\n"));

    // WHEN the dialog shows it
    ImportDialog dialog(m_store, import, QStringLiteral("survey.csv"));

    // THEN both bad rows are listed with their line, and nothing can be imported
    QCOMPARE(dialog.problemList()->count(), 2);
    QCOMPARE(dialog.problemList()->item(0)->text(), QStringLiteral("Line 3: satisfaction \"eleven\" is not a number"));
    QCOMPARE(dialog.problemList()->item(1)->text(), QStringLiteral("Line 4: satisfaction 12 is outside the scale 0-10"));
    QVERIFY(!dialog.importButton()->isEnabled());
    QCOMPARE(m_store->count(), 1);
}

void tst_ImportDialog::shouldImportAfterTheBadColumnIsIgnored()
{
    const ClientImport import = load(QByteArrayLiteral("name,satisfaction\nZed,4\nYan,eleven\n"));
    ImportDialog dialog(m_store, import, QStringLiteral("survey.csv"));
    QVERIFY(!dialog.importButton()->isEnabled());

    // WHEN the satisfaction column is set to be ignored
    auto *box = qobject_cast<QComboBox *>(dialog.mappingTable()->cellWidget(1, 2));
    QVERIFY(box);
    box->setCurrentIndex(box->findData(int(ClientImport::Field::Ignore)));

    // THEN the rows are fine and two new clients would be added
    QCOMPARE(dialog.problemList()->count(), 0);
    QVERIFY(dialog.importButton()->isEnabled());
    QCOMPARE(dialog.additions().size(), 2);
    QCOMPARE(dialog.additions().at(1).client.name, QStringLiteral("Yan"));
    QCOMPARE(dialog.additions().at(1).client.satisfaction, 5.0);
}

void tst_ImportDialog::shouldUpdateAStoredClientWhenAskedTo()
{
    // GIVEN a file with a client already stored (same email, other case) and a new one
    const ClientImport import = load(QByteArrayLiteral(
        "name,email,satisfaction\nAda L.,ADA@engines.example,9\nBob,bob@example.com,2\n"));
    ImportDialog dialog(m_store, import, QStringLiteral("update.csv"));
    QCOMPARE(dialog.duplicateTable()->rowCount(), 1);
    QCOMPARE(dialog.duplicateTable()->item(0, 3)->text(), QStringLiteral("same email"));
    // Skipping is the default: only Bob would be added
    QCOMPARE(dialog.additions().size(), 1);
    QCOMPARE(dialog.updates().size(), 0);

    // WHEN the duplicate is set to update the stored client
    auto *choice = qobject_cast<QComboBox *>(dialog.duplicateTable()->cellWidget(0, 4));
    QVERIFY(choice);
    choice->setCurrentIndex(choice->findData(int(ClientImport::DuplicatePolicy::Update)));

    // THEN the stored Ada takes the file's name and score, and keeps her company
    QCOMPARE(dialog.updates().size(), 1);
    QCOMPARE(dialog.updates().constFirst().id, m_storedId);
    QCOMPARE(dialog.updates().constFirst().name, QStringLiteral("Ada L."));
    QCOMPARE(dialog.updates().constFirst().company, QStringLiteral("Engines"));
    QCOMPARE(dialog.updates().constFirst().satisfaction, 9.0);
}

void tst_ImportDialog::shouldTakeTheWholeImportBackInOneUndo()
{
    const ClientImport import = load(QByteArrayLiteral(
        "name,email,satisfaction\nAda L.,ada@engines.example,9\nBob,bob@example.com,2\nCy,cy@example.com,7\n"));
    ImportDialog dialog(m_store, import, QStringLiteral("all.csv"));
    auto *choice = qobject_cast<QComboBox *>(dialog.duplicateTable()->cellWidget(0, 4));
    choice->setCurrentIndex(choice->findData(int(ClientImport::DuplicatePolicy::Update)));

    QUndoStack stack;
    stack.push(new ImportCommand(m_store, dialog.additions(), dialog.updates(), dialog.interactions(), QStringLiteral("all.csv")));
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
    QVERIFY(again.open(m_dir.filePath(QStringLiteral("import.sqlite"))));
    QCOMPARE(again.count(), 3);
    QCOMPARE(again.client(addedIds.at(0))->name, QStringLiteral("Bob"));
    QCOMPARE(again.client(m_storedId)->satisfaction, 9.0);
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
