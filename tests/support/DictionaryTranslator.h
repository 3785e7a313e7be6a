#pragma once

#include <QHash>
#include <QPair>
#include <QTranslator>

// A translator from a small in-test dictionary, standing in for a translator's .qm file (the .ts
// files are filled after the merge). It records the numerus count it was asked with, so a test
// sees that a plural reached Qt, and counts the lookups it could not answer.
class DictionaryTranslator : public QTranslator {
public:
    void add(const char* context, const char* source, const QString& translation)
    {
        m_entries.insert({QByteArray(context), QByteArray(source)}, translation);
    }

    QString translate(const char* context, const char* sourceText, const char* = nullptr, int n = -1) const override
    {
        const auto found = m_entries.constFind({QByteArray(context), QByteArray(sourceText)});
        if (found == m_entries.constEnd()) {
            ++m_misses;
            return {};
        }
        m_lastN = n;
        return found.value();
    }
    bool isEmpty() const override { return m_entries.isEmpty(); }

    int lastN() const { return m_lastN; }
    int misses() const { return m_misses; }

private:
    QHash<QPair<QByteArray, QByteArray>, QString> m_entries;
    mutable int m_lastN = -1;
    mutable int m_misses = 0;
};
