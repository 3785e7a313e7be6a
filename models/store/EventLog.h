#pragma once

#include "domain/Event.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariant>

class Store;

// Appends events to the store. The caller decides whether it runs inside a transaction.
class EventLog {
    Q_DECLARE_TR_FUNCTIONS(EventLog)

public:
    explicit EventLog(Store& store);

    // Severity comes from the catalogue when the event's own is left at Info and the code
    // is known; `at` defaults to now.
    Status append(Event event);
    Status append(int code, const QString& message, const QString& account = {}, const QString& actor = {},
                  const QString& clientAddress = {});
    // `message` is the English text (old readers, `smsotp-cli events list`); `params` are what
    // EventText renders in the reader's language. Never an OTP, a secret or a full number.
    Status append(int code, const QString& message, const QJsonObject& params, const QString& account = {},
                  const QString& actor = {}, const QString& clientAddress = {});

    // What the `params` column holds for `params` (bound as a value): compact JSON, or NULL.
    // Writers that insert events themselves (demo stores) use it too.
    static QVariant paramsText(const QJsonObject& params);

private:
    Store& m_store;
};
