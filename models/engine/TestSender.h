#pragma once

#include "domain/Settings.h"
#include "gateway/SendResult.h"
#include "gateway/SmsGateway.h"
#include "gateway/SmsMessage.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class Store;
class StoreKey;

// The administrator's test send (DESIGN §5), shared by the test-send dialog and
// `smsotp-cli test-send`: normalises the number, builds the real message with a fresh OTP (or
// a custom text), sends it through the saved gateway settings or a page's unsaved ones, and
// records the attempt as event 1303 without the OTP or the full number.
class TestSender : public QObject {
    Q_OBJECT

public:
    struct Prepared {
        bool ok = false;
        QString reason;     // why not, translated
        QString normalized; // +E.164
        QString phoneMask;  // for events: +7 *** *** 45 67
        SmsMessage message; // the text holds the fresh OTP unless a custom text was given
        bool customText = false;
    };

    TestSender(Store& store, const StoreKey* key, QObject* parent = nullptr);
    ~TestSender() override;

    // `customText` empty: the message format's text with a freshly generated OTP.
    static Prepared prepare(const Settings& settings, const QString& phone, const QString& customText,
                            const QDateTime& now = QDateTime::currentDateTimeUtc());
    // The same with a given OTP, so a dialog can keep one code while the number is typed.
    static Prepared prepareWithOtp(const Settings& settings, const QString& phone, const QString& customText,
                                   const QString& otp, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // A fresh OTP as the settings describe, or why there is none.
    static Result<QString> freshOtp(const Settings& settings);

    // Sends asynchronously through `gateway`'s settings (their empty secrets come from the store)
    // and calls `done` once, after the event is written. Returns false, with `done` already
    // called, when nothing could be sent. `actor` is who sends, for the event.
    bool send(const GatewaySettings& gateway, const Prepared& prepared, bool validateOnly, const QString& actor,
              std::function<void(const SendResult&)> done);
    void cancel();
    bool isSending() const { return m_gateway != nullptr; }
    // Whether the gateway `settings` describe offers a validate-only send.
    static bool supportsValidateOnly(const GatewaySettings& settings);

private:
    void record(const Prepared& prepared, bool validateOnly, const QString& actor, SendResult& result);

    Store& m_store;
    const StoreKey* m_key;
    std::unique_ptr<SmsGateway> m_gateway;
};
