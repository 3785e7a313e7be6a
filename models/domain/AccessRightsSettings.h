#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <QStringList>

// Which self-service operations end users may perform (DESIGN §3.1). Console administrators
// are not bound by these.
struct AccessRightsSettings {
    static constexpr const char* kKey = "accessRights";
    enum class CommentEditing { Never, Registration, Always };

    bool denyUse = false;
    bool mayRegister = true;
    bool mayEdit = true;
    bool mayDelete = true;
    CommentEditing commentEditing = CommentEditing::Registration;

    static QStringList commentEditingNames(); // JSON spellings, in enum order

    QJsonObject toJson() const;
    void readJson(const QJsonObject& json, FieldErrors& errors);
    FieldErrors validate() const { return {}; }

    bool operator==(const AccessRightsSettings& o) const { return toJson() == o.toJson(); }
    bool operator!=(const AccessRightsSettings& o) const { return !(*this == o); }
};
