#include "ColumnFitter.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>

void ColumnFitter::fit(QTableView* view, const QHash<int, Column>& columns)
{
    QHeaderView* header = view->horizontalHeader();
    // The section that stretches: the last one shown, in the order the user sees.
    int last = -1;
    for (int visual = header->count() - 1; visual >= 0 && last < 0; --visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            last = header->logicalIndex(visual);
    }
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c) || (header->stretchLastSection() && c == last))
            continue;
        // The header's text and the visible rows' cells (public through the base class).
        const QAbstractItemView* rows = view;
        int width = std::max(rows->sizeHintForColumn(c), header->sectionSizeHint(c));
        const Column column = columns.value(c);
        for (const QString& word : column.words)
            width = std::max(width, cellWidth(view, word));
        if (column.cap > 0)
            width = std::min(width, std::max(column.cap, header->sectionSizeHint(c)));
        view->setColumnWidth(c, width);
    }
}

int ColumnFitter::cellWidth(const QTableView* view, const QString& text)
{
    // As QStyledItemDelegate measures a cell: the text and the style's margin on each side.
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return view->fontMetrics().horizontalAdvance(text) + 2 * margin + 2;
}
