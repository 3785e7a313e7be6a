#include "TableViewKeeper.h"

#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTableView>

TableViewKeeper::TableViewKeeper(QTableView* view, KeyOf keyOf)
    : m_view(view)
    , m_keyOf(std::move(keyOf))
{
}

TableViewKeeper::Kept TableViewKeeper::keep(int row) const
{
    return row < 0 ? Kept{} : Kept{m_keyOf(row), row};
}

void TableViewKeeper::capture()
{
    m_selected.clear();
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        m_selected << keep(index.row());
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_current = keep(current.isValid() ? current.row() : -1);
    m_currentColumn = std::max(0, current.column());
    m_top = keep(m_view->rowAt(0));
    m_horizontal = m_view->horizontalScrollBar()->value();
}

int TableViewKeeper::find(const Kept& kept, int shift) const
{
    if (kept.key.isEmpty())
        return -1;
    const int rows = m_view->model()->rowCount();
    const int expected = kept.row + shift;
    // Where it should be first, then where it was, then ever further from where it should be.
    for (const int row : {expected, kept.row})
        if (row >= 0 && row < rows && m_keyOf(row) == kept.key)
            return row;
    for (int distance = 1; distance <= kSearchRows; ++distance) {
        for (const int row : {expected - distance, expected + distance})
            if (row >= 0 && row < rows && row != kept.row && m_keyOf(row) == kept.key)
                return row;
    }
    return -1;
}

void TableViewKeeper::restore(int shift)
{
    QAbstractItemModel* model = m_view->model();
    const int lastColumn = model->columnCount() - 1;
    QItemSelection selection;
    for (const Kept& kept : std::as_const(m_selected)) {
        const int row = find(kept, shift);
        if (row >= 0)
            selection.select(model->index(row, 0), model->index(row, lastColumn));
    }
    QItemSelectionModel* selectionModel = m_view->selectionModel();
    // Unchanged rows are no change: the selection model then says nothing.
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    const int current = find(m_current, shift);
    if (current >= 0)
        selectionModel->setCurrentIndex(model->index(current, m_currentColumn), QItemSelectionModel::NoUpdate);

    if (m_top.row == 0) {
        m_view->scrollToTop();
    } else if (const int top = find(m_top, shift); top >= 0) {
        m_view->scrollTo(model->index(top, 0), QAbstractItemView::PositionAtTop);
    }
    m_view->horizontalScrollBar()->setValue(m_horizontal);
}
