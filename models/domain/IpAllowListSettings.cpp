#include "IpAllowListSettings.h"

#include "FieldValidator.h"
#include "JsonFieldReader.h"

#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>

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

namespace {

// "" when `text` is a full dotted-quad IPv4 address, else why not.
QString ipv4Problem(const QString& text, const QString& shown)
{
    static const QRegularExpression quad(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    static const QRegularExpression shortForm(QStringLiteral("^[0-9.]+$"));
    const QRegularExpressionMatch m = quad.match(text);
    if (!m.hasMatch()) {
        if (shortForm.match(text).hasMatch())
            return IpAllowListSettings::tr("'%1' is not a full IPv4 address: write all four numbers, such as "
                                           "192.168.1.0 (short forms are not accepted)")
                .arg(shown);
        return IpAllowListSettings::tr("'%1' is not an IP address or a CIDR range such as 192.0.2.0/24").arg(shown);
    }
    for (int i = 1; i <= 4; ++i) {
        const QString part = m.captured(i);
        if (part.size() > 1 && part.startsWith(QLatin1Char('0')))
            return IpAllowListSettings::tr("'%1': a number with a leading zero is ambiguous (it may be read as "
                                           "octal); write 10.0.0.1, not 010.0.0.1")
                .arg(shown);
        if (part.toInt() > 255)
            return IpAllowListSettings::tr("'%1': each number of an IPv4 address is 0 to 255").arg(shown);
    }
    return {};
}

// Parses an address strictly: IPv4 as a full dotted quad, IPv6 as Qt reads it (with a dotted-quad
// tail checked the same way). Returns why not, or "" with `out` set.
QString parseAddress(const QString& text, QHostAddress& out, const QString& shown)
{
    if (text.contains(QLatin1Char('%')))
        return IpAllowListSettings::tr("'%1': a zone id ('%') cannot be used in the allow-list").arg(shown);
    if (!text.contains(QLatin1Char(':'))) {
        const QString problem = ipv4Problem(text, shown);
        if (problem.isEmpty())
            out.setAddress(text);
        return problem;
    }
    static const QRegularExpression v6chars(QStringLiteral("^[0-9A-Fa-f:.]+$"));
    const QString tail = text.section(QLatin1Char(':'), -1);
    if (!v6chars.match(text).hasMatch() || (tail.contains(QLatin1Char('.')) && !ipv4Problem(tail, shown).isEmpty()) ||
        !out.setAddress(text) || out.protocol() != QAbstractSocket::IPv6Protocol)
        return IpAllowListSettings::tr("'%1' is not an IPv6 address such as 2001:db8::1").arg(shown);
    return {};
}

// Parses an address or a CIDR range; `prefix` is -1 for a single address.
QString parseEntry(const QString& text, QHostAddress& address, int& prefix)
{
    prefix = -1;
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const QString addressText = slash < 0 ? text : text.left(slash);
    const QString problem = parseAddress(addressText, address, text);
    if (!problem.isEmpty() || slash < 0)
        return problem;
    const int full = address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    static const QRegularExpression number(QStringLiteral("^(0|[1-9][0-9]{0,2})$"));
    const QString prefixText = text.mid(slash + 1);
    if (!number.match(prefixText).hasMatch() || prefixText.toInt() > full)
        return IpAllowListSettings::tr("'%1': the prefix length after '/' must be a number from 0 to %2")
            .arg(text)
            .arg(full);
    prefix = prefixText.toInt();
    return {};
}

} // namespace

QString IpAllowListSettings::canonicalEntry(const QString& ip)
{
    const QString text = ip.trimmed();
    QHostAddress address;
    int prefix = -1;
    if (text.isEmpty() || !parseEntry(text, address, prefix).isEmpty())
        return {};
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
    const QString text = ip.trimmed();
    if (text.isEmpty())
        return tr("enter an address or a range");
    QHostAddress address;
    int prefix = -1;
    return parseEntry(text, address, prefix);
}

QString IpAllowListSettings::duplicateProblem(const QList<Entry>& entries)
{
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString key = canonicalEntry(entries.at(i).ip);
        if (key.isEmpty())
            continue;
        const auto earlier = seen.constFind(key);
        if (earlier != seen.constEnd())
            return tr("'%1' (entry %2) is already in the list as '%3' (entry %4); remove the duplicate")
                .arg(entries.at(i).ip)
                .arg(i + 1)
                .arg(entries.at(*earlier).ip)
                .arg(*earlier + 1);
        seen.insert(key, i);
    }
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
    r.flag("enabled", enabled); // Erply's API writes 0 or 1
    QJsonArray array;
    if (r.array("entries", array))
        entries = entriesFromJson(array, errors, r.path("entries"));
    r.stringList("exemptAccounts", exemptAccounts);
    r.stringList("trustedProxies", trustedProxies);
    for (QString& proxy : trustedProxies)
        proxy = proxy.trimmed();
}

FieldErrors IpAllowListSettings::validate() const
{
    FieldValidator v{QLatin1String(kKey)};
    v.maxCount("entries", entries.size(), Limits::kAllowListEntries);
    v.maxCount("exemptAccounts", exemptAccounts.size(), Limits::kExemptAccounts);
    if (entries.size() > Limits::kAllowListEntries)
        return v.errors(); // not worth reading further
    for (const Entry& e : entries) {
        const QString problem = entryProblem(e.ip);
        v.check(problem.isEmpty(), "entries", problem);
        v.check(e.comment.size() <= kMaxCommentLength && FieldValidator::textCharacterProblem(e.comment).isEmpty(),
                "entries",
                tr("the comment of %1 must be one line of at most %2 characters, without control characters")
                    .arg(e.ip)
                    .arg(kMaxCommentLength));
    }
    const QString duplicate = duplicateProblem(entries);
    v.check(duplicate.isEmpty(), "entries", duplicate);
    for (const QString& account : exemptAccounts) {
        v.check(!account.trimmed().isEmpty(), "exemptAccounts", tr("an exempt account cannot be empty"));
        v.check(account.size() <= Limits::kLoginLength, "exemptAccounts",
                tr("an exempt account may have at most %n characters", nullptr, Limits::kLoginLength));
    }
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
