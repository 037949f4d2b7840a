#include "tasktablemodel.h"

#include "errorcatalog.h"
#include "taskengine.h"
#include "uiicons.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace {

constexpr int MaxSpansBeforeReset = 64;
constexpr int PromptTooltipChars = 1200;

QString oneLine(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > 300)
        line = line.left(299) + QChar(0x2026);
    return line;
}

} // namespace

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_systemClock(std::make_unique<SystemClock>())
{
    m_clock = m_systemClock.get();
    m_ageTimer.setInterval(AgeRefreshMs);
    connect(&m_ageTimer, &QTimer::timeout, this, &TaskTableModel::refreshAges);
}

TaskTableModel::~TaskTableModel() = default;

void TaskTableModel::setEngine(TaskEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (!engine) {
        resetTasks({});
        return;
    }
    connect(engine, &TaskEngine::tasksChanged, this, &TaskTableModel::onEngineTasksChanged);
    connect(engine, &TaskEngine::tasksAdded, this, &TaskTableModel::onEngineTasksAdded);
    connect(engine, &TaskEngine::tasksRemoved, this, &TaskTableModel::removeTasks);
    connect(engine, &TaskEngine::profilesChanged, this, &TaskTableModel::onEngineProfilesChanged);
    QHash<QString, QString> names;
    for (const ProviderProfile &profile : engine->profiles())
        names.insert(profile.id, profile.name);
    m_profileNames = names;
    resetTasks(engine->tasks());
}

TaskEngine *TaskTableModel::engine() const
{
    return m_engine;
}

void TaskTableModel::setClock(const Clock *clock)
{
    m_clock = clock ? clock : m_systemClock.get();
}

QDateTime TaskTableModel::now() const
{
    return m_clock->nowUtc();
}

void TaskTableModel::resetTasks(const QList<Task> &tasks)
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_tally.clear();
    m_rows.reserve(tasks.size());
    for (const Task &task : tasks) {
        if (m_rowOf.contains(task.id))
            continue;
        m_rowOf.insert(task.id, int(m_rows.size()));
        m_rows.append(makeRow(task));
        m_tally.add(task);
    }
    rebuildIndex();
    endResetModel();
    updateAgeTimer();
    emit tallyChanged();
}

void TaskTableModel::upsertTasks(const QList<Task> &tasks)
{
    if (tasks.isEmpty())
        return;
    QList<int> changedRows;
    QList<Task> added;
    QHash<qint64, qsizetype> addedIndex;
    QList<qint64> ids;
    ids.reserve(tasks.size());
    for (const Task &task : tasks) {
        ids.append(task.id);
        const int row = rowOfTask(task.id);
        if (row >= 0) {
            m_tally.remove(m_rows[row].task);
            m_rows[row] = makeRow(task);
            m_tally.add(task);
            changedRows.append(row);
        } else if (auto it = addedIndex.constFind(task.id); it != addedIndex.constEnd()) {
            added[*it] = task;   // the same new task twice in one batch: keep the latest
        } else {
            addedIndex.insert(task.id, added.size());
            added.append(task);
        }
    }
    if (!changedRows.isEmpty())
        emitSpans(changedRows, 0, ColumnCount - 1, {});
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Task &task : added) {
            m_rowOf.insert(task.id, int(m_rows.size()));
            m_rows.append(makeRow(task));
            m_tally.add(task);
        }
        endInsertRows();
    }
    updateAgeTimer();
    emit tallyChanged();
    emit tasksUpdated(ids);
}

void TaskTableModel::removeTasks(const QList<qint64> &ids)
{
    QList<int> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        const int row = rowOfTask(id);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    const QList<QPair<int, int>> spans = contiguousSpans(rows);
    if (spans.size() > MaxSpansBeforeReset) {
        // Thousands of scattered rows: one reset is far cheaper than thousands of removals.
        beginResetModel();
        QVector<bool> gone(m_rows.size(), false);
        for (int row : rows)
            gone[row] = true;
        QVector<Row> kept;
        kept.reserve(m_rows.size() - rows.size());
        for (int row = 0; row < m_rows.size(); ++row) {
            if (gone[row])
                m_tally.remove(m_rows[row].task);
            else
                kept.append(std::move(m_rows[row]));
        }
        m_rows = std::move(kept);
        rebuildIndex();
        endResetModel();
    } else {
        // Last span first, so the earlier spans keep their row numbers.
        for (auto it = spans.crbegin(); it != spans.crend(); ++it) {
            beginRemoveRows({}, it->first, it->second);
            for (int row = it->first; row <= it->second; ++row)
                m_tally.remove(m_rows[row].task);
            m_rows.remove(it->first, it->second - it->first + 1);
            rebuildIndex();
            endRemoveRows();
        }
    }
    updateAgeTimer();
    emit tallyChanged();
}

void TaskTableModel::setProfileNames(const QHash<QString, QString> &names)
{
    m_profileNames = names;
    if (m_rows.isEmpty())
        return;
    for (Row &row : m_rows)
        fillTexts(row);
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString TaskTableModel::profileName(const QString &profileId) const
{
    const QString name = m_profileNames.value(profileId);
    return name.isEmpty() ? profileId : name;
}

std::optional<Task> TaskTableModel::taskById(qint64 id) const
{
    const int row = rowOfTask(id);
    if (row < 0)
        return std::nullopt;
    return m_rows.at(row).task;
}

QList<qint64> TaskTableModel::taskIds() const
{
    QList<qint64> ids;
    ids.reserve(m_rows.size());
    for (const Row &row : m_rows)
        ids.append(row.task.id);
    return ids;
}

void TaskTableModel::rebuildIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).task.id, row);
}

QList<QPair<int, int>> TaskTableModel::contiguousSpans(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<QPair<int, int>> spans;
    for (int row : rows) {
        if (!spans.isEmpty() && spans.last().second + 1 == row)
            spans.last().second = row;
        else
            spans.append({row, row});
    }
    return spans;
}

void TaskTableModel::emitSpans(const QList<int> &rows, int firstColumn, int lastColumn, const QList<int> &roles)
{
    if (rows.isEmpty())
        return;
    if (rows.size() > SingleRangeThreshold) {
        const auto [minIt, maxIt] = std::minmax_element(rows.cbegin(), rows.cend());
        emit dataChanged(index(*minIt, firstColumn), index(*maxIt, lastColumn), roles);
        return;
    }
    for (const auto &span : contiguousSpans(rows))
        emit dataChanged(index(span.first, firstColumn), index(span.second, lastColumn), roles);
}

void TaskTableModel::updateAgeTimer()
{
    int terminal = 0;
    for (TaskState state : TaskStates::all()) {
        if (TaskStates::isTerminal(state))
            terminal += m_tally.count(state);
    }
    const bool live = m_tally.total() > terminal;
    if (live && !m_ageTimer.isActive())
        m_ageTimer.start();
    else if (!live)
        m_ageTimer.stop();
}

void TaskTableModel::refreshAges()
{
    QList<int> rows;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row).task.isTerminal())
            rows.append(row);
    }
    emitSpans(rows, DurationColumn, DurationColumn, {Qt::DisplayRole, SortRole});
}

void TaskTableModel::retranslate()
{
    for (Row &row : m_rows)
        fillTexts(row);
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TaskTableModel::onEngineTasksChanged(const QList<qint64> &ids)
{
    if (!m_engine)
        return;
    QList<Task> tasks;
    tasks.reserve(ids.size());
    for (qint64 id : ids) {
        if (auto task = m_engine->task(id))
            tasks.append(*task);
    }
    upsertTasks(tasks);
}

void TaskTableModel::onEngineTasksAdded(const QList<qint64> &ids)
{
    onEngineTasksChanged(ids);
}

void TaskTableModel::onEngineProfilesChanged()
{
    if (!m_engine)
        return;
    QHash<QString, QString> names;
    for (const ProviderProfile &profile : m_engine->profiles())
        names.insert(profile.id, profile.name);
    setProfileNames(names);
}

qint64 TaskTableModel::ageSeconds(const Task &task) const
{
    const QDateTime start = task.submittedAt.isValid() ? task.submittedAt : task.createdAt;
    if (!start.isValid())
        return 0;
    QDateTime end;
    if (task.isTerminal())
        end = task.finishedAt.isValid() ? task.finishedAt : task.updatedAt;
    else
        end = now();
    if (!end.isValid())
        return 0;
    return std::max<qint64>(0, start.secsTo(end));
}

QString TaskTableModel::formatDuration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

TaskTableModel::Row TaskTableModel::makeRow(const Task &task) const
{
    Row row;
    row.task = task;
    fillTexts(row);
    return row;
}

void TaskTableModel::fillTexts(Row &row) const
{
    const Task &task = row.task;
    row.stateText = TaskStates::displayName(task.state);
    row.providerText = task.provider + QStringLiteral(" \u00b7 ") + profileName(task.profileId);
    row.promptText = oneLine(task.spec.prompt);

    const QDateTime submitted = (task.submittedAt.isValid() ? task.submittedAt : task.createdAt).toLocalTime();
    if (!submitted.isValid())
        row.submittedText.clear();
    else if (submitted.date() == QDate::currentDate())
        row.submittedText = QLocale().toString(submitted.time(), QLocale::ShortFormat);
    else
        row.submittedText = QLocale().toString(submitted, QLocale::ShortFormat);
    row.durationText = task.isTerminal() ? formatDuration(ageSeconds(task)) : QString();

    switch (task.state) {
    case TaskState::Queued:
        row.progressText = task.queuePosition >= 0 ? tr("#%1 in queue").arg(task.queuePosition) : tr("waiting");
        break;
    case TaskState::Running:
    case TaskState::Cancelling:
        row.progressText = task.progress >= 0 ? tr("%1%").arg(task.progress) : tr("working");
        break;
    default:
        row.progressText.clear();
        break;
    }

    QString stateTip = QStringLiteral("<b>%1</b>").arg(row.stateText.toHtmlEscaped());
    if (task.lastError && TaskTally::needsAttention(task.state)) {
        const ErrorExplanation why = ErrorCatalog::instance().explain(*task.lastError);
        row.errorTitle = why.title;
        row.errorTooltip = QStringLiteral("<p><b>%1</b></p><p>%2</p><p><i>%3</i> %4</p><p>%5</p>")
                               .arg(why.title.toHtmlEscaped(), why.explanation.toHtmlEscaped(),
                                    tr("What to do:").toHtmlEscaped(), why.fix.toHtmlEscaped(),
                                    QStringLiteral("<small>%1</small>")
                                        .arg((task.provider + QLatin1Char(' ') + why.code).toHtmlEscaped()));
        stateTip += QStringLiteral(": ") + row.errorTooltip;
    } else {
        row.errorTitle.clear();
        row.errorTooltip.clear();
        if (task.state == TaskState::Unknown)
            stateTip += QStringLiteral("<p>%1</p>").arg(
                tr("The submit got no clear answer, so the provider may or may not have created the task. "
                   "Use Check again to look it up, or Submit anyway to send it again.")
                    .toHtmlEscaped());
    }
    row.stateTooltip = stateTip;

    row.failureKey = TaskTally::failureKey(task);
    QStringList hay{QString::number(task.id), task.remoteId, task.spec.prompt, task.spec.model, task.provider,
                    task.profileId, row.errorTitle};
    if (task.lastError) {
        hay << task.lastError->code << task.lastError->type << task.lastError->requestId;
        if (task.lastError->httpStatus > 0)
            hay << QString::number(task.lastError->httpStatus);
    }
    row.searchText = hay.join(QLatin1Char('\n')).toLower();
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Task &task = row.task;
    const auto column = Column(index.column());

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StateColumn: return row.stateText;
        case ProviderColumn: return row.providerText;
        case ModelColumn: return task.spec.model.isEmpty() ? task.spec.kind : task.spec.model;
        case PromptColumn: return row.promptText;
        case ProgressColumn: return row.progressText;
        case SubmittedColumn: return row.submittedText;
        case DurationColumn: return task.isTerminal() ? row.durationText : formatDuration(ageSeconds(task));
        case AttemptsColumn: return task.attempts;
        case RemoteIdColumn: return task.remoteId;
        case ErrorColumn: return row.errorTitle;
        case ColumnCount: break;
        }
        break;
    case Qt::DecorationRole:
        if (column == StateColumn)
            return UiIcons::stateIcon(task.state);
        break;
    case Qt::ForegroundRole:
        if (column == StateColumn)
            return UiIcons::stateColor(task.state, QGuiApplication::palette());
        if (column == ErrorColumn)
            return UiIcons::stateColor(TaskState::Failed, QGuiApplication::palette());
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case StateColumn: return row.stateTooltip;
        case ErrorColumn: return row.errorTooltip.isEmpty() ? QVariant() : QVariant(row.errorTooltip);
        case PromptColumn:
            return task.spec.prompt.isEmpty() ? QVariant()
                                              : QVariant(QStringLiteral("<p>%1</p>").arg(
                                                    task.spec.prompt.left(PromptTooltipChars).toHtmlEscaped()));
        case ProviderColumn: return task.profileId;
        case RemoteIdColumn: return task.remoteId.isEmpty() ? QVariant() : QVariant(task.remoteId);
        default: break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == AttemptsColumn || column == DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (column == ProgressColumn)
            return QVariant(Qt::AlignCenter);
        break;
    case SortRole:
        switch (column) {
        case StateColumn: return int(task.state);
        case ProviderColumn: return row.providerText.toLower();
        case ModelColumn: return task.spec.model.toLower();
        case PromptColumn: return row.promptText.toLower();
        case ProgressColumn:
            // Finished first, then running by progress, then queued by position (front first).
            if (task.state == TaskState::Succeeded)
                return 1000.0;
            if (task.state == TaskState::Running || task.state == TaskState::Cancelling)
                return 100.0 + std::max(0, task.progress);
            if (task.state == TaskState::Queued)
                return task.queuePosition >= 0 ? 99.0 - std::min(task.queuePosition, 98000) / 1000.0 : 1.0;
            return 0.0;
        case SubmittedColumn:
            return (task.submittedAt.isValid() ? task.submittedAt : task.createdAt).toMSecsSinceEpoch();
        case DurationColumn: return ageSeconds(task);
        case AttemptsColumn: return task.attempts;
        case RemoteIdColumn: return task.remoteId;
        case ErrorColumn: return row.errorTitle.toLower();
        case ColumnCount: break;
        }
        break;
    case TaskIdRole: return task.id;
    case StateRole: return int(task.state);
    case ProgressRole: return task.progress;
    case QueuePositionRole: return task.queuePosition;
    case FailureKeyRole: return row.failureKey;
    default: break;
    }
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnName(Column(section));
    return {};
}

QString TaskTableModel::columnName(Column column)
{
    switch (column) {
    case StateColumn: return tr("State");
    case ProviderColumn: return tr("Provider / profile");
    case ModelColumn: return tr("Model");
    case PromptColumn: return tr("Prompt");
    case ProgressColumn: return tr("Progress");
    case SubmittedColumn: return tr("Submitted");
    case DurationColumn: return tr("Duration");
    case AttemptsColumn: return tr("Attempts");
    case RemoteIdColumn: return tr("Remote id");
    case ErrorColumn: return tr("Last error");
    case ColumnCount: break;
    }
    return {};
}
