#include "failuregroupsmodel.h"

#include "errorcatalog.h"
#include "tasktablemodel.h"
#include "uiicons.h"

namespace {
constexpr int GroupsRefreshDelayMs = 250;
}

FailureGroupsModel::FailureGroupsModel(TaskTableModel *tasks, QObject *parent)
    : QAbstractTableModel(parent)
    , m_tasks(tasks)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(GroupsRefreshDelayMs);
    connect(&m_refresh, &QTimer::timeout, this, &FailureGroupsModel::refresh);
    connect(tasks, &TaskTableModel::tallyChanged, this, [this] {
        if (!m_refresh.isActive())
            m_refresh.start();
    });
    refresh();
}

QString FailureGroupsModel::titleOf(const TaskTally::FailureGroup &group)
{
    if (group.sample)
        return ErrorCatalog::instance().explain(*group.sample).title;
    return TaskStates::displayName(group.sampleState);
}

QString FailureGroupsModel::keyAt(int row) const
{
    const auto &group = m_groups.at(row);
    return TaskTally::keyOf(group.provider, group.code);
}

int FailureGroupsModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (keyAt(row) == key)
            return row;
    }
    return -1;
}

QList<qint64> FailureGroupsModel::taskIds(const QString &key) const
{
    QList<qint64> ids;
    for (int row = 0; row < m_tasks->rowCount(); ++row) {
        if (m_tasks->failureKeyAt(row) == key)
            ids.append(m_tasks->taskAt(row).id);
    }
    return ids;
}

void FailureGroupsModel::refresh()
{
    const QList<TaskTally::FailureGroup> fresh = m_tasks->tally().failureGroups();
    QHash<QString, TaskTally::FailureGroup> byKey;
    for (const auto &group : fresh)
        byKey.insert(TaskTally::keyOf(group.provider, group.code), group);

    // Remove vanished groups (last row first), then update the rest in place, then append new ones.
    for (int row = int(m_groups.size()) - 1; row >= 0; --row) {
        if (!byKey.contains(keyAt(row))) {
            beginRemoveRows({}, row, row);
            m_groups.removeAt(row);
            m_titles.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < m_groups.size(); ++row) {
        const auto &group = byKey.value(keyAt(row));
        if (group.count != m_groups.at(row).count) {
            m_groups[row].count = group.count;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        byKey.remove(keyAt(row));
    }
    if (!byKey.isEmpty()) {
        QList<TaskTally::FailureGroup> added;
        for (const auto &group : fresh) {
            if (byKey.contains(TaskTally::keyOf(group.provider, group.code)))
                added.append(group);
        }
        const int first = int(m_groups.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const auto &group : added) {
            m_groups.append(group);
            m_titles.append(titleOf(group));
        }
        endInsertRows();
    }
}

void FailureGroupsModel::retranslate()
{
    for (int row = 0; row < m_groups.size(); ++row)
        m_titles[row] = titleOf(m_groups.at(row));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int FailureGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int FailureGroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailureGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    const auto &group = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CountColumn: return group.count;
        case ProviderColumn: return group.provider;
        case CodeColumn: return group.code;
        case TitleColumn: return m_titles.at(index.row());
        default: break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == CountColumn)
            return UiIcons::stateIcon(group.sampleState);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        return tr("%n task(s) failed with %1 (%2)", nullptr, group.count).arg(group.code, group.provider);
    case KeyRole: return TaskTally::keyOf(group.provider, group.code);
    case SortRole:
        if (index.column() == CountColumn)
            return group.count;
        return data(index, Qt::DisplayRole).toString().toLower();
    default: break;
    }
    return {};
}

QVariant FailureGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CountColumn: return tr("Tasks");
    case ProviderColumn: return tr("Provider");
    case CodeColumn: return tr("Code");
    case TitleColumn: return tr("Error");
    default: return {};
    }
}
