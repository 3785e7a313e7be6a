#include "FieldMessage.h"

#include <QEvent>

FieldMessage::FieldMessage(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    applyColour();
    hide();
}

void FieldMessage::setMessage(const QString& message)
{
    m_message = message;
    if (message.isEmpty()) {
        clear();
        hide();
        return;
    }
    // The domain writes fragments ("must be between 1 and 100") so the CLI can prefix the field.
    setText(QStringLiteral("⚠ ") + message.left(1).toUpper() + message.mid(1));
    setAccessibleName(message);
    show();
}

void FieldMessage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        // Re-derive from the new palette, but do not recurse on our own palette change.
        if (!property("applyingColour").toBool())
            applyColour();
    }
    QLabel::changeEvent(event);
}

void FieldMessage::applyColour()
{
    setProperty("applyingColour", true);
    QPalette p = palette();
    // A red that stays readable on light and dark window colours.
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    setPalette(p);
    setProperty("applyingColour", false);
}
