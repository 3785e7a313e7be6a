#include "IpAllowListSettings.h"

#include "FieldValidator.h"
#include "JsonFieldReader.h"

#include <QHostAddress>
#include <QSet>

namespace {

QHostAddress maskedNetwork(const QHostAddress& address, int prefix)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
        return QHostAddress(address.toIPv4Address() & mask);
    }
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 0; i < 16; ++i) {
        const int bits = qBound(0, prefix - i * 8, 8);
        bytes[i] &= static_cast<quint8>(bits == 0 ? 0 : 0xFF << (8 - bits));
    }
    return QHostAddress(bytes);
}

} // namespace

QString IpAllowListSettings::canonicalEntry(const QString& ip)
{
    const QString text = ip.trimmed();
    if (text.isEmpty() || text.contains(QLatin1Char('%')))
        return {};
    QHostAddress address;
    int prefix = -1;
    if (text.contains(QLatin1Char('/'))) {
        const auto subnet = QHostAddress::parseSubnet(text);
        if (subnet.first.isNull() || subnet.second < 0)
            return {};
        address = subnet.first;
        prefix = subnet.second;
    } else if (!address.setAddress(text)) {
        return {};
    }
    // An IPv4-mapped IPv6 address is the IPv4 address for matching purposes.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4 && address.protocol() == QAbstractSocket::IPv6Protocol) {
        address = QHostAddress(v4);
        prefix = prefix < 0 ? -1 : qMax(0, prefix - 96);
    }
    const int full = address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    if (prefix < 0 || prefix == full)
        return address.toString();
    return maskedNetwork(address, prefix).toString() + QLatin1Char('/') + QString::number(prefix);
}

QString IpAllowListSettings::entryProblem(const QString& ip)
{
    if (ip.trimmed().isEmpty())
        return tr("enter an address or a range");
    if (canonicalEntry(ip).isEmpty())
        return tr("'%1' is not an IP address or a CIDR range such as 192.0.2.0/24").arg(ip.trimmed());
    return {};
}

QJsonArray IpAllowListSettings::entriesToJson(const QList<Entry>& entries)
{
    QJsonArray array;
    for (const Entry& e : entries) {
        QJsonObject o{{QStringLiteral("ip"), e.ip}};
        if (!e.comment.isEmpty())
            o.insert(QStringLiteral("comment"), e.comment);
        array.append(o);
    }
    return array;
}

QList<IpAllowListSettings::Entry> IpAllowListSettings::entriesFromJson(const QJsonArray& array, FieldErrors& errors,
                                                                       const QString& path)
{
    QList<Entry> result;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QJsonValue ip = o.value(QStringLiteral("ip"));
        const QJsonValue comment = o.value(QStringLiteral("comment"));
        if (!array.at(i).isObject() || !ip.isString() || !(comment.isString() || comment.isUndefined())) {
            errors.append({path, tr("entry %1 must be {\"ip\": text, \"comment\": text}").arg(i + 1)});
            continue;
        }
        result.append({ip.toString().trimmed(), comment.toString().trimmed()});
    }
    return result;
}

QString IpAllowListSettings::entriesToText(const QList<Entry>& entries)
{
    QStringList lines;
    for (const Entry& e : entries)
        lines << (e.comment.isEmpty() ? e.ip : e.ip + QStringLiteral(" # ") + e.comment);
    return lines.join(QLatin1Char('\n'));
}

QList<IpAllowListSettings::Entry> IpAllowListSettings::entriesFromText(const QString& text, FieldErrors& errors)
{
    QList<Entry> result;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const int hash = line.indexOf(QLatin1Char('#'));
        Entry e{(hash < 0 ? line : line.left(hash)).trimmed(), hash < 0 ? QString() : line.mid(hash + 1).trimmed()};
        const QString problem = entryProblem(e.ip);
        if (!problem.isEmpty())
            errors.append({tr("line %1").arg(i + 1), problem});
        else
            result.append(e);
    }
    return result;
}

int IpAllowListSettings::removeDuplicates()
{
    QSet<QString> seen;
    const int before = entries.size();
    QList<Entry> kept;
    for (const Entry& e : std::as_const(entries)) {
        const QString key = canonicalEntry(e.ip);
        if (!key.isEmpty() && seen.contains(key))
            continue;
        seen.insert(key);
        kept.append(e);
    }
    entries = kept;
    return before - entries.size();
}

QJsonObject IpAllowListSettings::toJson() const
{
    return {{QStringLiteral("enabled"), enabled},
            {QStringLiteral("entries"), entriesToJson(entries)},
            {QStringLiteral("exemptAccounts"), QJsonArray::fromStringList(exemptAccounts)},
            {QStringLiteral("trustedProxies"), QJsonArray::fromStringList(trustedProxies)}};
}

void IpAllowListSettings::readJson(const QJsonObject& json, FieldErrors& errors)
{
    JsonFieldReader r(json, QLatin1String(kKey), errors);
    r.boolean("enabled", enabled);
    QJsonArray array;
    if (r.array("entries", array)) {
        entries = entriesFromJson(array, errors, r.path("entries"));
        removeDuplicates(); // DESIGN §3.8: duplicates are not saved
    }
    r.stringList("exemptAccounts", exemptAccounts);
    r.stringList("trustedProxies", trustedProxies);
    for (QString& proxy : trustedProxies)
        proxy = proxy.trimmed();
}

FieldErrors IpAllowListSettings::validate() const
{
    FieldValidator v{QLatin1String(kKey)};
    for (const Entry& e : entries) {
        const QString problem = entryProblem(e.ip);
        v.check(problem.isEmpty(), "entries", problem);
        v.check(e.comment.size() <= kMaxCommentLength && !e.comment.contains(QLatin1Char('\n')), "entries",
                tr("the comment of %1 must be one line of at most %2 characters").arg(e.ip).arg(kMaxCommentLength));
    }
    for (const QString& account : exemptAccounts)
        v.check(!account.trimmed().isEmpty(), "exemptAccounts", tr("an exempt account cannot be empty"));
    for (const QString& proxy : trustedProxies) {
        const QString problem = entryProblem(proxy);
        v.check(problem.isEmpty(), "trustedProxies", problem);
    }
    v.check(trustedProxies.size() <= kMaxTrustedProxies, "trustedProxies",
            tr("at most %1 trusted proxies").arg(kMaxTrustedProxies));
    // Turning the list on with no entries would refuse every request that is not exempt.
    v.check(!enabled || !entries.isEmpty() || !exemptAccounts.isEmpty(), "entries",
            tr("add at least one address before turning the allow-list on"));
    return v.errors();
}
