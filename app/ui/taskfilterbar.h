#pragma once

#include <QKeySequence>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;
class TaskFilterProxyModel;
class TaskTableModel;

// The filters the sidebar does not show: the search text and the failure-group filter.
// The widget itself is the bar above the table that says when a failure group filter is on,
// with a way out; it also owns the search field, which the window places in its toolbar.
// Typing filters at once on ordinary lists and after a short pause on very large ones.
class TaskFilterBar : public QWidget
{
    Q_OBJECT

public:
    // Above this many tasks, searching waits for a pause in typing.
    static constexpr int LargeTableRows = 5000;
    static constexpr int SearchDebounceMs = 200;

    TaskFilterBar(TaskTableModel *model, TaskFilterProxyModel *proxy, QWidget *parent = nullptr);

    // For the window's toolbar (adding it there moves it out of this widget).
    QLineEdit *searchField() const { return m_search; }
    // Named in the search field's tooltip.
    void setFindShortcut(const QKeySequence &shortcut);

    // Hands the search text to the proxy now (instead of after the typing pause).
    void applySearch();
    // Empties the search field and the proxy's search text at once.
    void clearSearch();
    // Shows or hides the failure-group bar after the proxy's failure key changed.
    void refresh();

signals:
    // The search text or the failure-group filter changed what the proxy lets through.
    void filtersChanged();
    // Return in the search field: the operator wants to go to the results.
    void searchAccepted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    TaskTableModel *m_model;
    TaskFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QLabel *m_label;
    QToolButton *m_clear;
    QKeySequence m_findShortcut;
    QTimer m_searchTimer;
};
