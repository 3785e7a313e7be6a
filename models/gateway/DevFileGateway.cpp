#include "DevFileGateway.h"

#include "GatewayRedactor.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

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
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QFile file(m_filePath);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject line{{QStringLiteral("id"), id},
                           {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("to"), message.to},
                           {QStringLiteral("sender"), message.sender},
                           {QStringLiteral("text"), message.text}};
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(bytes) != bytes.size() || !file.flush()) {
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
