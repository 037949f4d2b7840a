#include "codescommand.h"

#include "errorcatalog.h"

#include <QCommandLineParser>
#include <QJsonArray>

QString CodesCommand::summary() const
{
    return tr("List every documented error code with its explanation.");
}

int CodesCommand::run(const QStringList &arguments, CliStreams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption providerOption(QStringLiteral("provider"),
                                            tr("Only this provider: %1.").arg(ErrorCatalog::providerIds().join(QLatin1String(", "))),
                                            tr("id"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print a JSON array."));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("UI language, e.g. zh_CN or ru."), tr("code"));
    parser.addOptions({providerOption, jsonOption, langOption});
    if (!parser.parse(arguments))
        return usageError(streams, parser.errorText(), parser.helpText());
    if (parser.isSet(QStringLiteral("help"))) {
        streams.out << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(streams, tr("unexpected argument “%1”").arg(parser.positionalArguments().first()), parser.helpText());

    const QString provider = parser.value(providerOption);
    if (parser.isSet(providerOption) && !ErrorCatalog::isKnownProvider(provider))
        return usageError(streams, tr("unknown provider “%1”").arg(provider), parser.helpText());

    const ErrorCatalog &catalog = ErrorCatalog::instance();
    QJsonArray array;
    for (const ErrorCatalogEntry &entry : catalog.entries()) {
        if (!provider.isEmpty() && provider != QLatin1String(entry.provider))
            continue;
        const ErrorExplanation explanation = catalog.explainEntry(entry);
        if (parser.isSet(jsonOption)) {
            QJsonObject object = explanation.toJson();
            object.remove(QStringLiteral("documented"));
            array.append(object);
        } else {
            streams.out << explanation.provider << '\t' << explanation.code << '\t'
                        << (explanation.httpStatus > 0 ? QString::number(explanation.httpStatus) : QStringLiteral("-"))
                        << '\t' << explanation.title << '\n';
        }
    }
    if (parser.isSet(jsonOption))
        printJson(streams.out, QJsonDocument(array));
    streams.out.flush();
    return ExitOk;
}
