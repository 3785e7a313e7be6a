#include "UserCsvImport.h"

#include "AuthenticatorInput.h"

#include "PhoneNormalizer.h"
#include "domain/EventCode.h"
#include "store/AuthenticatorRepository.h"
#include "store/EventLog.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QDateTime>
#include <QSet>

namespace {

// One CSV record per line (quoted fields may hold separators and doubled quotes, not newlines:
// logins, phones and short comments never need them).
QStringList splitRecord(const QString& line, QChar separator)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == separator) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

} // namespace

QList<UserCsvImport::Row> UserCsvImport::parse(const QString& text)
{
    QList<Row> rows;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QChar separator = QLatin1Char(',');
    for (const QString& l : lines) {
        if (!l.trimmed().isEmpty()) {
            // A file from a spreadsheet in a comma-decimal locale uses ';'.
            if (l.count(QLatin1Char(';')) > l.count(QLatin1Char(',')))
                separator = QLatin1Char(';');
            break;
        }
    }
    bool first = true;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (i == 0 && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        if (line.trimmed().isEmpty())
            continue;
        const QStringList fields = splitRecord(line, separator);
        if (first) {
            first = false;
            if (fields.value(0).trimmed().compare(QLatin1String("login"), Qt::CaseInsensitive) == 0)
                continue;
        }
        Row row;
        row.line = i + 1;
        row.login = fields.value(0).trimmed();
        row.phone = fields.value(1).trimmed();
        row.comment = fields.value(2).trimmed();
        if (fields.size() > 3)
            row.problem = tr("Too many fields: expected login, phone, comment.");
        rows << row;
    }
    return rows;
}

UserCsvImport::UserCsvImport(Store& store, const StoreKey* key)
    : m_store(store)
    , m_key(key)
{
}

Status UserCsvImport::check(QList<Row>& rows)
{
    if (!m_key)
        return Status::failure(tr("Phone numbers are stored encrypted: unlock the store key first."));
    Result<SettingsRepository::Loaded> loaded = SettingsRepository(m_store).load();
    if (!loaded)
        return Status::failure(loaded.error());
    const PhoneNormalizer normalizer(loaded->settings.phoneFormat);
    AuthenticatorRepository repo(m_store, m_key);
    QSet<QString> seen;
    for (Row& row : rows) {
        if (!row.problem.isEmpty())
            continue;
        const QString key = AuthenticatorRepository::loginKey(row.login);
        const QString loginProblem = AuthenticatorInput::loginProblem(row.login);
        const QString commentProblem = AuthenticatorInput::commentProblem(row.comment);
        if (!loginProblem.isEmpty()) {
            row.problem = loginProblem;
        } else if (!commentProblem.isEmpty()) {
            row.problem = commentProblem;
        } else if (seen.contains(key)) {
            row.problem = tr("This login appears earlier in the file.");
        } else {
            const PhoneNormalizer::Outcome number = normalizer.check(row.phone);
            if (!number.ok) {
                row.problem = tr("Phone number refused: %1").arg(number.reason);
            } else {
                row.normalized = number.normalized;
                const Status st = checkExisting(row, repo);
                if (!st)
                    return st;
            }
        }
        seen.insert(key);
    }
    return {};
}

Status UserCsvImport::checkExisting(Row& row, AuthenticatorRepository& repo)
{
    Result<std::optional<Authenticator>> existing = repo.find(row.login);
    if (!existing)
        return Status::failure(existing.error());
    if (!existing.value())
        return {};
    if (!m_updateExisting) {
        row.problem = tr("'%1' already has an SMS authenticator.").arg(row.login);
        return {};
    }
    Result<QString> stored = repo.phone(row.login);
    if (!stored)
        return Status::failure(stored.error());
    if (stored.value() == row.normalized)
        row.problem = tr("Already registered with this number: nothing to change.");
    else
        row.update = true;
    return {};
}

UserCsvImport::Outcome UserCsvImport::import(const QList<Row>& rows, const QString& actor,
                                             const std::function<bool(int, int)>& progress)
{
    Outcome out;
    if (!m_key) {
        out.message = tr("Phone numbers are stored encrypted: unlock the store key first.");
        return out;
    }
    Result<SettingsRepository::Loaded> loaded = SettingsRepository(m_store).load();
    if (!loaded) {
        out.message = loaded.error();
        return out;
    }
    const QString prefix = loaded->settings.phoneFormat.prefix;
    int total = 0;
    for (const Row& row : rows)
        total += row.problem.isEmpty() && !row.normalized.isEmpty();
    AuthenticatorRepository repo(m_store, m_key);
    EventLog log(m_store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int done = 0;
    const auto params = [this](const QString& mask) {
        return QJsonObject{{QStringLiteral("phone"), mask},
                           {QStringLiteral("import"),
                            m_source == Source::Directory ? QStringLiteral("directory") : QStringLiteral("csv")}};
    };
    const Status s = m_store.transaction([&]() -> Status {
        for (const Row& row : rows) {
            if (!row.problem.isEmpty() || row.normalized.isEmpty())
                continue;
            const QString mask = AuthenticatorRepository::maskPhone(row.normalized, prefix);
            const bool fromDirectory = m_source == Source::Directory;
            Status logged;
            if (row.update) {
                const Status changed = repo.setPhone(row.login, row.normalized, prefix);
                if (!changed)
                    return Status::failure(tr("Line %1 (%2): %3").arg(row.line).arg(row.login, changed.error()));
                logged = log.append(EventCode::PhoneChanged,
                                    fromDirectory ? tr("phone changed to %1 (directory import)").arg(mask)
                                                  : tr("phone changed to %1 (CSV import)").arg(mask),
                                    params(mask), row.login.trimmed(), actor);
                ++out.updated;
            } else {
                Result<qint64> id = repo.insert(row.login, row.normalized, prefix, {}, row.comment, now);
                if (!id)
                    return Status::failure(tr("Line %1 (%2): %3").arg(row.line).arg(row.login, id.error()));
                logged = log.append(EventCode::AuthenticatorRegistered,
                                    fromDirectory ? tr("registered with phone %1 (directory import)").arg(mask)
                                                  : tr("registered with phone %1 (CSV import)").arg(mask),
                                    params(mask), row.login.trimmed(), actor);
                ++out.imported;
            }
            if (!logged)
                return logged;
            ++done;
            if (progress && !progress(done, total)) {
                out.cancelled = true;
                return Status::failure(tr("The import was cancelled: nothing was imported."));
            }
        }
        if (m_source == Source::Directory)
            return log.append(
                EventCode::DirectoryImport,
                tr("%1 registered and %2 updated from the directory").arg(out.imported).arg(out.updated),
                QJsonObject{{QStringLiteral("registered"), out.imported}, {QStringLiteral("updated"), out.updated}}, {},
                actor);
        return {};
    });
    if (!s) {
        out.imported = out.updated = 0;
        out.message = s.error();
        return out;
    }
    out.ok = true;
    out.message = out.updated == 0 ? tr("%n user(s) imported.", nullptr, out.imported)
                                   : tr("%1 user(s) imported, %2 updated.").arg(out.imported).arg(out.updated);
    return out;
}
