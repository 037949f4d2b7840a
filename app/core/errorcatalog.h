#pragma once

#include "apierror.h"
#include "errorcatalogentry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <span>
#include <vector>

// An error made readable: the texts are already translated into the current UI language.
struct ErrorExplanation
{
    QString provider;
    QString code;
    int httpStatus = 0;
    ErrorCategory category = ErrorCategory::Unknown;
    RetryClass retry = RetryClass::NotRetryable;
    QString title;
    QString explanation;
    QString fix;
    bool documented = false;                     // false: built from the HTTP status / category fallback
    const ErrorCatalogEntry *entry = nullptr;    // the entry used, if any

    // Keys: provider, code, http_status (number or null), category, retry, title,
    // explanation, fix, documented.
    QJsonObject toJson() const;
};

// Looks up provider error identifiers and explains them, with the fallbacks an operator
// needs when a provider sends something undocumented.
class ErrorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ErrorCatalog)

public:
    static const ErrorCatalog &instance();

    // QueueLens's own entries and those of every provider registered so far
    // (ProviderDirectory); each provider's come from its folder in app/providers.
    std::vector<std::reference_wrapper<const ErrorCatalogEntry>> entries() const;
    QList<const ErrorCatalogEntry *> entriesOf(QStringView provider) const;

    // The registered providers' ids plus "queuelens" (client-side and generic entries).
    static QStringList providerIds();
    static bool isKnownProvider(QStringView provider);

    // Exact identifiers first, then message-style prefix identifiers.
    const ErrorCatalogEntry *find(QStringView provider, QStringView code) const;
    // Every provider's entries for this identifier (used by "explain" without --provider).
    QList<const ErrorCatalogEntry *> findEverywhere(QStringView code) const;
    // The provider's entry for a bare HTTP status ("http_429"), else the generic one.
    const ErrorCatalogEntry *findHttpStatus(QStringView provider, int httpStatus) const;

    // Chooses the entry for an error: code, then type, then the HTTP status.
    const ErrorCatalogEntry *resolve(const ApiError &error) const;
    // Fills category, retry class and documented from resolve() or the status fallback.
    void classify(ApiError &error) const;
    // Translated title/explanation/fix; never empty, even for unknown codes.
    ErrorExplanation explain(const ApiError &error) const;
    ErrorExplanation explainEntry(const ErrorCatalogEntry &entry, const QString &detail = {}) const;

    static QString translated(const char *sourceText);
    static QString httpStatusCode(int httpStatus);   // "http_429"
    // The part of a provider message after its last ": " (Vidu's "{{.fields}}"), if any.
    static QString detailFromMessage(const QString &message);
    // A generic, translated suggestion for a retry class (used for undocumented codes).
    static QString genericFix(RetryClass retry);

private:
    ErrorCatalog();
};
