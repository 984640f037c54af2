#pragma once

#include "casefile/DisclosureRecord.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

class QFileDevice;

namespace advicehub::casefile {

// What an export writes into its file (open for writing). An error cancels the export: no file,
// nothing recorded.
using ExportWriter = std::function<Status(QFileDevice& file)>;
// Records an export once its file is written: runs `rename` (which puts the file in place)
// inside the recording transaction, before its commit, and fails if it fails. E.g.
// DisclosureRecord::record or recordAll (several disclosures for one file: a print's copies).
using ExportRecorder = std::function<Status(const std::function<Status()>& rename)>;

// The one way a deliberate export of case content reaches a file (the query export, a draft's
// export): written beside the target through QSaveFile (0600 whatever the umask), flushed and
// fsynced, then renamed into place INSIDE the transaction that records the disclosure
// (DisclosureRecord::record's beforeCommit), so that an export that is not recorded does not
// exist. A file it replaces (`overwrite`) is moved aside under a hidden name first and deleted
// only once the export is recorded; if the rename or the commit fails it is put back. Without
// `overwrite`, an existing file is ErrorCode::AlreadyExists and nothing is written. Messages
// name the file, never its content.
Status writeRecordedExport(DisclosureRecord& disclosures, const QList<qint64>& queryIds, const Disclosure& disclosure,
    const QString& path, bool overwrite, const ExportWriter& write);
// The same for bytes made beforehand.
Status writeRecordedExport(DisclosureRecord& disclosures, const QList<qint64>& queryIds, const Disclosure& disclosure,
    const QString& path, bool overwrite, const QByteArray& bytes);

// The general form: what records the export is the caller's (`record`), the file handling is
// the same.
Status writeRecordedFile(const QString& path, bool overwrite, const ExportWriter& write, const ExportRecorder& record);
// Bytes made beforehand.
Status writeRecordedFile(const QString& path, bool overwrite, const QByteArray& bytes, const ExportRecorder& record);

// The error of a file that could not be opened or written (permission, full disk, missing
// folder), naming the file only.
Error fileWriteError(const QFileDevice& file, const QString& path);

} // namespace advicehub::casefile
