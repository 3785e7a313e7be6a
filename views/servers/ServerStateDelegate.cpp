#include "ServerStateDelegate.h"

#include "items/ServerTableModel.h"

namespace {
// Dark enough for 4.5:1 contrast on white and on the alternate-row grey.
const QColor kSilent(0xb0, 0x00, 0x20);
const QColor kRunning(0x1b, 0x6e, 0x33);
} // namespace

void ServerStateDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto state = ServerInfo::State(index.data(ServerTableModel::StateRole).toInt());
    const bool stateColumn = index.column() == ServerTableModel::State;
    const bool selected = option->state & QStyle::State_Selected;
    QColor color;
    if (state == ServerInfo::State::Silent && (stateColumn || index.column() == ServerTableModel::LastHeartbeat)) {
        color = kSilent;
        option->font.setBold(true);
    } else if (state == ServerInfo::State::Running && stateColumn) {
        color = kRunning;
    } else if (state == ServerInfo::State::Stopped) {
        color = option->palette.color(QPalette::Disabled, QPalette::Text);
    }
    // The selection's own colours stay readable; the word and the bold font still say it.
    if (color.isValid() && !selected)
        option->palette.setColor(QPalette::Text, color);
}
