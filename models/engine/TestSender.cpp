#include "TestSender.h"

#include "MessageComposer.h"
#include "OtpGenerator.h"
#include "PhoneNormalizer.h"
#include "domain/EventCode.h"
#include "gateway/GatewayFactory.h"
#include "store/AuthenticatorRepository.h"
#include "store/EventLog.h"
#include "store/Store.h"

TestSender::TestSender(Store& store, const StoreKey* key, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_key(key)
{
}

TestSender::~TestSender() = default;

Result<QString> TestSender::freshOtp(const Settings& settings)
{
    OtpGenerator generator(settings.otp);
    return generator.generate();
}

TestSender::Prepared TestSender::prepare(const Settings& settings, const QString& phone, const QString& customText,
                                         const QDateTime& now)
{
    QString otp;
    if (customText.trimmed().isEmpty()) {
        Result<QString> fresh = freshOtp(settings);
        if (!fresh) {
            Prepared p;
            p.reason = fresh.error();
            return p;
        }
        otp = fresh.value();
    }
    return prepareWithOtp(settings, phone, customText, otp, now);
}

TestSender::Prepared TestSender::prepareWithOtp(const Settings& settings, const QString& phone,
                                                const QString& customText, const QString& otp, const QDateTime& now)
{
    Prepared p;
    if (customText.trimmed().isEmpty()) {
        p.message.text = MessageComposer::compose(settings.messageFormat, otp, now);
        p.message.otp = otp;
    } else {
        p.customText = true;
        p.message.text = customText;
    }
    p.message.sender = settings.messageFormat.sender;
    if (phone.trimmed().isEmpty()) {
        p.reason = tr("Enter the phone number to send to.");
        return p;
    }
    const PhoneNormalizer::Outcome number = PhoneNormalizer(settings.phoneFormat).check(phone);
    if (!number.ok) {
        p.reason = tr("The phone number was refused: %1").arg(number.reason);
        return p;
    }
    p.normalized = number.normalized;
    p.phoneMask = AuthenticatorRepository::maskPhone(number.normalized, settings.phoneFormat.prefix);
    p.message.to = number.normalized;
    p.ok = true;
    return p;
}

bool TestSender::supportsValidateOnly(const GatewaySettings& settings)
{
    auto gateway = GatewayFactory::create(settings, StoreUrl());
    return gateway && gateway.value()->supportsValidateOnly();
}

bool TestSender::send(const GatewaySettings& gatewaySettings, const Prepared& prepared, bool validateOnly,
                      const QString& actor, std::function<void(const SendResult&)> done)
{
    SendResult refused;
    if (m_gateway) {
        refused = SendResult::localFailure(SendResult::ErrorClass::Other, tr("A test message is being sent already."));
        done(refused);
        return false;
    }
    if (!prepared.ok) {
        refused = SendResult::localFailure(SendResult::ErrorClass::RejectedNumber, prepared.reason);
        done(refused);
        return false;
    }
    auto created = GatewayFactory::create(gatewaySettings, m_store, m_key);
    if (!created) {
        refused = SendResult::localFailure(SendResult::ErrorClass::Other, created.error());
        record(prepared, validateOnly, actor, refused);
        done(refused);
        return false;
    }
    m_gateway = created.take();
    if (validateOnly && !m_gateway->supportsValidateOnly()) {
        m_gateway.reset();
        refused = SendResult::localFailure(SendResult::ErrorClass::Other,
                                           tr("This gateway has no validate-only send; nothing was sent."));
        done(refused);
        return false;
    }
    SmsMessage message = prepared.message;
    message.validateOnly = validateOnly;
    QPointer<TestSender> self(this);
    m_gateway->send(message, [self, prepared, validateOnly, actor, done](const SendResult& sent) {
        SendResult result = sent;
        if (self) {
            self->record(prepared, validateOnly, actor, result);
            // Not deleted here: this lambda runs inside the gateway.
            if (self->m_gateway)
                self->m_gateway.release()->deleteLater();
        }
        done(result);
    });
    return true;
}

void TestSender::cancel()
{
    if (m_gateway)
        m_gateway->cancel();
}

void TestSender::record(const Prepared& prepared, bool validateOnly, const QString& actor, SendResult& result)
{
    // Belt and braces: whatever a gateway let through, the message text (with the OTP) and the
    // full number never reach the event log, in its message or its parameters.
    const auto scrub = [&prepared](QString text) {
        text.replace(prepared.message.text, QStringLiteral("[message]"));
        return text.replace(prepared.normalized, prepared.phoneMask);
    };
    QJsonObject params{{QStringLiteral("phone"), prepared.phoneMask},
                       {QStringLiteral("gateway"), scrub(result.gatewayName)},
                       {QStringLiteral("result"), scrub(result.summary())}};
    if (validateOnly)
        params.insert(QStringLiteral("validateOnly"), true);
    if (result.latencyMs > 0)
        params.insert(QStringLiteral("latencyMs"), qint64(result.latencyMs));
    if (result.viaFailover)
        params.insert(QStringLiteral("failover"), scrub(result.failoverReason()));
    const QString how = validateOnly ? tr("validate-only test SMS") : tr("test SMS");
    QString text = tr("%1 to %2 through %3: %4")
                       .arg(how, prepared.phoneMask,
                            result.gatewayName.isEmpty() ? tr("the gateway") : result.gatewayName, result.summary());
    if (result.latencyMs > 0)
        text += tr(" (%1 ms)").arg(result.latencyMs);
    if (result.viaFailover)
        text += tr("; the first gateway failed: %1").arg(result.failoverReason());
    Status st = EventLog(m_store).append(EventCode::TestSend, scrub(text), params, {}, actor);
    if (st && result.viaFailover) {
        // As for a real request (docs/gateways.md): the switch is an event of its own, so the
        // first gateway's failure is seen by whoever watches 1302.
        const QString why = tr("the first gateway failed (%1); the test SMS to %2 went through the second gateway")
                                .arg(result.failoverReason(), prepared.phoneMask);
        const QJsonObject failover{{QStringLiteral("phone"), prepared.phoneMask},
                                   {QStringLiteral("reason"), scrub(result.failoverReason())},
                                   {QStringLiteral("test"), true}};
        st = EventLog(m_store).append(EventCode::GatewayFailover, scrub(why), failover, {}, actor);
    }
    if (!st && result.success)
        result.setLocalMessage(tr("Sent, but the event could not be written: %1").arg(st.error()));
}
