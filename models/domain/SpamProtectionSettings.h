#pragma once

#include "FieldError.h"

#include <QJsonObject>

// Suspends sending when many messages bring few successful sign-ins (DESIGN §3.3, §4).
struct SpamProtectionSettings {
    static constexpr const char* kKey = "spamProtection";
    static constexpr int kMinWindowSeconds = 10, kMaxWindowSeconds = 86400;
    static constexpr int kMinThreshold = 1, kMaxThreshold = 1000000;
    static constexpr int kMinPercent = 0, kMaxPercent = 100;

    bool enabled = true;
    int windowSeconds = 600;
    int thresholdMessages = 20;
    int minSuccessPercent = 85;

    QJsonObject toJson() const;
    void readJson(const QJsonObject& json, FieldErrors& errors);
    FieldErrors validate() const;

    bool operator==(const SpamProtectionSettings& o) const { return toJson() == o.toJson(); }
    bool operator!=(const SpamProtectionSettings& o) const { return !(*this == o); }
};
