#pragma once

#include "settingsdialog.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// The Import… and Export… buttons of Settings' Profiles page: file dialogs, the question about
// profiles that already exist, and the summary. Reading, planning and writing live in core
// (ProfileFile, ProfileImport); the working copy is the dialog's. importFrom and exportTo do
// the work without any window, so tests drive them with a path and an answer.
class ProfileFileActions : public QObject
{
    Q_OBJECT

public:
    explicit ProfileFileActions(SettingsDialog *dialog);

    // What the operator is told afterwards.
    struct Report
    {
        bool ok = false;    // something was imported / written
        QString text;       // the headline
        QString details;    // keys, notes; may be empty
    };
    // Given the names of the profiles that already exist, how to import them; nullopt cancels.
    using ConflictQuestion = std::function<std::optional<SettingsDialog::ImportConflicts>(const QStringList &names)>;

    Report importFrom(const QString &path, const ConflictQuestion &ask);
    Report exportTo(const QString &path);

    // The folder the file dialogs open in: the last one used, else Documents.
    QString startFolder() const;

public slots:
    void importFromFile();
    void exportToFile();

private:
    std::optional<SettingsDialog::ImportConflicts> askAboutConflicts(const QStringList &names);
    void show(const Report &report, const QString &title);
    QList<ProviderProfile> exportableProfiles() const;

    SettingsDialog *m_dialog;
    QString m_lastFolder;
};
