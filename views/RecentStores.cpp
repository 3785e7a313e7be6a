#include "RecentStores.h"

#include "store/StoreUrl.h"

#include <QSettings>

namespace {
const QString kKey = QStringLiteral("stores/recent");
}

QStringList RecentStores::list()
{
    return QSettings().value(kKey).toStringList().mid(0, kMaximum);
}

void RecentStores::add(const StoreUrl& url)
{
    QStringList stores = list();
    const QString entry = url.toString();
    stores.removeAll(entry);
    stores.prepend(entry);
    QSettings().setValue(kKey, stores.mid(0, kMaximum));
}

void RecentStores::clear()
{
    QSettings().remove(kKey);
}
