#include "appsettings.h"

#include "resultsfolder.h"

#include <QDir>
#include <QStandardPaths>

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kNotifySuccess = QStringLiteral("notifications/success");
const QString kNotifyFailure = QStringLiteral("notifications/failure");
const QString kSharedDatabase = QStringLiteral("team/database");
const QString kOperatorName = QStringLiteral("team/operatorName");
const QString kHeaderState = QStringLiteral("ui/taskTableHeader");
const QString kGeometry = QStringLiteral("ui/geometry");
const QString kWindowState = QStringLiteral("ui/windowState");
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    // Named explicitly, not taken from the application object: queuelens-cli reads the results
    // folder from the same place (ResultsFolder::configured()).
    , m_settings(QStringLiteral("QueueLens"), QStringLiteral("QueueLens"))
{
}

AppSettings::AppSettings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(iniFile, QSettings::IniFormat)
{
}

QString AppSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    m_settings.setValue(kLanguage, language);
    emit languageChanged(language);
}

bool AppSettings::notifyOnSuccess() const
{
    return m_settings.value(kNotifySuccess, true).toBool();
}

void AppSettings::setNotifyOnSuccess(bool on)
{
    m_settings.setValue(kNotifySuccess, on);
    emit notificationsChanged();
}

bool AppSettings::notifyOnFailure() const
{
    return m_settings.value(kNotifyFailure, true).toBool();
}

void AppSettings::setNotifyOnFailure(bool on)
{
    m_settings.setValue(kNotifyFailure, on);
    emit notificationsChanged();
}

QString AppSettings::downloadFolder() const
{
    return m_settings.value(ResultsFolder::preferenceKey(), ResultsFolder::defaultPath()).toString();
}

void AppSettings::setDownloadFolder(const QString &folder)
{
    if (folder == downloadFolder())
        return;
    m_settings.setValue(ResultsFolder::preferenceKey(), folder);
    emit downloadFolderChanged(folder);
}

QString AppSettings::sharedDatabase() const
{
    return m_settings.value(kSharedDatabase).toString();
}

void AppSettings::setSharedDatabase(const QString &uri)
{
    m_settings.setValue(kSharedDatabase, uri.trimmed());
}

QString AppSettings::operatorName() const
{
    return m_settings.value(kOperatorName).toString();
}

void AppSettings::setOperatorName(const QString &name)
{
    if (name.trimmed() == operatorName())
        return;
    m_settings.setValue(kOperatorName, name.trimmed());
    emit operatorNameChanged(name.trimmed());
}

QByteArray AppSettings::tableHeaderState() const
{
    return m_settings.value(kHeaderState).toByteArray();
}

void AppSettings::setTableHeaderState(const QByteArray &state)
{
    m_settings.setValue(kHeaderState, state);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kWindowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kWindowState, state);
}
