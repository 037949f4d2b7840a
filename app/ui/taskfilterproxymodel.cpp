#include "taskfilterproxymodel.h"

#include "tasktablemodel.h"
#include "tasktally.h"

#include <algorithm>

namespace {

template<typename T>
int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

TaskFilterProxyModel::TaskFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void TaskFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_tasks = qobject_cast<TaskTableModel *>(model);
    QAbstractProxyModel::setSourceModel(m_tasks);
    if (m_tasks) {
        connect(m_tasks, &QAbstractItemModel::dataChanged, this, &TaskFilterProxyModel::onSourceDataChanged);
        connect(m_tasks, &QAbstractItemModel::rowsInserted, this, &TaskFilterProxyModel::onSourceRowsInserted);
        connect(m_tasks, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &TaskFilterProxyModel::onSourceRowsAboutToBeRemoved);
        connect(m_tasks, &QAbstractItemModel::rowsRemoved, this, &TaskFilterProxyModel::onSourceRowsRemoved);
        connect(m_tasks, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
        connect(m_tasks, &QAbstractItemModel::modelReset, this, [this] {
            onSourceReset();
            endResetModel();
        });
        connect(m_tasks, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    }
    onSourceReset();
    endResetModel();
}

// --- filters ----------------------------------------------------------------------------------

void TaskFilterProxyModel::setStates(const QSet<TaskState> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    refilter();
}

void TaskFilterProxyModel::setProvider(const QString &provider)
{
    if (provider == m_provider)
        return;
    m_provider = provider;
    refilter();
}

void TaskFilterProxyModel::setProfile(const QString &profileId)
{
    if (profileId == m_profile)
        return;
    m_profile = profileId;
    refilter();
}

void TaskFilterProxyModel::setSubmitter(const QString &name)
{
    if (name == m_submitter)
        return;
    m_submitter = name;
    refilter();
}

void TaskFilterProxyModel::setFailureKey(const QString &key)
{
    if (key == m_failureKey)
        return;
    m_failureKey = key;
    refilter();
}

void TaskFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words.clear();
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        m_words.append(TaskTableModel::searchForm(word));
    refilter();
}

void TaskFilterProxyModel::clearFilters()
{
    m_states.clear();
    m_provider.clear();
    m_profile.clear();
    m_submitter.clear();
    m_failureKey.clear();
    m_searchText.clear();
    m_words.clear();
    refilter();
}

bool TaskFilterProxyModel::hasFilter() const
{
    return !m_states.isEmpty() || !m_provider.isEmpty() || !m_profile.isEmpty() || !m_submitter.isEmpty()
           || !m_failureKey.isEmpty() || !m_words.isEmpty();
}

bool TaskFilterProxyModel::accepts(int sourceRow) const
{
    if (!m_tasks)
        return false;
    const TaskSummary &task = m_tasks->taskAt(sourceRow);
    if (!m_states.isEmpty() && !m_states.contains(task.state))
        return false;
    if (!m_provider.isEmpty() && task.provider != m_provider)
        return false;
    if (!m_profile.isEmpty() && task.profileId != m_profile)
        return false;
    if (!m_submitter.isEmpty() && task.submittedBy != m_submitter)
        return false;
    if (!m_failureKey.isEmpty() && TaskTally::failureKey(task) != m_failureKey)
        return false;
    for (const QByteArray &word : m_words) {
        if (!m_tasks->rowContains(sourceRow, word))
            return false;
    }
    return true;
}

QList<qint64> TaskFilterProxyModel::visibleTaskIds() const
{
    QList<qint64> ids;
    ids.reserve(m_order.size());
    for (int sourceRow : m_order)
        ids.append(m_tasks->taskAt(sourceRow).id);
    return ids;
}

// --- order ------------------------------------------------------------------------------------

int TaskFilterProxyModel::compareKeys(int left, int right) const
{
    // Numbers compare on the same key the bulk sort extracts (numericKey), so both agree.
    if (hasNumericKey())
        return compareValues(numericKey(left), numericKey(right));
    const TaskSummary &a = m_tasks->taskAt(left);
    const TaskSummary &b = m_tasks->taskAt(right);
    switch (m_sortColumn) {
    case TaskTableModel::ProviderColumn:
        if (a.profileId == b.profileId)
            return 0;
        return m_tasks->profileLabel(a.profileId, a.provider)
            .compare(m_tasks->profileLabel(b.profileId, b.provider), Qt::CaseInsensitive);
    case TaskTableModel::ModelColumn: return a.model.compare(b.model, Qt::CaseInsensitive);
    case TaskTableModel::PromptColumn: return a.prompt.compare(b.prompt, Qt::CaseInsensitive);
    case TaskTableModel::RemoteIdColumn: return a.remoteId.compare(b.remoteId);
    case TaskTableModel::SubmittedByColumn: return a.submittedBy.compare(b.submittedBy, Qt::CaseInsensitive);
    case TaskTableModel::ErrorColumn:
        return m_tasks->errorTitleAt(left).compare(m_tasks->errorTitleAt(right), Qt::CaseInsensitive);
    default: return 0;
    }
}

bool TaskFilterProxyModel::lessThan(int left, int right) const
{
    if (m_sortColumn < 0)
        return left < right;   // the model's order
    int byKey = compareKeys(left, right);
    if (byKey == 0)   // a total order, so every row has exactly one place
        byKey = compareValues(m_tasks->taskAt(left).id, m_tasks->taskAt(right).id);
    return m_sortOrder == Qt::AscendingOrder ? byKey < 0 : byKey > 0;
}

bool TaskFilterProxyModel::hasNumericKey() const
{
    switch (m_sortColumn) {
    case TaskTableModel::StateColumn:
    case TaskTableModel::ProgressColumn:
    case TaskTableModel::SubmittedColumn:
    case TaskTableModel::DurationColumn:
    case TaskTableModel::AttemptsColumn: return true;
    default: return false;
    }
}

qint64 TaskFilterProxyModel::numericKey(int sourceRow) const
{
    const TaskSummary &task = m_tasks->taskAt(sourceRow);
    switch (m_sortColumn) {
    case TaskTableModel::StateColumn: return int(task.state);
    case TaskTableModel::ProgressColumn: return qint64(TaskTableModel::progressSortKey(task) * 1000.0);
    case TaskTableModel::SubmittedColumn: return TaskTableModel::submittedSortKey(task);
    case TaskTableModel::DurationColumn: return m_tasks->ageSeconds(task);
    case TaskTableModel::AttemptsColumn: return task.attempts;
    default: return 0;
    }
}

void TaskFilterProxyModel::sortRows(QVector<int> &rows) const
{
    if (rows.size() < 1000 || !hasNumericKey()) {
        std::sort(rows.begin(), rows.end(), [this](int a, int b) { return lessThan(a, b); });
        return;
    }
    // Many rows on a number: read each key once and sort plain values (a search cleared over
    // 100,000 rows re-sorts them all).
    struct Keyed
    {
        qint64 key;
        qint64 id;
        int row;
    };
    QVector<Keyed> keyed;
    keyed.reserve(rows.size());
    for (int row : std::as_const(rows))
        keyed.append({numericKey(row), m_tasks->taskAt(row).id, row});
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::sort(keyed.begin(), keyed.end(), [ascending](const Keyed &a, const Keyed &b) {
        if (a.key != b.key)
            return ascending ? a.key < b.key : a.key > b.key;
        return ascending ? a.id < b.id : a.id > b.id;
    });
    for (qsizetype i = 0; i < keyed.size(); ++i)
        rows[i] = keyed.at(i).row;
}

QVector<int> TaskFilterProxyModel::mergeSorted(const QVector<int> &base, QVector<int> extra) const
{
    // Each extra row is placed by binary search and the base is copied in runs, so a tick of k
    // changed rows costs k·log n comparisons plus one copy, not a comparison per base row.
    sortRows(extra);
    const auto less = [this](int a, int b) { return lessThan(a, b); };
    QVector<int> merged;
    merged.reserve(base.size() + extra.size());
    auto from = base.cbegin();
    for (int row : std::as_const(extra)) {
        const auto at = std::lower_bound(from, base.cend(), row, less);
        merged.append(from, at);
        merged.append(row);
        from = at;
    }
    merged.append(from, base.cend());
    return merged;
}

void TaskFilterProxyModel::rebuildPositions()
{
    m_position.fill(-1, m_tasks ? m_tasks->rowCount() : 0);
    for (int proxyRow = 0; proxyRow < m_order.size(); ++proxyRow)
        m_position[m_order.at(proxyRow)] = proxyRow;
}

void TaskFilterProxyModel::relayout(const std::function<void()> &reorder)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceRows.append(m_order.value(index.row(), -1));
    reorder();
    rebuildPositions();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int sourceRow = sourceRows.at(i);
        const int proxyRow = sourceRow >= 0 ? m_position.value(sourceRow, -1) : -1;
        after.append(proxyRow >= 0 ? createIndex(proxyRow, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TaskFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (!m_tasks)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    relayout([this] { sortRows(m_order); });
}

void TaskFilterProxyModel::refilter()
{
    if (!m_tasks)
        return;
    QVector<int> next;
    next.reserve(m_tasks->rowCount());
    QVector<int> rest;   // hidden until now and accepted
    for (int row = 0; row < m_tasks->rowCount(); ++row) {
        if (m_position.value(row, -1) < 0 && accepts(row))
            rest.append(row);
    }
    // Rows that stay keep their relative order; newly accepted ones are merged in.
    for (int sourceRow : std::as_const(m_order)) {
        if (accepts(sourceRow))
            next.append(sourceRow);
    }
    applyVisible(mergeSorted(next, std::move(rest)));
}

void TaskFilterProxyModel::applyVisible(QVector<int> next)
{
    const int sourceRows = m_tasks ? m_tasks->rowCount() : 0;
    QVector<bool> inNext(sourceRows, false);
    for (int sourceRow : std::as_const(next))
        inNext[sourceRow] = true;
    QVector<int> removedPositions;
    for (int proxyRow = 0; proxyRow < m_order.size(); ++proxyRow) {
        if (!inNext.at(m_order.at(proxyRow)))
            removedPositions.append(proxyRow);
    }
    const QList<QPair<int, int>> removals = TaskTableModel::contiguousSpans(removedPositions);
    // Where the inserted rows go, in the final list (every earlier row is in place by then).
    QVector<int> insertedPositions;
    {
        QVector<bool> inOld(sourceRows, false);
        for (int sourceRow : std::as_const(m_order))
            inOld[sourceRow] = true;
        for (int position = 0; position < next.size(); ++position) {
            if (!inOld.at(next.at(position)))
                insertedPositions.append(position);
        }
    }
    const QList<QPair<int, int>> insertions = TaskTableModel::contiguousSpans(insertedPositions);
    if (removals.isEmpty() && insertions.isEmpty())
        return;
    if (removals.size() + insertions.size() > MaxRanges) {
        beginResetModel();
        m_order = std::move(next);
        rebuildPositions();
        endResetModel();
        return;
    }
    for (auto it = removals.crbegin(); it != removals.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_order.remove(it->first, it->second - it->first + 1);
        endRemoveRows();
    }
    for (const auto &[first, last] : insertions) {
        beginInsertRows({}, first, last);
        m_order.insert(first, last - first + 1, 0);
        for (int position = first; position <= last; ++position)
            m_order[position] = next.at(position);
        endInsertRows();
    }
    rebuildPositions();
}

bool TaskFilterProxyModel::inPlace(int proxyRow) const
{
    const int sourceRow = m_order.at(proxyRow);
    if (proxyRow > 0 && lessThan(sourceRow, m_order.at(proxyRow - 1)))
        return false;
    return proxyRow + 1 >= m_order.size() || !lessThan(m_order.at(proxyRow + 1), sourceRow);
}

// --- source changes -----------------------------------------------------------------------------

void TaskFilterProxyModel::onSourceReset()
{
    m_order.clear();
    if (m_tasks) {
        m_order.reserve(m_tasks->rowCount());
        for (int row = 0; row < m_tasks->rowCount(); ++row) {
            if (accepts(row))
                m_order.append(row);
        }
        sortRows(m_order);
    }
    rebuildPositions();
}

void TaskFilterProxyModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                               const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const int firstColumn = topLeft.column();
    const int lastColumn = bottomRight.column();
    // The model names the rows of its batch: they are handled together at the batch's first
    // span (one re-sort for the whole tick), and a wide range does not mean a walk over it.
    QVector<int> rows;
    const QList<int> &batch = m_tasks->batchRows();
    if (!batch.isEmpty()) {
        if (m_handledBatch == m_tasks->batchSerial())
            return;
        m_handledBatch = m_tasks->batchSerial();
        rows = QVector<int>(batch.cbegin(), batch.cend());
    } else {
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            rows.append(row);
    }

    QVector<int> stay;       // source rows still shown
    QVector<int> leaving;    // proxy rows no longer accepted
    QVector<int> arriving;   // source rows newly accepted
    for (int sourceRow : std::as_const(rows)) {
        const int proxyRow = m_position.value(sourceRow, -1);
        const bool accepted = accepts(sourceRow);
        if (proxyRow >= 0 && accepted)
            stay.append(sourceRow);
        else if (proxyRow >= 0)
            leaving.append(proxyRow);
        else if (accepted)
            arriving.append(sourceRow);
    }

    if (!leaving.isEmpty()) {
        std::sort(leaving.begin(), leaving.end());
        const QList<QPair<int, int>> runs = TaskTableModel::contiguousSpans(leaving);
        if (runs.size() > MaxRanges) {
            QVector<bool> gone(m_order.size(), false);
            for (int proxyRow : std::as_const(leaving))
                gone[proxyRow] = true;
            QVector<int> kept;
            kept.reserve(m_order.size() - leaving.size());
            for (int proxyRow = 0; proxyRow < m_order.size(); ++proxyRow) {
                if (!gone.at(proxyRow))
                    kept.append(m_order.at(proxyRow));
            }
            applyVisible(std::move(kept));
        } else {
            for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
                beginRemoveRows({}, it->first, it->second);
                m_order.remove(it->first, it->second - it->first + 1);
                endRemoveRows();
            }
            rebuildPositions();
        }
    }

    // Changed rows that are out of place move (one layout change); the rest stay where they are.
    if (m_sortColumn >= 0 && !stay.isEmpty()) {
        bool moved = false;
        for (int sourceRow : std::as_const(stay)) {
            if (!inPlace(m_position.at(sourceRow))) {
                moved = true;
                break;
            }
        }
        if (moved) {
            relayout([this, &stay] {
                // Unchanged rows are still in order: take the changed ones out, sort them, merge.
                QVector<bool> changed(m_tasks->rowCount(), false);
                for (int sourceRow : std::as_const(stay))
                    changed[sourceRow] = true;
                QVector<int> kept;
                kept.reserve(m_order.size());
                for (int sourceRow : std::as_const(m_order)) {
                    if (!changed.at(sourceRow))
                        kept.append(sourceRow);
                }
                QVector<int> merged = mergeSorted(kept, stay);
                m_order = std::move(merged);
            });
        }
    }

    if (!arriving.isEmpty())
        insertSourceRows(arriving);

    if (!stay.isEmpty()) {
        QVector<int> proxyRows;
        proxyRows.reserve(stay.size());
        for (int sourceRow : std::as_const(stay))
            proxyRows.append(m_position.at(sourceRow));
        std::sort(proxyRows.begin(), proxyRows.end());
        const QList<QPair<int, int>> runs = TaskTableModel::contiguousSpans(proxyRows);
        if (runs.size() > MaxRanges) {
            emit dataChanged(index(proxyRows.constFirst(), firstColumn), index(proxyRows.constLast(), lastColumn), roles);
        } else {
            for (const auto &[first, last] : runs)
                emit dataChanged(index(first, firstColumn), index(last, lastColumn), roles);
        }
    }
}

void TaskFilterProxyModel::insertSourceRows(QVector<int> rows)
{
    applyVisible(mergeSorted(m_order, std::move(rows)));
}

void TaskFilterProxyModel::onSourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // Rows are appended to the model; positions of the new source rows start out hidden.
    m_position.resize(m_tasks->rowCount(), -1);
    if (first < m_tasks->rowCount() - (last - first + 1)) {
        // Inserted in the middle: later source rows moved down.
        for (int &sourceRow : m_order) {
            if (sourceRow >= first)
                sourceRow += last - first + 1;
        }
        rebuildPositions();
    }
    QVector<int> accepted;
    for (int row = first; row <= last; ++row) {
        if (accepts(row))
            accepted.append(row);
    }
    if (!accepted.isEmpty())
        insertSourceRows(accepted);
}

void TaskFilterProxyModel::onSourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    QVector<int> leaving;
    for (int row = first; row <= last; ++row) {
        const int proxyRow = m_position.value(row, -1);
        if (proxyRow >= 0)
            leaving.append(proxyRow);
    }
    std::sort(leaving.begin(), leaving.end());
    const QList<QPair<int, int>> runs = TaskTableModel::contiguousSpans(leaving);
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_order.remove(it->first, it->second - it->first + 1);
        endRemoveRows();
    }
}

void TaskFilterProxyModel::onSourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int &sourceRow : m_order) {
        if (sourceRow > last)
            sourceRow -= count;
    }
    rebuildPositions();
}

// --- QAbstractProxyModel ------------------------------------------------------------------------

QModelIndex TaskFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_order.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TaskFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex TaskFilterProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int TaskFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int TaskFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_tasks ? 0 : m_tasks->columnCount();
}

bool TaskFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_order.isEmpty();
}

QModelIndex TaskFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_tasks || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= m_order.size())
        return {};
    return m_tasks->index(m_order.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex TaskFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_tasks || !sourceIndex.isValid())
        return {};
    const int proxyRow = m_position.value(sourceIndex.row(), -1);
    return proxyRow < 0 ? QModelIndex() : createIndex(proxyRow, sourceIndex.column());
}

QVariant TaskFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_tasks)
        return {};
    if (orientation == Qt::Horizontal)
        return m_tasks->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}
