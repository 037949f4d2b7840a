#include "builtinproviders.h"
#include "cliapplication.h"
#include "processmemory.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    ProcessMemory::returnLargeBlocksToSystem();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("queuelens-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("QueueLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUEUELENS_VERSION));
    registerBuiltinProvidersOnce();   // explain and codes need the providers' catalogs
    CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
