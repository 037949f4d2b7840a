#include "taskdetailpane.h"

#include "appsettings.h"
#include "errorcard.h"
#include "errorcatalog.h"
#include "eventcauses.h"
#include "localeformat.h"
#include "provideradapter.h"
#include "providerdirectory.h"
#include "taskengine.h"
#include "tasktablemodel.h"
#include "thumbnailloader.h"
#include "uiicons.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int UrlRole = Qt::UserRole;

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? LocaleFormat::shortDateTime(utc.toLocalTime()) : QString();
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QTreeWidget *makeList(QWidget *parent, int columns)
{
    auto *tree = new QTreeWidget(parent);
    tree->setColumnCount(columns);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    return tree;
}

} // namespace

TaskDetailPane::TaskDetailPane(TaskEngine *engine, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_settings(settings)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_heading(new QLabel(this))
    , m_errorCard(new ErrorCard(this))
    , m_tabs(new QTabWidget(this))
    , m_results(new QListWidget(this))
    , m_resultsStatus(new QLabel(this))
    , m_openResult(new QPushButton(this))
    , m_openFolder(new QPushButton(this))
    , m_parameters(new QPlainTextEdit(this))
    , m_copyJson(new QPushButton(this))
    , m_timeline(makeList(this, 5))
    , m_attempts(makeList(this, 6))
    , m_loader(new ThumbnailLoader(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_splitter);

    // Left: summary facts and the error card, scrollable when the pane is short.
    auto *summary = new QWidget;
    auto *summaryLayout = new QVBoxLayout(summary);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summaryLayout->addWidget(m_heading);
    // The problem first: for a failed task the explanation matters more than the facts.
    summaryLayout->addWidget(m_errorCard);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_stateValue = addFact(form, &m_stateLabel);
    m_providerValue = addFact(form, &m_providerLabel);
    m_modelValue = addFact(form, &m_modelLabel);
    m_remoteValue = valueLabel(summary);
    m_remoteValue->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyRemote = new QToolButton(summary);
    m_copyRemote->setIcon(UiIcons::action(QStringLiteral("copy")));
    m_copyRemote->setAutoRaise(true);
    connect(m_copyRemote, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_remoteValue->text());
    });
    auto *remoteRow = new QHBoxLayout;
    remoteRow->addWidget(m_remoteValue, 1);
    remoteRow->addWidget(m_copyRemote);
    m_remoteLabel = new QLabel(summary);
    form->addRow(m_remoteLabel, remoteRow);
    m_submittedValue = addFact(form, &m_submittedLabel);
    m_finishedValue = addFact(form, &m_finishedLabel);
    m_attemptsValue = addFact(form, &m_attemptsLabel);
    m_promptValue = addFact(form, &m_promptLabel);
    summaryLayout->addLayout(form);
    summaryLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(summary);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Text wraps to the pane's width instead of scrolling sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_splitter->addWidget(scroll);

    // Right: results, parameters, timeline, attempts.
    auto *resultsPage = new QWidget;
    auto *resultsLayout = new QVBoxLayout(resultsPage);
    m_results->setViewMode(QListView::IconMode);
    m_results->setIconSize(QSize(ThumbnailLoader::ThumbnailEdge, ThumbnailLoader::ThumbnailEdge));
    m_results->setResizeMode(QListView::Adjust);
    m_results->setMovement(QListView::Static);
    m_results->setSpacing(6);
    m_results->setWordWrap(true);
    connect(m_results, &QListWidget::itemActivated, this, &TaskDetailPane::openSelectedResult);
    resultsLayout->addWidget(m_results, 1);
    auto *resultButtons = new QHBoxLayout;
    m_resultsStatus->setWordWrap(true);
    resultButtons->addWidget(m_resultsStatus, 1);
    m_openResult->setIcon(UiIcons::action(QStringLiteral("open")));
    m_openFolder->setIcon(UiIcons::action(QStringLiteral("folder")));
    connect(m_openResult, &QPushButton::clicked, this, &TaskDetailPane::openSelectedResult);
    connect(m_openFolder, &QPushButton::clicked, this, &TaskDetailPane::openFolder);
    resultButtons->addWidget(m_openResult);
    resultButtons->addWidget(m_openFolder);
    resultsLayout->addLayout(resultButtons);
    m_tabs->addTab(resultsPage, {});

    auto *parametersPage = new QWidget;
    auto *parametersLayout = new QVBoxLayout(parametersPage);
    m_parameters->setReadOnly(true);
    m_parameters->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    parametersLayout->addWidget(m_parameters, 1);
    auto *parameterButtons = new QHBoxLayout;
    parameterButtons->addStretch(1);
    m_copyJson->setIcon(UiIcons::action(QStringLiteral("copy")));
    connect(m_copyJson, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_parameters->toPlainText());
    });
    parameterButtons->addWidget(m_copyJson);
    parametersLayout->addLayout(parameterButtons);
    m_tabs->addTab(parametersPage, {});
    m_tabs->addTab(m_timeline, {});
    m_tabs->addTab(m_attempts, {});
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    scroll->setMinimumWidth(em * 28);
    m_splitter->setSizes({em * 44, em * 56});

    m_loader->setDownloadFolder(settings ? settings->downloadFolder() : QDir::tempPath());
    connect(m_loader, &ThumbnailLoader::ready, this, [this](const QUrl &url) { thumbnailReady(url); });
    connect(m_loader, &ThumbnailLoader::failed, this, &TaskDetailPane::thumbnailFailed);
    connect(m_errorCard, &ErrorCard::actionRequested, this, &TaskDetailPane::actionRequested);
    connect(m_errorCard, &ErrorCard::openProfileRequested, this, &TaskDetailPane::openProfileRequested);
    if (engine)
        connect(engine, &TaskEngine::taskEventAdded, this, &TaskDetailPane::appendEvent);

    retranslate();
    showTask(std::nullopt);
}

QLabel *TaskDetailPane::addFact(QFormLayout *form, QLabel **labelOut)
{
    auto *label = new QLabel(this);
    QLabel *value = valueLabel(this);
    form->addRow(label, value);
    *labelOut = label;
    return value;
}

void TaskDetailPane::setActions(TaskActions *actions)
{
    m_errorCard->setActions(actions);
}

QJsonObject TaskDetailPane::specJson(const TaskSpec &spec)
{
    QJsonObject object;
    object.insert(QStringLiteral("model"), spec.model);
    if (!spec.kind.isEmpty())
        object.insert(QStringLiteral("kind"), spec.kind);
    object.insert(QStringLiteral("prompt"), spec.prompt);
    object.insert(QStringLiteral("params"), spec.params);
    return object;
}

void TaskDetailPane::showTask(const std::optional<Task> &task)
{
    const bool sameTask = task && m_task && task->id == m_task->id;
    m_task = task;
    if (!task) {
        m_stack->setCurrentWidget(m_placeholder);
        m_errorCard->clear();
        return;
    }
    m_stack->setCurrentWidget(m_splitter);
    refreshSummary();
    if (!sameTask) {
        m_results->clear();
        m_resultsStatus->clear();
        m_parameters->setPlainText(QString::fromUtf8(QJsonDocument(specJson(task->spec)).toJson(QJsonDocument::Indented)));
        reloadTimeline();
        // Nothing to see under Results for a task without results: show how it got here.
        if (task->resultUrls.isEmpty() && m_tabs->currentIndex() == ResultsTab && task->isTerminal())
            m_tabs->setCurrentIndex(TimelineTab);
        else if (!task->resultUrls.isEmpty() && m_tabs->currentIndex() == TimelineTab)
            m_tabs->setCurrentIndex(ResultsTab);
    }
    refreshResults();
    reloadAttempts();
}

void TaskDetailPane::tasksUpdated(const QList<qint64> &ids)
{
    if (!m_task || !m_engine || !ids.contains(m_task->id))
        return;
    const auto fresh = m_engine->task(m_task->id);
    if (!fresh)
        return;   // removed: the main window changes the selection
    const bool attemptsChanged = fresh->attempts != m_task->attempts || fresh->state != m_task->state;
    m_task = fresh;
    refreshSummary();
    refreshResults();
    if (attemptsChanged)
        reloadAttempts();
}

void TaskDetailPane::refreshSummary()
{
    const Task &task = *m_task;
    m_heading->setText(tr("Task #%1").arg(task.id));
    QString state = TaskStates::displayName(task.state);
    if ((task.state == TaskState::Running || task.state == TaskState::Cancelling) && task.progress >= 0)
        state = tr("%1, %2% done").arg(state).arg(task.progress);
    else if (task.state == TaskState::Queued && task.queuePosition >= 0)
        state = tr("%1, position %2").arg(state).arg(task.queuePosition);
    m_stateValue->setText(state);
    const QPalette pal = palette();
    QPalette statePalette = m_stateValue->palette();
    statePalette.setColor(QPalette::WindowText, UiIcons::stateColor(task.state, pal));
    m_stateValue->setPalette(statePalette);
    // Named as in the table's provider column ("My key — Vidu").
    if (m_taskModel) {
        m_providerValue->setText(m_taskModel->profileLabel(task.profileId, task.provider));
    } else {
        QString profile = task.profileId;
        if (m_engine) {
            for (const ProviderProfile &p : m_engine->profiles()) {
                if (p.id == task.profileId && !p.name.isEmpty())
                    profile = p.name;
            }
        }
        m_providerValue->setText(QStringLiteral("%1 \u00b7 %2").arg(task.provider, profile));
    }
    const std::shared_ptr<const ProviderAdapter> adapter = ProviderDirectory::find(task.provider);
    const QString kind = adapter ? adapter->kindName(task.spec.kind) : task.spec.kind;
    m_modelValue->setText(task.spec.kind.isEmpty() ? task.spec.model
                                                   : tr("%1 (%2)", "a model, then the task's kind").arg(task.spec.model, kind));
    m_remoteValue->setText(task.remoteId.isEmpty() ? tr("not assigned yet") : task.remoteId);
    m_copyRemote->setEnabled(!task.remoteId.isEmpty());
    m_submittedValue->setText(localTime(task.submittedAt.isValid() ? task.submittedAt : task.createdAt));
    QString finished = localTime(task.finishedAt);
    if (task.finishedAt.isValid() && task.submittedAt.isValid())
        finished += QStringLiteral(" (%1)").arg(TaskTableModel::formatDuration(task.submittedAt.secsTo(task.finishedAt)));
    m_finishedValue->setText(finished.isEmpty() ? tr("not yet") : finished);
    m_attemptsValue->setText(QString::number(task.attempts));
    QString prompt = task.spec.prompt;
    if (prompt.size() > 600)
        prompt = prompt.left(599) + QChar(0x2026);
    m_promptValue->setText(prompt);
    m_errorCard->setTask(task);
}

void TaskDetailPane::refreshResults()
{
    const Task &task = *m_task;
    m_loader->setDownloadFolder(m_settings ? m_settings->downloadFolder() : m_loader->downloadFolder());
    for (int index = 0; index < task.resultUrls.size(); ++index) {
        const QUrl url(task.resultUrls.at(index));
        bool known = false;
        for (int row = 0; row < m_results->count() && !known; ++row)
            known = m_results->item(row)->data(UrlRole).toUrl() == url;
        if (known)
            continue;
        auto *item = new QListWidgetItem(m_results);
        item->setData(UrlRole, url);
        item->setText(QFileInfo(url.path()).fileName());
        item->setToolTip(url.toString());
        item->setIcon(UiIcons::action(QStringLiteral("open")));
        m_loader->request(task.id, index, url);
    }
    const bool any = m_results->count() > 0;
    m_openResult->setEnabled(any);
    m_openFolder->setEnabled(any);
    if (!any) {
        m_resultsStatus->setText(task.state == TaskState::Succeeded ? tr("The provider returned no result files.")
                                                                    : tr("Results appear here when the task succeeds."));
    } else if (m_resultsStatus->text().isEmpty() || readyThumbnailCount() < m_results->count()) {
        m_resultsStatus->setText(tr("Downloading %n file(s) to %1…", nullptr, int(m_results->count()) - readyThumbnailCount())
                                     .arg(QDir::toNativeSeparators(m_loader->downloadFolder())));
    }
}

int TaskDetailPane::readyThumbnailCount() const
{
    int ready = 0;
    for (int row = 0; row < m_results->count(); ++row) {
        if (!m_loader->localFile(m_results->item(row)->data(UrlRole).toUrl()).isEmpty())
            ++ready;
    }
    return ready;
}

int TaskDetailPane::resultCount() const
{
    return int(m_results->count());
}

void TaskDetailPane::thumbnailReady(const QUrl &url)
{
    for (int row = 0; row < m_results->count(); ++row) {
        QListWidgetItem *item = m_results->item(row);
        if (item->data(UrlRole).toUrl() != url)
            continue;
        const QPixmap thumbnail = m_loader->thumbnail(url);
        if (!thumbnail.isNull())
            item->setIcon(QIcon(thumbnail));
        item->setToolTip(QDir::toNativeSeparators(m_loader->localFile(url)));
    }
    if (readyThumbnailCount() == m_results->count())
        m_resultsStatus->setText(tr("Saved in %1. Double-click to open.").arg(QDir::toNativeSeparators(m_loader->downloadFolder())));
}

void TaskDetailPane::thumbnailFailed(const QUrl &url, const QString &reason)
{
    for (int row = 0; row < m_results->count(); ++row) {
        if (m_results->item(row)->data(UrlRole).toUrl() == url) {
            m_resultsStatus->setText(tr("Could not download %1: %2").arg(url.fileName(), reason));
            return;
        }
    }
}

void TaskDetailPane::openSelectedResult()
{
    QListWidgetItem *item = m_results->currentItem();
    if (!item && m_results->count() > 0)
        item = m_results->item(0);
    if (!item)
        return;
    const QUrl url = item->data(UrlRole).toUrl();
    const QString file = m_loader->localFile(url);
    QDesktopServices::openUrl(file.isEmpty() ? url : QUrl::fromLocalFile(file));
}

void TaskDetailPane::openFolder()
{
    QDir().mkpath(m_loader->downloadFolder());
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_loader->downloadFolder()));
}

void TaskDetailPane::reloadTimeline()
{
    m_timeline->clear();
    if (!m_engine || !m_task)
        return;
    for (const TaskEvent &event : m_engine->events(m_task->id))
        appendEvent(event);
}

void TaskDetailPane::appendEvent(const TaskEvent &event)
{
    if (!m_task || event.taskId != m_task->id)
        return;
    auto *item = new QTreeWidgetItem(m_timeline);
    item->setText(0, QLocale().toString(event.at.toLocalTime().time(), QStringLiteral("HH:mm:ss")));
    item->setToolTip(0, localTime(event.at));
    item->setText(1, QString::number(event.attempt));
    const QString change = event.from == event.to
                               ? TaskStates::displayName(event.to)
                               : QStringLiteral("%1 \u2192 %2").arg(TaskStates::displayName(event.from),
                                                                    TaskStates::displayName(event.to));
    item->setText(2, change);
    item->setIcon(2, UiIcons::stateIcon(event.to));
    item->setText(3, EventCauses::displayName(event.cause));
    item->setText(4, event.excerpt);
    item->setToolTip(4, event.excerpt);
}

void TaskDetailPane::reloadAttempts()
{
    m_attempts->clear();
    if (!m_engine || !m_task)
        return;
    for (const TaskAttempt &attempt : m_engine->attempts(m_task->id)) {
        auto *item = new QTreeWidgetItem(m_attempts);
        item->setText(0, QString::number(attempt.number));
        item->setText(1, attempt.remoteId);
        item->setText(2, localTime(attempt.submittedAt));
        item->setText(3, localTime(attempt.finishedAt));
        item->setText(4, TaskStates::displayName(attempt.finalState));
        item->setIcon(4, UiIcons::stateIcon(attempt.finalState));
        if (attempt.error) {
            const ErrorExplanation why = ErrorCatalog::instance().explain(*attempt.error);
            item->setText(5, why.title);
            item->setToolTip(5, why.explanation);
        }
    }
}

QString TaskDetailPane::parametersText() const
{
    return m_parameters->toPlainText();
}

int TaskDetailPane::timelineCount() const
{
    return m_timeline->topLevelItemCount();
}

int TaskDetailPane::attemptCount() const
{
    return m_attempts->topLevelItemCount();
}

void TaskDetailPane::retranslate()
{
    setAccessibleName(tr("Task details"));
    m_placeholder->setText(tr("Select a task to see its parameters, timeline, results and errors."));
    m_stateLabel->setText(tr("State:"));
    m_providerLabel->setText(tr("Provider:"));
    m_modelLabel->setText(tr("Model:"));
    m_remoteLabel->setText(tr("Remote id:"));
    m_submittedLabel->setText(tr("Submitted:"));
    m_finishedLabel->setText(tr("Finished:"));
    m_attemptsLabel->setText(tr("Attempts:"));
    m_promptLabel->setText(tr("Prompt:"));
    m_copyRemote->setToolTip(tr("Copy the provider's task id"));
    m_copyRemote->setAccessibleName(tr("Copy remote id"));
    m_tabs->setTabText(ResultsTab, tr("Results"));
    m_tabs->setTabText(ParametersTab, tr("Parameters"));
    m_tabs->setTabText(TimelineTab, tr("Timeline"));
    m_tabs->setTabText(AttemptsTab, tr("Attempts"));
    m_openResult->setText(tr("Open"));
    m_openFolder->setText(tr("Open containing folder"));
    m_copyJson->setText(tr("Copy as JSON"));
    m_results->setAccessibleName(tr("Result files"));
    m_parameters->setAccessibleName(tr("Task parameters as JSON"));
    m_timeline->setAccessibleName(tr("Timeline"));
    m_attempts->setAccessibleName(tr("Attempts"));
    m_timeline->setHeaderLabels({tr("Time"), tr("Attempt"), tr("Change"), tr("Cause"), tr("Details")});
    m_attempts->setHeaderLabels({tr("#"), tr("Remote id"), tr("Submitted"), tr("Finished"), tr("Result"), tr("Error")});
    // Widths from the font and the (translated) header, so "Submitting → Queued" fits.
    auto fit = [this](QTreeWidget *tree, std::initializer_list<int> ems) {
        const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
        int column = 0;
        for (int width : ems) {
            const int header = tree->header()->fontMetrics().horizontalAdvance(tree->headerItem()->text(column)) + em * 2;
            tree->setColumnWidth(column++, std::max(width * em, header));
        }
    };
    fit(m_timeline, {6, 4, 17, 8});
    fit(m_attempts, {2, 13, 9, 9, 8});
    if (m_task) {
        const std::optional<Task> task = m_task;
        m_task.reset();
        showTask(task);   // rebuilds the translated texts
    }
}

void TaskDetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && m_task)
        refreshSummary();   // the state colour depends on light or dark
}
