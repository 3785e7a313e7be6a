#pragma once

#include "util/Result.h"

#include <QCoreApplication>

// A local store holds the wrapped store key: any local user who could copy the file could try
// passphrases offline. So the store's folder is created readable by its owner only (0700) and
// the file too (0600), from the first byte, through Qt's portable calls (on Windows the new
// file and folder inherit the user profile's access list instead).
class PrivateFile {
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)

public:
    // Creates the missing folders of `folder`; the last one, when it is new, for the owner only.
    static Status createFolder(const QString& folder);
    // Creates `path` empty, for the owner only; it must not exist yet.
    static Status createFile(const QString& path);
};
