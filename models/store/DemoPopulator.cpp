#include "DemoPopulator.h"

#include "AuthenticatorRepository.h"
#include "EventLog.h"
#include "Store.h"
#include "crypto/StoreKey.h"
#include "domain/EventCode.h"
#include "domain/EventText.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <random>

namespace {

constexpr int kEventColumns = 8;

// The parameters the engine writes with a block, so demo events read in the console's language
// too; `until` 0: until a help-desk unblock.
QVariant blockedParams(qint64 until)
{
    const QDateTime end = until ? QDateTime::fromMSecsSinceEpoch(until, Qt::UTC) : QDateTime();
    return EventLog::paramsText(EventText::blockedParams(5, end));
}

// Names of the four languages the console speaks (Russian and Estonian transliterated, as
// logins are), so screenshots look like a real directory in any of them.
const char* const kGiven[] = {
    "anna",  "erik", "maria",  "lars",   "ingrid", "olof",    "karin",  "nils",   "elin",   "johan",
    "ivan",  "olga", "dmitry", "elena",  "sergey", "natalia", "pavel",  "irina",  "alexei", "tatiana",
    "mari",  "jaan", "kadri",  "toomas", "liis",   "mart",    "kersti", "andres", "piret",  "rein",
    "james", "emma", "oliver", "sophie", "thomas", "grace",   "daniel", "chloe",  "samuel", "lucy",
};
const char* const kFamily[] = {
    "lindqvist", "andersson", "johansson", "karlsson", "nilsson",  "eriksson", "larsson", "berg",
    "ivanov",    "smirnov",   "kuznetsov", "popov",    "sokolov",  "lebedev",  "kozlov",  "novikov",
    "tamm",      "saar",      "sepp",      "magi",     "kask",     "kukk",     "rebane",  "ilves",
    "smith",     "jones",     "taylor",    "brown",    "williams", "wilson",   "evans",   "thomas",
};
const char* const kComments[] = {
    "",
    "",
    "",
    "",
    "",
    "Sales, Tartu office",
    "VPN only",
    "Contractor",
    "Finance",
    "Service desk",
    "Works from home",
    "Second phone in the drawer",
    "Warehouse, night shift",
};

template <typename T, size_t N> constexpr size_t count(T (&)[N])
{
    return N;
}

QString capitalised(const char* word)
{
    QString s = QString::fromLatin1(word);
    s[0] = s[0].toUpper();
    return s;
}

} // namespace

DemoPopulator::DemoPopulator(Store& store, const StoreKey& key, PhoneFormatSettings phoneFormat)
    : m_store(store)
    , m_key(key)
    , m_phoneFormat(std::move(phoneFormat))
{
}

Result<DemoPopulator::Report> DemoPopulator::run(const Options& options, const Progress& progress)
{
    using R = Result<Report>;
    if (options.users <= 0)
        return R::failure(tr("The number of users must be at least 1."));
    if (options.blockedPercent < 0 || options.blockedPercent > 100)
        return R::failure(tr("The blocked percentage must be between 0 and 100."));
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 day = 24LL * 3600 * 1000;

    // Numbers continue after the rows already there, so a second run adds new logins.
    qint64 base = 0;
    {
        QSqlQuery q = m_store.query();
        if (!q.exec(QStringLiteral("SELECT max(id) FROM authenticators")))
            return R::failure(tr("Reading the authenticators failed: %1").arg(q.lastError().text()));
        if (q.next())
            base = q.value(0).toLongLong();
    }

    std::mt19937_64 random(options.seed + quint64(base));
    const auto uniform = [&](qint64 below) {
        return qint64(random() % quint64(std::max<qint64>(1, below)));
    };
    AuthenticatorRepository repo(m_store, &m_key);
    const int digits = std::max(1, m_phoneFormat.length - int(m_phoneFormat.prefix.size()));
    const bool russian = m_phoneFormat.prefix == QLatin1String("+7");

    // Qt's SQLite driver asks the name of every parameter, which costs SQLite a scan of all of
    // them: a statement's cost grows with the square of its parameters, so SQLite gets short ones.
    const int perStatement =
        std::clamp(options.rowsPerStatement, 1, m_store.url().dialect() == StoreUrl::Dialect::Sqlite ? 40 : 2000);
    const QString authenticatorRow = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QString stateRow = QStringLiteral("((SELECT id FROM authenticators WHERE login_key = ?), ?, ?, ?, ?, ?, ?)");
    const QString eventRow = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)");
    const auto insertSql = [](const QString& head, const QString& row, int rows, const QString& tail) -> QString {
        QStringList values;
        values.reserve(rows);
        for (int i = 0; i < rows; ++i)
            values << row;
        return head + values.join(QStringLiteral(", ")) + tail;
    };
    const QString authenticatorHead = QStringLiteral(
        "INSERT INTO authenticators (login, login_key, display_name, phone_cipher, phone_hash, phone_mask, comment, "
        "registered_at, use_denied) VALUES ");
    // Standard SQL upsert, the same on SQLite (3.24+) and PostgreSQL: an existing login is kept,
    // and so is its state.
    const QString authenticatorTail = QStringLiteral(" ON CONFLICT (login_key) DO NOTHING");
    const QString stateHead =
        QStringLiteral("INSERT INTO authenticator_state (authenticator_id, login_key, failed_count, last_failure_at, "
                       "last_success_at, block_state, blocked_until) VALUES ");
    const QString stateTail = QStringLiteral(" ON CONFLICT (authenticator_id) DO NOTHING");
    const QString eventHead = QStringLiteral(
        "INSERT INTO events (at, code, severity, account, client_address, actor, message, params) VALUES ");
    const QVariant noTime{QMetaType(QMetaType::LongLong)}; // braces: clang reads parentheses as a function
    const QVariant noParams = EventLog::paramsText({});    // the code says it all (EventText)

    // Eight indexes take random inserts; SQLite's default 2 MB page cache would make each one a
    // read from disk. A bigger cache for this connection only, while it populates.
    const bool sqlite = m_store.url().dialect() == StoreUrl::Dialect::Sqlite;
    if (sqlite)
        m_store.exec(QStringLiteral("PRAGMA cache_size = -262144"), tr("Preparing the store"));

    Report report;
    qint64 made = 0;
    while (made < options.users) {
        const qint64 inTransaction = std::min<qint64>(options.rowsPerTransaction, options.users - made);
        Report batch;
        const Status s = m_store.transaction([&]() -> Status {
            // Prepared once per transaction and reused for every full batch.
            QSqlQuery fullUsers = m_store.query();
            fullUsers.prepare(insertSql(authenticatorHead, authenticatorRow, perStatement, authenticatorTail));
            QSqlQuery fullStates = m_store.query();
            fullStates.prepare(insertSql(stateHead, stateRow, perStatement, stateTail));
            QSqlQuery fullEvents = m_store.query();
            fullEvents.prepare(insertSql(eventHead, eventRow, perStatement, {}));
            QVariantList users, states, events;
            qint64 done = 0;
            int eventRows = 0;
            // One multi-row INSERT of `rows` rows: the statement prepared above when it is full
            // size, a shorter one for the rest.
            const auto insert = [&](QSqlQuery& full, const QString& head, const QString& row, const QString& tail,
                                    int rows, const QVariantList& values, const QString& what) -> Result<int> {
                QSqlQuery partial = m_store.query();
                if (rows != perStatement)
                    partial.prepare(insertSql(head, row, rows, tail));
                QSqlQuery& q = rows == perStatement ? full : partial;
                for (const QVariant& v : values)
                    q.addBindValue(v);
                const Status st = m_store.exec(q, what);
                if (!st)
                    return Result<int>::failure(st.error());
                return q.numRowsAffected();
            };
            const auto flushEvents = [&](bool all) -> Status {
                while (eventRows >= perStatement || (all && eventRows > 0)) {
                    const int rows = std::min(eventRows, perStatement);
                    const Result<int> written = insert(fullEvents, eventHead, eventRow, {}, rows,
                                                       events.mid(0, rows * kEventColumns), tr("Writing demo events"));
                    if (!written)
                        return Status::failure(written.error());
                    events.erase(events.begin(), events.begin() + rows * kEventColumns);
                    eventRows -= rows;
                    batch.events += rows;
                }
                return {};
            };
            while (done < inTransaction) {
                const int rows = int(std::min<qint64>(perStatement, inTransaction - done));
                users.clear();
                users.reserve(rows * 9);
                states.clear();
                states.reserve(rows * 7);
                for (int i = 0; i < rows; ++i) {
                    const qint64 n = base + made + done + i + 1;
                    const char* given = kGiven[uniform(count(kGiven))];
                    const char* family = kFamily[uniform(count(kFamily))];
                    const QString login =
                        QStringLiteral("%1.%2%3").arg(QLatin1String(given), QLatin1String(family)).arg(n);
                    const QString key = AuthenticatorRepository::loginKey(login);
                    QString phone = m_phoneFormat.prefix;
                    for (int d = 0; d < digits; ++d)
                        phone += QLatin1Char(char('0' + (russian && d == 0 ? 9 : uniform(10))));
                    const qint64 registered = nowMs - uniform(730 * day);
                    const bool blocked = uniform(10000) < options.blockedPercent * 100;
                    const bool denied = !blocked && uniform(1000) < 5;
                    const bool failing = !blocked && uniform(100) < 3;
                    const bool succeeded = uniform(100) < 70;
                    const qint64 lastSuccess = succeeded ? registered + uniform(nowMs - registered) : 0;
                    const qint64 lastFailure = blocked || failing ? nowMs - uniform(3 * day) : 0;
                    const bool forever = blocked && uniform(2) == 0;
                    const qint64 until = blocked && !forever ? nowMs + 30 * 60000 + uniform(day) : 0;
                    const int failed = blocked ? 5 : failing ? int(1 + uniform(3)) : 0;
                    users << login << key << QString(capitalised(given) + QLatin1Char(' ') + capitalised(family))
                          << repo.sealPhone(key, phone) << m_key.phoneHash(phone)
                          << AuthenticatorRepository::maskPhone(phone, m_phoneFormat.prefix)
                          << QString::fromLatin1(kComments[uniform(count(kComments))]) << registered
                          << (denied ? 1 : 0);
                    states << key << key << failed << (lastFailure ? QVariant(lastFailure) : noTime)
                           << (lastSuccess ? QVariant(lastSuccess) : noTime) << (blocked ? (forever ? 2 : 1) : 0)
                           << (until ? QVariant(until) : noTime);
                    if (blocked) {
                        ++batch.blocked;
                        events
                            << lastFailure << int(EventCode::AuthenticatorBlocked) << int(Event::Severity::Warning)
                            << login
                            << QStringLiteral("10.%1.%2.%3").arg(uniform(256)).arg(uniform(256)).arg(uniform(254) + 1)
                            << QString(QLatin1String(""))
                            << (forever ? tr("blocked after 5 failed codes until a help-desk unblock")
                                        : tr("blocked after 5 failed codes until %1 UTC")
                                              .arg(QDateTime::fromMSecsSinceEpoch(until, Qt::UTC)
                                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))))
                            << blockedParams(forever ? 0 : until);
                        ++eventRows;
                    }
                    if (succeeded && uniform(100) < 15) {
                        events
                            << lastSuccess << int(EventCode::OtpVerified) << int(Event::Severity::Info) << login
                            << QStringLiteral("10.%1.%2.%3").arg(uniform(256)).arg(uniform(256)).arg(uniform(254) + 1)
                            << QString(QLatin1String("")) << tr("code accepted") << noParams;
                        ++eventRows;
                    }
                }
                const Result<int> added = insert(fullUsers, authenticatorHead, authenticatorRow, authenticatorTail,
                                                 rows, users, tr("Writing demo users"));
                if (!added)
                    return Status::failure(added.error());
                batch.users += added.value();
                const Result<int> stated =
                    insert(fullStates, stateHead, stateRow, stateTail, rows, states, tr("Writing demo users"));
                if (!stated)
                    return Status::failure(stated.error());
                done += rows;
                const Status flushed = flushEvents(false);
                if (!flushed)
                    return flushed;
            }
            return flushEvents(true);
        });
        if (!s)
            return R::failure(s.error());
        made += inTransaction;
        report.users += batch.users;
        report.blocked += batch.blocked;
        report.events += batch.events;
        if (progress && !progress(made, options.users))
            break;
    }
    // Fresh statistics (and, on PostgreSQL, the visibility map that lets count(*) read only an
    // index) so the very next query after a bulk load is planned well.
    if (m_store.url().dialect() == StoreUrl::Dialect::Postgres) {
        m_store.exec(QStringLiteral("VACUUM ANALYZE authenticators"), tr("Analysing the store"));
        m_store.exec(QStringLiteral("VACUUM ANALYZE authenticator_state"), tr("Analysing the store"));
        m_store.exec(QStringLiteral("VACUUM ANALYZE events"), tr("Analysing the store"));
    } else {
        m_store.exec(QStringLiteral("ANALYZE"), tr("Analysing the store"));
        m_store.exec(QStringLiteral("PRAGMA cache_size = -2000"), tr("Analysing the store"));
    }
    return report;
}
