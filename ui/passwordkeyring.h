#pragma once

#include <QString>

#include <functional>

class QObject;

/**
 * Server passwords in the desktop's keyring (GNOME Keyring, KWallet) through QtKeychain, under
 * the service "Rapport" with the server address without its password as the key. Never in
 * QSettings: where no keyring answers, nothing is kept and a read finds nothing.
 * Every call returns at once; the answer comes later, on @p context's thread, unless
 * @p context is gone by then.
 */
class PasswordKeyring
{
public:
    /** The keyring's service name for Rapport's passwords. */
    static QString service();
    /** The key a server's password is kept under: @p location without a password. */
    static QString key(const QString &location);

    /** Calls @p done with the kept password for @p location, or with an empty one and why there is none. */
    static void read(const QString &location, QObject *context,
                     const std::function<void(const QString &password, const QString &error)> &done);
    /** Keeps @p password for @p location; @p done gets an empty string, or why it could not. */
    static void write(const QString &location, const QString &password, QObject *context,
                      const std::function<void(const QString &error)> &done);
    /** Forgets the password kept for @p location, if any. */
    static void remove(const QString &location);
};
