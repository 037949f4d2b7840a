#include "explaincommand.h"

#include "errorcatalog.h"

#include <QCommandLineParser>
#include <QJsonArray>

QString ExplainCommand::summary() const
{
    return tr("Explain a provider error code and suggest a fix.");
}

void ExplainCommand::printText(QTextStream &out, const ErrorExplanation &explanation)
{
    QString heading = explanation.provider + QStringLiteral(" · ") + explanation.code;
    if (explanation.httpStatus > 0)
        heading += QStringLiteral(" · HTTP ") + QString::number(explanation.httpStatus);
    out << heading << '\n'
        << explanation.title << '\n'
        << tr("Category: %1 (%2)").arg(ErrorTaxonomy::categoryName(explanation.category),
                                       ErrorTaxonomy::categoryId(explanation.category)) << '\n'
        << tr("Retry: %1 (%2)").arg(ErrorTaxonomy::retryClassName(explanation.retry),
                                    ErrorTaxonomy::retryClassId(explanation.retry)) << '\n'
        << '\n'
        << explanation.explanation << '\n'
        << '\n'
        << tr("What to do: %1").arg(explanation.fix) << '\n';
    if (!explanation.documented)
        out << tr("(This code is not in the provider's documentation; the text above is derived from the HTTP status and category.)") << '\n';
}

int ExplainCommand::run(const QStringList &arguments, CliStreams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("identifier"),
                                 tr("The code, reason, type or message the provider sent (e.g. CreditInsufficient, "
                                    "channel:no_available_key, 429)."));
    const QCommandLineOption providerOption(QStringLiteral("provider"),
                                            tr("Provider id: %1.").arg(ErrorCatalog::providerIds().join(QLatin1String(", "))),
                                            tr("id"));
    const QCommandLineOption statusOption(QStringLiteral("status"), tr("The HTTP status the error came with."), tr("http"));
    const QCommandLineOption messageOption(QStringLiteral("message"),
                                           tr("The provider's message, used to fill in details such as field names."),
                                           tr("text"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("UI language, e.g. zh_CN or ru."), tr("code"));
    parser.addOptions({providerOption, statusOption, messageOption, jsonOption, langOption});
    if (!parser.parse(arguments))
        return usageError(streams, parser.errorText(), parser.helpText());
    if (parser.isSet(QStringLiteral("help"))) {
        streams.out << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(streams, tr("give exactly one identifier to explain"), parser.helpText());

    int status = 0;
    if (parser.isSet(statusOption)) {
        bool ok = false;
        status = parser.value(statusOption).toInt(&ok);
        if (!ok || status < 100 || status > 599)
            return usageError(streams, tr("--status needs an HTTP status between 100 and 599, not “%1”").arg(parser.value(statusOption)),
                              parser.helpText());
    }
    const QString provider = parser.value(providerOption);
    if (parser.isSet(providerOption) && !ErrorCatalog::isKnownProvider(provider))
        return usageError(streams, tr("unknown provider “%1”").arg(provider), parser.helpText());

    const ErrorCatalog &catalog = ErrorCatalog::instance();
    const QString identifier = positional.first();
    const bool json = parser.isSet(jsonOption);

    // Which providers to explain for: the one asked for, or every provider that knows the code.
    QList<ErrorExplanation> explanations;
    bool found = false;
    auto explainFor = [&](const QString &providerId) {
        ApiError error;
        error.provider = providerId;
        error.code = identifier;
        error.httpStatus = status;
        error.message = parser.isSet(messageOption) ? parser.value(messageOption) : identifier;
        found = found || catalog.resolve(error) != nullptr;
        explanations.append(catalog.explain(error));
    };
    if (!provider.isEmpty()) {
        explainFor(provider);
    } else {
        for (const ErrorCatalogEntry *entry : catalog.findEverywhere(identifier))
            explainFor(QString::fromLatin1(entry->provider));
        if (explanations.isEmpty())
            explainFor(QStringLiteral("queuelens"));
    }

    if (json) {
        if (!provider.isEmpty()) {
            printJson(streams.out, QJsonDocument(explanations.first().toJson()));
        } else {
            QJsonArray array;
            for (const ErrorExplanation &explanation : explanations)
                array.append(explanation.toJson());
            printJson(streams.out, QJsonDocument(array));
        }
    } else {
        if (!found)
            streams.err << (provider.isEmpty() ? tr("“%1” is not in the error catalog.").arg(identifier)
                                               : tr("“%1” is not in the error catalog of %2.").arg(identifier, provider))
                        << '\n';
        for (qsizetype i = 0; i < explanations.size(); ++i) {
            if (i > 0)
                streams.out << '\n';
            printText(streams.out, explanations.at(i));
        }
    }
    streams.out.flush();
    streams.err.flush();
    return found ? ExitOk : ExitOtherError;
}
