#pragma once

#include <QList>
#include <QMessageBox>

// Every message box the console shows goes through here, so a GUI test can answer them
// without a modal dialog blocking the test (as KeePassXC's MessageBox does).
class MessageBoxes {
public:
    struct Shown {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
    };

    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text,
                                                   QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No);
    static void about(QWidget* parent, const QString& title, const QString& text);

    // Tests: from now on no box appears; each one is recorded and answered with `answer`.
    // QMessageBox::NoButton shows real boxes again.
    static void setAutomaticAnswer(QMessageBox::StandardButton answer);
    // The boxes recorded since the last call, oldest first.
    static QList<Shown> takeShown();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons);
};
