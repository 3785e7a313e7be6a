#include "StoreUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace {
const QStringList kSslModes = {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                               QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

// The address as typed with its password masked: error messages end up on screens and in logs.
QString withoutPassword(const QString& text)
{
    static const QRegularExpression password(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://[^/@:]*):.*@"));
    return QString(text).replace(password, QStringLiteral("\\1:****@"));
}

// A file path typed without "sqlite://": no scheme in front, or only a Windows drive letter.
bool isPlainPath(const QString& text)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:[\\\\/]"));
    return !text.isEmpty() && (!scheme.match(text).hasMatch() || drive.match(text).hasMatch());
}
} // namespace

// `--store /path/to/store.db` (or a path relative to the current folder) means that SQLite file.
Result<StoreUrl> StoreUrl::fromPlainPath(const QString& text)
{
    const QString path = QDir::fromNativeSeparators(text);
    if (path.endsWith(QLatin1Char('/')) || QFileInfo(path).isDir())
        return Result<StoreUrl>::failure(tr("'%1' is a folder: name the store's file, for example %2")
                                             .arg(text, QDir(path).filePath(QStringLiteral("store.db"))));
    return sqlite(QFileInfo(path).absoluteFilePath());
}

Result<StoreUrl> StoreUrl::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (isPlainPath(trimmed))
        return fromPlainPath(trimmed);
    const QString shown = withoutPassword(trimmed);
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (trimmed.isEmpty() || !url.isValid() || scheme.isEmpty())
        return Result<StoreUrl>::failure(
            tr("'%1' is not a store address. Use a file path such as /full/path/store.db (or "
               "sqlite:///full/path/store.db), or "
               "postgresql://user@host:5432/database?sslmode=require")
                .arg(shown));

    StoreUrl result;
    if (scheme == QLatin1String("sqlite")) {
        if (!url.host().isEmpty() || !QDir::isAbsolutePath(url.path()) || url.path().endsWith(QLatin1Char('/')))
            return Result<StoreUrl>::failure(
                tr("'%1': a SQLite store needs a full file path after three slashes, for example "
                   "sqlite:///home/me/store.db")
                    .arg(shown));
        result.m_dialect = Dialect::Sqlite;
        result.m_path = QDir::cleanPath(url.path());
        return result;
    }

    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        result.m_dialect = Dialect::Postgres;
        result.m_port = url.port(5432);
    } else if (scheme == QLatin1String("mssql") || scheme == QLatin1String("sqlserver")) {
        result.m_dialect = Dialect::SqlServer;
        result.m_port = url.port(1433);
    } else {
        return Result<StoreUrl>::failure(
            tr("'%1': unknown kind of store '%2'; use sqlite or postgresql").arg(shown, url.scheme()));
    }
    result.m_host = url.host();
    result.m_user = url.userName();
    result.m_password = url.password();
    result.m_database = url.path().mid(1);
    if (result.m_host.isEmpty())
        return Result<StoreUrl>::failure(tr("'%1': the server's host name is missing").arg(shown));
    if (result.m_database.isEmpty() || result.m_database.contains(QLatin1Char('/')))
        return Result<StoreUrl>::failure(
            tr("'%1': name the database after the host, for example postgresql://user@host/smsotp").arg(shown));
    if (result.m_user.isEmpty())
        return Result<StoreUrl>::failure(
            tr("'%1': name the user before the host, for example postgresql://user@host/smsotp").arg(shown));

    const QUrlQuery query(url);
    for (const auto& item : query.queryItems()) {
        if (item.first != QLatin1String("sslmode"))
            return Result<StoreUrl>::failure(
                tr("'%1': unknown option '%2'; only sslmode is understood").arg(shown, item.first));
    }
    result.m_sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    if (result.m_sslMode.isEmpty())
        result.m_sslMode = QStringLiteral("prefer");
    if (!kSslModes.contains(result.m_sslMode))
        return Result<StoreUrl>::failure(
            tr("'%1': sslmode must be one of %2").arg(shown, kSslModes.join(QStringLiteral(", "))));
    return result;
}

StoreUrl StoreUrl::sqlite(const QString& absolutePath)
{
    StoreUrl result;
    result.m_path = QDir::cleanPath(absolutePath);
    return result;
}

QString StoreUrl::defaultUrlText()
{
    const QString fromEnv = qEnvironmentVariable("SMSOTP_STORE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QStringLiteral("sqlite://") + QDir(dataHome).filePath(QStringLiteral("smsotp/store.db"));
}

QString StoreUrl::toString() const
{
    if (m_dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite://") + m_path;
    QUrl url;
    url.setScheme(m_dialect == Dialect::Postgres ? QStringLiteral("postgresql") : QStringLiteral("mssql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    if (!m_sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + m_sslMode);
    return url.toString();
}

QString StoreUrl::dialectName() const
{
    switch (m_dialect) {
    case Dialect::Sqlite:
        return QStringLiteral("SQLite");
    case Dialect::Postgres:
        return QStringLiteral("PostgreSQL");
    case Dialect::SqlServer:
        return QStringLiteral("SQL Server");
    }
    return {};
}

QString StoreUrl::displayLocation() const
{
    if (m_dialect == Dialect::Sqlite)
        return QDir::toNativeSeparators(m_path);
    return QStringLiteral("%1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(m_database);
}
