#pragma once

#include "tasktally.h"

#include <QAbstractTableModel>
#include <QTimer>

class TaskTableModel;

// Failed tasks grouped by provider and error code, one row per group ("37 tasks failed with
// CreditInsufficient (vidu)"), read from the task model's incremental tally. Rows are updated
// in place, inserted and removed (never reset), so the selected group survives live updates.
class FailureGroupsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CountColumn, ProviderColumn, CodeColumn, TitleColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, SortRole };

    explicit FailureGroupsModel(TaskTableModel *tasks, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    TaskTally::FailureGroup group(int row) const { return m_groups.at(row); }
    QString keyAt(int row) const;
    int rowOfKey(const QString &key) const;
    // Local ids of the tasks in a group (scans the task model once).
    QList<qint64> taskIds(const QString &key) const;

    // Re-reads the tally now (also happens a moment after every change).
    void refresh();
    void retranslate();

    // Translated title of a group's error ("Insufficient credit", ...).
    static QString titleOf(const TaskTally::FailureGroup &group);

private:
    TaskTableModel *m_tasks;
    QList<TaskTally::FailureGroup> m_groups;
    QList<QString> m_titles;
    QTimer m_refresh;
};
