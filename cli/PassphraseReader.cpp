#include "PassphraseReader.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace advicehub::cli {

// Helpers in a namespace of this file's own, so that the unity build (several files in one
// translation unit) never sees two files' helpers of the same name.
namespace passphrase_reader {
namespace {

constexpr std::size_t kMaxPassphrase = 4096;

// Restores echo if the user interrupts while typing a passphrase.
struct termios g_savedTerminal;
volatile sig_atomic_t g_echoOff = 0;
int g_terminalFd = -1;

extern "C" void restoreTerminalAndExit(int signal)
{
    if (g_echoOff)
        ::tcsetattr(g_terminalFd, TCSAFLUSH, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// One line from `fd`, a byte per read(2): nothing is buffered outside the secure buffer, and
// the bytes after the newline stay unread for the command.
Result<crypto::SecureBuffer> readLine(int fd)
{
    crypto::SecureBuffer buffer(kMaxPassphrase);
    std::size_t length = 0;
    bool sawAnything = false;
    for (;;) {
        unsigned char spare = 0; // past the longest passphrase: only to find the line's end
        unsigned char* next = length < kMaxPassphrase ? buffer.data() + length : &spare;
        const ssize_t got = ::read(fd, next, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("The passphrase could not be read: %1.")
                    .arg(QString::fromLocal8Bit(std::strerror(errno))));
        }
        if (got == 0)
            break;
        sawAnything = true;
        if (*next == '\n') {
            *next = 0;
            break;
        }
        if (next == &spare)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("The passphrase is too long."));
        ++length;
    }
    if (!sawAnything)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("No passphrase was given on standard input."));
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    crypto::SecureBuffer exact = crypto::SecureBuffer::fromBytes(
        QByteArrayView(reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(length)));
    // The bytes are UTF-8; normalise to NFC as the GUI does, so both open the same vault.
    QString text = QString::fromUtf8(exact.chars(), static_cast<qsizetype>(exact.size()));
    crypto::SecureBuffer normalized = crypto::SecureBuffer::fromPassphrase(text);
    crypto::wipe(text);
    return normalized;
}

} // namespace
} // namespace passphrase_reader

PassphraseReader::PassphraseReader()
{
    using namespace passphrase_reader;
    if (::isatty(STDIN_FILENO))
        m_terminal = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
}

PassphraseReader::~PassphraseReader()
{
    using namespace passphrase_reader;
    if (m_terminal >= 0)
        ::close(m_terminal);
}

Result<crypto::SecureBuffer> PassphraseReader::read(const char* prompt)
{
    using namespace passphrase_reader;
    if (m_terminal < 0)
        return readLine(STDIN_FILENO);

    const int fd = m_terminal;
    struct termios original { };
    const bool haveTerminal = ::tcgetattr(fd, &original) == 0;
    if (haveTerminal) {
        g_savedTerminal = original;
        g_terminalFd = fd;
        struct termios silent = original;
        silent.c_lflag &= static_cast<tcflag_t>(~(ECHO | ECHONL));
        silent.c_lflag |= ICANON;
        std::signal(SIGINT, restoreTerminalAndExit);
        std::signal(SIGTERM, restoreTerminalAndExit);
        g_echoOff = 1;
        ::tcsetattr(fd, TCSAFLUSH, &silent);
    }
    // After echo is off: whatever is typed once the prompt shows is never echoed.
    std::fputs(prompt, stderr);
    std::fflush(stderr);
    Result<crypto::SecureBuffer> line = readLine(m_terminal);
    if (haveTerminal) {
        ::tcsetattr(fd, TCSAFLUSH, &original);
        g_echoOff = 0;
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }
    std::fputc('\n', stderr);
    return line;
}

Result<crypto::SecureBuffer> PassphraseReader::readNew(const char* prompt, const char* confirmPrompt)
{
    using namespace passphrase_reader;
    Result<crypto::SecureBuffer> first = read(prompt);
    if (!first || !interactive())
        return first;
    Result<crypto::SecureBuffer> second = read(confirmPrompt);
    if (!second)
        return second;
    if (!first->equals(*second))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The two passphrases do not match."));
    return first;
}

} // namespace advicehub::cli
