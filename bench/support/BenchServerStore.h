#pragma once

#include "TestStores.h"
#include "engine/OtpService.h"
#include "engine/SystemClock.h"
#include "store/Store.h"
#include "store/StoreKeyVault.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <cstdio>

// What both server benchmarks (BenchServer, ServerCallgrind) start smsotp-server on: a store with
// `users` accounts user0, user1, … numbered phoneOf(i), the devFile gateway writing outbox(), no
// spam protection, a token with otp:request and otp:verify, and a self-signed certificate, all in
// one folder.
struct BenchServerStore {
    static QString passphrase() { return QStringLiteral("correct horse battery staple"); }
    static QString phoneOf(int i) { return QStringLiteral("+7916%1").arg(i, 7, 10, QLatin1Char('0')); }

    QString dir;
    QString url;
    QByteArray token;

    QString outbox() const { return dir + QStringLiteral("/outbox.jsonl"); }
    QString certFile() const { return dir + QStringLiteral("/cert.pem"); }
    QString keyFile() const { return dir + QStringLiteral("/key.pem"); }
    QString serverLog() const { return dir + QStringLiteral("/server.log"); }

    // The environment smsotp-cli and smsotp-server get: the store's passphrase and database password.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SMSOTP_STORE"), url);
        env.insert(QStringLiteral("SMSOTP_PASSPHRASE"), passphrase());
        env.insert(QStringLiteral("SMSOTP_DB_PASSWORD"), TestStores::postgresPassword());
        return env;
    }

    bool prepare(TestStores& stores, const QString& dialect, int users)
    {
        std::unique_ptr<Store> store = stores.openFresh(dialect);
        if (!store)
            return false;
        url = store->url().toString();
        Result<StoreKey> key = StoreKeyVault(*store).create(passphrase(), QStringLiteral("bench"));
        if (!key)
            return false;
        SystemClock clock;
        OtpService service(*store, &key.value(), clock);
        for (int i = 0; i < users; ++i)
            if (!service
                     .registerAuthenticator(QStringLiteral("user%1").arg(i), phoneOf(i), {},
                                            {QStringLiteral("bench"), false})
                     .ok)
                return false;
        store.reset();
        QString created;
        if (!run(QStringLiteral(SMSOTP_CLI_PATH),
                 {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("gateway.type=devFile"),
                  QStringLiteral("gateway.filePath=") + outbox(), QStringLiteral("spamProtection.enabled=false")}) ||
            !run(QStringLiteral(SMSOTP_CLI_PATH),
                 {QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("bench"),
                  QStringLiteral("--scope"), QStringLiteral("otp:request,otp:verify")},
                 &created))
            return false;
        static const QRegularExpression word(QStringLiteral("[A-Za-z0-9_.~+/=-]{24,}"));
        for (auto it = word.globalMatch(created); it.hasNext();)
            token = it.next().captured().toLatin1();
        return !token.isEmpty() &&
               run(QStringLiteral("openssl"),
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyFile(), QStringLiteral("-out"), certFile(),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=localhost")});
    }

    // Until the server's log says it started; false when it ended or the time ran out.
    bool waitStarted(QProcess& server, int timeoutMs) const
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            QFile log(serverLog());
            if (log.open(QIODevice::ReadOnly) && log.readAll().contains(" started "))
                return true;
            if (server.state() == QProcess::NotRunning)
                return false;
            server.waitForFinished(100);
        }
        return false;
    }

private:
    bool run(const QString& program, const QStringList& args, QString* out = nullptr) const
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(program, args);
        const bool ok = p.waitForFinished(600000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        if (!ok)
            std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
        return ok;
    }
};
