#include "singleinstance.h"

#include <QDataStream>
#include <QEventLoop>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Rapport {

namespace {

// Bumped when the message changes, so that an older Rapport's request is not misread.
constexpr quint32 ProtocolVersion = 1;
constexpr char Acknowledgement = 'K';

QByteArray encode(const SingleInstance::Request &request)
{
    QByteArray data;
    QDataStream stream(&data, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << ProtocolVersion << request.files << request.clientId;
    return data;
}

} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{
}

QString SingleInstance::defaultServerName()
{
#ifdef Q_OS_UNIX
    // In the user's runtime folder (mode 0700) rather than /tmp, where another user could take the name first.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QString name = QStringLiteral("rapport-") + QString::number(::getuid());
    return runtime.isEmpty() ? name : runtime + QLatin1Char('/') + name;
#else
    return QStringLiteral("rapport-") + qEnvironmentVariable("USERNAME");
#endif
}

bool SingleInstance::handOver(const Request &request, int timeoutMs)
{
    QLocalSocket socket;
    QEventLoop loop;
    bool acknowledged = false;
    connect(&socket, &QLocalSocket::connected, &loop, [&] {
        QDataStream stream(&socket);
        stream.setVersion(QDataStream::Qt_6_4);
        stream << encode(request);
    });
    connect(&socket, &QLocalSocket::readyRead, &loop, [&] {
        char answer = 0;
        acknowledged = socket.getChar(&answer) && answer == Acknowledgement;
        loop.quit();
    });
    connect(&socket, &QLocalSocket::errorOccurred, &loop, &QEventLoop::quit);
    connect(&socket, &QLocalSocket::disconnected, &loop, &QEventLoop::quit);
    // An event loop rather than waitFor...(): the running instance may live in this very thread.
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToServer(m_serverName);
    if (socket.state() != QLocalSocket::UnconnectedState)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    socket.abort();
    return acknowledged;
}

bool SingleInstance::listen()
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    }
    if (m_server->isListening())
        return true;
    // A running Rapport keeps its name: with UserAccessOption, listen() would replace its socket file.
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    if (probe.waitForConnected(1000))
        return false;
    if (m_server->listen(m_serverName))
        return true;
    // A Rapport that crashed leaves its socket file behind, and nobody answers on it.
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        QLocalServer::removeServer(m_serverName);
        return m_server->listen(m_serverName);
    }
    return false;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QDataStream stream(socket);
            stream.setVersion(QDataStream::Qt_6_4);
            stream.startTransaction();
            QByteArray data;
            stream >> data;
            if (!stream.commitTransaction())
                return;
            QDataStream message(data);
            message.setVersion(QDataStream::Qt_6_4);
            quint32 version = 0;
            Request request;
            message >> version >> request.files >> request.clientId;
            if (message.status() != QDataStream::Ok || version != ProtocolVersion) {
                socket->abort();
                return;
            }
            socket->putChar(Acknowledgement);
            socket->flush();
            // Acknowledged first: the request may open a dialog, and the other Rapport need not wait for it.
            const QPointer<QLocalSocket> guard(socket);
            Q_EMIT requested(request);
            if (guard)
                guard->disconnectFromServer();
        });
    }
}

} // namespace Rapport
