#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>

// Desktop preferences (QSettings). Provider profiles are not here: the engine stores them in
// its database and their keys in the keychain.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    explicit AppSettings(QObject *parent = nullptr);
    // For tests: settings in an INI file instead of the platform store.
    AppSettings(const QString &iniFile, QObject *parent);

    QString language() const;                 // "" = follow the system
    void setLanguage(const QString &language);

    bool notifyOnSuccess() const;
    void setNotifyOnSuccess(bool on);
    bool notifyOnFailure() const;
    void setNotifyOnFailure(bool on);

    // Results are saved here: thumbnails, downloads and the files of inline (base64) results.
    QString downloadFolder() const;           // defaults to the user's Pictures/QueueLens
    void setDownloadFolder(const QString &folder);

    // Team mode: the shared history's PostgreSQL address (never with a password; empty: this
    // computer's file) and the name recorded on the tasks this operator submits (empty: user@host).
    QString sharedDatabase() const;
    void setSharedDatabase(const QString &uri);
    QString operatorName() const;
    void setOperatorName(const QString &name);

    QByteArray tableHeaderState() const;
    void setTableHeaderState(const QByteArray &state);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

signals:
    void languageChanged(const QString &language);
    void notificationsChanged();
    void downloadFolderChanged(const QString &folder);
    void operatorNameChanged(const QString &name);

private:
    QSettings m_settings;
};
