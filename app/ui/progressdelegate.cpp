#include "progressdelegate.h"

#include "tasktablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

ProgressDelegate::ProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto state = TaskState(index.data(TaskTableModel::StateRole).toInt());
    const int progress = index.data(TaskTableModel::ProgressRole).toInt();
    const bool running = state == TaskState::Running || state == TaskState::Cancelling;

    if (!running || progress < 0) {
        QStyleOptionViewItem quiet = option;
        initStyleOption(&quiet, index);
        if (state == TaskState::Queued && !(option.state & QStyle::State_Selected))
            quiet.palette.setColor(QPalette::Text, option.palette.color(QPalette::PlaceholderText));
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &quiet, painter, widget);
        return;
    }

    // Selection background first, so the bar sits on the same backdrop as the other cells.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionProgressBar bar;
    if (widget)
        bar.initFrom(widget);
    const int vMargin = std::max(2, option.rect.height() / 6);
    bar.rect = option.rect.adjusted(4, vMargin, -4, -vMargin);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = progress;
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
    bar.palette = option.palette;
    painter->save();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    painter->restore();
}
