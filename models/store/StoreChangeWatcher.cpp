#include "StoreChangeWatcher.h"

#include "ChangeNotice.h"
#include "Store.h"

#include <QSqlQuery>
#include <QTimer>

StoreChangeWatcher::StoreChangeWatcher(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<SectionChange>();
    m_timer->setInterval(kDefaultPollMs);
    connect(m_timer, &QTimer::timeout, this, &StoreChangeWatcher::poll);
}

StoreChangeWatcher::~StoreChangeWatcher()
{
    unsubscribe();
}

void StoreChangeWatcher::setStore(Store* store)
{
    unsubscribe();
    m_store = store;
    m_versions.clear();
    m_newestEvent = -1;
    m_newestTokenUse = -1;
    m_dataVersion = -1;
    if (!m_store) {
        m_timer->stop();
        return;
    }
    // What the console shows was read just now: only what comes after it is news.
    if (m_store->url().isLocalFile())
        sqliteDataChanged();
    else
        subscribe();
    checkSettings(false);
    checkEvents(false);
    m_timer->start();
}

void StoreChangeWatcher::setPollInterval(int ms)
{
    m_timer->setInterval(std::max(10, ms));
}

int StoreChangeWatcher::pollInterval() const
{
    return m_timer->interval();
}

void StoreChangeWatcher::checkNow()
{
    poll();
}

void StoreChangeWatcher::resubscribe()
{
    if (!m_store || m_store->url().isLocalFile())
        return;
    unsubscribe();
    subscribe();
    // Whatever was notified while the connection was down is lost: look for it.
    checkSettings();
    checkEvents();
}

bool StoreChangeWatcher::isSubscribed() const
{
    return m_store && m_driver && m_driver == m_store->db().driver() &&
           m_driver->subscribedToNotifications().contains(QLatin1String(ChangeNotice::kChannel));
}

void StoreChangeWatcher::poll()
{
    // A lost connection is the reconnector's to mend; resubscribe() catches up once it is back.
    if (!m_store || !m_store->db().isOpen() || !m_store->isConnected())
        return;
    if (m_store->url().isLocalFile()) {
        if (sqliteDataChanged()) {
            checkSettings();
            checkEvents();
        }
        return;
    }
    // A connection made anew (the server restarted) has forgotten its LISTEN.
    if (!isSubscribed()) {
        subscribe();
        if (isSubscribed())
            checkSettings();
    }
    checkEvents();
}

void StoreChangeWatcher::subscribe()
{
    QSqlDriver* driver = m_store->db().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    if (m_driver != driver) {
        if (m_driver)
            disconnect(m_driver, nullptr, this, nullptr);
        m_driver = driver;
        connect(driver, &QSqlDriver::notification, this, &StoreChangeWatcher::onNotification);
    }
    if (driver->isOpen() && !driver->subscribedToNotifications().contains(QLatin1String(ChangeNotice::kChannel)))
        driver->subscribeToNotification(QLatin1String(ChangeNotice::kChannel));
}

void StoreChangeWatcher::unsubscribe()
{
    if (!m_driver)
        return;
    if (m_driver->isOpen() && m_driver->subscribedToNotifications().contains(QLatin1String(ChangeNotice::kChannel)))
        m_driver->unsubscribeFromNotification(QLatin1String(ChangeNotice::kChannel));
    disconnect(m_driver, nullptr, this, nullptr);
    m_driver = nullptr;
}

void StoreChangeWatcher::onNotification(const QString& name, QSqlDriver::NotificationSource source,
                                        const QVariant& payload)
{
    // This console's own saves are already shown.
    if (name != QLatin1String(ChangeNotice::kChannel) || source == QSqlDriver::SelfSource || !m_store)
        return;
    if (!ChangeNotice::sectionOf(payload.toString()).isEmpty())
        checkSettings();
    else
        checkEvents();
}

bool StoreChangeWatcher::sqliteDataChanged()
{
    QSqlQuery q = m_store->query();
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return false;
    const qint64 version = q.value(0).toLongLong();
    const bool changed = version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

void StoreChangeWatcher::checkSettings(bool announce)
{
    QSqlQuery q = m_store->query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT section, version, updated_by, updated_at FROM settings")))
        return;
    QList<SectionChange> changes;
    while (q.next()) {
        SectionChange change{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                             QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC)};
        const auto known = m_versions.constFind(change.section);
        if (known != m_versions.constEnd() && known.value() >= change.version)
            continue;
        m_versions.insert(change.section, change.version);
        changes << change;
    }
    if (announce && !changes.isEmpty())
        Q_EMIT settingsChanged(changes);
}

void StoreChangeWatcher::checkEvents(bool announce)
{
    QSqlQuery q = m_store->query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT (SELECT max(id) FROM events), (SELECT max(last_used_at) FROM api_tokens)")) ||
        !q.next())
        return;
    const qint64 newest = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
    const qint64 tokenUse = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    const bool moved = newest != m_newestEvent;
    const bool used = tokenUse != m_newestTokenUse;
    m_newestEvent = newest;
    m_newestTokenUse = tokenUse;
    if (!announce)
        return;
    // On a new event every page reads again, the API access page among them.
    if (moved)
        Q_EMIT eventsChanged();
    else if (used)
        Q_EMIT apiTokensUsed();
}
