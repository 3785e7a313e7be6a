#include "MfmsGateway.h"

MfmsGateway::MfmsGateway(GatewaySettings settings, QObject* parent)
    : HttpGatewayBase(std::move(settings), parent)
{
}

Result<HttpGatewayBase::Request> MfmsGateway::buildRequest(const SmsMessage& message)
{
    QUrl url = endpoint(QStringLiteral("/send"));
    // Every value fully percent-encoded ('+' and '&' included), so the text arrives unchanged.
    const QByteArray query = formEncode({{QStringLiteral("login"), settings().login},
                                         {QStringLiteral("password"), settings().password},
                                         {QStringLiteral("subject[0]"), message.sender},
                                         {QStringLiteral("address[0]"), digitsOnly(message.to)},
                                         {QStringLiteral("text[0]"), message.text}});
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    Request r;
    r.verb = "GET";
    r.request.setUrl(url);
    return r;
}

RawSendResult MfmsGateway::interpret(const Reply& reply)
{
    return parseReply(reply.status, reply.body);
}

RawSendResult MfmsGateway::parseReply(int status, const QByteArray& body)
{
    using E = SendResult::ErrorClass;
    const QString raw = replyText(body);
    if (auto failed = classifyStatus(status, raw))
        return *failed;
    const QStringList parts = raw.split(QLatin1Char(';'));
    const QString code = parts.value(0).trimmed();
    if (code == QLatin1String("ok"))
        return RawSendResult::sent(parts.size() > 1 ? parts.last().trimmed() : QString(), code, raw);
    struct Known {
        const char* code;
        E errorClass;
    };
    static const Known known[] = {
        {"error-auth", E::Authentication},
        {"error-syntax", E::Other},
        {"error-address-format", E::RejectedNumber},
        {"error-address-unknown", E::RejectedNumber},
        {"error-subject-format", E::RejectedSender},
        {"error-subject-unknown", E::RejectedSender},
        {"error-system", E::Throttled},
    };
    for (const Known& k : known) {
        if (code != QLatin1String(k.code))
            continue;
        QString text;
        switch (k.errorClass) {
        case E::Authentication:
            text = tr("MFMSolutions refused the login or password.");
            break;
        case E::RejectedNumber:
            text = tr("MFMSolutions refused the phone number.");
            break;
        case E::RejectedSender:
            text = tr("MFMSolutions refused the sender name; it must be registered with the provider.");
            break;
        case E::Throttled:
            text = tr("MFMSolutions had an internal failure; try again later.");
            break;
        default:
            text = tr("MFMSolutions could not read the request.");
            break;
        }
        return RawSendResult::failure(k.errorClass, text, code, raw);
    }
    // Only the protocol's own words become the code: an unexpected body (a proxy's page quoting
    // the request) is the text, which the redactor cleans.
    return RawSendResult::failure(E::Other, tr("MFMSolutions answered something unexpected."), {}, raw);
}
