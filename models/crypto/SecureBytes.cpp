#include "SecureBytes.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <stdexcept>

SecureBytes::SecureBytes(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
    m_bytes.detach();
}

SecureBytes::SecureBytes(const SecureBytes& other)
    : m_bytes(other.m_bytes)
{
    m_bytes.detach();
}

SecureBytes& SecureBytes::operator=(const SecureBytes& other)
{
    if (this != &other) {
        wipe();
        m_bytes = other.m_bytes;
        m_bytes.detach();
    }
    return *this;
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    wipe();
}

void SecureBytes::wipe()
{
    // Only wipe storage we own alone: a shared buffer would be wiped under another owner.
    if (!m_bytes.isEmpty() && !m_bytes.isDetached())
        m_bytes.detach();
    if (!m_bytes.isEmpty())
        OPENSSL_cleanse(m_bytes.data(), static_cast<size_t>(m_bytes.size()));
    m_bytes.clear();
}

SecureBytes SecureBytes::random(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), size) != 1)
        throw std::runtime_error("OpenSSL's random generator failed");
    return SecureBytes(std::move(bytes));
}

bool SecureBytes::equal(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}
