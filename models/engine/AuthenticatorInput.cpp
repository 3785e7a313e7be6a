#include "AuthenticatorInput.h"

#include "domain/FieldValidator.h"
#include "domain/Limits.h"

QString AuthenticatorInput::loginProblem(const QString& login)
{
    const QString t = login.trimmed();
    if (t.isEmpty())
        return tr("The login is empty.");
    return FieldValidator::textProblem(tr("The login"), t, Limits::kLoginLength);
}

QString AuthenticatorInput::commentProblem(const QString& comment)
{
    return FieldValidator::textProblem(tr("The comment"), comment, Limits::kCommentLength);
}

QString AuthenticatorInput::displayNameProblem(const QString& displayName)
{
    return FieldValidator::textProblem(tr("The display name"), displayName, Limits::kDisplayNameLength);
}
