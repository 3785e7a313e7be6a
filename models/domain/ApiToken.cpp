#include "ApiToken.h"

QStringList ApiToken::knownScopes()
{
    return {QLatin1String(kOtpRequest), QLatin1String(kOtpVerify), QLatin1String(kPhonesRead),
            QLatin1String(kPhonesWrite), QLatin1String(kMetricsRead)};
}

QString ApiToken::scopeDescription(const QString& scope)
{
    if (scope == QLatin1String(kOtpRequest))
        return tr("Send a one-time password (POST /api/v1/otp/request)");
    if (scope == QLatin1String(kOtpVerify))
        return tr("Check a one-time password (POST /api/v1/otp/verify)");
    if (scope == QLatin1String(kPhonesRead))
        return tr("Read an authenticator's masked phone number (GET /api/v1/authenticators/{login})");
    if (scope == QLatin1String(kPhonesWrite))
        return tr("Register, change and delete phone numbers (PUT and DELETE /api/v1/authenticators/{login})");
    if (scope == QLatin1String(kMetricsRead))
        return tr("Scrape the server's Prometheus metrics (GET /metrics)");
    return {};
}

QString ApiToken::nameProblem(const QString& name)
{
    if (name.trimmed().isEmpty())
        return tr("Enter a name for the token.");
    if (name.size() > kMaxNameLength)
        return tr("A token's name has at most %1 characters.").arg(kMaxNameLength);
    if (name != name.trimmed())
        return tr("A token's name cannot start or end with a space.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return tr("A token's name cannot contain control characters.");
    }
    return {};
}

QStringList ApiToken::canonicalScopes(const QStringList& scopes, QStringList* unknown)
{
    QStringList result;
    for (const QString& known : knownScopes()) {
        if (scopes.contains(known))
            result << known;
    }
    if (unknown) {
        for (const QString& scope : scopes) {
            if (!knownScopes().contains(scope) && !unknown->contains(scope))
                *unknown << scope;
        }
    }
    return result;
}
