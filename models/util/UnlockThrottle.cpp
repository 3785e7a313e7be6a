#include "UnlockThrottle.h"

#include "engine/Clock.h"

#include <QSettings>

#include <algorithm>

namespace {
const QString kGroup = QStringLiteral("unlockThrottle/");
const QString kWrong = QStringLiteral("/wrongInARow");
const QString kUntil = QStringLiteral("/pausedUntil");
} // namespace

UnlockThrottle::UnlockThrottle(const Clock& clock)
    : m_clock(&clock)
{
}

void UnlockThrottle::setStore(const QString& storeUuid)
{
    m_storeUuid = storeUuid;
    load();
}

int UnlockThrottle::pauseAfter(int wrongInARow)
{
    if (wrongInARow < kFreeTries)
        return 0;
    // Doubling from the first pause; the shift stops long before it could overflow.
    const int doublings = std::min(wrongInARow - kFreeTries, 16);
    return std::min(kFirstPauseSeconds << doublings, kLongestPauseSeconds);
}

int UnlockThrottle::secondsLeft() const
{
    if (!m_until.isValid())
        return 0;
    const qint64 ms = m_clock->now().msecsTo(m_until);
    if (ms <= 0)
        return 0;
    // A clock set back (or a settings file edited to the far future) never pauses longer than the
    // cap from now, and the countdown then runs down as usual.
    if (ms > qint64(kLongestPauseSeconds) * 1000) {
        m_until = m_clock->now().addSecs(kLongestPauseSeconds);
        return kLongestPauseSeconds;
    }
    return static_cast<int>((ms + 999) / 1000);
}

int UnlockThrottle::noteWrong()
{
    // Another console of this user may have counted meanwhile: continue from the larger count.
    const int before = m_wrong;
    load();
    m_wrong = std::max(m_wrong, before) + 1;
    const int pause = pauseAfter(m_wrong);
    m_until = pause > 0 ? m_clock->now().addSecs(pause) : QDateTime();
    save();
    return pause;
}

void UnlockThrottle::noteSuccess()
{
    m_wrong = 0;
    m_until = QDateTime();
    if (!m_storeUuid.isEmpty())
        QSettings().remove(kGroup + m_storeUuid);
}

void UnlockThrottle::load()
{
    m_wrong = 0;
    m_until = QDateTime();
    if (m_storeUuid.isEmpty())
        return;
    const QSettings settings;
    bool ok = false;
    const int wrong = settings.value(kGroup + m_storeUuid + kWrong).toInt(&ok);
    if (ok && wrong > 0)
        m_wrong = std::min(wrong, 1000);
    const QDateTime until =
        QDateTime::fromString(settings.value(kGroup + m_storeUuid + kUntil).toString(), Qt::ISODate);
    if (until.isValid())
        m_until = until;
    // A count without its pause (a damaged entry) still pauses: fail closed.
    else if (pauseAfter(m_wrong) > 0)
        m_until = m_clock->now().addSecs(pauseAfter(m_wrong));
}

void UnlockThrottle::save() const
{
    if (m_storeUuid.isEmpty())
        return;
    QSettings settings;
    settings.setValue(kGroup + m_storeUuid + kWrong, m_wrong);
    if (m_until.isValid())
        settings.setValue(kGroup + m_storeUuid + kUntil, m_until.toUTC().toString(Qt::ISODateWithMs));
    else
        settings.remove(kGroup + m_storeUuid + kUntil);
}
