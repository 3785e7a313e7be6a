#include "EventText.h"

#include "EventCode.h"

#include <QJsonArray>
#include <QLocale>

namespace {

QString str(const QJsonObject& p, const char* key)
{
    return p.value(QLatin1String(key)).toString();
}

int num(const QJsonObject& p, const char* key)
{
    return p.value(QLatin1String(key)).toInt();
}

} // namespace

QString EventText::render(const Event& event)
{
    // Codes that never needed more than their code: old rows read the same in any language.
    switch (event.code) {
    case EventCode::OtpVerified:
        return tr("Code accepted");
    case EventCode::FailureCounterReset:
        return tr("Failure counter reset");
    case EventCode::AuthenticatorDeleted:
        return tr("Authenticator deleted");
    case EventCode::CommentChanged:
        return tr("Comment changed");
    case EventCode::RefusedBlocked:
        return tr("The authenticator is blocked");
    case EventCode::RefusedSuspended:
        return tr("Potential spam attack detected");
    case EventCode::UnknownAccount:
        return tr("No SMS authenticator is registered for this account");
    case EventCode::ApiRefusedNoToken:
        return tr("A valid API token is required (Authorization: Bearer TOKEN)");
    case EventCode::PhoneRevealed:
        return tr("Phone number revealed in the console");
    case EventCode::StoreKeyChanged:
        return tr("Store passphrase changed");
    case EventCode::StoreKeyCreated:
        return tr("Store key created");
    case EventCode::ConsoleLockedManually:
        return tr("Console locked with File → Lock Now");
    case EventCode::ConsoleUnlockRefused:
        return tr("Console unlock refused: the passphrase did not unlock the key");
    case EventCode::StoreKeyUnlockRefused:
        return tr("Store key unlock refused: the passphrase did not unlock the key");
    default:
        break;
    }
    if (event.params.isEmpty())
        return event.message;
    QString text = engine(event);
    if (text.isEmpty())
        text = access(event);
    if (text.isEmpty())
        text = administration(event);
    return text.isEmpty() ? event.message : text;
}

// 1000-1199 and 1300-1399: codes, blocks, authenticators, sending.
QString EventText::engine(const Event& event)
{
    const QJsonObject& p = event.params;
    switch (event.code) {
    case EventCode::OtpSent:
        return p.contains(QLatin1String("messageId"))
                   ? tr("Code sent to %1 (message id %2)").arg(phone(p), str(p, "messageId"))
                   : tr("Code sent to %1").arg(phone(p));
    case EventCode::OtpRejected:
    case EventCode::OtpExpired:
        return failure(p);
    case EventCode::AuthenticatorBlocked:
        return blocked(p);
    case EventCode::AuthenticatorUnblocked:
        return unblocked(p);
    case EventCode::AuthenticatorRegistered:
        return imported(tr("Registered with phone %1").arg(phone(p)), p);
    case EventCode::PhoneChanged:
        return imported(tr("Phone changed to %1").arg(phone(p)), p);
    case EventCode::SendingResumed: {
        const QString reason = str(p, "reason");
        if (reason == QLatin1String("off"))
            return tr("Sending resumed: spam protection was turned off");
        if (reason == QLatin1String("time"))
            return tr("Sending resumed: the suspension of %n second(s) has passed", nullptr, num(p, "seconds"));
        if (reason == QLatin1String("recovered"))
            return tr("Sending resumed: %1% of the messages in the window led to a sign-in").arg(num(p, "percent"));
        return {};
    }
    case EventCode::GatewayFailed:
        return tr("The SMS to %1 could not be sent: %2 (%3 %4)")
            .arg(phone(p), str(p, "error"), str(p, "gatewayCode"), str(p, "gatewayText"));
    case EventCode::GatewayFailover:
        return p.value(QLatin1String("test")).toBool()
                   ? tr("The first gateway failed (%1); the test SMS to %2 went through the second gateway")
                         .arg(str(p, "reason"), phone(p))
                   : tr("The first gateway failed (%1); the SMS to %2 went through the second gateway")
                         .arg(str(p, "reason"), phone(p));
    case EventCode::TestSend:
        return testSend(p);
    case EventCode::SpamSuspended:
        return spam(p);
    default:
        return {};
    }
}

// 1200-1299: refusals.
QString EventText::access(const Event& event)
{
    const QJsonObject& p = event.params;
    switch (event.code) {
    case EventCode::AddressNotAllowed:
        return tr("Address %1 is not allowed").arg(str(p, "address"));
    case EventCode::UseDenied:
        return str(p, "by") == QLatin1String("admin") ? tr("Use of the authenticator denied by an administrator")
                                                      : tr("Use of this authenticator is denied");
    case EventCode::SelfServiceRefused:
        return str(p, "reason") == QLatin1String("denied")
                   ? tr("Use of this authenticator is denied")
                   : tr("The access rights do not allow users to do this themselves");
    case EventCode::InvalidPhone:
        return tr("The phone number was refused: %1").arg(str(p, "reason"));
    case EventCode::ClientAddressRefused:
        return tr("Client address refused: %1").arg(str(p, "reason"));
    case EventCode::VerifyNotRecorded:
        return tr("A code could not be checked because the store failed (%1); the code was withdrawn and the "
                  "attempt counted as a failure")
            .arg(str(p, "reason"));
    case EventCode::ApiRefusedTokenExpired:
        return tr("The API token '%1' has expired").arg(str(p, "token"));
    case EventCode::ApiRefusedTokenDisabled:
        return tr("The API token '%1' is disabled").arg(str(p, "token"));
    case EventCode::ApiRefusedScope:
        return tr("The API token '%1' lacks the scope %2").arg(str(p, "token"), str(p, "scope"));
    case EventCode::DirectoryImport:
        return tr("%1 registered and %2 updated from the directory").arg(num(p, "registered")).arg(num(p, "updated"));
    case EventCode::DirectoryFallback:
        return tr("%1; the store's own number is used instead").arg(str(p, "detail"));
    default:
        // 1240-1247: the directory's own reason, as the directory and its server gave it.
        if (event.code >= EventCode::DirectoryUserMissing && event.code <= EventCode::DirectoryNotConfigured)
            return str(p, "detail");
        return {};
    }
}

// 3000-3999.
QString EventText::administration(const Event& event)
{
    const QJsonObject& p = event.params;
    switch (event.code) {
    case EventCode::SettingsSaved:
    case EventCode::SettingsImported: {
        const QString changes = str(p, "changes");
        // One multi-argument arg(): a "%2" inside a changed value is not taken for a placeholder.
        return tr("%1 version %2: %3")
            .arg(str(p, "section"), QString::number(num(p, "version")), changes.isEmpty() ? tr("no changes") : changes);
    }
    case EventCode::SettingsDamaged:
        return tr("Settings section %1 is damaged: %2; the engine sends and accepts no codes")
            .arg(str(p, "section"), str(p, "reason"));
    case EventCode::ApiTokenCreated:
    case EventCode::ApiTokenDisabled:
    case EventCode::ApiTokenEnabled:
    case EventCode::ApiTokenDeleted:
        return token(event);
    case EventCode::ServerStarted:
        return tr("Started on %1 listening on %2 (version %3)")
            .arg(str(p, "host"), str(p, "listen"), str(p, "version"));
    case EventCode::ServerStopped:
        return tr("Stopped after %n request(s)", nullptr, num(p, "requests"));
    case EventCode::ServerStoreRestored:
        return tr("Store connection lost at %1, restored after %n second(s): %2", nullptr, num(p, "seconds"))
            .arg(date(str(p, "lostAt")), str(p, "reason"));
    case EventCode::ConsoleLockedIdle:
        return tr("Console locked after %n minute(s) without activity", nullptr, num(p, "minutes"));
    case EventCode::ConsoleUnlocked:
        if (str(p, "method") == QLatin1String("keychain"))
            return tr("Console unlocked from this computer's keychain");
        if (str(p, "method") == QLatin1String("passphrase"))
            return tr("Console unlocked with the store's passphrase");
        return {};
    case EventCode::ConsoleUnlockPaused:
    case EventCode::StoreKeyUnlockPaused:
        return unlockPaused(event);
    default:
        return {};
    }
}

QJsonObject EventText::unlockPausedParams(int tries, int seconds)
{
    return {{QStringLiteral("tries"), tries}, {QStringLiteral("seconds"), seconds}};
}

QString EventText::unlockPaused(const Event& event)
{
    const QJsonObject& p = event.params;
    // Two plurals in one sentence: each count gets its own numerus form.
    const QString tries = tr("%n wrong passphrase(s) in a row", nullptr, num(p, "tries"));
    if (event.code == EventCode::ConsoleUnlockPaused)
        return tr("Console unlock paused for %n second(s) after %1", nullptr, num(p, "seconds")).arg(tries);
    return tr("Store key unlock paused for %n second(s) after %1", nullptr, num(p, "seconds")).arg(tries);
}

QJsonObject EventText::blockedParams(int failures, const QDateTime& until)
{
    QJsonObject params{{QStringLiteral("failures"), failures}};
    if (until.isValid())
        params.insert(QStringLiteral("until"), until.toUTC().toString(Qt::ISODate));
    return params;
}

QString EventText::failure(const QJsonObject& p)
{
    const QString reason = str(p, "reason");
    QString why;
    if (reason == QLatin1String("wrong"))
        why = tr("Wrong code");
    else if (reason == QLatin1String("none"))
        why = tr("No code was requested");
    else if (reason == QLatin1String("expired"))
        why = tr("The code has expired");
    else
        return {};
    if (!p.contains(QLatin1String("failure")))
        return why;
    return tr("%1 (failure %2 of %3)").arg(why).arg(num(p, "failure")).arg(num(p, "of"));
}

QString EventText::blocked(const QJsonObject& p)
{
    const int failures = num(p, "failures");
    const QString until = str(p, "until");
    if (until.isEmpty())
        return tr("Blocked after %n wrong code(s) until a help-desk unblock", nullptr, failures);
    return tr("Blocked after %n wrong code(s) until %1", nullptr, failures).arg(date(until));
}

QString EventText::unblocked(const QJsonObject& p)
{
    const QString by = str(p, "by");
    if (by == QLatin1String("timeout"))
        return tr("Unblocked automatically: the block time has passed");
    if (by == QLatin1String("helpdesk") && p.contains(QLatin1String("count")))
        return tr("Every blocked authenticator unblocked by the help desk (%n)", nullptr, num(p, "count"));
    if (by == QLatin1String("helpdesk"))
        return tr("Unblocked by the help desk");
    if (by == QLatin1String("allowed"))
        return tr("Use of the authenticator allowed again");
    return {};
}

QString EventText::phone(const QJsonObject& p)
{
    const QString masked = str(p, "phone");
    return p.value(QLatin1String("directory")).toBool() ? tr("%1 (from the directory)").arg(masked) : masked;
}

QString EventText::imported(const QString& text, const QJsonObject& p)
{
    const QString via = str(p, "import");
    if (via == QLatin1String("csv"))
        return tr("%1 (CSV import)").arg(text);
    if (via == QLatin1String("directory"))
        return tr("%1 (directory import)").arg(text);
    return text;
}

QString EventText::spam(const QJsonObject& p)
{
    // Two plurals in one sentence: each count gets its own numerus form.
    const QString messages = tr("%n message(s) in the window", nullptr, num(p, "sent"));
    const QString signIns = tr("%n successful sign-in(s)", nullptr, num(p, "succeeded"));
    return tr("Potential spam attack detected. Sending suspended. %1, %2 (%3%, minimum %4%); suspended for %n "
              "second(s).",
              nullptr, num(p, "seconds"))
        .arg(messages, signIns)
        .arg(num(p, "percent"))
        .arg(num(p, "minimum"));
}

QString EventText::testSend(const QJsonObject& p)
{
    const QString gateway = str(p, "gateway").isEmpty() ? tr("the gateway") : str(p, "gateway");
    QString text = p.value(QLatin1String("validateOnly")).toBool()
                       ? tr("Validate-only test SMS to %1 through %2: %3").arg(phone(p), gateway, str(p, "result"))
                       : tr("Test SMS to %1 through %2: %3").arg(phone(p), gateway, str(p, "result"));
    if (num(p, "latencyMs") > 0)
        text += tr(" (%1 ms)").arg(num(p, "latencyMs"));
    if (p.contains(QLatin1String("failover")))
        text += tr("; the first gateway failed: %1").arg(str(p, "failover"));
    return text;
}

QString EventText::token(const Event& event)
{
    const QJsonObject& p = event.params;
    const QString name = str(p, "name");
    if (event.code == EventCode::ApiTokenEnabled)
        return tr("API token %1 enabled").arg(name);
    if (event.code == EventCode::ApiTokenDisabled)
        return tr("API token %1 disabled").arg(name);
    QStringList scopes;
    for (const QJsonValue& scope : p.value(QLatin1String("scopes")).toArray())
        scopes << scope.toString();
    const QString expires = str(p, "expires");
    QStringList parts{tr("scopes %1").arg(scopes.join(QLatin1Char(',')))};
    parts << (expires.isEmpty() ? tr("never expires") : tr("expires %1").arg(date(expires)));
    if (p.value(QLatin1String("exempt")).toBool())
        parts << tr("exempt from the IP allow-list");
    const QString details = parts.join(tr(", "));
    return event.code == EventCode::ApiTokenCreated ? tr("API token %1 created: %2").arg(name, details)
                                                    : tr("API token %1 deleted (%2)").arg(name, details);
}

// Parameters keep times as ISO 8601 in UTC; the reader sees them in local time and the locale's words.
QString EventText::date(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (!at.isValid())
        return iso;
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}
