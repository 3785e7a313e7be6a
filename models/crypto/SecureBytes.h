#pragma once

#include <QByteArray>

// Key material that is wiped from memory when it goes out of scope.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArray bytes);
    SecureBytes(const SecureBytes& other);
    SecureBytes& operator=(const SecureBytes& other);
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    ~SecureBytes();

    const QByteArray& bytes() const { return m_bytes; }
    const unsigned char* data() const { return reinterpret_cast<const unsigned char*>(m_bytes.constData()); }
    int size() const { return static_cast<int>(m_bytes.size()); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    void wipe();

    // Random bytes from OpenSSL's CSPRNG.
    static SecureBytes random(int size);
    // Constant-time comparison of two secrets of any length.
    static bool equal(const QByteArray& a, const QByteArray& b);

private:
    QByteArray m_bytes;
};
