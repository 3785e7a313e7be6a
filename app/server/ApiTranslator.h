#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

// Answers of smsotp-server in the caller's language. Qt's translators are process-wide, while
// each request has its own language: this one translator is installed once and passes every
// lookup to the translator of the language that the current thread's Scope names (the console's
// own compiled translations, smsotp_LANG.qm). Without a scope, or for English, the source text
// (with English plurals) is used, so log lines stay English.
class ApiTranslator : public QTranslator {
public:
    // Sets the language of tr() on this thread while it lives.
    class Scope {
    public:
        explicit Scope(const QString& language);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        const QTranslator* m_previous;
        QString m_previousLanguage;
    };

    ApiTranslator();
    ~ApiTranslator() override;

    // Loads smsotp_sv, _ru and _et (Languages::findTranslation); the languages that loaded.
    QStringList loadShipped();
    // Adds or replaces a language's translator (tests).
    void add(const QString& language, std::unique_ptr<QTranslator> translator);
    // English plus every loaded language.
    QStringList languages() const;
    // The translator a Scope for `language` uses; null for English or an unknown language.
    const QTranslator* translatorFor(const QString& language) const;
    // The language of the current thread's scope ("en" without one).
    static QString current();

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

private:
    std::unique_ptr<QTranslator> m_english;
    QMap<QString, std::shared_ptr<QTranslator>> m_translators;
};
