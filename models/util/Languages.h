#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

// The UI languages (en, sv, ru, et) and switching between them at run time: installs our
// translation and Qt's own strings (from the system, or ours where Debian lacks them).
class Languages {
    Q_DECLARE_TR_FUNCTIONS(Languages)

public:
    struct Language {
        QString code;       // "sv"
        QString nativeName; // "Svenska": always shown in its own language
    };

    static const QList<Language>& all();
    static bool isSupported(const QString& code);
    // The best supported language for the system locale, else English.
    static QString systemDefault();
    // Where compiled translations are looked for, in order: an installed tree's
    // share/smsotp/translations beside bin/ (updatable without a rebuild), then the copies built
    // into the program (:/i18n), which also serve the build folder.
    static QStringList translationDirs(const QString& appDir = QCoreApplication::applicationDirPath());
    // The first of translationDirs() holding FILE.qm, else the built-in copies.
    static QString findTranslation(const QString& file, const QString& appDir = QCoreApplication::applicationDirPath());

    Languages();
    ~Languages();
    // Replaces the installed translators; returns false for an unknown code.
    bool install(const QString& code);
    QString current() const { return m_current; }

private:
    void removeInstalled();

    QString m_current = QStringLiteral("en");
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};
