// Dropping files, or vCards dragged out of a mail program, onto the window to import them.

#include "importdroptarget.h"
#include "testsupport.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QWidget>

#include <memory>

using namespace TestSupport;

namespace {

std::unique_ptr<QMimeData> files(const QStringList &paths)
{
    auto data = std::make_unique<QMimeData>();
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    data->setUrls(urls);
    return data;
}

std::unique_ptr<QMimeData> withFormat(const QString &type, const QByteArray &bytes)
{
    auto data = std::make_unique<QMimeData>();
    data->setData(type, bytes);
    return data;
}

const QByteArray card = QByteArrayLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Maja Lindqvist\r\nEND:VCARD\r\n");

} // namespace

class tst_ImportDropTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAcceptOnlyWhatCanBeImported_data();
    void shouldAcceptOnlyWhatCanBeImported();
    void shouldAskToImportEachDroppedFileInOrder();
    void shouldSaveADraggedVCardToAFileAndImportIt_data();
    void shouldSaveADraggedVCardToAFileAndImportIt();
};

void tst_ImportDropTarget::shouldAcceptOnlyWhatCanBeImported_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("a CSV file") << QString() << QStringList{QStringLiteral("/tmp/clients.csv")} << true;
    QTest::newRow("a vCard file, upper-case suffix") << QString() << QStringList{QStringLiteral("/tmp/Contacts.VCF")} << true;
    QTest::newRow("a .vcard file") << QString() << QStringList{QStringLiteral("/tmp/maja.vcard")} << true;
    QTest::newRow("a PDF and a CSV") << QString() << QStringList{QStringLiteral("/tmp/a.pdf"), QStringLiteral("/tmp/b.csv")} << true;
    QTest::newRow("a PDF only") << QString() << QStringList{QStringLiteral("/tmp/report.pdf")} << false;
    QTest::newRow("a file without a suffix") << QString() << QStringList{QStringLiteral("/tmp/contacts")} << false;
    QTest::newRow("text/vcard from a mail program") << QStringLiteral("text/vcard") << QStringList() << true;
    QTest::newRow("text/x-vcard") << QStringLiteral("text/x-vcard") << QStringList() << true;
    QTest::newRow("text/directory (KDE)") << QStringLiteral("text/directory") << QStringList() << true;
    QTest::newRow("plain text") << QStringLiteral("text/plain") << QStringList() << false;
}

void tst_ImportDropTarget::shouldAcceptOnlyWhatCanBeImported()
{
    QFETCH(QString, type);
    QFETCH(QStringList, paths);
    QFETCH(bool, accepted);

    // GIVEN a window that takes drops to import
    QWidget window;
    new ImportDropTarget(&window);
    QVERIFY(window.acceptDrops());
    const std::unique_ptr<QMimeData> data = type.isEmpty() ? files(paths) : withFormat(type, card);

    // WHEN it is dragged over the window
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction | Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QCoreApplication::sendEvent(&window, &enter);

    // THEN the window takes it (as a copy) only when there is something to import
    QCOMPARE(ImportDropTarget::canImport(data.get()), accepted);
    QCOMPARE(enter.isAccepted(), accepted);
    if (accepted)
        QCOMPARE(enter.dropAction(), Qt::CopyAction);
}

void tst_ImportDropTarget::shouldAskToImportEachDroppedFileInOrder()
{
    // GIVEN a window that takes drops to import
    QWidget window;
    auto *target = new ImportDropTarget(&window);
    QSignalSpy requested(target, &ImportDropTarget::importRequested);
    const auto data = files({QStringLiteral("/home/owner/b.vcf"), QStringLiteral("/home/owner/notes.txt"),
                             QStringLiteral("/home/owner/a.csv")});

    // WHEN three files are dropped (Qt delivers a drop only to the target of a real drag: the
    // target is called as the drop does)
    const bool taken = target->importDropped(data.get());

    // THEN nothing is asked while the drop is under way, and then each file to import, in order
    QVERIFY(taken);
    QCOMPARE(requested.size(), 0);
    QCoreApplication::processEvents();
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("/home/owner/b.vcf"));
    QCOMPARE(requested.at(1).at(0).toString(), QStringLiteral("/home/owner/a.csv"));

    // AND a drop with nothing to import asks nothing
    QVERIFY(!target->importDropped(files({QStringLiteral("/home/owner/notes.txt")}).get()));
    QCoreApplication::processEvents();
    QCOMPARE(requested.size(), 2);
}

void tst_ImportDropTarget::shouldSaveADraggedVCardToAFileAndImportIt_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("text/vcard") << QStringLiteral("text/vcard");
    QTest::newRow("text/x-vcard") << QStringLiteral("text/x-vcard");
}

void tst_ImportDropTarget::shouldSaveADraggedVCardToAFileAndImportIt()
{
    QFETCH(QString, type);

    // GIVEN a window that takes drops to import
    QWidget window;
    auto *target = new ImportDropTarget(&window);
    QSignalSpy requested(target, &ImportDropTarget::importRequested);

    // WHEN two contacts are dragged out of a mail program, one after the other
    for (const QByteArray &bytes : {card, QByteArray(card).replace("Maja", "Olav")}) {
        const auto data = withFormat(type, bytes);
        QVERIFY(target->importDropped(data.get()));
    }
    QCoreApplication::processEvents();

    // THEN each is a .vcf file of its own holding exactly the dragged bytes, which is to be imported
    QCOMPARE(requested.size(), 2);
    const QString first = requested.at(0).at(0).toString();
    const QString second = requested.at(1).at(0).toString();
    QVERIFY2(first.endsWith(QLatin1String("dropped contacts 1.vcf")), qPrintable(first));
    QVERIFY2(second.endsWith(QLatin1String("dropped contacts 2.vcf")), qPrintable(second));
    QCOMPARE(readFile(first), card);
    QCOMPARE(readFile(second), QByteArray(card).replace("Maja", "Olav"));
}

QTEST_MAIN(tst_ImportDropTarget)
#include "tst_importdroptarget.moc"
