#include "LdapFilter.h"

QString LdapFilter::escape(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '*':
            out += QStringLiteral("\\2a");
            break;
        case '(':
            out += QStringLiteral("\\28");
            break;
        case ')':
            out += QStringLiteral("\\29");
            break;
        case '\\':
            out += QStringLiteral("\\5c");
            break;
        case 0:
            out += QStringLiteral("\\00");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString LdapFilter::withLogin(const QString& pattern, const QString& login)
{
    QString filter = pattern;
    return filter.replace(QStringLiteral("{login}"), escape(login));
}
