#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP request as the API sees it, free of the HTTP library's types.
struct ApiCall {
    QString peer;          // the TCP peer's address
    QString forwardedFor;  // X-Forwarded-For, believed only from a trusted proxy
    QString authorization; // the Authorization header
    QString contentType;
    QByteArray body;
    QString login; // the {login} of /api/v1/authenticators/{login}
};

// The answer: status, JSON body (or Prometheus text), and what the access log line shows.
struct ApiReply {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    int code = 0;      // the event code behind a refusal, for the log and the metrics
    QString tokenName; // the caller's token, for the log line
};
