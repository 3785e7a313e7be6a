#include "AccessRightsSettings.h"

#include "JsonFieldReader.h"

QStringList AccessRightsSettings::commentEditingNames()
{
    return {QStringLiteral("never"), QStringLiteral("registration"), QStringLiteral("always")};
}

QJsonObject AccessRightsSettings::toJson() const
{
    return {{QStringLiteral("denyUse"), denyUse},
            {QStringLiteral("mayRegister"), mayRegister},
            {QStringLiteral("mayEdit"), mayEdit},
            {QStringLiteral("mayDelete"), mayDelete},
            {QStringLiteral("commentEditing"), commentEditingNames().at(static_cast<int>(commentEditing))}};
}

void AccessRightsSettings::readJson(const QJsonObject& json, FieldErrors& errors)
{
    JsonFieldReader r(json, QLatin1String(kKey), errors);
    r.boolean("denyUse", denyUse);
    r.boolean("mayRegister", mayRegister);
    r.boolean("mayEdit", mayEdit);
    r.boolean("mayDelete", mayDelete);
    QString editing = commentEditingNames().at(static_cast<int>(commentEditing));
    r.choice("commentEditing", editing, commentEditingNames());
    commentEditing = static_cast<CommentEditing>(commentEditingNames().indexOf(editing));
}
