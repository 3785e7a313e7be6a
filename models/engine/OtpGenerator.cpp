#include "OtpGenerator.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <QByteArray>

#include <algorithm>
#include <cmath>
#include <cstring>

OtpGenerator::OtpGenerator(const OtpSettings& settings)
    : m_alphabet(alphabetFor(settings))
    , m_length(settings.length)
{
    const int size = static_cast<int>(m_alphabet.size());
    if (size == 0)
        return;
    // Bytes below `accepted` map evenly onto the alphabet (each character the same number of
    // times); the remaining 256 % size values would favour the first characters.
    const int accepted = 256 - 256 % size;
    for (int b = 0; b < accepted; ++b)
        m_map[b] = m_alphabet.at(b % size).toLatin1();
}

OtpGenerator::~OtpGenerator()
{
    if (!m_block.empty())
        OPENSSL_cleanse(m_block.data(), m_block.size());
}

QString OtpGenerator::alphabetFor(const OtpSettings& settings)
{
    QString alphabet;
    auto add = [&](bool selected, const char* characters) {
        if (!selected)
            return;
        for (const char* c = characters; *c; ++c) {
            if (!settings.avoidLookAlike || !std::strchr(kLookAlike, *c))
                alphabet += QLatin1Char(*c);
        }
    };
    add(settings.digits, kDigits);
    add(settings.lowercase, kLowercase);
    add(settings.uppercase, kUppercase);
    add(settings.special, kSpecial);
    return alphabet;
}

double OtpGenerator::entropyBits() const
{
    return m_alphabet.isEmpty() ? 0.0 : m_length * std::log2(static_cast<double>(m_alphabet.size()));
}

double OtpGenerator::entropyBits(const OtpSettings& settings)
{
    const qsizetype size = alphabetFor(settings).size();
    return size == 0 ? 0.0 : settings.length * std::log2(static_cast<double>(size));
}

Result<QString> OtpGenerator::generate()
{
    if (m_alphabet.isEmpty())
        return Result<QString>::failure(tr("No character class is selected for one-time passwords."));
    if (m_length < 1)
        return Result<QString>::failure(tr("The one-time password length must be at least 1."));
    QByteArray characters(m_length, Qt::Uninitialized);
    if (!fill(characters.data(), characters.size()))
        return Result<QString>::failure(tr("The system's secure random number generator failed."));
    const QString otp = QString::fromLatin1(characters);
    OPENSSL_cleanse(characters.data(), characters.size());
    return otp;
}

bool OtpGenerator::fill(char* out, qsizetype count)
{
    if (m_alphabet.isEmpty())
        return false;
    qsizetype written = 0;
    while (written < count) {
        if (m_used == m_size && !refill(count - written))
            return false;
        // A byte yields at most one character, so taking no more bytes than characters still
        // wanted keeps every write inside `out` without a second test in the loop.
        const int take = static_cast<int>(std::min<qsizetype>(m_size - m_used, count - written));
        const unsigned char* in = m_block.data() + m_used;
        char* to = out + written;
        // Each kept character's position depends on the count before it, which makes one pass a
        // chain of dependent additions. Two halves mapped side by side are two independent chains
        // that the CPU runs in parallel; the second half's characters then move up behind the first.
        // A rejected byte's 0 is overwritten by the next character of its chain.
        const int half = take / 2;
        const unsigned char* in2 = in + half;
        char* to2 = to + half;
        qsizetype made = 0, made2 = 0;
        for (int i = 0; i < half; ++i) {
            const char c = m_map[in[i]];
            const char c2 = m_map[in2[i]];
            to[made] = c;
            to2[made2] = c2;
            made += c != 0;
            made2 += c2 != 0;
        }
        if (take % 2) {
            const char c2 = m_map[in2[half]];
            to2[made2] = c2;
            made2 += c2 != 0;
        }
        std::memmove(to + made, to2, static_cast<size_t>(made2));
        made += made2;
        OPENSSL_cleanse(m_block.data() + m_used, take);
        m_used += take;
        written += made;
    }
    return true;
}

bool OtpGenerator::refill(qsizetype wanted)
{
    // A quarter more than wanted covers the rejected bytes in one call for every alphabet the
    // settings can make (at most 19% rejected, with 52 letters); fill() draws again if not.
    const int size = static_cast<int>(std::clamp<qsizetype>(wanted + wanted / 4 + 16, kMinBlock, kMaxBlock));
    if (static_cast<int>(m_block.size()) < size)
        m_block.resize(size); // everything in the old block was consumed, hence wiped
    if (RAND_bytes(m_block.data(), size) != 1)
        return false;
    m_size = size;
    m_used = 0;
    return true;
}

Result<QStringList> OtpGenerator::samples(const OtpSettings& settings, int count)
{
    OtpGenerator generator(settings);
    QStringList list;
    for (int i = 0; i < count; ++i) {
        Result<QString> otp = generator.generate();
        if (!otp)
            return Result<QStringList>::failure(otp.error());
        list << otp.take();
    }
    return list;
}
