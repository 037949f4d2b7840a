#include "taskfilterbar.h"

#include "taskfilterproxymodel.h"
#include "tasktablemodel.h"
#include "uiicons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

TaskFilterBar::TaskFilterBar(TaskTableModel *model, TaskFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    m_label = new QLabel;
    m_clear = new QToolButton;
    m_clear->setIcon(UiIcons::action(QStringLiteral("clear")));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        m_proxy->setFailureKey({});
        refresh();
        emit filtersChanged();
    });
    auto *icon = new QLabel;
    icon->setPixmap(UiIcons::action(QStringLiteral("filter")).pixmap(QSize(16, 16), devicePixelRatioF()));
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_clear);
    setVisible(false);

    // Not in this widget's layout: the window puts it in the toolbar, which takes it over. Not
    // hidden explicitly either: a toolbar keeps an explicitly hidden widget's action hidden.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(UiIcons::action(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22);
    m_searchTimer.setSingleShot(true);
    connect(&m_searchTimer, &QTimer::timeout, this, &TaskFilterBar::applySearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        // Instant on ordinary lists; on very large ones, wait for a pause in typing.
        m_searchTimer.start(m_model->rowCount() > LargeTableRows ? SearchDebounceMs : 0);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applySearch();
        emit searchAccepted();
    });

    retranslate();
}

void TaskFilterBar::setFindShortcut(const QKeySequence &shortcut)
{
    m_findShortcut = shortcut;
    retranslate();
}

void TaskFilterBar::applySearch()
{
    m_searchTimer.stop();
    m_proxy->setSearchText(m_search->text().trimmed());
    emit filtersChanged();
}

void TaskFilterBar::clearSearch()
{
    m_search->clear();
    m_searchTimer.stop();
    m_proxy->setSearchText({});
}

void TaskFilterBar::refresh()
{
    const QString key = m_proxy->failureKey();
    if (key.isEmpty()) {
        setVisible(false);
        return;
    }
    // TaskTally::failureKey is "provider<US>code".
    const QStringList parts = key.split(QChar(0x1f));
    m_label->setText(tr("Showing only tasks that failed with %1 (%2)").arg(parts.value(1), parts.value(0)));
    setVisible(true);
}

void TaskFilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search id, prompt, error code…"));
    m_search->setToolTip(tr("Shows tasks whose remote id, prompt, model or error code contain every word typed (%1)")
                             .arg(m_findShortcut.toString(QKeySequence::NativeText)));
    m_search->setAccessibleName(tr("Search tasks"));
    m_clear->setToolTip(tr("Clear this filter"));
    m_clear->setAccessibleName(tr("Clear filter"));
    refresh();
}

void TaskFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
