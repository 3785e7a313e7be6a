#pragma once

#include "SectionPage.h"

class QChart;
class QChartView;
class QCheckBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QSpinBox;
class QTimer;
class QValueAxis;

// DESIGN §3.3: spam protection settings, and what it is doing now: sending or suspended, and
// a chart of the messages sent and sign-ins over the evaluation window with the threshold and
// the minimum percent drawn in, refreshed while the page is shown.
class SpamProtectionSettingsPage : public SectionPage {
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 5000;
    static constexpr int kChartPoints = 61;

    explicit SpamProtectionSettingsPage(SettingsSession* session, QWidget* parent = nullptr);

    void apply(Settings& settings) const override;
    // Reads the present state from the store and redraws (the timer calls it too).
    void refreshStatus();
    QChart* chart() const;

protected:
    void showSettings(const Settings& settings) override;
    void retranslatePage() override;
    QString description() const override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QCheckBox* m_enabled;
    QLabel* m_windowLabel;
    QSpinBox* m_window;
    QLabel* m_thresholdLabel;
    QSpinBox* m_threshold;
    QLabel* m_percentLabel;
    QSpinBox* m_percent;
    QLabel* m_presentTitle;
    QLabel* m_state;
    QChartView* m_chartView;
    QLineSeries* m_sent;
    QLineSeries* m_succeeded;
    QLineSeries* m_thresholdLine;
    QLineSeries* m_minimumLine;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_countAxis;
    QTimer* m_timer;
};
