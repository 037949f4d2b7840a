#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

class ProviderAdapter;

// Turns a base URL as users paste it from a provider's docs ("https://host/v1",
// "https://api.vidu.com/ent/v2/") into the provider root the adapters expect: they append the
// API path themselves, so a pasted "/v1" would otherwise become "/v1/v1/...". Pure: no network,
// no settings; every message is translated.
class BaseUrlNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(BaseUrlNormalizer)

public:
    struct Result
    {
        QUrl url;        // the provider root; empty when error is set
        QString note;    // set when a path ending was removed, to tell the user why
        QString error;   // set when the input cannot work; url is empty then

        bool isValid() const { return error.isEmpty(); }
    };

    // apiPathSuffixes: the path endings to strip, longest first (ProviderAdapter::apiPathSuffixes).
    // Trailing slashes, surrounding whitespace and an upper-case scheme or host are fixed
    // silently; any other path prefix (a gateway mounted under a path) is kept.
    static Result normalize(const QString &pasted, const QStringList &apiPathSuffixes);
    // The same with the adapter's suffixes; a null adapter strips nothing.
    static Result normalize(const QString &pasted, const ProviderAdapter *adapter);
    // For a URL already parsed (a stored profile): an unparsable one gets QUrl's reason.
    static Result normalize(const QUrl &url, const QStringList &apiPathSuffixes);

private:
    static QString invalidUrlMessage(const QUrl &url);
};
