#include "statesidebar.h"

#include "tasktablemodel.h"
#include "uiicons.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <algorithm>
#include <QVBoxLayout>

namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int ValueRole = Qt::UserRole + 1;
constexpr int CountColumn = 1;
constexpr int CountsRefreshDelayMs = 150;

} // namespace

StateSidebar::StateSidebar(TaskTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);

    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(12);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setFocusPolicy(Qt::StrongFocus);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);

    m_tasksSection = addEntry(nullptr, Kind::Section, {}, {});
    m_allItem = addEntry(m_tasksSection, Kind::All, {}, UiIcons::action(QStringLiteral("all")));
    addEntry(m_tasksSection, Kind::Active, {}, UiIcons::action(QStringLiteral("active")));
    addEntry(m_tasksSection, Kind::Attention, {}, UiIcons::action(QStringLiteral("attention")));
    m_statesSection = addEntry(nullptr, Kind::Section, {}, {});
    for (TaskState state : TaskStates::all())
        addEntry(m_statesSection, Kind::State, QString::number(int(state)), UiIcons::stateIcon(state));
    m_providersSection = addEntry(nullptr, Kind::Section, {}, {});
    m_tree->expandAll();

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(CountsRefreshDelayMs);
    connect(&m_refresh, &QTimer::timeout, this, &StateSidebar::refreshNow);
    connect(model, &TaskTableModel::tallyChanged, this, [this] {
        if (!m_refresh.isActive())
            m_refresh.start();
    });
    connect(model, &TaskTableModel::labelsChanged, this, &StateSidebar::retranslate);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &StateSidebar::showContextMenu);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current)
            emit filterChanged(filterOf(current));
    });

    retranslate();
    refreshNow();
    m_tree->setCurrentItem(m_allItem);
}

QTreeWidgetItem *StateSidebar::addEntry(QTreeWidgetItem *parent, Kind kind, const QString &value, const QIcon &icon)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setData(0, KindRole, int(kind));
    item->setData(0, ValueRole, value);
    item->setIcon(0, icon);
    item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
    if (kind == Kind::Section) {
        // Section titles: bold, not selectable, always open.
        item->setFlags(Qt::ItemIsEnabled);
        QFont font = m_tree->font();
        font.setBold(true);
        item->setFont(0, font);
        item->setFirstColumnSpanned(true);
    }
    return item;
}

QSet<TaskState> StateSidebar::activeStates()
{
    QSet<TaskState> states;
    for (TaskState state : TaskStates::all()) {
        if (TaskStates::isActive(state))
            states.insert(state);
    }
    return states;
}

QSet<TaskState> StateSidebar::attentionStates()
{
    QSet<TaskState> states;
    for (TaskState state : TaskStates::all()) {
        if (TaskTally::needsAttention(state))
            states.insert(state);
    }
    return states;
}

StateSidebar::Filter StateSidebar::filterOf(const QTreeWidgetItem *item) const
{
    Filter filter;
    const auto kind = Kind(item->data(0, KindRole).toInt());
    const QString value = item->data(0, ValueRole).toString();
    switch (kind) {
    case Kind::Active: filter.states = activeStates(); break;
    case Kind::Attention: filter.states = attentionStates(); break;
    case Kind::State: filter.states = {TaskState(value.toInt())}; break;
    case Kind::Provider: filter.provider = value; break;
    case Kind::Profile:
        filter.profile = value;
        break;
    case Kind::Operator: filter.submitter = value; break;
    case Kind::All:
    case Kind::Section:
        break;
    }
    return filter;
}

StateSidebar::Filter StateSidebar::currentFilter() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? filterOf(item) : Filter();
}

void StateSidebar::selectAll()
{
    m_tree->setCurrentItem(m_allItem);
}

bool StateSidebar::selectState(TaskState state)
{
    for (int i = 0; i < m_statesSection->childCount(); ++i) {
        QTreeWidgetItem *item = m_statesSection->child(i);
        if (item->data(0, ValueRole).toInt() == int(state)) {
            m_tree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

bool StateSidebar::selectProvider(const QString &provider)
{
    rebuildProviders();
    for (int i = 0; i < m_providersSection->childCount(); ++i) {
        QTreeWidgetItem *item = m_providersSection->child(i);
        if (item->data(0, ValueRole).toString() == provider) {
            m_tree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

int StateSidebar::shownCount(const Filter &filter) const
{
    QList<QTreeWidgetItem *> pending{m_tree->invisibleRootItem()};
    while (!pending.isEmpty()) {
        QTreeWidgetItem *item = pending.takeLast();
        for (int i = 0; i < item->childCount(); ++i)
            pending.append(item->child(i));
        if (item == m_tree->invisibleRootItem() || Kind(item->data(0, KindRole).toInt()) == Kind::Section)
            continue;
        if (filterOf(item) == filter)
            return item->text(CountColumn).toInt();
    }
    return -1;
}

bool StateSidebar::matches(const Filter &filter, const TaskSummary &task)
{
    return (filter.states.isEmpty() || filter.states.contains(task.state))
           && (filter.provider.isEmpty() || filter.provider == task.provider)
           && (filter.profile.isEmpty() || filter.profile == task.profileId)
           && (filter.submitter.isEmpty() || filter.submitter == task.submittedBy);
}

void StateSidebar::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    if (!item || Kind(item->data(0, KindRole).toInt()) == Kind::Section)
        return;
    const Filter filter = filterOf(item);
    const int count = item->text(CountColumn).toInt();
    const QString label = item->text(0);
    // Bulk actions on a whole group, as the anchors' users keep asking for ("retry all failed").
    QMenu menu(this);
    const std::pair<TaskAction, QString> entries[] = {
        //: A context menu of the sidebar: %1 is a state ("Failed"), a provider or a profile; %n the number of tasks in it.
        {TaskAction::Retry, tr("Retry all %n in “%1”", nullptr, count).arg(label)},
        {TaskAction::Cancel, tr("Cancel all %n in “%1”", nullptr, count).arg(label)},
        {TaskAction::Remove, tr("Remove all %n in “%1” from the list", nullptr, count).arg(label)},
    };
    for (const auto &[action, text] : entries) {
        QAction *entry = menu.addAction(UiIcons::action(TaskActions::iconName(action)), text);
        entry->setEnabled(count > 0);
        connect(entry, &QAction::triggered, this, [this, filter, action = action] { emit bulkActionRequested(filter, action); });
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

QString StateSidebar::labelOf(const QTreeWidgetItem *item) const
{
    const QString value = item->data(0, ValueRole).toString();
    switch (Kind(item->data(0, KindRole).toInt())) {
    case Kind::All: return tr("All tasks");
    case Kind::Active: return tr("Active");
    case Kind::Attention: return tr("Needs attention");
    case Kind::State: return TaskStates::displayName(TaskState(value.toInt()));
    case Kind::Provider: return m_model->providerName(value);
    case Kind::Profile: return m_model->profileName(value);
    case Kind::Operator: return value;
    case Kind::Section:
        if (item == m_tasksSection)
            return tr("Tasks");
        if (item == m_statesSection)
            return tr("States");
        if (item == m_operatorsSection)
            return tr("Operators");
        return tr("Providers");
    }
    return {};
}

void StateSidebar::retranslate()
{
    m_tree->setAccessibleName(tr("Task filters"));
    m_tree->setToolTip(tr("Click an entry to show only those tasks"));
    QList<QTreeWidgetItem *> pending{m_tree->invisibleRootItem()};
    while (!pending.isEmpty()) {
        QTreeWidgetItem *item = pending.takeLast();
        for (int i = 0; i < item->childCount(); ++i)
            pending.append(item->child(i));
        if (item != m_tree->invisibleRootItem())
            item->setText(0, labelOf(item));
        if (item != m_tree->invisibleRootItem() && Kind(item->data(0, KindRole).toInt()) == Kind::Attention) {
            // Named from TaskTally::needsAttention, so the tooltip says exactly what is counted.
            QStringList states;
            for (TaskState state : TaskStates::all()) {
                if (TaskTally::needsAttention(state))
                    states.append(TaskStates::displayName(state));
            }
            //: %1 lists task states, e.g. "Failed, Timed out, Rejected, Unknown, Lost".
            const QString tip = tr("Counts the tasks that need you: %1.\nClick to show only these.")
                                    .arg(states.join(tr(", ", "list separator")));
            item->setToolTip(0, tip);
            item->setToolTip(CountColumn, tip);
        }
    }
}

void StateSidebar::setCount(QTreeWidgetItem *item, int count)
{
    const QString text = QString::number(count);
    if (item->text(CountColumn) != text)
        item->setText(CountColumn, text);
    // Empty entries stay visible (the list does not jump around) but recede.
    const QPalette::ColorRole role = count == 0 ? QPalette::PlaceholderText : QPalette::Text;
    item->setForeground(0, palette().brush(role));
    item->setForeground(CountColumn, palette().brush(role));
}

void StateSidebar::rebuildProviders()
{
    const TaskTally &tally = m_model->tally();
    QStringList keys;
    for (const QString &provider : tally.providers()) {
        keys.append(provider);
        for (const QString &profile : tally.profilesOf(provider))
            keys.append(provider + QLatin1Char('/') + profile);
    }
    if (keys == m_shownProfiles)
        return;
    m_shownProfiles = keys;

    const Filter current = currentFilter();
    QSignalBlocker blocker(m_tree);
    qDeleteAll(m_providersSection->takeChildren());
    for (const QString &provider : tally.providers()) {
        QTreeWidgetItem *providerItem =
            addEntry(m_providersSection, Kind::Provider, provider, UiIcons::action(QStringLiteral("provider")));
        providerItem->setText(0, labelOf(providerItem));
        const QStringList profiles = tally.profilesOf(provider);
        // One profile per provider is the common case: no need for a second level then.
        if (profiles.size() > 1) {
            for (const QString &profile : profiles) {
                QTreeWidgetItem *profileItem = addEntry(providerItem, Kind::Profile, profile, {});
                profileItem->setText(0, labelOf(profileItem));
            }
        }
    }
    m_tree->expandAll();
    // Keep the selection on the same filter, or fall back to "All" if it vanished.
    if (!current.provider.isEmpty() || !current.profile.isEmpty()) {
        QTreeWidgetItem *match = nullptr;
        QList<QTreeWidgetItem *> pending{m_providersSection};
        while (!pending.isEmpty() && !match) {
            QTreeWidgetItem *item = pending.takeLast();
            for (int i = 0; i < item->childCount(); ++i)
                pending.append(item->child(i));
            if (item != m_providersSection && filterOf(item) == current)
                match = item;
        }
        m_tree->setCurrentItem(match ? match : m_allItem);
        if (!match) {
            blocker.unblock();
            emit filterChanged(Filter());
        }
    }
}

void StateSidebar::rebuildOperators()
{
    const QStringList operators = m_model->tally().submitters();
    const QStringList shown = operators.size() >= 2 ? operators : QStringList();
    if (shown == m_shownOperators)
        return;
    m_shownOperators = shown;
    const Filter current = currentFilter();
    QSignalBlocker blocker(m_tree);
    QTreeWidgetItem *match = nullptr;
    if (shown.isEmpty()) {
        delete m_operatorsSection;
        m_operatorsSection = nullptr;
    } else {
        if (!m_operatorsSection) {
            m_operatorsSection = addEntry(nullptr, Kind::Section, {}, {});
            m_operatorsSection->setText(0, labelOf(m_operatorsSection));
        }
        qDeleteAll(m_operatorsSection->takeChildren());
        for (const QString &name : shown) {
            QTreeWidgetItem *item = addEntry(m_operatorsSection, Kind::Operator, name, UiIcons::action(QStringLiteral("profile")));
            item->setText(0, labelOf(item));
            if (!current.submitter.isEmpty() && current.submitter == name)
                match = item;
        }
        m_tree->expandAll();
    }
    if (!current.submitter.isEmpty()) {
        m_tree->setCurrentItem(match ? match : m_allItem);
        if (!match) {
            blocker.unblock();
            emit filterChanged(Filter());
        }
    }
}

void StateSidebar::refreshNow()
{
    const TaskTally &tally = m_model->tally();
    rebuildProviders();
    rebuildOperators();
    QList<QTreeWidgetItem *> pending{m_tree->invisibleRootItem()};
    while (!pending.isEmpty()) {
        QTreeWidgetItem *item = pending.takeLast();
        for (int i = 0; i < item->childCount(); ++i)
            pending.append(item->child(i));
        if (item == m_tree->invisibleRootItem())
            continue;
        const QString value = item->data(0, ValueRole).toString();
        switch (Kind(item->data(0, KindRole).toInt())) {
        case Kind::All: setCount(item, tally.total()); break;
        case Kind::Active: setCount(item, tally.activeCount()); break;
        case Kind::Attention: setCount(item, tally.attentionCount()); break;
        case Kind::State: setCount(item, tally.count(TaskState(value.toInt()))); break;
        case Kind::Provider: setCount(item, tally.providerCount(value)); break;
        case Kind::Profile: setCount(item, tally.profileCount(value)); break;
        case Kind::Operator: setCount(item, tally.submitterCount(value)); break;
        case Kind::Section: break;
        }
    }
}

void StateSidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        refreshNow();
    QWidget::changeEvent(event);
}

int StateSidebar::preferredWidth() const
{
    int widest = 0;
    const QFontMetrics metrics = m_tree->fontMetrics();
    const int indentation = m_tree->indentation();
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        int depth = 0;
        for (const QTreeWidgetItem *p = (*it)->parent(); p; p = p->parent())
            ++depth;
        const int icon = (*it)->icon(0).isNull() ? 0 : m_tree->iconSize().width() + 6;
        widest = std::max(widest, depth * indentation + icon + metrics.horizontalAdvance((*it)->text(0)));
    }
    const int countColumn = metrics.horizontalAdvance(QStringLiteral("000000"));
    return widest + countColumn + 2 * m_tree->frameWidth() + metrics.averageCharWidth() * 3
           + contentsMargins().left() + contentsMargins().right();
}
