#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <utility>

// Which SMS alphabet a text needs and how many messages it takes (DESIGN §5, 3GPP TS 23.038).
//
// GSM-7 (the GSM 03.38 default alphabet): 160 septets in one SMS, 153 per part of a
// concatenated one (the user data header takes 7). A character of the extension table is an
// escape septet plus its code, so it counts twice. Any character in neither table, Cyrillic
// for example, forces UCS-2: 70 UTF-16 code units in one SMS, 67 per part.
//
// The part count is the plain division the operators bill by; an encoder that refuses to
// split an escape pair or a surrogate pair across parts may occasionally need one more.
class SmsEncoding {
    Q_DECLARE_TR_FUNCTIONS(SmsEncoding)

public:
    enum class Encoding { Gsm7, Ucs2 };

    static constexpr int kGsm7Single = 160, kGsm7Part = 153;
    static constexpr int kUcs2Single = 70, kUcs2Part = 67;
    static constexpr char16_t kEscape = 0x1B; // septet 0x1B switches to the extension table

    struct Analysis {
        Encoding encoding = Encoding::Gsm7;
        int units = 0;         // septets for GSM-7, UTF-16 code units for UCS-2
        int segments = 1;      // an empty text still takes one SMS
        int perSegment = 160;  // the capacity of each of those segments
        int remaining = 160;   // units left in the last segment before another one is needed
        QString firstUcs2Char; // for UCS-2: the first character that forced it
    };

    static Analysis analyse(const QString& text);
    static int segmentsFor(Encoding encoding, int units);
    static QString encodingName(Encoding encoding);
    // "12 characters, GSM-7, 1 SMS": the live preview's line.
    static QString summary(const Analysis& analysis);

    // The GSM 03.38 basic table: index = septet, value = Unicode character. Septet 0x1B is
    // the escape to the extension table and has no character of its own (value 0x1B).
    static const std::array<char16_t, 128>& basicTable();
    // The extension table as (septet, Unicode) pairs: form feed, ^ { } \ [ ~ ] | and €.
    static const std::array<std::pair<char, char16_t>, 10>& extensionTable();

    static bool isBasic(QChar c);
    static bool isExtension(QChar c);
    // True when every character of `text` is in the basic or extension table.
    static bool isGsm7(const QString& text);
};
