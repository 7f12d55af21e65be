#include "clientdetailpanel.h"
#include "clientdotsitem.h"
#include "clientlistpanel.h"
#include "clientstore.h"
#include "clienttablemodel.h"
#include "mainwindow.h"
#include "quadrantchartview.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

#include <functional>
#include <memory>

using namespace Rapport;
using namespace TestSupport;

// Two Rapports on one database: what one of them (A) writes shows in the window of the other
// (B) in place, and the viewer of B keeps their selection, sort, scroll position and filter.
// On a server, A writes and B reads the change in (LISTEN/NOTIFY) within 2 seconds; on a file,
// B's own store writes it, which is the same path from the store's signals to the views.
class tst_LiveChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldShowChangesMadeElsewhereWhereTheViewerIs();
    void shouldShowOnlyMyClients_data();
    void shouldShowOnlyMyClients();
    void shouldFollowOwnersChangedElsewhereWhileShowingMyClients();
    void shouldFollowANewNameWhileShowingMyClients();

private:
    /** Makes the change with A's store on a server (and waits until B has read it in), with B's on a file. */
    void elsewhere(const std::function<bool(ClientStore &)> &write);
    qint64 idOf(const QString &name) const;
    ClientTableModel *model() const { return m_window->listPanel()->model(); }
    /** True when B's chart shows a dot for @p id at (@p satisfaction, @p repurchase). */
    bool dotAt(qint64 id, double satisfaction, double repurchase) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<ClientStore> m_a;
    std::unique_ptr<ClientStore> m_b;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_LiveChanges::initTestCase()
{
    RAPPORT_REQUIRE_BACKEND();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RapportTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_livechanges"));
    QSettings().clear();
}

void tst_LiveChanges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = newDatabase(*m_dir);
    m_a = std::make_unique<ClientStore>();
    QVERIFY2(m_a->open(m_location), qPrintable(m_a->errorString()));
    // Forty clients, satisfaction rising with the number; the odd ones are B's author's.
    m_b = std::make_unique<ClientStore>();
    QVERIFY2(m_b->open(m_location), qPrintable(m_b->errorString()));
    // B's person has a name of their own (kept for the role both stores share here).
    QVERIFY2(m_b->setAuthorName(QStringLiteral("Bea Viewer")), qPrintable(m_b->errorString()));
    QCOMPARE(m_b->author(), QStringLiteral("Bea Viewer"));
    QVector<Client> clients;
    for (int i = 1; i <= 40; ++i) {
        Client client;
        client.name = QStringLiteral("Client %1").arg(i, 2, 10, QLatin1Char('0'));
        client.satisfaction = i / 5.0;
        client.repurchase = 5.0;
        client.owner = i % 2 ? m_b->author() : QStringLiteral("Someone Else");
        clients.append(client);
    }
    QVERIFY2(m_a->addClients(clients), qPrintable(m_a->errorString()));
    m_b.reset();
    m_b = std::make_unique<ClientStore>();
    QVERIFY2(m_b->open(m_location), qPrintable(m_b->errorString()));
    QCOMPARE(m_b->count(), 40);
    QCOMPARE(m_b->author(), QStringLiteral("Bea Viewer"));
    m_window = std::make_unique<MainWindow>(m_b.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->resize(1000, 500);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_LiveChanges::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_b.reset();
    m_a.reset();
    m_dir.reset();
}

void tst_LiveChanges::elsewhere(const std::function<bool(ClientStore &)> &write)
{
    if (!onServer()) {
        QVERIFY2(write(*m_b), qPrintable(m_b->errorString()));
        return;
    }
    QSignalSpy read(m_b.get(), &ClientStore::changedElsewhere);
    QVERIFY2(write(*m_a), qPrintable(m_a->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(read.size() >= 1, 2000);
}

qint64 tst_LiveChanges::idOf(const QString &name) const
{
    for (const Client &client : m_b->clients()) {
        if (client.name == name)
            return client.id;
    }
    return 0;
}

bool tst_LiveChanges::dotAt(qint64 id, double satisfaction, double repurchase) const
{
    const ClientDotsItem *dots = m_window->chartView()->dotsItem();
    return dots->rowsAt(dots->toPosition(QPointF(satisfaction, repurchase))).contains(m_b->rowOf(id));
}

void tst_LiveChanges::shouldShowChangesMadeElsewhereWhereTheViewerIs()
{
    // GIVEN B's list sorted by satisfaction, highest first, searched for "client", scrolled
    // half way, with Client 20 selected (and shown in the details)
    ClientListPanel *list = m_window->listPanel();
    QTableView *view = list->view();
    view->sortByColumn(ClientTableModel::SatisfactionColumn, Qt::DescendingOrder);
    list->searchEdit()->setText(QStringLiteral("client"));
    const qint64 selected = idOf(QStringLiteral("Client 20"));
    const qint64 moved = idOf(QStringLiteral("Client 03"));
    const qint64 deleted = idOf(QStringLiteral("Client 38"));
    list->setCurrentClient(selected);
    QCOMPARE(m_window->detailPanel()->clientId(), selected);
    QVERIFY(view->verticalScrollBar()->maximum() > 4);
    const int scrolled = view->verticalScrollBar()->maximum() / 2;
    view->verticalScrollBar()->setValue(scrolled);
    const int timelineBefore = m_window->detailPanel()->timeline()->model()->rowCount();
    const auto viewerKeepsTheirPlace = [&] {
        QCOMPARE(list->currentClient(), selected);
        QCOMPARE(list->selectedClients(), QVector<qint64>{selected});
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(ClientTableModel::SatisfactionColumn));
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(view->verticalScrollBar()->value(), scrolled);
        QCOMPARE(list->searchEdit()->text(), QStringLiteral("client"));
        QCOMPARE(model()->searchText(), QStringLiteral("client"));
        QCOMPARE(m_window->detailPanel()->clientId(), selected);
    };

    // WHEN someone else moves Client 03 to the top
    elsewhere([&](ClientStore &store) { return store.moveClient(moved, 9.9, 9.0); });
    // THEN its row is first, with its new score, and its dot has moved
    QCOMPARE(model()->clientId(0), moved);
    QCOMPARE(model()->index(0, ClientTableModel::SatisfactionColumn).data(ClientTableModel::RawValueRole).toDouble(), 9.9);
    QVERIFY(dotAt(moved, 9.9, 9.0));
    QVERIFY(!dotAt(moved, 0.6, 5.0));
    viewerKeepsTheirPlace();

    // WHEN someone else renames the selected client
    elsewhere([&](ClientStore &store) {
        Client client = *store.client(selected);
        client.name = QStringLiteral("Client 20 (renamed)");
        return store.updateClient(client);
    });
    // THEN the list row and the details show the new name
    const int row = model()->rowOfClient(selected);
    QCOMPARE(model()->index(row, ClientTableModel::NameColumn).data().toString(), QStringLiteral("Client 20 (renamed)"));
    QCOMPARE(m_window->detailPanel()->titleLabel()->text(), QStringLiteral("Client 20 (renamed)"));
    viewerKeepsTheirPlace();

    // WHEN someone else logs a call with the selected client
    elsewhere([&](ClientStore &store) {
        Interaction call;
        call.clientId = selected;
        call.happenedAt = ClientStore::now().addDays(-1);
        call.note = QStringLiteral("Called from the other office");
        return store.addInteraction(call) != 0;
    });
    // THEN the details' timeline holds it, and the list's last contact is that day
    QCOMPARE(m_window->detailPanel()->timeline()->model()->rowCount(), timelineBefore + 1);
    QVERIFY(model()->index(row, ClientTableModel::LastContactColumn).data(ClientTableModel::RawValueRole).toDateTime().isValid());
    viewerKeepsTheirPlace();

    // WHEN someone else deletes Client 38
    elsewhere([&](ClientStore &store) { return store.removeClients({deleted}); });
    // THEN it has left the list and the chart; the others stay where they were
    QCOMPARE(model()->rowCount(), 39);
    QCOMPARE(model()->rowOfClient(deleted), -1);
    QCOMPARE(m_b->rowOf(deleted), -1);
    QVERIFY(dotAt(moved, 9.9, 9.0));
    viewerKeepsTheirPlace();
}

void tst_LiveChanges::shouldShowOnlyMyClients_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<bool>("mine");
    // %me stands for B's author (the database role on a server, the login name on a file).
    QTest::newRow("mine") << QStringLiteral("%me") << true;
    QTest::newRow("mine, with spaces around") << QStringLiteral("  %me ") << true;
    QTest::newRow("nobody") << QString() << false;
    QTest::newRow("someone else") << QStringLiteral("Someone Else") << false;
    QTest::newRow("a name that begins like mine") << QStringLiteral("%me Jr") << false;
    QTest::newRow("mine in capitals") << QStringLiteral("BEA VIEWER") << false;
    QTest::newRow("quotes and percent") << QStringLiteral("%' OR owner LIKE '%") << false;
}

void tst_LiveChanges::shouldShowOnlyMyClients()
{
    QFETCH(QString, owner);
    QFETCH(bool, mine);
    // GIVEN a client with this owner besides the forty (twenty of them B's author's)
    Client client;
    client.name = QStringLiteral("Newcomer");
    client.owner = QString(owner).replace(QLatin1String("%me"), m_b->author());
    const qint64 id = m_b->addClient(client);
    QVERIFY2(id != 0, qPrintable(m_b->errorString()));
    ClientListPanel *list = m_window->listPanel();
    QVERIFY(list->mineButton());
    QVERIFY(!list->mineButton()->isChecked());
    QCOMPARE(model()->rowCount(), 41);

    // WHEN My Clients is turned on
    list->mineButton()->click();
    // THEN the list and the chart show the author's twenty (and the newcomer only when theirs)
    QVERIFY(model()->isMineOnly());
    QCOMPARE(model()->rowCount(), mine ? 21 : 20);
    for (int row = 0; row < model()->rowCount(); ++row)
        QCOMPARE(m_b->client(model()->clientId(row))->owner, m_b->author());
    QCOMPARE(model()->rowOfClient(id) >= 0, mine);
    const ClientDotsItem *dots = m_window->chartView()->dotsItem();
    QTRY_COMPARE(dots->isShown(m_b->rowOf(id)), mine);
    QTRY_COMPARE(dots->isShown(m_b->rowOf(idOf(QStringLiteral("Client 02")))), false);
    QCOMPARE(dots->isShown(m_b->rowOf(idOf(QStringLiteral("Client 01")))), true);

    // WHEN it is turned off again
    list->mineButton()->click();
    // THEN everyone is back
    QCOMPARE(model()->rowCount(), 41);
    QTRY_COMPARE(dots->isShown(m_b->rowOf(idOf(QStringLiteral("Client 02")))), true);
}

void tst_LiveChanges::shouldFollowOwnersChangedElsewhereWhileShowingMyClients()
{
    // GIVEN B shows only its author's clients, sorted by name, with Client 05 selected
    ClientListPanel *list = m_window->listPanel();
    list->mineButton()->click();
    QCOMPARE(model()->rowCount(), 20);
    const qint64 selected = idOf(QStringLiteral("Client 05"));
    const qint64 given = idOf(QStringLiteral("Client 02"));
    const qint64 taken = idOf(QStringLiteral("Client 07"));
    list->setCurrentClient(selected);

    // WHEN someone else hands Client 02 to B's author, and takes Client 07
    elsewhere([&](ClientStore &store) {
        Client client = *store.client(given);
        client.owner = m_b->author();
        return store.updateClient(client);
    });
    elsewhere([&](ClientStore &store) {
        Client client = *store.client(taken);
        client.owner = QStringLiteral("Someone Else");
        return store.updateClient(client);
    });

    // THEN Client 02 has come in (first by name) and Client 07 has gone, in the list and on the chart
    QVERIFY(model()->isMineOnly());
    QVERIFY(list->mineButton()->isChecked());
    QCOMPARE(model()->rowCount(), 20);
    QCOMPARE(model()->clientId(1), given);
    QCOMPARE(model()->rowOfClient(taken), -1);
    const ClientDotsItem *dots = m_window->chartView()->dotsItem();
    QVERIFY(dots->isShown(m_b->rowOf(given)));
    QVERIFY(!dots->isShown(m_b->rowOf(taken)));
    QCOMPARE(list->currentClient(), selected);
}

void tst_LiveChanges::shouldFollowANewNameWhileShowingMyClients()
{
    // GIVEN a client of Bea's new name besides the forty, and B showing Bea's twenty
    Client client;
    client.name = QStringLiteral("Newcomer");
    client.owner = QStringLiteral("Bea Married");
    const qint64 id = m_b->addClient(client);
    QVERIFY2(id != 0, qPrintable(m_b->errorString()));
    ClientListPanel *list = m_window->listPanel();
    list->mineButton()->click();
    QCOMPARE(model()->rowCount(), 20);

    // WHEN Bea's name changes (Settings → Your name)
    QSignalSpy authorChanges(m_b.get(), &ClientStore::authorChanged);
    QVERIFY2(m_b->setAuthorName(QStringLiteral("Bea Married")), qPrintable(m_b->errorString()));

    // THEN My Clients, still on, shows the clients of the new name, in the list and on the chart
    QCOMPARE(authorChanges.count(), 1);
    QVERIFY(list->mineButton()->isChecked());
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(model()->clientId(0), id);
    const ClientDotsItem *dots = m_window->chartView()->dotsItem();
    QTRY_COMPARE(dots->isShown(m_b->rowOf(idOf(QStringLiteral("Client 01")))), false);
    QVERIFY(dots->isShown(m_b->rowOf(id)));

    // AND the same name set again changes nothing
    QVERIFY(m_b->setAuthorName(QStringLiteral(" Bea Married ")));
    QCOMPARE(authorChanges.count(), 1);
}

QTEST_MAIN(tst_LiveChanges)
#include "tst_livechanges.moc"
