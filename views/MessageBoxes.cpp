#include "MessageBoxes.h"

#include <utility>

namespace {
QMessageBox::StandardButton g_automaticAnswer = QMessageBox::NoButton;
QList<MessageBoxes::Shown> g_shown;
} // namespace

QMessageBox::StandardButton MessageBoxes::critical(QWidget* parent, const QString& title, const QString& text,
                                                   QMessageBox::StandardButtons buttons)
{
    return show(parent, QMessageBox::Critical, title, text, buttons);
}

QMessageBox::StandardButton MessageBoxes::warning(QWidget* parent, const QString& title, const QString& text,
                                                  QMessageBox::StandardButtons buttons)
{
    return show(parent, QMessageBox::Warning, title, text, buttons);
}

QMessageBox::StandardButton MessageBoxes::information(QWidget* parent, const QString& title, const QString& text,
                                                      QMessageBox::StandardButtons buttons)
{
    return show(parent, QMessageBox::Information, title, text, buttons);
}

QMessageBox::StandardButton MessageBoxes::question(QWidget* parent, const QString& title, const QString& text,
                                                   QMessageBox::StandardButtons buttons)
{
    return show(parent, QMessageBox::Question, title, text, buttons);
}

void MessageBoxes::about(QWidget* parent, const QString& title, const QString& text)
{
    if (g_automaticAnswer != QMessageBox::NoButton) {
        g_shown.append({QMessageBox::Information, title, text});
        return;
    }
    QMessageBox::about(parent, title, text);
}

void MessageBoxes::setAutomaticAnswer(QMessageBox::StandardButton answer)
{
    g_automaticAnswer = answer;
}

QList<MessageBoxes::Shown> MessageBoxes::takeShown()
{
    return std::exchange(g_shown, {});
}

QMessageBox::StandardButton MessageBoxes::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                               const QString& text, QMessageBox::StandardButtons buttons)
{
    if (g_automaticAnswer != QMessageBox::NoButton) {
        g_shown.append({icon, title, text});
        return g_automaticAnswer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    // Store errors quote paths and server messages; let the user copy them into a ticket.
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}
