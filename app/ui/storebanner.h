#pragma once

#include <QFrame>

class QLabel;

// A strip above the task list while the task database takes no changes (a shared server out of
// reach, a held lock, a full disk): the history stays on screen, and the operator learns that
// QueueLens keeps its own changes and writes them once the database is back.
class StoreBanner : public QFrame
{
    Q_OBJECT

public:
    explicit StoreBanner(QWidget *parent = nullptr);

    // Shows the banner with the reason (translated, from the store), or hides it when empty.
    void setProblem(const QString &reason);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyColours();

    QLabel *m_icon;
    QLabel *m_text;
    QString m_reason;
};
