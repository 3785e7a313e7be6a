#include "DriverMessageFilter.h"

#include <QString>
#include <QtGlobal>

namespace {

QtMessageHandler g_previous = nullptr;

bool isLostConnectionNoise(QtMsgType type, const QString& message)
{
    if (type != QtWarningMsg)
        return false;
    for (const char* prefix :
         {"Unable to free statement", "QSqlQuery::exec: database not open", "QSqlQuery::prepare: database not open"})
        if (message.startsWith(QLatin1String(prefix)))
            return true;
    return false;
}

void filter(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (isLostConnectionNoise(type, message))
        return;
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

void DriverMessageFilter::install()
{
    if (!g_previous)
        g_previous = qInstallMessageHandler(filter); // Qt returns its default handler when none was set
}
