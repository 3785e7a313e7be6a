#pragma once

#include "FieldError.h"

#include <QCoreApplication>
#include <QJsonObject>

// What a one-time password looks like and how long it lives (DESIGN §3.7).
struct OtpSettings {
    Q_DECLARE_TR_FUNCTIONS(OtpSettings)

public:
    static constexpr const char* kKey = "otp";
    static constexpr int kMinLength = 4, kMaxLength = 32;
    static constexpr int kMinLifetime = 30, kMaxLifetime = 3600;

    int length = 6;
    bool digits = true;
    bool lowercase = false;
    bool uppercase = false;
    bool special = false;
    // Beyond Indeed: leave out characters that are easily mistaken for each other (0 O 1 l I).
    bool avoidLookAlike = false;
    int lifetimeSeconds = 300;

    QJsonObject toJson() const;
    void readJson(const QJsonObject& json, FieldErrors& errors);
    FieldErrors validate() const;

    bool operator==(const OtpSettings& o) const { return toJson() == o.toJson(); }
    bool operator!=(const OtpSettings& o) const { return !(*this == o); }
};
