#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <cstdio>

namespace advicehub::cli {

// Reads passphrases the only two ways the CLI accepts them: typed at the terminal without echo,
// or, when standard input is not a terminal, one per line from standard input (for scripts and
// tests). Never from arguments or environment variables.
class PassphraseReader {
public:
    PassphraseReader();
    ~PassphraseReader();
    PassphraseReader(const PassphraseReader&) = delete;
    PassphraseReader& operator=(const PassphraseReader&) = delete;

    bool interactive() const { return m_terminal != nullptr; }
    // Prompts (on the terminal) and reads one passphrase. An empty line is returned as an empty buffer.
    Result<crypto::SecureBuffer> read(const char* prompt);
    // For a new passphrase: asks twice at a terminal; reads one line from a pipe.
    Result<crypto::SecureBuffer> readNew(const char* prompt, const char* confirmPrompt);

private:
    FILE* m_terminal = nullptr; // /dev/tty when stdin is a terminal
};

} // namespace advicehub::cli
