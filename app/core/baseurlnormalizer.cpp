#include "baseurlnormalizer.h"

#include "provideradapter.h"

#include <QRegularExpression>

QString BaseUrlNormalizer::invalidUrlMessage(const QUrl &url)
{
    return tr("The base URL is not valid: %1").arg(url.errorString());
}

BaseUrlNormalizer::Result BaseUrlNormalizer::normalize(const QString &pasted, const QStringList &apiPathSuffixes)
{
    const auto failure = [](const QString &error) { return Result{QUrl(), QString(), error}; };

    const QString text = pasted.trimmed();
    if (text.isEmpty())
        return failure(tr("Enter the provider's base URL, for example https://api.vidu.com"));
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return failure(tr("The base URL must start with http:// or https://"));
    if (!url.isValid())
        return failure(invalidUrlMessage(url));
    if (url.host().isEmpty())
        return failure(tr("The base URL needs a host name, for example https://api.vidu.com"));
    // The key travels in a header; credentials in the URL would be sent (and logged) as well.
    // "https://@host" parses with an empty user info, so the authority text is checked too.
    static const QRegularExpression userInfoMarker(QStringLiteral("^[^:/?#]+://[^/?#]*@"));
    if (!url.userInfo().isEmpty() || userInfoMarker.match(text).hasMatch())
        return failure(tr("The base URL cannot contain a user name or password; QueueLens sends the API key itself."));
    if (url.hasQuery())
        return failure(tr("The base URL cannot contain a query (“?%1”): QueueLens adds the API path and parameters itself.")
                           .arg(url.query()));
    if (url.hasFragment())
        return failure(tr("The base URL cannot contain a fragment (“#%1”).").arg(url.fragment()));

    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QString note;
    for (const QString &suffix : apiPathSuffixes) {
        // Suffixes start with "/", so only whole segments match ("/gateway-v1" keeps its "v1").
        if (!suffix.isEmpty() && path.endsWith(suffix, Qt::CaseInsensitive)) {
            const QString removed = path.right(suffix.size());
            path.chop(suffix.size());
            while (path.endsWith(QLatin1Char('/')))
                path.chop(1);
            note = tr("Removed “%1” from the end: QueueLens adds the API path itself.").arg(removed);
            break;
        }
    }

    QUrl root;
    root.setScheme(scheme);
    root.setHost(url.host().toLower());
    root.setPort(url.port());
    root.setPath(path);
    return Result{root, note, QString()};
}

BaseUrlNormalizer::Result BaseUrlNormalizer::normalize(const QUrl &url, const QStringList &apiPathSuffixes)
{
    // An invalid QUrl prints as nothing, which would read as "enter a URL".
    if (!url.isEmpty() && !url.isValid())
        return Result{QUrl(), QString(), invalidUrlMessage(url)};
    return normalize(url.toString(), apiPathSuffixes);
}

BaseUrlNormalizer::Result BaseUrlNormalizer::normalize(const QString &pasted, const ProviderAdapter *adapter)
{
    return normalize(pasted, adapter ? adapter->apiPathSuffixes() : QStringList());
}
