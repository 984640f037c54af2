#include "crypto/SecureBuffer.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <new>
#include <utility>

namespace advicehub::crypto {

SecureBuffer::SecureBuffer(std::size_t size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{ }

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::fromBytes(QByteArrayView bytes)
{
    SecureBuffer buffer(static_cast<std::size_t>(bytes.size()));
    if (!bytes.isEmpty())
        std::copy(bytes.begin(), bytes.end(), reinterpret_cast<char*>(buffer.m_data));
    return buffer;
}

SecureBuffer SecureBuffer::fromPassphrase(const QString& passphrase)
{
    QString normalized = passphrase.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalized.toUtf8();
    SecureBuffer buffer = fromBytes(utf8);
    wipe(utf8);
    // Already normalised, Qt returns the caller's own buffer: that copy is the caller's to wipe.
    if (normalized.isSharedWith(passphrase))
        normalized = QString();
    else
        wipe(normalized);
    return buffer;
}

bool SecureBuffer::equals(const SecureBuffer& other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecureBuffer::clear()
{
    if (m_data) {
        sodium_free(m_data); // wipes before freeing
        m_data = nullptr;
        m_size = 0;
    }
}

// In place, through the shared buffer: data() would detach first and wipe a fresh copy only,
// leaving the secret where it was. The buffer is Qt's heap allocation (not a const object), so
// writing to it is defined; static data (literals, fromRawData) is not Qt's to write and holds
// no secret of ours.
void wipe(QString& text)
{
    if (!text.isEmpty() && text.data_ptr().isMutable())
        sodium_memzero(const_cast<QChar*>(text.constData()), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && bytes.data_ptr().isMutable())
        sodium_memzero(const_cast<char*>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace advicehub::crypto
