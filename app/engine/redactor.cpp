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
                       "|\\b(?:bearer|token)\\s+)"
                       "([A-Za-z0-9._~+/=:-]{4,})"),
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
    return result;
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
