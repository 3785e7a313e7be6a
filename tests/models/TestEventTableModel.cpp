#include "DictionaryTranslator.h"
#include "TestStores.h"
#include "domain/EventCode.h"
#include "items/EventTableModel.h"
#include "store/EventLog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The events view's model on SQLite and PostgreSQL: newest first, paged in SQL, filtered by
// code, time range and account.
class TestEventTableModel : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        TestStores stores;
        std::unique_ptr<Store> store;
        QList<Event> written; // newest first
    };

    static const QDateTime& t0()
    {
        static const QDateTime at(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC);
        return at;
    }

    // 90 events over 45 minutes, two per timestamp (so the id orders them), three accounts.
    std::unique_ptr<Fixture> fixture()
    {
        QFETCH_GLOBAL(QString, dialect);
        auto f = std::make_unique<Fixture>();
        f->store = f->stores.openFresh(dialect);
        if (!f->store)
            return nullptr;
        // Migration 1 wrote none, but a store key could have: start from a clean log.
        f->store->exec(QStringLiteral("DELETE FROM events"), QStringLiteral("test"));
        EventLog log(*f->store);
        const int codes[] = {EventCode::OtpSent, EventCode::OtpRejected, EventCode::AuthenticatorBlocked};
        for (int i = 0; i < 90; ++i) {
            Event e;
            e.at = t0().addSecs(qint64(i / 2) * 60);
            e.code = codes[i % 3];
            e.account = QStringLiteral("user%1").arg(i % 4);
            e.clientAddress = QStringLiteral("192.0.2.%1").arg(i);
            e.actor = i % 2 ? QStringLiteral("helpdesk") : QString();
            e.message = QStringLiteral("event %1").arg(i);
            if (!log.append(e))
                return nullptr;
            f->written.prepend(e);
        }
        return f;
    }

    static QStringList messages(EventTableModel& model, bool backwards = false)
    {
        QStringList result;
        for (int i = 0; i < model.rowCount(); ++i) {
            const int row = backwards ? model.rowCount() - 1 - i : i;
            result << model.index(row, EventTableModel::Message).data().toString();
        }
        if (backwards)
            std::reverse(result.begin(), result.end());
        return result;
    }

    static QStringList expected(const Fixture& f, const std::function<bool(const Event&)>& test)
    {
        QStringList result;
        for (const Event& e : f.written)
            if (test(e))
                result << e.message;
        return result;
    }

private Q_SLOTS:
    void initTestCase_data() { TestStores::addDialectRows(); }

    void passesTheModelTester()
    {
        auto f = fixture();
        QVERIFY(f);
        EventTableModel model;
        model.setPageSize(7);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(f->store.get());
        QCOMPARE(model.rowCount(), 90);
        EventTableModel::Filter filter;
        filter.code = EventCode::OtpSent;
        model.setFilter(filter);
        model.refresh();
        model.setStore(nullptr);
    }

    void newestFirstWhicheverWayItIsWalked()
    {
        auto f = fixture();
        QVERIFY(f);
        const QStringList all = expected(*f, [](const Event&) { return true; });
        for (int pageSize : {1, 4, 90, 500}) {
            EventTableModel forward;
            forward.setPageSize(pageSize);
            forward.setStore(f->store.get());
            QCOMPARE(messages(forward), all);
            EventTableModel backward;
            backward.setPageSize(pageSize);
            backward.setStore(f->store.get());
            QCOMPARE(messages(backward, true), all);
        }
        EventTableModel model;
        model.setStore(f->store.get());
        const QModelIndex first = model.index(0, EventTableModel::Code);
        QCOMPARE(first.data().toString(), QString::number(f->written.first().code));
        QCOMPARE(first.data(EventTableModel::CodeRole).toInt(), f->written.first().code);
        QCOMPARE(model.index(0, EventTableModel::Time).data(EventTableModel::TimeRole).toDateTime(),
                 f->written.first().at);
        QCOMPARE(model.index(0, EventTableModel::Actor).data().toString(), QStringLiteral("helpdesk"));
        QCOMPARE(model.index(0, EventTableModel::ClientAddress).data().toString(), QStringLiteral("192.0.2.89"));
    }

    void filtersByCodeTimeAndAccount()
    {
        auto f = fixture();
        QVERIFY(f);
        EventTableModel model;
        model.setPageSize(5);
        model.setStore(f->store.get());
        EventTableModel::Filter filter;
        filter.code = EventCode::OtpRejected;
        model.setFilter(filter);
        QCOMPARE(messages(model), expected(*f, [](const Event& e) { return e.code == EventCode::OtpRejected; }));
        filter = {};
        filter.since = t0().addSecs(10 * 60);
        filter.until = t0().addSecs(20 * 60);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(messages(model),
                 expected(*f, [&](const Event& e) { return e.at >= filter.since && e.at < filter.until; }));
        filter.account = QStringLiteral("user1");
        filter.code = EventCode::OtpSent;
        model.setFilter(filter);
        QCOMPARE(messages(model), expected(*f, [&](const Event& e) {
                     return e.at >= filter.since && e.at < filter.until && e.account == QLatin1String("user1") &&
                            e.code == EventCode::OtpSent;
                 }));
        QVERIFY(model.rowCount() > 0);
        filter = {};
        filter.account = QStringLiteral("nobody");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
    }

    // Issue 15: the message column is rendered from the parameters in the current language, and
    // retranslate() tells the views that every cell changed.
    void messagesFollowTheLanguage()
    {
        auto f = fixture();
        QVERIFY(f);
        QVERIFY(EventLog(*f->store).append(
            EventCode::AuthenticatorUnblocked, QStringLiteral("unblocked by the help desk"),
            QJsonObject{{QStringLiteral("by"), QStringLiteral("helpdesk")}}, QStringLiteral("user9")));
        EventTableModel model;
        model.setStore(f->store.get());
        EventTableModel::Filter filter;
        filter.account = QStringLiteral("user9");
        model.setFilter(filter);
        QTRY_COMPARE(model.rowCount(), 1);
        const QModelIndex message = model.index(0, EventTableModel::Message);
        QCOMPARE(message.data().toString(), QStringLiteral("Unblocked by the help desk"));

        DictionaryTranslator translator;
        translator.add("EventText", "Unblocked by the help desk", QStringLiteral("Разблокирован службой поддержки"));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.retranslate();
        const QString translated = message.data().toString();
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().column(), int(EventTableModel::ColumnCount) - 1);
        QCOMPARE(translated, QStringLiteral("Разблокирован службой поддержки"));
        // The stored English message is unchanged (smsotp-cli events list prints it).
        QCOMPARE(model.eventAt(0)->message, QStringLiteral("unblocked by the help desk"));
        model.setStore(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestEventTableModel)
#include "TestEventTableModel.moc"
