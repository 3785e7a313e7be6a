// libFuzzer target: the phone normaliser (PhoneNormalizer::check) on any text, with the default
// Russian rules and with verbatim E.164.
#include "engine/PhoneNormalizer.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    PhoneFormatSettings rules;
    PhoneNormalizer(rules).check(input);
    rules.normalize = false;
    PhoneNormalizer(rules).check(input);
    return 0;
}
