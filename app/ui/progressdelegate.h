#pragma once

#include <QStyledItemDelegate>

// Draws the progress column: a native progress bar while a task runs with known progress,
// the queue position (in a quieter colour) while it waits, and nothing for finished tasks.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
