#include "ApiTranslator.h"

#include "util/EnglishPluralTranslator.h"
#include "util/Languages.h"

namespace {
// The language of the request this thread works on. Set on the HTTP thread and again on the
// engine worker that runs the request's store work.
thread_local const QTranslator* tCurrent = nullptr;
thread_local QString tLanguage;
const ApiTranslator* gInstance = nullptr;
} // namespace

ApiTranslator::Scope::Scope(const QString& language)
    : m_previous(tCurrent)
    , m_previousLanguage(tLanguage)
{
    tCurrent = gInstance ? gInstance->translatorFor(language) : nullptr;
    tLanguage = tCurrent ? language : QString();
}

ApiTranslator::Scope::~Scope()
{
    tCurrent = m_previous;
    tLanguage = m_previousLanguage;
}

ApiTranslator::ApiTranslator()
    : m_english(std::make_unique<EnglishPluralTranslator>())
{
    gInstance = this;
}

ApiTranslator::~ApiTranslator()
{
    if (gInstance == this)
        gInstance = nullptr;
}

QStringList ApiTranslator::loadShipped()
{
    QStringList loaded;
    for (const Languages::Language& l : Languages::all()) {
        if (l.code == QLatin1String("en"))
            continue;
        const QString file = QStringLiteral("smsotp_") + l.code;
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(file, Languages::findTranslation(file))) {
            add(l.code, std::move(translator));
            loaded << l.code;
        }
    }
    return loaded;
}

void ApiTranslator::add(const QString& language, std::unique_ptr<QTranslator> translator)
{
    m_translators.insert(language, std::shared_ptr<QTranslator>(std::move(translator)));
}

QStringList ApiTranslator::languages() const
{
    return QStringList{QStringLiteral("en")} + m_translators.keys();
}

const QTranslator* ApiTranslator::translatorFor(const QString& language) const
{
    const auto it = m_translators.constFind(language);
    return it == m_translators.constEnd() ? nullptr : it->get();
}

QString ApiTranslator::current()
{
    return tLanguage.isEmpty() ? QStringLiteral("en") : tLanguage;
}

QString ApiTranslator::translate(const char* context, const char* sourceText, const char* disambiguation, int n) const
{
    if (tCurrent) {
        const QString text = tCurrent->translate(context, sourceText, disambiguation, n);
        if (!text.isEmpty())
            return text;
    }
    return m_english->translate(context, sourceText, disambiguation, n);
}
