#include "domain/GatewaySettings.h"
#include "gateway/GatewayRedactor.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

// The redaction boundary scans for its forms without regular expressions (issue 13: compiling
// fresh patterns for every message was most of a request + verify pair). These tests hold it to
// the regular expressions it replaced, over replies that write the secrets in mixed encodings.
class TestGatewayRedactor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesTheRegularExpressionsOnMixedEncodings();
    void everyEncodingOfEveryCharacterIsFound();
    void numberWithSeparatorsIsMasked();
    void overlappingEncodingsStayQuick();
};

namespace {

const QString kPassword = QStringLiteral("pa ss+w&rd/\"\\%ü€😀<'>");

GatewaySettings gateway()
{
    GatewaySettings g;
    g.login = QStringLiteral("api-user");
    g.password = kPassword;
    g.token = QStringLiteral("tok-Secret-0123456789");
    g.headers.append({QStringLiteral("X-Api-Key"), QStringLiteral("key&%20=value")});
    return g;
}

SmsMessage message()
{
    SmsMessage m;
    m.to = QStringLiteral("+79161234567");
    m.text = QStringLiteral("Your code: 4711 & more+text");
    m.otp = QStringLiteral("4711");
    return m;
}

// --- the regular-expression redactor the scan replaced (as of issue 12), kept as the reference ---
QString hexPair(uchar byte)
{
    return QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0'));
}

QString characterPattern(char32_t c)
{
    const QString ch = QString::fromUcs4(&c, 1);
    QStringList alternatives{QRegularExpression::escape(ch)};
    QString percent;
    for (const char byte : ch.toUtf8())
        percent += QLatin1Char('%') + hexPair(uchar(byte));
    alternatives << percent;
    if (c < 0x10000)
        alternatives << QStringLiteral("\\\\u") + QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    if (c == U' ')
        alternatives << QStringLiteral("\\+");
    if (c == U'"' || c == U'/' || c == U'\\')
        alternatives << QStringLiteral("\\\\") + QRegularExpression::escape(ch);
    if (c < 0x80 && !QChar(c).isLetterOrNumber() && c != U' ') {
        alternatives << QStringLiteral("&#%1;").arg(uint(c)) << QStringLiteral("&#x%1;").arg(uint(c), 0, 16);
        const QList<QPair<char32_t, QString>> named{{U'&', QStringLiteral("&amp;")},
                                                    {U'<', QStringLiteral("&lt;")},
                                                    {U'>', QStringLiteral("&gt;")},
                                                    {U'"', QStringLiteral("&quot;")},
                                                    {U'\'', QStringLiteral("&apos;")}};
        for (const auto& n : named)
            if (n.first == c)
                alternatives << n.second;
    }
    return QStringLiteral("(?:") + alternatives.join(QLatin1Char('|')) + QLatin1Char(')');
}

QString encodedPattern(const QString& text, const QString& between = {})
{
    QStringList parts;
    for (const auto c : text.toUcs4())
        parts << characterPattern(char32_t(c));
    return parts.join(between);
}

QString formsPattern(const QString& secret, bool withBase64)
{
    QStringList forms{secret};
    if (withBase64) {
        const QByteArray utf8 = secret.toUtf8();
        for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            forms << QString::fromLatin1(utf8.toBase64(options));
            forms << QString::fromLatin1(utf8.toBase64(options | QByteArray::OmitTrailingEquals));
        }
        forms.removeDuplicates();
    }
    QStringList patterns;
    for (const QString& f : forms)
        patterns << encodedPattern(f);
    return patterns.join(QLatin1Char('|'));
}

QString numberPattern(const QString& digits)
{
    const QString separator = QStringLiteral("(?:[\\s.()\\-]|%20|\\+){0,2}");
    QStringList patterns{characterPattern(U'+') + separator + encodedPattern(digits, separator)};
    const int shortest = std::min<int>(int(digits.size()), std::max<int>(7, int(digits.size()) - 3));
    for (int from = 0; digits.size() - from >= shortest; ++from)
        patterns << encodedPattern(digits.mid(from), separator);
    return patterns.join(QLatin1Char('|'));
}

QList<QPair<QRegularExpression, QString>> referenceRules()
{
    const GatewaySettings g = gateway();
    const SmsMessage m = message();
    const QString redacted = QStringLiteral("••••");
    QList<QPair<QString, QString>> rules{{formsPattern(m.text, true), QStringLiteral("[message]")}};
    QStringList secrets{g.login + QLatin1Char(':') + g.password, g.password, g.token, g.headers.first().value};
    std::sort(secrets.begin(), secrets.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& s : secrets)
        rules.append({formsPattern(s, true), redacted});
    rules.append({numberPattern(m.to.mid(1)), QStringLiteral("+7********67")});
    rules.append({formsPattern(m.otp, false), redacted});
    QList<QPair<QRegularExpression, QString>> out;
    for (const auto& [pattern, replacement] : rules)
        out.append({QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption), replacement});
    return out;
}

QString referenceRedact(QString text)
{
    static const QList<QPair<QRegularExpression, QString>> rules = referenceRules();
    for (const auto& [pattern, replacement] : rules)
        text.replace(pattern, replacement);
    // As redact() shows them: the halves of a surrogate pair escaped.
    QString out;
    for (const QChar c : text)
        out += c.isSurrogate() ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0')) : QString(c);
    return out;
}

// --- replies that write secrets character by character in random encodings ---
QString randomCase(const QString& s, QRandomGenerator& random)
{
    QString out = s;
    for (QChar& c : out)
        if (c.unicode() < 0x80 && random.bounded(2))
            c = c.isUpper() ? c.toLower() : c.toUpper();
    return out;
}

QStringList encodingsOf(char32_t c)
{
    const QString ch = QString::fromUcs4(&c, 1);
    QStringList out{ch};
    QString percent;
    for (const char byte : ch.toUtf8())
        percent += QLatin1Char('%') + hexPair(uchar(byte));
    out << percent;
    if (c < 0x10000)
        out << QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    if (c == U' ')
        out << QStringLiteral("+");
    if (c == U'"' || c == U'/' || c == U'\\')
        out << QLatin1Char('\\') + ch;
    if (c < 0x80 && !QChar(c).isLetterOrNumber() && c != U' ')
        out << QStringLiteral("&#%1;").arg(uint(c)) << QStringLiteral("&#x%1;").arg(uint(c), 0, 16);
    if (c == U'&')
        out << QStringLiteral("&amp;");
    if (c == U'<')
        out << QStringLiteral("&lt;");
    return out;
}

QString randomlyEncoded(const QString& secret, QRandomGenerator& random)
{
    QString out;
    for (const auto c : secret.toUcs4()) {
        const QStringList options = encodingsOf(char32_t(c));
        out += randomCase(options.at(int(random.bounded(qsizetype(options.size())))), random);
    }
    return out;
}

QString hostileReply(QRandomGenerator& random)
{
    const GatewaySettings g = gateway();
    const SmsMessage m = message();
    const QStringList secrets{g.password,
                              g.token,
                              g.login + QLatin1Char(':') + g.password,
                              m.text,
                              m.otp,
                              g.headers.first().value,
                              QString::fromLatin1(g.password.toUtf8().toBase64()),
                              QString::fromLatin1(m.text.toUtf8().toBase64(QByteArray::Base64UrlEncoding))};
    const QStringList noise{QStringLiteral("%"),      QStringLiteral("\\"),     QStringLiteral("&"),
                            QStringLiteral("+"),      QStringLiteral(" "),      QStringLiteral("-"),
                            QStringLiteral("%25"),    QStringLiteral("\\\\"),   QStringLiteral("&amp;"),
                            QStringLiteral("+7 916"), QStringLiteral("123-45"), QStringLiteral("(67)"),
                            QStringLiteral("%20"),    QStringLiteral("8916"),   QStringLiteral("ok "),
                            QStringLiteral("ü"),      QStringLiteral("😀"),      QStringLiteral("\"")};
    QString out;
    const int pieces = 1 + int(random.bounded(12));
    for (int i = 0; i < pieces; ++i) {
        switch (random.bounded(3)) {
        case 0: {
            const QString s = secrets.at(int(random.bounded(qsizetype(secrets.size()))));
            out += randomlyEncoded(s, random);
            break;
        }
        case 1: {
            // A phone number with separators, some characters encoded.
            const QString number =
                QStringList{QStringLiteral("+79161234567"), QStringLiteral("89161234567"), QStringLiteral("9161234567")}
                    .at(int(random.bounded(3)));
            const QStringList separators{
                QString(),           QStringLiteral(" "),  QStringLiteral("-"),  QStringLiteral("%20"),
                QStringLiteral("+"), QStringLiteral("( "), QStringLiteral(" - ")};
            for (const QChar c : number) {
                out += random.bounded(4) ? QString(c) : randomlyEncoded(c, random);
                out += separators.at(int(random.bounded(qsizetype(separators.size()))));
            }
            break;
        }
        default:
            out += noise.at(int(random.bounded(qsizetype(noise.size()))));
        }
    }
    return out;
}
} // namespace

void TestGatewayRedactor::matchesTheRegularExpressionsOnMixedEncodings()
{
    const GatewaySettings g = gateway();
    const GatewayRedactor redactor(&g, message());
    QRandomGenerator random(13);
    for (int i = 0; i < 3000; ++i) {
        const QString reply = hostileReply(random);
        // redact() also escapes control characters; the replies hold none.
        QCOMPARE(redactor.redact(reply), referenceRedact(reply));
    }
}

void TestGatewayRedactor::everyEncodingOfEveryCharacterIsFound()
{
    const GatewaySettings g = gateway();
    const GatewayRedactor redactor(&g, message());
    // Each character of the password in each of its encodings, the others plain.
    QStringList chars;
    for (const auto c : kPassword.toUcs4()) {
        const char32_t c32 = char32_t(c);
        chars << QString::fromUcs4(&c32, 1);
    }
    for (int i = 0; i < chars.size(); ++i) {
        const char32_t c = chars.at(i).toUcs4().first();
        for (const QString& encoded : encodingsOf(c)) {
            for (const QString& written : {encoded, encoded.toUpper()}) {
                const QString reply = QStringLiteral("x ") + chars.mid(0, i).join(QString()) + written +
                                      chars.mid(i + 1).join(QString()) + QStringLiteral(" y");
                QCOMPARE(redactor.redact(reply), QStringLiteral("x •••• y"));
            }
        }
    }
}

void TestGatewayRedactor::numberWithSeparatorsIsMasked()
{
    const GatewayRedactor redactor(nullptr, message());
    QCOMPARE(redactor.redact(QStringLiteral("to +7 (916) 123-45-67.")), QStringLiteral("to +7********67."));
    QCOMPARE(redactor.redact(QStringLiteral("to %2B7%20916%20123%2045%2067")), QStringLiteral("to +7********67"));
    QCOMPARE(redactor.redact(QStringLiteral("to 8 916 123 45 67")), QStringLiteral("to 8 +7********67"));
    // Three separators in a row are not a number any more.
    QCOMPARE(redactor.redact(QStringLiteral("9161 - -234567")), QStringLiteral("9161 - -234567"));
}

void TestGatewayRedactor::overlappingEncodingsStayQuick()
{
    // A secret of backslashes against a reply of backslashes: each may be written '\' or '\\', so
    // there are exponentially many ways to try. The scan remembers failed states and finishes.
    GatewaySettings g;
    g.token = QString(40, QLatin1Char('\\')) + QLatin1Char('y');
    const GatewayRedactor redactor(&g, {});
    const QString reply = QString(80, QLatin1Char('\\')) + QLatin1Char('x');
    QCOMPARE(redactor.redact(reply), reply);
    const QString leaked = QString(70, QLatin1Char('\\')) + QLatin1Char('y');
    QCOMPARE(redactor.redact(leaked), QStringLiteral("••••"));
}

QTEST_GUILESS_MAIN(TestGatewayRedactor)
#include "TestGatewayRedactor.moc"
