#include "PhoneNormalizer.h"

#include "domain/Limits.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <utility>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

// Digits kept of one number. E.164 allows 15, so longer input is only counted, for the message.
constexpr int kMaxDigits = 32;
constexpr int kE164MaxDigits = 15;

enum class CharKind : unsigned char { Other, Digit, LetterO, Drop, Plus, Stop };

// The ASCII part of the rules as a table, so the hot loop is one load per character.
constexpr std::array<CharKind, 128> asciiKinds()
{
    std::array<CharKind, 128> kinds{};
    for (char16_t c = u'0'; c <= u'9'; ++c)
        kinds[c] = CharKind::Digit;
    // DESIGN §4 names spaces, tabs, brackets and hyphens; CR and LF come with pasted text.
    for (char16_t c : {u' ', u'\t', u'\r', u'\n', u'(', u')', u'[', u']', u'{', u'}', u'-'})
        kinds[c] = CharKind::Drop;
    kinds[u'O'] = kinds[u'o'] = CharKind::LetterO;
    kinds[u'+'] = CharKind::Plus;
    kinds[u','] = kinds[u';'] = CharKind::Stop;
    return kinds;
}
constexpr std::array<CharKind, 128> kAsciiKinds = asciiKinds();

CharKind kindOf(char16_t c)
{
    if (c < 128)
        return kAsciiKinds[c];
    switch (c) {
    case 0x041E: // Cyrillic О
    case 0x043E: // Cyrillic о
        return CharKind::LetterO;
    // Beyond the seed: numbers copied from web pages and word processors carry no-break and
    // thin spaces, typographic dashes and the minus sign where a person sees a space or hyphen.
    case 0x00A0: // no-break space
    case 0x2007: // figure space
    case 0x2009: // thin space
    case 0x202F: // narrow no-break space
    case 0x200B: // zero-width space
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2015: // horizontal bar
    case 0x2212: // minus sign
    case 0xFF0D: // fullwidth hyphen-minus
        return CharKind::Drop;
    default:
        return CharKind::Other;
    }
}

PhoneNormalizer::NumberType fromLibphonenumber(PhoneNumberUtil::PhoneNumberType type)
{
    using T = PhoneNormalizer::NumberType;
    switch (type) {
    case PhoneNumberUtil::MOBILE:
        return T::Mobile;
    case PhoneNumberUtil::FIXED_LINE:
        return T::FixedLine;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return T::FixedLineOrMobile;
    case PhoneNumberUtil::TOLL_FREE:
        return T::TollFree;
    case PhoneNumberUtil::PREMIUM_RATE:
        return T::PremiumRate;
    case PhoneNumberUtil::SHARED_COST:
        return T::SharedCost;
    case PhoneNumberUtil::VOIP:
        return T::Voip;
    case PhoneNumberUtil::PERSONAL_NUMBER:
        return T::PersonalNumber;
    case PhoneNumberUtil::PAGER:
        return T::Pager;
    case PhoneNumberUtil::UAN:
        return T::Uan;
    case PhoneNumberUtil::VOICEMAIL:
        return T::Voicemail;
    case PhoneNumberUtil::UNKNOWN:
        break;
    }
    return T::Unknown;
}

// The character at `i` as text, a whole surrogate pair when it is one, for messages.
QString characterAt(const QString& text, int i)
{
    const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
    return text.mid(i, pair ? 2 : 1);
}

bool isPlusAndDigits(const QString& text)
{
    if (text.size() < 2 || text.at(0) != QLatin1Char('+'))
        return false;
    for (int i = 1; i < text.size(); ++i) {
        if (text.at(i).unicode() < u'0' || text.at(i).unicode() > u'9')
            return false;
    }
    return true;
}

} // namespace

PhoneNormalizer::PhoneNormalizer(PhoneFormatSettings settings)
    : m_settings(std::move(settings))
{
    // The prefix is validated as '+' and a country code; libphonenumber knows its main region.
    std::string region = "ZZ";
    bool isNumber = false;
    const int countryCode = m_settings.prefix.mid(1).toInt(&isNumber);
    if (m_settings.prefix.startsWith(QLatin1Char('+')) && isNumber)
        PhoneNumberUtil::GetInstance()->GetRegionCodeForCountryCode(countryCode, &region);
    m_region = QString::fromStdString(region);
    // Checked once here rather than per number: settings read from a file may not be validated.
    m_prefixIsDigits = isPlusAndDigits(m_settings.prefix);
}

PhoneNormalizer::Outcome PhoneNormalizer::normalize(const QString& input) const
{
    if (input.size() > Limits::kPhoneInputLength) {
        Outcome tooLong;
        tooLong.reason = tr("a phone number has at most %n characters", nullptr, Limits::kPhoneInputLength);
        return tooLong;
    }
    return m_settings.normalize ? normalizeLoosely(input) : acceptVerbatim(input);
}

PhoneNormalizer::Outcome PhoneNormalizer::check(const QString& input) const
{
    Outcome outcome = normalize(input);
    if (!outcome.ok)
        return outcome;
    classify(outcome);
    if (m_settings.refusePremiumRate && isPumpingRisk(outcome.type)) {
        outcome.ok = false;
        outcome.reason = tr("this is a %1 number: one-time passwords are not sent to such numbers, which are used "
                            "for SMS pumping fraud (phoneFormat.refusePremiumRate)")
                             .arg(outcome.typeName);
    }
    return outcome;
}

void PhoneNormalizer::classify(Outcome& outcome) const
{
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    outcome.classified = true;
    outcome.type = NumberType::Unknown;
    outcome.libphonenumberValid = false;
    if (util.Parse(outcome.normalized.toStdString(), m_region.toStdString(), &number) ==
        PhoneNumberUtil::NO_PARSING_ERROR) {
        outcome.libphonenumberValid = util.IsValidNumber(number);
        outcome.type = fromLibphonenumber(util.GetNumberType(number));
    }
    outcome.typeName = typeName(outcome.type);
}

// DESIGN §4, in order: cut at the first ',' or ';', O -> 0, drop spaces, tabs, brackets and
// hyphens, trunk digit -> prefix, add a missing prefix, check the length.
PhoneNormalizer::Outcome PhoneNormalizer::normalizeLoosely(const QString& input) const
{
    char16_t digits[kMaxDigits];
    int count = 0; // every digit seen, also those beyond kMaxDigits
    bool hasPlus = false;
    const QChar* text = input.constData();
    const int size = static_cast<int>(input.size());
    for (int i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        switch (kindOf(c)) {
        case CharKind::Digit:
            if (count < kMaxDigits)
                digits[count] = c;
            ++count;
            continue;
        case CharKind::LetterO:
            if (count < kMaxDigits)
                digits[count] = u'0';
            ++count;
            continue;
        case CharKind::Drop:
            continue;
        case CharKind::Plus:
            if (count > 0 || hasPlus)
                return rejected(tr("'+' may only stand at the start of the number"));
            hasPlus = true;
            continue;
        case CharKind::Stop:
            i = size; // the rest is another number
            continue;
        case CharKind::Other: {
            const QString character = characterAt(input, i);
            return rejected(text[i].isLetter()
                                ? tr("contains the letter '%1', which cannot be part of a phone number").arg(character)
                                : tr("contains '%1', which cannot be part of a phone number").arg(character));
        }
        }
    }
    if (count == 0)
        return rejected(input.trimmed().isEmpty() ? tr("no number was given") : tr("contains no digits"));
    return finish(digits, count, hasPlus);
}

PhoneNormalizer::Outcome PhoneNormalizer::finish(const char16_t* digits, int count, bool hasPlus) const
{
    // A leading trunk digit is replaced by the prefix; a number without '+' gets the prefix,
    // unless it already begins with the prefix's digits and has the right length with a '+'
    // alone ("79161234567" typed for +79161234567): DESIGN §4 adds the prefix only to a number
    // that "does not start with the prefix".
    int skip = 0;
    Rule rule = hasPlus ? Rule::AsTyped : Rule::PrefixAdded;
    if (!hasPlus && m_settings.trunkDigit.size() == 1 && digits[0] == m_settings.trunkDigit.at(0).unicode()) {
        skip = 1;
        rule = Rule::TrunkDigit;
    }
    if (!hasPlus && !m_prefixIsDigits)
        return rejected(tr("the prefix %1 is not '+' and digits").arg(m_settings.prefix));
    if (rule == Rule::PrefixAdded && 1 + count == m_settings.length && startsWithPrefixDigits(digits, count)) {
        hasPlus = true;
        rule = Rule::PrefixRecognised;
    }
    const QStringView head = hasPlus ? QStringView(u"+") : QStringView(m_settings.prefix);
    const int total = static_cast<int>(head.size()) + count - skip;
    if (total < m_settings.length)
        return rejected(
            tr("too short: %1 characters after normalisation, %2 expected").arg(total).arg(m_settings.length));
    if (total > m_settings.length)
        return rejected(
            tr("too long: %1 characters after normalisation, %2 expected").arg(total).arg(m_settings.length));
    if (count > kMaxDigits)
        return rejected(tr("too long: %1 digits").arg(count));

    Outcome outcome;
    outcome.normalized = QString(total, Qt::Uninitialized);
    QChar* out = outcome.normalized.data();
    for (QChar c : head)
        *out++ = c;
    for (int i = skip; i < count; ++i)
        *out++ = QChar(digits[i]);
    outcome.ok = true;
    outcome.rule = rule;
    return outcome;
}

bool PhoneNormalizer::startsWithPrefixDigits(const char16_t* digits, int count) const
{
    const int prefixDigits = static_cast<int>(m_settings.prefix.size()) - 1;
    if (prefixDigits < 1 || prefixDigits > count || count > kMaxDigits)
        return false;
    for (int i = 0; i < prefixDigits; ++i) {
        if (digits[i] != m_settings.prefix.at(i + 1).unicode())
            return false;
    }
    return true;
}

QString PhoneNormalizer::ruleText(Rule rule) const
{
    switch (rule) {
    case Rule::AsTyped:
        return tr("typed with '+': the country code was kept as typed");
    case Rule::TrunkDigit:
        return tr("the trunk digit %1 at the start became the prefix %2").arg(m_settings.trunkDigit, m_settings.prefix);
    case Rule::PrefixAdded:
        return tr("the prefix %1 was added in front").arg(m_settings.prefix);
    case Rule::PrefixRecognised:
        return tr("it began with the country code %1 without '+', and had the length of a whole number")
            .arg(m_settings.prefix.mid(1));
    case Rule::None:
        break;
    }
    return tr("taken as typed (normalisation is off)");
}

// With normalisation off the number is taken as it is stored: only surrounding space goes.
PhoneNormalizer::Outcome PhoneNormalizer::acceptVerbatim(const QString& input) const
{
    const QString number = input.trimmed();
    if (number.isEmpty())
        return rejected(tr("no number was given"));
    if (!isPlusAndDigits(number))
        return rejected(tr("must be '+' followed by digits only, since normalisation is off"));
    if (number.size() - 1 > kE164MaxDigits)
        return rejected(tr("too long: %1 digits, an international number has at most %2")
                            .arg(number.size() - 1)
                            .arg(kE164MaxDigits));
    Outcome outcome;
    outcome.ok = true;
    outcome.normalized = number;
    outcome.rule = Rule::None;
    return outcome;
}

PhoneNormalizer::Outcome PhoneNormalizer::rejected(QString reason)
{
    Outcome outcome;
    outcome.reason = std::move(reason);
    return outcome;
}

QString PhoneNormalizer::typeName(NumberType type)
{
    switch (type) {
    case NumberType::Mobile:
        return tr("mobile");
    case NumberType::FixedLine:
        return tr("fixed line");
    case NumberType::FixedLineOrMobile:
        return tr("fixed line or mobile");
    case NumberType::TollFree:
        return tr("toll-free");
    case NumberType::PremiumRate:
        return tr("premium-rate");
    case NumberType::SharedCost:
        return tr("shared-cost");
    case NumberType::Voip:
        return tr("VoIP");
    case NumberType::PersonalNumber:
        return tr("personal number");
    case NumberType::Pager:
        return tr("pager");
    case NumberType::Uan:
        return tr("universal access number");
    case NumberType::Voicemail:
        return tr("voicemail");
    case NumberType::Unknown:
        break;
    }
    return tr("unknown type");
}

QString PhoneNormalizer::typeKey(NumberType type)
{
    switch (type) {
    case NumberType::Mobile:
        return QStringLiteral("mobile");
    case NumberType::FixedLine:
        return QStringLiteral("fixedLine");
    case NumberType::FixedLineOrMobile:
        return QStringLiteral("fixedLineOrMobile");
    case NumberType::TollFree:
        return QStringLiteral("tollFree");
    case NumberType::PremiumRate:
        return QStringLiteral("premiumRate");
    case NumberType::SharedCost:
        return QStringLiteral("sharedCost");
    case NumberType::Voip:
        return QStringLiteral("voip");
    case NumberType::PersonalNumber:
        return QStringLiteral("personal");
    case NumberType::Pager:
        return QStringLiteral("pager");
    case NumberType::Uan:
        return QStringLiteral("uan");
    case NumberType::Voicemail:
        return QStringLiteral("voicemail");
    case NumberType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool PhoneNormalizer::isPumpingRisk(NumberType type)
{
    return type == NumberType::PremiumRate || type == NumberType::TollFree || type == NumberType::SharedCost;
}
