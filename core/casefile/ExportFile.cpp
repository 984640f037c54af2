#include "casefile/ExportFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace advicehub::casefile {

namespace {

// The messages were first written for the CSV export and keep its translation context.
QString tr(const char* text)
{
    return QCoreApplication::translate("QueryCsv", text);
}

// Moves the file an export will replace to a hidden name in its folder; returns that name.
Result<QString> moveAside(const QString& path)
{
    const QFileInfo info(path);
    const QByteArray from = QFile::encodeName(path);
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString aside
            = info.dir().filePath(QStringLiteral(".advicehub-export-previous-%1")
                                      .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0')));
        const QByteArray to = QFile::encodeName(aside);
        if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
            return aside;
        if (errno == EEXIST)
            continue;
        // A file system without RENAME_NOREPLACE: the random name is as good as unique.
        if ((errno == EINVAL || errno == ENOSYS) && !QFileInfo::exists(aside)
            && ::rename(from.constData(), to.constData()) == 0)
            return aside;
        break;
    }
    return makeError(ErrorCode::Io, tr("%1 could not be replaced.").arg(info.fileName()));
}

// Gives the earlier file its name back (replacing whatever has it now).
bool putBack(const QString& aside, const QString& path)
{
    return ::rename(QFile::encodeName(aside).constData(), QFile::encodeName(path).constData()) == 0;
}

} // namespace

Error fileWriteError(const QFileDevice& file, const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    switch (file.error()) {
    case QFileDevice::PermissionsError:
        return makeError(ErrorCode::PermissionDenied, tr("Permission denied: %1.").arg(name));
    case QFileDevice::ResourceError:
        return makeError(ErrorCode::DiskFull, tr("The disk is full; %1 was not written.").arg(name));
    case QFileDevice::OpenError:
        if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
            return makeError(ErrorCode::NotFound, tr("The folder of %1 does not exist.").arg(name));
        if (!QFileInfo(QFileInfo(path).absolutePath()).isWritable())
            return makeError(ErrorCode::PermissionDenied, tr("Permission denied: %1.").arg(name));
        return makeError(ErrorCode::Io, tr("%1 cannot be opened.").arg(name));
    default:
        return makeError(ErrorCode::Io, tr("%1 could not be written.").arg(name));
    }
}

Status writeRecordedFile(const QString& path, bool overwrite, const ExportWriter& write, const ExportRecorder& record)
{
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(ErrorCode::InvalidInput, tr("%1 is a folder.").arg(info.fileName()));
    if (info.exists() && !overwrite)
        return makeError(ErrorCode::AlreadyExists, tr("%1 already exists.").arg(info.fileName()));

    // QSaveFile writes to a temporary file beside the target and renames it over the target only
    // on commit(): a failed or cancelled export never leaves a half-written file under that name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileWriteError(file, path);
    // Case content: readable by the owner only, whatever the umask or an older file's mode.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (const Status written = write(file); !written) {
        file.cancelWriting();
        return written.error();
    }
    if (!file.flush() || ::fsync(file.handle()) != 0) {
        const Error error = fileWriteError(file, path);
        file.cancelWriting();
        return error;
    }

    // The record and the rename succeed or fail together: the record is committed only once the
    // file carries its final name. A file the export replaces is moved aside first (same folder,
    // hidden name) and deleted only once the export is recorded: if the rename or the commit
    // fails, it is put back, so a failed export never costs the user their earlier file.
    QString previous;
    bool renamed = false;
    const Status recorded = record([&]() -> Status {
        if (overwrite && QFileInfo::exists(path)) {
            Result<QString> aside = moveAside(path);
            if (!aside)
                return aside.error();
            previous = aside.value();
        }
        if (!file.commit()) {
            const Error error = fileWriteError(file, path);
            if (!previous.isEmpty() && putBack(previous, path))
                previous.clear();
            return error;
        }
        renamed = true;
        return {};
    });
    if (!recorded) {
        if (renamed) {
            // An export that is not recorded must not exist: the earlier file takes its name back
            // (one atomic rename over the new one), or the new one goes.
            if (previous.isEmpty() || !putBack(previous, path))
                QFile::remove(path);
        } else {
            file.cancelWriting();
        }
        return recorded.error();
    }
    if (!previous.isEmpty())
        QFile::remove(previous);
    return {};
}

Status writeRecordedFile(const QString& path, bool overwrite, const QByteArray& bytes, const ExportRecorder& record)
{
    return writeRecordedFile(
        path, overwrite,
        [&bytes](QFileDevice& file) -> Status {
            if (file.write(bytes) != bytes.size())
                return fileWriteError(file, file.fileName());
            return {};
        },
        record);
}

Status writeRecordedExport(DisclosureRecord& disclosures, const QList<qint64>& queryIds, const Disclosure& disclosure,
    const QString& path, bool overwrite, const ExportWriter& write)
{
    return writeRecordedFile(path, overwrite, write, [&](const std::function<Status()>& rename) -> Status {
        const Result<qint64> recorded = disclosures.record(queryIds, disclosure, rename);
        if (!recorded)
            return recorded.error();
        return {};
    });
}

Status writeRecordedExport(DisclosureRecord& disclosures, const QList<qint64>& queryIds, const Disclosure& disclosure,
    const QString& path, bool overwrite, const QByteArray& bytes)
{
    return writeRecordedFile(path, overwrite, bytes, [&](const std::function<Status()>& rename) -> Status {
        const Result<qint64> recorded = disclosures.record(queryIds, disclosure, rename);
        if (!recorded)
            return recorded.error();
        return {};
    });
}

} // namespace advicehub::casefile
