#include "SpamGuard.h"

#include "Clock.h"
#include "domain/EventCode.h"
#include "store/EventLog.h"
#include "store/RowLoop.h"
#include "store/Store.h"

namespace {

constexpr qint64 kKeepSeconds = SpamProtectionSettings::kMaxWindowSeconds;

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// The parameters of "sending resumed" because the success percent recovered.
QJsonObject recovered(int percent)
{
    return {{QStringLiteral("reason"), QStringLiteral("recovered")}, {QStringLiteral("percent"), percent}};
}

} // namespace

SpamGuard::SpamGuard(Store& store, const Clock& clock)
    : m_store(store)
    , m_clock(clock)
{
}

QString SpamGuard::suspendedMessage()
{
    return tr("Potential spam attack detected");
}

Result<SpamGuard::State> SpamGuard::lockState()
{
    State state;
    // sql: the column name and the row lock are constants of the code; values are bound.
    Store::Prepared prepared =
        m_store.prepared(QStringLiteral("SELECT suspended_at, suspended_until FROM spam_state WHERE id = 1") +
                         m_store.dialect().rowLock());
    QSqlQuery& q = *prepared;
    const Status s = m_store.exec(q, tr("Reading the spam protection state"));
    if (!s)
        return Result<State>::failure(s.error());
    const Result<bool> found = RowLoop::first(q, tr("Reading the spam protection state"));
    if (!found)
        return Result<State>::failure(found.error());
    if (found.value()) {
        state.suspendedAt = fromMs(q.value(0));
        state.suspendedUntil = fromMs(q.value(1));
        state.suspended = state.suspendedUntil.isValid();
    }
    return state;
}

Status SpamGuard::readCounts(const SpamProtectionSettings& settings, State& state)
{
    const qint64 nowSecond = m_clock.nowMs() / 1000;
    Store::Prepared prepared =
        m_store.prepared(QStringLiteral("SELECT coalesce(sum(sent), 0), coalesce(sum(succeeded), 0) FROM send_stats "
                                        "WHERE second > ? AND second <= ?"));
    QSqlQuery& q = *prepared;
    q.addBindValue(nowSecond - settings.windowSeconds);
    q.addBindValue(nowSecond);
    const Status s = m_store.exec(q, tr("Reading the spam protection counters"));
    if (!s)
        return s;
    const Result<bool> found = RowLoop::first(q, tr("Reading the spam protection counters"));
    if (!found)
        return Status::failure(found.error());
    if (found.value()) {
        state.sent = q.value(0).toLongLong();
        state.succeeded = q.value(1).toLongLong();
    }
    return {};
}

Result<SpamGuard::State> SpamGuard::state(const SpamProtectionSettings& settings)
{
    Result<State> state = lockState();
    if (state) {
        const Status s = readCounts(settings, state.value());
        if (!s)
            return Result<State>::failure(s.error());
    }
    return state;
}

Status SpamGuard::bump(const char* column)
{
    const qint64 nowSecond = m_clock.nowMs() / 1000;
    // Parsed once per connection: this runs for every message sent and every success.
    // sql: the column name is a constant of the code; values are bound.
    Store::Prepared update = m_store.prepared(
        QStringLiteral("UPDATE send_stats SET %1 = %1 + 1 WHERE second = ?").arg(QLatin1String(column)));
    update->addBindValue(nowSecond);
    Status s = m_store.exec(*update, tr("Counting messages"));
    if (s && update->numRowsAffected() == 0) {
        // The state row is locked, so no other server inserts this second meanwhile.
        // sql: the column name is a constant of the code; values are bound.
        Store::Prepared insert = m_store.prepared(
            QStringLiteral("INSERT INTO send_stats (second, %1) VALUES (?, 1)").arg(QLatin1String(column)));
        insert->addBindValue(nowSecond);
        s = m_store.exec(*insert, tr("Counting messages"));
        // Pruning once per new second keeps the table small without a delete per message.
        if (s) {
            Store::Prepared prune = m_store.prepared(QStringLiteral("DELETE FROM send_stats WHERE second < ?"));
            prune->addBindValue(nowSecond - kKeepSeconds);
            s = m_store.exec(*prune, tr("Pruning message counters"));
        }
    }
    return s;
}

Status SpamGuard::setSuspended(const QDateTime& at, const QDateTime& until)
{
    QSqlQuery q = m_store.query();
    q.prepare(QStringLiteral("UPDATE spam_state SET suspended_at = ?, suspended_until = ? WHERE id = 1"));
    q.addBindValue(at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(until.isValid() ? QVariant(until.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong)));
    return m_store.exec(q, tr("Saving the spam protection state"));
}

Status SpamGuard::resume(const QString& why, const QJsonObject& params)
{
    Status s = setSuspended({}, {});
    if (s)
        s = EventLog(m_store).append(EventCode::SendingResumed, tr("Sending resumed: %1").arg(why), params);
    return s;
}

Result<bool> SpamGuard::allowsSending(const SpamProtectionSettings& settings)
{
    Result<State> state = lockState();
    if (!state)
        return Result<bool>::failure(state.error());
    if (!state->suspended)
        return true;
    Status s = readCounts(settings, state.value());
    if (!s)
        return Result<bool>::failure(s.error());
    if (!settings.enabled)
        s = resume(tr("spam protection was turned off"), {{QStringLiteral("reason"), QStringLiteral("off")}});
    else if (m_clock.now() >= state->suspendedUntil)
        s = resume(
            tr("the suspension of %n second(s) has passed", nullptr, settings.windowSeconds),
            {{QStringLiteral("reason"), QStringLiteral("time")}, {QStringLiteral("seconds"), settings.windowSeconds}});
    else if (state->sent > 0 && state->successPercent() >= settings.minSuccessPercent)
        s = resume(tr("%1% of the messages in the window led to a sign-in").arg(state->successPercent()),
                   recovered(state->successPercent()));
    else
        return false;
    if (!s)
        return Result<bool>::failure(s.error());
    return true;
}

Status SpamGuard::recordSent(const SpamProtectionSettings& settings)
{
    Result<State> state = lockState();
    if (!state)
        return Status::failure(state.error());
    Status s = bump("sent");
    if (!s || !settings.enabled || state->suspended)
        return s;
    s = readCounts(settings, state.value()); // this message included
    if (!s)
        return s;
    const qint64 sent = state->sent;
    const qint64 succeeded = state->succeeded;
    // Integer arithmetic: succeeded/sent < min% without rounding surprises.
    if (sent > settings.thresholdMessages && succeeded * 100 < qint64(settings.minSuccessPercent) * sent) {
        const QDateTime now = m_clock.now();
        s = setSuspended(now, now.addSecs(settings.windowSeconds));
        if (s)
            s = EventLog(m_store).append(
                EventCode::SpamSuspended,
                tr("Potential spam attack detected. Sending suspended. %1 messages in %2 s, %3 successful sign-ins "
                   "(%4%, minimum %5%); suspended for %2 s.")
                    .arg(sent)
                    .arg(settings.windowSeconds)
                    .arg(succeeded)
                    .arg(succeeded * 100 / sent)
                    .arg(settings.minSuccessPercent),
                QJsonObject{{QStringLiteral("sent"), sent},
                            {QStringLiteral("seconds"), settings.windowSeconds},
                            {QStringLiteral("succeeded"), succeeded},
                            {QStringLiteral("percent"), succeeded * 100 / sent},
                            {QStringLiteral("minimum"), settings.minSuccessPercent}});
    }
    return s;
}

Status SpamGuard::recordSuccess(const SpamProtectionSettings& settings)
{
    Result<State> state = lockState();
    if (!state)
        return Status::failure(state.error());
    Status s = bump("succeeded");
    if (!s || !state->suspended || !settings.enabled)
        return s;
    s = readCounts(settings, state.value()); // this success included
    if (!s)
        return s;
    const State& after = state.value();
    if (after.sent > 0 && after.successPercent() >= settings.minSuccessPercent)
        s = resume(tr("%1% of the messages in the window led to a sign-in").arg(after.successPercent()),
                   recovered(after.successPercent()));
    return s;
}
