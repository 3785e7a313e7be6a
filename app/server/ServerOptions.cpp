#include "ServerOptions.h"

#include "domain/IpAllowListSettings.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>

namespace {
const QStringList kKeys = {
    QStringLiteral("store"),   QStringLiteral("listen"),          QStringLiteral("tls-cert"),
    QStringLiteral("tls-key"), QStringLiteral("passphrase-file"), QStringLiteral("log-format"),
    QStringLiteral("workers"), QStringLiteral("request-timeout"), QStringLiteral("metrics-without-token")};
constexpr int kMaxWorkers = 64;
constexpr int kMaxRequestTimeout = 300;

Result<QString> readPassphraseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(
            ServerOptions::tr("Cannot read the passphrase file %1: %2").arg(path, file.errorString()));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (file.permissions() & others)
        return Result<QString>::failure(
            ServerOptions::tr("The passphrase file %1 may be read by other users; allow only its owner (chmod 600).")
                .arg(path));
    QString text = QString::fromUtf8(file.read(4096));
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}
} // namespace

QString ServerOptions::listenText() const
{
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                           : QStringLiteral("%1:%2").arg(host).arg(port);
}

QString ServerOptions::helpText()
{
    return tr("Usage: smsotp-server [options]\n"
              "The SMS OTP provider as an HTTPS service (API under /api/v1, see docs/api.md).\n\n"
              "  --store URL               the store (sqlite:///path.db or postgresql://user@host:port/db)\n"
              "  --listen ADDRESS:PORT     where to listen (default 127.0.0.1:8443; [::1]:8443 for IPv6)\n"
              "  --tls-cert FILE           the server certificate (PEM, with its chain)\n"
              "  --tls-key FILE            its private key (PEM); without both, plain HTTP on loopback only\n"
              "  --passphrase-file FILE    the store key's passphrase (else SMSOTP_PASSPHRASE or\n"
              "                            $CREDENTIALS_DIRECTORY/passphrase)\n"
              "  --config FILE             an INI file with the keys store, listen, tls-cert, tls-key,\n"
              "                            passphrase-file, log-format, workers, request-timeout,\n"
              "                            metrics-without-token; the command line wins\n"
              "  --log-format plain|json   one line per record on stderr (default plain)\n"
              "  --workers N               store connections serving requests (1-%1, default 8)\n"
              "  --request-timeout SECONDS a whole request (headers and body) must arrive within this\n"
              "                            time of the connection opening or of the previous answer,\n"
              "                            else the connection is closed (1-%2, default 10)\n"
              "  --metrics-without-token ADDRESSES\n"
              "                            comma-separated addresses or CIDR ranges that may read\n"
              "                            /metrics without a token (default none: a token with the\n"
              "                            scope metrics:read is needed)\n"
              "  --version                 print the version\n"
              "  --help                    print this help\n\n"
              "Exit status: 0 after a clean shutdown (SIGTERM or SIGINT), 1 when the server cannot start,\n"
              "2 for bad usage.\n")
        .arg(kMaxWorkers)
        .arg(kMaxRequestTimeout);
}

Status ServerOptions::apply(const QString& key, const QString& value)
{
    if (key == QLatin1String("store")) {
        store = value;
    } else if (key == QLatin1String("listen")) {
        const int colon = value.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int p = colon > 0 ? value.mid(colon + 1).toInt(&ok) : 0;
        QString h = colon > 0 ? value.left(colon) : QString();
        if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
            h = h.mid(1, h.size() - 2);
        if (!ok || p < 1 || p > 65535 || QHostAddress(h).isNull())
            return Status::failure(tr("--listen needs ADDRESS:PORT with a numeric address, for example "
                                      "127.0.0.1:8443 or [::1]:8443; got '%1'.")
                                       .arg(value));
        host = QHostAddress(h).toString();
        port = p;
    } else if (key == QLatin1String("tls-cert")) {
        tlsCert = value;
    } else if (key == QLatin1String("tls-key")) {
        tlsKey = value;
    } else if (key == QLatin1String("passphrase-file")) {
        passphraseFile = value;
    } else if (key == QLatin1String("log-format")) {
        if (value != QLatin1String("plain") && value != QLatin1String("json"))
            return Status::failure(tr("--log-format is plain or json; got '%1'.").arg(value));
        logFormat = value;
    } else if (key == QLatin1String("workers")) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 1 || n > kMaxWorkers)
            return Status::failure(tr("--workers is a number from 1 to %1; got '%2'.").arg(kMaxWorkers).arg(value));
        workers = n;
    } else if (key == QLatin1String("request-timeout")) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 1 || n > kMaxRequestTimeout)
            return Status::failure(tr("--request-timeout is a number of seconds from 1 to %1; got '%2'.")
                                       .arg(kMaxRequestTimeout)
                                       .arg(value));
        requestTimeout = n;
    } else if (key == QLatin1String("metrics-without-token")) {
        return applyMetricsWithoutToken(value);
    }
    return {};
}

Status ServerOptions::applyMetricsWithoutToken(const QString& value)
{
    QStringList ranges;
    for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString range = IpAllowListSettings::canonicalEntry(part.trimmed());
        if (range.isEmpty())
            return Status::failure(tr("--metrics-without-token takes addresses or CIDR ranges separated by commas, "
                                      "for example 127.0.0.1,10.0.5.0/24; '%1' is not one.")
                                       .arg(part.trimmed()));
        ranges << range;
    }
    metricsWithoutToken = ranges;
    return {};
}

Status ServerOptions::problem() const
{
    if (tlsCert.isEmpty() != tlsKey.isEmpty())
        return Status::failure(tr("Give both --tls-cert and --tls-key, or neither."));
    if (!usesTls() && !QHostAddress(host).isLoopback())
        return Status::failure(tr("Plain HTTP is allowed only on a loopback address; give --tls-cert and --tls-key "
                                  "to listen on %1.")
                                   .arg(host));
    return {};
}

Result<ServerOptions> ServerOptions::parse(const QStringList& arguments)
{
    using R = Result<ServerOptions>;
    ServerOptions o;
    QList<QPair<QString, QString>> given;
    QString config;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            o.action = Action::Help;
            return o;
        }
        if (a == QLatin1String("--version")) {
            o.action = Action::Version;
            return o;
        }
        const QString name = a.startsWith(QLatin1String("--")) ? a.mid(2) : QString();
        if (name.isEmpty() || (!kKeys.contains(name) && name != QLatin1String("config")))
            return R::failure(tr("Unknown argument '%1'; see smsotp-server --help.").arg(a));
        if (i + 1 >= arguments.size())
            return R::failure(tr("%1 needs a value.").arg(a));
        if (name == QLatin1String("config"))
            config = arguments.at(++i);
        else
            given.append({name, arguments.at(++i)});
    }
    if (!config.isEmpty()) {
        if (!QFileInfo(config).isReadable())
            return R::failure(tr("Cannot read the configuration file %1.").arg(config));
        QSettings ini(config, QSettings::IniFormat);
        if (ini.status() != QSettings::NoError)
            return R::failure(tr("The configuration file %1 is not a valid INI file.").arg(config));
        for (const QString& iniKey : ini.allKeys()) {
            // No section, or the [server] section of the shipped /etc/smsotp/server.conf.
            const QString section = QStringLiteral("server/");
            const QString key = iniKey.startsWith(section) ? iniKey.mid(section.size()) : iniKey;
            if (!kKeys.contains(key))
                return R::failure(tr("Unknown key '%1' in %2.").arg(key, config));
            // QSettings reads "a, b" as a list: give it back as the text it was.
            const QVariant value = ini.value(iniKey);
            const QString text = value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(','))
                                                                          : value.toString();
            const Status st = o.apply(key, text);
            if (!st)
                return R::failure(config + QStringLiteral(": ") + st.error());
        }
    }
    for (const auto& option : given) {
        const Status st = o.apply(option.first, option.second);
        if (!st)
            return R::failure(st.error());
    }
    return o;
}

Result<QString> ServerOptions::passphrase() const
{
    if (!passphraseFile.isEmpty())
        return readPassphraseFile(passphraseFile);
    if (qEnvironmentVariableIsSet("SMSOTP_PASSPHRASE"))
        return qEnvironmentVariable("SMSOTP_PASSPHRASE");
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (!credentials.isEmpty() && QFileInfo::exists(credentials + QStringLiteral("/passphrase")))
        return readPassphraseFile(credentials + QStringLiteral("/passphrase"));
    return Result<QString>::failure(tr("The server needs the store's passphrase: give --passphrase-file FILE, set "
                                       "SMSOTP_PASSPHRASE, or provide the credential 'passphrase'."));
}
