#include "Metrics.h"

const double Metrics::kBucketSeconds[kBuckets] = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10};

namespace {
// A label value in the exposition format: backslash, quote and newline escaped.
QString label(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('"'), QLatin1String("\\\""));
    v.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return v;
}
} // namespace

void Metrics::countRequest(const QString& endpoint, int status)
{
    ++m_served;
    const std::lock_guard<std::mutex> lock(m_mutex);
    ++m_requests[{endpoint, status}];
}

void Metrics::countRefusal(int code)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    ++m_refusals[code];
}

void Metrics::countSent(const QString& gateway, qint64 latencyMs)
{
    const double seconds = double(latencyMs) / 1000.0;
    const std::lock_guard<std::mutex> lock(m_mutex);
    ++m_sent[gateway];
    for (int i = 0; i < kBuckets; ++i)
        if (seconds <= kBucketSeconds[i])
            ++m_latencyBuckets[i];
    ++m_latencyCount;
    m_latencySum += seconds;
}

QByteArray Metrics::render(const SpamState& spam) const
{
    QString t;
    const std::lock_guard<std::mutex> lock(m_mutex);
    t += QStringLiteral("# HELP smsotp_http_requests_total API requests by endpoint and HTTP status.\n"
                        "# TYPE smsotp_http_requests_total counter\n");
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        t += QStringLiteral("smsotp_http_requests_total{endpoint=\"%1\",status=\"%2\"} %3\n")
                 .arg(label(it.key().first))
                 .arg(it.key().second)
                 .arg(it.value());
    t += QStringLiteral("# HELP smsotp_refusals_total Refused requests by event code.\n"
                        "# TYPE smsotp_refusals_total counter\n");
    for (auto it = m_refusals.cbegin(); it != m_refusals.cend(); ++it)
        t += QStringLiteral("smsotp_refusals_total{code=\"%1\"} %2\n").arg(it.key()).arg(it.value());
    t += QStringLiteral("# HELP smsotp_messages_sent_total Messages the gateway accepted, by gateway.\n"
                        "# TYPE smsotp_messages_sent_total counter\n");
    for (auto it = m_sent.cbegin(); it != m_sent.cend(); ++it)
        t += QStringLiteral("smsotp_messages_sent_total{gateway=\"%1\"} %2\n").arg(label(it.key())).arg(it.value());
    t += QStringLiteral("# HELP smsotp_gateway_latency_seconds Time the gateway took to accept a message.\n"
                        "# TYPE smsotp_gateway_latency_seconds histogram\n");
    for (int i = 0; i < kBuckets; ++i)
        t += QStringLiteral("smsotp_gateway_latency_seconds_bucket{le=\"%1\"} %2\n")
                 .arg(kBucketSeconds[i])
                 .arg(m_latencyBuckets[i]);
    t += QStringLiteral("smsotp_gateway_latency_seconds_bucket{le=\"+Inf\"} %1\n").arg(m_latencyCount);
    t += QStringLiteral("smsotp_gateway_latency_seconds_sum %1\n").arg(m_latencySum);
    t += QStringLiteral("smsotp_gateway_latency_seconds_count %1\n").arg(m_latencyCount);
    if (spam.known) {
        t += QStringLiteral("# HELP smsotp_spam_suspended 1 while spam protection suspends sending (all servers).\n"
                            "# TYPE smsotp_spam_suspended gauge\n"
                            "smsotp_spam_suspended %1\n"
                            "# HELP smsotp_spam_window_sent Messages sent within the spam protection window.\n"
                            "# TYPE smsotp_spam_window_sent gauge\n"
                            "smsotp_spam_window_sent %2\n"
                            "# HELP smsotp_spam_window_succeeded Successful sign-ins within the window.\n"
                            "# TYPE smsotp_spam_window_succeeded gauge\n"
                            "smsotp_spam_window_succeeded %3\n")
                 .arg(spam.suspended ? 1 : 0)
                 .arg(spam.sent)
                 .arg(spam.succeeded);
    }
    return t.toUtf8();
}
