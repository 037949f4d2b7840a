// queuelens-sandbox: the sandbox as its own process, for manual exploration, curl sessions and
// load tests. Prints one "<provider> <base url>" line per provider once listening.

#include "processmemory.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    ProcessMemory::returnLargeBlocksToSystem();
    // Text in the result images needs a QGuiApplication; headless by default.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("queuelens-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Loopback HTTP sandbox speaking the task protocols of SeaArt, FoxAPI, new-api, LLMAPI and Vidu."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0 picks a free one)."),
                                        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the random scenario mix for undirected requests."),
                                        QStringLiteral("n"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario-file"),
                                            QStringLiteral("JSON scenario file (defaults, mix, rules)."), QStringLiteral("file"));
    parser.addOption(portOption);
    parser.addOption(seedOption);
    parser.addOption(scenarioOption);
    parser.process(app);

    QTextStream err(stderr);
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err << "queuelens-sandbox: --port must be 0..65535\n";
        return 2;
    }

    SandboxServer server;
    if (parser.isSet(scenarioOption)) {
        QString problem;
        if (!server.loadScenarioFile(parser.value(scenarioOption), &problem)) {
            err << "queuelens-sandbox: " << problem << '\n';
            return 2;
        }
    }
    if (parser.isSet(seedOption)) {
        const quint64 seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok) {
            err << "queuelens-sandbox: --seed must be a non-negative integer\n";
            return 2;
        }
        server.setSeed(seed);
    }
    if (!server.start(quint16(port))) {
        err << "queuelens-sandbox: cannot listen on 127.0.0.1:" << port << '\n';
        return 1;
    }

    QTextStream out(stdout);
    for (const QString &provider : SandboxServer::providerIds())
        out << provider << ' ' << server.baseUrl(provider).toString() << '\n';
    out.flush();
    std::fflush(stdout);
    err << "admin " << server.origin().toString() << "/__sandbox/health\n";
    err.flush();
    return app.exec();
}
