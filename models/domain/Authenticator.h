#pragma once

#include <QDateTime>
#include <QString>

// One user's Storage SMS OTP authenticator as the help desk sees it. The phone number itself
// stays encrypted in the store; only its mask is here.
struct Authenticator {
    enum class BlockState { None = 0, UntilTime = 1, UntilUnblock = 2 };

    qint64 id = 0;
    QString login;
    QString displayName;
    QString phoneMask; // "+7 *** *** 45 67"
    QString comment;
    QDateTime registeredAt;
    bool useDenied = false;
    int failedCount = 0;
    QDateTime lastFailureAt;
    QDateTime lastSuccessAt;
    BlockState blockState = BlockState::None;
    QDateTime blockedUntil;

    // Blocked at `now`, taking an elapsed unblock time into account.
    bool isBlockedAt(const QDateTime& now) const
    {
        return blockState == BlockState::UntilUnblock ||
               (blockState == BlockState::UntilTime && blockedUntil.isValid() && now < blockedUntil);
    }
};
