#pragma once

#include "FieldError.h"
#include "Limits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// Client addresses from which OTPs may be requested (DESIGN §3.8, the Erply and SMSAPI
// documents). Exempt accounts are never refused, so nobody locks themselves out.
struct IpAllowListSettings {
    Q_DECLARE_TR_FUNCTIONS(IpAllowListSettings)

public:
    static constexpr const char* kKey = "ipAllowList";
    static constexpr int kMaxCommentLength = Limits::kIpEntryCommentLength;

    struct Entry {
        QString ip; // an address or a CIDR range, IPv4 or IPv6
        QString comment;
        bool operator==(const Entry& o) const { return ip == o.ip && comment == o.comment; }
    };

    bool enabled = false;
    QList<Entry> entries;
    QStringList exemptAccounts;
    // Proxies in front of smsotp-server whose X-Forwarded-For is believed (addresses or CIDR
    // ranges, validated like the entries); any other peer's header is ignored.
    QStringList trustedProxies;
    static constexpr int kMaxTrustedProxies = Limits::kTrustedProxies;

    // Empty when `ip` is an address or a CIDR range, else what is wrong with it. Only a full
    // dotted quad is IPv4 (never the C library's short forms, where "192.168.1" means
    // 192.168.0.1 and "100" means 0.0.0.100), no number has a leading zero, and a prefix length
    // is 0-32 or 0-128.
    static QString entryProblem(const QString& ip);
    // The canonical text of an address or range ("10.0.0.0/8", "2001:db8::/32"), so that
    // "10.0.0.1" and "10.0.0.1/32" count as the same entry; empty when invalid.
    static QString canonicalEntry(const QString& ip);
    // The first entry that repeats an earlier one (the same canonical range), as "what: why";
    // empty when there is none.
    static QString duplicateProblem(const QList<Entry>& entries);

    // The JSON form of the documents: [{"ip":"100.10.10.1","comment":"Tartu"},{"ip":"100.10.10.3"}]
    static QJsonArray entriesToJson(const QList<Entry>& entries);
    static QList<Entry> entriesFromJson(const QJsonArray& array, FieldErrors& errors, const QString& path);
    // The text form, one entry a line: "100.10.10.2 # Tartu". Blank lines are skipped.
    static QString entriesToText(const QList<Entry>& entries);
    static QList<Entry> entriesFromText(const QString& text, FieldErrors& errors);

    QJsonObject toJson() const;
    void readJson(const QJsonObject& json, FieldErrors& errors);
    FieldErrors validate() const;

    bool operator==(const IpAllowListSettings& o) const { return toJson() == o.toJson(); }
    bool operator!=(const IpAllowListSettings& o) const { return !(*this == o); }
};
