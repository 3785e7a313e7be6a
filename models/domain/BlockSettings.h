#pragma once

#include "FieldError.h"

#include <QJsonObject>

// Lock-out after repeated failed codes (DESIGN §3.2, §4).
struct BlockSettings {
    static constexpr const char* kKey = "block";
    static constexpr int kMinAttempts = 1, kMaxAttempts = 100;
    static constexpr int kMinResetMinutes = 1, kMaxResetMinutes = 1440;
    // 0 means only a help-desk unblock releases the authenticator; the upper bound is a week.
    static constexpr int kMinUnblockMinutes = 0, kMaxUnblockMinutes = 10080;

    bool enabled = true;
    int attemptsBeforeBlock = 5;
    int counterResetMinutes = 10;
    int unblockMinutes = 30;

    QJsonObject toJson() const;
    void readJson(const QJsonObject& json, FieldErrors& errors);
    FieldErrors validate() const;

    bool operator==(const BlockSettings& o) const { return toJson() == o.toJson(); }
    bool operator!=(const BlockSettings& o) const { return !(*this == o); }
};
