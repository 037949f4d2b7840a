#include "submitpanel.h"

#include "paramseditor.h"
#include "profileeditor.h"
#include "profilelabels.h"
#include "provideradapter.h"
#include "provideradapterregistry.h"
#include "taskengine.h"
#include "uiicons.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace {


// "#12", "#12–#16" or "#12, #15, …" for a status line.
QString idSummary(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    if (ids.size() == 1)
        return QStringLiteral("#%1").arg(ids.first());
    bool consecutive = true;
    for (qsizetype i = 1; i < ids.size(); ++i)
        consecutive = consecutive && ids.at(i) == ids.at(i - 1) + 1;
    if (consecutive)
        return QStringLiteral("#%1–#%2").arg(ids.first()).arg(ids.last());
    return QStringLiteral("#%1, #%2, …").arg(ids.at(0)).arg(ids.at(1));
}

} // namespace

SubmitPanel::SubmitPanel(TaskEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
{
    m_profileBox = new QComboBox(this);
    // "Name — Provider" can be long: the combo takes the row's width instead of widening the
    // docked panel (and with it squeezing the detail pane).
    m_profileBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileBox->setMinimumContentsLength(14);
    m_manageProfiles = new QPushButton(this);
    m_modelBox = new QComboBox(this);
    m_modelBox->setEditable(true);
    m_modelBox->setInsertPolicy(QComboBox::NoInsert);
    m_modelBox->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);   // endpoint ids can be long
    m_kindBox = new QComboBox(this);
    m_prompt = new QPlainTextEdit(this);
    m_prompt->setTabChangesFocus(true);
    m_prompt->setMinimumHeight(m_prompt->fontMetrics().lineSpacing() * 4);
    m_params = new ParamsEditor(this);
    m_params->setMinimumHeight(m_prompt->fontMetrics().lineSpacing() * 7);
    m_copies = new QSpinBox(this);
    m_copies->setRange(1, MaxCopies);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_submit = new QPushButton(this);
    m_submit->setDefault(true);
    // Names for tests and style sheets.
    m_profileBox->setObjectName(QStringLiteral("profileBox"));
    m_manageProfiles->setObjectName(QStringLiteral("manageProfilesButton"));
    m_modelBox->setObjectName(QStringLiteral("modelBox"));
    m_kindBox->setObjectName(QStringLiteral("kindBox"));
    m_prompt->setObjectName(QStringLiteral("promptEdit"));
    m_params->setObjectName(QStringLiteral("paramsEditor"));
    m_copies->setObjectName(QStringLiteral("copiesSpin"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_submit->setObjectName(QStringLiteral("submitButton"));

    m_profileLabel = new QLabel(this);
    m_modelLabel = new QLabel(this);
    m_kindLabel = new QLabel(this);
    m_promptLabel = new QLabel(this);
    m_paramsLabel = new QLabel(this);
    m_copiesLabel = new QLabel(this);
    m_profileLabel->setBuddy(m_profileBox);
    m_modelLabel->setBuddy(m_modelBox);
    m_kindLabel->setBuddy(m_kindBox);
    m_promptLabel->setBuddy(m_prompt);
    m_paramsLabel->setBuddy(m_params);
    m_copiesLabel->setBuddy(m_copies);

    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileBox, 1);
    profileRow->addWidget(m_manageProfiles);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_profileLabel, profileRow);
    form->addRow(m_modelLabel, m_modelBox);
    form->addRow(m_kindLabel, m_kindBox);
    form->addRow(m_promptLabel, m_prompt);
    form->addRow(m_paramsLabel, m_params);
    form->addRow(m_copiesLabel, m_copies);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_submit, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);

    m_chunkTimer = new QTimer(this);
    m_chunkTimer->setInterval(0);
    connect(m_chunkTimer, &QTimer::timeout, this, &SubmitPanel::submitNextChunk);

    connect(m_submit, &QPushButton::clicked, this, &SubmitPanel::submit);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, &SubmitPanel::submit);
    connect(m_manageProfiles, &QPushButton::clicked, this, &SubmitPanel::manageProfilesRequested);
    connect(m_profileBox, &QComboBox::currentIndexChanged, this, &SubmitPanel::onProfileChanged);
    connect(m_modelBox, &QComboBox::editTextChanged, this, &SubmitPanel::updateValidation);
    connect(m_kindBox, &QComboBox::currentTextChanged, this, &SubmitPanel::updateValidation);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &SubmitPanel::updateValidation);
    connect(m_params, &ParamsEditor::validityChanged, this, &SubmitPanel::updateSubmitButton);
    connect(m_params, &ParamsEditor::paramsChanged, this, &SubmitPanel::updateValidation);
    if (m_engine)
        connect(m_engine, &TaskEngine::profilesChanged, this, &SubmitPanel::reloadProfiles);

    retranslate();
    reloadProfiles();
}

void SubmitPanel::setAdapterRegistry(const ProviderAdapterRegistry *registry)
{
    m_registry = registry;
    m_currentProvider.clear();   // refill model and kind lists from the adapter
    reloadProfiles();            // the provider names in the profile list come from the adapters
}

const ProviderAdapter *SubmitPanel::currentAdapter() const
{
    if (!m_registry)
        return nullptr;
    return m_registry->adapter(m_profileBox->currentData(Qt::UserRole + 1).toString());
}

QString SubmitPanel::currentProfileId() const
{
    return m_profileBox->currentData().toString();
}

bool SubmitPanel::isSubmitting() const
{
    return m_chunkTimer->isActive();
}

QString SubmitPanel::problemText() const
{
    return m_messageIsProblem ? m_message->text() : QString();
}

TaskSpec SubmitPanel::currentSpec() const
{
    TaskSpec spec;
    spec.model = m_modelBox->currentText().trimmed();
    spec.kind = m_kindBox->isEditable() ? m_kindBox->currentText().trimmed() : m_kindBox->currentData().toString();
    if (spec.kind.isEmpty())
        spec.kind = m_kindBox->currentText().trimmed();
    spec.prompt = m_prompt->toPlainText().trimmed();
    spec.params = m_params->params();
    return spec;
}

void SubmitPanel::reloadProfiles()
{
    const QString selected = currentProfileId();
    const QSignalBlocker blocker(m_profileBox);
    m_profileBox->clear();
    if (m_engine) {
        for (const ProviderProfile &profile : m_engine->profiles()) {
            m_profileBox->addItem(ProfileLabels::profileLabel(profile, m_registry), profile.id);
            m_profileBox->setItemData(m_profileBox->count() - 1, profile.provider, Qt::UserRole + 1);
            m_profileBox->setItemData(m_profileBox->count() - 1,
                                      tr("%1 at %2").arg(ProfileLabels::providerName(profile.provider, m_registry),
                                                         profile.baseUrl.toDisplayString()),
                                      Qt::ToolTipRole);
        }
    }
    const int index = m_profileBox->findData(selected);
    m_profileBox->setCurrentIndex(index >= 0 ? index : 0);
    onProfileChanged();
}

void SubmitPanel::onProfileChanged()
{
    const QString provider = m_profileBox->currentData(Qt::UserRole + 1).toString();
    // Keep what the operator typed while the provider stays the same.
    if (provider != m_currentProvider) {
        m_currentProvider = provider;
        const ProviderAdapter *adapter = currentAdapter();
        const QString typedModel = m_modelBox->currentText();
        {
            const QSignalBlocker modelBlocker(m_modelBox);
            m_modelBox->clear();
            if (adapter)
                m_modelBox->addItems(adapter->suggestedModels());
            m_modelBox->setCurrentIndex(m_modelBox->count() > 0 ? 0 : -1);
            if (m_modelBox->count() == 0)
                m_modelBox->setEditText(typedModel);
        }
        const QSignalBlocker kindBlocker(m_kindBox);
        const QString previousKind = m_kindBox->isEditable() ? m_kindBox->currentText() : m_kindBox->currentData().toString();
        m_kindBox->clear();
        const QStringList kinds = adapter ? adapter->kinds() : QStringList();
        // Without an adapter there is nothing to choose from: let the operator type the kind.
        m_kindBox->setEditable(kinds.isEmpty());
        for (const QString &kind : kinds)
            m_kindBox->addItem(adapter->kindName(kind), kind);
        const int kindIndex = m_kindBox->findData(previousKind);
        m_kindBox->setCurrentIndex(kindIndex >= 0 ? kindIndex : 0);
        if (kinds.isEmpty())
            m_kindBox->setEditText(previousKind);
    }
    updateValidation();
}

QString SubmitPanel::validateForm() const
{
    if (m_profileBox->count() == 0)
        return tr("No provider profile yet. Add one in Settings first.");
    if (!m_params->isValid())
        return m_params->errorMessage();
    const TaskSpec spec = currentSpec();
    if (spec.model.isEmpty())
        return tr("Choose or type a model (or endpoint).");
    if (const ProviderAdapter *adapter = currentAdapter()) {
        const QString problem = adapter->validate(spec);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

void SubmitPanel::updateValidation()
{
    if (isSubmitting())
        return;
    if (m_profileBox->count() == 0) {
        showProblem([this] { return validateForm(); });
    } else if (m_triedOnce) {
        // After a failed Submit, the message follows the form until it is fixed.
        if (!validateForm().isEmpty())
            showProblem([this] { return validateForm(); });
        else if (m_messageIsProblem)
            showStatus(QString());
    } else if (m_messageIsProblem) {
        showStatus(QString());
    }
    updateSubmitButton();
}

void SubmitPanel::updateSubmitButton()
{
    m_manageProfiles->setVisible(m_profileBox->count() == 0);
    m_submit->setEnabled(!isSubmitting() && m_profileBox->count() > 0 && m_params->isValid());
}

void SubmitPanel::submit()
{
    if (isSubmitting() || !m_engine)
        return;
    m_triedOnce = true;
    if (!validateForm().isEmpty()) {
        showProblem([this] { return validateForm(); });
        return;
    }
    m_pendingProfile = currentProfileId();
    m_pendingSpec = currentSpec();
    m_requested = m_copies->value();
    m_remaining = m_requested;
    m_createdIds.clear();
    showStatus([requested = m_requested] { return tr("Submitting %n task(s)…", nullptr, requested); });
    m_chunkTimer->start();
    updateSubmitButton();
    // One copy is common: do it now so the table shows the task without a visible delay.
    if (m_requested <= ChunkSize)
        submitNextChunk();
}

void SubmitPanel::submitNextChunk()
{
    for (int i = 0; i < ChunkSize && m_remaining > 0; ++i) {
        QString error;
        const qint64 id = m_engine->submit(m_pendingProfile, m_pendingSpec, &error);
        if (id <= 0) {
            finishSubmitting(error.isEmpty() ? tr("The engine refused the task.") : error);
            return;
        }
        m_createdIds.append(id);
        --m_remaining;
    }
    if (m_remaining > 0) {
        showStatus([done = m_createdIds.size(), requested = m_requested] {
            return tr("Submitting… %1 of %2").arg(done).arg(requested);
        });
        return;
    }
    finishSubmitting(QString());
}

void SubmitPanel::finishSubmitting(const QString &problem)
{
    m_chunkTimer->stop();
    const QList<qint64> ids = m_createdIds;
    m_createdIds.clear();
    m_remaining = 0;
    if (problem.isEmpty()) {
        m_triedOnce = false;
        showStatus([ids] { return tr("Submitted %n task(s): %1", nullptr, int(ids.size())).arg(idSummary(ids)); });
    } else if (ids.isEmpty()) {
        showProblem(problem);
    } else {
        showProblem([done = ids.size(), requested = m_requested, problem] {
            return tr("Submitted %1 of %2, then stopped: %3").arg(done).arg(requested).arg(problem);
        });
    }
    updateSubmitButton();
    if (!ids.isEmpty())
        emit submitted(ids);
}

void SubmitPanel::editAndResubmit(const Task &task)
{
    if (isSubmitting())
        return;
    int index = m_profileBox->findData(task.profileId);
    if (index >= 0)
        m_profileBox->setCurrentIndex(index);
    // setCurrentIndex above refilled the lists for the task's provider; now put the task's values in.
    m_modelBox->setEditText(task.spec.model);
    const int kindIndex = m_kindBox->findData(task.spec.kind);
    if (kindIndex >= 0)
        m_kindBox->setCurrentIndex(kindIndex);
    else if (m_kindBox->isEditable())
        m_kindBox->setEditText(task.spec.kind);
    else if (!task.spec.kind.isEmpty()) {
        m_kindBox->addItem(task.spec.kind, task.spec.kind);
        m_kindBox->setCurrentIndex(m_kindBox->count() - 1);
    }
    m_prompt->setPlainText(task.spec.prompt);
    m_params->setParams(task.spec.params);
    m_copies->setValue(1);
    m_triedOnce = false;
    if (index < 0)
        showProblem([id = task.id] { return tr("Task #%1 used a profile that no longer exists; choose another one.").arg(id); });
    else
        showStatus([id = task.id] {
            return tr("Filled from task #%1. Submit creates a new task; the original stays as it is.").arg(id);
        });
    updateSubmitButton();
    m_prompt->setFocus();
}

void SubmitPanel::showProblem(const QString &text)
{
    showProblem([text] { return text; });
}

void SubmitPanel::showProblem(const Phrase &text)
{
    m_messagePhrase = text;
    const QString rendered = text();
    m_messageIsProblem = !rendered.isEmpty();
    QPalette labelPalette = palette();
    labelPalette.setColor(QPalette::WindowText, UiIcons::errorTextColor(palette()));
    m_message->setPalette(labelPalette);
    renderMessage();
}

void SubmitPanel::showStatus(const QString &text)
{
    showStatus([text] { return text; });
}

void SubmitPanel::showStatus(const Phrase &text)
{
    m_messagePhrase = text;
    m_messageIsProblem = false;
    m_message->setPalette(palette());
    renderMessage();
}

void SubmitPanel::renderMessage()
{
    const QString text = m_messagePhrase ? m_messagePhrase() : QString();
    m_message->setText(text);
    m_message->setAccessibleDescription(text);
}

void SubmitPanel::retranslate()
{
    m_profileLabel->setText(tr("&Profile:"));
    m_modelLabel->setText(tr("&Model:"));
    m_kindLabel->setText(tr("&Kind:"));
    m_promptLabel->setText(tr("P&rompt:"));
    m_paramsLabel->setText(tr("P&arameters:"));
    m_copiesLabel->setText(tr("&Copies:"));
    m_manageProfiles->setText(tr("Add a profile…"));
    m_submit->setText(tr("&Submit"));
    m_submit->setToolTip(tr("Send the task(s) to the provider (Ctrl+Enter)"));

    m_profileBox->setAccessibleName(tr("Provider profile"));
    m_modelBox->setAccessibleName(tr("Model or endpoint"));
    m_modelBox->lineEdit()->setPlaceholderText(tr("model id or endpoint"));
    m_kindBox->setAccessibleName(tr("Task kind"));
    if (const ProviderAdapter *adapter = currentAdapter(); adapter && !m_kindBox->isEditable()) {
        for (int i = 0; i < m_kindBox->count(); ++i)
            m_kindBox->setItemText(i, adapter->kindName(m_kindBox->itemData(i).toString()));
    }
    m_prompt->setAccessibleName(tr("Prompt"));
    m_prompt->setPlaceholderText(tr("Describe the image or video…"));
    m_copies->setAccessibleName(tr("Number of copies"));
    m_copies->setToolTip(tr("Submit the same task this many times (1–%1)").arg(MaxCopies));
    m_submit->setAccessibleName(tr("Submit"));
    m_manageProfiles->setAccessibleName(tr("Add a provider profile"));
}

void SubmitPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        renderMessage();   // "Submitted 1 task: #13" follows the switch too
    }
    QWidget::changeEvent(event);
}
