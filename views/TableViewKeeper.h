#pragma once

#include <QList>
#include <QString>

#include <functional>

class QTableView;

// Keeps what a user has in view of a table across a refresh of its rows (issue 15: the help desk
// and the event log follow other consoles' changes): the selected rows, the current row and the
// row at the top of the view. Rows are found again by their keys (a login, an event id) near
// where they were, because rows may have come or gone above them meanwhile; a row no longer
// found is no longer selected. Only rows near the old places are read, never the whole table.
class TableViewKeeper {
public:
    // The key of a row as the model reads it now; an empty text when there is no such row.
    using KeyOf = std::function<QString(int row)>;

    TableViewKeeper(QTableView* view, KeyOf keyOf);

    // Remembers the view as it is, before the model refreshes.
    void capture();
    // Finds the remembered rows again after the refresh. `shift` is how far they most likely
    // moved (new events above them). A view that showed its first row keeps showing the first
    // row, so new rows at the top come into sight.
    void restore(int shift = 0);

    // How far from its old place (plus the shift) a row is looked for, each way.
    static constexpr int kSearchRows = 100;

private:
    struct Kept {
        QString key;
        int row = -1;
    };
    Kept keep(int row) const;
    int find(const Kept& kept, int shift) const;

    QTableView* m_view;
    KeyOf m_keyOf;
    QList<Kept> m_selected;
    Kept m_current;
    int m_currentColumn = 0;
    Kept m_top;
    int m_horizontal = 0;
};
