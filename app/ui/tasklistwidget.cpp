#include "tasklistwidget.h"

#include "actiontext.h"
#include "appsettings.h"
#include "progressdelegate.h"
#include "taskactions.h"
#include "taskfilterproxymodel.h"
#include "taskstate.h"
#include "tasktablemodel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

TaskListWidget::TaskListWidget(TaskTableModel *model, TaskFilterProxyModel *proxy, TaskActions *actions,
                               AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_actions(actions)
    , m_settings(settings)
{
    buildView();

    m_headerSaveTimer.setSingleShot(true);
    m_headerSaveTimer.setInterval(500);
    connect(&m_headerSaveTimer, &QTimer::timeout, this, &TaskListWidget::saveHeaderState);
    m_durationTimer.setInterval(DurationRefreshMs);
    connect(&m_durationTimer, &QTimer::timeout, this, &TaskListWidget::refreshLiveDurations);

    retranslate();
}

void TaskListWidget::buildView()
{
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("taskTable"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(TaskTableModel::ProgressColumn, new ProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setIconSize(QSize(16, 16));
    // Fixed row height: the view never measures rows, which keeps 10,000 rows smooth.
    QHeaderView *vertical = m_view->verticalHeader();
    vertical->setVisible(false);
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(std::max(22, m_view->fontMetrics().height() + 10));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicatorShown(true);
    applyDefaultColumnWidths();
    m_view->sortByColumn(TaskTableModel::SubmittedColumn, Qt::DescendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);

    // Del and Ctrl+C act on tasks only while the table has the focus: pressed in the sidebar
    // or the failure list they should not silently remove or copy the table's selection.
    for (TaskAction which : {TaskAction::Remove, TaskAction::CopyId}) {
        m_actions->action(which)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(m_actions->action(which));
    }
    connect(m_view, &QWidget::customContextMenuRequested, this, &TaskListWidget::showContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &TaskListWidget::showHeaderContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TaskListWidget::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TaskListWidget::selectionChanged);
    connect(m_view, &QTableView::doubleClicked, this, &TaskListWidget::doubleClicked);
    for (auto signal : {&QHeaderView::sectionMoved, &QHeaderView::sectionResized})
        connect(header, signal, this, [this] { m_headerSaveTimer.start(); });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { m_headerSaveTimer.start(); });

    // "No tasks" hint drawn over the empty table; it follows the viewport's size.
    m_emptyHint = new QLabel(m_view->viewport());
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_view->viewport()->installEventFilter(this);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &TaskListWidget::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TaskListWidget::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TaskListWidget::updateEmptyHint);
    // The history arrives in pages: "Loading…" turns into "No tasks yet" when none came.
    connect(m_model, &TaskTableModel::loadingFinished, this, &TaskListWidget::updateEmptyHint);
    // Removed rows leave the selection without always saying so: let the owner look again.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TaskListWidget::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TaskListWidget::selectionChanged);
}

void TaskListWidget::retranslate()
{
    widenColumnsToFitTitles();
    m_view->setAccessibleName(tr("Tasks"));
    updateEmptyHint();
}

void TaskListWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_view)
        retranslate();
    QWidget::changeEvent(event);
}

// --- live durations -------------------------------------------------------------------------

void TaskListWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_durationTimer.start();
}

void TaskListWidget::hideEvent(QHideEvent *event)
{
    // Hidden (another tab, minimised window): nothing to repaint.
    m_durationTimer.stop();
    QWidget::hideEvent(event);
}

void TaskListWidget::refreshLiveDurations()
{
    m_lastDurationRepaint = {};
    if (!m_view->isVisible() || m_view->isColumnHidden(TaskTableModel::DurationColumn))
        return;
    // Only the rows in the viewport matter: a live row scrolled away is repainted when it
    // comes back into view, with the age data() computes at that moment.
    const int first = m_view->rowAt(0);
    if (first < 0)
        return;
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (last < 0)
        last = m_proxy->rowCount() - 1;
    bool live = false;
    for (int row = first; row <= last && !live; ++row) {
        const QVariant state = m_proxy->index(row, 0).data(TaskTableModel::StateRole);
        live = state.isValid() && !TaskStates::isTerminal(TaskState(state.toInt()));
    }
    if (!live)
        return;
    const int top = m_view->rowViewportPosition(first);
    const int bottom = m_view->rowViewportPosition(last) + m_view->rowHeight(last);
    const QRect cells(m_view->columnViewportPosition(TaskTableModel::DurationColumn), top,
                      m_view->columnWidth(TaskTableModel::DurationColumn), bottom - top);
    m_lastDurationRepaint = cells.intersected(m_view->viewport()->rect());
    if (!m_lastDurationRepaint.isEmpty())
        m_view->viewport()->update(m_lastDurationRepaint);
}

// --- selection ------------------------------------------------------------------------------

QList<qint64> TaskListWidget::selectedTaskIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows)) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0 && row < m_model->rowCount())
            ids.append(m_model->taskAt(row).id);
    }
    return ids;
}

qint64 TaskListWidget::currentTaskId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return current.data(TaskTableModel::TaskIdRole).toLongLong();
}

QList<qint64> TaskListWidget::visibleTaskIds() const
{
    return m_proxy->visibleTaskIds();
}

bool TaskListWidget::isHiddenByFilter(qint64 id) const
{
    const int row = m_model->rowOfTask(id);
    return row >= 0 && !m_proxy->mapFromSource(m_model->index(row, 0)).isValid();
}

void TaskListWidget::selectTasks(const QList<qint64> &ids)
{
    QList<int> rows;
    for (qint64 id : ids) {
        const int sourceRow = m_model->rowOfTask(id);
        const QModelIndex index = sourceRow >= 0 ? m_proxy->mapFromSource(m_model->index(sourceRow, 0)) : QModelIndex();
        if (index.isValid())
            rows.append(index.row());
    }
    QItemSelection selection;
    for (const auto &span : TaskTableModel::contiguousSpans(rows))
        selection.select(m_proxy->index(span.first, 0), m_proxy->index(span.second, TaskTableModel::ColumnCount - 1));
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!rows.isEmpty()) {
        const QModelIndex first = m_proxy->index(*std::min_element(rows.cbegin(), rows.cend()), 0);
        m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(first);
    }
}

void TaskListWidget::selectAll()
{
    m_view->selectAll();
}

void TaskListWidget::focusList()
{
    m_view->setFocus();
    if (m_proxy->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->selectRow(0);
}

// --- empty hint and context menu ------------------------------------------------------------

void TaskListWidget::setHintActions(QAction *submit, QAction *import, QAction *clearFilters)
{
    m_submitAction = submit;
    m_importAction = import;
    m_clearFiltersAction = clearFilters;
    updateEmptyHint();
}

void TaskListWidget::updateEmptyHint()
{
    if (!m_emptyHint)
        return;
    const bool empty = m_proxy->rowCount() == 0;
    if (empty) {
        const auto shortcutOf = [](const QPointer<QAction> &action) {
            return action ? action->shortcut().toString(QKeySequence::NativeText) : QString();
        };
        if (m_model->rowCount() == 0 && m_model->isLoading())
            m_emptyHint->setText(tr("Loading the task history…"));
        else if (m_model->rowCount() == 0)
            m_emptyHint->setText(tr("No tasks yet.\nPress %1 to submit one, or %2 to track tasks created elsewhere.")
                                     .arg(shortcutOf(m_submitAction), shortcutOf(m_importAction)));
        else
            m_emptyHint->setText(tr("No task matches the current filter.\n%1 shows all tasks again.")
                                     .arg(m_clearFiltersAction ? ActionText::plain(m_clearFiltersAction->text()) : QString()));
        m_emptyHint->setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
    }
    m_emptyHint->setVisible(empty);
    if (empty)
        m_emptyHint->raise();
}

bool TaskListWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && m_emptyHint->isVisible())
        m_emptyHint->setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
    return QWidget::eventFilter(watched, event);
}

void TaskListWidget::addContextMenuAction(QAction *action)
{
    m_contextActions.append(action);
}

void TaskListWidget::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    m_actions->populateMenu(&menu);
    menu.addSeparator();
    for (const QPointer<QAction> &action : std::as_const(m_contextActions)) {
        if (action)
            menu.addAction(action);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

// --- header ---------------------------------------------------------------------------------

int TaskListWidget::headerTextWidth(int column) const
{
    // Title plus room for the sort arrow and padding.
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QString title = m_model->headerData(column, Qt::Horizontal).toString();
    return m_view->horizontalHeader()->fontMetrics().horizontalAdvance(title) + em * 3;
}

void TaskListWidget::applyDefaultColumnWidths()
{
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QList<int> widths{10, 12, 10, 22, 9, 7, 7, 5, 14, 18};
    for (int column = 0; column < TaskTableModel::ColumnCount; ++column)
        m_view->setColumnWidth(column, std::max(widths.value(column, 10) * em, headerTextWidth(column)));
}

void TaskListWidget::widenColumnsToFitTitles()
{
    // Saved widths may come from another language: never let a title be clipped.
    for (int column = 0; column < TaskTableModel::ColumnCount; ++column) {
        if (!m_view->isColumnHidden(column) && m_view->columnWidth(column) < headerTextWidth(column))
            m_view->setColumnWidth(column, headerTextWidth(column));
    }
}

void TaskListWidget::fitStateColumn()
{
    const int column = TaskTableModel::StateColumn;
    if (m_view->isColumnHidden(column))
        return;
    int widest = headerTextWidth(column);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int icon = m_view->iconSize().isValid() ? m_view->iconSize().width() : metrics.height();
    for (TaskState state : TaskStates::all())
        widest = std::max(widest, metrics.horizontalAdvance(TaskStates::displayName(state)) + icon + metrics.averageCharWidth() * 4);
    if (m_view->columnWidth(column) < widest)
        m_view->setColumnWidth(column, widest);
}

void TaskListWidget::setTeamMode(bool team)
{
    m_view->horizontalHeader()->setSectionHidden(TaskTableModel::SubmittedByColumn, !team);
}

void TaskListWidget::restoreHeaderState()
{
    const QByteArray header = m_settings->tableHeaderState();
    if (!header.isEmpty()) {
        m_view->horizontalHeader()->restoreState(header);
        widenColumnsToFitTitles();
    }
}

void TaskListWidget::saveHeaderState()
{
    m_headerSaveTimer.stop();
    m_settings->setTableHeaderState(m_view->horizontalHeader()->saveState());
}

void TaskListWidget::showHeaderContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    populateColumnMenu(&menu);
    menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
}

void TaskListWidget::populateColumnMenu(QMenu *menu)
{
    menu->clear();
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < TaskTableModel::ColumnCount; ++column) {
        QAction *action = menu->addAction(TaskTableModel::columnName(TaskTableModel::Column(column)));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The state column stays: without it a row says nothing.
        action->setEnabled(column != TaskTableModel::StateColumn);
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            m_headerSaveTimer.start();
        });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Reset columns"));
    connect(reset, &QAction::triggered, this, [this, header] {
        for (int column = 0; column < TaskTableModel::ColumnCount; ++column) {
            header->setSectionHidden(column, false);
            header->moveSection(header->visualIndex(column), column);
        }
        applyDefaultColumnWidths();
        m_headerSaveTimer.start();
    });
}
