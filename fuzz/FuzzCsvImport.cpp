// libFuzzer target: the CSV import's parser (UserCsvImport::parse).
#include "engine/UserCsvImport.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)UserCsvImport::parse(QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
