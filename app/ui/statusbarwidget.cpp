#include "statusbarwidget.h"

#include "taskengine.h"
#include "uiicons.h"

#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace {

// A small filled circle in the font's size: green when live, grey when paused.
QPixmap dot(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pixmap;
}

} // namespace

StatusBarWidget::StatusBarWidget(TaskEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
{
    m_dot = new QLabel(this);
    m_polling = new QLabel(this);
    m_toggle = new QToolButton(this);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_requests = new QLabel(this);
    m_rateLimits = new QLabel(this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dot);
    layout->addWidget(m_polling);
    layout->addWidget(m_toggle);
    layout->addSpacing(fontMetrics().averageCharWidth() * 2);
    layout->addWidget(m_requests);
    layout->addSpacing(fontMetrics().averageCharWidth() * 2);
    layout->addWidget(m_rateLimits);

    // Only runs while some profile is rate limited.
    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &StatusBarWidget::refresh);

    connect(m_toggle, &QToolButton::clicked, this, [this] {
        if (m_engine)
            m_engine->setPollingPaused(!m_engine->isPollingPaused());
        refresh();
    });
    // Requests start and finish hundreds of times a second under load: the bar follows at most
    // a few times a second.
    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(CoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &StatusBarWidget::refresh);
    if (m_engine) {
        connect(m_engine, &TaskEngine::activityChanged, this, [this] {
            if (!m_coalesce->isActive())
                m_coalesce->start();
        });
        connect(m_engine, &TaskEngine::profilesChanged, this, &StatusBarWidget::refresh);
    }
    retranslate();
}

QString StatusBarWidget::pollingText() const
{
    return m_polling->text();
}

QString StatusBarWidget::requestsText() const
{
    return m_requests->text();
}

QString StatusBarWidget::rateLimitText() const
{
    return m_rateLimits->isHidden() ? QString() : m_rateLimits->text();
}

void StatusBarWidget::refresh()
{
    const bool paused = m_engine && m_engine->isPollingPaused();
    const int inFlight = m_engine ? m_engine->requestsInFlight() : 0;

    m_coalesce->stop();
    const int dotSize = fontMetrics().height() * 2 / 3;
    // The pictures change only with the pause state (or the style): not made again on every call.
    const qint64 look = (qint64(paused) << 32) | (qint64(dotSize) << 1) | 1;
    if (look != m_shownLook) {
        m_shownLook = look;
        m_dot->setPixmap(dot(paused ? palette().color(QPalette::Disabled, QPalette::WindowText)
                                    : QColor(0x2e, 0xa0, 0x43),
                             std::max(dotSize, 6)));
        m_toggle->setIcon(paused ? UiIcons::named(QStringLiteral("resume"), QStyle::SP_MediaPlay, style())
                                 : UiIcons::named(QStringLiteral("pause"), QStyle::SP_MediaPause, style()));
    }
    m_polling->setText(paused ? tr("Polling paused") : tr("Live"));
    m_polling->setToolTip(paused ? tr("No status requests are sent until polling is resumed.")
                                 : tr("Task states are being polled."));
    m_toggle->setText(paused ? tr("Resume") : tr("Pause"));
    m_toggle->setToolTip(paused ? tr("Resume polling") : tr("Pause polling (tasks keep running at the provider)"));
    m_toggle->setAccessibleName(paused ? tr("Resume polling") : tr("Pause polling"));
    m_requests->setText(tr("%n request(s) in flight", nullptr, inFlight));

    // "vidu: 12 s, seaart: 3 s", soonest first, with the profile's display name.
    QStringList parts;
    if (m_engine) {
        const QHash<QString, QDateTime> limited = m_engine->rateLimitedProfiles();
        QHash<QString, QString> names;
        for (const ProviderProfile &profile : m_engine->profiles())
            names.insert(profile.id, profile.name.isEmpty() ? profile.id : profile.name);
        QList<QPair<qint64, QString>> waits;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (auto it = limited.constBegin(); it != limited.constEnd(); ++it) {
            const qint64 ms = now.msecsTo(it.value());
            if (ms > 0)
                waits.append({ms, names.value(it.key(), it.key())});
        }
        std::sort(waits.begin(), waits.end());
        for (const auto &wait : waits)
            parts.append(tr("%1: %2 s").arg(wait.second, QString::number((wait.first + 999) / 1000)));
    }
    m_rateLimits->setText(parts.isEmpty() ? QString() : tr("Rate limited: %1").arg(parts.join(QStringLiteral(", "))));
    m_rateLimits->setToolTip(tr("These profiles asked us to wait (HTTP 429 / Retry-After); their calls resume after the countdown."));
    m_rateLimits->setVisible(!parts.isEmpty());
    if (parts.isEmpty())
        m_countdown->stop();
    else if (!m_countdown->isActive())
        m_countdown->start();
}

void StatusBarWidget::retranslate()
{
    m_dot->setAccessibleName(tr("Polling state"));
    m_requests->setAccessibleName(tr("Requests in flight"));
    m_rateLimits->setAccessibleName(tr("Rate-limited profiles"));
    refresh();
}

void StatusBarWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_shownLook = 0;
        refresh();
    }
    QWidget::changeEvent(event);
}
