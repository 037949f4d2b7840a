#pragma once

#include "taskstate.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

class TaskTableModel;

// Sorts the task table on raw values (TaskTableModel::SortRole) and filters it by the
// sidebar's choice (states, provider or profile, failure group) and the search box.
// All criteria combine with AND; an empty criterion lets everything through.
class TaskFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TaskFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setStates(const QSet<TaskState> &states);   // empty: every state
    QSet<TaskState> states() const { return m_states; }
    void setProvider(const QString &provider);        // empty: every provider
    QString provider() const { return m_provider; }
    void setProfile(const QString &profileId);        // empty: every profile
    QString profile() const { return m_profile; }
    void setFailureKey(const QString &key);           // TaskTally::failureKey; empty: no restriction
    QString failureKey() const { return m_failureKey; }
    // Words separated by spaces; a row matches when it contains every word (remote id, prompt,
    // error code, model, local id, ...), case-insensitively.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void clearFilters();
    bool hasFilter() const;

    // Local ids of the visible rows, in view order.
    QList<qint64> visibleTaskIds() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool filterAcceptsColumn(int, const QModelIndex &) const override { return true; }

private:
    TaskTableModel *m_tasks = nullptr;
    QSet<TaskState> m_states;
    QString m_provider;
    QString m_profile;
    QString m_failureKey;
    QString m_searchText;
    QStringList m_words;
};
