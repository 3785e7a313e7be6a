#pragma once

#include <QWidget>

class QLabel;
class Store;
class StoreKey;

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
    // The open store's unwrapped key, or nullptr while it is locked or no store is open. Pages
    // that encrypt or decrypt (phones, gateway secrets) need it; the rest ignore it. Valid until
    // the next call.
    virtual void setStoreKey(const StoreKey*) {}
    // Something changed in the open store that the console did not do itself: events were logged,
    // authenticators changed (StoreChangeWatcher). Pages that list them read them again: now when
    // shown, else when shown next.
    void noticeStoreActivity();

protected:
    // Every page's title line looks the same; `scale` lets the dense pages (help desk, events)
    // keep more rows on screen.
    static void styleHeading(QLabel* heading, qreal scale = 1.4);
    // Reads the page's rows again after changes made elsewhere; pages listing nothing from the
    // store leave it empty.
    virtual void refreshFromStore() {}
    // The rows were just read: a change noticed while hidden needs no second read.
    void markFresh() { m_stale = false; }
    void showEvent(QShowEvent* event) override;

private:
    bool m_stale = false; // the store changed while the page was hidden
};
