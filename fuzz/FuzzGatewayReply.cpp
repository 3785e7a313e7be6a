// libFuzzer target: one gateway's reply parser (its pure parseReply), then the redaction
// boundary over what it read. Built once per gateway with SMSOTP_FUZZ_GATEWAY naming it. The
// first two bytes are the HTTP status, the rest the body.
#include "gateway/GatewayRedactor.h"
#include "gateway/GenericHttpGateway.h"
#include "gateway/MegafonGateway.h"
#include "gateway/MfmsGateway.h"
#include "gateway/OneGateGateway.h"
#include "gateway/SmsApiGateway.h"
#include "gateway/SmsProxyGateway.h"

namespace {
RawSendResult parse(int status, const QByteArray& body)
{
    static const GatewaySettings settings = [] {
        GatewaySettings g;
        g.type = GatewaySettings::Type::GenericHttp;
        g.login = QStringLiteral("user");
        g.password = QStringLiteral("pa ss+w&rd");
        g.token = QStringLiteral("tok-123");
        g.successText = QStringLiteral("OK");
        g.successPattern = QStringLiteral("id=(?<id>\\w+)");
        g.failureText = QStringLiteral("ERROR");
        return g;
    }();
#if defined(SMSOTP_FUZZ_MEGAFON)
    return MegafonGateway::parseReply(status, body);
#elif defined(SMSOTP_FUZZ_MFMS)
    return MfmsGateway::parseReply(status, body);
#elif defined(SMSOTP_FUZZ_SMSAPI)
    return SmsApiGateway::parseReply(status, body);
#elif defined(SMSOTP_FUZZ_ONEGATE)
    return OneGateGateway::parseReply(status, body);
#elif defined(SMSOTP_FUZZ_SMSPROXY)
    return SmsProxyGateway::parseReply(status, body);
#else
    return GenericHttpGateway::parseReply(settings, status, body);
#endif
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray body(reinterpret_cast<const char*>(data) + 2, qsizetype(size - 2));
    GatewaySettings secrets;
    secrets.login = QStringLiteral("user");
    secrets.password = QStringLiteral("pa ss+w&rd");
    secrets.token = QStringLiteral("tok-123");
    SmsMessage message{QStringLiteral("+79161234567"), QStringLiteral("Bank"), QStringLiteral("Code: 4711"),
                       QStringLiteral("4711")};
    (void)GatewayRedactor(&secrets, message).seal(parse(status, body));
    return 0;
}
