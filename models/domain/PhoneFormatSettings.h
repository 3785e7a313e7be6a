#pragma once

#include "FieldError.h"

#include <QCoreApplication>
#include <QJsonObject>

// How phone numbers are normalised before sending (DESIGN §3.6, §4).
struct PhoneFormatSettings {
    Q_DECLARE_TR_FUNCTIONS(PhoneFormatSettings)

public:
    static constexpr const char* kKey = "phoneFormat";
    static constexpr int kMinLength = 4, kMaxLength = 16; // E.164: '+' and at most 15 digits

    bool normalize = true;
    int length = 12; // characters of the result, '+' included: +79161234567
    QString prefix = QStringLiteral("+7");
    QString trunkDigit = QStringLiteral("8"); // empty: no trunk digit
    bool useDirectoryPhone = false;
    QString directoryAttribute = QStringLiteral("mobile");
    // Beyond Indeed: refuse premium-rate and toll-free numbers (SMS pumping fraud).
    bool refusePremiumRate = true;

    QJsonObject toJson() const;
    void readJson(const QJsonObject& json, FieldErrors& errors);
    FieldErrors validate() const;

    bool operator==(const PhoneFormatSettings& o) const { return toJson() == o.toJson(); }
    bool operator!=(const PhoneFormatSettings& o) const { return !(*this == o); }
};
