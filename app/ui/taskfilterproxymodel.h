#pragma once

#include "taskstate.h"

#include <QAbstractProxyModel>
#include <QByteArray>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QVector>

class TaskTableModel;

// Sorts and filters the task table for the view, built for 100,000 rows: it keeps the visible
// source rows in view order (and the reverse map), compares the model's summaries directly
// (no QVariant), and answers a poll tick by moving only the rows whose place changed (one
// layout change), so a tick costs about the changed rows plus one pass over the list.
//
// Filters: the sidebar's choice (states, provider or profile, failure group) and the search
// box. All criteria combine with AND; an empty criterion lets everything through. A filter
// change removes and inserts rows in ranges (or resets the view when they are scattered).
class TaskFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    // More scattered ranges than this in one change: the view is reset instead.
    static constexpr int MaxRanges = 64;

    explicit TaskFilterProxyModel(QObject *parent = nullptr);

    // Only a TaskTableModel is supported (the filters and the sort read its summaries).
    void setSourceModel(QAbstractItemModel *model) override;

    void setStates(const QSet<TaskState> &states);   // empty: every state
    QSet<TaskState> states() const { return m_states; }
    void setProvider(const QString &provider);        // empty: every provider
    QString provider() const { return m_provider; }
    void setProfile(const QString &profileId);        // empty: every profile
    QString profile() const { return m_profile; }
    void setSubmitter(const QString &name);           // empty: every operator
    QString submitter() const { return m_submitter; }
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

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Whether the source row passes every filter (public for tests).
    bool accepts(int sourceRow) const;

private:
    bool lessThan(int leftSourceRow, int rightSourceRow) const;   // view order, sort order applied
    int compareKeys(int leftSourceRow, int rightSourceRow) const; // by the sort column, ascending
    bool inPlace(int proxyRow) const;
    void rebuildPositions();
    void sortRows(QVector<int> &rows) const;
    bool hasNumericKey() const;             // the sort column is a number (state, times, ...)
    qint64 numericKey(int sourceRow) const; // its value, as compareKeys() orders it
    // base (in view order) with extra (any order) merged in, in view order.
    QVector<int> mergeSorted(const QVector<int> &base, QVector<int> extra) const;
    // Filters changed: brings the visible rows in line with accepts().
    void refilter();
    // Applies a new visible row list: in ranges when few, else with a reset.
    void applyVisible(QVector<int> next);
    void relayout(const std::function<void()> &reorder);

    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onSourceRowsInserted(const QModelIndex &parent, int first, int last);
    void onSourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onSourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void onSourceReset();
    void insertSourceRows(QVector<int> rows);

    TaskTableModel *m_tasks = nullptr;
    quint64 m_handledBatch = 0;   // the model batch whose rows were all handled at its first span
    QVector<int> m_order;      // proxy row -> source row
    QVector<int> m_position;   // source row -> proxy row, -1 when filtered out
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    QSet<TaskState> m_states;
    QString m_provider;
    QString m_profile;
    QString m_submitter;
    QString m_failureKey;
    QString m_searchText;
    QList<QByteArray> m_words;
};
