#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

// Parses a Retry-After header value: delta-seconds ("120") or an HTTP-date
// ("Wed, 21 Oct 2026 07:28:00 GMT", plus the obsolete RFC 850 and asctime forms).
class RetryAfter
{
public:
    static constexpr int MaxSeconds = 24 * 3600;   // clamp absurd values

    // Seconds to wait from now (never negative), or nullopt when the value is unusable.
    static std::optional<int> parse(const QByteArray &value, const QDateTime &now);
    static std::optional<QDateTime> parseHttpDate(const QByteArray &value);
    static QByteArray formatHttpDate(const QDateTime &when);
};
