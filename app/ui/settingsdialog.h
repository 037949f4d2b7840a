#pragma once

#include "profileeditor.h"
#include "profileimport.h"
#include "providerprofile.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>

class AppSettings;
class ProviderAdapterRegistry;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class ProfileFileActions;
class QPushButton;
class QStackedWidget;
class QTimer;
class SecretStore;
class SharedHistoryPage;
class TaskEngine;

// Settings: provider profiles (with their API keys) and general preferences.
//
// Profiles are edited as a working copy and saved on OK; OK stays disabled while any profile or
// field is invalid, and every problem is named next to its field. Keys go to the SecretStore
// (OS keychain) only. When the keychain refuses a key, the dialog stays open and says so under
// the key, because a key that silently lasts only until quit is a surprise at 3 a.m.
// The language applies as soon as it is picked (the main window listens to AppSettings).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(TaskEngine *engine, AppSettings *settings, QWidget *parent);
    ~SettingsDialog() override;

    // Where API keys go. Without one, the key fields are disabled with an explanation.
    void setSecretStore(SecretStore *secrets);
    // Provider display names; without it the five built-in ids are listed.
    void setAdapterRegistry(const ProviderAdapterRegistry *registry);

    // Opens on the Profiles page with this profile selected.
    void showProfile(const QString &profileId);

    enum class Page { Profiles, General, SharedHistory };
    void showPage(Page page);

    // For tests and the main window.
    ProfileEditor *profileEditor() const { return m_editor; }
    SharedHistoryPage *sharedHistoryPage() const { return m_sharedPage; }
    ProfileFileActions *profileFileActions() const { return m_fileActions; }
    bool canAccept() const;
    QString blockingProblem() const;   // why OK is disabled, empty when it is not
    QString currentProfileId() const;
    void addProfile(const QString &provider = {});
    void removeCurrentProfile();

    // The profiles as they stand in the dialog, unsaved edits included (for export).
    QList<ProviderProfile> workingProfiles();
    // Adds an import plan (ProfileImport) to the working copy, saved on OK like any edit.
    // Profiles with the id of one here replace its settings (its key stays) or are added as
    // copies. Selects the first imported profile.
    enum class ImportConflicts { Replace, KeepBoth };
    struct ImportSummary
    {
        int added = 0;
        int replaced = 0;
    };
    ImportSummary addImported(const ProfileImport::Plan &plan, ImportConflicts conflicts);

    // How long OK waits for the keychain to confirm a write before closing anyway.
    static constexpr int KeychainWaitMs = 3000;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // One profile in the working copy.
    struct Entry
    {
        ProviderProfile profile;     // as edited
        ProviderProfile original;    // as the engine has it (saved only when different)
        ProfileEditor::KeyStorage storage = ProfileEditor::KeyStorage::Keychain;
        ProfileEditor::KeyStorage loadedStorage = ProfileEditor::KeyStorage::Keychain;
        QString newKey;              // typed in this dialog, not yet handed to the SecretStore
        bool isNew = false;
        bool hadStoredKey = false;
    };

    void loadProfiles();
    void refreshList();
    void selectRow(int row);
    void storeEditor();              // editor -> m_entries[m_currentRow]
    void loadEditor();               // m_entries[m_currentRow] -> editor
    QString keyStatus(const Entry &entry) const;
    QStringList otherNames(int row) const;
    void updateOk();
    bool applyProfiles(QString *error);
    void applyGeneral();
    void waitForKeychain();
    void onSecretNotice(const QString &message);
    void checkKeychainWrites();
    void buildGeneralPage(QWidget *page);
    QString downloadFolderProblem(QString *info) const;
    void retranslate();

    TaskEngine *m_engine;
    AppSettings *m_settings;
    QPointer<SecretStore> m_secrets;
    const ProviderAdapterRegistry *m_registry = nullptr;

    QList<Entry> m_entries;
    QList<Entry> m_removed;          // removed from the engine on OK
    int m_currentRow = -1;
    QStringList m_waitingForKeychain;
    QString m_keychainProblem;
    QTimer *m_keychainTimer = nullptr;
    qint64 m_keychainWaitStart = 0;

    QListWidget *m_pages = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListWidget *m_profileList = nullptr;
    QLabel *m_profilesHeading = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    ProfileFileActions *m_fileActions = nullptr;
    ProfileEditor *m_editor = nullptr;
    SharedHistoryPage *m_sharedPage = nullptr;
    QLabel *m_noProfiles = nullptr;

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_notifyLabel = nullptr;
    QCheckBox *m_notifySuccess = nullptr;
    QCheckBox *m_notifyFailure = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_folderMessage = nullptr;

    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
