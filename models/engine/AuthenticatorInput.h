#pragma once

#include <QCoreApplication>
#include <QString>

// The rules for what a person or a file may give as an authenticator's login, comment and
// display name (registration, the CLI, the console, the CSV import): the limits of
// domain/Limits.h and FieldValidator's one text rule (no control characters). Each returns a
// translated sentence naming the field, or an empty string when the value is fine.
class AuthenticatorInput {
    Q_DECLARE_TR_FUNCTIONS(AuthenticatorInput)

public:
    static QString loginProblem(const QString& login);
    static QString commentProblem(const QString& comment);
    static QString displayNameProblem(const QString& displayName);
};
