#include "util/Languages.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// An installed tree (bin/ beside share/smsotp/translations/, as the packages lay it out) finds
// its compiled translations on disk; without them the programs fall back to the built-in copies.
class TestLanguages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void installedLayoutIsSearchedFirst();
    void installedTranslationIsFoundAndLoads();
    void builtInCopiesWithoutAnInstalledTree();
};

void TestLanguages::installedLayoutIsSearchedFirst()
{
    const QStringList dirs = Languages::translationDirs(QStringLiteral("/opt/x/bin"));
    QCOMPARE(dirs, QStringList({QStringLiteral("/opt/x/share/smsotp/translations"), QStringLiteral(":/i18n")}));
}

void TestLanguages::installedTranslationIsFoundAndLoads()
{
    const QString built = qEnvironmentVariable("SMSOTP_TEST_BUILD_DIR") + QStringLiteral("/translations/smsotp_sv.qm");
    QVERIFY2(QFile::exists(built), qPrintable(built));
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    const QString bin = prefix.filePath(QStringLiteral("bin"));
    const QString installed = prefix.filePath(QStringLiteral("share/smsotp/translations"));
    QVERIFY(QDir().mkpath(bin));
    QVERIFY(QDir().mkpath(installed));
    QVERIFY(QFile::copy(built, installed + QStringLiteral("/smsotp_sv.qm")));

    const QString dir = Languages::findTranslation(QStringLiteral("smsotp_sv"), bin);
    QCOMPARE(dir, installed);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("smsotp_sv"), dir));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language(), QStringLiteral("sv"));
}

void TestLanguages::builtInCopiesWithoutAnInstalledTree()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    QCOMPARE(Languages::findTranslation(QStringLiteral("smsotp_sv"), prefix.filePath(QStringLiteral("bin"))),
             QStringLiteral(":/i18n"));
}

QTEST_GUILESS_MAIN(TestLanguages)
#include "TestLanguages.moc"
