// libFuzzer target: the IP allow-list parser (the text form, each entry, and matching): the first
// line is a client address, the rest the list.
#include "engine/IpAllowList.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString client = text.section(QLatin1Char('\n'), 0, 0);
    FieldErrors errors;
    IpAllowListSettings settings;
    settings.enabled = true;
    settings.entries = IpAllowListSettings::entriesFromText(text.section(QLatin1Char('\n'), 1), errors);
    (void)settings.validate();
    (void)IpAllowListSettings::canonicalEntry(client);
    (void)IpAllowList(settings).allows(client, QStringLiteral("alice"));
    return 0;
}
