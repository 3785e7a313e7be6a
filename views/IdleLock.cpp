#include "IdleLock.h"

#include "engine/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace {
const QString kMinutesKey = QStringLiteral("lock/idleMinutes");
// How often the time since the last input is compared with the limit: a lock at most this late.
const int kCheckIntervalMs = 10 * 1000;
} // namespace

int IdleLock::savedMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(kMinutesKey, kDefaultMinutes).toInt(&ok);
    // A hand-edited configuration file with nonsense in it locks at the default rather than never.
    return ok && minutes >= 0 && minutes <= kMaximumMinutes ? minutes : kDefaultMinutes;
}

void IdleLock::saveMinutes(int minutes)
{
    QSettings().setValue(kMinutesKey, std::clamp(minutes, 0, kMaximumMinutes));
}

IdleLock::IdleLock(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(&clock)
    , m_timer(new QTimer(this))
    , m_lastInput(clock.now())
    , m_minutes(savedMinutes())
{
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::check);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setClock(const Clock& clock)
{
    m_clock = &clock;
    noteActivity();
}

void IdleLock::setMinutes(int minutes)
{
    m_minutes = std::clamp(minutes, 0, kMaximumMinutes);
    noteActivity();
    setArmed(m_armed);
}

void IdleLock::setArmed(bool armed)
{
    if (armed && !m_armed)
        noteActivity();
    m_armed = armed;
    if (m_armed && m_minutes > 0)
        m_timer->start();
    else
        m_timer->stop();
}

void IdleLock::noteActivity()
{
    m_lastInput = m_clock->now();
}

bool IdleLock::check()
{
    if (!m_armed || m_minutes <= 0)
        return false;
    if (m_lastInput.secsTo(m_clock->now()) < qint64(m_minutes) * 60)
        return false;
    // Disarmed before anyone hears it, so a slot that opens a dialog cannot fire it twice.
    setArmed(false);
    Q_EMIT idle(m_minutes);
    return true;
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    if (isUserInput(event))
        m_lastInput = m_clock->now();
    return QObject::eventFilter(watched, event);
}

bool IdleLock::isUserInput(const QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}
