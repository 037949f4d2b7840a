#include "appsettings.h"

#include <QDir>
#include <QStandardPaths>

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kNotifySuccess = QStringLiteral("notifications/success");
const QString kNotifyFailure = QStringLiteral("notifications/failure");
const QString kDownloadFolder = QStringLiteral("files/downloadFolder");
const QString kHeaderState = QStringLiteral("ui/taskTableHeader");
const QString kGeometry = QStringLiteral("ui/geometry");
const QString kWindowState = QStringLiteral("ui/windowState");
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
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
    const QString fallback = QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                                 .filePath(QStringLiteral("QueueLens"));
    return m_settings.value(kDownloadFolder, fallback).toString();
}

void AppSettings::setDownloadFolder(const QString &folder)
{
    m_settings.setValue(kDownloadFolder, folder);
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
