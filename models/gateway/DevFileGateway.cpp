#include "DevFileGateway.h"

#include "GatewayRedactor.h"
#include "util/UtcTimestamp.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace {
// `text` as a JSON string (quotes included), escaped as QJsonDocument writes it: built by hand
// because a QJsonObject and its serialisation were most of a message's cost here.
void appendJsonString(QString& out, const QString& text)
{
    out += QLatin1Char('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        switch (u) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                out += c;
                out += text.at(++i);
            } else if (u < 0x20 || c.isSurrogate()) { // a lone surrogate has no UTF-8: escaped, as Qt does
                out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
    }
    out += QLatin1Char('"');
}

// One outbox line, its keys in the order QJsonObject kept them (sorted).
QByteArray outboxLine(const QString& id, const QString& at, const SmsMessage& message)
{
    QString line;
    line.reserve(96 + message.text.size() + message.sender.size());
    const std::pair<const char*, const QString*> fields[] = {
        {"at", &at}, {"id", &id}, {"sender", &message.sender}, {"text", &message.text}, {"to", &message.to}};
    for (const auto& [key, value] : fields) {
        line += line.isEmpty() ? QLatin1Char('{') : QLatin1Char(',');
        line += QLatin1Char('"');
        line += QLatin1String(key);
        line += QLatin1String("\":");
        appendJsonString(line, *value);
    }
    line += QLatin1String("}\n");
    return line.toUtf8();
}
} // namespace

DevFileGateway::DevFileGateway(QString filePath, QObject* parent)
    : SmsGateway(parent)
    , m_filePath(std::move(filePath))
{
}

QString DevFileGateway::displayName() const
{
    return tr("Development file (for testing only)");
}

void DevFileGateway::send(const SmsMessage& message, Callback done)
{
    QElapsedTimer timer;
    timer.start();
    const GatewayRedactor redactor(nullptr, message);
    if (message.validateOnly) {
        SendResult r = redactor.seal(RawSendResult::sent({}, {}, QStringLiteral("validate-only: nothing written")));
        r.latencyMs = timer.elapsed();
        done(r);
        return;
    }
    QFile file(m_filePath);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray bytes = outboxLine(id, UtcTimestamp::isoWithMs(QDateTime::currentMSecsSinceEpoch()), message);
    // The folder is made only when the file cannot be opened: not two more system calls per message.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        QDir().mkpath(QFileInfo(m_filePath).absolutePath());
        file.open(QIODevice::WriteOnly | QIODevice::Append);
    }
    if (!file.isOpen() || file.write(bytes) != bytes.size() || !file.flush()) {
        done(redactor.seal(RawSendResult::failure(
            SendResult::ErrorClass::Transport,
            tr("Cannot write the development outbox %1: %2").arg(m_filePath, file.errorString()))));
        return;
    }
    SendResult r =
        redactor.seal(RawSendResult::sent(id, QStringLiteral("0"), QStringLiteral("written to %1").arg(m_filePath)));
    r.gatewayName = displayName();
    r.latencyMs = timer.elapsed();
    done(r);
}
