#include "PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
constexpr QFile::Permissions kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOwnerOnlyFolder = kOwnerOnlyFile | QFile::ExeOwner;
} // namespace

Status PrivateFile::createFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (info.isDir())
        return {}; // someone's existing folder keeps its permissions
    const QString path = info.absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !QDir().mkdir(path, kOwnerOnlyFolder))
        return Status::failure(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

Status PrivateFile::createFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnlyFile))
        return Status::failure(
            tr("Cannot create the file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}
