#pragma once

#include "SmsGateway.h"

#include <QCoreApplication>

// For testing only: "sends" by appending each message as one JSON line to a file, so the
// engine works end to end without a real gateway. The file holds codes and numbers in clear,
// exactly as a phone would: never point it at a shared or backed-up location.
class DevFileGateway : public SmsGateway {
    Q_OBJECT

public:
    explicit DevFileGateway(QString filePath, QObject* parent = nullptr);

    QString displayName() const override;
    bool supportsValidateOnly() const override { return true; }
    bool waitsOnNetwork() const override { return false; }
    void send(const SmsMessage& message, Callback done) override;
    QString filePath() const { return m_filePath; }

private:
    QString m_filePath;
};
