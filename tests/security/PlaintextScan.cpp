#include "PlaintextScan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace advicehub::test {

namespace {

QByteArray utf16le(const QString& text)
{
    QByteArray bytes;
    bytes.reserve(text.size() * 2);
    for (QChar c : text) {
        bytes.append(static_cast<char>(c.unicode() & 0xff));
        bytes.append(static_cast<char>(c.unicode() >> 8));
    }
    return bytes;
}

QString canonical(const QString& path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : resolved;
}

} // namespace

// ---- Markers

Markers::Markers(quint64 seed) : m_seed(seed)
{
    QRandomGenerator random(seed);
    static const char letters[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    // Upper, lower, digit, repeated: lower-casing always changes the marker.
    for (int i = 0; i < 9; ++i) {
        const int kind = i % 3;
        if (kind == 0)
            m_nonce += QLatin1Char(letters[random.bounded(24)]);
        else if (kind == 1)
            m_nonce += QLatin1Char(letters[24 + random.bounded(25)]);
        else
            m_nonce += QLatin1Char(static_cast<char>('2' + random.bounded(8)));
    }
    for (int i = 0; i < 12; ++i)
        m_digits += QLatin1Char(static_cast<char>('0' + random.bounded(10)));
}

QString Markers::word(const QString& field)
{
    const QString marker = QStringLiteral("Mk") + field + m_nonce;
    add(marker);
    return marker;
}

QString Markers::phone()
{
    // +99 is no country's code.
    const QString marker = QStringLiteral("+99 %1 %2 %3").arg(m_digits.left(4), m_digits.mid(4, 4), m_digits.mid(8));
    add(marker);
    return marker;
}

void Markers::add(const QString& marker)
{
    if (!m_markers.contains(marker))
        m_markers << marker;
}

std::vector<Markers::Pattern> Markers::patterns() const
{
    std::vector<Pattern> result;
    for (const QString& marker : m_markers) {
        result.push_back({ marker, "UTF-8", marker.toUtf8() });
        result.push_back({ marker, "UTF-16LE", utf16le(marker) });
        const QString lower = marker.toLower();
        if (lower != marker) {
            result.push_back({ marker, "UTF-8, lower case", lower.toUtf8() });
            result.push_back({ marker, "UTF-16LE, lower case", utf16le(lower) });
        }
    }
    return result;
}

// ---- Scanner

void PlaintextScanner::exempt(const QString& path, const QString& why)
{
    m_exemptions.insert(canonical(path), why);
}

bool PlaintextScanner::isExempt(const QString& path) const
{
    return m_exemptions.contains(canonical(path));
}

void PlaintextScanner::scanTree(const QString& root)
{
    struct stat status { };
    if (::lstat(QFile::encodeName(root).constData(), &status) != 0 || !S_ISDIR(status.st_mode))
        return;
    walk(root, root, status.st_dev, 0);
}

void PlaintextScanner::walk(const QString& root, const QString& directory, dev_t device, int depth)
{
    if (depth > 64) {
        m_unreadable << directory + QStringLiteral(" (nested too deep)");
        return;
    }
    // QDir::System lists FIFOs and sockets too, so that lstat() decides; nothing is followed.
    const QStringList entries
        = QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        const QString path = directory + QLatin1Char('/') + entry;
        struct stat status { };
        if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
            continue; // gone meanwhile
        // Names are written to disk too (directory entries): no marker in any part of the path.
        scanName(path, QDir(root).relativeFilePath(path));
        if (S_ISDIR(status.st_mode)) {
            if (status.st_dev != device)
                m_mountPoints << path; // another file system: not ours to read
            else
                walk(root, path, device, depth + 1);
        } else if (S_ISREG(status.st_mode)) {
            scanFile(path, path);
        }
    }
}

void PlaintextScanner::scanPath(const QString& path)
{
    struct stat status { };
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0) {
        m_vanished << path;
        return;
    }
    if (S_ISDIR(status.st_mode))
        scanTree(path);
    else if (S_ISREG(status.st_mode))
        scanFile(path, path);
}

void PlaintextScanner::scanName(const QString& path, const QString& shownAs)
{
    for (const QString& marker : m_markers.all()) {
        if (shownAs.contains(marker, Qt::CaseInsensitive))
            m_findings.push_back({ path, marker, QStringLiteral("file name"), -1 });
    }
}

void PlaintextScanner::scanOpenDeletedFiles(const QString& when)
{
    QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString& fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char target[4096];
        const QByteArray link = QFile::encodeName(fds.filePath(fd));
        const ssize_t length = ::readlink(link.constData(), target, sizeof target - 1);
        if (length <= 0)
            continue;
        const QString name = QFile::decodeName(QByteArray(target, static_cast<qsizetype>(length)));
        // memfd: anonymous memory, never on disk.
        if (!name.endsWith(QLatin1String(" (deleted)")) || name.startsWith(QLatin1String("/memfd:")))
            continue;
        scanFile(QString::fromLatin1(link), QStringLiteral("%1 (still open after deletion, %2)").arg(name, when));
    }
}

void PlaintextScanner::scanFile(const QString& path, const QString& shownAs)
{
    const QString resolved = canonical(path);
    const bool deletedButOpen = shownAs != path;
    if (!deletedButOpen) {
        if (m_seen.contains(resolved))
            return;
        m_seen.insert(resolved, true);
    }
    // O_NONBLOCK: a FIFO that replaced the file meanwhile must not hang the scan. O_NOFOLLOW,
    // except for /proc/self/fd/N: that link is the only way to a deleted file.
    const int follow = deletedButOpen ? 0 : O_NOFOLLOW;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | follow | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (errno != ENOENT)
            m_unreadable << shownAs;
        return;
    }
    struct stat status { };
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        return;
    }
    const bool exempt = !deletedButOpen && m_exemptions.contains(resolved);
    ++m_scanned;
    // In chunks, each starting with the end of the previous one, so that a marker across a
    // chunk boundary is still seen and files of any size are read in bounded memory.
    qsizetype longest = 0;
    for (const Markers::Pattern& pattern : m_markers.patterns())
        longest = std::max(longest, pattern.bytes.size());
    constexpr qsizetype kChunk = 4 * 1024 * 1024;
    QByteArray buffer;
    qint64 bufferStart = 0; // file offset of buffer[0]
    const std::size_t foundBefore = m_findings.size();
    for (;;) {
        const qsizetype kept = buffer.size();
        buffer.resize(kept + kChunk);
        const ssize_t got = ::read(fd, buffer.data() + kept, static_cast<std::size_t>(kChunk));
        if (got < 0 && errno == EINTR) {
            buffer.resize(kept);
            continue;
        }
        buffer.resize(kept + std::max<qsizetype>(0, got));
        if (got < 0)
            m_unreadable << shownAs;
        m_bytes += std::max<ssize_t>(0, got);
        for (const Markers::Pattern& pattern : m_markers.patterns()) {
            for (qsizetype at = buffer.indexOf(pattern.bytes); at >= 0; at = buffer.indexOf(pattern.bytes, at + 1)) {
                const qint64 offset = bufferStart + at;
                const bool already = std::any_of(m_findings.begin() + static_cast<std::ptrdiff_t>(foundBefore),
                    m_findings.end(), [&](const Finding& f) {
                        return f.offset == offset && f.marker == pattern.marker
                            && f.encoding == QLatin1String(pattern.encoding);
                    });
                if (!already)
                    m_findings.push_back({ shownAs, pattern.marker, QLatin1String(pattern.encoding), offset });
            }
        }
        if (got <= 0)
            break;
        const qsizetype keep = std::min(buffer.size(), longest - 1);
        bufferStart += buffer.size() - keep;
        buffer = buffer.right(keep);
    }
    ::close(fd);
    if (exempt && m_findings.size() > foundBefore) {
        m_exemptWithMarkers << shownAs;
        m_findings.resize(foundBefore);
    }
}

QString PlaintextScanner::report() const
{
    QStringList lines;
    for (const Finding& f : m_findings) {
        lines << QStringLiteral("%1: %2 (%3%4)")
                     .arg(f.path, f.marker, f.encoding,
                         f.offset >= 0 ? QStringLiteral(", offset %1").arg(f.offset) : QString());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace advicehub::test
