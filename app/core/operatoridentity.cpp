#include "operatoridentity.h"

#include <QSysInfo>

namespace {
constexpr qsizetype MaxLength = 80;

QString tidy(const QString &name)
{
    return name.simplified().left(MaxLength);
}
} // namespace

QString OperatorIdentity::systemDefault()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");   // Windows
    if (user.isEmpty())
        user = QStringLiteral("user");
    QString host = QSysInfo::machineHostName();
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    return tidy(user + QLatin1Char('@') + host);
}

QString OperatorIdentity::resolve(const QString &chosen)
{
    if (const QString name = tidy(chosen); !name.isEmpty())
        return name;
    if (const QString fromEnvironment = tidy(qEnvironmentVariable("QUEUELENS_OPERATOR")); !fromEnvironment.isEmpty())
        return fromEnvironment;
    return systemDefault();
}
