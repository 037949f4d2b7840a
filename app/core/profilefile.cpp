#include "profilefile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <cmath>
#include <limits>
#include <optional>

namespace {

const QLatin1String FormatKey("format");
const QLatin1String VersionKey("version");
const QLatin1String ProfilesKey("profiles");
const QLatin1String IdKey("id");
const QLatin1String NameKey("name");
const QLatin1String ProviderKey("provider");
const QLatin1String BaseUrlKey("baseUrl");
const QLatin1String PollKey("pollIntervalMs");
const QLatin1String ConcurrentKey("maxConcurrent");
const QLatin1String DeadlineKey("deadlineSeconds");
const QLatin1String EnvironmentKey("keyEnvironmentVariable");

// Ids name keychain entries and database rows: keep them to a safe, readable alphabet.
bool isUsableId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

// Field names that only ever hold a secret. Matched without case and without separators, so
// "apiKey", "api_key" and "API-KEY" are all caught.
bool looksLikeSecretField(const QString &name)
{
    QString folded;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            folded.append(c.toLower());
    }
    static const QSet<QString> secrets{QStringLiteral("apikey"), QStringLiteral("key"), QStringLiteral("token"),
                                       QStringLiteral("secret"), QStringLiteral("authorization"),
                                       QStringLiteral("bearer"), QStringLiteral("password"),
                                       QStringLiteral("accesstoken"), QStringLiteral("secretkey")};
    return secrets.contains(folded);
}

// A JSON number as an int, clamped: a hand-edited 1e300 must not overflow the cast.
int clampedInt(double value)
{
    if (std::isnan(value))
        return 0;
    const double rounded = std::round(value);
    if (rounded <= double(std::numeric_limits<int>::min()))
        return std::numeric_limits<int>::min();
    if (rounded >= double(std::numeric_limits<int>::max()))
        return std::numeric_limits<int>::max();
    return int(rounded);
}

} // namespace

QByteArray ProfileFile::write(const QList<ProviderProfile> &profiles)
{
    QJsonArray entries;
    for (const ProviderProfile &profile : profiles) {
        if (profile.sandbox)
            continue;
        entries.append(QJsonObject{
            {IdKey, profile.id},
            {NameKey, profile.name},
            {ProviderKey, profile.provider},
            {BaseUrlKey, profile.baseUrl.toString()},
            {PollKey, profile.pollIntervalMs},
            {ConcurrentKey, profile.maxConcurrent},
            {DeadlineKey, profile.deadlineSeconds},
            {EnvironmentKey, profile.keyEnvironmentVariable},
        });
    }
    const QJsonObject root{{FormatKey, formatName()}, {VersionKey, FormatVersion}, {ProfilesKey, entries}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ProfileFile::ReadResult ProfileFile::read(const QByteArray &bytes)
{
    ReadResult result;
    if (bytes.trimmed().isEmpty()) {
        result.error = tr("The file is empty.");
        return result;
    }
    if (bytes.size() > MaxFileBytes) {
        result.error = tr("The file is %1 KB; a profiles file is at most %2 KB. Is it the right file?")
                           .arg(bytes.size() / 1024)
                           .arg(MaxFileBytes / 1024);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("The file is not valid JSON: %1 (at character %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }

    // A bare array of profiles is accepted too: that is what people write by hand.
    QJsonArray entries;
    if (document.isArray()) {
        entries = document.array();
    } else {
        const QJsonObject root = document.object();
        const QJsonValue format = root.value(FormatKey);
        if (!format.isUndefined() && format.toString() != formatName()) {
            result.error = tr("This is not a QueueLens profiles file: its format is “%1”.")
                               .arg(format.isString() ? format.toString() : tr("(not text)"));
            return result;
        }
        const QJsonValue version = root.value(VersionKey);
        if (version.isDouble() && version.toDouble() > FormatVersion) {
            result.error = tr("This profiles file was written by a newer QueueLens (format version %1). "
                              "This version reads version %2; update QueueLens to import it.")
                               .arg(clampedInt(version.toDouble()))
                               .arg(FormatVersion);
            return result;
        }
        const QJsonValue list = root.value(ProfilesKey);
        if (!list.isArray()) {
            result.error = format.isUndefined()
                               ? tr("This is not a QueueLens profiles file: it has no “profiles” list.")
                               : tr("The profiles file has no “profiles” list.");
            return result;
        }
        entries = list.toArray();
    }

    if (entries.size() > MaxProfiles)
        result.notes.append(tr("The file lists %1 profiles; only the first %2 were read.")
                                .arg(entries.size())
                                .arg(MaxProfiles));

    QSet<QString> seenIds;
    const qsizetype count = std::min<qsizetype>(entries.size(), MaxProfiles);
    for (qsizetype index = 0; index < count; ++index) {
        const int number = int(index) + 1;   // people count entries from one
        const QJsonValue value = entries.at(index);
        if (!value.isObject()) {
            result.notes.append(tr("Entry %1 is not a profile and was skipped.").arg(number));
            continue;
        }
        const QJsonObject entry = value.toObject();
        ProviderProfile profile;
        profile.name = entry.value(NameKey).toString().trimmed();
        profile.id = entry.value(IdKey).toString().trimmed();
        // How this entry is named in notes: its name, else its id, else its position.
        const QString label = !profile.name.isEmpty() ? tr("“%1”").arg(profile.name)
                              : !profile.id.isEmpty() ? tr("“%1”").arg(profile.id)
                                                      //: Names a profile entry without name or id, inside "Profile %1 names no provider…".
                                                      : tr("number %1").arg(number);

        profile.provider = entry.value(ProviderKey).toString().trimmed();
        if (profile.provider.isEmpty()) {
            result.notes.append(tr("Profile %1 names no provider and was skipped.").arg(label));
            continue;
        }
        const QJsonValue url = entry.value(BaseUrlKey);
        if (!url.isUndefined() && !url.isString()) {
            result.notes.append(tr("Profile %1 has a base URL that is not text and was skipped.").arg(label));
            continue;
        }
        profile.baseUrl = QUrl(url.toString().trimmed());

        if (!profile.id.isEmpty() && !isUsableId(profile.id)) {
            result.notes.append(tr("Profile %1: the id “%2” cannot be used here; a new one is chosen.")
                                    .arg(label, profile.id.left(80)));
            profile.id.clear();
        }
        if (!profile.id.isEmpty()) {
            if (seenIds.contains(profile.id)) {
                result.notes.append(tr("Profile %1 repeats the id “%2” of an earlier entry and was skipped.")
                                        .arg(label, profile.id));
                continue;
            }
            seenIds.insert(profile.id);
        }
        if (profile.name.isEmpty())
            profile.name = profile.id;

        const auto integerField = [&](QLatin1String key, int fallback) {
            const QJsonValue field = entry.value(key);
            if (field.isUndefined() || field.isNull())
                return fallback;
            if (!field.isDouble()) {
                result.notes.append(tr("Profile %1: “%2” is not a number; the default is used.").arg(label, key));
                return fallback;
            }
            return clampedInt(field.toDouble());
        };
        profile.pollIntervalMs = integerField(PollKey, ProviderProfile::DefaultPollIntervalMs);
        profile.maxConcurrent = integerField(ConcurrentKey, ProviderProfile::DefaultMaxConcurrent);
        profile.deadlineSeconds = integerField(DeadlineKey, ProviderProfile::DefaultDeadlineSeconds);
        profile.keyEnvironmentVariable = entry.value(EnvironmentKey).toString().trimmed();

        for (auto field = entry.constBegin(); field != entry.constEnd(); ++field) {
            if (looksLikeSecretField(field.key())) {
                result.notes.append(tr("Profile %1 contains an API key. Keys are never imported from a file: "
                                       "enter it in Settings, where it is kept in the system keychain.")
                                        .arg(label));
                break;
            }
        }
        result.profiles.append(profile);
    }
    return result;
}

ProfileFile::ReadResult ProfileFile::readFile(const QString &path)
{
    ReadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Could not open “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    // Read one byte past the limit: enough to tell "too big" without reading a huge file.
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("Could not read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    if (bytes.size() > MaxFileBytes) {
        result.error = tr("“%1” is larger than %2 KB, too large for a profiles file. Is it the right file?")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(MaxFileBytes / 1024);
        return result;
    }
    return read(bytes);
}

bool ProfileFile::writeFile(const QString &path, const QList<ProviderProfile> &profiles, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = write(profiles);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
