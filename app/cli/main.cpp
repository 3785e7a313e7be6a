#include "CliApp.h"
#include "store/DriverMessageFilter.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // Only our one line when the store's server goes away, not the SQL driver's own.
    DriverMessageFilter::install();
    QCoreApplication::setOrganizationName(QStringLiteral("smsotp"));
    QCoreApplication::setApplicationName(QStringLiteral("smsotp-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMSOTP_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliApp cli(out, err);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int status = cli.run(args);
    out.flush();
    err.flush();
    return status;
}
