#include "tasktablemodel.h"

#include "errorcatalog.h"
#include "localeformat.h"
#include "profilelabels.h"
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
    QString line = text.left(600).simplified();
    if (line.size() > 300)
        line = line.left(299) + QChar(0x2026);
    return line;
}

QString errorSignature(const TaskSummary &task)
{
    const ErrorDigest &error = *task.lastError;
    return QStringList{task.provider, error.provider, error.code, error.type, QString::number(error.httpStatus),
                       ApiError::phaseId(error.phase)}
        .join(QChar(0x1f));
}

} // namespace

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_systemClock(std::make_unique<SystemClock>())
{
    m_clock = m_systemClock.get();
}

TaskTableModel::~TaskTableModel() = default;

void TaskTableModel::setEngine(TaskEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    ++m_loadGeneration;
    resetTasks(QList<TaskSummary>{});
    if (!engine) {
        m_loading = false;
        return;
    }
    connect(engine, &TaskEngine::tasksChanged, this, &TaskTableModel::onEngineTasksChanged);
    connect(engine, &TaskEngine::tasksAdded, this, &TaskTableModel::onEngineTasksChanged);
    connect(engine, &TaskEngine::tasksRemoved, this, &TaskTableModel::onEngineTasksRemoved);
    connect(engine, &TaskEngine::profilesChanged, this, &TaskTableModel::onEngineProfilesChanged);
    QHash<QString, QString> names;
    for (const ProviderProfile &profile : engine->profiles())
        names.insert(profile.id, profile.name);
    m_profileNames = names;
    // The tasks in the engine's memory (the live ones) right away, the history page by page.
    QList<TaskSummary> live;
    for (const Task &task : engine->tasks())
        live.append(TaskSummary::of(task));
    upsertTasks(live);
    m_loading = true;
    m_removedWhileLoading.clear();
    const int generation = m_loadGeneration;
    engine->readHistory(this, [this, generation](QList<TaskSummary> page, bool done) {
        if (generation != m_loadGeneration)
            return;
        appendHistory(std::move(page));
        if (done) {
            m_loading = false;
            m_removedWhileLoading.clear();
            emit loadingFinished();
        }
    });
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

void TaskTableModel::resetTasks(const QList<TaskSummary> &tasks)
{
    const QList<TaskSummary> before = [this] {
        QList<TaskSummary> list;
        list.reserve(m_rows.size());
        for (const Row &row : std::as_const(m_rows))
            list.append(row.task);
        return list;
    }();
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_tally.clear();
    m_rows.reserve(tasks.size());
    QList<TaskSummary> after;
    after.reserve(tasks.size());
    for (const TaskSummary &task : tasks) {
        if (m_rowOf.contains(task.id))
            continue;
        m_rowOf.insert(task.id, int(m_rows.size()));
        m_rows.append(makeRow(task));
        m_tally.add(task);
        after.append(task);
    }
    endResetModel();
    if (!before.isEmpty())
        emit summariesChanged(before, {});
    if (!after.isEmpty())
        emit summariesChanged({}, after);
    emit tallyChanged();
}

QList<TaskSummary> TaskTableModel::summariesOf(const QList<Task> &tasks)
{
    QList<TaskSummary> summaries;
    summaries.reserve(tasks.size());
    for (const Task &task : tasks)
        summaries.append(TaskSummary::of(task));
    return summaries;
}

void TaskTableModel::appendRows(const QList<TaskSummary> &tasks)
{
    if (tasks.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(tasks.size()) - 1);
    // No exact reserve: pages keep arriving, and geometric growth copies the rows only a few times.
    for (const TaskSummary &task : tasks) {
        m_rowOf.insert(task.id, int(m_rows.size()));
        m_rows.append(makeRow(task));
        m_tally.add(task);
    }
    endInsertRows();
}

void TaskTableModel::upsertTasks(const QList<TaskSummary> &tasks)
{
    if (tasks.isEmpty())
        return;
    QList<int> changedRows;
    QList<TaskSummary> before;
    QList<TaskSummary> after;
    QList<TaskSummary> added;
    QHash<qint64, qsizetype> addedIndex;
    QList<qint64> ids;
    ids.reserve(tasks.size());
    for (const TaskSummary &task : tasks) {
        ids.append(task.id);
        const int row = rowOfTask(task.id);
        if (row >= 0) {
            const TaskSummary &old = m_rows.at(row).task;
            if (old == task)
                continue;
            m_tally.remove(old);
            before.append(old);
            m_rows[row] = makeRow(task);
            m_tally.add(task);
            after.append(task);
            changedRows.append(row);
        } else if (auto it = addedIndex.constFind(task.id); it != addedIndex.constEnd()) {
            added[*it] = task;   // the same new task twice in one batch: keep the latest
        } else {
            addedIndex.insert(task.id, added.size());
            added.append(task);
        }
    }
    if (!changedRows.isEmpty()) {
        m_batchRows = changedRows;
        ++m_batchSerial;
        emitSpans(changedRows, 0, ColumnCount - 1, {});
        m_batchRows.clear();
    }
    appendRows(added);
    if (!before.isEmpty())
        emit summariesChanged(before, after);
    if (!added.isEmpty())
        emit summariesChanged({}, added);
    if (!changedRows.isEmpty() || !added.isEmpty())
        emit tallyChanged();
    emit tasksUpdated(ids);
}

void TaskTableModel::appendHistory(QList<TaskSummary> page)
{
    // Usually no task of the page is listed yet; the ones that are were announced meanwhile
    // (newer) or removed meanwhile.
    page.removeIf([this](const TaskSummary &task) {
        return m_rowOf.contains(task.id) || m_removedWhileLoading.contains(task.id);
    });
    if (page.isEmpty())
        return;
    appendRows(page);
    emit summariesChanged({}, page);
    emit tallyChanged();
}

void TaskTableModel::removeTasks(const QList<qint64> &ids)
{
    if (m_loading) {
        for (qint64 id : ids)
            m_removedWhileLoading.insert(id);
    }
    QList<int> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        const int row = rowOfTask(id);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    QList<TaskSummary> before;
    before.reserve(rows.size());
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
            if (gone[row]) {
                m_tally.remove(m_rows[row].task);
                before.append(m_rows[row].task);
            } else {
                kept.append(std::move(m_rows[row]));
            }
        }
        m_rows = std::move(kept);
        rebuildIndex();
        endResetModel();
    } else {
        // Last span first, so the earlier spans keep their row numbers; the id index is
        // rebuilt once at the end (nothing reads it while rows are being removed).
        for (auto it = spans.crbegin(); it != spans.crend(); ++it) {
            beginRemoveRows({}, it->first, it->second);
            for (int row = it->first; row <= it->second; ++row) {
                m_tally.remove(m_rows[row].task);
                before.append(m_rows[row].task);
                m_rowOf.remove(m_rows[row].task.id);
            }
            m_rows.remove(it->first, it->second - it->first + 1);
            endRemoveRows();
        }
        for (int row = spans.constFirst().first; row < m_rows.size(); ++row)
            m_rowOf.insert(m_rows.at(row).task.id, row);
    }
    emit summariesChanged(before, {});
    emit tallyChanged();
}

void TaskTableModel::setAdapterRegistry(const ProviderAdapterRegistry *registry)
{
    m_registry = registry;
    m_profileLabels.clear();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ProviderColumn), index(rowCount() - 1, ProviderColumn));
    emit labelsChanged();
}

QString TaskTableModel::providerName(const QString &provider) const
{
    return ProfileLabels::providerName(provider, m_registry);
}

QString TaskTableModel::profileLabel(const QString &profileId, const QString &provider) const
{
    if (!m_profileNames.contains(profileId))
        return providerName(provider);   // a profile removed since: the provider is all there is
    auto it = m_profileLabels.constFind(profileId);
    if (it == m_profileLabels.constEnd()) {
        ProviderProfile profile;
        profile.id = profileId;
        profile.name = m_profileNames.value(profileId);
        profile.provider = provider;
        it = m_profileLabels.insert(profileId, ProfileLabels::profileLabel(profile, m_registry));
    }
    return *it;
}

void TaskTableModel::setProfileNames(const QHash<QString, QString> &names)
{
    if (names == m_profileNames)
        return;
    m_profileNames = names;
    m_profileLabels.clear();
    // The provider column and the search text name the profile.
    for (Row &row : m_rows)
        row.haystack = makeRow(row.task).haystack;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ProviderColumn), index(rowCount() - 1, ProviderColumn));
    emit labelsChanged();
}

QString TaskTableModel::profileName(const QString &profileId) const
{
    const QString name = m_profileNames.value(profileId);
    return name.isEmpty() ? profileId : name;
}

std::optional<TaskSummary> TaskTableModel::taskById(qint64 id) const
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

void TaskTableModel::retranslate()
{
    // Error titles and tooltips are translated text: make them again, per distinct error.
    for (ErrorInfo &info : m_errors)
        info = makeErrorInfo(info.sample);
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TaskTableModel::onEngineTasksChanged(const QList<qint64> &ids)
{
    if (!m_engine)
        return;
    QList<TaskSummary> tasks;
    tasks.reserve(ids.size());
    for (qint64 id : ids) {
        if (auto task = m_engine->task(id))
            tasks.append(TaskSummary::of(*task));
    }
    upsertTasks(tasks);
}

void TaskTableModel::onEngineTasksRemoved(const QList<qint64> &ids)
{
    removeTasks(ids);
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

qint64 TaskTableModel::ageSeconds(const TaskSummary &task) const
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

double TaskTableModel::progressSortKey(const TaskSummary &task)
{
    // Finished first, then running by progress, then queued by position (front first).
    if (task.state == TaskState::Succeeded)
        return 1000.0;
    if (task.state == TaskState::Running || task.state == TaskState::Cancelling)
        return 100.0 + std::max(0, task.progress);
    if (task.state == TaskState::Queued)
        return task.queuePosition >= 0 ? 99.0 - std::min(task.queuePosition, 98000) / 1000.0 : 1.0;
    return 0.0;
}

qint64 TaskTableModel::submittedSortKey(const TaskSummary &task)
{
    return (task.submittedAt.isValid() ? task.submittedAt : task.createdAt).toMSecsSinceEpoch();
}

QByteArray TaskTableModel::searchForm(const QString &text)
{
    // One pass for the usual all-ASCII text; anything else goes through Unicode case folding.
    QByteArray form(text.size(), Qt::Uninitialized);
    char *out = form.data();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return text.toLower().toUtf8();
        *out++ = char(u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u);
    }
    return form;
}

TaskTableModel::Row TaskTableModel::makeRow(const TaskSummary &task)
{
    Row row;
    row.task = task;   // shares the strings (implicitly shared), copies the few numbers
    QString hay = QString::number(task.id);
    for (const QString *part : {&task.remoteId, &task.prompt, &task.model, &task.provider, &task.profileId, &task.submittedBy}) {
        hay += QLatin1Char('\n');
        hay += *part;
    }
    hay += QLatin1Char('\n');
    hay += profileName(task.profileId);
    hay += QLatin1Char('\n');
    hay += providerName(task.provider);
    if (task.lastError && !task.lastError->requestId.isEmpty()) {
        hay += QLatin1Char('\n');
        hay += task.lastError->requestId;
    }
    row.haystack = searchForm(hay);
    row.error = errorIndexOf(task);
    return row;
}

int TaskTableModel::errorIndexOf(const TaskSummary &task)
{
    if (!task.lastError)
        return -1;
    const QString signature = errorSignature(task);
    if (const auto it = m_errorIndex.constFind(signature); it != m_errorIndex.constEnd())
        return it.value();
    m_errors.append(makeErrorInfo(task));
    const int index = int(m_errors.size()) - 1;
    m_errorIndex.insert(signature, index);
    return index;
}

TaskTableModel::ErrorInfo TaskTableModel::makeErrorInfo(const TaskSummary &task) const
{
    ErrorInfo info;
    info.sample = task;
    const ErrorDigest &error = *task.lastError;
    const ErrorExplanation why = ErrorCatalog::instance().explain(error.toApiError());
    info.title = why.title;
    info.tooltip = QStringLiteral("<p><b>%1</b></p><p>%2</p><p><i>%3</i> %4</p><p>%5</p>")
                       .arg(why.title.toHtmlEscaped(), why.explanation.toHtmlEscaped(),
                            tr("What to do:").toHtmlEscaped(), why.fix.toHtmlEscaped(),
                            QStringLiteral("<small>%1</small>")
                                .arg((task.provider + QLatin1Char(' ') + why.code).toHtmlEscaped()));
    QStringList hay{error.code, error.type, why.title};
    if (error.httpStatus > 0)
        hay << QString::number(error.httpStatus);
    info.haystack = searchForm(hay.join(QLatin1Char('\n')));
    return info;
}

bool TaskTableModel::rowContains(int row, QByteArrayView word) const
{
    const Row &r = m_rows.at(row);
    if (QByteArrayView(r.haystack).contains(word))
        return true;
    // Error texts count only where the row shows its error (as the Error column does).
    return r.error >= 0 && TaskTally::needsAttention(r.task.state)
           && QByteArrayView(m_errors.at(r.error).haystack).contains(word);
}

QString TaskTableModel::errorTitleAt(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.error < 0 || !TaskTally::needsAttention(r.task.state))
        return {};
    return m_errors.at(r.error).title;
}

QString TaskTableModel::stateTooltip(const Row &row) const
{
    const TaskSummary &task = row.task;
    QString tip = QStringLiteral("<b>%1</b>").arg(TaskStates::displayName(task.state).toHtmlEscaped());
    if (row.error >= 0 && TaskTally::needsAttention(task.state)) {
        tip = tr("%1: %2", "a task state, then why the task needs attention").arg(tip, m_errors.at(row.error).tooltip);
    } else if (task.state == TaskState::Unknown) {
        tip += QStringLiteral("<p>%1</p>").arg(
            tr("The submit got no clear answer, so the provider may or may not have created the task. "
               "Use Check again to look it up, or Submit anyway to send it again.")
                .toHtmlEscaped());
    }
    return tip;
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
    const TaskSummary &task = row.task;
    const auto column = Column(index.column());

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StateColumn: return TaskStates::displayName(task.state);
        case ProviderColumn: return profileLabel(task.profileId, task.provider);
        case ModelColumn: return task.model.isEmpty() ? task.kind : task.model;
        case PromptColumn: return oneLine(task.prompt);
        case ProgressColumn:
            switch (task.state) {
            case TaskState::Queued:
                return task.queuePosition >= 0 ? tr("#%1 in queue").arg(task.queuePosition) : tr("waiting");
            case TaskState::Running:
            case TaskState::Cancelling:
                return task.progress >= 0 ? tr("%1%").arg(task.progress) : tr("working");
            default:
                return QString();
            }
        case SubmittedColumn: {
            const QDateTime submitted = (task.submittedAt.isValid() ? task.submittedAt : task.createdAt).toLocalTime();
            if (!submitted.isValid())
                return QString();
            if (submitted.date() == QDate::currentDate())
                return LocaleFormat::shortTime(submitted.time());
            return LocaleFormat::shortDateTime(submitted);
        }
        case DurationColumn: return formatDuration(ageSeconds(task));
        case AttemptsColumn: return task.attempts;
        case RemoteIdColumn: return task.remoteId;
        case ErrorColumn: return errorTitleAt(index.row());
        case SubmittedByColumn: return task.submittedBy;
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
        case StateColumn: return stateTooltip(row);
        case ErrorColumn:
            return row.error >= 0 && TaskTally::needsAttention(task.state) ? QVariant(m_errors.at(row.error).tooltip)
                                                                           : QVariant();
        case PromptColumn:
            return task.prompt.isEmpty() ? QVariant()
                                         : QVariant(QStringLiteral("<p>%1</p>").arg(
                                               task.prompt.left(PromptTooltipChars).toHtmlEscaped()));
        case ProviderColumn: return providerName(task.provider);
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
        case ProviderColumn: return profileLabel(task.profileId, task.provider).toLower();
        case ModelColumn: return task.model.toLower();
        case PromptColumn: return task.prompt.toLower();
        case ProgressColumn: return progressSortKey(task);
        case SubmittedColumn: return submittedSortKey(task);
        case DurationColumn: return ageSeconds(task);
        case AttemptsColumn: return task.attempts;
        case RemoteIdColumn: return task.remoteId;
        case ErrorColumn: return errorTitleAt(index.row()).toLower();
        case SubmittedByColumn: return task.submittedBy.toLower();
        case ColumnCount: break;
        }
        break;
    case TaskIdRole: return task.id;
    case StateRole: return int(task.state);
    case ProgressRole: return task.progress;
    case QueuePositionRole: return task.queuePosition;
    case FailureKeyRole: return TaskTally::failureKey(task);
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
    case SubmittedByColumn: return tr("Submitted by");
    case ColumnCount: break;
    }
    return {};
}
