#include "chartswidget.h"

#include "clock.h"
#include "provideradapterregistry.h"
#include "taskengine.h"
#include "tasktablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHash>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// Semantic colours, chosen to stay readable on light and dark chart backgrounds.
QColor groupColor(TaskStatistics::Group group)
{
    switch (group) {
    case TaskStatistics::Group::Waiting:
        return QColor(0xd9, 0x9a, 0x1e);
    case TaskStatistics::Group::Running:
        return QColor(0x3b, 0x82, 0xf6);
    case TaskStatistics::Group::Succeeded:
        return QColor(0x2e, 0xa0, 0x43);
    case TaskStatistics::Group::Failed:
        return QColor(0xe5, 0x53, 0x4b);
    case TaskStatistics::Group::Cancelled:
        return QColor(0x8b, 0x94, 0x9e);
    case TaskStatistics::Group::NeedsDecision:
        return QColor(0xa3, 0x71, 0xf7);
    }
    return Qt::gray;
}

const QColor kQueueMedian(0xd9, 0x9a, 0x1e);
const QColor kQueueP90(0xf0, 0xc8, 0x6e);
const QColor kResultMedian(0x3b, 0x82, 0xf6);
const QColor kResultP90(0x93, 0xb8, 0xf8);

// A "nice" upper bound for an axis: 5, 10, 20, 25, 50, 100, ...
double niceCeiling(double value)
{
    if (value <= 5)
        return 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

// 0..nice ceiling with five round steps (0, 5, 10, ... rather than 0, 12, 25, 37).
void setNiceRange(QValueAxis *axis, double maxValue)
{
    const double top = niceCeiling(maxValue);
    axis->setTickCount(6);
    axis->setLabelFormat(top / 5 >= 1 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    axis->setRange(0, top);
}

bool isFinishedGroup(TaskStatistics::Group group)
{
    return group == TaskStatistics::Group::Succeeded || group == TaskStatistics::Group::Failed
           || group == TaskStatistics::Group::Cancelled;
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = palette.color(QPalette::WindowText);
    grid.setAlpha(40);
    axis->setLabelsBrush(text);
    axis->setTitleBrush(text);
    axis->setLinePenColor(palette.color(QPalette::Mid));
    axis->setGridLineColor(grid);
    axis->setMinorGridLineColor(grid);
}

} // namespace

ChartsWidget::ChartsWidget(TaskTableModel *model, QWidget *parent)
    : QWidget(parent)
{
    // Tasks by state over time. Finished totals grow into the thousands while a few dozen are in
    // flight, so they get their own (right) axis and dashed lines instead of flattening the rest.
    m_stateChart = new QChart;
    m_stateTimeAxis = new QDateTimeAxis;
    m_stateCountAxis = new QValueAxis;
    m_stateTotalAxis = new QValueAxis;
    m_stateChart->addAxis(m_stateTimeAxis, Qt::AlignBottom);
    m_stateChart->addAxis(m_stateCountAxis, Qt::AlignLeft);
    m_stateChart->addAxis(m_stateTotalAxis, Qt::AlignRight);
    m_stateTotalAxis->setGridLineVisible(false);
    for (TaskStatistics::Group group : TaskStatistics::groups()) {
        auto *series = new QLineSeries;
        m_stateChart->addSeries(series);
        series->attachAxis(m_stateTimeAxis);
        series->attachAxis(isFinishedGroup(group) ? m_stateTotalAxis : m_stateCountAxis);
        m_stateSeries.append(series);
    }

    // Finishes per minute: succeeded and failed stacked, one bar per minute.
    m_minuteChart = new QChart;
    m_minuteSeries = new QStackedBarSeries;
    m_minuteSeries->setBarWidth(0.8);
    m_minuteSeries->append(new QBarSet(QString()));
    m_minuteSeries->append(new QBarSet(QString()));
    m_minuteChart->addSeries(m_minuteSeries);
    m_minuteCountAxis = new QValueAxis;
    m_minuteChart->addAxis(m_minuteCountAxis, Qt::AlignLeft);
    m_minuteSeries->attachAxis(m_minuteCountAxis);
    replaceMinuteAxis();

    // Queue wait and time to result per provider.
    m_timesChart = new QChart;
    m_timesSeries = new QBarSeries;
    for (int i = 0; i < 4; ++i)
        m_timesSeries->append(new QBarSet(QString()));
    m_timesChart->addSeries(m_timesSeries);
    m_timesProviderAxis = new QBarCategoryAxis;
    m_timesSecondsAxis = new QValueAxis;
    m_timesChart->addAxis(m_timesProviderAxis, Qt::AlignBottom);
    m_timesChart->addAxis(m_timesSecondsAxis, Qt::AlignLeft);
    m_timesSeries->attachAxis(m_timesProviderAxis);
    m_timesSeries->attachAxis(m_timesSecondsAxis);

    // Top error codes, the most frequent on top.
    m_errorChart = new QChart;
    m_errorSeries = new QHorizontalBarSeries;
    m_errorSeries->append(new QBarSet(QString()));
    m_errorSeries->setLabelsVisible(true);
    m_errorChart->addSeries(m_errorSeries);
    m_errorCodeAxis = new QBarCategoryAxis;
    m_errorCountAxis = new QValueAxis;
    m_errorChart->addAxis(m_errorCodeAxis, Qt::AlignLeft);
    m_errorChart->addAxis(m_errorCountAxis, Qt::AlignBottom);
    m_errorSeries->attachAxis(m_errorCodeAxis);
    m_errorSeries->attachAxis(m_errorCountAxis);
    m_errorChart->legend()->hide();
    // The catalog title is too long for an axis label: show it on hover.
    connect(m_errorSeries->barSets().first(), &QBarSet::hovered, this, [this](bool status, int index) {
        const QList<TaskStatistics::ErrorCount> errors = m_stats.topErrors();
        const qsizetype row = errors.size() - 1 - index;   // drawn bottom-up
        if (!status || row < 0 || row >= errors.size()) {
            QToolTip::hideText();
            return;
        }
        const TaskStatistics::ErrorCount &error = errors.at(row);
        QToolTip::showText(QCursor::pos(), tr("%1 · %2\n%3\n%n task(s)", nullptr, error.count)
                                               .arg(providerName(error.provider), error.code, error.title));
    });

    m_statePanel = makePanel(m_stateChart);
    m_minutePanel = makePanel(m_minuteChart);
    m_timesPanel = makePanel(m_timesChart);
    m_errorPanel = makePanel(m_errorChart);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_statePanel.stack, 0, 0);
    grid->addWidget(m_minutePanel.stack, 0, 1);
    grid->addWidget(m_timesPanel.stack, 1, 0);
    grid->addWidget(m_errorPanel.stack, 1, 1);

    // Both timers run only while the widget is shown (showEvent / hideEvent).
    m_timer = new QTimer(this);
    m_timer->setInterval(DefaultSampleIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ChartsWidget::sampleNow);
    m_redrawTimer = new QTimer(this);
    m_redrawTimer->setSingleShot(true);
    m_redrawTimer->setInterval(RedrawDelayMs);
    connect(m_redrawTimer, &QTimer::timeout, this, [this] {
        if (m_dirty && isVisible())
            rebuildCharts();
    });

    applyPalette();
    retranslate();
    setModel(model);
}

void ChartsWidget::setModel(TaskTableModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_stats.clear();
    m_dirty = true;
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_stats.add(m_model->taskAt(row));
        connect(m_model, &TaskTableModel::summariesChanged, this, &ChartsWidget::applyChanges);
    }
    if (isVisible())
        scheduleRedraw();
}

void ChartsWidget::applyChanges(const QList<TaskSummary> &before, const QList<TaskSummary> &after)
{
    if (before.isEmpty() && after.isEmpty())
        return;
    if (after.isEmpty()) {
        for (const TaskSummary &task : before)
            m_stats.remove(task);
    } else if (before.isEmpty()) {
        for (const TaskSummary &task : after)
            m_stats.add(task);
    } else {
        // Updates are in both lists at the same index; anything else is paired by id.
        QHash<qint64, qsizetype> unpaired;
        QList<bool> pairedAfter(after.size(), false);
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (i < after.size() && after.at(i).id == before.at(i).id) {
                m_stats.update(before.at(i), after.at(i));
                pairedAfter[i] = true;
            } else {
                unpaired.insert(before.at(i).id, i);
            }
        }
        for (qsizetype i = 0; i < after.size(); ++i) {
            if (pairedAfter.at(i))
                continue;
            if (auto it = unpaired.find(after.at(i).id); it != unpaired.end()) {
                m_stats.update(before.at(*it), after.at(i));
                unpaired.erase(it);
            } else {
                m_stats.add(after.at(i));
            }
        }
        for (qsizetype i : std::as_const(unpaired))
            m_stats.remove(before.at(i));
    }
    m_dirty = true;
    if (isVisible())
        scheduleRedraw();
}

bool ChartsWidget::isRedrawScheduled() const
{
    return m_redrawTimer->isActive();
}

void ChartsWidget::scheduleRedraw()
{
    if (!m_redrawTimer->isActive())
        m_redrawTimer->start();
}

void ChartsWidget::setAdapterRegistry(const ProviderAdapterRegistry *registry)
{
    m_registry = registry;
    m_dirty = true;
    if (isVisible())
        scheduleRedraw();
}

QString ChartsWidget::providerName(const QString &provider) const
{
    const ProviderAdapter *adapter = m_registry ? m_registry->adapter(provider) : nullptr;
    return adapter ? adapter->displayName() : provider;
}

bool ChartsWidget::isSampling() const
{
    return m_timer->isActive();
}

ChartsWidget::Panel ChartsWidget::makePanel(QChart *chart)
{
    Panel panel;
    panel.stack = new QStackedWidget(this);
    panel.view = new QChartView(chart, panel.stack);
    panel.view->setRenderHint(QPainter::Antialiasing);
    // Room for axis labels and a legend in any language; grows with the window.
    panel.view->setMinimumSize(fontMetrics().averageCharWidth() * 40, fontMetrics().height() * 14);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    panel.empty = new QLabel(panel.stack);
    panel.empty->setAlignment(Qt::AlignCenter);
    panel.empty->setWordWrap(true);
    panel.empty->setMargin(fontMetrics().height());
    panel.stack->addWidget(panel.view);
    panel.stack->addWidget(panel.empty);
    return panel;
}

void ChartsWidget::setSampleIntervalMs(int ms)
{
    m_timer->setInterval(ms);
}

void ChartsWidget::sampleNow()
{
    sampleAt(m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc());
}

void ChartsWidget::sampleAt(const QDateTime &nowUtc)
{
    m_stats.sample(nowUtc);
    m_dirty = true;
    if (isVisible())
        rebuildCharts();
}

void ChartsWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A point for "now" (the history pauses while the charts are hidden), then the redraw.
    sampleNow();
    m_timer->start();
}

void ChartsWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
    m_redrawTimer->stop();
}

void ChartsWidget::rebuildCharts()
{
    m_dirty = false;
    ++m_redraws;
    m_redrawTimer->stop();
    updateStateChart();
    updateMinuteChart();
    updateTimesChart();
    updateErrorChart();
}

void ChartsWidget::updateStateChart()
{
    const QList<TaskStatistics::Sample> history = m_stats.history();
    const QList<TaskStatistics::Group> groups = TaskStatistics::groups();
    int maxActive = 0;
    int maxFinished = 0;
    for (int g = 0; g < groups.size(); ++g) {
        QList<QPointF> points;
        points.reserve(history.size());
        for (const TaskStatistics::Sample &sample : history) {
            const int count = sample.counts.of(groups.at(g));
            int &maxOfAxis = isFinishedGroup(groups.at(g)) ? maxFinished : maxActive;
            maxOfAxis = std::max(maxOfAxis, count);
            points.append(QPointF(double(sample.at.toMSecsSinceEpoch()), count));
        }
        m_stateSeries.at(g)->replace(points);   // one call: no per-point repaint
    }
    if (history.size() >= 2) {
        const QDateTime first = history.first().at.toLocalTime();
        const QDateTime last = history.last().at.toLocalTime();
        m_stateTimeAxis->setRange(first, last);
        m_stateTimeAxis->setFormat(first.secsTo(last) < 600 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
        m_stateTimeAxis->setTickCount(5);
    }
    setNiceRange(m_stateCountAxis, maxActive);
    setNiceRange(m_stateTotalAxis, maxFinished);
    m_statePanel.stack->setCurrentIndex(history.size() >= 2 ? 0 : 1);
}

void ChartsWidget::updateMinuteChart()
{
    const QList<TaskStatistics::MinuteBucket> buckets = m_stats.perMinute();
    QBarSet *succeeded = m_minuteSeries->barSets().at(0);
    QBarSet *failed = m_minuteSeries->barSets().at(1);
    succeeded->remove(0, succeeded->count());
    failed->remove(0, failed->count());
    QList<qreal> ok;
    QList<qreal> bad;
    int maxTotal = 0;
    int total = 0;
    for (const TaskStatistics::MinuteBucket &bucket : buckets) {
        ok.append(bucket.succeeded);
        bad.append(bucket.failed);
        maxTotal = std::max(maxTotal, bucket.succeeded + bucket.failed);
        total += bucket.succeeded + bucket.failed;
    }
    succeeded->append(ok);
    failed->append(bad);

    // Clock labels every 5 minutes, on the bars they name. A fresh axis each time: QCategoryAxis
    // keeps stale ranges when its labels are replaced in place.
    replaceMinuteAxis();
    for (int i = 0; i < buckets.size(); ++i) {
        if (i % 5 == 4 || i == buckets.size() - 1) {
            const QString label = buckets.at(i).start.toLocalTime().toString(QStringLiteral("HH:mm"));
            if (!m_minuteAxis->categoriesLabels().contains(label))
                m_minuteAxis->append(label, i);
        }
    }
    // After the labels: the range change is what lays them out.
    m_minuteAxis->setStartValue(-0.5);
    m_minuteAxis->setRange(-0.5, double(buckets.size()) - 0.5);
    setNiceRange(m_minuteCountAxis, maxTotal);
    m_minutePanel.stack->setCurrentIndex(total > 0 ? 0 : 1);
}

void ChartsWidget::replaceMinuteAxis()
{
    if (m_minuteAxis) {
        m_minuteChart->removeAxis(m_minuteAxis);
        delete m_minuteAxis;
    }
    m_minuteAxis = new QCategoryAxis;
    m_minuteAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_minuteAxis->setLabelsFont(font());
    styleAxis(m_minuteAxis, palette());
    m_minuteChart->addAxis(m_minuteAxis, Qt::AlignBottom);
    m_minuteSeries->attachAxis(m_minuteAxis);
}

void ChartsWidget::updateTimesChart()
{
    const QList<TaskStatistics::ProviderTimes> times = m_stats.providerTimes();
    double maxSeconds = 0;
    for (const auto &t : times)
        maxSeconds = std::max({maxSeconds, t.queueWait.p90Seconds, t.timeToResult.p90Seconds});
    // Minutes read better than "1800 s" once tasks take a while.
    const bool minutes = maxSeconds > 180;
    const double unit = minutes ? 60.0 : 1.0;

    const QList<QBarSet *> sets = m_timesSeries->barSets();
    QStringList providers;
    QList<QList<qreal>> values(4);
    for (const auto &t : times) {
        providers.append(providerName(t.provider));
        values[0].append(t.queueWait.medianSeconds / unit);
        values[1].append(t.queueWait.p90Seconds / unit);
        values[2].append(t.timeToResult.medianSeconds / unit);
        values[3].append(t.timeToResult.p90Seconds / unit);
    }
    for (int i = 0; i < 4; ++i) {
        sets.at(i)->remove(0, sets.at(i)->count());
        sets.at(i)->append(values.at(i));
    }
    m_timesProviderAxis->setCategories(providers);
    setNiceRange(m_timesSecondsAxis, maxSeconds / unit);
    m_timesInMinutes = minutes;
    m_timesSecondsAxis->setTitleText(minutes ? tr("minutes") : tr("seconds"));
    m_timesPanel.stack->setCurrentIndex(times.isEmpty() ? 1 : 0);
}

void ChartsWidget::updateErrorChart()
{
    const QList<TaskStatistics::ErrorCount> errors = m_stats.topErrors();
    QBarSet *set = m_errorSeries->barSets().first();
    set->remove(0, set->count());
    QStringList labels;
    QList<qreal> counts;
    int maxCount = 0;
    // Horizontal bars are drawn bottom-up: append in reverse so the most frequent is on top.
    for (qsizetype i = errors.size() - 1; i >= 0; --i) {
        const auto &error = errors.at(i);
        labels.append(QStringLiteral("%1 (%2)").arg(error.code, providerName(error.provider)));
        counts.append(error.count);
        maxCount = std::max(maxCount, error.count);
    }
    set->append(counts);
    m_errorCodeAxis->setCategories(labels);
    setNiceRange(m_errorCountAxis, maxCount);
    m_errorPanel.stack->setCurrentIndex(errors.isEmpty() ? 1 : 0);
}

void ChartsWidget::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    for (QChart *chart : {m_stateChart, m_minuteChart, m_timesChart, m_errorChart}) {
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(pal.color(QPalette::Base));
        chart->setBackgroundPen(QPen(pal.color(QPalette::Mid)));
        chart->setTitleBrush(pal.color(QPalette::WindowText));
        QFont titleFont = font();
        titleFont.setBold(true);
        chart->setTitleFont(titleFont);
        chart->legend()->setLabelColor(pal.color(QPalette::WindowText));
        chart->legend()->setFont(font());
        for (QAbstractAxis *axis : chart->axes()) {
            styleAxis(axis, pal);
            axis->setLabelsFont(font());
        }
    }
    // setTheme() recolours the series: put the semantic colours back.
    const QList<TaskStatistics::Group> groups = TaskStatistics::groups();
    for (int g = 0; g < groups.size(); ++g) {
        QPen pen(groupColor(groups.at(g)));
        pen.setWidthF(2.0);
        if (isFinishedGroup(groups.at(g)))
            pen.setStyle(Qt::DashLine);
        m_stateSeries.at(g)->setPen(pen);
    }
    const QList<QBarSet *> minuteSets = m_minuteSeries->barSets();
    minuteSets.at(0)->setColor(groupColor(TaskStatistics::Group::Succeeded));
    minuteSets.at(1)->setColor(groupColor(TaskStatistics::Group::Failed));
    const QList<QBarSet *> timeSets = m_timesSeries->barSets();
    const QColor timeColors[] = {kQueueMedian, kQueueP90, kResultMedian, kResultP90};
    for (int i = 0; i < 4; ++i) {
        timeSets.at(i)->setColor(timeColors[i]);
        timeSets.at(i)->setBorderColor(timeColors[i]);
    }
    for (QBarSet *set : minuteSets)
        set->setBorderColor(set->color());
    QBarSet *errorSet = m_errorSeries->barSets().first();
    errorSet->setColor(groupColor(TaskStatistics::Group::Failed));
    errorSet->setBorderColor(groupColor(TaskStatistics::Group::Failed));
    errorSet->setLabelColor(pal.color(QPalette::WindowText));
    for (const Panel *panel : {&m_statePanel, &m_minutePanel, &m_timesPanel, &m_errorPanel}) {
        if (!panel->stack)
            continue;
        QPalette labelPalette = pal;
        labelPalette.setColor(QPalette::WindowText, pal.color(QPalette::Disabled, QPalette::WindowText));
        panel->empty->setPalette(labelPalette);
        panel->empty->setAutoFillBackground(true);
        panel->empty->setBackgroundRole(QPalette::Base);
    }
}

void ChartsWidget::retranslate()
{
    const QList<TaskStatistics::Group> groups = TaskStatistics::groups();
    for (int g = 0; g < groups.size(); ++g)
        m_stateSeries.at(g)->setName(TaskStatistics::groupName(groups.at(g)));
    m_stateChart->setTitle(tr("Tasks by state"));
    m_stateCountAxis->setTitleText(tr("in flight"));
    m_stateTotalAxis->setTitleText(tr("finished (total)"));

    m_minuteChart->setTitle(tr("Finished per minute, last %1 minutes").arg(TaskStatistics::DefaultMinutes));
    m_minuteSeries->barSets().at(0)->setLabel(TaskStatistics::groupName(TaskStatistics::Group::Succeeded));
    m_minuteSeries->barSets().at(1)->setLabel(tr("Failed, timed out or lost"));

    m_timesChart->setTitle(tr("Queue wait and time to result"));
    const QList<QBarSet *> timeSets = m_timesSeries->barSets();
    timeSets.at(0)->setLabel(tr("Queue wait, median"));
    timeSets.at(1)->setLabel(tr("Queue wait, p90"));
    timeSets.at(2)->setLabel(tr("Time to result, median"));
    timeSets.at(3)->setLabel(tr("Time to result, p90"));
    m_timesSecondsAxis->setTitleText(m_timesInMinutes ? tr("minutes") : tr("seconds"));

    m_errorChart->setTitle(tr("Most frequent errors"));
    m_errorCountAxis->setTitleText(tr("failed tasks"));

    m_statePanel.empty->setText(tr("Tasks by state\n\nSampling every few seconds; the chart fills in as time passes."));
    m_minutePanel.empty->setText(
        tr("Finished per minute\n\nNo task finished in the last %1 minutes.").arg(TaskStatistics::DefaultMinutes));
    m_timesPanel.empty->setText(tr("Queue wait and time to result\n\nNo finished or running task to measure yet."));
    m_errorPanel.empty->setText(tr("Most frequent errors\n\nNo failed task. Nothing to worry about."));

    m_statePanel.view->setAccessibleName(tr("Chart: tasks by state over time"));
    m_minutePanel.view->setAccessibleName(tr("Chart: finished tasks per minute"));
    m_timesPanel.view->setAccessibleName(tr("Chart: queue wait and time to result per provider"));
    m_errorPanel.view->setAccessibleName(tr("Chart: most frequent error codes"));
    setAccessibleName(tr("Charts"));
    m_stats.invalidateTitles();   // the error titles come translated from the catalog
    if (!m_dirty && isVisible())
        rebuildCharts();   // axis titles that depend on the data
    else
        m_dirty = true;
}

void ChartsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyPalette();
    }
    QWidget::changeEvent(event);
}
