#include "ApiInput.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {
bool hasControl(const QString& text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}

QString checkText(const QString& name, const QString& value, int maxLength)
{
    if (value.size() > maxLength)
        return ApiInput::tr("'%1' is longer than %2 characters.").arg(name).arg(maxLength);
    if (hasControl(value))
        return ApiInput::tr("'%1' contains control characters.").arg(name);
    return {};
}
} // namespace

ApiReply ApiInput::error(int status, int code, const QString& message)
{
    ApiReply r;
    r.status = status;
    r.code = code;
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                       {QStringLiteral("code"), code},
                                       {QStringLiteral("error"), message}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

bool ApiInput::checkLogin(const QString& login, ApiReply& refusal)
{
    QString problem =
        login.trimmed().isEmpty() ? tr("The login is empty.") : checkText(QStringLiteral("login"), login, kMaxLogin);
    if (problem.isEmpty())
        return true;
    refusal = error(400, 0, problem);
    return false;
}

bool ApiInput::parse(const ApiCall& call, const QList<Field>& fields, QHash<QString, QString>& values,
                     ApiReply& refusal)
{
    const QString type = call.contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (type != QLatin1String("application/json")) {
        refusal = error(415, 0, tr("The body must be JSON, sent with Content-Type: application/json."));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(call.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        refusal = error(400, 0, tr("The body is not a JSON object."));
        return false;
    }
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const auto known =
            std::find_if(fields.cbegin(), fields.cend(), [&](const Field& f) { return f.name == it.key(); });
        if (known == fields.cend()) {
            refusal = error(400, 0, tr("Unknown field '%1'.").arg(it.key().left(64)));
            return false;
        }
        if (!it.value().isString()) {
            refusal = error(400, 0, tr("'%1' must be a string.").arg(it.key()));
            return false;
        }
        const QString problem = checkText(it.key(), it.value().toString(), known->maxLength);
        if (!problem.isEmpty()) {
            refusal = error(400, 0, problem);
            return false;
        }
        values.insert(it.key(), it.value().toString());
    }
    for (const Field& f : fields) {
        if (f.required && values.value(f.name).trimmed().isEmpty()) {
            refusal = error(400, 0, tr("'%1' is required.").arg(f.name));
            return false;
        }
    }
    return true;
}
