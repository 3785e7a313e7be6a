#include "RegexJit.h"

#include <QByteArray>

void RegexJit::disableForProcess()
{
    if (!qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT"))
        qputenv("QT_ENABLE_REGEXP_JIT", QByteArrayLiteral("0"));
}
