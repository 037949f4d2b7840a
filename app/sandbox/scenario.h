#pragma once

#include <QString>

#include <optional>

class QRandomGenerator64;

namespace QueueLensSandbox {

// A duration, or a range "1s..4s" that is resolved once per task with the task's own
// random generator (so a seed reproduces the same timings).
struct DurationRange
{
    qint64 minMs = 0;
    qint64 maxMs = 0;

    qint64 pick(QRandomGenerator64 &rng) const;
    QString toText() const;
    friend bool operator==(const DurationRange &, const DurationRange &) = default;
};

// A transport or service fault applied to one HTTP answer.
struct FaultSpec
{
    enum class Kind {
        None,
        Hang,        // never answer
        Drop,        // close the connection half-way through the body
        Malformed,   // 200 with a body that is not JSON
        Truncated,   // 200 with JSON cut off (Content-Length matches the cut body)
        Oversize,    // 200 with a valid but huge JSON body
        Slow,        // the body trickles out over "delay" (default 2 s)
        Status,      // an HTTP error status in the provider's envelope (429, 500, 502, ...)
    };

    Kind kind = Kind::None;
    int status = 0;   // for Kind::Status

    bool rejects() const { return kind == Kind::Status; }
    QString label() const;   // "hang", "503", ...
    static std::optional<FaultSpec> fromText(QStringView text);
    friend bool operator==(const FaultSpec &, const FaultSpec &) = default;
};

// Which Retry-After header a 429 carries.
struct RetryAfterSpec
{
    enum class Form {
        ProviderDefault,   // seconds form where the provider documents the header, none elsewhere
        None,
        Seconds,           // "Retry-After: 7"
        HttpDate,          // "Retry-After: Sun, 22 Nov 2026 10:00:07 GMT"
    };
    Form form = Form::ProviderDefault;
    int seconds = 2;
    friend bool operator==(const RetryAfterSpec &, const RetryAfterSpec &) = default;
};

enum class StuckPhase { None, Queue, Run };
enum class MediaKind { Image, Video };

// Everything a scenario can say about one request and, for submits, about the task it
// creates. Unset fields mean "no opinion", so scenarios from several sources (mix, scenario
// file, admin rule, header, prompt) can be layered with overrideWith().
struct Scenario
{
    // Task timing and outcome (used by submits).
    std::optional<DurationRange> queue;
    std::optional<DurationRange> run;
    std::optional<int> steps;            // progress granularity while running
    std::optional<QString> fail;         // in-task failure code, or "random"
    std::optional<bool> timeout;         // ends as the provider's timeout
    std::optional<StuckPhase> stuck;     // never becomes terminal
    std::optional<DurationRange> vanish; // the task is forgotten this long after creation
    std::optional<MediaKind> media;
    std::optional<int> outputs;          // number of result files (images)
    std::optional<QString> shape;        // FoxAPI result shape: objects | urls | output
    std::optional<QString> failShape;    // new-api failed video: error | message | metadata | none
    std::optional<bool> noUrl;           // new-api: a completed video carries no result URL

    // Request faults (this request; for submits the task is still created unless rejected).
    std::optional<QString> error;        // reject with this catalog code, or "random"
    std::optional<int> status;           // HTTP status override for "error"
    std::optional<FaultSpec> fault;
    std::optional<DurationRange> delay;
    std::optional<RetryAfterSpec> retryAfter;
    std::optional<qint64> oversizeBytes;

    // Faults on the task's later polls (status/result reads).
    std::optional<FaultSpec> pollFault;
    std::optional<int> pollCount;        // how many polls get pollFault (default 1)
    std::optional<DurationRange> pollDelay;

    void overrideWith(const Scenario &higher);
    bool isEmpty() const;
    bool hasTaskSettings() const;
    bool rejectsRequest() const { return error.has_value() || (fault && fault->rejects()); }
    QString toText() const;   // canonical "key=value ..." form, parseable again
};

} // namespace QueueLensSandbox
