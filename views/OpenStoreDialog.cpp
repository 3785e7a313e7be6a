#include "OpenStoreDialog.h"

#include "PasswordKeychain.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace {
enum KindIndex { FileKind = 0, ServerKind = 1 };
const QStringList kSslModes = {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                               QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

void setRowLabel(QFormLayout* form, QWidget* field, const QString& text)
{
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
        label->setText(text);
}
} // namespace

OpenStoreDialog::OpenStoreDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("openStoreDialog"));
    buildUi();
    retranslateUi();
    kindChanged();
}

OpenStoreDialog::~OpenStoreDialog() = default;

void OpenStoreDialog::buildUi()
{
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(QString());
    m_kind->addItem(QString());
    m_kindForm = new QFormLayout;
    m_kindForm->addRow(QStringLiteral("-"), m_kind);

    // A SQLite file on this computer.
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setMinimumWidth(320);
    m_browse = new QPushButton;
    m_browse->setObjectName(QStringLiteral("browse"));
    connect(m_browse, &QPushButton::clicked, this, &OpenStoreDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->setContentsMargins(0, 0, 0, 0);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    m_createFile = new QCheckBox;
    m_createFile->setObjectName(QStringLiteral("createFile"));
    auto* filePage = new QWidget;
    m_fileForm = new QFormLayout(filePage);
    m_fileForm->setContentsMargins(0, 0, 0, 0);
    m_fileForm->addRow(QStringLiteral("-"), pathRow);
    m_fileForm->addRow(QString(), m_createFile);
    if (auto* label = qobject_cast<QLabel*>(m_fileForm->labelForField(pathRow)))
        label->setBuddy(m_path);

    // A PostgreSQL server.
    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("host"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit;
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_sslMode = new QComboBox;
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_sslMode->addItems(kSslModes);
    m_sslMode->setCurrentText(QStringLiteral("prefer"));
    m_remember = new QCheckBox;
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_initialiseServer = new QCheckBox;
    m_initialiseServer->setObjectName(QStringLiteral("initialiseDatabase"));
    auto* serverPage = new QWidget;
    m_serverForm = new QFormLayout(serverPage);
    m_serverForm->setContentsMargins(0, 0, 0, 0);
    for (QWidget* field : std::initializer_list<QWidget*>{m_host, m_port, m_database, m_user, m_password, m_sslMode})
        m_serverForm->addRow(QStringLiteral("-"), field);
    m_serverForm->addRow(QString(), m_remember);
    m_serverForm->addRow(QString(), m_initialiseServer);
    for (QLineEdit* field : {m_host, m_database, m_user})
        connect(field, &QLineEdit::editingFinished, this, &OpenStoreDialog::lookUpPassword);
    connect(m_port, &QSpinBox::editingFinished, this, &OpenStoreDialog::lookUpPassword);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &OpenStoreDialog::lookUpPassword);

    m_pages = new QStackedWidget;
    m_pages->addWidget(filePage);
    m_pages->addWidget(serverPage);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OpenStoreDialog::kindChanged);

    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenStoreDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpenStoreDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_kindForm);
    layout->addWidget(m_pages);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

void OpenStoreDialog::retranslateUi()
{
    setWindowTitle(tr("Open Store"));
    setRowLabel(m_kindForm, m_kind, tr("&Kind of store:"));
    m_kind->setItemText(FileKind, tr("SQLite file on this computer"));
    m_kind->setItemText(ServerKind, tr("PostgreSQL server"));
    m_kind->setToolTip(tr("A SQLite file needs no server; a PostgreSQL store is shared by every provider "
                          "server and console."));
    m_kind->setAccessibleName(tr("Kind of store"));

    if (auto* label = qobject_cast<QLabel*>(m_fileForm->itemAt(0, QFormLayout::LabelRole)->widget()))
        label->setText(tr("&File:"));
    m_path->setToolTip(tr("The store's SQLite file, with its full path."));
    m_path->setAccessibleName(tr("Store file"));
    m_path->setPlaceholderText(tr("/path/to/store.db"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setToolTip(tr("Choose the store's file."));
    m_createFile->setText(tr("&Create a new store when the file does not exist"));
    m_createFile->setToolTip(tr("Creates the file with the default settings. Leave it off to be told when the path "
                                "is wrong instead."));

    setRowLabel(m_serverForm, m_host, tr("&Host:"));
    m_host->setToolTip(tr("The PostgreSQL server's name or address."));
    m_host->setAccessibleName(tr("Host"));
    setRowLabel(m_serverForm, m_port, tr("&Port:"));
    m_port->setToolTip(tr("The server's TCP port; PostgreSQL listens on 5432 unless configured otherwise."));
    m_port->setAccessibleName(tr("Port"));
    setRowLabel(m_serverForm, m_database, tr("&Database:"));
    m_database->setToolTip(tr("The database that holds the store."));
    m_database->setAccessibleName(tr("Database"));
    setRowLabel(m_serverForm, m_user, tr("&User:"));
    m_user->setToolTip(tr("Your database login; its role decides what you may change."));
    m_user->setAccessibleName(tr("User"));
    setRowLabel(m_serverForm, m_password, tr("Pass&word:"));
    m_password->setToolTip(tr("The database password. It is never written to the settings file."));
    m_password->setAccessibleName(tr("Password"));
    setRowLabel(m_serverForm, m_sslMode, tr("&TLS:"));
    m_sslMode->setToolTip(tr("How the connection is encrypted: \"require\" insists on TLS, \"verify-full\" also "
                             "checks the server's certificate and name, \"prefer\" uses TLS when the server "
                             "offers it."));
    m_sslMode->setAccessibleName(tr("TLS mode"));
    m_remember->setText(tr("&Remember password on this computer"));
    m_remember->setToolTip(tr("Keeps the password in the operating system's keychain, never in a file."));
    m_initialiseServer->setText(tr("&Initialise the database when it holds no store yet"));
    m_initialiseServer->setToolTip(tr("Creates the store's tables with the default settings in an empty database."));

    if (QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok)) {
        ok->setText(tr("&Open"));
        ok->setObjectName(QStringLiteral("open"));
    }
}

void OpenStoreDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void OpenStoreDialog::setUrl(const StoreUrl& url)
{
    if (url.isLocalFile()) {
        m_kind->setCurrentIndex(FileKind);
        m_path->setText(QDir::toNativeSeparators(url.path()));
        return;
    }
    m_kind->setCurrentIndex(ServerKind);
    m_host->setText(url.host());
    m_port->setValue(url.port());
    m_database->setText(url.database());
    m_user->setText(url.user());
    m_sslMode->setCurrentText(url.sslMode().isEmpty() ? QStringLiteral("prefer") : url.sslMode());
    lookUpPassword();
}

void OpenStoreDialog::kindChanged()
{
    m_pages->setCurrentIndex(m_kind->currentIndex());
    m_note->hide();
    if (m_kind->currentIndex() == ServerKind)
        lookUpPassword();
}

void OpenStoreDialog::browse()
{
    const QString current = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QString filter = tr("SMS OTP stores (*.db *.sqlite);;All files (*)");
    // A save dialog lets the user name a file that does not exist yet, to create a store.
    const QString chosen = m_createFile->isChecked()
                               ? QFileDialog::getSaveFileName(this, tr("New Store File"), current, filter, nullptr,
                                                              QFileDialog::DontConfirmOverwrite)
                               : QFileDialog::getOpenFileName(this, tr("Store File"), current, filter);
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

Result<StoreUrl> OpenStoreDialog::serverUrl() const
{
    if (m_host->text().trimmed().isEmpty())
        return Result<StoreUrl>::failure(tr("Enter the server's host name."));
    if (m_database->text().trimmed().isEmpty())
        return Result<StoreUrl>::failure(tr("Enter the database's name."));
    if (m_user->text().trimmed().isEmpty())
        return Result<StoreUrl>::failure(tr("Enter the user name."));
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_sslMode->currentText());
    url.setQuery(query);
    // StoreUrl::parse is the one authority on what a store address may be.
    return StoreUrl::parse(url.toString());
}

Result<OpenStoreDialog::Request> OpenStoreDialog::request() const
{
    Request request;
    if (m_kind->currentIndex() == FileKind) {
        const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
        if (path.isEmpty())
            return Result<Request>::failure(tr("Choose the store's file."));
        const QFileInfo file(path);
        if (file.isDir())
            return Result<Request>::failure(
                tr("%1 is a folder. Choose the store's file inside it.").arg(QDir::toNativeSeparators(path)));
        request.url = StoreUrl::sqlite(file.absoluteFilePath());
        request.mode = m_createFile->isChecked() ? Store::OpenMode::CreateIfMissing : Store::OpenMode::OpenExisting;
        return request;
    }
    Result<StoreUrl> url = serverUrl();
    if (!url)
        return Result<Request>::failure(url.error());
    request.url = url.value();
    request.password = m_password->text();
    request.rememberPassword = m_remember->isChecked();
    request.mode = m_initialiseServer->isChecked() ? Store::OpenMode::CreateIfMissing : Store::OpenMode::OpenExisting;
    return request;
}

void OpenStoreDialog::accept()
{
    Result<Request> wanted = request();
    if (!wanted) {
        showNote(wanted.error(), true);
        return;
    }
    m_note->hide();
    if (m_opener && !m_opener(wanted.value()))
        return;
    QDialog::accept();
}

void OpenStoreDialog::showNote(const QString& text, bool problem)
{
    m_note->setText(text);
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_note->setPalette(palette);
    m_note->setVisible(!text.isEmpty());
}

void OpenStoreDialog::lookUpPassword()
{
    if (m_kind->currentIndex() != ServerKind || !m_password->text().isEmpty())
        return;
    const Result<StoreUrl> url = serverUrl();
    if (!url || url->identity() == m_lookedUpIdentity)
        return;
    m_lookedUpIdentity = url->identity();
    const QString identity = m_lookedUpIdentity;
    PasswordKeychain::read(identity, this, [this, identity](const QString& password, const QString& error) {
        if (!error.isEmpty()) {
            const QString note = tr("The keychain could not be read (%1). Enter the password.").arg(error);
            showNote(note, false);
            Q_EMIT keychainNote(note);
            return;
        }
        const Result<StoreUrl> now = serverUrl();
        // The user may have typed other details, or a password, while the keychain answered.
        if (password.isEmpty() || !now || now->identity() != identity || !m_password->text().isEmpty())
            return;
        m_password->setText(password);
        m_remember->setChecked(true);
        showNote(tr("The password was filled in from the keychain."), false);
    });
}
