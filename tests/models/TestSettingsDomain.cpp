#include "domain/Settings.h"

#include <QTest>

class TestSettingsDomain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreValid() { QVERIFY(Settings().validate().isEmpty()); }
};

QTEST_GUILESS_MAIN(TestSettingsDomain)
#include "TestSettingsDomain.moc"
