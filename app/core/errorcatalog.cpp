#include "errorcatalog.h"

#include "errorcatalogdata.h"
#include "provideradapter.h"
#include "providerdirectory.h"
#include "sentences.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

// The generic entries live under this id; they explain bare HTTP statuses and transport faults.
const QString kGenericProvider = QStringLiteral("queuelens");

QString normalizedMessage(QStringView text)
{
    return text.toString().simplified().toCaseFolded();
}

// Index of QueueLens's own entries and those of every registered provider: exact identifiers
// hashed per provider, message-style ones kept in a list. Rebuilt when a provider is added.
struct CatalogIndex
{
    int generation = -1;
    std::vector<std::reference_wrapper<const ErrorCatalogEntry>> all;
    QStringList providerIds;                 // registered providers, then "queuelens"
    QHash<QString, QString> displayNames;
    QHash<QString, QHash<QString, const ErrorCatalogEntry *>> exact;
    QHash<QString, QList<const ErrorCatalogEntry *>> prefixes;
    QHash<QString, QList<const ErrorCatalogEntry *>> byProvider;

    void add(std::span<const ErrorCatalogEntry> entries)
    {
        for (const ErrorCatalogEntry &entry : entries) {
            const QString provider = QString::fromLatin1(entry.provider);
            all.emplace_back(entry);
            byProvider[provider].append(&entry);
            if (entry.match == CatalogMatch::Prefix)
                prefixes[provider].append(&entry);
            else
                exact[provider].insert(QString::fromUtf8(entry.code), &entry);
        }
    }
};

// Providers register at start-up, so the index is rebuilt a handful of times at most. Old
// indexes are kept, so that a reference taken before a registration stays valid.
const CatalogIndex &catalogIndex()
{
    static QMutex mutex;
    static std::vector<std::unique_ptr<const CatalogIndex>> indexes;
    QMutexLocker locker(&mutex);
    const int generation = ProviderDirectory::generation();
    if (indexes.empty() || indexes.back()->generation != generation) {
        auto built = std::make_unique<CatalogIndex>();
        built->generation = generation;
        for (const auto &adapter : ProviderDirectory::all()) {
            built->add(adapter->catalogEntries());
            built->providerIds.append(adapter->id());
            built->displayNames.insert(adapter->id(), adapter->displayName());
        }
        built->add(errorCatalogData());
        built->providerIds.append(kGenericProvider);
        indexes.push_back(std::move(built));
    }
    return *indexes.back();
}

const ErrorCatalogEntry *findPrefix(QStringView provider, QStringView text)
{
    if (text.isEmpty())
        return nullptr;
    const QString normalized = normalizedMessage(text);
    const ErrorCatalogEntry *best = nullptr;
    qsizetype bestLength = 0;
    for (const ErrorCatalogEntry *entry : catalogIndex().prefixes.value(provider.toString())) {
        const QString key = normalizedMessage(QString::fromUtf8(entry->code));
        if (normalized.startsWith(key) && key.size() > bestLength) {
            best = entry;
            bestLength = key.size();
        }
    }
    return best;
}

// "429", "HTTP 429", "http-429" and "http_429" all mean the status entry "http_429".
QString statusIdentifier(QStringView code)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:https?[ _-]?)?([1-5](?:\\d\\d|xx))$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(code.trimmed());
    return match.hasMatch() ? QStringLiteral("http_") + match.captured(1).toLower() : QString();
}

QString providerDisplayName(const QString &provider)
{
    if (provider.isEmpty() || provider == kGenericProvider)
        return QStringLiteral("QueueLens");
    return catalogIndex().displayNames.value(provider, provider);
}

} // namespace

QJsonObject ErrorExplanation::toJson() const
{
    return QJsonObject{
        {QStringLiteral("provider"), provider},
        {QStringLiteral("code"), code},
        {QStringLiteral("http_status"), httpStatus > 0 ? QJsonValue(httpStatus) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("category"), ErrorTaxonomy::categoryId(category)},
        {QStringLiteral("retry"), ErrorTaxonomy::retryClassId(retry)},
        {QStringLiteral("title"), title},
        {QStringLiteral("explanation"), explanation},
        {QStringLiteral("fix"), fix},
        {QStringLiteral("documented"), documented},
    };
}

ErrorCatalog::ErrorCatalog() = default;

const ErrorCatalog &ErrorCatalog::instance()
{
    static const ErrorCatalog catalog;
    return catalog;
}

std::vector<std::reference_wrapper<const ErrorCatalogEntry>> ErrorCatalog::entries() const
{
    return catalogIndex().all;
}

QList<const ErrorCatalogEntry *> ErrorCatalog::entriesOf(QStringView provider) const
{
    return catalogIndex().byProvider.value(provider.toString());
}

QStringList ErrorCatalog::providerIds()
{
    return catalogIndex().providerIds;
}

bool ErrorCatalog::isKnownProvider(QStringView provider)
{
    return catalogIndex().providerIds.contains(provider.toString());
}

const ErrorCatalogEntry *ErrorCatalog::find(QStringView provider, QStringView code) const
{
    if (code.isEmpty())
        return nullptr;
    const auto &exact = catalogIndex().exact.value(provider.toString());
    if (const auto it = exact.constFind(code.toString()); it != exact.constEnd())
        return it.value();
    if (const QString status = statusIdentifier(code); !status.isEmpty()) {
        if (const auto it = exact.constFind(status); it != exact.constEnd())
            return it.value();
    }
    return findPrefix(provider, code);
}

QList<const ErrorCatalogEntry *> ErrorCatalog::findEverywhere(QStringView code) const
{
    QList<const ErrorCatalogEntry *> matches;
    for (const QString &provider : catalogIndex().providerIds) {
        if (const ErrorCatalogEntry *entry = find(provider, code))
            matches.append(entry);
    }
    return matches;
}

const ErrorCatalogEntry *ErrorCatalog::findHttpStatus(QStringView provider, int httpStatus) const
{
    if (httpStatus < 100)
        return nullptr;
    const QString exactKey = httpStatusCode(httpStatus);
    const QString classKey = QStringLiteral("http_%1xx").arg(httpStatus / 100);
    for (const QString &owner : {provider.toString(), kGenericProvider}) {
        const auto &exact = catalogIndex().exact.value(owner);
        if (const auto it = exact.constFind(exactKey); it != exact.constEnd())
            return it.value();
        if (const auto it = exact.constFind(classKey); it != exact.constEnd())
            return it.value();
    }
    return nullptr;
}

const ErrorCatalogEntry *ErrorCatalog::resolve(const ApiError &error) const
{
    // A documented message (LLMAPI platform errors, SeaArt runtime details) is more specific
    // than the generic class name that may sit in the code field next to it.
    if (const ErrorCatalogEntry *entry = findPrefix(error.provider, error.message))
        return entry;
    if (const ErrorCatalogEntry *entry = find(error.provider, error.code))
        return entry;
    if (const ErrorCatalogEntry *entry = find(error.provider, error.type))
        return entry;
    return nullptr;
}

void ErrorCatalog::classify(ApiError &error) const
{
    if (const ErrorCatalogEntry *entry = resolve(error)) {
        error.category = entry->category;
        error.retryClass = entry->retry;
        // A code QueueLens chose is explained by the entry, but the provider documented nothing.
        error.documented = !error.codeInferred;
        return;
    }
    error.documented = false;
    if (const ErrorCatalogEntry *status = findHttpStatus(error.provider, error.httpStatus)) {
        error.category = status->category;
        error.retryClass = status->retry;
        return;
    }
    error.category = error.phase == ApiPhase::Transport ? ErrorCategory::Transport
                                                         : ErrorTaxonomy::categoryForHttpStatus(error.httpStatus);
    error.retryClass = ErrorTaxonomy::defaultRetryClass(error.category);
}

QString ErrorCatalog::translated(const char *sourceText)
{
    return QCoreApplication::translate("ErrorCatalog", sourceText);
}

QString ErrorCatalog::httpStatusCode(int httpStatus)
{
    return QStringLiteral("http_%1").arg(httpStatus);
}

QString ErrorCatalog::detailFromMessage(const QString &message)
{
    const qsizetype colon = message.lastIndexOf(QLatin1String(": "));
    if (colon < 0)
        return {};
    return message.mid(colon + 2).trimmed();
}

ErrorExplanation ErrorCatalog::explainEntry(const ErrorCatalogEntry &entry, const QString &detail) const
{
    ErrorExplanation result;
    result.provider = QString::fromLatin1(entry.provider);
    result.code = QString::fromUtf8(entry.code);
    result.httpStatus = entry.httpStatus;
    result.category = entry.category;
    result.retry = entry.retry;
    result.title = translated(entry.title);
    result.explanation = translated(entry.explanation);
    result.fix = translated(entry.fix);
    result.documented = true;
    result.entry = &entry;
    if (result.explanation.contains(QLatin1String("%1"))) {
        result.explanation = result.explanation.arg(
            //: Fills "Named by Vidu: %1." when the provider's message names no field.
            detail.isEmpty() ? tr("none given") : detail);
    }
    return result;
}

ErrorExplanation ErrorCatalog::explain(const ApiError &error) const
{
    if (const ErrorCatalogEntry *entry = resolve(error)) {
        ErrorExplanation result = explainEntry(*entry, detailFromMessage(error.message));
        if (error.httpStatus != 0)
            result.httpStatus = error.httpStatus;
        if (!error.code.isEmpty() && entry->match == CatalogMatch::Prefix)
            result.code = error.code;
        if (error.codeInferred) {
            result.documented = false;
            result.explanation = Sentences::join(tr("%1 named no error code; QueueLens chose “%2” from the task's state.")
                                                     .arg(providerDisplayName(error.provider), error.code),
                                                 result.explanation);
        }
        return result;
    }

    ApiError classified = error;
    classify(classified);
    ErrorExplanation result;
    result.provider = error.provider;
    result.code = error.code.isEmpty() ? httpStatusCode(error.httpStatus) : error.code;
    result.httpStatus = error.httpStatus;
    result.category = classified.category;
    result.retry = classified.retryClass;

    const QString provider = providerDisplayName(error.provider);
    const bool codeIsStatusOnly = error.code.isEmpty() || !statusIdentifier(error.code).isEmpty();
    const ErrorCatalogEntry *status = findHttpStatus(error.provider, error.httpStatus);

    if (status) {
        result.title = translated(status->title);
        result.fix = translated(status->fix);
        result.entry = status;
        if (codeIsStatusOnly) {
            result.documented = QLatin1String(status->provider) == error.provider;
            result.explanation = result.documented
                                     ? translated(status->explanation)
                                     : tr("%1's documentation does not describe HTTP %2. What the status usually "
                                          "means: %3")
                                           .arg(provider, QString::number(error.httpStatus),
                                                translated(status->explanation));
        } else {
            result.explanation = tr("%1 sent the code “%2”, which its documentation does not list. "
                                    "Judging by the HTTP status %3: %4")
                                     .arg(provider, error.code, QString::number(error.httpStatus),
                                          translated(status->explanation));
        }
        return result;
    }

    // No HTTP status to lean on (in-task failure or transport): explain by category.
    const QString shownCode = result.code.isEmpty() ? tr("(no code)") : result.code;
    result.title = tr("Undocumented error “%1”").arg(shownCode);
    result.explanation = tr("%1 reported “%2”, which is not in its documentation. It looks like a "
                            "problem of the kind “%3”.")
                             .arg(provider, shownCode, ErrorTaxonomy::categoryName(result.category));
    if (!error.message.isEmpty())
        result.explanation = Sentences::join(result.explanation, tr("The provider's message was: %1").arg(error.message));
    result.fix = genericFix(result.retry);
    return result;
}

QString ErrorCatalog::genericFix(RetryClass retry)
{
    switch (retry) {
    case RetryClass::RetryNow:
        return tr("Retry the task; this kind of failure is usually temporary.");
    case RetryClass::RetryAfterDelay:
        return tr("Wait a little, then retry. If it keeps happening, lower the number of parallel "
                  "tasks in the profile settings.");
    case RetryClass::FixInput:
        return tr("Change the prompt or parameters with Edit and resubmit; sending the same request "
                  "again will fail the same way.");
    case RetryClass::FixAccount:
        return tr("Check the API key, plan and balance of this profile with the provider, then retry.");
    case RetryClass::CheckStateFirst:
        return tr("Use Check again to refresh the task from the provider before retrying, so that no "
                  "duplicate task is created.");
    case RetryClass::NotRetryable:
        return tr("Nothing to retry: submit a new task if you still need the result.");
    case RetryClass::ContactSupport:
        return tr("Contact the provider's support with the request id shown below.");
    }
    return {};
}
