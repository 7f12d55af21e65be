#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Rapport {

/**
 * Keeps Rapport to one window per user: the first instance listens on a local socket, a second
 * one hands its request (the files to import, the client to select) over to it and exits.
 * A local socket needs no session bus, so this works where D-Bus is not running.
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /** What a second instance asks the running one to do; an empty request only raises the window. */
    struct Request {
        QStringList files;  ///< absolute paths of CSV or vCard files to import, in order
        qint64 clientId = 0; ///< the client to select, 0 for none

        bool operator==(const Request &other) const { return files == other.files && clientId == other.clientId; }
    };

    /** The instance on @p serverName, by default the one of the user running Rapport. */
    explicit SingleInstance(const QString &serverName = defaultServerName(), QObject *parent = nullptr);

    /** The local socket of the current user, in their runtime folder: different users never meet. */
    static QString defaultServerName();

    QString serverName() const { return m_serverName; }

    /**
     * Second instance: sends @p request to the running instance and waits (at most
     * @p timeoutMs) for its acknowledgement. False when no instance answers.
     */
    bool handOver(const Request &request, int timeoutMs = 5000);

    /**
     * First instance: accepts requests from now on. A socket file left behind by a Rapport that
     * did not end cleanly is removed. False when the socket cannot be created.
     */
    bool listen();

    bool isListening() const;

Q_SIGNALS:
    /** Emitted when a second instance handed over @p request (after acknowledging it). */
    void requested(const Rapport::SingleInstance::Request &request);

private:
    void onNewConnection();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace Rapport
