#pragma once

#include "profilefile.h"
#include "providerprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Decides what a profiles file does to the profiles already here, before anything changes:
// which profiles are new, which carry the id of one that exists (the caller asks whether to
// replace it or keep both), and which cannot be used (an unknown provider). Pasted base URLs are
// cut back to the provider root as in Settings, and names are made unique, because Settings
// refuses two profiles with one name. Providers are looked up in ProviderDirectory.
class ProfileImport
{
    Q_DECLARE_TR_FUNCTIONS(ProfileImport)

public:
    struct Plan
    {
        QList<ProviderProfile> added;       // new here; an id that collides with nothing is kept
        QList<ProviderProfile> replacing;   // same id as an existing profile: its new settings
        QStringList notes;                  // translated: the file's notes, then this plan's
    };

    static Plan plan(const ProfileFile::ReadResult &file, const QList<ProviderProfile> &existing);

    // Keeps both instead of replacing: the replacing profiles become new ones (no id, so the
    // caller gives them one) with names that differ from every name in taken.
    static QList<ProviderProfile> asCopies(const QList<ProviderProfile> &replacing, QStringList taken);

    // base, else "base (2)", "base (3)", ...: the first not in taken (compared without case).
    static QString uniqueName(const QString &base, const QStringList &taken);
};
