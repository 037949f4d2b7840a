#include "cliinterrupt.h"

#include <QMetaObject>
#include <QSocketNotifier>

#include <atomic>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

std::atomic<CliInterrupt *> g_instance{nullptr};

#ifdef Q_OS_WIN
BOOL WINAPI consoleHandler(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && type != CTRL_CLOSE_EVENT)
        return FALSE;
    // Runs on a thread of its own: hand over to the main thread through the event queue.
    if (CliInterrupt *instance = g_instance.load())
        QMetaObject::invokeMethod(instance, "interrupted", Qt::QueuedConnection);
    return TRUE;
}
#else
int g_pipe[2] = {-1, -1};
struct sigaction g_previousInt;
struct sigaction g_previousTerm;

// Only async-signal-safe work here: one byte into the self-pipe.
void signalHandler(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
}
#endif

} // namespace

CliInterrupt::CliInterrupt(QObject *parent)
    : QObject(parent)
{
    g_instance = this;
    connect(this, &CliInterrupt::interrupted, this, [this] { m_interrupted = true; });
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(consoleHandler, TRUE);
#else
    if (::pipe(g_pipe) == 0) {
        ::fcntl(g_pipe[0], F_SETFD, FD_CLOEXEC);
        ::fcntl(g_pipe[1], F_SETFD, FD_CLOEXEC);
        ::fcntl(g_pipe[1], F_SETFL, O_NONBLOCK);
        m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            char byte = 0;
            [[maybe_unused]] const ssize_t got = ::read(g_pipe[0], &byte, 1);
            fire();
        });
        struct sigaction action = {};
        action.sa_handler = signalHandler;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, &g_previousInt);
        sigaction(SIGTERM, &action, &g_previousTerm);
    }
#endif
}

CliInterrupt::~CliInterrupt()
{
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(consoleHandler, FALSE);
#else
    if (m_notifier) {
        sigaction(SIGINT, &g_previousInt, nullptr);
        sigaction(SIGTERM, &g_previousTerm, nullptr);
        delete m_notifier;
        m_notifier = nullptr;
        ::close(g_pipe[0]);
        ::close(g_pipe[1]);
        g_pipe[0] = g_pipe[1] = -1;
    }
#endif
    g_instance = nullptr;
}

void CliInterrupt::fire()
{
    emit interrupted();
}
