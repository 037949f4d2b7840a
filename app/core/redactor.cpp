#include "redactor.h"

#include "apierror.h"

#include <QRegularExpression>

namespace {

// Keys shorter than this are not searched for: a 1-3 character "key" (sandbox placeholders)
// would blank out ordinary words.
constexpr qsizetype MinSecretLength = 4;

const QRegularExpression &credentialPattern()
{
    // "Authorization: Bearer xyz", "authorization":"Key xyz", "Bearer xyz", "x-api-key: xyz".
    static const QRegularExpression pattern(
        QStringLiteral("((?:authorization|x-api-key|api[_-]?key)\\W{0,4}\\s*(?:(?:bearer|key|basic|token)\\s+)?"
                       "|\\b(?:bearer|token|basic)\\s+)"
                       "([A-Za-z0-9._~+/=:-]{4,})"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// "Key xyz" as an auth scheme (fal, SeaArt): only with a token that has a digit, '-' or '_',
// so that prose ("Key points to ...") is left alone.
const QRegularExpression &keySchemePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(\\bKey\\s+)(?=[A-Za-z0-9._~+/=-]*[0-9_-])[A-Za-z0-9._~+/=-]{8,}"));
    return pattern;
}

// Key-shaped tokens in a provider's own words: OpenAI-style "sk-..." and "key_...".
const QRegularExpression &keyShapedPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(?:(?:sk|pk|rk)-[A-Za-z0-9_-]{8,}|(?:ak|key)[-_][A-Za-z0-9_-]{12,})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// "api_key":"..." and the like, inside JSON text.
const QRegularExpression &jsonSecretPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(\"(?:api[_-]?key|apikey|key|token|access_token|refresh_token|secret|client_secret|"
                       "password|authorization)\"\\s*:\\s*)\"[^\"]*\""),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// Signed or keyed URL parameters (object storage links, "?key=" APIs).
const QRegularExpression &urlSecretPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("([?&](?:key|api_key|token|access_token|sig|signature|x-amz-signature|x-amz-credential|"
                       "x-amz-security-token|x-goog-signature)=)[^&\\s\"']*"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

QString Redactor::redact(const QString &text, const QStringList &secrets)
{
    if (text.isEmpty())
        return text;
    QString result = text;
    for (const QString &secret : secrets) {
        if (secret.size() >= MinSecretLength)
            result.replace(secret, mask());
    }
    result.replace(credentialPattern(), QStringLiteral("\\1") + mask());
    result.replace(keySchemePattern(), QStringLiteral("\\1") + mask());
    result.replace(keyShapedPattern(), mask());
    result.replace(jsonSecretPattern(), QStringLiteral("\\1\"") + mask() + QStringLiteral("\""));
    result.replace(urlSecretPattern(), QStringLiteral("\\1") + mask());
    return result;
}

bool Redactor::isSecretName(const QString &name)
{
    QString lower = name.toLower();
    lower.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const char *word : {"apikey", "api_key", "secret", "password", "passwd", "authorization", "credential"}) {
        if (lower.contains(QLatin1String(word)))
            return true;
    }
    // Whole words only: "access_token" and "key" are secrets, "max_tokens" and "keyframe" are not.
    static const QRegularExpression separators(QStringLiteral("[_.\\s]+"));
    const QStringList words = lower.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word == QLatin1String("token") || word == QLatin1String("key") || word == QLatin1String("auth"))
            return true;
    }
    return false;
}

QByteArray Redactor::redact(const QByteArray &bytes, const QStringList &secrets)
{
    if (bytes.isEmpty())
        return bytes;
    QByteArray result = bytes;
    for (const QString &secret : secrets) {
        if (secret.size() >= MinSecretLength)
            result.replace(secret.toUtf8(), mask().toUtf8());
    }
    // The pattern pass works on text; only take it when the bytes are text at all.
    const QString asText = QString::fromUtf8(result);
    const QString redacted = redact(asText, {});
    if (redacted != asText)
        result = redacted.toUtf8();
    return result;
}

void Redactor::redact(ApiError &error, const QStringList &secrets)
{
    error.message = redact(error.message, secrets);
    error.rawBody = redact(error.rawBody, secrets);
    error.code = redact(error.code, secrets);
    error.type = redact(error.type, secrets);
}

QString Redactor::excerpt(const QByteArray &body, const QStringList &secrets, qsizetype maxChars)
{
    return excerpt(QString::fromUtf8(body.left(maxChars * 4)), secrets, maxChars);
}

QString Redactor::excerpt(const QString &text, const QStringList &secrets, qsizetype maxChars)
{
    QString single = redact(text, secrets).simplified();
    if (single.size() > maxChars) {
        single.truncate(maxChars - 1);
        single.append(QChar(0x2026));
    }
    return single;
}
