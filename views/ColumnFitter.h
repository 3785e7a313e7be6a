#pragma once

#include <QHash>
#include <QStringList>

class QTableView;

// Sizes a table's columns to what they show (issue 15): the header, the rows on screen (Qt
// measures only those, so a million rows cost nothing), and every word an enumerated column can
// hold (a status, a severity), so a word scrolled into view later is never cut. A column may be
// capped when its cells carry their whole text in a tool tip. The last section, which stretches,
// is left to the header.
class ColumnFitter {
public:
    struct Column {
        QStringList words; // every text the column can show, when it is a closed list
        int cap = 0;       // the widest it may get, 0 for no limit
    };

    static void fit(QTableView* view, const QHash<int, Column>& columns = {});
    // The width a cell needs to show `text` whole in `view`.
    static int cellWidth(const QTableView* view, const QString& text);
};
