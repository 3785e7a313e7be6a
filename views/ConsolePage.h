#pragma once

#include <QWidget>

class Store;

// A page of the console's right-hand stack. The main window hands every page the open store
// (or none) whenever it changes, so no page keeps a pointer to a connection that was closed.
class ConsolePage : public QWidget {
    Q_OBJECT

public:
    explicit ConsolePage(QWidget* parent = nullptr);

    // The page's name in the navigation, in the current language.
    virtual QString title() const = 0;
    // The store just opened, or nullptr when none is open. Valid until the next call.
    virtual void setStore(Store* store) = 0;
};
