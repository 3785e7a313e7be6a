#include "MainWindow.h"
#include "RecentStores.h"
#include "store/StoreUrl.h"
#include "util/Languages.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace {
// The language to start in: the command line, else the user's last choice, else the system's.
QString startLanguage(const QString& fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    return Languages::isSupported(saved) ? saved : Languages::systemDefault();
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("smsotp"));
    QCoreApplication::setApplicationName(QStringLiteral("smsotp-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMSOTP_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("smsotp-console"));

    // The saved language first, so --help already speaks it.
    Languages languages;
    languages.install(startLanguage({}));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Management console for an SMS one-time-password provider."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        QCoreApplication::translate("main",
                                    "Open the store at URL (a file path such as /path/store.db, "
                                    "sqlite:///path/store.db, or postgresql://user@host:5432/db?sslmode=require)."),
        QStringLiteral("URL"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QCoreApplication::translate("main", "Show the console in LANG: en, sv, ru or et."),
        QStringLiteral("LANG"));
    // Help-desk staff start straight in their view: smsotp-console --page helpDesk.
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QCoreApplication::translate("main", "Start on PAGE: helpDesk, events, or a settings section such as block."),
        QStringLiteral("PAGE"));
    parser.addOption(storeOption);
    parser.addOption(langOption);
    parser.addOption(pageOption);
    parser.process(app);

    const QString lang = parser.value(langOption);
    if (!lang.isEmpty()) {
        if (!Languages::isSupported(lang)) {
            std::fprintf(
                stderr, "%s\n",
                qUtf8Printable(
                    QCoreApplication::translate("main", "Unknown language '%1'; use en, sv, ru or et.").arg(lang)));
            return 2;
        }
        languages.install(lang);
    }

    MainWindow window(languages);
    const QString page = parser.value(pageOption);
    if (!page.isEmpty() && !window.selectPage(page)) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate("main", "Unknown page '%1'.").arg(page)));
        return 2;
    }
    window.show();

    // The window shows before the store opens so an error box has a window to belong to.
    QString urlText = parser.value(storeOption);
    if (urlText.isEmpty())
        urlText = RecentStores::last();
    const bool isDefault = urlText.isEmpty() || urlText == StoreUrl::defaultUrlText();
    if (urlText.isEmpty())
        urlText = StoreUrl::defaultUrlText();
    // Only the local default store is created unasked: any other address that is missing is a mistake.
    const Store::OpenMode mode = isDefault ? Store::OpenMode::CreateIfMissing : Store::OpenMode::OpenExisting;
    QTimer::singleShot(0, &window, [&window, urlText, mode]() { window.openUrl(urlText, mode); });

    return app.exec();
}
