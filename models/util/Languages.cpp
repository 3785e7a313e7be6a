#include "Languages.h"

#include "EnglishPluralTranslator.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

const QList<Languages::Language>& Languages::all()
{
    static const QList<Language> languages = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("sv"), QStringLiteral("Svenska")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("et"), QStringLiteral("Eesti")},
    };
    return languages;
}

bool Languages::isSupported(const QString& code)
{
    for (const Language& l : all())
        if (l.code == code)
            return true;
    return false;
}

QString Languages::systemDefault()
{
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = name.left(2).toLower();
        if (isSupported(code))
            return code;
    }
    return QStringLiteral("en");
}

QStringList Languages::translationDirs(const QString& appDir)
{
    return {QDir::cleanPath(appDir + QStringLiteral("/../share/smsotp/translations")), QStringLiteral(":/i18n")};
}

QString Languages::findTranslation(const QString& file, const QString& appDir)
{
    const QStringList dirs = translationDirs(appDir);
    for (const QString& dir : dirs)
        if (QFileInfo::exists(dir + QLatin1Char('/') + file + QStringLiteral(".qm")))
            return dir;
    return dirs.last();
}

Languages::Languages() = default;

Languages::~Languages()
{
    removeInstalled();
}

void Languages::removeInstalled()
{
    for (auto& t : m_translators)
        QCoreApplication::removeTranslator(t.get());
    m_translators.clear();
}

bool Languages::install(const QString& code)
{
    if (!isSupported(code))
        return false;
    removeInstalled();
    m_current = code;
    QLocale::setDefault(QLocale(code));
    if (code == QLatin1String("en")) {
        auto plurals = std::make_unique<EnglishPluralTranslator>();
        if (QCoreApplication::installTranslator(plurals.get()))
            m_translators.push_back(std::move(plurals));
        return true;
    }

    auto load = [this](const QString& file, const QString& dir) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(file, dir) && QCoreApplication::installTranslator(translator.get()))
            m_translators.push_back(std::move(translator));
    };
    // Qt searches the most recently installed translator first: system Qt strings, then ours
    // for what Debian lacks or has only in part, then the application's own.
    load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const QString qtExtra = QStringLiteral("qtextra_") + code;
    const QString ours = QStringLiteral("smsotp_") + code;
    load(qtExtra, findTranslation(qtExtra));
    load(ours, findTranslation(ours));
    return true;
}
