#include "DirectoryPhoneSource.h"

#include "DirectoryClientFactory.h"
#include "store/SettingsRepository.h"

DirectoryPhoneSource::DirectoryPhoneSource(Store& store, const StoreKey* key)
    : m_store(store)
    , m_key(key)
{
}

Result<DirectorySettings> DirectoryPhoneSource::complete(const DirectorySettings& settings)
{
    DirectorySettings result = settings;
    if (result.bindDn.isEmpty() || !result.bindPassword.isEmpty())
        return result;
    if (!m_key)
        return Result<DirectorySettings>::failure(
            tr("the directory's bind password is stored encrypted: unlock the store key (its passphrase) first"));
    Result<SettingsRepository::Loaded> loaded = SettingsRepository(m_store, m_key).load();
    if (!loaded)
        return Result<DirectorySettings>::failure(loaded.error());
    result.bindPassword = loaded->settings.directory.bindPassword;
    return result;
}

DirectoryPhoneLookup::Outcome DirectoryPhoneSource::lookup(const Settings& settings, const QString& login)
{
    DirectoryPhoneLookup::Outcome out;
    if (!settings.directory.isConfigured()) {
        out.kind = DirectoryPhoneLookup::Kind::NotConfigured;
        out.message = tr("the settings take the phone number from the directory, but no directory server is "
                         "configured");
        return out;
    }
    Result<DirectorySettings> directory = complete(settings.directory);
    if (!directory) {
        out.kind = DirectoryPhoneLookup::Kind::NotConfigured;
        out.message = directory.error();
        return out;
    }
    std::unique_ptr<DirectoryClient> own;
    DirectoryClient* client = m_clientOverride;
    if (!client) {
        own = DirectoryClientFactory::create(directory.value());
        client = own.get();
    }
    return DirectoryPhoneLookup(*client, directory.value(), settings.phoneFormat).lookup(login);
}

DirectoryClient::Outcome DirectoryPhoneSource::search(const Settings& settings, const QString& filter,
                                                      const QStringList& attributes, int sizeLimit, int pageSize)
{
    DirectoryClient::Outcome out;
    Result<DirectorySettings> directory = complete(settings.directory);
    if (!directory) {
        out.error = DirectoryClient::Error::BindFailed;
        out.message = directory.error();
        return out;
    }
    std::unique_ptr<DirectoryClient> own;
    DirectoryClient* client = m_clientOverride;
    if (!client) {
        own = DirectoryClientFactory::create(directory.value());
        client = own.get();
    }
    return client->search({filter, attributes, sizeLimit, pageSize});
}
