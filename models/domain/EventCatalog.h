#pragma once

#include "EventCode.h"

#include <QCoreApplication>
#include <QList>

// Titles and severities of the event codes, translated.
class EventCatalog {
    Q_DECLARE_TR_FUNCTIONS(EventCatalog)

public:
    static const QList<EventCode::Info>& all();
    static Event::Severity severity(int code);
    static QString title(int code); // translated
    static QString severityName(Event::Severity severity); // translated
};
