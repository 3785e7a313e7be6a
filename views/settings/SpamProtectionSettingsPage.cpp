#include "SpamProtectionSettingsPage.h"

#include "EnglishPlural.h"
#include "store/SpamStatusQuery.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateTimeAxis>
#include <QFormLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

SpamProtectionSettingsPage::SpamProtectionSettingsPage(SettingsSession* session, QWidget* parent)
    : SectionPage(QLatin1String(SpamProtectionSettings::kKey), session, parent)
    , m_enabled(new QCheckBox)
    , m_windowLabel(new QLabel)
    , m_window(new QSpinBox)
    , m_thresholdLabel(new QLabel)
    , m_threshold(new QSpinBox)
    , m_percentLabel(new QLabel)
    , m_percent(new QSpinBox)
    , m_presentTitle(new QLabel)
    , m_state(new QLabel)
    , m_chartView(new QChartView)
    , m_sent(new QLineSeries)
    , m_succeeded(new QLineSeries)
    , m_thresholdLine(new QLineSeries)
    , m_minimumLine(new QLineSeries)
    , m_timeAxis(new QDateTimeAxis)
    , m_countAxis(new QValueAxis)
    , m_timer(new QTimer(this))
{
    m_window->setRange(SpamProtectionSettings::kMinWindowSeconds, SpamProtectionSettings::kMaxWindowSeconds);
    m_threshold->setRange(SpamProtectionSettings::kMinThreshold, SpamProtectionSettings::kMaxThreshold);
    m_percent->setRange(SpamProtectionSettings::kMinPercent, SpamProtectionSettings::kMaxPercent);
    auto* box = new QWidget;
    auto* form = new QFormLayout(box);
    addRow(form, m_enabled, QStringLiteral("enabled"));
    addRow(form, m_windowLabel, m_window, QStringLiteral("windowSeconds"));
    addRow(form, m_thresholdLabel, m_threshold, QStringLiteral("thresholdMessages"));
    addRow(form, m_percentLabel, m_percent, QStringLiteral("minSuccessPercent"));
    addToContent(box);

    QFont bold = m_presentTitle->font();
    bold.setBold(true);
    m_presentTitle->setFont(bold);
    m_state->setObjectName(QStringLiteral("spamState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addToContent(m_presentTitle);
    addToContent(m_state);

    auto* chart = new QChart;
    chart->addSeries(m_sent);
    chart->addSeries(m_succeeded);
    chart->addSeries(m_thresholdLine);
    chart->addSeries(m_minimumLine);
    QPen dashed(Qt::DashLine);
    dashed.setWidth(2);
    dashed.setColor(QColor(0xc6, 0x28, 0x28));
    m_thresholdLine->setPen(dashed);
    dashed.setStyle(Qt::DotLine);
    dashed.setColor(QColor(0xef, 0x6c, 0x00));
    m_minimumLine->setPen(dashed);
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_timeAxis->setTickCount(5);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setMin(0);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    for (QLineSeries* series : {m_sent, m_succeeded, m_thresholdLine, m_minimumLine}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_countAxis);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView->setChart(chart);
    m_chartView->setObjectName(QStringLiteral("spamChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    // Ignored: the chart takes the height left over instead of asking for its large default,
    // which would make the form scroll on a 1280×800 screen.
    m_chartView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_chartView->setMinimumHeight(220);
    addToContent(m_chartView, 1);

    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &SpamProtectionSettingsPage::refreshStatus);
    finishConstruction();
}

QChart* SpamProtectionSettingsPage::chart() const
{
    return m_chartView->chart();
}

void SpamProtectionSettingsPage::showSettings(const Settings& settings)
{
    const SpamProtectionSettings& s = settings.spamProtection;
    m_enabled->setChecked(s.enabled);
    m_window->setValue(s.windowSeconds);
    m_threshold->setValue(s.thresholdMessages);
    m_percent->setValue(s.minSuccessPercent);
    refreshStatus();
}

void SpamProtectionSettingsPage::apply(Settings& settings) const
{
    SpamProtectionSettings& s = settings.spamProtection;
    s.enabled = m_enabled->isChecked();
    s.windowSeconds = m_window->value();
    s.thresholdMessages = m_threshold->value();
    s.minSuccessPercent = m_percent->value();
}

void SpamProtectionSettingsPage::refreshStatus()
{
    // The engine acts on the saved settings, so the present is drawn with those, not the input.
    const SpamProtectionSettings& s = loadedSettings().spamProtection;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_sent->clear();
    m_succeeded->clear();
    m_thresholdLine->clear();
    m_minimumLine->clear();
    m_timeAxis->setRange(now.addSecs(-s.windowSeconds).toLocalTime(), now.toLocalTime());
    if (!store()) {
        m_state->setText(tr("No store is open."));
        return;
    }
    SpamStatusQuery query(*store());
    const Result<SpamStatusQuery::State> state = query.status(s, now);
    const Result<QList<SpamStatusQuery::Point>> series = query.series(s, now, kChartPoints);
    if (!state || !series) {
        m_state->setText(tr("The present state cannot be read: %1").arg(!state ? state.error() : series.error()));
        return;
    }
    const QLocale locale;
    // With no traffic there is no share to speak of: "0 sent, 0 sign-ins (100%)" reads as nonsense.
    const QString counts =
        state->sent == 0
            ? englishPlural(tr("Nothing was sent in the last %n second(s).", nullptr, s.windowSeconds), s.windowSeconds)
            : englishPlural(tr("In the last %n second(s): ", nullptr, s.windowSeconds), s.windowSeconds) +
                  englishPlural(tr("%n message(s) sent, ", nullptr, int(state->sent)), state->sent) +
                  englishPlural(tr("%n successful sign-in(s) (%1%).", nullptr, int(state->succeeded)), state->succeeded)
                      .arg(state->successPercent());
    if (state->suspended) {
        m_state->setText(
            tr("⚠ Sending is SUSPENDED until %1: potential spam attack detected at %2 — more than %3 messages in "
               "the window with fewer than %4% leading to a sign-in.")
                .arg(locale.toString(state->suspendedUntil.toLocalTime(), QLocale::ShortFormat),
                     locale.toString(state->suspendedAt.toLocalTime(), QLocale::ShortFormat))
                .arg(s.thresholdMessages)
                .arg(s.minSuccessPercent) +
            QLatin1Char('\n') + counts);
    } else if (!s.enabled) {
        m_state->setText(tr("Spam protection is off: messages are always sent.") + QLatin1Char('\n') + counts);
    } else {
        m_state->setText(tr("✓ Sending normally.") + QLatin1Char('\n') + counts);
    }

    qint64 top = s.thresholdMessages;
    for (const SpamStatusQuery::Point& p : series.value()) {
        const qreal x = qreal(p.end.toMSecsSinceEpoch());
        m_sent->append(x, qreal(p.sent));
        m_succeeded->append(x, qreal(p.succeeded));
        // The sign-ins needed for the messages sent so far.
        m_minimumLine->append(x, qreal(p.sent) * s.minSuccessPercent / 100.0);
        top = std::max(top, p.sent);
    }
    const qreal start = qreal(now.addSecs(-s.windowSeconds).toMSecsSinceEpoch());
    m_thresholdLine->append(start, s.thresholdMessages);
    m_thresholdLine->append(qreal(now.toMSecsSinceEpoch()), s.thresholdMessages);
    m_countAxis->setRange(0, qreal(top) * 1.15 + 1);
    m_countAxis->applyNiceNumbers();
}

void SpamProtectionSettingsPage::showEvent(QShowEvent* event)
{
    SectionPage::showEvent(event);
    refreshStatus();
    m_timer->start();
}

void SpamProtectionSettingsPage::hideEvent(QHideEvent* event)
{
    m_timer->stop();
    SectionPage::hideEvent(event);
}

QString SpamProtectionSettingsPage::description() const
{
    return tr("Suspends sending when many messages lead to few sign-ins, the mark of an SMS pumping attack. The "
              "counts are shared by every provider server using this store.");
}

void SpamProtectionSettingsPage::retranslatePage()
{
    describe(m_enabled, tr("&Protect against spam"),
             tr("When ticked, sending is suspended for one window when more messages than the threshold bring too "
                "few sign-ins (event 2090); it resumes by itself (event 1118)."));
    describe(m_windowLabel, m_window, tr("Evaluation &window:"),
             tr("The period over which messages and sign-ins are counted, and the length of a suspension (%1–%2 s, "
                "default 600).")
                 .arg(SpamProtectionSettings::kMinWindowSeconds)
                 .arg(SpamProtectionSettings::kMaxWindowSeconds));
    describe(m_thresholdLabel, m_threshold, tr("&Threshold of messages:"),
             tr("Sending can be suspended only when more messages than this were sent within the window (default "
                "20)."));
    describe(m_percentLabel, m_percent, tr("&Minimum success:"),
             tr("The share of sent messages that must lead to a successful sign-in (0–100 %, default 85)."));
    m_window->setSuffix(tr(" s"));
    m_percent->setSuffix(tr(" %"));
    m_presentTitle->setText(tr("Now"));
    m_state->setAccessibleName(tr("Present state of spam protection"));
    m_chartView->setAccessibleName(tr("Messages and sign-ins over the evaluation window"));
    m_chartView->setToolTip(tr("Running totals over the evaluation window ending now, with the saved threshold "
                               "and the sign-ins the minimum percent asks for."));
    m_sent->setName(tr("Messages sent"));
    m_succeeded->setName(tr("Successful sign-ins"));
    m_thresholdLine->setName(tr("Threshold"));
    m_minimumLine->setName(tr("Sign-ins needed (minimum %)"));
    refreshStatus();
}
