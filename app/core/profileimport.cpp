#include "profileimport.h"

#include "baseurlnormalizer.h"
#include "provideradapter.h"
#include "providerdirectory.h"

#include <QHash>

#include <algorithm>

QString ProfileImport::uniqueName(const QString &base, const QStringList &taken)
{
    const auto isTaken = [&](const QString &name) { return taken.contains(name, Qt::CaseInsensitive); };
    if (!isTaken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = tr("%1 (%2)", "a profile name made unique: name (number)").arg(base).arg(n);
        if (!isTaken(candidate))
            return candidate;
    }
}

QList<ProviderProfile> ProfileImport::asCopies(const QList<ProviderProfile> &replacing, QStringList taken)
{
    QList<ProviderProfile> copies;
    for (ProviderProfile profile : replacing) {
        profile.id.clear();
        profile.name = uniqueName(profile.name, taken);
        taken.append(profile.name);
        copies.append(profile);
    }
    return copies;
}

ProfileImport::Plan ProfileImport::plan(const ProfileFile::ReadResult &file, const QList<ProviderProfile> &existing)
{
    Plan plan;
    plan.notes = file.notes;

    // First the profiles this QueueLens can use at all: only those can replace anything.
    QList<ProviderProfile> usable;
    for (ProviderProfile profile : file.profiles) {
        const std::shared_ptr<const ProviderAdapter> adapter = ProviderDirectory::find(profile.provider);
        if (!adapter) {
            plan.notes.append(tr("“%1” uses the provider “%2”, which this version of QueueLens does not know; "
                                 "it was skipped.")
                                  .arg(profile.name.isEmpty() ? profile.id : profile.name, profile.provider.left(80)));
            continue;
        }
        // An invalid URL is kept as written: Settings shows what is wrong with it.
        const BaseUrlNormalizer::Result root = BaseUrlNormalizer::normalize(profile.baseUrl.toString(), adapter.get());
        if (root.isValid())
            profile.baseUrl = root.url;
        if (profile.name.isEmpty())
            profile.name = adapter->displayName();
        usable.append(profile);
    }

    QHash<QString, ProviderProfile> existingById;
    for (const ProviderProfile &profile : existing)
        existingById.insert(profile.id, profile);

    // Names that stay: every existing profile except the ones this import replaces (their
    // names go with them). A replacement is checked against these only.
    QStringList kept;
    for (const ProviderProfile &profile : existing) {
        const bool replaced = !profile.sandbox && std::any_of(usable.cbegin(), usable.cend(), [&](const ProviderProfile &incoming) {
            return !incoming.id.isEmpty() && incoming.id == profile.id;
        });
        if (!replaced)
            kept.append(profile.name);
    }
    QStringList taken = kept;

    for (ProviderProfile profile : usable) {
        const auto same = existingById.constFind(profile.id);
        if (!profile.id.isEmpty() && same != existingById.constEnd()) {
            if (same->sandbox) {
                // The sandbox profiles belong to --sandbox; an import never overwrites them.
                profile.id.clear();
            } else {
                profile.name = uniqueName(profile.name, taken);
                taken.append(profile.name);
                plan.replacing.append(profile);
                continue;
            }
        }
        profile.name = uniqueName(profile.name, taken);
        taken.append(profile.name);
        plan.added.append(profile);
    }
    return plan;
}
