#pragma once

#include "taskstatistics.h"

#include <QList>
#include <QWidget>

class QBarCategoryAxis;
class QCategoryAxis;
class QChart;
class QChartView;
class QDateTimeAxis;
class QHorizontalBarSeries;
class QLabel;
class QLineSeries;
class QStackedBarSeries;
class QBarSeries;
class QStackedWidget;
class QTimer;
class QValueAxis;
class TaskEngine;

// Four charts over the engine's tasks: tasks by state over time, finishes per minute, queue wait
// and time to result per provider (median and p90), and the most frequent error codes.
// The engine's signals are never used to redraw: a timer samples every few seconds (cheap even
// at 10,000 tasks), and the charts are only rebuilt while the widget is visible.
class ChartsWidget : public QWidget
{
    Q_OBJECT

public:
    ChartsWidget(TaskEngine *engine, QWidget *parent);

    static constexpr int DefaultSampleIntervalMs = 5000;
    void setSampleIntervalMs(int ms);
    const TaskStatistics &statistics() const { return m_stats; }

public slots:
    // Takes a sample now and redraws (also what the timer does).
    void sampleNow();
    // The same from a given snapshot (tests, screenshots, replaying an export).
    void sampleFrom(const QList<Task> &tasks, const QDateTime &nowUtc);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Panel
    {
        QStackedWidget *stack = nullptr;
        QChartView *view = nullptr;
        QLabel *empty = nullptr;
    };

    Panel makePanel(QChart *chart);
    void rebuildCharts();
    void updateStateChart();
    void updateMinuteChart();
    void updateTimesChart();
    void updateErrorChart();
    void replaceMinuteAxis();
    void applyPalette();
    void retranslate();

    TaskEngine *m_engine;
    TaskStatistics m_stats;
    QTimer *m_timer = nullptr;
    bool m_dirty = true;   // a sample was taken that is not drawn yet

    QChart *m_stateChart = nullptr;
    QList<QLineSeries *> m_stateSeries;   // one per TaskStatistics::Group
    QDateTimeAxis *m_stateTimeAxis = nullptr;
    QValueAxis *m_stateCountAxis = nullptr;   // left: tasks in flight
    QValueAxis *m_stateTotalAxis = nullptr;   // right: finished totals (they grow much larger)
    Panel m_statePanel;

    QChart *m_minuteChart = nullptr;
    QStackedBarSeries *m_minuteSeries = nullptr;
    QCategoryAxis *m_minuteAxis = nullptr;
    QValueAxis *m_minuteCountAxis = nullptr;
    Panel m_minutePanel;

    QChart *m_timesChart = nullptr;
    QBarSeries *m_timesSeries = nullptr;
    QBarCategoryAxis *m_timesProviderAxis = nullptr;
    QValueAxis *m_timesSecondsAxis = nullptr;
    bool m_timesInMinutes = false;
    Panel m_timesPanel;

    QChart *m_errorChart = nullptr;
    QHorizontalBarSeries *m_errorSeries = nullptr;
    QBarCategoryAxis *m_errorCodeAxis = nullptr;
    QValueAxis *m_errorCountAxis = nullptr;
    Panel m_errorPanel;
};
