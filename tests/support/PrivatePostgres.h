#pragma once

#include <QString>
#include <QTemporaryDir>

// A PostgreSQL server of the test's own on 127.0.0.1, for tests that stop and start the server
// under an open store (the shared one from scripts/test must stay up for the other tests). It
// uses the server binaries scripts/test found (PG_THROWAWAY_BIN) and runs them as the user
// postgres when the test runs as root, as scripts/pg-throwaway does. Stopped and removed when
// the instance goes away.
class PrivatePostgres {
public:
    PrivatePostgres() = default;
    ~PrivatePostgres();
    PrivatePostgres(const PrivatePostgres&) = delete;
    PrivatePostgres& operator=(const PrivatePostgres&) = delete;

    // Whether the binaries are here (the test skips without them unless SMSOTP_REQUIRE_PG is set).
    static bool available();
    // Makes the cluster with a login role and its database, and starts it. Empty on success,
    // else what failed.
    QString start();
    QString stop();
    QString restart(); // start again after stop(), same port and data
    bool running() const { return m_running; }
    // The store URL of the role's database, and its password.
    QString url() const;
    static QString password() { return QStringLiteral("smsotp-private"); }

private:
    QString run(const QString& program, const QStringList& arguments) const;
    QString binary(const QString& name) const;

    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_running = false;
};
