#include "JsonDuplicateKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>

namespace {

struct Frame {
    bool object = false;
    bool expectKey = false; // in an object: the next string is a member name
    QSet<QString> keys;
    QString name;  // the path of this value
    QString key;   // object: the member being read
    int index = 0; // array: the element being read
};

// The text of the JSON string that starts at `at` (a '"'); `at` moves past its closing quote.
QString readString(const QByteArray& json, qsizetype& at)
{
    const qsizetype start = at;
    for (++at; at < json.size() && json.at(at) != '"'; ++at)
        if (json.at(at) == '\\')
            ++at;
    ++at;
    // Escapes are decoded by Qt's own parser, so "\u0061" and "a" are the same name.
    const QJsonArray one = QJsonDocument::fromJson("[" + json.mid(start, at - start) + "]").array();
    return one.isEmpty() ? QString() : one.first().toString();
}

QString childPath(const Frame& parent)
{
    if (parent.object)
        return parent.name.isEmpty() ? parent.key : parent.name + QLatin1Char('.') + parent.key;
    return parent.name + QStringLiteral("[%1]").arg(parent.index);
}

} // namespace

QString JsonDuplicateKeys::find(const QByteArray& json)
{
    QList<Frame> stack;
    for (qsizetype at = 0; at < json.size();) {
        const char c = json.at(at);
        if (c == '"') {
            const QString text = readString(json, at);
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                Frame& f = stack.last();
                f.expectKey = false;
                f.key = text;
                if (f.keys.contains(text))
                    return childPath(f);
                f.keys.insert(text);
            }
            continue;
        }
        if (c == '{' || c == '[') {
            Frame f;
            f.object = c == '{';
            f.expectKey = f.object;
            f.name = stack.isEmpty() ? QString() : childPath(stack.last());
            stack.append(f);
        } else if ((c == '}' || c == ']') && !stack.isEmpty()) {
            stack.removeLast();
        } else if (c == ',' && !stack.isEmpty()) {
            if (stack.last().object)
                stack.last().expectKey = true;
            else
                ++stack.last().index;
        }
        ++at;
    }
    return {};
}
