#include "PosixSignals.h"
#include "ServerApp.h"
#include "ServerLog.h"
#include "ServerOptions.h"
#include "store/DriverMessageFilter.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    // Before any thread exists, so every thread inherits the blocked termination signals.
    PosixSignals::blockTermination();
    QCoreApplication app(argc, argv);
    // A lost store connection is one "store connection lost" line, not one from the SQL driver
    // for every statement it cannot free.
    DriverMessageFilter::install();
    QCoreApplication::setOrganizationName(QStringLiteral("smsotp"));
    QCoreApplication::setApplicationName(QStringLiteral("smsotp-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMSOTP_VERSION));
    // Answers follow each caller's Accept-Language (ServerApp installs an ApiTranslator); log
    // lines stay in English whatever the host's locale, so log parsers can rely on them.

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    Result<ServerOptions> options = ServerOptions::parse(args);
    if (!options) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error()));
        return 2;
    }
    if (options->action == ServerOptions::Action::Help) {
        std::fprintf(stdout, "%s", qPrintable(ServerOptions::helpText()));
        return 0;
    }
    if (options->action == ServerOptions::Action::Version) {
        std::fprintf(stdout, "smsotp-server %s\n", SMSOTP_VERSION);
        return 0;
    }
    const Status refused = options->problem();
    if (!refused) {
        std::fprintf(stderr, "%s\n", qPrintable(refused.error()));
        return 1;
    }
    ServerLog::setFormat(options->logFormat == QLatin1String("json") ? ServerLog::Format::Json
                                                                     : ServerLog::Format::Plain);
    return ServerApp::run(options.value());
}
