#pragma once

#include "domain/OtpSettings.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

// One-time passwords from OpenSSL's CSPRNG (DESIGN §4). Every character is uniform over the
// union of the selected classes: random bytes at or above the largest multiple of the
// alphabet size are thrown away (rejection sampling), so there is no modulo bias.
//
// Random bytes are drawn in blocks sized to the request (a few hundred bytes for one OTP, up
// to 64 KiB for bulk use) and mapped through a 256-entry table, which keeps the generator
// within a small factor of RAND_bytes itself. Consumed bytes are wiped at once and the rest
// when the generator goes away, since they decide passwords.
class OtpGenerator {
    Q_DECLARE_TR_FUNCTIONS(OtpGenerator)

public:
    static constexpr const char* kDigits = "0123456789";
    static constexpr const char* kLowercase = "abcdefghijklmnopqrstuvwxyz";
    static constexpr const char* kUppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    // Punctuation of the GSM 03.38 basic table only, so an OTP never forces UCS-2 or costs an
    // escape septet. Left out on purpose: '@' (septet 0x00, a NUL some gateways cut the text
    // at), '"' and '\'' (phones turn them into typographic quotes) and the non-ASCII symbols
    // (£ ¥ ¤ § ¡ ¿), which are hard to type on a computer keyboard.
    static constexpr const char* kSpecial = "!#$%&()*+,-./:;<=>?_";
    // With avoidLookAlike: characters a person easily mistakes for another (0/O/o, 1/l/I).
    static constexpr const char* kLookAlike = "0Oo1lI";

    explicit OtpGenerator(const OtpSettings& settings);
    ~OtpGenerator();
    OtpGenerator(const OtpGenerator&) = delete;
    OtpGenerator& operator=(const OtpGenerator&) = delete;

    // The characters an OTP is drawn from, in a fixed order; empty when no class is selected.
    const QString& alphabet() const { return m_alphabet; }
    int length() const { return m_length; }
    // length × log2(alphabet size): what an attacker has to guess.
    double entropyBits() const;
    static double entropyBits(const OtpSettings& settings);
    static QString alphabetFor(const OtpSettings& settings);

    // A new OTP of the configured length, or why there is none (no class, RNG failure).
    Result<QString> generate();
    // Fills `out` with `count` characters (Latin-1 bytes); false when the RNG failed.
    // The bulk form that generate() and the throughput benchmark share.
    bool fill(char* out, qsizetype count);

    // Fresh samples for a preview (the settings page, `otp sample`).
    static Result<QStringList> samples(const OtpSettings& settings, int count);

private:
    bool refill(qsizetype wanted);

    // RAND_bytes costs a call overhead per request; 64 KiB is OpenSSL's DRBG request limit.
    static constexpr int kMinBlock = 256, kMaxBlock = 1 << 16;
    QString m_alphabet;
    int m_length = 0;
    // Byte value -> character, or 0 for a byte that rejection sampling throws away.
    std::array<char, 256> m_map{};
    std::vector<unsigned char> m_block;
    int m_size = 0; // random bytes in m_block
    int m_used = 0; // of which already consumed
};
