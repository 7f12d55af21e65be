#include "matchhighlightdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

MatchHighlightDelegate::MatchHighlightDelegate(int rangesRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_rangesRole(rangesRole)
{
}

MatchHighlightDelegate::MatchRanges MatchHighlightDelegate::matchRanges(const QString &text, const QStringList &words)
{
    MatchRanges found;
    for (const QString &word : words) {
        if (word.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(word, at + word.size(), Qt::CaseInsensitive))
            found.append({int(at), int(word.size())});
    }
    std::sort(found.begin(), found.end());
    MatchRanges joined;
    for (const auto &range : std::as_const(found)) {
        if (!joined.isEmpty() && range.first <= joined.last().first + joined.last().second) {
            auto &last = joined.last();
            last.second = std::max(last.first + last.second, range.first + range.second) - last.first;
        } else {
            joined.append(range);
        }
    }
    return joined;
}

void MatchHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto ranges = index.data(m_rangesRole).value<MatchRanges>();
    if (ranges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The style paints the background, the selection and the focus; the text is painted here.
    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // The same margin and eliding as the style's own item text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    textRect.adjust(margin, 0, -margin, 0);
    const QString shown = opt.fontMetrics.elidedText(text, opt.textElideMode, textRect.width());
    int kept = 0;
    while (kept < shown.size() && kept < text.size() && shown.at(kept) == text.at(kept))
        ++kept;

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                           : QPalette::Inactive;
    const bool selected = opt.state & QStyle::State_Selected;
    // In a selected row the selection already has the highlight colour: the match is inverted.
    QTextCharFormat match;
    match.setBackground(opt.palette.brush(group, selected ? QPalette::HighlightedText : QPalette::Highlight));
    match.setForeground(opt.palette.brush(group, selected ? QPalette::Highlight : QPalette::HighlightedText));
    QVector<QTextLayout::FormatRange> formats;
    for (const auto &range : ranges) {
        const int end = std::min(range.first + range.second, kept);
        if (range.first < end)
            formats.append({range.first, end - range.first, match});
    }

    QTextLayout layout(shown, opt.font, painter->device());
    QTextOption textOption(QStyle::visualAlignment(opt.direction, opt.displayAlignment));
    textOption.setWrapMode(QTextOption::NoWrap);
    textOption.setTextDirection(opt.direction);
    layout.setTextOption(textOption);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width());
    layout.endLayout();

    painter->save();
    painter->setClipRect(textRect);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal top = textRect.top() + (textRect.height() - line.height()) / 2;
    layout.draw(painter, QPointF(textRect.left(), top));
    painter->restore();
}
