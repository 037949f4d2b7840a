#include "taskfilterproxymodel.h"

#include "tasktablemodel.h"

TaskFilterProxyModel::TaskFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TaskTableModel::SortRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TaskFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    // Filtering reads the model's cached rows directly instead of going through QVariant.
    m_tasks = qobject_cast<TaskTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void TaskFilterProxyModel::setStates(const QSet<TaskState> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    invalidateRowsFilter();
}

void TaskFilterProxyModel::setProvider(const QString &provider)
{
    if (provider == m_provider)
        return;
    m_provider = provider;
    invalidateRowsFilter();
}

void TaskFilterProxyModel::setProfile(const QString &profileId)
{
    if (profileId == m_profile)
        return;
    m_profile = profileId;
    invalidateRowsFilter();
}

void TaskFilterProxyModel::setFailureKey(const QString &key)
{
    if (key == m_failureKey)
        return;
    m_failureKey = key;
    invalidateRowsFilter();
}

void TaskFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void TaskFilterProxyModel::clearFilters()
{
    m_states.clear();
    m_provider.clear();
    m_profile.clear();
    m_failureKey.clear();
    m_searchText.clear();
    m_words.clear();
    invalidateRowsFilter();
}

bool TaskFilterProxyModel::hasFilter() const
{
    return !m_states.isEmpty() || !m_provider.isEmpty() || !m_profile.isEmpty() || !m_failureKey.isEmpty()
           || !m_words.isEmpty();
}

QList<qint64> TaskFilterProxyModel::visibleTaskIds() const
{
    QList<qint64> ids;
    const int rows = rowCount();
    ids.reserve(rows);
    for (int row = 0; row < rows; ++row)
        ids.append(index(row, 0).data(TaskTableModel::TaskIdRole).toLongLong());
    return ids;
}

bool TaskFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_tasks)
        return !sourceParent.isValid();
    const Task &task = m_tasks->taskAt(sourceRow);
    if (!m_states.isEmpty() && !m_states.contains(task.state))
        return false;
    if (!m_provider.isEmpty() && task.provider != m_provider)
        return false;
    if (!m_profile.isEmpty() && task.profileId != m_profile)
        return false;
    if (!m_failureKey.isEmpty() && m_tasks->failureKeyAt(sourceRow) != m_failureKey)
        return false;
    if (!m_words.isEmpty()) {
        const QString haystack = m_tasks->searchTextAt(sourceRow);
        for (const QString &word : m_words) {
            if (!haystack.contains(word))
                return false;
        }
    }
    return true;
}
