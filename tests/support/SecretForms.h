#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

// Every form in which a provider or a proxy may echo a secret (issue 12): plain, percent-encoded
// in upper and lower case and with '+' for a space, Base64 standard and URL-safe with and
// without padding. The redaction tests put all of them in a reply and check none comes out.
namespace SecretForms {

inline QStringList of(const QString& secret)
{
    QStringList out{secret};
    const QString upper = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    out << upper << upper.toLower();
    out << QString::fromLatin1(QUrl::toPercentEncoding(secret, " ")).replace(QLatin1Char(' '), QLatin1Char('+'));
    const QByteArray utf8 = secret.toUtf8();
    for (const auto o : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        out << QString::fromLatin1(utf8.toBase64(o));
        out << QString::fromLatin1(utf8.toBase64(o | QByteArray::OmitTrailingEquals));
    }
    out.removeDuplicates();
    return out;
}

// The number as "+79161234567", "79161234567", "9161234567", "%2B79161234567", "%2b79161234567".
inline QStringList ofNumber(const QString& e164)
{
    const QString digits = e164.mid(1);
    return {e164, digits, digits.mid(1), QStringLiteral("%2B") + digits, QStringLiteral("%2b") + digits};
}

struct Secrets {
    QString login;
    QString password;
    QString token;
    QString otp;
    QString text;
    QString number;

    QStringList all() const
    {
        QStringList out;
        for (const QString& s : QStringList{password, token, login + QLatin1Char(':') + password})
            if (!s.isEmpty() && s != login + QLatin1Char(':'))
                out << of(s);
        if (!text.isEmpty())
            out << of(text);
        out << otp << ofNumber(number);
        return out;
    }
    // What a hostile reply says: each form between plain words.
    QByteArray echo() const { return (QStringLiteral(" quoted ") + all().join(QStringLiteral(" and "))).toUtf8(); }
    // The first form of a secret found in `text`, or an empty string.
    QString leakIn(const QString& text) const
    {
        for (const QString& form : all())
            if (!form.isEmpty() && text.contains(form))
                return form;
        // The national number without a country code of up to three digits names the person too.
        if (text.contains(number.right(8)))
            return number.right(8);
        return {};
    }
};

} // namespace SecretForms
