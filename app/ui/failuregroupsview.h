#pragma once

#include <QWidget>

class FailureGroupsModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;
class TaskTableModel;

// The "Failures by code" tab: failed tasks grouped by provider and error code, largest group
// first, with the group's explanation shown once and bulk actions on the whole group.
class FailureGroupsView : public QWidget
{
    Q_OBJECT

public:
    explicit FailureGroupsView(TaskTableModel *tasks, QWidget *parent = nullptr);

    FailureGroupsModel *groupsModel() const { return m_model; }
    // Selects a group by key (TaskTally::failureKey); false when there is no such group.
    bool selectGroup(const QString &key);
    QString currentKey() const;
    QString headingText() const;
    QString explanationText() const;

signals:
    void retryGroupRequested(const QString &key);
    void removeGroupRequested(const QString &key);
    void selectGroupRequested(const QString &key);
    void showGroupRequested(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrent();

    FailureGroupsModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTreeView *m_view;
    QLabel *m_heading;
    QLabel *m_explanation;
    QLabel *m_fixHeading;
    QLabel *m_fix;
    QLabel *m_meta;
    QPushButton *m_retry;
    QPushButton *m_remove;
    QPushButton *m_select;
    QPushButton *m_show;
    bool m_userPicked = false;
};
