#pragma once

#include "ConsolePage.h"

class QLabel;

// Stands in for the Help desk and Events pages until they are built (issue #5): says what the
// page will do and which store it will work on, so the navigation is complete today.
class ComingLaterPage : public ConsolePage {
    Q_OBJECT

public:
    enum class Kind { HelpDesk, Events };

    explicit ComingLaterPage(Kind kind, QWidget* parent = nullptr);

    QString title() const override;
    void setStore(Store* store) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Kind m_kind;
    Store* m_store = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_storeLine = nullptr;
};
