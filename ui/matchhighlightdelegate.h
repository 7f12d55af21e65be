#pragma once

#include <QPair>
#include <QStyledItemDelegate>
#include <QVector>

/**
 * Paints an item's text with the parts that matched a search highlighted. The parts come from
 * the item itself, under a role the view chooses: MatchRanges, start and length in the display
 * text. The text is painted as plain text, so markup in it shows literally. Items without
 * ranges are painted as usual.
 */
class MatchHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /** Start and length of each matched part, in order, none overlapping. */
    using MatchRanges = QVector<QPair<int, int>>;

    MatchHighlightDelegate(int rangesRole, QObject *parent = nullptr);

    /**
     * Where any of @p words occurs in @p text, ignoring case (as QString::contains does):
     * overlapping and touching matches are joined into one range.
     */
    static MatchRanges matchRanges(const QString &text, const QStringList &words);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_rangesRole;
};
