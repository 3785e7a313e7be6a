#include "DirectoryUserImport.h"

#include "DirectoryPhoneLookup.h"
#include "DirectoryPhoneSource.h"
#include "domain/Settings.h"

#include <algorithm>

DirectoryUserImport::DirectoryUserImport(Store& store, const StoreKey* key)
    : m_store(store)
    , m_key(key)
{
}

Result<DirectoryUserImport::Fetched> DirectoryUserImport::fetch(const Settings& settings, const QString& filter)
{
    using R = Result<Fetched>;
    if (!settings.directory.isConfigured())
        return R::failure(tr("No directory server is configured (Settings, Directory)."));
    const QString f = filter.trimmed().isEmpty() ? settings.directory.importFilter : filter.trimmed();
    const QString problem = DirectorySettings::filterProblem(f, false);
    if (!problem.isEmpty())
        return R::failure(tr("The filter %1 %2").arg(f, problem));
    const QString loginAttribute = settings.directory.loginAttribute;
    const QString phoneAttribute = settings.phoneFormat.directoryAttribute;

    DirectoryPhoneSource source(m_store, m_key);
    source.setClient(m_client);
    const DirectoryClient::Outcome searched =
        source.search(settings, f, {loginAttribute, phoneAttribute}, m_maxUsers, kPageSize);
    if (!searched.ok())
        return R::failure(DirectoryPhoneLookup::fromClientError(searched).message);

    // A lookup over no client: numberOf() only reads the entry it is given.
    class NoClient : public DirectoryClient {
        Outcome search(const Search&) override { return {}; }
    } none;
    const DirectoryPhoneLookup numbers(none, settings.directory, settings.phoneFormat);
    Fetched fetched;
    fetched.truncated = searched.truncated;
    fetched.server = searched.server;
    QList<DirectoryClient::Entry> entries = searched.entries;
    std::sort(entries.begin(), entries.end(), [&](const auto& a, const auto& b) {
        return a.values.value(loginAttribute).value(0) < b.values.value(loginAttribute).value(0);
    });
    int line = 0;
    for (const DirectoryClient::Entry& entry : entries) {
        UserCsvImport::Row row;
        row.line = ++line;
        const QList<QByteArray> logins = entry.values.value(loginAttribute);
        row.login = logins.size() == 1 ? QString::fromUtf8(logins.first()).trimmed() : QString();
        const QList<QByteArray> phones = entry.values.value(phoneAttribute);
        if (phones.size() == 1)
            row.phone = QString::fromUtf8(phones.first()).trimmed();
        if (phones.size() > 1)
            row.phone = tr("(%1 values)").arg(phones.size());
        const DirectoryPhoneLookup::Outcome number = numbers.numberOf(entry);
        if (logins.size() != 1)
            row.problem = tr("%1 has %2 values of %3; one login is expected.")
                              .arg(entry.dn)
                              .arg(logins.size())
                              .arg(loginAttribute);
        else if (!number.found())
            row.problem = number.message;
        if (number.binary)
            row.phone = tr("(binary data)");
        fetched.rows.append(row);
    }
    return fetched;
}
