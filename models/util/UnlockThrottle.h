#pragma once

#include <QDateTime>
#include <QString>

class Clock;

// Slows down guessing of a store's passphrase in the console (the lock screen, the Unlock Store
// Key dialog, Change Store Passphrase). kFreeTries tries cost nothing but scrypt; the third wrong
// passphrase in a row, and each one after it, starts a pause before the next try: 5 s, then twice
// as long each time, at most 5 min. Only a successful unlock resets the count.
//
// The count is kept per store in this computer's QSettings (`unlockThrottle/<store uuid>`), so
// quitting and restarting the console does not give a guesser new free tries, and two consoles
// of one user on one computer add up. A person who can edit their own settings file can clear
// it: the passphrase's strength and scrypt stay the real protection; this only takes away speed.
class UnlockThrottle {
public:
    static constexpr int kFreeTries = 3;
    static constexpr int kFirstPauseSeconds = 5;
    static constexpr int kLongestPauseSeconds = 300;

    explicit UnlockThrottle(const Clock& clock);

    // Tests move time with a ManualClock (kept by the caller).
    void setClock(const Clock& clock) { m_clock = &clock; }
    // Follows the count of the store with this UUID from now on (read from QSettings, kept there);
    // an empty UUID: no store, nothing kept, nothing paused.
    void setStore(const QString& storeUuid);

    // Wrong passphrases since the last successful unlock.
    int wrongInARow() const { return m_wrong; }
    // Whole seconds until the next try is allowed, rounded up; 0: a try is allowed now.
    int secondsLeft() const;
    bool mayTry() const { return secondsLeft() == 0; }
    // Counts a wrong passphrase; returns the pause it starts, in seconds (0: still a free try).
    int noteWrong();
    // The passphrase (or the keychain) unlocked the key: the count starts again.
    void noteSuccess();

    // The pause after `wrongInARow` wrong passphrases: 0 for the free ones, then 5, 10, 20 … 300.
    static int pauseAfter(int wrongInARow);

private:
    QString settingsGroup() const;
    void load();
    void save() const;

    const Clock* m_clock;
    QString m_storeUuid;
    int m_wrong = 0;
    mutable QDateTime m_until; // invalid: no pause; brought back within the cap when read
};
