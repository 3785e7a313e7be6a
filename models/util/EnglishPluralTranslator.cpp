#include "EnglishPluralTranslator.h"

namespace {
const QLatin1String kMarker("(s)");
}

QString EnglishPluralTranslator::translate(const char*, const char* sourceText, const char*, int n) const
{
    if (n < 0 || !sourceText)
        return {};
    const QString source = QString::fromUtf8(sourceText);
    return source.contains(kMarker) ? plural(source, n) : QString();
}

QString EnglishPluralTranslator::plural(QString text, int n)
{
    return text.replace(kMarker, n == 1 ? QString() : QStringLiteral("s"));
}
