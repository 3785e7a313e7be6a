#pragma once

#include <QByteArray>
#include <QMap>
#include <QPair>
#include <QString>

#include <atomic>
#include <mutex>

// What /metrics reports in Prometheus' text format: requests by endpoint and status, refusals by
// event code, messages sent by gateway and the gateway's latency. Safe from any thread.
class Metrics {
public:
    struct SpamState {
        bool known = false;
        bool suspended = false;
        qint64 sent = 0;
        qint64 succeeded = 0;
    };

    void countRequest(const QString& endpoint, int status);
    void countRefusal(int code);
    void countSent(const QString& gateway, qint64 latencyMs);
    qint64 requestsServed() const { return m_served; }

    QByteArray render(const SpamState& spam) const;

private:
    static constexpr int kBuckets = 10;
    static const double kBucketSeconds[kBuckets];

    mutable std::mutex m_mutex;
    QMap<QPair<QString, int>, qint64> m_requests;
    QMap<int, qint64> m_refusals;
    QMap<QString, qint64> m_sent;
    qint64 m_latencyBuckets[kBuckets] = {};
    qint64 m_latencyCount = 0;
    double m_latencySum = 0;
    std::atomic<qint64> m_served{0};
};
