// libFuzzer target: RetryAfter::parse and RetryAfter::parseHttpDate on any header value.
// Input: the raw header value, byte for byte.

#include "fuzzsupport.h"

#include "retryafter.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::silenceQtMessages();
    Fuzz::ensureCoreApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const std::optional<int> wait = RetryAfter::parse(value, Fuzz::fixedNow());
    Fuzz::check(!wait || (*wait >= 0 && *wait <= RetryAfter::MaxSeconds), "a wait is within 0..MaxSeconds");
    // An invalid "now" falls back to the clock; it must not change what is accepted.
    const std::optional<int> waitWithoutNow = RetryAfter::parse(value, QDateTime());
    Fuzz::check(wait.has_value() == waitWithoutNow.has_value(), "acceptance does not depend on now");

    if (const std::optional<QDateTime> when = RetryAfter::parseHttpDate(value)) {
        Fuzz::check(when->isValid(), "a parsed date is valid");
        // The sandbox formats what the app parses: a parsed date must survive the round trip.
        const QByteArray formatted = RetryAfter::formatHttpDate(*when);
        const std::optional<QDateTime> again = RetryAfter::parseHttpDate(formatted);
        Fuzz::check(again && *again == *when, "formatHttpDate(parseHttpDate(x)) parses to the same time");
    }
    return 0;
}
