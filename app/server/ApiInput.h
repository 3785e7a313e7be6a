#pragma once

#include "ApiCall.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

// Checks a JSON request body before anything touches the store: the content type, a JSON object,
// only known fields, each a string within its length and free of control characters, and the
// required ones present. A refusal is a 400 (or 415) reply that names the problem.
class ApiInput {
    Q_DECLARE_TR_FUNCTIONS(ApiInput)

public:
    struct Field {
        QString name;
        int maxLength;
        bool required;
    };

    // Field limits (docs/api.md).
    static constexpr int kMaxLogin = 256;
    static constexpr int kMaxCode = 64;
    static constexpr int kMaxPhone = 64;
    static constexpr int kMaxComment = 1000;
    static constexpr int kMaxDisplayName = 256;

    // True with `values` filled, or false with `refusal` set.
    static bool parse(const ApiCall& call, const QList<Field>& fields, QHash<QString, QString>& values,
                      ApiReply& refusal);
    // The {login} of a path: percent-decoded by the HTTP layer, checked like a body field.
    static bool checkLogin(const QString& login, ApiReply& refusal);

    static ApiReply error(int status, int code, const QString& message);
};
