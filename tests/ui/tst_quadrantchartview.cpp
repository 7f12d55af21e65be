#include "clientcommands.h"
#include "clientdotsitem.h"
#include "clientstore.h"
#include "contacttracker.h"
#include "halotextitem.h"
#include "quadrantchartview.h"

#include <QApplication>
#include <QGraphicsScene>
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
    void shouldSayWhatTheChartIsOverItsAxes();
    void shouldNotSelectAHiddenClient();
    void shouldDrawManyDotsInTheirOrder();
    void shouldDrawTheNamesOfQuadrantsOverTheDots();
    void shouldPlaceTheSelectedNameWhereItHidesNoOtherName();
    void shouldShowTheValueOfADraggedBoundary();
    void shouldShowDensityOnceTheDotsWouldCoverHalfThePlot();
    void shouldPrintTheDotsOfOneOwnersClientsOnly();

private:
    QPoint at(double satisfaction, double repurchase) const { return m_view->viewportPosition({satisfaction, repurchase}); }
    /** The boxes of the names of quadrants and corners shown on the chart, by text, in the dots' coordinates. */
    QMap<QString, QRectF> nameRects() const;

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

QMap<QString, QRectF> tst_QuadrantChartView::nameRects() const
{
    QMap<QString, QRectF> rects;
    const QList<QGraphicsItem *> items = m_view->scene()->items();
    for (QGraphicsItem *item : items) {
        if (auto *name = dynamic_cast<HaloTextItem *>(item); name && name->isVisible())
            rects.insert(name->text(), m_view->dotsItem()->mapRectFromItem(name, name->textRect()));
    }
    return rects;
}

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

void tst_QuadrantChartView::shouldSayWhatTheChartIsOverItsAxes()
{
    // WHEN the mouse rests in the chart's margin, outside the plot
    const QString text = tooltipAt(m_view.get(), m_view->viewport(), QPoint(2, 2));

    // THEN the tooltip says what the chart is and what dragging does
    QCOMPARE(text, QStringLiteral("The client matrix: drag a dot to move a client, a line to move a boundary"));
    QToolTip::hideText();
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
    // AND a crowd on one spot is one dot, not a density picture
    QVERIFY(!m_view->dotsItem()->isShowingDensity());
}

void tst_QuadrantChartView::shouldDrawTheNamesOfQuadrantsOverTheDots()
{
    // GIVEN the six names on the chart
    const QMap<QString, QRectF> names = nameRects();
    QCOMPARE(names.keys(), (QStringList{QStringLiteral("Apostles"), QStringLiteral("Defectors"), QStringLiteral("Hostages"),
                                        QStringLiteral("Loyalists"), QStringLiteral("Mercenaries"), QStringLiteral("Terrorists")}));
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        // WHEN the scene is asked what lies at the middle of a name, topmost first
        const QPointF middle = m_view->dotsItem()->mapToScene(it.value().center());
        const QList<QGraphicsItem *> stack = m_view->scene()->items(middle, Qt::IntersectsItemShape, Qt::DescendingOrder);
        const auto nameAt = std::find_if(stack.cbegin(), stack.cend(), [](QGraphicsItem *item) { return dynamic_cast<HaloTextItem *>(item); });
        const auto dotsAt = std::find(stack.cbegin(), stack.cend(), m_view->dotsItem());
        // THEN the name is drawn after (over) the dots
        QVERIFY2(nameAt != stack.cend() && dotsAt != stack.cend(), qPrintable(it.key()));
        QVERIFY2(nameAt < dotsAt, qPrintable(it.key() + QStringLiteral(" lies under the dots")));
    }

    // THEN each name has a halo in the chart's background colour, in the light palette and in the dark
    const auto haloOf = [this](const QString &text) {
        const QList<QGraphicsItem *> items = m_view->scene()->items();
        for (QGraphicsItem *item : items) {
            if (auto *name = dynamic_cast<HaloTextItem *>(item); name && name->text() == text)
                return std::make_pair(name->haloColor(), name->brush().color());
        }
        return std::make_pair(QColor(), QColor());
    };
    const auto light = haloOf(QStringLiteral("Loyalists"));
    const auto grey = [](const QColor &color) { return qGray(color.rgb()); };
    QVERIFY2(grey(light.first) > 200, qPrintable(light.first.name()));
    QVERIFY2(grey(light.second) < grey(light.first) - 60, qPrintable(light.first.name() + QLatin1Char(' ') + light.second.name()));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(40, 40, 40));
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    m_view->setPalette(dark);
    const auto onDark = haloOf(QStringLiteral("Loyalists"));
    QVERIFY2(grey(onDark.first) < 80, qPrintable(onDark.first.name()));
    QVERIFY2(grey(onDark.second) > grey(onDark.first) + 60, qPrintable(onDark.first.name() + QLatin1Char(' ') + onDark.second.name()));
    const auto apostles = haloOf(QStringLiteral("Apostles"));
    QCOMPARE(apostles.first, onDark.first);
    QCOMPARE(apostles.second, QColor(230, 230, 230));
}

void tst_QuadrantChartView::shouldPlaceTheSelectedNameWhereItHidesNoOtherName()
{
    ClientDotsItem *dots = m_view->dotsItem();
    const QMap<QString, QRectF> names = nameRects();
    QCOMPARE(names.size(), 6);
    // GIVEN clients just left of each name, and in each corner of the plot
    QVector<Client> clients;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const QPointF value = dots->toValue(QPointF(it.value().left() - 14, it.value().center().y()));
        clients.append(makeClient(QStringLiteral("Left of ") + it.key(), value.x(), value.y()));
    }
    for (const QPointF &corner : {QPointF(0, 0), QPointF(0, 10), QPointF(10, 0), QPointF(10, 10)})
        clients.append(makeClient(QStringLiteral("Corner"), corner.x(), corner.y()));
    QVector<qint64> ids;
    QVERIFY(m_store->addClients(clients, &ids));
    ids += {m_xena, m_ben, m_tessa};

    for (qint64 id : std::as_const(ids)) {
        // WHEN the client is selected
        m_view->setSelectedClient(id);
        const Client client = *m_store->client(id);
        const QRectF label = dots->selectionLabelRect();
        const QString where = client.name + QStringLiteral(" at (%1, %2): label at %3,%4 %5x%6")
                                                .arg(client.satisfaction)
                                                .arg(client.repurchase)
                                                .arg(label.x())
                                                .arg(label.y())
                                                .arg(label.width())
                                                .arg(label.height());
        // THEN the client's name is shown inside the plot, beside the dot, over no other name
        QVERIFY2(!label.isEmpty(), qPrintable(where));
        QVERIFY2(dots->plotArea().contains(label), qPrintable(where));
        QVERIFY2(!label.contains(dots->toPosition({client.satisfaction, client.repurchase})), qPrintable(where));
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            QVERIFY2(!label.intersects(it.value()), qPrintable(where + QStringLiteral(" covers ") + it.key() + QStringLiteral(" at %1,%2 %3x%4").arg(it.value().x()).arg(it.value().y()).arg(it.value().width()).arg(it.value().height())));
    }
    // WHEN nobody is selected, no name is shown
    m_view->setSelectedClient(0);
    QVERIFY(dots->selectionLabelRect().isNull());
}

void tst_QuadrantChartView::shouldShowTheValueOfADraggedBoundary()
{
    QWidget *viewport = m_view->viewport();
    ClientDotsItem *dots = m_view->dotsItem();
    QCOMPARE(dots->readout(), QString());

    // WHEN the satisfaction boundary (at 5.0) is grabbed, away from the dots
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, at(5.0, 2.5));
    // THEN its value shows at once
    QCOMPARE(dots->readout(), QStringLiteral("Satisfaction boundary 5.0"));
    // WHEN dragged to 6.5, the value follows, beside the line, inside the plot
    dragTo(viewport, at(5.8, 2.5));
    QCOMPARE(dots->readout(), QStringLiteral("Satisfaction boundary 5.8"));
    dragTo(viewport, at(6.5, 2.4));
    QCOMPARE(dots->readout(), QStringLiteral("Satisfaction boundary 6.5"));
    const QRectF readout = dots->readoutRect();
    QVERIFY(dots->plotArea().contains(readout));
    QVERIFY2(std::abs(readout.center().y() - dots->toPosition({6.5, 2.4}).y()) < readout.height(),
             qPrintable(QStringLiteral("readout at y %1").arg(readout.center().y())));
    // WHEN released, it goes
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, at(6.5, 2.4));
    QCOMPARE(dots->readout(), QString());
    QVERIFY(dots->readoutRect().isNull());

    // WHEN the repurchase boundary is dragged to 6.0, then Esc is pressed
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, at(6.0, 5.0));
    dragTo(viewport, at(6.0, 6.0));
    QCOMPARE(dots->readout(), QStringLiteral("Repurchase boundary 6.0"));
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    // THEN the readout goes with the drag
    QCOMPARE(dots->readout(), QString());
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, at(6.0, 6.0));

    // WHEN the Apostle corner (at 9.0) is dragged to 9.5, and the Terrorist corner (at 1.0) to 0.5
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, at(9.0, 9.0));
    dragTo(viewport, at(9.5, 9.5));
    QCOMPARE(dots->readout(), QStringLiteral("Apostles: both scores 9.5 or more"));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, at(9.5, 9.5));
    QCOMPARE(dots->readout(), QString());
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, at(1.0, 1.0));
    dragTo(viewport, at(0.5, 0.5));
    QCOMPARE(dots->readout(), QStringLiteral("Terrorists: both scores 0.5 or less"));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, at(0.5, 0.5));
    QCOMPARE(dots->readout(), QString());
}

void tst_QuadrantChartView::shouldShowDensityOnceTheDotsWouldCoverHalfThePlot()
{
    ClientDotsItem *dots = m_view->dotsItem();
    // GIVEN a client on every spot of the chart (every tenth of a point, both ways)
    QVector<Client> grid;
    for (int x = 0; x <= 100; ++x) {
        for (int y = 0; y <= 100; ++y)
            grid.append(makeClient(QStringLiteral("Spot"), x / 10.0, y / 10.0));
    }
    QVERIFY(m_store->addClients(grid));
    const int first = m_store->count() - int(grid.size());
    // THEN the chart shows their density
    QVERIFY(dots->isShowingDensity());
    const QVector<ClientDotsItem::DensityCell> cells = dots->densityCells();
    QVERIFY(!cells.isEmpty());

    // WHEN the mouse rests on a cell of the Mercenaries
    const auto mercenaries = std::find_if(cells.cbegin(), cells.cend(), [](const ClientDotsItem::DensityCell &cell) {
        return cell.low == QPointF(6.0, 2.0);
    });
    QVERIFY(mercenaries != cells.cend());
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    const QPoint spot = m_view->mapFromScene(dots->mapToScene(mercenaries->area.center()));
    QHelpEvent help(QEvent::ToolTip, spot, m_view->viewport()->mapToGlobal(spot));
    QApplication::sendEvent(m_view->viewport(), &help);
    // THEN a tip says how many clients it holds, where, and how many are in lapse
    QTRY_VERIFY(QToolTip::isVisible());
    const int across = qRound((mercenaries->high.x() - mercenaries->low.x()) * 10) + 1;
    const int down = qRound((mercenaries->high.y() - mercenaries->low.y()) * 10) + 1;
    QCOMPARE(mercenaries->count, across * down);
    QCOMPARE(QToolTip::text(), QStringLiteral("<qt><b>%1 clients here</b><br/>Satisfaction 6.0 to %2, repurchase 2.0 to %3: "
                                              "Mercenaries<br/>0 in lapse (0%)<br/><i>Narrow the list to see them as dots.</i></qt>")
                                   .arg(across * down)
                                   .arg(mercenaries->high.x(), 0, 'f', 1)
                                   .arg(mercenaries->high.y(), 0, 'f', 1));
    QToolTip::hideText();

    // WHEN a cell is clicked where clients lie, THEN none of them is picked: they have no dot
    QWidget *viewport = m_view->viewport();
    QSignalSpy selectedSpy(m_view.get(), &QuadrantChartView::clientSelected);
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, at(7.0, 3.0));
    QCOMPARE(selectedSpy.count(), 1);
    QCOMPARE(selectedSpy.last().at(0).toLongLong(), qint64(0));
    // WHEN the Apostle corner, among the cells, is dragged, THEN the corner moves, no client
    QSignalSpy rulesSpy(m_view.get(), &QuadrantChartView::rulesChangeRequested);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, at(9.0, 9.0));
    dragTo(viewport, at(9.5, 9.5));
    QVERIFY(!dots->isDragging());
    QCOMPARE(dots->readout(), QStringLiteral("Apostles: both scores 9.5 or more"));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, at(9.5, 9.5));
    QCOMPARE(rulesSpy.count(), 1);
    // WHEN a client chosen in the list is dragged, THEN its dot moves
    m_view->setSelectedClient(m_xena);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, at(3.0, 7.0));
    dragTo(viewport, at(4.0, 6.0));
    QVERIFY(dots->isDragging());
    QCOMPARE(dots->dragRow(), m_store->rowOf(m_xena));
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, at(4.0, 6.0));

    // The most spots whose dots cover at most half the plot.
    const QRectF plot = dots->plotArea();
    const int most = int(plot.width() * plot.height() * ClientDotsItem::DensityCoverage
                         / (ClientDotsItem::DotDiameter * ClientDotsItem::DotDiameter));
    QVERIFY2(most > 500 && most < 5000, qPrintable(QString::number(most)));
    const auto showSpots = [&](int spots) {
        QVector<char> visible(m_store->count(), 0);
        for (int row = first; row < first + spots; ++row)
            visible[row] = 1;
        m_view->setVisibility(visible);
    };
    // WHEN a filter leaves that many spots, THEN dots
    showSpots(most);
    QVERIFY(!dots->isShowingDensity());
    QVERIFY(dots->densityCells().size() > 0);
    // WHEN one more, THEN density
    showSpots(most + 1);
    QVERIFY(dots->isShowingDensity());
    // WHEN the filter leaves a handful, THEN dots again
    showSpots(20);
    QVERIFY(!dots->isShowingDensity());
}

QTEST_MAIN(tst_QuadrantChartView)
void tst_QuadrantChartView::shouldPrintTheDotsOfOneOwnersClientsOnly()
{
    // GIVEN a file with a client of Anna's in the Loyalist quadrant and one of Ben's among the Defectors
    ClientStore store;
    QVERIFY2(store.open(m_dir->filePath(QStringLiteral("owners.sqlite"))), qPrintable(store.errorString()));
    Client anna = makeClient(QStringLiteral("Ada Archer"), 8.0, 8.0);
    anna.owner = QStringLiteral("Anna");
    Client ben = makeClient(QStringLiteral("Bo Baker"), 2.0, 2.0);
    ben.owner = QStringLiteral("Ben");
    QVector<qint64> ids;
    QVERIFY(store.addClients({anna, ben}, &ids));
    ContactTracker tracker(&store);
    const QSize size(320, 240);

    // WHEN the chart is printed for Anna (named as a person might type it) and for everybody
    const QImage forAnna = QuadrantChartView::renderForPrint(&store, &tracker, size, 1.0, QStringLiteral("anna"));
    const QImage forEverybody = QuadrantChartView::renderForPrint(&store, &tracker, size, 1.0);

    // THEN Anna's picture lacks Ben's dot, and is the picture of a file without Ben's client
    QVERIFY(forAnna != forEverybody);
    QVERIFY(store.removeClients({ids.at(1)}));
    QCOMPARE(QuadrantChartView::renderForPrint(&store, &tracker, size, 1.0), forAnna);
}

#include "tst_quadrantchartview.moc"
