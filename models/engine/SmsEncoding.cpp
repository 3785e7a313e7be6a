#include "SmsEncoding.h"

namespace {

// How many septets a character costs in GSM-7, 0 when GSM-7 cannot carry it.
enum Cost : unsigned char { NotGsm = 0, Basic = 1, Extension = 2 };

constexpr char16_t kEuro = 0x20AC;
// Every character of both tables except € lies below U+0400 (the last is Ω, U+03A9).
constexpr char16_t kTableLimit = 0x0400;

struct CostTable {
    std::array<unsigned char, kTableLimit> cost{};

    CostTable() {
        const auto& basic = SmsEncoding::basicTable();
        for (int septet = 0; septet < 128; ++septet) {
            if (septet != SmsEncoding::kEscape)
                cost[basic[septet]] = Basic;
        }
        for (const auto& entry : SmsEncoding::extensionTable()) {
            if (entry.second < kTableLimit)
                cost[entry.second] = Extension;
        }
    }
};

Cost costOf(char16_t c) {
    static const CostTable table;
    if (c < kTableLimit)
        return static_cast<Cost>(table.cost[c]);
    return c == kEuro ? Extension : NotGsm;
}

} // namespace

const std::array<char16_t, 128>& SmsEncoding::basicTable() {
    // 3GPP TS 23.038 §6.2.1, rows in steps of 16 septets.
    static const std::array<char16_t, 128> table = {
        // 0x00
        u'@', 0x00A3, u'$', 0x00A5, 0x00E8, 0x00E9, 0x00F9, 0x00EC,   // @ £ $ ¥ è é ù ì
        0x00F2, 0x00C7, u'\n', 0x00D8, 0x00F8, u'\r', 0x00C5, 0x00E5, // ò Ç LF Ø ø CR Å å
        // 0x10
        0x0394, u'_', 0x03A6, 0x0393, 0x039B, 0x03A9, 0x03A0, 0x03A8,    // Δ _ Φ Γ Λ Ω Π Ψ
        0x03A3, 0x0398, 0x039E, kEscape, 0x00C6, 0x00E6, 0x00DF, 0x00C9, // Σ Θ Ξ ESC Æ æ ß É
        // 0x20
        u' ', u'!', u'"', u'#', 0x00A4, u'%', u'&', u'\'', // ¤ at 0x24
        u'(', u')', u'*', u'+', u',', u'-', u'.', u'/',
        // 0x30
        u'0', u'1', u'2', u'3', u'4', u'5', u'6', u'7', u'8', u'9', u':', u';', u'<', u'=', u'>', u'?',
        // 0x40
        0x00A1, u'A', u'B', u'C', u'D', u'E', u'F', u'G', u'H', u'I', u'J', u'K', u'L', u'M', u'N', u'O', // ¡ at 0x40
        // 0x50
        u'P', u'Q', u'R', u'S', u'T', u'U', u'V', u'W', u'X', u'Y', u'Z', 0x00C4, 0x00D6, 0x00D1, 0x00DC,
        0x00A7, // Ä Ö Ñ Ü §
        // 0x60
        0x00BF, u'a', u'b', u'c', u'd', u'e', u'f', u'g', u'h', u'i', u'j', u'k', u'l', u'm', u'n', u'o', // ¿ at 0x60
        // 0x70
        u'p', u'q', u'r', u's', u't', u'u', u'v', u'w', u'x', u'y', u'z', 0x00E4, 0x00F6, 0x00F1, 0x00FC,
        0x00E0, // ä ö ñ ü à
    };
    return table;
}

const std::array<std::pair<char, char16_t>, 10>& SmsEncoding::extensionTable() {
    // 3GPP TS 23.038 §6.2.1.1: each is sent as the escape septet and the code below.
    static const std::array<std::pair<char, char16_t>, 10> table = {{
        {0x0A, 0x000C}, // form feed
        {0x14, u'^'},
        {0x28, u'{'},
        {0x29, u'}'},
        {0x2F, u'\\'},
        {0x3C, u'['},
        {0x3D, u'~'},
        {0x3E, u']'},
        {0x40, u'|'},
        {0x65, kEuro},
    }};
    return table;
}

bool SmsEncoding::isBasic(QChar c) {
    return costOf(c.unicode()) == Basic;
}

bool SmsEncoding::isExtension(QChar c) {
    return costOf(c.unicode()) == Extension;
}

bool SmsEncoding::isGsm7(const QString& text) {
    for (QChar c : text) {
        if (costOf(c.unicode()) == NotGsm)
            return false;
    }
    return true;
}

SmsEncoding::Analysis SmsEncoding::analyse(const QString& text) {
    Analysis a;
    int septets = 0;
    for (int i = 0; i < text.size(); ++i) {
        const Cost cost = costOf(text.at(i).unicode());
        if (cost == NotGsm) {
            const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size();
            a.firstUcs2Char = text.mid(i, pair ? 2 : 1);
            a.encoding = Encoding::Ucs2;
            break;
        }
        septets += cost;
    }
    // UCS-2 as phones really send it is UTF-16: a character outside the BMP takes two units.
    a.units = a.encoding == Encoding::Gsm7 ? septets : static_cast<int>(text.size());
    a.segments = segmentsFor(a.encoding, a.units);
    const int single = a.encoding == Encoding::Gsm7 ? kGsm7Single : kUcs2Single;
    const int part = a.encoding == Encoding::Gsm7 ? kGsm7Part : kUcs2Part;
    a.perSegment = a.segments == 1 ? single : part;
    a.remaining = a.perSegment * a.segments - a.units;
    return a;
}

int SmsEncoding::segmentsFor(Encoding encoding, int units) {
    const int single = encoding == Encoding::Gsm7 ? kGsm7Single : kUcs2Single;
    const int part = encoding == Encoding::Gsm7 ? kGsm7Part : kUcs2Part;
    if (units <= single)
        return 1;
    return (units + part - 1) / part;
}

QString SmsEncoding::encodingName(Encoding encoding) {
    return encoding == Encoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2");
}

QString SmsEncoding::summary(const Analysis& analysis) {
    return tr("%1 characters, %2, %3 SMS")
        .arg(analysis.units)
        .arg(encodingName(analysis.encoding))
        .arg(analysis.segments);
}
