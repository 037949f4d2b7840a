#pragma once

#include "providerprofile.h"

#include <QString>
#include <QUrl>

// A provider profile for tests, with the fields that matter to profile handling.
inline ProviderProfile testProfile(const QString &id, const QString &name, const QString &provider, const QString &url)
{
    ProviderProfile profile;
    profile.id = id;
    profile.name = name;
    profile.provider = provider;
    profile.baseUrl = QUrl(url);
    return profile;
}
