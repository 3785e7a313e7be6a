#pragma once

#include <QLabel>

// The validation message shown right under a field (DESIGN §3: "next to the field"). Hidden
// while the field is fine, so a valid page looks like a plain form.
class FieldMessage : public QLabel {
    Q_OBJECT

public:
    explicit FieldMessage(QWidget* parent = nullptr);

    // Shows `message` (a translated fragment from the domain's validation, capitalised here),
    // or hides the label when it is empty.
    void setMessage(const QString& message);
    QString message() const { return m_message; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColour();

    QString m_message;
};
