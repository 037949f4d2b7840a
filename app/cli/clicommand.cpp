#include "clicommand.h"

void CliCommand::printJson(QTextStream &out, const QJsonDocument &document)
{
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

int CliCommand::usageError(CliStreams streams, const QString &message, const QString &helpText)
{
    streams.err << tr("Error: %1").arg(message) << '\n' << '\n' << helpText;
    streams.err.flush();
    return ExitUsage;
}
