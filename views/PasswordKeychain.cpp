#include "PasswordKeychain.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

void PasswordKeychain::read(const QString& key, QObject* context,
                            std::function<void(const QString& password, const QString& error)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(service());
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)]() {
        if (job->error() == QKeychain::NoError)
            done(job->textData(), {});
        else if (job->error() == QKeychain::EntryNotFound)
            done({}, {});
        else
            done({}, job->errorString());
    });
    job->start();
}

void PasswordKeychain::write(const QString& key, const QString& password, QObject* context,
                             std::function<void(const QString& error)> done)
{
    auto* job = new QKeychain::WritePasswordJob(service());
    job->setKey(key);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)]() {
        done(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

void PasswordKeychain::remove(const QString& key, QObject* context, std::function<void(const QString& error)> done)
{
    auto* job = new QKeychain::DeletePasswordJob(service());
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)]() {
        const bool fine = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(fine ? QString() : job->errorString());
    });
    job->start();
}
