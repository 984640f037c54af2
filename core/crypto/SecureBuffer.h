#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstddef>

namespace advicehub::crypto {

// Memory for secrets: allocated with libsodium's guarded allocator (guard pages, locked in
// RAM where the system allows), wiped when freed. Move-only, so there is exactly one copy.
class SecureBuffer {
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    // Copies the bytes into secure memory. The caller remains responsible for its own copy.
    static SecureBuffer fromBytes(QByteArrayView bytes);
    // The passphrase as UTF-8 in Unicode normalisation form C, so that the same passphrase
    // typed on another system (composed or decomposed accents) opens the vault. Wipes the
    // intermediate UTF-8 copy it makes.
    static SecureBuffer fromPassphrase(const QString& passphrase);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Constant-time comparison.
    bool equals(const SecureBuffer& other) const;

    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Overwrites the characters in place and empties the string. Implicitly shared copies share the
// buffer, so every QString or QByteArray sharing it reads zeros afterwards (a QLineEdit's text()
// shares the widget's own buffer: wiping it wipes the widget's copy). Call it only when no holder
// still needs the value. Copies Qt made earlier into other buffers are out of its reach.
void wipe(QString& text);
void wipe(QByteArray& bytes);

} // namespace advicehub::crypto
