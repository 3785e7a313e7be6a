#include "CliApp.h"

#include "CliContext.h"
#include "DemoCommand.h"
#include "DirectoryCommand.h"
#include "EventsCommand.h"
#include "ExitCode.h"
#include "OtpCommand.h"
#include "PhoneCommand.h"
#include "ServersCommand.h"
#include "SettingsCommand.h"
#include "StoreCommand.h"
#include "TestSendCommand.h"
#include "TokensCommand.h"
#include "UsersCommand.h"
#include "util/Languages.h"

CliApp::CliApp(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
    m_languages.install(Languages::systemDefault());
    m_commands.push_back(std::make_unique<StoreCommand>());
    m_commands.push_back(std::make_unique<SettingsCommand>());
    m_commands.push_back(std::make_unique<PhoneCommand>());
    m_commands.push_back(std::make_unique<OtpCommand>());
    m_commands.push_back(std::make_unique<UsersCommand>());
    m_commands.push_back(std::make_unique<EventsCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<TestSendCommand>());
    m_commands.push_back(std::make_unique<TokensCommand>());
    m_commands.push_back(std::make_unique<ServersCommand>());
    m_commands.push_back(std::make_unique<DirectoryCommand>());
}

CliApp::~CliApp() = default;

QString CliApp::help() const
{
    QString text =
        tr("Usage: smsotp-cli [--store URL] [--passphrase-file FILE] [--lang en|sv|ru|et] COMMAND ...\n"
           "\n"
           "  --store URL             a file path (/path/store.db, a SQLite store), sqlite:///path/store.db or\n"
           "                          postgresql://user@host:port/db?sslmode=...\n"
           "                          (default: the console's local store). The server password comes from\n"
           "                          SMSOTP_DB_PASSWORD.\n"
           "  --passphrase-file FILE  the store key's passphrase (or set SMSOTP_PASSPHRASE)\n"
           "\n"
           "Commands:\n");
    for (const auto& c : m_commands)
        text += c->usage();
    text += tr("\nExit status: 0 success, 1 refused or failed (reason on stderr), 2 bad usage.\n");
    return text;
}

int CliApp::run(QStringList args)
{
    CliContext context(m_out, m_err);
    QStringList rest;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto value = [&](const QString& option, QString& out) -> bool {
            if (a == option) {
                if (i + 1 >= args.size())
                    return false;
                out = args.at(++i);
                return true;
            }
            out = a.mid(option.size() + 1);
            return true;
        };
        QString v;
        if (a == QLatin1String("--store") || a.startsWith(QLatin1String("--store="))) {
            if (!value(QStringLiteral("--store"), v))
                return context.usage(tr("--store needs a URL."));
            context.setStoreUrl(v);
        } else if (a == QLatin1String("--passphrase-file") || a.startsWith(QLatin1String("--passphrase-file="))) {
            if (!value(QStringLiteral("--passphrase-file"), v))
                return context.usage(tr("--passphrase-file needs a file name."));
            context.setPassphraseFile(v);
        } else if (a == QLatin1String("--lang") || a.startsWith(QLatin1String("--lang="))) {
            if (!value(QStringLiteral("--lang"), v) || !m_languages.install(v))
                return context.usage(tr("--lang must be one of en, sv, ru, et."));
        } else if (a == QLatin1String("--passphrase") || a.startsWith(QLatin1String("--passphrase="))) {
            return context.usage(tr("A passphrase is never taken from the command line (other users can see it): "
                                    "use --passphrase-file FILE or SMSOTP_PASSPHRASE."));
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            m_out << help();
            return ExitOk;
        } else if (a == QLatin1String("--version")) {
            m_out << "smsotp-cli " << SMSOTP_VERSION << Qt::endl;
            return ExitOk;
        } else {
            rest << a;
        }
    }
    if (rest.isEmpty()) {
        m_err << help();
        return ExitUsage;
    }
    const QString command = rest.takeFirst();
    for (const auto& c : m_commands) {
        if (c->name() == command)
            return c->run(context, rest);
    }
    return context.usage(tr("Unknown command '%1'. Run smsotp-cli --help for the list.").arg(command));
}
