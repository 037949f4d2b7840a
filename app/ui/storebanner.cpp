#include "storebanner.h"

#include "uiicons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

StoreBanner::StoreBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("storeBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(UiIcons::stateIcon(TaskState::Unknown).pixmap(size, size));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    applyColours();
    hide();
}

void StoreBanner::setProblem(const QString &reason)
{
    m_reason = reason;
    retranslate();
    setVisible(!reason.isEmpty());
}

QString StoreBanner::text() const
{
    return m_text->text();
}

void StoreBanner::retranslate()
{
    m_text->setText(m_reason.isEmpty()
                        ? QString()
                        : tr("The task database is not taking changes right now: %1\nThe list stays as it was last "
                             "read. QueueLens keeps its own changes (request ids above all) on this computer and "
                             "writes them as soon as the database is back.")
                              .arg(m_reason));
}

void StoreBanner::applyColours()
{
    QPalette colours = palette();
    const bool dark = UiIcons::isDark(colours);
    colours.setColor(QPalette::Window, dark ? QColor(0x4a, 0x3b, 0x10) : QColor(0xff, 0xf4, 0xce));
    colours.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xec, 0xb3) : QColor(0x4d, 0x3a, 0x00));
    setPalette(colours);
}

void StoreBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}
