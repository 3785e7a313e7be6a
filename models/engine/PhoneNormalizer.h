#pragma once

#include "domain/PhoneFormatSettings.h"

#include <QCoreApplication>
#include <QString>

// Turns what a person typed into an E.164 number by the customer's own rules (DESIGN §4),
// then optionally asks libphonenumber what kind of number it is.
//
// normalize() is the fast path: no regular expressions, one pass over the UTF-16 code units,
// one allocation for the result. check() adds the libphonenumber classification (about two
// orders of magnitude slower), which decides nothing by itself except the premium-rate refusal.
class PhoneNormalizer {
    Q_DECLARE_TR_FUNCTIONS(PhoneNormalizer)

public:
    // libphonenumber's PhoneNumberType, kept out of the header so callers need not include it.
    enum class NumberType {
        Unknown,
        Mobile,
        FixedLine,
        FixedLineOrMobile,
        TollFree,
        PremiumRate,
        SharedCost,
        Voip,
        PersonalNumber,
        Pager,
        Uan,
        Voicemail,
    };

    // Which of DESIGN §4's rules gave the number its country code, for the "try a number" preview.
    enum class Rule {
        None,             // rejected, or normalisation is off and the number was taken as typed
        AsTyped,          // it started with '+'
        TrunkDigit,       // the leading trunk digit became the prefix ("8 916…" -> "+7916…")
        PrefixAdded,      // the prefix was added in front ("916…" -> "+7916…")
        PrefixRecognised, // it began with the prefix's digits and had the length with '+' ("7916…")
    };

    struct Outcome {
        bool ok = false;
        Rule rule = Rule::None;
        QString normalized; // E.164 ("+79161234567"); empty when normalisation failed
        QString reason;     // translated; empty when ok
        NumberType type = NumberType::Unknown;
        QString typeName; // translated; empty until check() classified the number
        // libphonenumber's opinion, a warning only: the customer's rules decide acceptance.
        bool libphonenumberValid = false;
        bool classified = false; // true when check() ran libphonenumber on the number
    };

    explicit PhoneNormalizer(PhoneFormatSettings settings);

    // The customer's rules only (fast path).
    Outcome normalize(const QString& input) const;
    // normalize(), then libphonenumber's type and validity, and the premium-rate refusal.
    Outcome check(const QString& input) const;
    // Adds libphonenumber's verdict to an outcome that normalize() accepted.
    void classify(Outcome& outcome) const;

    // The region libphonenumber uses for the prefix's country code ("RU" for +7), or "ZZ".
    const QString& region() const { return m_region; }
    const PhoneFormatSettings& settings() const { return m_settings; }

    static QString typeName(NumberType type);
    // What `rule` did, in words, naming the settings' prefix and trunk digit.
    QString ruleText(Rule rule) const;
    // A stable, untranslated name for JSON output ("mobile", "tollFree", ...).
    static QString typeKey(NumberType type);
    // Numbers that cost the sender (or are not phones) and attract SMS pumping fraud.
    static bool isPumpingRisk(NumberType type);

private:
    Outcome normalizeLoosely(const QString& input) const;
    Outcome acceptVerbatim(const QString& input) const;
    Outcome finish(const char16_t* digits, int count, bool hasPlus) const;
    static Outcome rejected(QString reason);
    bool startsWithPrefixDigits(const char16_t* digits, int count) const;

    PhoneFormatSettings m_settings;
    QString m_region;
    bool m_prefixIsDigits = false;
};
