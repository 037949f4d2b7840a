// libFuzzer target: a profiles file as Settings' Import… reads it. ProfileFile::read, then
// ProfileImport::plan against a few profiles already here (one of them a sandbox profile), then
// what was read written again and read back.
//
// Input: the file's bytes, as is.

#include "fuzzsupport.h"

#include "builtinproviders.h"
#include "profilefile.h"
#include "profileimport.h"

#include <QSet>

namespace {

QList<ProviderProfile> existingProfiles()
{
    ProviderProfile vidu;
    vidu.id = QStringLiteral("vidu-main");
    vidu.name = QStringLiteral("Vidu");
    vidu.provider = QStringLiteral("vidu");
    vidu.baseUrl = QUrl(QStringLiteral("https://api.vidu.com"));
    ProviderProfile sandbox = vidu;
    sandbox.id = QStringLiteral("sandbox-vidu");
    sandbox.name = QStringLiteral("Sandbox · Vidu");
    sandbox.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:4000/vidu"));
    sandbox.sandbox = true;
    return {vidu, sandbox};
}

// Every field but the URL, which QUrl may spell differently after one round.
bool sameSettings(const ProviderProfile &a, const ProviderProfile &b)
{
    return a.id == b.id && a.name == b.name && a.provider == b.provider && a.pollIntervalMs == b.pollIntervalMs
           && a.maxConcurrent == b.maxConcurrent && a.deadlineSeconds == b.deadlineSeconds
           && a.keyEnvironmentVariable == b.keyEnvironmentVariable && a.sandbox == b.sandbox;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::silenceQtMessages();
    Fuzz::ensureCoreApplication(argc, argv);
    registerBuiltinProvidersOnce();   // the plan looks providers up
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ProfileFile::ReadResult file = ProfileFile::read(bytes);
    Fuzz::check(file.ok() || file.profiles.isEmpty(), "a failed read carries no profile");
    Fuzz::check(file.profiles.size() <= ProfileFile::MaxProfiles, "at most MaxProfiles are read");
    QSet<QString> ids;
    for (const ProviderProfile &profile : file.profiles) {
        Fuzz::check(!profile.sandbox, "an imported profile is never a sandbox profile");
        Fuzz::check(!profile.provider.isEmpty(), "every profile names a provider");
        if (!profile.id.isEmpty()) {
            Fuzz::check(!ids.contains(profile.id), "ids are unique within a file");
            ids.insert(profile.id);
        }
    }

    // Written and read again, the profiles keep their settings.
    const ProfileFile::ReadResult again = ProfileFile::read(ProfileFile::write(file.profiles));
    Fuzz::check(again.ok() || file.profiles.isEmpty(), "a written file reads back");
    Fuzz::check(again.profiles.size() == file.profiles.size(), "every written profile reads back");
    for (qsizetype i = 0; i < again.profiles.size() && i < file.profiles.size(); ++i)
        Fuzz::check(sameSettings(again.profiles.at(i), file.profiles.at(i)), "a profile's settings survive a round trip");

    const QList<ProviderProfile> existing = existingProfiles();
    const ProfileImport::Plan plan = ProfileImport::plan(file, existing);
    Fuzz::check(plan.added.size() + plan.replacing.size() <= file.profiles.size(), "the plan adds nothing of its own");
    QStringList names{existing.last().name};   // the sandbox profile is never replaced
    for (const ProviderProfile &profile : plan.replacing) {
        Fuzz::check(profile.id == existing.first().id, "only an existing real profile is replaced");
        names.append(profile.name);
    }
    if (plan.replacing.isEmpty())
        names.append(existing.first().name);
    for (const ProviderProfile &profile : plan.added) {
        Fuzz::check(!profile.sandbox && profile.id != existing.last().id, "the sandbox profile's id is never taken");
        Fuzz::check(!names.contains(profile.name, Qt::CaseInsensitive), "added profiles get unique names");
        names.append(profile.name);
    }
    (void)ProfileImport::asCopies(plan.replacing, names);
    return 0;
}
