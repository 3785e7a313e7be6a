#pragma once

#include <QDateTime>
#include <QObject>

class Clock;
class QTimer;

// Watches for the minutes without keyboard or mouse input after which the console locks itself
// (issue 15, the SMSAPI guide's session length). An application event filter notes every user
// input to any window of the console; a coarse timer compares the time since then with the limit
// on the injected Clock, so tests drive it with a ManualClock and check() instead of sleeping.
class IdleLock : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultMinutes = 15;
    static constexpr int kMaximumMinutes = 24 * 60;

    // The preference of this computer (QSettings): minutes without input, 0 = never lock.
    static int savedMinutes();
    static void saveMinutes(int minutes);

    explicit IdleLock(const Clock& clock, QObject* parent = nullptr);
    ~IdleLock() override;

    // Tests put a ManualClock here; the activity seen so far counts from now on its time.
    void setClock(const Clock& clock);
    int minutes() const { return m_minutes; }
    void setMinutes(int minutes);
    // Only an armed watch fires: a store with a key is open and the console is not locked.
    void setArmed(bool armed);
    bool isArmed() const { return m_armed; }
    // Counts as input (a store just opened, the console just unlocked).
    void noteActivity();
    // Fires idle() when armed and the limit has passed since the last input; true when it fired.
    bool check();

Q_SIGNALS:
    void idle(int minutes);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static bool isUserInput(const QEvent* event);

    const Clock* m_clock;
    QTimer* m_timer;
    QDateTime m_lastInput;
    int m_minutes = kDefaultMinutes;
    bool m_armed = false;
};
