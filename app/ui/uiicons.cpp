#include "uiicons.h"

#include "svgiconengine.h"

#include <QFile>
#include <QHash>
#include <QLabel>

namespace {

// The same hues as the state icons' discs.
QColor baseStateColor(TaskState state)
{
    switch (state) {
    case TaskState::Submitting: return QColor(0x6f, 0x7f, 0x99);
    case TaskState::Queued: return QColor(0x85, 0x8b, 0x94);
    case TaskState::Running: return QColor(0x2f, 0x7f, 0xe0);
    case TaskState::Cancelling: return QColor(0xc9, 0x82, 0x2a);
    case TaskState::Succeeded: return QColor(0x2a, 0x9d, 0x55);
    case TaskState::Failed: return QColor(0xd9, 0x41, 0x3b);
    case TaskState::TimedOut: return QColor(0xd4, 0x69, 0x1f);
    case TaskState::Cancelled: return QColor(0x76, 0x7d, 0x87);
    case TaskState::Rejected: return QColor(0xb8, 0x32, 0x6b);
    case TaskState::Unknown: return QColor(0xc9, 0x8f, 0x00);
    case TaskState::Lost: return QColor(0x8a, 0x5c, 0xd0);
    }
    return QColor(0x85, 0x8b, 0x94);
}

} // namespace

QIcon UiIcons::load(const QString &resource)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(resource);
    if (it != cache.constEnd())
        return *it;
    QFile file(resource);
    QIcon icon;
    if (file.open(QIODevice::ReadOnly))
        icon = QIcon(new SvgIconEngine(file.readAll()));
    cache.insert(resource, icon);
    return icon;
}

QIcon UiIcons::stateIcon(TaskState state)
{
    return load(QStringLiteral(":/icons/state-%1.svg").arg(TaskStates::id(state)));
}

QIcon UiIcons::action(const QString &name)
{
    return load(QStringLiteral(":/icons/action-%1.svg").arg(name));
}

QIcon UiIcons::named(const QString &name, QStyle::StandardPixmap fallback, const QStyle *style)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    return QFile::exists(path) ? QIcon(path) : style->standardIcon(fallback);
}

QIcon UiIcons::appIcon()
{
    return load(QStringLiteral(":/icons/queuelens.svg"));
}

bool UiIcons::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor UiIcons::errorTextColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

void UiIcons::setTextColor(QLabel *label, const QColor &color)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

QColor UiIcons::stateColor(TaskState state, const QPalette &palette)
{
    const QColor color = baseStateColor(state);
    // Grey states keep the normal text colour: a tinted grey only loses contrast.
    if (state == TaskState::Queued || state == TaskState::Cancelled || state == TaskState::Submitting)
        return palette.color(QPalette::Text);
    return isDark(palette) ? color.lighter(135) : color.darker(125);
}
