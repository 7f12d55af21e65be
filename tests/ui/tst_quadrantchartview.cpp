#include "clientcommands.h"
#include "clientdotsitem.h"
#include "clientstore.h"
#include "contacttracker.h"
#include "quadrantchartview.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolTip>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace Rapport;

namespace {

Client makeClient(const QString &name, double satisfaction, double repurchase)
{
    Client client;
    client.name = name;
    client.company = name + QStringLiteral(" Ltd");
    client.satisfaction = satisfaction;
    client.repurchase = repurchase;
    return client;
}

/** A mouse move with the left button held, as during a drag. */
void dragTo(QWidget *viewport, QPoint pos)
{
    QMouseEvent event(QEvent::MouseMove, QPointF(pos), QPointF(viewport->mapToGlobal(pos)), Qt::NoButton, Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

/**
 * Rests the mouse at \a pos as Qt does: a tooltip event to the viewport. Qt shows tooltips only in
 * the active window, so the window is activated first; without that, offscreen tests never reach
 * the code that builds the text.
 */
QString tooltipAt(QWidget *window, QWidget *viewport, QPoint pos)
{
    QToolTip::hideText();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return QStringLiteral("<window not active>");
    QHelpEvent event(QEvent::ToolTip, pos, viewport->mapToGlobal(pos));
    QApplication::sendEvent(viewport, &event);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

QString describe(const SegmentationRules &r)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(r.satisfactionBoundary())
        .arg(r.repurchaseBoundary())
        .arg(r.apostleMinimum())
        .arg(r.terroristMaximum());
}

} // namespace

class tst_QuadrantChartView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldHaveAnAccessibleName();
    void shouldAskToMoveADraggedDotOnceOnRelease();
    void shouldWriteADragOnceThroughTheUndoStack();
    void shouldCancelADragOnEscape();
    void shouldSelectAClickedDotAndNothingOnEmptySpace();
    void shouldNudgeTheSelectedClientWithTheArrowKeys();
    void shouldAskForNewRulesWhenTheBoundaryIsDragged();
    void shouldCycleThroughClientsOnTheSameSpot();
    void shouldDescribeTheClientUnderTheMouseInATooltip();
    void shouldListEveryClientOfAGroupInATooltip();
    void shouldNotSelectAHiddenClient();
    void shouldDrawManyDotsInTheirOrder();

private:
    QPoint at(double satisfaction, double repurchase) const { return m_view->viewportPosition({satisfaction, repurchase}); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientStore> m_store;
    std::unique_ptr<ContactTracker> m_tracker;
    std::unique_ptr<QuadrantChartView> m_view;
    qint64 m_xena = 0;
    qint64 m_ben = 0;
    qint64 m_pat = 0;
    qint64 m_sam = 0;
    qint64 m_tessa = 0;
};

void tst_QuadrantChartView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ClientStore>();
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("clients.sqlite"))), qPrintable(m_store->errorString()));
    QVector<qint64> ids;
    QVERIFY(m_store->addClients({makeClient(QStringLiteral("Xena Varga"), 3.0, 7.0),
                                 makeClient(QStringLiteral("Ben Brennan"), 8.2, 8.8),
                                 makeClient(QStringLiteral("Pat Quinn"), 7.0, 4.0),
                                 makeClient(QStringLiteral("Sam Quinn"), 7.0, 4.0),
                                 makeClient(QStringLiteral("Tessa Top"), 10.0, 9.8)},
                                &ids));
    m_xena = ids.at(0);
    m_ben = ids.at(1);
    m_pat = ids.at(2);
    m_sam = ids.at(3);
    m_tessa = ids.at(4);

    m_tracker = std::make_unique<ContactTracker>(m_store.get());
    m_view = std::make_unique<QuadrantChartView>(m_store.get(), m_tracker.get());
    m_view->resize(800, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTRY_VERIFY(!m_view->dotsItem()->plotArea().isEmpty());
    QCoreApplication::processEvents();
    // The scale must be fine enough that one pixel is well below a tenth of a point.
    QVERIFY2(m_view->dotsItem()->plotArea().width() > 300 && m_view->dotsItem()->plotArea().height() > 200,
             qPrintable(QStringLiteral("plot area %1 x %2").arg(m_view->dotsItem()->plotArea().width()).arg(m_view->dotsItem()->plotArea().height())));
}

void tst_QuadrantChartView::cleanup()
{
    m_view.reset();
    m_tracker.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_QuadrantChartView::shouldHaveAnAccessibleName()
{
    QVERIFY(!m_view->accessibleName().isEmpty());
    QCOMPARE(m_view->accessibleName(), QStringLiteral("Client matrix"));
    QVERIFY(!m_view->accessibleDescription().isEmpty());
}

void tst_QuadrantChartView::shouldAskToMoveADraggedDotOnceOnRelease()
{
    QSignalSpy moveSpy(m_view.get(), &QuadrantChartView::moveRequested);
    QSignalSpy selectedSpy(m_view.get(), &QuadrantChartView::clientSelected);
    QSignalSpy changedSpy(m_store.get(), &ClientStore::clientChanged);
    QWidget *viewport = m_view->viewport();

    // WHEN Xena's dot is pressed and dragged across the chart to (8.0, 2.0)
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, at(3.0, 7.0));
    QCOMPARE(selectedSpy.count(), 1);
    QCOMPARE(selectedSpy.first().at(0).toLongLong(), m_xena);
    dragTo(viewport, at(4.0, 6.0));
    dragTo(viewport, at(5.5, 4.5));
    dragTo(viewport, at(7.0, 3.0));
    dragTo(viewport, at(8.0, 2.0));

    // THEN nothing is asked or written while moving
    QVERIFY(m_view->dotsItem()->isDragging());
    QCOMPARE(m_view->dotsItem()->dragValue(), QPointF(8.0, 2.0));
    QCOMPARE(moveSpy.count(), 0);
    QCOMPARE(changedSpy.count(), 0);
    QCOMPARE(m_store->client(m_xena)->satisfaction, 3.0);

    // WHEN released
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, at(8.0, 2.0));

    // THEN the move is asked for once, from where she was to where she was dropped
    QCOMPARE(moveSpy.count(), 1);
    const QList<QVariant> args = moveSpy.first();
    QCOMPARE(args.at(0).toLongLong(), m_xena);
    QCOMPARE(args.at(1).toPointF().x(), 3.0);
    QCOMPARE(args.at(1).toPointF().y(), 7.0);
    QCOMPARE(args.at(2).toPointF().x(), 8.0);
    QCOMPARE(args.at(2).toPointF().y(), 2.0);
    QCOMPARE(args.at(3).toBool(), false);
    // AND the view itself wrote nothing
    QCOMPARE(changedSpy.count(), 0);
    QCOMPARE(m_store->client(m_xena)->satisfaction, 3.0);
    QVERIFY(!m_view->dotsItem()->isDragging());
    QCOMPARE(m_view->selectedClient(), m_xena);
}

void tst_QuadrantChartView::shouldWriteADragOnceThroughTheUndoStack()
{
    // GIVEN the view's requests recorded on an undo stack, as the main window does
    QUndoStack undoStack;
    connect(m_view.get(), &QuadrantChartView::moveRequested, &undoStack,
            [&](qint64 id, QPointF from, QPointF to, bool isNudge) {
                undoStack.push(new MoveClientCommand(m_store.get(), id, from, to, isNudge));
            });
    QSignalSpy changedSpy(m_store.get(), &ClientStore::clientChanged);
    QWidget *viewport = m_view->viewport();

    // WHEN Xena is dragged from the Hostages to (8.0, 2.0)
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, at(3.0, 7.0));
    for (int step = 1; step <= 10; ++step)
        dragTo(viewport, at(3.0 + step * 0.5, 7.0 - step * 0.5));
    // THEN no write happens during the moves
    QCOMPARE(changedSpy.count(), 0);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, at(8.0, 2.0));

    // THEN one write: she is stored at (8.0, 2.0), a Mercenary
    QCOMPARE(changedSpy.count(), 1);
    QCOMPARE(m_store->client(m_xena)->satisfaction, 8.0);
    QCOMPARE(m_store->client(m_xena)->repurchase, 2.0);
    QCOMPARE(m_store->segmentAt(m_store->rowOf(m_xena)), Segment::Mercenary);
    QCOMPARE(undoStack.count(), 1);
    QCOMPARE(undoStack.undoText(), QStringLiteral("Move Xena Varga"));
    // AND she can be picked at her new place
    QSignalSpy selectedSpy(m_view.get(), &QuadrantChartView::clientSelected);
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, at(8.0, 2.0));
    QCOMPARE(selectedSpy.count(), 1);
    QCOMPARE(selectedSpy.first().at(0).toLongLong(), m_xena);

    // WHEN undone
    undoStack.undo();
    QCOMPARE(m_store->client(m_xena)->satisfaction, 3.0);
    QCOMPARE(m_store->client(m_xena)->repurchase, 7.0);
}

void tst_QuadrantChartView::shouldCancelADragOnEscape()
{
    QSignalSpy moveSpy(m_view.get(), &QuadrantChartView::moveRequested);
    QSignalSpy changedSpy(m_store.get(), &ClientStore::clientChanged);
    QWidget *viewport = m_view->viewport();

    // WHEN Xena is dragged, Esc is pressed, and the mouse released
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, at(3.0, 7.0));
    dragTo(viewport, at(5.0, 5.0));
    dragTo(viewport, at(8.0, 2.0));
    QVERIFY(m_view->dotsItem()->isDragging());
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QVERIFY(!m_view->dotsItem()->isDragging());
    dragTo(viewport, at(8.5, 1.5));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, at(8.5, 1.5));

    // THEN nothing is asked, and she stays where she was
    QCOMPARE(moveSpy.count(), 0);
    QCOMPARE(changedSpy.count(), 0);
    QCOMPARE(m_store->client(m_xena)->satisfaction, 3.0);
    QCOMPARE(m_store->client(m_xena)->repurchase, 7.0);
    // AND she is still found at her place
    QSignalSpy selectedSpy(m_view.get(), &QuadrantChartView::clientSelected);
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, at(3.0, 7.0));
    QCOMPARE(selectedSpy.count(), 1);
    QCOMPARE(selectedSpy.first().at(0).toLongLong(), m_xena);
}

void tst_QuadrantChartView::shouldSelectAClickedDotAndNothingOnEmptySpace()
{
    QSignalSpy selectedSpy(m_view.get(), &QuadrantChartView::clientSelected);
    QSignalSpy moveSpy(m_view.get(), &QuadrantChartView::moveRequested);
    QWidget *viewport = m_view->viewport();

    // WHEN Ben's dot is clicked
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, at(8.2, 8.8));
    // THEN he is selected, and a click is not a move
    QCOMPARE(selectedSpy.count(), 1);
    QCOMPARE(selectedSpy.last().at(0).toLongLong(), m_ben);
    QCOMPARE(m_view->selectedClient(), m_ben);
    QCOMPARE(moveSpy.count(), 0);

    // WHEN a dot is clicked a pixel off its centre
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, at(3.0, 7.0) + QPoint(2, -1));
    QCOMPARE(selectedSpy.last().at(0).toLongLong(), m_xena);
    QCOMPARE(m_view->selectedClient(), m_xena);

    // WHEN empty space is clicked (away from dots, boundaries and corners)
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, at(6.5, 1.5));
    // THEN the selection is cleared
    QCOMPARE(selectedSpy.count(), 3);
    QCOMPARE(selectedSpy.last().at(0).toLongLong(), qint64(0));
    QCOMPARE(m_view->selectedClient(), qint64(0));
    QCOMPARE(moveSpy.count(), 0);

    // WHEN the selection is set from outside
    m_view->setSelectedClient(m_tessa);
    QCOMPARE(m_view->selectedClient(), m_tessa);
    QCOMPARE(selectedSpy.count(), 3);
}

void tst_QuadrantChartView::shouldNudgeTheSelectedClientWithTheArrowKeys()
{
    QSignalSpy moveSpy(m_view.get(), &QuadrantChartView::moveRequested);
    const auto lastMove = [&] {
        const QList<QVariant> args = moveSpy.last();
        return QStringLiteral("%1 (%2, %3) -> (%4, %5)%6")
            .arg(args.at(0).toLongLong())
            .arg(args.at(1).toPointF().x(), 0, 'f', 2)
            .arg(args.at(1).toPointF().y(), 0, 'f', 2)
            .arg(args.at(2).toPointF().x(), 0, 'f', 2)
            .arg(args.at(2).toPointF().y(), 0, 'f', 2)
            .arg(args.at(3).toBool() ? QStringLiteral(" nudge") : QString());
    };
    const QString xena = QString::number(m_xena);
    const QString tessa = QString::number(m_tessa);

    // GIVEN nobody selected: arrows move nothing
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(moveSpy.count(), 0);

    // GIVEN Xena at (3.0, 7.0) selected
    m_view->setSelectedClient(m_xena);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(moveSpy.count(), 1);
    QCOMPARE(lastMove(), xena + QStringLiteral(" (3.00, 7.00) -> (3.10, 7.00) nudge"));
    QCOMPARE(moveSpy.last().at(2).toPointF().x(), 3.1);

    QTest::keyClick(m_view.get(), Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(lastMove(), xena + QStringLiteral(" (3.00, 7.00) -> (3.00, 8.00) nudge"));
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QCOMPARE(lastMove(), xena + QStringLiteral(" (3.00, 7.00) -> (2.90, 7.00) nudge"));
    QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(lastMove(), xena + QStringLiteral(" (3.00, 7.00) -> (3.00, 6.00) nudge"));
    QCOMPARE(moveSpy.count(), 4);
    // The view asks; it does not write.
    QCOMPARE(m_store->client(m_xena)->satisfaction, 3.0);

    // GIVEN Tessa at (10.0, 9.8): nothing lies beyond 10
    m_view->setSelectedClient(m_tessa);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(moveSpy.count(), 4);
    QTest::keyClick(m_view.get(), Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(moveSpy.count(), 5);
    QCOMPARE(lastMove(), tessa + QStringLiteral(" (10.00, 9.80) -> (10.00, 10.00) nudge"));
    QCOMPARE(moveSpy.last().at(2).toPointF().y(), 10.0);
}

void tst_QuadrantChartView::shouldAskForNewRulesWhenTheBoundaryIsDragged()
{
    QSignalSpy rulesSpy(m_view.get(), &QuadrantChartView::rulesChangeRequested);
    QSignalSpy selectedSpy(m_view.get(), &QuadrantChartView::clientSelected);
    QSignalSpy storeRulesSpy(m_store.get(), &ClientStore::rulesChanged);
    QWidget *viewport = m_view->viewport();

    // WHEN the satisfaction boundary (at 5.0) is grabbed low on the chart, away from the dots, and dragged to 6.5
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, at(5.0, 2.5));
    dragTo(viewport, at(5.5, 2.5));
    dragTo(viewport, at(6.0, 2.6));
    dragTo(viewport, at(6.5, 2.4));
    QCOMPARE(rulesSpy.count(), 0);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, at(6.5, 2.4));

    // THEN new rules are asked for once: only the satisfaction boundary moved
    QCOMPARE(rulesSpy.count(), 1);
    const auto rules = rulesSpy.first().at(0).value<SegmentationRules>();
    QVERIFY2(rules == SegmentationRules(6.5, 5.0, 9.0, 1.0), qPrintable(describe(rules)));
    // AND grabbing a boundary is not a click on empty space
    QCOMPARE(selectedSpy.count(), 0);
    // AND the view wrote nothing
    QCOMPARE(storeRulesSpy.count(), 0);
    QVERIFY(m_store->rules() == SegmentationRules());
}

void tst_QuadrantChartView::shouldCycleThroughClientsOnTheSameSpot()
{
    QSignalSpy selectedSpy(m_view.get(), &QuadrantChartView::clientSelected);
    QWidget *viewport = m_view->viewport();
    const QPoint spot = at(7.0, 4.0);

    // WHEN the spot where Pat and Sam sit is clicked four times
    QVector<qint64> selected;
    for (int click = 0; click < 4; ++click) {
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, spot);
        selected.append(m_view->selectedClient());
    }

    // THEN the selection alternates between them
    QCOMPARE(selected, (QVector<qint64>{m_pat, m_sam, m_pat, m_sam}));
    QCOMPARE(selectedSpy.count(), 4);
    QCOMPARE(selectedSpy.at(1).at(0).toLongLong(), m_sam);
    QCOMPARE(selectedSpy.at(2).at(0).toLongLong(), m_pat);
}

void tst_QuadrantChartView::shouldDescribeTheClientUnderTheMouseInATooltip()
{
    // WHEN the mouse rests on Xena's dot in the active window
    const QString text = tooltipAt(m_view.get(), m_view->viewport(), at(3.0, 7.0));

    // THEN the tooltip names her, her company and where she stands
    QCOMPARE(text, QStringLiteral("<qt>Xena Varga &middot; Xena Varga Ltd<br/>Satisfaction 3.0, repurchase 7.0: Hostage</qt>"));
}

void tst_QuadrantChartView::shouldListEveryClientOfAGroupInATooltip()
{
    // WHEN the mouse rests where Pat and Sam sit on top of each other
    const QString text = tooltipAt(m_view.get(), m_view->viewport(), at(7.0, 4.0));

    // THEN the tooltip counts them and describes each one
    QCOMPARE(text, QStringLiteral("<qt><b>2 clients here</b>"
                                  "<br/>Pat Quinn &middot; Pat Quinn Ltd<br/>Satisfaction 7.0, repurchase 4.0: Mercenary"
                                  "<br/>Sam Quinn &middot; Sam Quinn Ltd<br/>Satisfaction 7.0, repurchase 4.0: Mercenary"
                                  "<br/><i>Click again to pick the next one.</i></qt>"));

    // AND resting on empty space takes it away (Qt hides a tooltip after a short delay)
    tooltipAt(m_view.get(), m_view->viewport(), at(1.0, 1.0));
    QTRY_VERIFY(!QToolTip::isVisible());
}

void tst_QuadrantChartView::shouldNotSelectAHiddenClient()
{
    QSignalSpy selectedSpy(m_view.get(), &QuadrantChartView::clientSelected);
    QSignalSpy moveSpy(m_view.get(), &QuadrantChartView::moveRequested);
    QWidget *viewport = m_view->viewport();

    // GIVEN Xena (store row 0) hidden by the list's filter
    QVector<char> visible(m_store->count(), 1);
    visible[m_store->rowOf(m_xena)] = 0;
    m_view->setVisibility(visible);
    QVERIFY(!m_view->dotsItem()->isShown(m_store->rowOf(m_xena)));
    QVERIFY(m_view->dotsItem()->isShown(m_store->rowOf(m_ben)));

    // WHEN her dot's place is clicked and dragged
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, at(3.0, 7.0));
    dragTo(viewport, at(6.0, 6.0));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, at(6.0, 6.0));

    // THEN nothing is selected and nothing moves
    QCOMPARE(selectedSpy.count(), 1);
    QCOMPARE(selectedSpy.first().at(0).toLongLong(), qint64(0));
    QCOMPARE(m_view->selectedClient(), qint64(0));
    QCOMPARE(moveSpy.count(), 0);

    // WHEN she is shown again, the same click picks her
    m_view->setVisibility(QVector<char>(m_store->count(), 1));
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, at(3.0, 7.0));
    QCOMPARE(selectedSpy.last().at(0).toLongLong(), m_xena);
}

void tst_QuadrantChartView::shouldDrawManyDotsInTheirOrder()
{
    // GIVEN 25,000 more clients on one spot (enough to draw them on two threads), all on the
    // Customer rung but the last, an Advocate; the dots coloured by rung
    QVector<Client> crowd(25000, makeClient(QStringLiteral("Crowd"), 9.0, 9.0));
    for (Client &client : crowd)
        client.rung = LadderRung::Customer;
    crowd.last().rung = LadderRung::Advocate;
    QVERIFY(m_store->addClients(crowd));
    m_view->setColorMode(int(ClientDotsItem::ColorMode::Rung));

    // WHEN the chart is painted
    const QImage picture = m_view->viewport()->grab().toImage();

    // THEN the spot shows the last client's colour, as if the dots were drawn one by one
    const auto legend = ClientDotsItem::legend(ClientDotsItem::ColorMode::Rung);
    const QColor advocate = legend.at(int(LadderRung::Advocate)).first;
    const QColor customer = legend.at(int(LadderRung::Customer)).first;
    QVERIFY(advocate != customer);
    const QPoint spot = at(9.0, 9.0) * picture.devicePixelRatio();
    const QColor shown = picture.pixelColor(spot);
    const auto distance = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
    };
    QVERIFY2(distance(shown, advocate) < distance(shown, customer),
             qPrintable(QStringLiteral("%1 shown, advocate %2, customer %3").arg(shown.name(), advocate.name(), customer.name())));
}

QTEST_MAIN(tst_QuadrantChartView)
#include "tst_quadrantchartview.moc"
