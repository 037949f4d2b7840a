#pragma once

#include "taskactions.h"
#include "taskstate.h"
#include "tasksummary.h"

#include <QSet>
#include <QString>
#include <QTimer>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;
class TaskTableModel;

// The left sidebar: live counts per state group, per state and per provider/profile; clicking
// an entry filters the table. Counts come from the model's incremental tally and are redrawn
// at most a few times per second, whatever the update rate.
class StateSidebar : public QWidget
{
    Q_OBJECT

public:
    // Wide enough for every entry's name and count in the current language: German and
    // Russian state names are long, and an elided "Handlungsbed…" explains nothing.
    int preferredWidth() const;
    // What an entry filters on. Empty fields do not restrict.
    struct Filter
    {
        QSet<TaskState> states;
        QString provider;
        QString profile;
        QString submitter;   // team mode: the operator who submitted the tasks
        friend bool operator==(const Filter &, const Filter &) = default;
    };

    explicit StateSidebar(TaskTableModel *model, QWidget *parent = nullptr);

    Filter currentFilter() const;
    // Selects "All" (used by "clear filters").
    void selectAll();
    // Selects the entry of one state (for tests and shortcuts); false if there is none.
    bool selectState(TaskState state);
    bool selectProvider(const QString &provider);
    // Redraws the counts now instead of at the next coalesced refresh.
    void refreshNow();
    // The count an entry currently shows, by its filter (tests compare it with the proxy).
    int shownCount(const Filter &filter) const;

    static QSet<TaskState> activeStates();
    static QSet<TaskState> attentionStates();
    // Whether a task falls under a filter (what the proxy does, for one task).
    static bool matches(const Filter &filter, const TaskSummary &task);

signals:
    void filterChanged(const StateSidebar::Filter &filter);
    // From an entry's context menu: do this to every task the entry counts.
    void bulkActionRequested(const StateSidebar::Filter &filter, TaskAction action);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Kind { All, Active, Attention, State, Provider, Profile, Operator, Section };

    QTreeWidgetItem *addEntry(QTreeWidgetItem *parent, Kind kind, const QString &value, const QIcon &icon);
    void retranslate();
    void rebuildProviders();
    // An "Operators" section once tasks of two or more operators are listed (team mode).
    void rebuildOperators();
    void showContextMenu(const QPoint &pos);
    void setCount(QTreeWidgetItem *item, int count);
    Filter filterOf(const QTreeWidgetItem *item) const;
    QString labelOf(const QTreeWidgetItem *item) const;

    TaskTableModel *m_model;
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_tasksSection = nullptr;
    QTreeWidgetItem *m_statesSection = nullptr;
    QTreeWidgetItem *m_providersSection = nullptr;
    QTreeWidgetItem *m_operatorsSection = nullptr;   // only while two or more operators are listed
    QTreeWidgetItem *m_allItem = nullptr;
    QStringList m_shownProfiles;
    QStringList m_shownOperators;   // "provider/profile" keys the provider section was built from
    QTimer m_refresh;
};

Q_DECLARE_METATYPE(StateSidebar::Filter)
