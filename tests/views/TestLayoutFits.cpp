#include "ConsoleLock.h"
#include "LockScreen.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "StoreKeyController.h"
#include "TestStores.h"
#include "UnlockStoreKeyDialog.h"
#include "crypto/StoreKey.h"
#include "engine/ManualClock.h"
#include "helpdesk/HelpDeskPage.h"
#include "items/AuthenticatorTableModel.h"
#include "settings/SectionPage.h"
#include "store/DemoPopulator.h"
#include "store/SettingsRepository.h"
#include "store/StoreChangeWatcher.h"
#include "store/StoreKeyVault.h"
#include "util/Languages.h"
#include "util/UnlockThrottle.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QTabBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

// Nothing is cut (issue 15): the console at its opening size (1200×740), on a populated store, in
// every language, on every page. It fails when a tool bar hides actions behind its "»" button, a
// label, button, header section or visible cell is narrower than its text, a combo box is narrower
// than its current text, a field's hint is cut, or a table needs horizontal scrolling to show its
// columns. Only geometry is checked, never whether a text is translated, so a string that is still
// English in sv passes as long as it fits. Each failure names the page, the widget (object name),
// the text, and the width it has against the width it needs.
//
// A table cell may be elided when its tool tip holds the whole text (free text such as comments and
// event messages), since then nothing is lost; a tree or list item (the navigation) may not.
//
// With SMSOTP_SCREENSHOT_DIR set it also saves every page it checked, for a person to look at.
namespace {

const QSize kOpeningSize(1200, 740);
constexpr const char* kPassphrase = "correct horse battery staple";

// "helpDeskToolBar", or the class inside its nearest named ancestor: "QLabel in detailPane".
QString describe(const QWidget* widget)
{
    if (!widget->objectName().isEmpty() && !widget->objectName().startsWith(QLatin1String("qt_")))
        return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(widget->metaObject()->className()),
                                             widget->objectName());
    for (const QWidget* p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_")))
            return QStringLiteral("%1 in '%2'")
                .arg(QString::fromLatin1(widget->metaObject()->className()), p->objectName());
    }
    return QString::fromLatin1(widget->metaObject()->className());
}

QString shortText(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
}

// QHeaderView's own measure of a section, protected: reached through a member pointer named here.
struct HeaderAccess : QHeaderView {
    using QHeaderView::sectionSizeFromContents;
};

QSize sectionSizeFromContents(const QHeaderView* header, int logical)
{
    constexpr auto measure = &HeaderAccess::sectionSizeFromContents;
    return (header->*measure)(logical);
}

class FitChecker {
public:
    explicit FitChecker(QWidget* window)
        : m_window(window)
    {
    }

    QStringList problems() const { return m_problems; }

    void checkAll()
    {
        for (QWidget* w : m_window->findChildren<QWidget*>()) {
            // Dialogs are windows of their own, checked where they are tested.
            if (w->window() != m_window || !w->isVisibleTo(m_window) || w->width() <= 0 || inCollapsedArea(w))
                continue;
            if (auto* toolBar = qobject_cast<QToolBar*>(w))
                checkToolBar(toolBar);
            else if (auto* label = qobject_cast<QLabel*>(w))
                checkLabel(label);
            else if (auto* combo = qobject_cast<QComboBox*>(w))
                checkCombo(combo);
            else if (auto* edit = qobject_cast<QLineEdit*>(w))
                checkLineEdit(edit);
            else if (auto* header = qobject_cast<QHeaderView*>(w))
                checkHeader(header);
            else if (auto* view = qobject_cast<QAbstractItemView*>(w))
                checkItemView(view);
            else if (auto* tabs = qobject_cast<QTabBar*>(w))
                checkTabs(tabs);
            else if (auto* box = qobject_cast<QGroupBox*>(w))
                checkGroupBox(box);
            else if (auto* button = qobject_cast<QAbstractButton*>(w))
                checkButton(button);
        }
    }

private:
    void fail(const QWidget* w, const QString& what, const QString& text, int has, int needs)
    {
        m_problems << QStringLiteral("%1 %2 \"%3\": has %4 px, needs %5 px")
                          .arg(describe(w), what, shortText(text))
                          .arg(has)
                          .arg(needs);
    }

    // A widget inside a scroll area that scrolls horizontally is not cut: the user can scroll. We
    // do not accept that anywhere: a page that needs sideways scrolling at the opening size fails.
    bool inCollapsedArea(const QWidget* w) const
    {
        // Hidden by a stacked widget or splitter handle of zero size: not on screen.
        for (const QWidget* p = w; p && p != m_window; p = p->parentWidget())
            if (p->width() <= 0 || p->height() <= 0)
                return true;
        return false;
    }

    void checkToolBar(QToolBar* toolBar)
    {
        auto* extension = toolBar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
        if (!extension || !extension->isVisible())
            return;
        QStringList hidden;
        for (QAction* action : toolBar->actions()) {
            QWidget* button = toolBar->widgetForAction(action);
            if (!action->isSeparator() && action->isVisible() && button && !button->isVisible())
                hidden << action->text().remove(QLatin1Char('&'));
        }
        fail(toolBar, QStringLiteral("hides actions behind »"), hidden.join(QStringLiteral(", ")), toolBar->width(),
             toolBar->sizeHint().width());
    }

    void checkLabel(QLabel* label)
    {
        if (label->text().isEmpty() || label->pixmap().cacheKey() != 0)
            return;
        if (label->wordWrap()) {
            const int needs = label->heightForWidth(label->width());
            if (needs > label->height() + 1)
                fail(label, QStringLiteral("is cut at the bottom (height)"), label->text(), label->height(), needs);
            return;
        }
        const int needs = label->minimumSizeHint().width();
        if (needs > label->width())
            fail(label, QStringLiteral("is cut"), label->text(), label->width(), needs);
    }

    void checkButton(QAbstractButton* button)
    {
        if (button->text().isEmpty() || button->objectName().startsWith(QLatin1String("qt_")))
            return;
        const int needs = button->sizeHint().width();
        if (needs > button->width())
            fail(button, QStringLiteral("is cut"), button->text(), button->width(), needs);
    }

    // The text is drawn in the edit field's rectangle less a pixel each side (QCommonStyle's
    // CE_ComboBoxLabel), clipped without an ellipsis.
    void checkCombo(QComboBox* combo)
    {
        const QString text = combo->currentText();
        if (text.isEmpty() || combo->isEditable())
            return;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.currentText = text;
        const QRect field =
            combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
        int needs = combo->fontMetrics().horizontalAdvance(text);
        if (!combo->itemIcon(combo->currentIndex()).isNull())
            needs += combo->iconSize().width() + 4;
        const int has = field.width() - 2;
        if (needs > has)
            fail(combo, QStringLiteral("is narrower than its current text"), text, has, needs);
    }

    void checkLineEdit(QLineEdit* edit)
    {
        // Fields inside a combo box or spin box are checked through their owner.
        if (qobject_cast<QComboBox*>(edit->parentWidget()) ||
            edit->objectName() == QLatin1String("qt_spinbox_lineedit"))
            return;
        const QString hint = edit->placeholderText();
        if (!edit->text().isEmpty() || hint.isEmpty())
            return;
        // The space text gets: the widget less its frame, Qt's 2 px margins and the clear button.
        QStyleOptionFrame option;
        option.initFrom(edit);
        const QRect contents = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
        int has = contents.width() - 4 - edit->textMargins().left() - edit->textMargins().right();
        for (QToolButton* side : edit->findChildren<QToolButton*>())
            has -= side->width();
        const int needs = edit->fontMetrics().horizontalAdvance(hint);
        if (needs > has)
            fail(edit, QStringLiteral("cuts its hint"), hint, has, needs);
    }

    void checkHeader(QHeaderView* header)
    {
        if (header->orientation() != Qt::Horizontal || !header->model())
            return;
        for (int logical = 0; logical < header->count(); ++logical) {
            if (header->isSectionHidden(logical) || header->sectionSize(logical) <= 0)
                continue;
            const QString text = header->model()->headerData(logical, Qt::Horizontal).toString();
            const int needs = sectionSizeFromContents(header, logical).width();
            if (needs > header->sectionSize(logical))
                fail(header, QStringLiteral("elides column %1").arg(logical), text, header->sectionSize(logical),
                     needs);
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(header->parentWidget())) {
            const int total = header->length();
            if (view->horizontalScrollBar()->maximum() > 0 || total > header->viewport()->width())
                fail(view, QStringLiteral("needs horizontal scrolling to show its columns"),
                     QStringLiteral("%1 columns").arg(header->count() - header->hiddenSectionCount()),
                     header->viewport()->width(), total);
        }
    }

    void checkItemView(QAbstractItemView* view)
    {
        QAbstractItemModel* model = view->model();
        if (!model)
            return;
        const QRect area = view->viewport()->rect();
        int checked = 0;
        std::function<void(const QModelIndex&)> visit = [&](const QModelIndex& parent) {
            for (int row = 0; row < model->rowCount(parent) && checked < 400; ++row) {
                for (int column = 0; column < model->columnCount(parent); ++column) {
                    const QModelIndex index = model->index(row, column, parent);
                    const QRect rect = view->visualRect(index);
                    if (rect.isEmpty() || !area.intersects(rect))
                        continue;
                    ++checked;
                    checkCell(view, index, rect);
                }
                const QModelIndex first = model->index(row, 0, parent);
                if (auto* tree = qobject_cast<QTreeView*>(view); tree && tree->isExpanded(first))
                    visit(first);
            }
        };
        visit(QModelIndex());
    }

    void checkCell(QAbstractItemView* view, const QModelIndex& index, const QRect& rect)
    {
        const QString text = index.data(Qt::DisplayRole).toString();
        if (text.isEmpty())
            return;
        // A table's free text (comments, event messages) may be any length: eliding it is fine when
        // the whole text is a hover away. Lists and trees (the navigation) show whole titles.
        if (qobject_cast<QTableView*>(view) && index.data(Qt::ToolTipRole).toString().contains(text))
            return;
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.font = view->font();
        option.fontMetrics = view->fontMetrics();
        option.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(16, 16);
        option.features = QStyleOptionViewItem::HasDisplay;
        const int needs = view->itemDelegateForIndex(index)->sizeHint(option, index).width();
        // One report per column is enough to find it.
        const QString what = QStringLiteral("cuts a cell in column %1").arg(index.column());
        if (needs > rect.width() && !m_reported.contains(describe(view) + what)) {
            m_reported.insert(describe(view) + what);
            fail(view, what, text, rect.width(), needs);
        }
    }

    void checkTabs(QTabBar* tabs)
    {
        for (int i = 0; i < tabs->count(); ++i) {
            const int needs = tabs->fontMetrics().horizontalAdvance(tabs->tabText(i)) + 16;
            if (needs > tabs->tabRect(i).width())
                fail(tabs, QStringLiteral("elides tab %1").arg(i), tabs->tabText(i), tabs->tabRect(i).width(), needs);
        }
    }

    void checkGroupBox(QGroupBox* box)
    {
        const int needs = box->fontMetrics().horizontalAdvance(box->title()) + 16;
        if (!box->title().isEmpty() && needs > box->width())
            fail(box, QStringLiteral("cuts its title"), box->title(), box->width(), needs);
    }

    QWidget* m_window;
    QStringList m_problems;
    QSet<QString> m_reported;
};

} // namespace

class TestLayoutFits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nothingIsCut_data();
    void nothingIsCut();

private:
    void populate();
    QStringList checkPage(MainWindow& window, const QString& language, const QString& view);

    TestStores m_stores;
    QString m_url;
    QTemporaryDir m_dir;
};

void TestLayoutFits::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("smsotp-test"));
    QCoreApplication::setApplicationName(QStringLiteral("TestLayoutFits"));
    MessageBoxes::setAutomaticAnswer(QMessageBox::Ok);
    populate();
}

// A few hundred demo users are enough to fill every visible row with realistic values: names,
// masked phones, blocked accounts with their release times, and their events.
void TestLayoutFits::populate()
{
    m_url = m_stores.freshUrl(QStringLiteral("sqlite"));
    std::unique_ptr<Store> store = m_stores.openAgainOrCreate(m_url);
    QVERIFY(store);
    Result<StoreKey> key = StoreKeyVault(*store).create(QString::fromLatin1(kPassphrase), QStringLiteral("t"));
    QVERIFY(key);
    DemoPopulator::Options options;
    options.users = 400;
    options.blockedPercent = 20;
    QVERIFY(DemoPopulator(*store, key.value(), SettingsRepository(*store).load()->settings.phoneFormat).run(options));
}

void TestLayoutFits::nothingIsCut_data()
{
    QTest::addColumn<QString>("language");
    for (const Languages::Language& language : Languages::all())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

void TestLayoutFits::nothingIsCut()
{
    QFETCH(QString, language);
    Languages languages;
    MainWindow window(languages);
    ManualClock clock; // the pause after wrong passphrases on the lock screen ends when told
    window.consoleLock()->setClock(clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The window opens at this size by itself; a page whose minimum is larger would grow it.
    QCOMPARE(window.size(), kOpeningSize);
    QVERIFY(window.openStore(*StoreUrl::parse(m_url), {}, Store::OpenMode::OpenExisting));
    // The store has a key, so the console asks for it; the test answers without the dialog.
    QTRY_VERIFY(window.findChild<UnlockStoreKeyDialog*>());
    QVERIFY(window.storeKeys()->unlock(QString::fromLatin1(kPassphrase), false).isEmpty());
    window.findChild<UnlockStoreKeyDialog*>()->reject();
    window.setLanguage(language);
    QCoreApplication::processEvents();

    QStringList problems;
    auto* navigation = window.findChild<QTreeWidget*>(QStringLiteral("navigation"));
    navigation->expandAll();
    for (QTreeWidgetItemIterator it(navigation); *it; ++it) {
        const QString id = (*it)->data(0, Qt::UserRole).toString();
        QVERIFY(window.selectPage(id));
        problems += checkPage(window, language, id);
    }
    // The help desk again, showing blocked accounts with one selected: the status texts, the
    // detail pane and its recent events.
    QVERIFY(window.selectPage(QStringLiteral("helpDesk")));
    auto* helpDesk = window.findChild<HelpDeskPage*>();
    helpDesk->findChild<QComboBox*>(QStringLiteral("statusFilter"))
        ->setCurrentIndex(int(AuthenticatorTableModel::StatusFilter::Blocked));
    QTRY_VERIFY(helpDesk->model()->rowCount() > 0);
    helpDesk->table()->selectRow(0);
    problems += checkPage(window, language, QStringLiteral("helpDesk-blocked"));
    // A settings page with input when another console saves its section: the bar, then Review's view.
    QVERIFY(window.selectPage(QStringLiteral("block")));
    auto* block = window.findChild<SectionPage*>(QStringLiteral("blockPage"));
    auto* attempts = block->findChild<QSpinBox*>(QStringLiteral("attemptsBeforeBlock"));
    // Typed, as a user does (setValue does not tell the page).
    attempts->setFocus();
    QTest::keyClick(attempts, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(attempts, QString::number(attempts->value() % 99 + 1));
    QVERIFY(block->isDirty());
    {
        std::unique_ptr<Store> other = m_stores.openAgain(m_url);
        QVERIFY(other);
        SettingsRepository repository(*other);
        auto loaded = repository.load();
        QVERIFY(loaded);
        loaded->settings.block.counterResetMinutes = loaded->settings.block.counterResetMinutes % 1440 + 1;
        QVERIFY(repository
                    .save(loaded->settings, {QStringLiteral("block")}, loaded->versions,
                          QStringLiteral("console:administrator"))
                    .ok());
    }
    window.changeWatcher()->checkNow();
    QTRY_VERIFY(block->findChild<QWidget*>(QStringLiteral("changedElsewhere"))->isVisible());
    problems += checkPage(window, language, QStringLiteral("block-changedElsewhere"));
    block->reviewChangeElsewhere();
    problems += checkPage(window, language, QStringLiteral("block-review"));
    block->revert();
    // The lock screen in place of the pages (File → Lock Now), then unlocked again.
    QVERIFY(window.consoleLock()->lock(ConsoleLock::Reason::Manual));
    problems += checkPage(window, language, QStringLiteral("locked"));
    // Three wrong passphrases: the error, the countdown and the disabled field and button.
    for (int i = 0; i < UnlockThrottle::kFreeTries; ++i)
        window.consoleLock()->unlock(QStringLiteral("not the passphrase"));
    QVERIFY(window.consoleLock()->lockScreen()->waitSeconds() > 0);
    problems += checkPage(window, language, QStringLiteral("locked-paused"));
    clock.advanceSeconds(UnlockThrottle::kLongestPauseSeconds);
    window.storeKeys()->updateUnlockWait();
    QVERIFY(window.consoleLock()->unlock(QString::fromLatin1(kPassphrase)).isEmpty());
    QVERIFY(window.size() == kOpeningSize);
    // One line each, in full (a failure message would be cut), then the verdict.
    for (const QString& problem : problems)
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 widget(s) cut, listed above").arg(problems.size())));
}

QStringList TestLayoutFits::checkPage(MainWindow& window, const QString& language, const QString& view)
{
    // Let lazy models fetch and layouts settle.
    QCoreApplication::processEvents();
    QTest::qWait(50);
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("SMSOTP_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        window.grab().save(QStringLiteral("%1/fit-%2-%3.png").arg(dir, language, view));
        // Under Xvfb (QT_QPA_PLATFORM=xcb) the whole screen too, as the X server drew it.
        if (QGuiApplication::platformName() == QLatin1String("xcb"))
            QProcess::execute(QStringLiteral("import"),
                              {QStringLiteral("-window"), QStringLiteral("root"),
                               QStringLiteral("%1/screen-%2-%3.png").arg(dir, language, view)});
    }
    FitChecker checker(&window);
    checker.checkAll();
    QStringList problems;
    for (const QString& problem : checker.problems())
        problems << QStringLiteral("[%1/%2] %3").arg(language, view, problem);
    return problems;
}

QTEST_MAIN(TestLayoutFits)
#include "TestLayoutFits.moc"
