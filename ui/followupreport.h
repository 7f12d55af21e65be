#pragma once

#include "followupplanner.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace Rapport {
class ClientStore;
class ContactTracker;
}
class QPainter;

/**
 * The printed follow-up report: one piece of painter code for print preview, print and PDF.
 *
 * Lays the plan out in points (title, summary, the chart picture, then the list grouped by
 * segment), never splitting a row across pages, and numbers the pages. Text is drawn as
 * plain text, so names and notes can never turn into markup. Safe to use off the GUI
 * thread once constructed (the chart picture is made beforehand, on the GUI thread).
 */
class FollowUpReport
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpReport)

public:
    FollowUpReport(const Rapport::FollowUpPlan &plan, const QString &businessName, const QImage &chart);

    /** Paints every page on @p device, starting on its current page. */
    void paint(QPagedPaintDevice *device);
    /** The number of pages the last paint() produced. */
    int pageCount() const { return m_pageCount; }

    /** Writes the report as a PDF to @p path, replacing it only when complete. */
    bool writePdf(const QString &path, QString *error);

    /** The settings key of the business name printed in the title. */
    static QString businessNameKey() { return QStringLiteral("business/name"); }

    /**
     * The report of @p store as of @p asOf: the plan, the business name and a picture of the chart;
     * with @p owner, the plan and the chart of that account owner's clients only.
     */
    static FollowUpReport create(Rapport::ClientStore *store, Rapport::ContactTracker *tracker, QDate asOf,
                                 const QString &owner = QString());

    /** The picture of the chart that create() puts in the report, made on the GUI thread; with @p owner, of their clients. */
    static QImage chartPicture(Rapport::ClientStore *store, Rapport::ContactTracker *tracker, const QString &owner = QString());

    /** A4, or Letter where the locale measures in US units. */
    static QPageSize defaultPageSize();

private:
    struct Row;
    qreal paintHeader(QPainter *painter, qreal width, qreal pageHeight);
    qreal paintColumnTitles(QPainter *painter, qreal y, qreal width);
    void paintRow(QPainter *painter, const Row &row, qreal y, qreal width);
    void paintFooter(QPainter *painter, int page, int pages, qreal width, qreal height);

    Rapport::FollowUpPlan m_plan;
    QString m_businessName;
    QImage m_chart;
    QFont m_bodyFont, m_boldFont, m_smallFont; ///< the rows' fonts, made by paint()
    int m_pageCount = 0;
};
