#include "SystemUser.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

QString SystemUser::name()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    if (user.isEmpty())
        if (const passwd* entry = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
#endif
    return user;
}

bool SystemUser::isSuperuser()
{
#ifdef Q_OS_UNIX
    return geteuid() == 0;
#else
    return false;
#endif
}
