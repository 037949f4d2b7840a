#include "failuregroupsview.h"

#include "errorcatalog.h"
#include "failuregroupsmodel.h"
#include "uiicons.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QLabel *textLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

FailureGroupsView::FailureGroupsView(TaskTableModel *tasks, QWidget *parent)
    : QWidget(parent)
    , m_model(new FailureGroupsModel(tasks, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_heading(textLabel(this))
    , m_explanation(textLabel(this))
    , m_fixHeading(new QLabel(this))
    , m_fix(textLabel(this))
    , m_meta(textLabel(this))
    , m_retry(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_select(new QPushButton(this))
    , m_show(new QPushButton(this))
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(FailureGroupsModel::SortRole);
    m_sorted->setDynamicSortFilter(true);
    m_view->setModel(m_sorted);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FailureGroupsModel::CountColumn, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(FailureGroupsModel::CountColumn, em * 6);
    m_view->setColumnWidth(FailureGroupsModel::ProviderColumn, em * 7);
    m_view->setColumnWidth(FailureGroupsModel::CodeColumn, em * 16);

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
    m_heading->setFont(headingFont);
    QFont bold = m_fixHeading->font();
    bold.setBold(true);
    m_fixHeading->setFont(bold);
    m_meta->setForegroundRole(QPalette::PlaceholderText);

    m_retry->setIcon(UiIcons::action(QStringLiteral("retry")));
    m_remove->setIcon(UiIcons::action(QStringLiteral("remove")));
    m_select->setIcon(UiIcons::action(QStringLiteral("select")));
    m_show->setIcon(UiIcons::action(QStringLiteral("filter")));
    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryGroupRequested(currentKey()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeGroupRequested(currentKey()); });
    connect(m_select, &QPushButton::clicked, this, [this] { emit selectGroupRequested(currentKey()); });
    connect(m_show, &QPushButton::clicked, this, [this] { emit showGroupRequested(currentKey()); });
    connect(m_view, &QTreeView::doubleClicked, this, [this] { emit showGroupRequested(currentKey()); });

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_heading);
    detailsLayout->addWidget(m_explanation);
    detailsLayout->addWidget(m_fixHeading);
    detailsLayout->addWidget(m_fix);
    detailsLayout->addWidget(m_meta);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_retry, 0, 0);
    buttons->addWidget(m_remove, 0, 1);
    buttons->addWidget(m_select, 1, 0);
    buttons->addWidget(m_show, 1, 1);
    detailsLayout->addLayout(buttons);
    detailsLayout->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FailureGroupsView::showCurrent);
    // Until the operator picks a group, the largest one is shown.
    connect(m_view, &QTreeView::pressed, this, [this] { m_userPicked = true; });
    auto follow = [this] {
        m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
        if (m_model->rowCount() > 0 && (!m_view->currentIndex().isValid() || !m_userPicked))
            m_view->setCurrentIndex(m_sorted->index(0, 0));
        showCurrent();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, follow);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, follow);
    connect(m_model, &QAbstractItemModel::dataChanged, this, follow);
    retranslate();
    follow();
}

QString FailureGroupsView::currentKey() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(FailureGroupsModel::KeyRole).toString() : QString();
}

bool FailureGroupsView::selectGroup(const QString &key)
{
    m_model->refresh();
    const int row = m_model->rowOfKey(key);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_sorted->mapFromSource(m_model->index(row, 0)));
    m_userPicked = true;
    return true;
}

QString FailureGroupsView::headingText() const
{
    return m_heading->text();
}

QString FailureGroupsView::explanationText() const
{
    return m_explanation->text();
}

void FailureGroupsView::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const bool any = current.isValid();
    for (QPushButton *button : {m_retry, m_remove, m_select, m_show})
        button->setEnabled(any);
    if (!any) {
        m_heading->clear();
        m_explanation->clear();
        m_fix->clear();
        m_meta->clear();
        m_fixHeading->hide();
        return;
    }
    const TaskTally::FailureGroup group = m_model->group(m_sorted->mapToSource(current).row());
    m_heading->setText(tr("%n task(s) failed with %1 (%2)", nullptr, group.count).arg(group.code, group.provider));
    if (group.sample) {
        const ErrorExplanation why = ErrorCatalog::instance().explain(*group.sample);
        m_explanation->setText(tr("%1. %2", "an error's title, then its explanation").arg(why.title, why.explanation));
        m_fix->setText(why.fix);
        QStringList meta{tr("Category: %1").arg(ErrorTaxonomy::categoryName(why.category)),
                         tr("Retry: %1").arg(ErrorTaxonomy::retryClassName(why.retry))};
        if (why.httpStatus > 0)
            meta << tr("HTTP %1").arg(why.httpStatus);
        m_meta->setText(meta.join(QStringLiteral("  \u00b7  ")));
    } else {
        m_explanation->setText(TaskStates::displayName(group.sampleState));
        m_fix->setText(tr("Retry the tasks, or check the profile's deadline and the provider's status page."));
        m_meta->clear();
    }
    m_fixHeading->show();
    m_retry->setText(tr("Retry all (%1)").arg(group.count));
    m_remove->setText(tr("Remove all (%1)").arg(group.count));
}

void FailureGroupsView::retranslate()
{
    m_empty->setText(tr("No failed tasks. Tasks that fail are grouped here by error code, so one fix can be "
                        "applied to all of them at once."));
    m_fixHeading->setText(tr("What to do"));
    m_select->setText(tr("Select in table"));
    m_show->setText(tr("Show only these"));
    m_view->setAccessibleName(tr("Failures by code"));
    m_retry->setToolTip(tr("Retry every task of this group that can be retried"));
    m_remove->setToolTip(tr("Remove every task of this group from the list"));
    m_select->setToolTip(tr("Switch to the task table with these tasks selected"));
    m_show->setToolTip(tr("Filter the task table to this group"));
    m_model->retranslate();
    showCurrent();
}

void FailureGroupsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}
