#pragma once

#include "providerprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The profiles file: provider profiles as JSON, to move them to another machine, hand a team
// the same setup, or keep a copy. API keys are never written; a key found in a file someone
// edited by hand is not taken either (it belongs in the keychain), and the reader says so.
// Sandbox profiles are not written: they point at a port that only lives as long as the app.
//
//     {"format": "queuelens-profiles", "version": 1,
//      "profiles": [{"id": "vidu-main", "name": "Vidu", "provider": "vidu",
//                    "baseUrl": "https://api.vidu.com", "pollIntervalMs": 3000,
//                    "maxConcurrent": 4, "deadlineSeconds": 1800,
//                    "keyEnvironmentVariable": ""}]}
//
// Reading is strict about the shape and lenient about the rest: unknown fields are ignored,
// missing numbers take the defaults, and one bad entry is skipped with a note instead of
// failing the file. Whether a profile is acceptable (known provider, valid URL, ranges) is the
// caller's check, the same one a profile typed into Settings gets.
class ProfileFile
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFile)

public:
    static constexpr qsizetype MaxFileBytes = 1024 * 1024;
    static constexpr int MaxProfiles = 1000;
    static constexpr int FormatVersion = 1;

    struct ReadResult
    {
        QList<ProviderProfile> profiles;   // in file order, duplicates of an earlier id dropped
        QStringList notes;                 // translated: each skipped entry or ignored field
        QString error;                     // translated: why the file cannot be read at all

        bool ok() const { return error.isEmpty(); }
    };

    static QByteArray write(const QList<ProviderProfile> &profiles);
    static ReadResult read(const QByteArray &bytes);

    // The same through a file; errors name the file and the system's reason. Writing goes
    // through a temporary file, so a full disk leaves the old file whole.
    static ReadResult readFile(const QString &path);
    static bool writeFile(const QString &path, const QList<ProviderProfile> &profiles, QString *error);
    // Names the format's marker, for file dialogs and error messages.
    static QString formatName() { return QStringLiteral("queuelens-profiles"); }
};
