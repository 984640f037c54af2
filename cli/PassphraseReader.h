#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

namespace advicehub::cli {

// Reads passphrases the only two ways the CLI accepts them: typed at the terminal without echo,
// or, when standard input is not a terminal, one per line from standard input (for scripts and
// tests). Never from arguments or environment variables.
//
// Unbuffered: read(2), one byte at a time, straight into secure memory, so that no stdio buffer
// keeps a copy and nothing after the line is consumed -- a command that goes on to read a text
// from standard input (`add --request-file -`) gets every byte after the passphrase's newline.
// Standard input must therefore not be read through stdio before the passphrase.
class PassphraseReader {
public:
    PassphraseReader();
    ~PassphraseReader();
    PassphraseReader(const PassphraseReader&) = delete;
    PassphraseReader& operator=(const PassphraseReader&) = delete;

    bool interactive() const { return m_terminal >= 0; }
    // Prompts (on the terminal) and reads one passphrase. An empty line is returned as an empty buffer.
    Result<crypto::SecureBuffer> read(const char* prompt);
    // For a new passphrase: asks twice at a terminal; reads one line from a pipe.
    Result<crypto::SecureBuffer> readNew(const char* prompt, const char* confirmPrompt);

private:
    int m_terminal = -1; // /dev/tty when stdin is a terminal
};

} // namespace advicehub::cli
