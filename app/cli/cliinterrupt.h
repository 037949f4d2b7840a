#pragma once

#include <QObject>

class QSocketNotifier;

// Turns Ctrl+C (SIGINT/SIGTERM on Unix, console control events on Windows) into a Qt signal
// on the main thread, so a waiting command can leave its event loop and close the database
// cleanly instead of being torn down mid-write. One instance at a time.
class CliInterrupt : public QObject
{
    Q_OBJECT

public:
    explicit CliInterrupt(QObject *parent = nullptr);
    ~CliInterrupt() override;

    bool wasInterrupted() const { return m_interrupted; }

signals:
    void interrupted();

private:
    void fire();

    bool m_interrupted = false;
    QSocketNotifier *m_notifier = nullptr;
};
