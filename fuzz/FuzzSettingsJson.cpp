// libFuzzer target: the settings JSON reader and validation (settings import, settings set).
#include "domain/Settings.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FieldErrors errors;
    const Settings read =
        Settings::fromDocument(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), Settings(), errors);
    if (errors.isEmpty())
        (void)read.toJson(Settings::SecretPolicy::Include);
    return 0;
}
