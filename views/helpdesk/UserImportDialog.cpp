#include "UserImportDialog.h"

#include "MessageBoxes.h"
#include "directory/DirectoryUserImport.h"
#include "store/AuthenticatorRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum PreviewColumn { CLine, CLogin, CPhone, CComment, CProblem, CCount };
// Rows shown in the preview; the summary still counts every row of a bigger file.
const int kPreviewLimit = 5000;
} // namespace

UserImportDialog::UserImportDialog(Store& store, const StoreKey* key, QString actor, QWidget* parent, Mode mode)
    : QDialog(parent)
    , m_mode(mode)
    , m_filter(new QLineEdit)
    , m_updateExisting(new QCheckBox)
    , m_store(store)
    , m_key(key)
    , m_actor(std::move(actor))
    , m_intro(new QLabel)
    , m_choose(new QPushButton)
    , m_preview(new QTableWidget(0, CCount))
    , m_summary(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("userImportDialog"));
    m_intro->setWordWrap(true);
    m_choose->setObjectName(QStringLiteral("chooseFile"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_import = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setEnabled(false);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_updateExisting->setObjectName(QStringLiteral("updateExisting"));
    if (m_mode == Mode::Directory)
        connect(m_choose, &QPushButton::clicked, this, &UserImportDialog::loadDirectory);
    else
        connect(m_choose, &QPushButton::clicked, this, &UserImportDialog::chooseFile);
    connect(m_filter, &QLineEdit::returnPressed, this, &UserImportDialog::loadDirectory);
    // Whether a registered user is skipped or updated is decided by the check: check again.
    connect(m_updateExisting, &QCheckBox::toggled, this, [this]() {
        if (m_directoryRead)
            loadDirectory();
    });
    connect(m_import, &QPushButton::clicked, this, &UserImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    if (m_mode == Mode::Directory) {
        auto* line = new QHBoxLayout;
        line->addWidget(m_filter, 1);
        line->addWidget(m_choose);
        layout->addLayout(line);
        layout->addWidget(m_updateExisting);
    } else {
        layout->addWidget(m_choose, 0, Qt::AlignLeft);
        m_filter->hide();
        m_updateExisting->hide();
    }
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    retranslateUi();
    resize(760, 480);
}

void UserImportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Users"), {}, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool UserImportDialog::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBoxes::warning(this, tr("Import Users"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_path = path;
    m_rows = UserCsvImport::parse(QString::fromUtf8(file.readAll()));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status checked = UserCsvImport(m_store, m_key).check(m_rows);
    QApplication::restoreOverrideCursor();
    if (!checked) {
        MessageBoxes::warning(this, tr("Import Users"), checked.error());
        m_rows.clear();
    }
    fillPreview();
    return bool(checked);
}

void UserImportDialog::setDirectorySettings(const Settings& settings)
{
    m_settings = settings;
    retranslateUi();
}

UserCsvImport UserImportDialog::makeImport() const
{
    UserCsvImport import(m_store, m_key);
    if (m_mode == Mode::Directory) {
        import.setSource(UserCsvImport::Source::Directory);
        import.setUpdateExisting(m_updateExisting->isChecked());
    }
    return import;
}

bool UserImportDialog::loadDirectory()
{
    DirectoryUserImport reader(m_store, m_key);
    reader.setClient(m_client);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<DirectoryUserImport::Fetched> fetched = reader.fetch(m_settings, m_filter->text());
    Status checked;
    if (fetched) {
        m_rows = fetched->rows;
        checked = makeImport().check(m_rows);
    }
    QApplication::restoreOverrideCursor();
    if (!fetched || !checked) {
        MessageBoxes::warning(this, tr("Import Users"), fetched ? checked.error() : fetched.error());
        m_rows.clear();
        fillPreview();
        return false;
    }
    m_directoryRead = true;
    if (fetched->truncated)
        MessageBoxes::warning(this, tr("Import Users"),
                              tr("More users match than one import reads (%1). Narrow the filter and import the rest "
                                 "separately.")
                                  .arg(fetched->rows.size()));
    fillPreview();
    return true;
}

int UserImportDialog::importableRows() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const UserCsvImport::Row& r) {
        return r.problem.isEmpty() && !r.normalized.isEmpty();
    }));
}

QString UserImportDialog::summary() const
{
    return m_summary->text();
}

void UserImportDialog::fillPreview()
{
    const int shown = std::min<int>(m_rows.size(), kPreviewLimit);
    m_preview->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const UserCsvImport::Row& r = m_rows.at(i);
        const QString ready = r.update ? tr("update the number") : tr("ready");
        // Numbers read from the directory are shown masked: the help desk did not type them.
        const QString phone = r.normalized.isEmpty() ? r.phone
                              : m_mode == Mode::Directory
                                  ? AuthenticatorRepository::maskPhone(r.normalized, m_settings.phoneFormat.prefix)
                                  : r.normalized;
        const QStringList cells = {QString::number(r.line), r.login, phone, r.comment,
                                   r.problem.isEmpty() ? ready : r.problem};
        for (int c = 0; c < CCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (!r.problem.isEmpty())
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_preview->setItem(i, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    retranslateUi();
}

void UserImportDialog::startImport()
{
    const int count = importableRows();
    if (count == 0)
        return;
    const int problems = int(m_rows.size()) - count;
    if (problems > 0 && MessageBoxes::question(this, tr("Import Users"),
                                               tr("%n row(s) have problems and will be skipped. Import the others?",
                                                  nullptr, problems)) != QMessageBox::Yes)
        return;
    QProgressDialog progress(tr("Importing users…"), tr("Cancel"), 0, count, this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    const UserCsvImport::Outcome out = makeImport().import(m_rows, m_actor, [&progress](int done, int) {
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!out.ok) {
        if (out.cancelled)
            MessageBoxes::information(this, tr("Import Users"), out.message);
        else
            MessageBoxes::warning(this, tr("Import Users"), out.message);
        // Nothing was written: check again, so the preview shows the store as it is.
        if (m_mode == Mode::Directory && m_directoryRead)
            loadDirectory();
        else if (!m_path.isEmpty())
            loadFile(m_path);
        return;
    }
    Q_EMIT imported(out.imported + out.updated);
    accept();
}

void UserImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void UserImportDialog::retranslateUi()
{
    if (m_mode == Mode::Directory) {
        setWindowTitle(tr("Import Users from the Directory"));
        m_intro->setText(tr("Every directory user matching the filter (empty: the import filter of the Directory "
                            "settings) is registered with the number in their phone attribute. Every row is checked "
                            "before anything is written; rows with problems are skipped."));
        m_choose->setText(tr("&Read Directory"));
        m_filter->setPlaceholderText(m_settings.directory.importFilter);
        m_filter->setToolTip(tr("An LDAP filter, for example (&(objectClass=user)(department=Sales))."));
        m_updateExisting->setText(tr("&Update the numbers of users already registered"));
    } else {
        setWindowTitle(tr("Import Users from CSV"));
        m_intro->setText(tr("A CSV file with one user per line: login, phone, comment (a header line is optional). "
                            "Every row is checked before anything is written; rows with problems are skipped."));
        m_choose->setText(tr("&Choose File…"));
    }
    m_import->setText(tr("&Import"));
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Login"), tr("Phone"), tr("Comment"), tr("Check")});
    const int ready = importableRows();
    m_import->setEnabled(ready > 0);
    if (m_rows.isEmpty()) {
        if (m_mode == Mode::Directory)
            m_summary->setText(m_directoryRead ? tr("No directory user matches the filter.")
                                               : tr("Press Read Directory to see the users."));
        else
            m_summary->setText(m_path.isEmpty() ? tr("No file chosen.") : tr("The file holds no users."));
        return;
    }
    m_summary->setText(tr("%n row(s) ready to import, %1 with problems.", nullptr, ready).arg(m_rows.size() - ready) +
                       (m_rows.size() > kPreviewLimit
                            ? QLatin1Char(' ') + tr("The first %1 rows are shown.").arg(kPreviewLimit)
                            : QString()));
}
