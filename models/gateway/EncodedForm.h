#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <vector>

// One form of a secret as the redaction boundary (GatewayRedactor) looks for it in a reply: each
// character in any of the ways a provider or a proxy may write it, chosen character by character:
// itself (case-insensitive), percent-encoded (each UTF-8 byte, either case), '+' for a space, a
// JSON \u escape, a JSON-escaped quote, slash or backslash, and an HTML entity (decimal, hex or
// named) for ASCII punctuation. Matching is a plain scan with no regular expression, so a new
// form per message costs no pattern compile; where the encodings overlap it backtracks in the
// order listed (as the regular expression it replaced did), remembering failed states once a scan
// gets long so no reply can make it slow.
class EncodedForm {
public:
    // `separated`: up to two separators (white space, '.', '(', ')', '-', "%20" or '+') may stand
    // between two characters, as in a phone number written "+7 916 123-45-67".
    EncodedForm(const QString& form, bool separated);

    // What one scan of one text remembers (the failed states, kept only when the scan gets long).
    struct Scan {
        std::vector<unsigned char> failed;
        long steps = 0;
    };
    // The end (in UTF-16 code units) of this form written at `at` in `text`, or -1.
    qsizetype matchAt(QStringView text, qsizetype at, Scan& scan) const;

private:
    static constexpr int kMaxEncodings = 8;
    struct Char {
        char32_t folded = 0;
        int count = 0; // encodings besides the character itself
        std::array<std::array<char, 16>, kMaxEncodings> encodings{};
    };
    static Char encodingsOf(char32_t c);
    qsizetype matchFrom(QStringView text, qsizetype at, qsizetype index, int separators, Scan& scan) const;
    bool failedBefore(const Scan& scan, qsizetype at, qsizetype index, int separators) const;
    void remember(Scan& scan, QStringView text, qsizetype at, qsizetype index, int separators) const;

    std::vector<Char> m_chars;
    bool m_separated;
};
