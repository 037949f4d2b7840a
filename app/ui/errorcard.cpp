#include "errorcard.h"

#include "errorcatalog.h"
#include "redactor.h"
#include "tasktally.h"
#include "uiicons.h"

#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr QChar kZeroWidthSpace(0x200B);

// Every label of the card wraps, and none asks for more than a few characters of width: the
// card sits in the detail pane, which gets narrow when the submit panel is docked beside it.
QLabel *wrappingLabel(QWidget *parent, bool selectable = true)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    if (selectable)
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    label->setSizePolicy(policy);
    return label;
}

// A word-wrapped label is at least as wide as its longest word. Long unbroken runs (request
// ids, URLs, snake_case codes) get invisible break opportunities so that they wrap too; words
// of ordinary length are left alone.
QString breakable(const QString &text)
{
    constexpr qsizetype LongToken = 20;
    constexpr int MaxRun = 12;
    QString out;
    out.reserve(text.size() + text.size() / 8);
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype end = i;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        if (end - i <= LongToken) {
            out.append(QStringView(text).mid(i, end - i));
        } else {
            int run = 0;
            for (qsizetype k = i; k < end; ++k) {
                const QChar c = text.at(k);
                out.append(c);
                ++run;
                const bool joint = c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('/')
                                   || c == QLatin1Char('.') || c == QLatin1Char(':') || c == QLatin1Char('=')
                                   || c == QLatin1Char('&') || c == QLatin1Char('?') || c == QLatin1Char(',');
                if (k + 1 < end && ((joint && run >= 3) || run >= MaxRun)) {
                    out.append(kZeroWidthSpace);
                    run = 0;
                }
            }
        }
        // The whitespace after the token, as it was.
        while (end < text.size() && text.at(end).isSpace())
            out.append(text.at(end++));
        i = end;
    }
    return out;
}

// What a label shows, without the break opportunities (tests, the clipboard).
QString plain(const QLabel *label)
{
    QString text = label->text();
    text.remove(kZeroWidthSpace);
    return text;
}

} // namespace

ErrorCard::ErrorCard(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(wrappingLabel(this))
    , m_explanation(wrappingLabel(this))
    , m_fixHeading(wrappingLabel(this, false))
    , m_fix(wrappingLabel(this))
    , m_message(wrappingLabel(this))
    , m_details(wrappingLabel(this))
    , m_requestIdLabel(wrappingLabel(this, false))
    , m_requestId(wrappingLabel(this))
    , m_copyRequestId(new QToolButton(this))
    , m_primary(new QPushButton(this))
    , m_secondary(new QPushButton(this))
    , m_rawToggle(new QToolButton(this))
    , m_raw(new QPlainTextEdit(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setObjectName(QStringLiteral("errorCard"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    QFont bold = m_fixHeading->font();
    bold.setBold(true);
    m_fixHeading->setFont(bold);
    m_requestIdLabel->setFont(bold);
    m_requestId->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_icon->setAlignment(Qt::AlignTop);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_icon, 0, Qt::AlignTop);
    titleRow->addWidget(m_title, 1);

    m_copyRequestId->setIcon(UiIcons::action(QStringLiteral("copy")));
    m_copyRequestId->setAutoRaise(true);
    connect(m_copyRequestId, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(requestIdText());
    });
    auto *requestRow = new QHBoxLayout;
    requestRow->addWidget(m_requestIdLabel, 0, Qt::AlignTop);
    requestRow->addWidget(m_requestId, 1);
    requestRow->addWidget(m_copyRequestId, 0, Qt::AlignTop);

    m_rawToggle->setCheckable(true);
    m_rawToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rawToggle->setArrowType(Qt::RightArrow);
    m_rawToggle->setAutoRaise(true);
    connect(m_rawToggle, &QToolButton::toggled, this, [this](bool open) {
        m_raw->setVisible(open);
        m_rawToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setVisible(false);
    m_raw->setMinimumHeight(120);

    m_primary->setDefault(true);
    connect(m_primary, &QPushButton::clicked, this, [this] {
        if (!m_suggestions.isEmpty())
            trigger(m_suggestions.first());
    });
    connect(m_secondary, &QPushButton::clicked, this, [this] {
        if (m_suggestions.size() > 1)
            trigger(m_suggestions.at(1));
    });
    // Side by side when they fit, stacked in a narrow pane (resizeEvent).
    m_buttonRow = new QBoxLayout(QBoxLayout::LeftToRight);
    m_buttonRow->addWidget(m_primary);
    m_buttonRow->addWidget(m_secondary);
    m_buttonRow->addStretch(1);
    auto *rawRow = new QHBoxLayout;
    rawRow->addWidget(m_rawToggle);
    rawRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addWidget(m_explanation);
    layout->addWidget(m_fixHeading);
    layout->addWidget(m_fix);
    layout->addWidget(m_message);
    layout->addWidget(m_details);
    layout->addLayout(requestRow);
    layout->addLayout(m_buttonRow);
    layout->addLayout(rawRow);
    layout->addWidget(m_raw);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        if (m_suggestions.isEmpty() || m_suggestions.first() != Suggestion::RetryAfter)
            return;
        configureButton(m_primary, Suggestion::RetryAfter);
        if (retryCountdownSeconds() <= 0)
            m_countdown.stop();
    });

    applyTint();
    retranslate();
    clear();
}

void ErrorCard::setActions(TaskActions *actions)
{
    m_actions = actions;
}

QList<ErrorCard::Suggestion> ErrorCard::suggestionsFor(const Task &task)
{
    if (task.state == TaskState::Unknown)
        return {Suggestion::CheckAgain, Suggestion::SubmitAnyway};
    if (task.state == TaskState::Lost)
        return {Suggestion::CheckAgain, Suggestion::Retry};
    if (!TaskTally::needsAttention(task.state))
        return {};
    if (!task.lastError)
        return {Suggestion::Retry, Suggestion::EditResubmit};
    switch (task.lastError->retryClass) {
    case RetryClass::RetryNow: return {Suggestion::Retry};
    case RetryClass::RetryAfterDelay:
        return {task.lastError->retryAfterSeconds ? Suggestion::RetryAfter : Suggestion::Retry};
    case RetryClass::FixInput: return {Suggestion::EditResubmit};
    case RetryClass::FixAccount: return {Suggestion::OpenProfile, Suggestion::Retry};
    case RetryClass::CheckStateFirst: return {Suggestion::CheckAgain, Suggestion::Retry};
    case RetryClass::ContactSupport: return {Suggestion::Retry};
    case RetryClass::NotRetryable: return {};
    }
    return {};
}

QString ErrorCard::redactSecrets(const QString &text)
{
    return Redactor::redact(text, {});
}

QString ErrorCard::prettyBody(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const QString text = error.error == QJsonParseError::NoError && !document.isNull()
                             ? QString::fromUtf8(document.toJson(QJsonDocument::Indented))
                             : QString::fromUtf8(body);
    return redactSecrets(text.trimmed());
}

bool ErrorCard::setTask(const Task &task)
{
    const QList<Suggestion> suggestions = suggestionsFor(task);
    const bool relevant = (task.lastError && TaskTally::needsAttention(task.state)) || task.state == TaskState::Unknown
                          || task.state == TaskState::Lost || task.state == TaskState::TimedOut;
    if (!relevant) {
        clear();
        return false;
    }
    const bool sameError = m_task && m_task->id == task.id && m_task->lastError == task.lastError
                           && m_task->state == task.state;
    m_task = task;
    m_suggestions = suggestions;
    if (!sameError) {
        m_retryAt = {};
        if (task.lastError && task.lastError->retryAfterSeconds) {
            const QDateTime base = task.finishedAt.isValid() ? task.finishedAt : task.updatedAt;
            m_retryAt = (base.isValid() ? base : QDateTime::currentDateTimeUtc()).addSecs(*task.lastError->retryAfterSeconds);
        }
    }
    refresh();
    setVisible(true);
    return true;
}

void ErrorCard::clear()
{
    m_task.reset();
    m_suggestions.clear();
    m_countdown.stop();
    m_title->clear();
    m_explanation->clear();
    m_fix->clear();
    m_message->clear();
    m_details->clear();
    m_requestId->clear();
    m_raw->clear();
    setVisible(false);
}

int ErrorCard::retryCountdownSeconds() const
{
    if (!m_retryAt.isValid())
        return 0;
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_retryAt)));
}

QString ErrorCard::titleText() const { return plain(m_title); }
QString ErrorCard::explanationText() const { return plain(m_explanation); }
QString ErrorCard::fixText() const { return plain(m_fix); }
QString ErrorCard::detailsText() const { return plain(m_details); }
QString ErrorCard::requestIdText() const { return plain(m_requestId); }

QSize ErrorCard::minimumSizeHint() const
{
    // The layout's minimum would be both buttons side by side; stacked (resizeEvent) the
    // widest button is enough, so that is all the card asks of the pane.
    QSize size = QFrame::minimumSizeHint();
    int narrow = fontMetrics().averageCharWidth() * 16;
    for (const QPushButton *button : {m_primary, m_secondary}) {
        if (!button->isHidden())
            narrow = std::max(narrow, button->sizeHint().width());
    }
    const QMargins margins = contentsMargins() + (layout() ? layout()->contentsMargins() : QMargins());
    size.setWidth(std::min(size.width(), narrow + margins.left() + margins.right()));
    return size;
}

void ErrorCard::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    updateButtonDirection();
}

void ErrorCard::updateButtonDirection()
{
    int needed = m_primary->isHidden() ? 0 : m_primary->sizeHint().width();
    if (!m_secondary->isHidden())
        needed += m_secondary->sizeHint().width() + std::max(0, m_buttonRow->spacing());
    const QMargins margins = contentsMargins() + (layout() ? layout()->contentsMargins() : QMargins());
    needed += margins.left() + margins.right();
    const auto direction = width() >= needed ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_buttonRow->direction() != direction)
        m_buttonRow->setDirection(direction);
}
QString ErrorCard::rawText() const { return m_raw->toPlainText(); }

void ErrorCard::refresh()
{
    if (!m_task)
        return;
    const Task &task = *m_task;
    const int iconSize = fontMetrics().height() + 6;
    m_icon->setPixmap(UiIcons::stateIcon(task.state).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));

    QString title;
    QString explanation;
    QString fix;
    QStringList details;
    QString message;
    QString requestId;
    QString raw;
    if (task.lastError) {
        const ApiError &error = *task.lastError;
        const ErrorExplanation why = ErrorCatalog::instance().explain(error);
        title = why.title;
        explanation = why.explanation;
        fix = why.fix;
        details << tr("Category: %1").arg(ErrorTaxonomy::categoryName(why.category))
                //: %1 is the advice about retrying, e.g. "Retry now" or "Retrying will not help".
                << tr("Retry: %1").arg(ErrorTaxonomy::retryClassName(why.retry));
        if (!why.code.isEmpty())
            details << tr("Code: %1 (%2)").arg(why.code, error.provider);
        if (error.httpStatus > 0)
            details << tr("HTTP %1").arg(error.httpStatus);
        details << tr("During: %1").arg(ErrorTaxonomy::phaseName(error.phase));
        if (error.retryAfterSeconds)
            details << tr("Retry-After: %n s", nullptr, *error.retryAfterSeconds);
        if (!why.documented)
            details << tr("not in the provider's documentation");
        if (!error.message.isEmpty())
            message = tr("The provider said: “%1”").arg(redactSecrets(error.message));
        requestId = error.requestId;
        raw = prettyBody(error.rawBody);
        if (error.rawBodyTruncated)
            raw += QLatin1Char('\n') + tr("[answer truncated]");
    }
    if (title.isEmpty() || task.state == TaskState::Unknown) {
        switch (task.state) {
        case TaskState::Unknown:
            title = tr("No clear answer to the submit");
            explanation = tr("The submit request got no usable answer, so the provider may or may not have created "
                             "the task.") + (explanation.isEmpty() ? QString() : QLatin1Char(' ') + explanation);
            fix = tr("Use Check again to look the task up first. Submit anyway sends it once more; if the first "
                     "submit did arrive, that creates a duplicate that is billed twice.");
            break;
        case TaskState::Lost:
            title = tr("The provider no longer finds this task");
            explanation = tr("The provider answered “not found” several times in a row for a task it had "
                             "accepted. Providers delete old tasks, and some lose them on restarts.");
            fix = tr("Check again once; if it stays lost, retry to run it again.");
            break;
        case TaskState::TimedOut:
            title = tr("The task passed its deadline");
            explanation = tr("The task did not finish within the profile's deadline, so QueueLens stopped waiting.");
            fix = tr("Retry it, or raise the deadline in the profile settings if this model is slow.");
            break;
        default:
            break;
        }
    }
    m_title->setText(breakable(title));
    m_explanation->setText(breakable(explanation));
    m_fix->setText(breakable(fix));
    m_fixHeading->setVisible(!fix.isEmpty());
    m_fix->setVisible(!fix.isEmpty());
    m_message->setText(breakable(message));
    m_message->setVisible(!message.isEmpty());
    m_details->setText(breakable(details.join(QStringLiteral("  \u00b7  "))));
    m_details->setVisible(!details.isEmpty());
    m_requestId->setText(breakable(requestId));
    m_requestIdLabel->setVisible(!requestId.isEmpty());
    m_requestId->setVisible(!requestId.isEmpty());
    m_copyRequestId->setVisible(!requestId.isEmpty());
    m_raw->setPlainText(raw);
    m_rawToggle->setVisible(!raw.isEmpty());
    if (raw.isEmpty())
        m_raw->setVisible(false);

    m_primary->setVisible(!m_suggestions.isEmpty());
    m_secondary->setVisible(m_suggestions.size() > 1);
    if (!m_suggestions.isEmpty())
        configureButton(m_primary, m_suggestions.first());
    if (m_suggestions.size() > 1)
        configureButton(m_secondary, m_suggestions.at(1));
    if (!m_suggestions.isEmpty() && m_suggestions.first() == Suggestion::RetryAfter && retryCountdownSeconds() > 0)
        m_countdown.start();
    else
        m_countdown.stop();
    updateButtonDirection();
    updateGeometry();   // the narrowest width depends on the button texts
}

QString ErrorCard::buttonText(Suggestion suggestion) const
{
    switch (suggestion) {
    case Suggestion::None: return {};
    case Suggestion::Retry: return tr("Retry");
    case Suggestion::RetryAfter: {
        const int wait = retryCountdownSeconds();
        return wait > 0 ? tr("Retry in %n s", nullptr, wait) : tr("Retry");
    }
    case Suggestion::EditResubmit: return tr("Edit and resubmit…");
    case Suggestion::OpenProfile: return tr("Open profile settings…");
    case Suggestion::CheckAgain: return tr("Check again");
    case Suggestion::SubmitAnyway: return tr("Submit anyway…");
    }
    return {};
}

void ErrorCard::configureButton(QPushButton *button, Suggestion suggestion)
{
    button->setText(buttonText(suggestion));
    QString icon;
    std::optional<TaskAction> action;
    switch (suggestion) {
    case Suggestion::Retry:
    case Suggestion::RetryAfter: icon = QStringLiteral("retry"); action = TaskAction::Retry; break;
    case Suggestion::EditResubmit: icon = QStringLiteral("edit"); action = TaskAction::EditResubmit; break;
    case Suggestion::OpenProfile: icon = QStringLiteral("profile"); break;
    case Suggestion::CheckAgain: icon = QStringLiteral("check-again"); action = TaskAction::CheckAgain; break;
    case Suggestion::SubmitAnyway: icon = QStringLiteral("submit-anyway"); action = TaskAction::SubmitAnyway; break;
    case Suggestion::None: break;
    }
    button->setIcon(icon.isEmpty() ? QIcon() : UiIcons::action(icon));
    QString blocked;
    if (action && m_actions && m_task)
        blocked = m_actions->blockedReason(*action, TaskSummary::of(*m_task));
    const bool waiting = suggestion == Suggestion::RetryAfter && retryCountdownSeconds() > 0;
    button->setEnabled(blocked.isEmpty() && !waiting);
    if (!blocked.isEmpty())
        button->setToolTip(blocked);
    else if (waiting)
        button->setToolTip(tr("The provider asked to wait before calling again."));
    else
        button->setToolTip({});
}

void ErrorCard::trigger(Suggestion suggestion)
{
    if (!m_task)
        return;
    switch (suggestion) {
    case Suggestion::Retry:
    case Suggestion::RetryAfter: emit actionRequested(TaskAction::Retry, m_task->id); break;
    case Suggestion::EditResubmit: emit actionRequested(TaskAction::EditResubmit, m_task->id); break;
    case Suggestion::CheckAgain: emit actionRequested(TaskAction::CheckAgain, m_task->id); break;
    case Suggestion::SubmitAnyway: emit actionRequested(TaskAction::SubmitAnyway, m_task->id); break;
    case Suggestion::OpenProfile: emit openProfileRequested(m_task->profileId); break;
    case Suggestion::None: break;
    }
}

void ErrorCard::applyTint()
{
    // A faint wash of the failure colour over the inherited base colour: readable in light and
    // dark palettes alike, no hard-coded background. Only the Window role is set, so every
    // other role (text, buttons) keeps following the application palette.
    if (m_tinting)
        return;
    m_tinting = true;
    QPalette inherited = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const QColor base = inherited.color(QPalette::Base);
    const QColor accent = UiIcons::stateColor(TaskState::Failed, inherited);
    const qreal mix = UiIcons::isDark(inherited) ? 0.18 : 0.08;
    const QColor wash = QColor::fromRgbF(base.redF() * (1 - mix) + accent.redF() * mix,
                                         base.greenF() * (1 - mix) + accent.greenF() * mix,
                                         base.blueF() * (1 - mix) + accent.blueF() * mix);
    QPalette own;
    own.setColor(QPalette::Window, wash);
    setPalette(own);
    m_tinting = false;
}

void ErrorCard::retranslate()
{
    setAccessibleName(tr("Error explanation"));
    m_fixHeading->setText(tr("What to do"));
    m_requestIdLabel->setText(tr("Request id:"));
    m_copyRequestId->setToolTip(tr("Copy the request id (quote it when you contact the provider)"));
    m_copyRequestId->setAccessibleName(tr("Copy request id"));
    m_rawToggle->setText(tr("Raw response"));
    m_raw->setAccessibleName(tr("Raw response from the provider"));
    refresh();
}

void ErrorCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        applyTint();
}
