#include "ClientAddress.h"

#include "Limits.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace {

// Only the full form: QHostAddress also takes inet_aton's short forms ("10.1" = 10.0.0.1).
bool isDottedQuad(const QString& text)
{
    static const QRegularExpression quad(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    return quad.match(text).hasMatch();
}

// An interface name or number: letters, digits, '.', '_' and '-'.
bool isZoneId(const QString& zone)
{
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9._-]+$"));
    return zone.size() <= Limits::kZoneIdLength && id.match(zone).hasMatch();
}

} // namespace

Result<QString> ClientAddress::parse(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QString();
    if (t.size() > Limits::kClientAddressLength)
        return Result<QString>::failure(
            tr("the client address is longer than %1 characters").arg(Limits::kClientAddressLength));
    const qsizetype percent = t.indexOf(QLatin1Char('%'));
    const QString host = percent < 0 ? t : t.left(percent);
    const QString zone = percent < 0 ? QString() : t.mid(percent + 1);
    QHostAddress address;
    const bool v6 = host.contains(QLatin1Char(':'));
    if ((!v6 && !isDottedQuad(host)) || !address.setAddress(host))
        return Result<QString>::failure(tr("the client address is not an IPv4 or IPv6 address"));
    if (percent < 0)
        return address.toString();
    if (!v6)
        return Result<QString>::failure(tr("only an IPv6 client address may carry a zone id"));
    if (!isZoneId(zone))
        return Result<QString>::failure(
            tr("the zone id of the client address must be 1 to %1 letters, digits, '.', '_' or '-'")
                .arg(Limits::kZoneIdLength));
    return QString(address.toString() + QLatin1Char('%') + zone);
}
