#pragma once

#include <QByteArray>

#include <memory>

namespace advicehub::attachments {

// SHA-256 computed incrementally (OpenSSL's EVP digest, see Sha256.cpp), so that a file is hashed
// as it is read, one chunk at a time. Fails only when memory runs out (std::bad_alloc).
class Sha256 {
public:
    static constexpr int Bytes = 32;

    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(const char* data, qsizetype size);
    void add(const QByteArray& bytes) { add(bytes.constData(), bytes.size()); }
    // The digest (32 bytes). Once only.
    QByteArray finish();

    static QByteArray of(const char* data, qsizetype size);
    static QByteArray of(const QByteArray& bytes) { return of(bytes.constData(), bytes.size()); }

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace advicehub::attachments
