#include "DirectoryClientFactory.h"

#include "OpenLdapDirectoryClient.h"

std::unique_ptr<DirectoryClient> DirectoryClientFactory::create(const DirectorySettings& settings)
{
    return std::make_unique<OpenLdapDirectoryClient>(settings);
}
