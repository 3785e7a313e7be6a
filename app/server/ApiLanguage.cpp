#include "ApiLanguage.h"

namespace {
// The q-value of one "lang;q=0.5" entry's parameters; -1 when malformed.
double qValue(const QStringList& parameters)
{
    double q = 1.0;
    for (const QString& p : parameters) {
        const QString parameter = p.trimmed();
        if (!parameter.startsWith(QLatin1String("q="), Qt::CaseInsensitive))
            continue;
        bool ok = false;
        q = parameter.mid(2).toDouble(&ok);
        if (!ok || q < 0 || q > 1)
            return -1;
    }
    return q;
}
} // namespace

QString ApiLanguage::negotiate(const QString& acceptLanguage, const QStringList& available)
{
    const QString english = QStringLiteral("en");
    QString best = english;
    double bestQ = 0;
    // A header of hundreds of entries is not a caller's real wish: look at the first few only.
    const QStringList entries = acceptLanguage.left(1024).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& entry : entries) {
        QStringList parts = entry.split(QLatin1Char(';'));
        const QString range = parts.takeFirst().trimmed().toLower();
        const double q = qValue(parts);
        if (q <= bestQ)
            continue;
        const QString primary = range.section(QLatin1Char('-'), 0, 0);
        const QString language = range == QLatin1String("*") ? english : primary;
        if (language == english || available.contains(language)) {
            best = language;
            bestQ = q;
        }
    }
    return best;
}
