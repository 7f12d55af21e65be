#include "passwordkeyring.h"

#include "databaselocation.h"

#include <qt6keychain/keychain.h>


using namespace Rapport;

namespace {

// No fallback to a plain-text file: a password Rapport keeps is in a keyring or nowhere.
template<typename Job>
Job *newJob(const QString &location)
{
    auto *job = new Job(PasswordKeyring::service());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(PasswordKeyring::key(location));
    return job;
}

} // namespace

QString PasswordKeyring::service()
{
    return QStringLiteral("Rapport");
}

QString PasswordKeyring::key(const QString &location)
{
    return DatabaseLocation::parse(location).toString();
}

void PasswordKeyring::read(const QString &location, QObject *context,
                           const std::function<void(const QString &, const QString &)> &done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(location);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done] {
        if (job->error() == QKeychain::NoError)
            done(job->textData(), QString());
        else
            done(QString(), job->errorString());
    });
    job->start();
}

void PasswordKeyring::write(const QString &location, const QString &password, QObject *context,
                            const std::function<void(const QString &)> &done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(location);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done] {
        done(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

void PasswordKeyring::remove(const QString &location)
{
    newJob<QKeychain::DeletePasswordJob>(location)->start();
}
