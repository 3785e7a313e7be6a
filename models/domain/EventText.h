#pragma once

#include "Event.h"

#include <QCoreApplication>

// Says an event in the reader's language (issue 15): from its code and parameters, through tr()
// in the context "EventText", with %n plurals and dates in the current locale. Rows written before
// schema 7 (no parameters), codes it does not know and parameters it cannot use are shown by
// their stored English message. docs/events.md lists each code's parameters.
class EventText {
    Q_DECLARE_TR_FUNCTIONS(EventText)

public:
    static QString render(const Event& event);
    // The parameters of a block (1004) as its writers record them: the engine and demo stores.
    // An invalid `until`: blocked until a help-desk unblock.
    static QJsonObject blockedParams(int failures, const QDateTime& until);
    // The parameters of 3054 and 3055: wrong passphrases in a row, and the pause they started.
    static QJsonObject unlockPausedParams(int tries, int seconds);

private:
    static QString engine(const Event& event);
    static QString access(const Event& event);
    static QString administration(const Event& event);
    static QString failure(const QJsonObject& params);
    static QString blocked(const QJsonObject& params);
    static QString unblocked(const QJsonObject& params);
    static QString phone(const QJsonObject& params);
    static QString imported(const QString& text, const QJsonObject& params);
    static QString spam(const QJsonObject& params);
    static QString testSend(const QJsonObject& params);
    static QString token(const Event& event);
    static QString unlockPaused(const Event& event);
    static QString date(const QString& iso);
};
