#pragma once

#include "taskstate.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>
#include <QStyle>

class QLabel;

// The application's icons (SVG resources under :/icons) and the state colours.
// Icons are created once and shared; they render at any size and device pixel ratio.
class UiIcons
{
public:
    static QIcon stateIcon(TaskState state);
    // Action icons by name: "retry", "cancel", "submit", ... (:/icons/action-<name>.svg).
    static QIcon action(const QString &name);
    static QIcon appIcon();
    // :/icons/<name>.svg, or the style's standard icon when the resource does not exist.
    static QIcon named(const QString &name, QStyle::StandardPixmap fallback, const QStyle *style);

    // A colour for the state's text that reads on the palette's base colour: the hue of the
    // state icon, darkened on light palettes and lightened on dark ones.
    static QColor stateColor(TaskState state, const QPalette &palette);
    static bool isDark(const QPalette &palette);
    // Text of inline error messages, readable on light and dark windows alike.
    static QColor errorTextColor(const QPalette &palette);
    // Gives a label's text this colour, keeping the rest of its palette.
    static void setTextColor(QLabel *label, const QColor &color);

private:
    static QIcon load(const QString &resource);
};
