// libFuzzer target: the store URL parser (StoreUrl::parse), and the display forms of what it takes.
#include "store/StoreUrl.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Result<StoreUrl> url = StoreUrl::parse(QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (url)
        (void)url->displayLocation();
    return 0;
}
