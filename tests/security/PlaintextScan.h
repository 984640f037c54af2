#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <sys/types.h>

#include <vector>

namespace advicehub::test {

// Case content planted by a test: one distinct string per field, each made of the field's
// name and a nonce drawn for this run, so that no other process on the machine (another run
// of this test included) can write the same bytes. The nonce mixes upper and lower case so that
// a lower-cased copy (a search index, a normalised cache) is told from the original.
class Markers {
public:
    explicit Markers(quint64 seed);

    // A marker that is a single word (letters and digits only: one token for the full-text
    // search), e.g. "MkSubjectQz7rW2xk". Registered for scanning.
    QString word(const QString& field);
    // A phone number made of the nonce's digits (the only characters a phone field takes).
    QString phone();
    // Registers a string that is not made here (e.g. an e-mail address built around a word).
    void add(const QString& marker);

    const QStringList& all() const { return m_markers; }
    quint64 seed() const { return m_seed; }

    // What the scan looks for: every marker in UTF-8 and UTF-16LE, as planted and lower-cased.
    struct Pattern {
        QString marker;
        const char* encoding;
        QByteArray bytes;
    };
    std::vector<Pattern> patterns() const;

private:
    quint64 m_seed;
    QString m_nonce;
    QString m_digits;
    QStringList m_markers;
};

struct Finding {
    QString path;
    QString marker;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-8, lower case", … or "file name"
    qint64 offset = -1;
};

// Looks for the markers in files and file names. Files the user explicitly chose as output,
// and the test's own input files, are exempt; each exemption carries its reason.
class PlaintextScanner {
public:
    explicit PlaintextScanner(const Markers& markers) : m_markers(markers) { }

    void exempt(const QString& path, const QString& why);
    bool isExempt(const QString& path) const;
    const QHash<QString, QString>& exemptions() const { return m_exemptions; }

    // Every regular file under `root`, recursively, and every name in it. Symbolic links are not
    // followed, FIFOs, sockets and devices are skipped, and the walk never leaves root's file
    // system: a directory on another device (a mount point: another program's /proc, a network
    // share) is listed in mountPointsSkipped() and not entered.
    void scanTree(const QString& root);
    // A file (read) or a directory (scanTree) the traced programs wrote; a path that no longer
    // exists is listed in vanished().
    void scanPath(const QString& path);
    // Looks for markers in a path written to disk (a file or directory name).
    void scanName(const QString& path, const QString& shownAs);
    // Files this process still holds open after they were deleted (e.g. SQLite's temporary
    // files, which are unlinked as soon as they are created and never appear in a folder).
    void scanOpenDeletedFiles(const QString& when);

    const std::vector<Finding>& findings() const { return m_findings; }
    // Exempt files in which markers were found: proves that the scan would see them.
    const QStringList& exemptFilesWithMarkers() const { return m_exemptWithMarkers; }
    int scannedFiles() const { return m_scanned; }
    qint64 scannedBytes() const { return m_bytes; }
    const QStringList& unreadable() const { return m_unreadable; }
    const QStringList& mountPointsSkipped() const { return m_mountPoints; }
    const QStringList& vanished() const { return m_vanished; }

    // One line per finding, for the failure message.
    QString report() const;

private:
    void scanFile(const QString& path, const QString& shownAs);
    void walk(const QString& root, const QString& directory, dev_t device, int depth);

    const Markers& m_markers;
    QHash<QString, QString> m_exemptions; // canonical path -> reason
    QHash<QString, bool> m_seen; // canonical paths already scanned
    std::vector<Finding> m_findings;
    QStringList m_exemptWithMarkers;
    QStringList m_unreadable;
    QStringList m_mountPoints;
    QStringList m_vanished;
    int m_scanned = 0;
    qint64 m_bytes = 0;
};

} // namespace advicehub::test
