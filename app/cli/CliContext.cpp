#include "CliContext.h"

#include "ExitCode.h"
#include "engine/OtpService.h"
#include "engine/SystemClock.h"
#include "store/SettingsRepository.h"
#include "store/StoreKeyVault.h"
#include "util/ActorName.h"

#include <QFile>

CliContext::CliContext(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

CliContext::~CliContext() = default;

Result<Settings> CliContext::settings(const StoreKey* key)
{
    Result<Store*> store = this->store();
    if (!store)
        return Result<Settings>::failure(store.error());
    Result<SettingsRepository::Loaded> loaded = SettingsRepository(*store.value(), key).load();
    if (!loaded)
        return Result<Settings>::failure(loaded.error());
    return std::move(loaded).value().settings;
}

Result<OtpService*> CliContext::service(KeyUse use)
{
    using R = Result<OtpService*>;
    Result<Store*> store = this->store();
    if (!store)
        return R::failure(store.error());
    const StoreKey* key = nullptr;
    if (use != KeyUse::None) {
        Result<const StoreKey*> unlocked = use == KeyUse::Required ? storeKey() : storeKeyIfGiven();
        if (!unlocked)
            return R::failure(unlocked.error());
        key = unlocked.value();
    }
    m_clock = std::make_unique<SystemClock>();
    m_service = std::make_unique<OtpService>(*store.value(), key, *m_clock);
    return m_service.get();
}

bool CliContext::takeOption(QStringList& args, const QString& name, QString& value)
{
    const int i = args.indexOf(name);
    if (i < 0)
        return true;
    if (i + 1 >= args.size())
        return false;
    value = args.at(i + 1);
    args.remove(i, 2);
    return true;
}

QString CliContext::storeUrlText() const
{
    return m_storeUrl.isEmpty() ? StoreUrl::defaultUrlText() : m_storeUrl;
}

QString CliContext::actor() const
{
    return ActorName::commandLine();
}

Result<Store*> CliContext::store(bool create)
{
    if (m_store)
        return m_store.get();
    Result<StoreUrl> url = StoreUrl::parse(storeUrlText());
    if (!url)
        return Result<Store*>::failure(url.error());
    // The default local store is made on first use, as the console does.
    const bool isDefault = m_storeUrl.isEmpty() && qEnvironmentVariable("SMSOTP_STORE").isEmpty();
    const auto mode = (create || isDefault) ? Store::OpenMode::CreateIfMissing : Store::OpenMode::OpenExisting;
    // Upgrading an old store can take a minute on a million accounts: say so on stderr, each step
    // on one line, so nobody thinks the command hangs. A new store is made in a blink, silently.
    const auto progress = [this](const Migrations::Step& step) {
        if (step.from > 0)
            err() << Migrations::describe(step) << Qt::endl;
    };
    auto opened = Store::open(*url, qEnvironmentVariable("SMSOTP_DB_PASSWORD"), mode, 0, progress);
    if (!opened)
        return Result<Store*>::failure(opened.error());
    m_store = opened.take();
    return m_store.get();
}

Result<QString> CliContext::passphrase()
{
    if (!m_passphraseFile.isEmpty()) {
        QFile file(m_passphraseFile);
        if (!file.open(QIODevice::ReadOnly))
            return Result<QString>::failure(
                tr("Cannot read the passphrase file %1: %2").arg(m_passphraseFile, file.errorString()));
        QString text = QString::fromUtf8(file.readAll());
        while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        return text;
    }
    if (qEnvironmentVariableIsSet("SMSOTP_PASSPHRASE"))
        return qEnvironmentVariable("SMSOTP_PASSPHRASE");
    return Result<QString>::failure(
        tr("This needs the store's passphrase: give --passphrase-file FILE or set SMSOTP_PASSPHRASE."));
}

Result<const StoreKey*> CliContext::storeKey()
{
    using R = Result<const StoreKey*>;
    if (m_key)
        return &*m_key;
    Result<Store*> s = store();
    if (!s)
        return R::failure(s.error());
    Result<QString> pass = passphrase();
    if (!pass)
        return R::failure(pass.error());
    Result<StoreKey> key = StoreKeyVault(*s.value()).unlock(pass.value());
    if (!key)
        return R::failure(key.error());
    m_key.emplace(key.take());
    return &*m_key;
}

Result<const StoreKey*> CliContext::storeKeyIfGiven()
{
    if (m_passphraseFile.isEmpty() && !qEnvironmentVariableIsSet("SMSOTP_PASSPHRASE"))
        return static_cast<const StoreKey*>(nullptr);
    return storeKey();
}

int CliContext::fail(const QString& message)
{
    m_err << message << Qt::endl;
    return ExitFailed;
}

int CliContext::usage(const QString& message)
{
    m_err << message << Qt::endl;
    return ExitUsage;
}
