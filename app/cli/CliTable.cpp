#include "CliTable.h"

namespace {
bool isDirectionOverride(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
}
} // namespace

QString CliTable::escape(const QString& field)
{
    QString out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char16_t c = field.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < field.size() && QChar::isLowSurrogate(field.at(i + 1).unicode())) {
            out += field.at(i);
            out += field.at(++i);
        } else if (c == '\\') {
            out += QStringLiteral("\\\\");
        } else if (c == '\t') {
            out += QStringLiteral("\\t");
        } else if (c == '\n') {
            out += QStringLiteral("\\n");
        } else if (c == '\r') {
            out += QStringLiteral("\\r");
        } else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        } else if (QChar::isSurrogate(c) || isDirectionOverride(c)) {
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        } else {
            out += field.at(i);
        }
    }
    return out;
}

QString CliTable::row(const QStringList& fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& f : fields)
        escaped << escape(f);
    return escaped.join(QLatin1Char('\t'));
}
