#pragma once

#include "DirectoryClient.h"
#include "domain/DirectorySettings.h"

#include <memory>

// The platform's directory client for these settings (libldap on Linux). One place to change
// when Windows gets a client over its own LDAP API.
class DirectoryClientFactory {
public:
    static std::unique_ptr<DirectoryClient> create(const DirectorySettings& settings);
};
