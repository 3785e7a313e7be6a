#pragma once

#include <QTranslator>

// The sources say "%n authenticator(s)" so translators get numerus forms; English has no
// translation file, so Qt would show the "(s)" as it is. Installed while the UI is English, this
// gives every such string its English plural ("1 authenticator", "70 authenticators") and leaves
// every other string to the source text.
class EnglishPluralTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

    // "(s)" dropped for one, "s" otherwise.
    static QString plural(QString text, int n);
};
