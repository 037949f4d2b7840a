#pragma once

#include "taskstatistics.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class Clock;
class ProviderAdapterRegistry;
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
class TaskTableModel;

// Four charts over the task list: tasks by state over time, finishes per minute, queue wait and
// time to result per provider (median and p90), and the most frequent error codes.
//
// The numbers follow the table model's summariesChanged() one change at a time
// (TaskStatistics), so a 100,000-task history is never walked again. Everything else happens
// only while the widget is visible: the history timer samples every few seconds and the charts
// are redrawn (with the sorted figures recomputed) only then, or when the widget is shown after
// something changed. Hidden, nothing runs.
class ChartsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsWidget(TaskTableModel *model, QWidget *parent = nullptr);

    // Fills the statistics from the model's rows and follows its changes from then on.
    void setModel(TaskTableModel *model);
    TaskTableModel *model() const { return m_model; }

    // Provider display names for the axes ("SeaArt" rather than "seaart"); without it the ids.
    void setAdapterRegistry(const ProviderAdapterRegistry *registry);
    // The clock of the history samples (tests pass a ManualClock); nullptr = system time.
    void setClock(const Clock *clock) { m_clock = clock; }

    static constexpr int DefaultSampleIntervalMs = 5000;
    // Charts are redrawn at most this often while changes stream in.
    static constexpr int RedrawDelayMs = 1000;
    void setSampleIntervalMs(int ms);
    const TaskStatistics &statistics() const { return m_stats; }

    // For tests: whether the history timer runs (only while visible), whether a change is not
    // drawn yet, and how many times the charts were redrawn.
    bool isSampling() const;
    bool isDirty() const { return m_dirty; }
    int redrawCount() const { return m_redraws; }
    bool isRedrawScheduled() const;   // a redraw will run when the delay ends

public slots:
    // Takes a history sample now (setClock) and redraws when visible (also what the timer does).
    void sampleNow();
    // The same at a given time (tests, screenshots).
    void sampleAt(const QDateTime &nowUtc);
    // One batch of the model's summariesChanged(): removals only in before, additions only in
    // after, updates in both.
    void applyChanges(const QList<TaskSummary> &before, const QList<TaskSummary> &after);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

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

    void scheduleRedraw();
    QString providerName(const QString &provider) const;

    QPointer<TaskTableModel> m_model;
    const Clock *m_clock = nullptr;
    const ProviderAdapterRegistry *m_registry = nullptr;
    TaskStatistics m_stats;
    QTimer *m_timer = nullptr;         // history samples, only while visible
    QTimer *m_redrawTimer = nullptr;   // coalesces redraws after changes, only while visible
    bool m_dirty = true;               // something changed that is not drawn yet
    int m_redraws = 0;

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
