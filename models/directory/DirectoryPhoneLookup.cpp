#include "DirectoryPhoneLookup.h"

#include "LdapFilter.h"
#include "domain/EventCode.h"
#include "engine/PhoneNormalizer.h"

namespace {

DirectoryPhoneLookup::Outcome make(DirectoryPhoneLookup::Kind kind, const QString& message)
{
    DirectoryPhoneLookup::Outcome out;
    out.kind = kind;
    out.message = message;
    return out;
}

// Directory strings are UTF-8; anything else (a photo, a certificate) is binary data.
bool isText(const QByteArray& value)
{
    if (value.contains('\0'))
        return false;
    const QString text = QString::fromUtf8(value);
    return !text.contains(QChar::ReplacementCharacter) &&
           std::none_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

DirectoryPhoneLookup::DirectoryPhoneLookup(DirectoryClient& client, DirectorySettings directory,
                                           PhoneFormatSettings phoneFormat)
    : m_client(client)
    , m_directory(std::move(directory))
    , m_phoneFormat(std::move(phoneFormat))
{
}

bool DirectoryPhoneLookup::Outcome::directoryHasNoNumber() const
{
    return kind == Kind::UserMissing || kind == Kind::NoNumber || kind == Kind::InvalidNumber ||
           kind == Kind::SeveralNumbers;
}

int DirectoryPhoneLookup::Outcome::eventCode() const
{
    switch (kind) {
    case Kind::Found:
        return 0;
    case Kind::UserMissing:
        return EventCode::DirectoryUserMissing;
    case Kind::NoNumber:
        return EventCode::DirectoryPhoneMissing;
    case Kind::InvalidNumber:
        return EventCode::DirectoryPhoneInvalid;
    case Kind::SeveralNumbers:
        return EventCode::DirectoryPhoneAmbiguous;
    case Kind::Unreachable:
        return EventCode::DirectoryUnreachable;
    case Kind::BindFailed:
        return EventCode::DirectoryBindFailed;
    case Kind::SearchFailed:
        return EventCode::DirectorySearchFailed;
    case Kind::NotConfigured:
        return EventCode::DirectoryNotConfigured;
    }
    return EventCode::DirectoryNotConfigured;
}

DirectoryPhoneLookup::Outcome DirectoryPhoneLookup::fromClientError(const DirectoryClient::Outcome& searched)
{
    switch (searched.error) {
    case DirectoryClient::Error::None:
        break;
    case DirectoryClient::Error::Unreachable:
        return make(Kind::Unreachable, tr("the directory cannot be reached: %1").arg(searched.message));
    case DirectoryClient::Error::BindFailed:
        return make(Kind::BindFailed, tr("the directory refused the bind: %1").arg(searched.message));
    case DirectoryClient::Error::SearchFailed:
        return make(Kind::SearchFailed, tr("the directory search failed: %1").arg(searched.message));
    }
    return make(Kind::SearchFailed, searched.message);
}

DirectoryPhoneLookup::Outcome DirectoryPhoneLookup::lookup(const QString& login) const
{
    if (!m_directory.isConfigured())
        return make(Kind::NotConfigured, tr("the settings take the phone number from the directory, but no directory "
                                            "server is configured"));
    const QString attribute = m_phoneFormat.directoryAttribute;
    // Two entries are enough to tell "one" from "several"; the filter's {login} is escaped.
    const DirectoryClient::Outcome searched =
        m_client.search({LdapFilter::withLogin(m_directory.userFilter, login.trimmed()), {attribute}, 2});
    if (!searched.ok())
        return fromClientError(searched);
    if (searched.entries.isEmpty())
        return make(Kind::UserMissing, tr("the directory has no user with this login"));
    if (searched.entries.size() > 1 || searched.truncated)
        return make(Kind::SeveralNumbers,
                    tr("the directory's user filter matches several users for this login; it must match one"));
    return numberOf(searched.entries.first());
}

DirectoryPhoneLookup::Outcome DirectoryPhoneLookup::numberOf(const DirectoryClient::Entry& entry) const
{
    const QString attribute = m_phoneFormat.directoryAttribute;
    const QList<QByteArray> values = entry.values.value(attribute);
    Outcome out;
    if (values.isEmpty() || (values.size() == 1 && values.first().trimmed().isEmpty()))
        out = make(Kind::NoNumber, tr("the user's %1 attribute in the directory is empty").arg(attribute));
    else if (values.size() > 1)
        out = make(Kind::SeveralNumbers, tr("the user's %1 attribute in the directory holds %2 values; one number is "
                                            "expected")
                                             .arg(attribute)
                                             .arg(values.size()));
    else if (!isText(values.first())) {
        out = make(Kind::InvalidNumber,
                   tr("the user's %1 attribute in the directory holds binary data, not a phone number").arg(attribute));
        out.binary = true;
    }
    if (out.kind == Kind::NotConfigured) {
        const PhoneNormalizer::Outcome number = PhoneNormalizer(m_phoneFormat).check(QString::fromUtf8(values.first()));
        if (number.ok) {
            out.kind = Kind::Found;
            out.normalized = number.normalized;
        } else {
            out =
                make(Kind::InvalidNumber, tr("the user's %1 attribute in the directory is not a valid phone number: %2")
                                              .arg(attribute, number.reason));
        }
    }
    out.dn = entry.dn;
    return out;
}
