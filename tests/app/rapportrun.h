#pragma once

// Running the rapport executable (RAPPORT_EXECUTABLE) as a user would from a shell: no display
// of any kind (the batch commands must not need one) and a home folder of the test's own, so the
// owner's real data stays out of reach whatever the command does.

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace TestSupport {

struct RapportRun
{
    bool finished = false;
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;

    /** Finished on its own, without crashing. */
    bool normalExit() const { return finished && exitStatus == QProcess::NormalExit; }

    /** Why the run is not what a test expects, for failure messages. */
    QString summary() const
    {
        return QStringLiteral("finished %1, exit code %2, %3\nstdout: %4\nstderr: %5")
            .arg(finished ? QStringLiteral("yes") : QStringLiteral("no"))
            .arg(exitCode)
            .arg(exitStatus == QProcess::NormalExit ? QStringLiteral("normal exit") : QStringLiteral("crashed"), out, err);
    }

    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

/** Runs rapport with @p arguments in the home folder @p home; the variables in @p unset are left out. */
inline RapportRun runRapport(const QStringList &arguments, const QTemporaryDir &home, const QStringList &unset = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM")})
        environment.remove(name);
    for (const QString &name : unset)
        environment.remove(name);
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RAPPORT_EXECUTABLE), arguments);
    RapportRun result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString();
        return result;
    }
    result.finished = process.waitForFinished(120000);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

} // namespace TestSupport
