#include "ServerApp.h"

#include "ApiService.h"
#include "ApiTranslator.h"
#include "EnginePool.h"
#include "HttpsServer.h"
#include "Metrics.h"
#include "PosixSignals.h"
#include "ServerHeartbeat.h"
#include "ServerLog.h"
#include "crypto/StoreKey.h"
#include "domain/EventCode.h"
#include "store/EventLog.h"
#include "store/ServerRegistry.h"
#include "store/Store.h"
#include "store/StoreKeyVault.h"
#include "util/ActorName.h"

#include <QHostInfo>

#include <atomic>
#include <thread>

namespace {
// At shutdown, requests already on the wire are answered: wait for a quiet moment first.
constexpr int kQuietMs = 300;
constexpr int kDrainMaxMs = 10000;

int startFailure(const QString& message)
{
    ServerLog::error(message);
    return 1;
}
} // namespace

int ServerApp::run(const ServerOptions& options)
{
    Result<StoreUrl> url = StoreUrl::parse(options.store.isEmpty() ? StoreUrl::defaultUrlText() : options.store);
    if (!url)
        return startFailure(url.error());
    const QString dbPassword = qEnvironmentVariable("SMSOTP_DB_PASSWORD");
    auto opened = Store::open(*url, dbPassword, Store::OpenMode::OpenExisting);
    if (!opened)
        return startFailure(tr("Cannot open the store: %1").arg(opened.error()));
    std::unique_ptr<Store> store = opened.take();

    Result<QString> passphrase = options.passphrase();
    if (!passphrase)
        return startFailure(passphrase.error());
    Result<StoreKey> key = StoreKeyVault(*store).unlock(passphrase.value());
    if (!key)
        return startFailure(key.error());

    // Before any worker thread starts: Qt's translators are process-wide.
    ApiTranslator translator;
    translator.loadShipped();
    QCoreApplication::installTranslator(&translator);

    Metrics metrics;
    EnginePool pool(*url, dbPassword, &key.value());
    const Status workers = pool.start(options.workers);
    if (!workers)
        return startFailure(tr("Cannot open the store: %1").arg(workers.error()));
    ApiService api(pool, metrics);
    api.setMetricsWithoutToken(options.metricsWithoutToken);
    HttpsServer::Limits limits;
    limits.requestTimeoutSeconds = options.requestTimeout;
    HttpsServer http(api, metrics, limits);
    http.setLanguages(translator.languages());
    Status st = http.setUp(options.tlsCert, options.tlsKey);
    if (st)
        st = http.bind(options.host, options.port);
    if (!st)
        return startFailure(st.error());

    ServerRegistry registry(*store);
    const auto now = [] {
        return QDateTime::currentDateTimeUtc();
    };
    Result<qint64> id = registry.registerServer(QHostInfo::localHostName(), options.listenText(),
                                                QStringLiteral(SMSOTP_VERSION), now());
    if (!id)
        return startFailure(tr("Cannot register the server in the store: %1").arg(id.error()));

    const QString actor = ActorName::server(QHostInfo::localHostName());
    const Status noted = EventLog(*store).append(
        EventCode::ServerStarted,
        tr("started on %1 listening on %2 (version %3)")
            .arg(QHostInfo::localHostName(), options.listenText(), QStringLiteral(SMSOTP_VERSION)),
        QJsonObject{{QStringLiteral("host"), QHostInfo::localHostName()},
                    {QStringLiteral("listen"), options.listenText()},
                    {QStringLiteral("version"), QStringLiteral(SMSOTP_VERSION)}},
        {}, actor);
    if (!noted)
        return startFailure(tr("Cannot write to the store: %1").arg(noted.error()));

    std::atomic<bool> stopping{false};
    std::thread listener([&] {
        const bool served = http.serve();
        if (!stopping) {
            ServerLog::error(served ? QStringLiteral("listener ended") : QStringLiteral("listener failed"));
            QMetaObject::invokeMethod(
                qApp, [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
        }
    });
    PosixSignals termination([](const char* name) {
        ServerLog::info(QStringLiteral("shutting down"), {{QStringLiteral("signal"), QString::fromLatin1(name)}});
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    });
    ServerLog::info(QStringLiteral("started"),
                    {{QStringLiteral("listen"), options.listenText()},
                     {QStringLiteral("tls"), options.usesTls() ? QStringLiteral("on") : QStringLiteral("off")},
                     {QStringLiteral("store"), url->toString()},
                     {QStringLiteral("workers"), QString::number(options.workers)},
                     {QStringLiteral("storeTurns"), QString::number(pool.storeTurns())},
                     {QStringLiteral("languages"), translator.languages().join(QLatin1Char(','))},
                     {QStringLiteral("version"), QStringLiteral(SMSOTP_VERSION)}});

    ServerHeartbeat heartbeat(*store, registry, id.value(), metrics, api, actor);
    heartbeat.start();
    const int status = QCoreApplication::exec();

    heartbeat.stop();
    stopping = true;
    http.drain(kQuietMs, kDrainMaxMs);
    http.stop();
    listener.join(); // every accepted request has had its answer
    pool.stop();
    // During an outage the row stays "running" and goes silent: the console shows that.
    Status stopped = heartbeat.storeReady() ? registry.markStopped(id.value(), now())
                                            : Status::failure(store->notConnectedMessage());
    if (stopped)
        stopped = EventLog(*store).append(
            EventCode::ServerStopped, tr("stopped after %n request(s)", nullptr, int(metrics.requestsServed())),
            QJsonObject{{QStringLiteral("requests"), qint64(metrics.requestsServed())}}, {}, actor);
    if (!stopped)
        ServerLog::warning(QStringLiteral("could not mark the server stopped"),
                           {{QStringLiteral("reason"), stopped.error()}});
    ServerLog::info(QStringLiteral("stopped"),
                    {{QStringLiteral("requests"), QString::number(metrics.requestsServed())}});
    return status;
}
