#include "scenarioparser.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace QueueLensSandbox {

namespace {

std::optional<qint64> parseOneDuration(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text.trimmed().toString());
    if (!match.hasMatch())
        return std::nullopt;
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2).toLower();
    double ms = value * 1000.0;   // bare numbers are seconds
    if (unit == QLatin1String("ms"))
        ms = value;
    else if (unit == QLatin1String("m"))
        ms = value * 60000.0;
    else if (unit == QLatin1String("h"))
        ms = value * 3600000.0;
    if (!std::isfinite(ms) || ms > 7.0 * 24 * 3600 * 1000)
        return std::nullopt;
    return static_cast<qint64>(std::llround(ms));
}

std::optional<int> parseInt(QStringView text, int min, int max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

std::optional<bool> parseBool(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t.isEmpty() || t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes"))
        return true;
    if (t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no"))
        return false;
    return std::nullopt;
}

std::optional<RetryAfterSpec> parseRetryAfter(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    RetryAfterSpec spec;
    if (t == QLatin1String("none")) {
        spec.form = RetryAfterSpec::Form::None;
        return spec;
    }
    if (t == QLatin1String("default")) {
        spec.form = RetryAfterSpec::Form::ProviderDefault;
        return spec;
    }
    QString amount = t;
    spec.form = RetryAfterSpec::Form::Seconds;
    for (const QLatin1String prefix : {QLatin1String("http-date:"), QLatin1String("date:")}) {
        if (t.startsWith(prefix)) {
            spec.form = RetryAfterSpec::Form::HttpDate;
            amount = t.mid(prefix.size());
            break;
        }
    }
    if (t == QLatin1String("date") || t == QLatin1String("http-date")) {
        spec.form = RetryAfterSpec::Form::HttpDate;
        amount = QStringLiteral("2");
    }
    const auto ms = parseOneDuration(amount);
    if (!ms)
        return std::nullopt;
    spec.seconds = static_cast<int>((*ms + 999) / 1000);
    return spec;
}

bool isFaultWord(const QString &word)
{
    static const QStringList words{QStringLiteral("hang"), QStringLiteral("drop"), QStringLiteral("malformed"),
                                   QStringLiteral("truncated"), QStringLiteral("oversize"), QStringLiteral("slow")};
    return words.contains(word);
}

// Applies one token to the scenario; returns an error text or an empty string.
QString applyToken(Scenario &s, const QString &key, const QString &value, bool hasValue)
{
    auto needValue = [&]() -> QString {
        return hasValue && !value.isEmpty() ? QString() : QStringLiteral("'%1' needs a value").arg(key);
    };
    auto badValue = [&]() { return QStringLiteral("bad value '%1' for '%2'").arg(value, key); };

    if (key == QLatin1String("queue") || key == QLatin1String("run") || key == QLatin1String("vanish")
        || key == QLatin1String("delay") || key == QLatin1String("poll-delay")) {
        if (QString e = needValue(); !e.isEmpty())
            return e;
        const auto d = ScenarioParser::parseDuration(value);
        if (!d)
            return badValue();
        if (key == QLatin1String("queue"))
            s.queue = d;
        else if (key == QLatin1String("run"))
            s.run = d;
        else if (key == QLatin1String("vanish"))
            s.vanish = d;
        else if (key == QLatin1String("delay"))
            s.delay = d;
        else
            s.pollDelay = d;
        return {};
    }
    if (key == QLatin1String("steps") || key == QLatin1String("outputs") || key == QLatin1String("poll-count")
        || key == QLatin1String("status")) {
        if (QString e = needValue(); !e.isEmpty())
            return e;
        const int min = key == QLatin1String("status") ? 400 : (key == QLatin1String("poll-count") ? 0 : 1);
        const int max = key == QLatin1String("status") ? 599 : (key == QLatin1String("outputs") ? 4 : 1000000);
        const auto n = parseInt(value, min, max);
        if (!n)
            return badValue();
        if (key == QLatin1String("steps"))
            s.steps = n;
        else if (key == QLatin1String("outputs"))
            s.outputs = n;
        else if (key == QLatin1String("poll-count"))
            s.pollCount = n;
        else
            s.status = n;
        return {};
    }
    if (key == QLatin1String("fail") || key == QLatin1String("error")) {
        if (QString e = needValue(); !e.isEmpty())
            return e;
        (key == QLatin1String("fail") ? s.fail : s.error) = value;
        return {};
    }
    if (key == QLatin1String("timeout")) {
        const auto b = parseBool(value);
        if (!b)
            return badValue();
        s.timeout = b;
        return {};
    }
    if (key == QLatin1String("stuck")) {
        const QString v = value.toLower();
        if (!hasValue || v.isEmpty() || v == QLatin1String("run") || v == QLatin1String("running"))
            s.stuck = StuckPhase::Run;
        else if (v == QLatin1String("queue") || v == QLatin1String("queued"))
            s.stuck = StuckPhase::Queue;
        else if (v == QLatin1String("no") || v == QLatin1String("0") || v == QLatin1String("false"))
            s.stuck = StuckPhase::None;
        else
            return badValue();
        return {};
    }
    if (key == QLatin1String("media")) {
        const QString v = value.toLower();
        if (v == QLatin1String("image"))
            s.media = MediaKind::Image;
        else if (v == QLatin1String("video"))
            s.media = MediaKind::Video;
        else
            return badValue();
        return {};
    }
    if (key == QLatin1String("shape")) {
        const QString v = value.toLower();
        if (v != QLatin1String("objects") && v != QLatin1String("urls") && v != QLatin1String("output"))
            return badValue();
        s.shape = v;
        return {};
    }
    if (key == QLatin1String("fail-shape")) {
        // Where new-api versions put a failed video's reason (see NewApiProtocol).
        static const QStringList shapes{QStringLiteral("error"), QStringLiteral("message"),
                                        QStringLiteral("metadata"), QStringLiteral("none")};
        const QString v = value.toLower();
        if (!shapes.contains(v))
            return badValue();
        s.failShape = v;
        return {};
    }
    if (key == QLatin1String("no-url")) {
        const auto b = parseBool(value);
        if (!b)
            return badValue();
        s.noUrl = b;
        return {};
    }
    if (key == QLatin1String("fault") || key == QLatin1String("poll-fault")) {
        if (QString e = needValue(); !e.isEmpty())
            return e;
        const auto f = FaultSpec::fromText(value);
        if (!f)
            return badValue();
        (key == QLatin1String("fault") ? s.fault : s.pollFault) = f;
        return {};
    }
    if (key == QLatin1String("retry-after")) {
        if (QString e = needValue(); !e.isEmpty())
            return e;
        const auto r = parseRetryAfter(value);
        if (!r)
            return badValue();
        s.retryAfter = r;
        return {};
    }
    if (key == QLatin1String("size")) {
        bool ok = false;
        qint64 bytes = value.toLongLong(&ok);
        if (!ok) {
            // "8MB", "512KB"
            static const QRegularExpression units(QStringLiteral("^(\\d+)\\s*(kb|mb)$"), QRegularExpression::CaseInsensitiveOption);
            const auto m = units.match(value);
            if (!m.hasMatch())
                return badValue();
            // Check the count before multiplying: "9000000000000000MB" overflowed qint64, which
            // is undefined behaviour (found by fuzz_scenario). Above the limit is a bad value anyway.
            const qint64 unit = m.captured(2).toLower() == QLatin1String("kb") ? 1024 : 1024 * 1024;
            const qint64 count = m.captured(1).toLongLong(&ok);
            if (!ok || count > 256LL * 1024 * 1024)   // the byte limit below, so the product fits
                return badValue();
            bytes = count * unit;
        }
        if (bytes < 1024 || bytes > 256LL * 1024 * 1024)
            return badValue();
        s.oversizeBytes = bytes;
        return {};
    }
    if (!hasValue && isFaultWord(key)) {
        s.fault = FaultSpec::fromText(key);
        return {};
    }
    return QStringLiteral("unknown key '%1'").arg(key);
}

// "[sandbox v1: ...]" anywhere in a prompt.
const QRegularExpression &directivePattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\[\\s*sandbox\\s+v(\\d+)\\s*:([^\\]]*)\\]"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString versionError(const QString &version)
{
    return QStringLiteral("unsupported sandbox scenario version 'v%1' (this sandbox speaks v%2)")
        .arg(version)
        .arg(ScenarioParser::CurrentVersion);
}

} // namespace

std::optional<DurationRange> ScenarioParser::parseDuration(QStringView text)
{
    const qsizetype dots = text.indexOf(QLatin1String(".."));
    if (dots < 0) {
        const auto ms = parseOneDuration(text);
        if (!ms)
            return std::nullopt;
        return DurationRange{*ms, *ms};
    }
    const auto low = parseOneDuration(text.left(dots));
    const auto high = parseOneDuration(text.mid(dots + 2));
    if (!low || !high || *high < *low)
        return std::nullopt;
    return DurationRange{*low, *high};
}

std::optional<Scenario> ScenarioParser::parseTokens(QStringView tokens, QString *error)
{
    // key, optional "=value"; a value may be quoted to hold spaces (error="App not found").
    static const QRegularExpression token(
        QStringLiteral("([^\\s,;=\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s,;\"']*)))?"));
    static const QRegularExpression separators(QStringLiteral("^[\\s,;]*$"));
    Scenario scenario;
    const QString text = tokens.toString();
    qsizetype consumed = 0;
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        if (!separators.match(text.mid(consumed, match.capturedStart(0) - consumed)).hasMatch()) {
            if (error)
                *error = QStringLiteral("sandbox scenario: cannot read '%1'").arg(text.mid(consumed).trimmed());
            return std::nullopt;
        }
        consumed = match.capturedEnd(0);
        const QString key = match.captured(1).toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
        const bool hasValue = match.capturedStart(2) >= 0 || match.capturedStart(3) >= 0 || match.capturedStart(4) >= 0;
        QString value = match.captured(2) + match.captured(3) + match.captured(4);
        value = value.trimmed();
        const QString problem = applyToken(scenario, key, value, hasValue);
        if (!problem.isEmpty()) {
            if (error)
                *error = QStringLiteral("sandbox scenario: ") + problem;
            return std::nullopt;
        }
    }
    if (!separators.match(text.mid(consumed)).hasMatch()) {
        if (error)
            *error = QStringLiteral("sandbox scenario: cannot read '%1'").arg(text.mid(consumed).trimmed());
        return std::nullopt;
    }
    return scenario;
}

ScenarioParser::PromptResult ScenarioParser::fromPrompt(const QString &prompt)
{
    PromptResult result;
    result.cleanPrompt = prompt;
    auto it = directivePattern().globalMatch(prompt);
    bool first = true;
    while (it.hasNext()) {
        const auto match = it.next();
        result.found = true;
        if (!first)
            continue;   // only the first directive counts; later ones are just removed
        first = false;
        if (match.captured(1).toInt() != CurrentVersion) {
            result.error = QStringLiteral("sandbox scenario: ") + versionError(match.captured(1));
            continue;
        }
        QString error;
        const auto parsed = parseTokens(match.capturedView(2), &error);
        if (!parsed)
            result.error = error;
        else
            result.scenario = *parsed;
    }
    if (result.found)
        result.cleanPrompt = QString(prompt).remove(directivePattern()).simplified();
    return result;
}

std::optional<Scenario> ScenarioParser::fromHeader(const QByteArray &value, QString *error)
{
    const QString text = QString::fromUtf8(value).trimmed();
    if (text.isEmpty())
        return Scenario{};
    static const QRegularExpression pattern(QStringLiteral("^\\[?\\s*(?:sandbox\\s+)?v(\\d+)\\s*:?(.*?)\\]?$"),
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        if (error)
            *error = QStringLiteral("sandbox scenario: the X-Sandbox-Scenario header must start with the "
                                    "version, e.g. 'v1: queue=2s run=5s'");
        return std::nullopt;
    }
    if (match.captured(1).toInt() != CurrentVersion) {
        if (error)
            *error = QStringLiteral("sandbox scenario: ") + versionError(match.captured(1));
        return std::nullopt;
    }
    return parseTokens(match.capturedView(2), error);
}

} // namespace QueueLensSandbox
