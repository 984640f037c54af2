#include "SyscallTrace.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace advicehub::test {

namespace {

// Splits "a, b, c" at the top level: quoted strings, <...> (strace -y paths), {...} and [...]
// may hold commas.
QStringList splitArguments(const QString& text)
{
    QStringList arguments;
    QString current;
    bool quoted = false;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            current += c;
            if (c == QLatin1Char('\\') && i + 1 < text.size())
                current += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = true;
        else if (c == QLatin1Char('<') || c == QLatin1Char('{') || c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char('>') || c == QLatin1Char('}') || c == QLatin1Char(']'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            arguments << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        arguments << current.trimmed();
    return arguments;
}

// strace prints non-printable bytes as C escapes (\303\251 for "é"): back to the bytes, then
// decoded as the file system's names are.
QString unescape(const QString& escaped)
{
    QByteArray bytes;
    const QByteArray in = escaped.toLatin1();
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '\\' || i + 1 >= in.size()) {
            bytes += c;
            continue;
        }
        const char next = in.at(++i);
        if (next >= '0' && next <= '7') {
            int value = next - '0';
            for (int digits = 1; digits < 3 && i + 1 < in.size() && in.at(i + 1) >= '0' && in.at(i + 1) <= '7';
                 ++digits)
                value = value * 8 + (in.at(++i) - '0');
            bytes += static_cast<char>(value);
        } else if (next == 'x' && i + 2 < in.size()) {
            bytes += static_cast<char>(in.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            switch (next) {
            case 'n':
                bytes += '\n';
                break;
            case 't':
                bytes += '\t';
                break;
            case 'r':
                bytes += '\r';
                break;
            case 'v':
                bytes += '\v';
                break;
            case 'f':
                bytes += '\f';
                break;
            default:
                bytes += next; // \\ and \"
            }
        }
    }
    return QFile::decodeName(bytes);
}

// The string of a "..." argument, or a null string.
QString stringArgument(const QString& argument)
{
    if (argument.size() < 2 || !argument.startsWith(QLatin1Char('"')))
        return {};
    qsizetype end = argument.lastIndexOf(QLatin1Char('"'));
    if (end <= 0)
        return {};
    return unescape(argument.mid(1, end - 1));
}

// The path strace -y printed behind a descriptor: `AT_FDCWD</home/x>` or `3</tmp/f>`.
QString descriptorPath(const QString& argument)
{
    const qsizetype open = argument.indexOf(QLatin1Char('<'));
    const qsizetype close = argument.lastIndexOf(QLatin1Char('>'));
    if (open < 0 || close <= open)
        return {};
    return unescape(argument.mid(open + 1, close - open - 1));
}

bool writes(const QString& flags)
{
    static const QRegularExpression writing(QStringLiteral("O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND|O_TMPFILE"));
    return writing.match(flags).hasMatch();
}

} // namespace

QStringList straceArguments(const QString& logPath)
{
    return {
        QStringLiteral("-f"), // the CLI processes the session starts, and every thread
        QStringLiteral("--seccomp-bpf"), // only the calls below stop the processes
        QStringLiteral("-qq"),
        QStringLiteral("-y"), // the path behind every descriptor
        QStringLiteral("-s"),
        QStringLiteral("4096"),
        QStringLiteral("-e"),
        QStringLiteral("signal=none"),
        QStringLiteral("-e"),
        QStringLiteral("status=successful"),
        QStringLiteral("-e"),
        QStringLiteral("trace=open,openat,openat2,creat,rename,renameat,renameat2,link,linkat,symlink,symlinkat,"
                       "mkdir,mkdirat,chdir,fchdir"),
        QStringLiteral("-o"),
        logPath,
    };
}

TracedWrites parseTrace(const QString& logPath, const QString& startDirectory)
{
    TracedWrites result;
    QFile log(logPath);
    if (!log.open(QIODevice::ReadOnly))
        return result;
    static const QRegularExpression call(QStringLiteral(R"(^(\d+)\s+(\w+)\((.*)\)\s+=\s+(-?\d+)(<(.*)>)?)"));
    QHash<QString, QString> directoryOf; // per process, after a chdir()
    QSet<QString> files;
    QSet<QString> directories;
    QSet<QString> names;
    while (!log.atEnd()) {
        const QString line = QString::fromLatin1(log.readLine()).trimmed();
        const QRegularExpressionMatch m = call.match(line);
        if (!m.hasMatch() || m.captured(4).toLongLong() < 0)
            continue;
        ++result.calls;
        const QString pid = m.captured(1);
        const QString name = m.captured(2);
        const QStringList a = splitArguments(m.captured(3));
        const QString returned = m.captured(6);
        const QString cwd = directoryOf.value(pid, startDirectory);
        const auto resolve = [&](const QString& directoryArgument, const QString& path) -> QString {
            if (path.isEmpty())
                return {};
            if (QDir::isAbsolutePath(path))
                return QDir::cleanPath(path);
            const QString base = directoryArgument.isNull() ? cwd : descriptorPath(directoryArgument);
            return QDir::cleanPath((base.isEmpty() ? cwd : base) + QLatin1Char('/') + path);
        };
        const auto wrote = [&](const QString& path) {
            if (path.isEmpty())
                return;
            files.insert(path);
            names.insert(path);
        };
        if (name == QLatin1String("open") || name == QLatin1String("openat") || name == QLatin1String("openat2")
            || name == QLatin1String("creat")) {
            const bool at = name != QLatin1String("open") && name != QLatin1String("creat");
            const QString path = resolve(at ? a.value(0) : QString(), stringArgument(a.value(at ? 1 : 0)));
            // The file the call opened, as the kernel names it (an O_TMPFILE is "dir/#123 (deleted)").
            QString opened = unescape(returned);
            opened.remove(QRegularExpression(QStringLiteral(R"( \(deleted\)$)")));
            names.insert(path);
            if (!opened.isEmpty())
                names.insert(opened);
            const bool writing = name == QLatin1String("creat") || writes(a.mid(at ? 2 : 1).join(QLatin1Char(',')));
            if (writing && !opened.contains(QLatin1String("/#")))
                wrote(opened.isEmpty() ? path : opened);
        } else if (name == QLatin1String("rename") || name == QLatin1String("link")) {
            names.insert(resolve({}, stringArgument(a.value(0))));
            wrote(resolve({}, stringArgument(a.value(1))));
        } else if (name.startsWith(QLatin1String("renameat")) || name == QLatin1String("linkat")) {
            names.insert(resolve(a.value(0), stringArgument(a.value(1))));
            wrote(resolve(a.value(2), stringArgument(a.value(3))));
        } else if (name == QLatin1String("symlink")) {
            names.insert(stringArgument(a.value(0)));
            wrote(resolve({}, stringArgument(a.value(1))));
        } else if (name == QLatin1String("symlinkat")) {
            names.insert(stringArgument(a.value(0)));
            wrote(resolve(a.value(1), stringArgument(a.value(2))));
        } else if (name == QLatin1String("mkdir") || name == QLatin1String("mkdirat")) {
            const bool at = name == QLatin1String("mkdirat");
            const QString path = resolve(at ? a.value(0) : QString(), stringArgument(a.value(at ? 1 : 0)));
            directories.insert(path);
            names.insert(path);
        } else if (name == QLatin1String("chdir")) {
            directoryOf.insert(pid, resolve({}, stringArgument(a.value(0))));
        } else if (name == QLatin1String("fchdir")) {
            directoryOf.insert(pid, descriptorPath(a.value(0)));
        }
    }
    names.remove(QString());
    result.files = QStringList(files.begin(), files.end());
    result.directories = QStringList(directories.begin(), directories.end());
    result.names = QStringList(names.begin(), names.end());
    result.files.sort();
    result.directories.sort();
    result.names.sort();
    return result;
}

} // namespace advicehub::test
