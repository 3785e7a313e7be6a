#pragma once

#include <QStyledItemDelegate>

// Colours a provider server's state (the word is in the cell already, so the colour is never the
// only sign): silent in red and bold, running in green, stopped in the palette's muted text.
// The heartbeat column of a silent server is red too.
class ServerStateDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
