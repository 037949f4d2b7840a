#include "settingsdialog.h"

#include "appsettings.h"
#include "errorcatalog.h"
#include "languageloader.h"
#include "profilefileactions.h"
#include "profilelabels.h"
#include "provideradapter.h"
#include "provideradapterregistry.h"
#include "secretstore.h"
#include "sharedhistorypage.h"
#include "taskengine.h"
#include "uiicons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// "Vidu prod" -> "vidu-prod": readable ids in the database and the CLI.
QString slug(const QString &text)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString s = text.toLower();
    s.replace(other, QStringLiteral("-"));
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s.left(40);
}

} // namespace

SettingsDialog::SettingsDialog(TaskEngine *engine, AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_settings(settings)
{
    m_pages = new QListWidget(this);
    m_pages->setObjectName(QStringLiteral("pageList"));
    m_pages->addItem(new QListWidgetItem(UiIcons::named(QStringLiteral("action-profile"), QStyle::SP_DirHomeIcon, style()), QString()));
    m_pages->addItem(new QListWidgetItem(UiIcons::named(QStringLiteral("action-settings"), QStyle::SP_FileDialogDetailedView, style()),
                                         QString()));
    m_pages->addItem(new QListWidgetItem(UiIcons::named(QStringLiteral("action-team"), QStyle::SP_DriveNetIcon, style()), QString()));
    m_pages->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_pages->setIconSize(QSize(style()->pixelMetric(QStyle::PM_SmallIconSize), style()->pixelMetric(QStyle::PM_SmallIconSize)));
    m_stack = new QStackedWidget(this);

    // --- Profiles page -----------------------------------------------------------------------
    auto *profilesPage = new QWidget(m_stack);
    m_profilesHeading = new QLabel(profilesPage);
    m_profileList = new QListWidget(profilesPage);
    m_profileList->setObjectName(QStringLiteral("profileList"));
    m_profileList->setIconSize(m_pages->iconSize());
    m_addButton = new QPushButton(UiIcons::named(QStringLiteral("action-submit"), QStyle::SP_FileDialogNewFolder, style()), QString(),
                                  profilesPage);
    m_addButton->setObjectName(QStringLiteral("addProfileButton"));
    m_removeButton = new QPushButton(UiIcons::named(QStringLiteral("action-remove"), QStyle::SP_TrashIcon, style()), QString(),
                                     profilesPage);
    m_removeButton->setObjectName(QStringLiteral("removeProfileButton"));
    m_importButton = new QPushButton(UiIcons::named(QStringLiteral("action-import"), QStyle::SP_DialogOpenButton, style()),
                                     QString(), profilesPage);
    m_importButton->setObjectName(QStringLiteral("importProfilesButton"));
    m_exportButton = new QPushButton(UiIcons::named(QStringLiteral("action-export"), QStyle::SP_DialogSaveButton, style()),
                                     QString(), profilesPage);
    m_exportButton->setObjectName(QStringLiteral("exportProfilesButton"));
    m_fileActions = new ProfileFileActions(this);
    m_editor = new ProfileEditor(profilesPage);
    m_noProfiles = new QLabel(profilesPage);
    m_noProfiles->setWordWrap(true);
    m_noProfiles->setAlignment(Qt::AlignCenter);

    // No scroll area: it would break the height-for-width of the wrapped inline messages.
    auto *editorLayout = new QVBoxLayout;
    editorLayout->addWidget(m_editor);
    editorLayout->addWidget(m_noProfiles);
    editorLayout->addStretch(1);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_profilesHeading);
    listColumn->addWidget(m_profileList, 1);
    listColumn->addLayout(listButtons);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_importButton);
    fileButtons->addWidget(m_exportButton);
    listColumn->addLayout(fileButtons);
    auto *profilesLayout = new QHBoxLayout(profilesPage);
    profilesLayout->setContentsMargins(0, 0, 0, 0);
    profilesLayout->addLayout(listColumn, 1);
    profilesLayout->addLayout(editorLayout, 3);
    m_stack->addWidget(profilesPage);

    // --- General page ------------------------------------------------------------------------
    auto *generalPage = new QWidget(m_stack);
    buildGeneralPage(generalPage);
    m_stack->addWidget(generalPage);

    // --- Shared history page (team mode) ----------------------------------------------------
    m_sharedPage = new SharedHistoryPage(m_settings, m_stack);
    m_sharedPage->setObjectName(QStringLiteral("sharedHistoryPage"));
    m_stack->addWidget(m_sharedPage);
    connect(m_sharedPage, &SharedHistoryPage::changed, this, &SettingsDialog::updateOk);

    // --- Bottom ------------------------------------------------------------------------------
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("blockingProblem"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_problem, 1);
    bottom->addWidget(m_buttons);

    auto *top = new QHBoxLayout;
    top->addWidget(m_pages);
    top->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(bottom);

    m_keychainTimer = new QTimer(this);
    m_keychainTimer->setInterval(50);
    connect(m_keychainTimer, &QTimer::timeout, this, &SettingsDialog::checkKeychainWrites);

    connect(m_pages, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        updateOk();
    });
    connect(m_profileList, &QListWidget::currentRowChanged, this, &SettingsDialog::selectRow);
    connect(m_addButton, &QPushButton::clicked, this, [this] { addProfile(); });
    connect(m_removeButton, &QPushButton::clicked, this, &SettingsDialog::removeCurrentProfile);
    connect(m_importButton, &QPushButton::clicked, m_fileActions, &ProfileFileActions::importFromFile);
    connect(m_exportButton, &QPushButton::clicked, m_fileActions, &ProfileFileActions::exportToFile);
    connect(m_editor, &ProfileEditor::changed, this, [this] {
        storeEditor();
        refreshList();
        updateOk();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    setAdapterRegistry(nullptr);
    loadProfiles();
    retranslate();
    m_pages->setCurrentRow(0);
    resize(fontMetrics().averageCharWidth() * 140, fontMetrics().height() * 42);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::buildGeneralPage(QWidget *page)
{
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(QString(), QString());
    for (const QString &language : LanguageLoader::availableLanguages())
        m_language->addItem(LanguageLoader::nativeName(language), language);
    const QString current = m_settings ? m_settings->language() : QString();
    int index = m_language->findData(current);
    if (index < 0 && !current.isEmpty()) {
        QString normalized = current;
        normalized.replace(QLatin1Char('-'), QLatin1Char('_'));
        index = m_language->findData(normalized);
    }
    m_language->setCurrentIndex(std::max(0, index));
    // Applies at once: the main window reinstalls the translators on languageChanged().
    connect(m_language, &QComboBox::activated, this, [this](int row) {
        if (m_settings)
            m_settings->setLanguage(m_language->itemData(row).toString());
    });

    m_notifySuccess = new QCheckBox(page);
    m_notifySuccess->setObjectName(QStringLiteral("notifySuccessCheck"));
    m_notifyFailure = new QCheckBox(page);
    m_notifyFailure->setObjectName(QStringLiteral("notifyFailureCheck"));
    m_notifySuccess->setChecked(!m_settings || m_settings->notifyOnSuccess());
    m_notifyFailure->setChecked(!m_settings || m_settings->notifyOnFailure());

    m_folder = new QLineEdit(page);
    m_folder->setObjectName(QStringLiteral("downloadFolderEdit"));
    m_folder->setText(m_settings ? QDir::toNativeSeparators(m_settings->downloadFolder()) : QString());
    m_browse = new QPushButton(UiIcons::named(QStringLiteral("action-folder"), QStyle::SP_DirOpenIcon, style()), QString(), page);
    m_browse->setObjectName(QStringLiteral("browseFolderButton"));
    m_folderMessage = new QLabel(page);
    m_folderMessage->setObjectName(QStringLiteral("downloadFolderError"));
    m_folderMessage->setWordWrap(true);
    connect(m_folder, &QLineEdit::textChanged, this, &SettingsDialog::updateOk);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Download folder"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });

    m_languageLabel = new QLabel(page);
    m_languageLabel->setBuddy(m_language);
    m_notifyLabel = new QLabel(page);
    m_folderLabel = new QLabel(page);
    m_folderLabel->setBuddy(m_folder);

    auto *notify = new QVBoxLayout;
    notify->addWidget(m_notifySuccess);
    notify->addWidget(m_notifyFailure);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *folderColumn = new QVBoxLayout;
    folderColumn->addLayout(folderRow);
    folderColumn->addWidget(m_folderMessage);

    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_notifyLabel, notify);
    form->addRow(m_folderLabel, folderColumn);
}

void SettingsDialog::setSecretStore(SecretStore *secrets)
{
    if (m_secrets)
        disconnect(m_secrets, nullptr, this, nullptr);
    m_secrets = secrets;
    if (m_secrets)
        connect(m_secrets, &SecretStore::notice, this, &SettingsDialog::onSecretNotice);
    m_sharedPage->setKeychain(m_secrets ? m_secrets->keychain() : nullptr);
    // Storage choices and key status depend on what the store holds.
    storeEditor();
    for (Entry &entry : m_entries) {
        if (entry.isNew || !m_secrets)
            continue;
        const bool session = m_secrets->source(entry.profile) == SecretStore::Source::Session;
        entry.hadStoredKey = m_secrets->source(entry.profile) != SecretStore::Source::None;
        if (entry.profile.keyEnvironmentVariable.isEmpty() && session)
            entry.storage = entry.loadedStorage = ProfileEditor::KeyStorage::Session;
    }
    loadEditor();
    updateOk();
}

void SettingsDialog::setAdapterRegistry(const ProviderAdapterRegistry *registry)
{
    m_registry = registry;
    QList<QPair<QString, QString>> providers;
    if (m_registry) {
        for (const QString &id : m_registry->providerIds())
            providers.append({id, m_registry->adapter(id)->displayName()});
    } else {
        for (const QString &id : ErrorCatalog::providerIds()) {
            if (id != QLatin1String("queuelens"))
                providers.append({id, id});
        }
    }
    storeEditor();
    m_editor->setProviders(providers);
    loadEditor();
    refreshList();   // the list names each profile's provider
}

void SettingsDialog::loadProfiles()
{
    m_entries.clear();
    m_removed.clear();
    if (m_engine) {
        for (const ProviderProfile &profile : m_engine->profiles()) {
            Entry entry;
            entry.profile = entry.original = profile;
            if (!profile.keyEnvironmentVariable.isEmpty())
                entry.storage = entry.loadedStorage = ProfileEditor::KeyStorage::Environment;
            m_entries.append(entry);
        }
    }
    m_currentRow = -1;
    refreshList();
    if (!m_entries.isEmpty())
        m_profileList->setCurrentRow(0);
    else
        loadEditor();
}

void SettingsDialog::refreshList()
{
    const QSignalBlocker blocker(m_profileList);
    // Valid rows get an empty icon of the same size, so names stay aligned with marked rows.
    QPixmap blank(m_profileList->iconSize());
    blank.fill(Qt::transparent);
    const QIcon blankIcon(blank);
    while (m_profileList->count() > m_entries.size())
        delete m_profileList->takeItem(m_profileList->count() - 1);
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &entry = m_entries.at(row);
        if (row >= m_profileList->count())
            m_profileList->addItem(QString());
        QListWidgetItem *item = m_profileList->item(row);
        QString text = ProfileLabels::profileLabel(entry.profile, m_registry);
        // "Sandbox · Vidu" says it already; a renamed sandbox profile still shows what it is.
        if (entry.profile.sandbox && !text.contains(tr("Sandbox"), Qt::CaseInsensitive)
            && !text.contains(QLatin1String("sandbox"), Qt::CaseInsensitive))
            text = tr("%1 (sandbox)").arg(text);
        item->setText(text);
        // A profile with a problem is marked, so a problem in a hidden profile can be found.
        const ProfileEditor::Problems problems = ProfileEditor::check(entry.profile, entry.storage, otherNames(row));
        item->setIcon(problems.isEmpty() ? blankIcon : style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setToolTip(problems.isEmpty()
                             ? QStringLiteral("%1 · %2").arg(ProfileLabels::providerName(entry.profile.provider, m_registry),
                                                             entry.profile.baseUrl.toDisplayString())
                             : problems.first());
    }
    m_profileList->setCurrentRow(m_currentRow);
}

QStringList SettingsDialog::otherNames(int row) const
{
    QStringList names;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (i != row)
            names.append(m_entries.at(i).profile.name);
    }
    return names;
}

void SettingsDialog::selectRow(int row)
{
    if (row == m_currentRow)
        return;
    storeEditor();
    m_currentRow = row;
    loadEditor();
    refreshList();
    updateOk();
}

void SettingsDialog::storeEditor()
{
    if (m_currentRow < 0 || m_currentRow >= m_entries.size())
        return;
    Entry &entry = m_entries[m_currentRow];
    entry.profile = m_editor->profile();
    entry.storage = m_editor->keyStorage();
    entry.newKey = m_editor->enteredKey();
}

void SettingsDialog::loadEditor()
{
    const bool has = m_currentRow >= 0 && m_currentRow < m_entries.size();
    m_editor->setVisible(has);
    m_noProfiles->setVisible(!has);
    m_removeButton->setEnabled(has);
    if (!has)
        return;
    const QSignalBlocker blocker(m_editor);   // loading is not an edit
    const Entry &entry = m_entries.at(m_currentRow);
    m_editor->setOtherNames(otherNames(m_currentRow));
    m_editor->load(entry.profile, entry.storage, keyStatus(entry));
    if (!entry.newKey.isEmpty()) {
        // Coming back to a profile whose new key is not saved yet: keep it.
        if (auto *keyEdit = m_editor->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit")))
            keyEdit->setText(entry.newKey);
    }
    m_editor->setKeyWarning(m_keychainProblem);
}

QString SettingsDialog::keyStatus(const Entry &entry) const
{
    if (!m_secrets)
        return tr("No key store is connected, so keys cannot be changed here.");
    switch (entry.isNew ? SecretStore::Source::None : m_secrets->source(entry.profile)) {
    case SecretStore::Source::Keychain:
        return tr("A key is saved in the system keychain.");
    case SecretStore::Source::Session:
        return tr("A key is set for this session only; it is not saved.");
    case SecretStore::Source::Environment:
        return tr("The key comes from the environment variable %1.").arg(entry.profile.keyEnvironmentVariable);
    case SecretStore::Source::Sandbox:
        return tr("Sandbox profile: no key is needed.");
    case SecretStore::Source::None:
        break;
    }
    if (entry.profile.sandbox)
        return tr("Sandbox profile: no key is needed.");
    return tr("No key yet: the provider will refuse requests until you enter one.");
}

void SettingsDialog::addProfile(const QString &provider)
{
    storeEditor();
    Entry entry;
    entry.isNew = true;
    entry.profile.provider = provider;
    if (entry.profile.provider.isEmpty()) {
        if (m_registry && !m_registry->providerIds().isEmpty())
            entry.profile.provider = m_registry->providerIds().first();
        else
            entry.profile.provider = QStringLiteral("vidu");
    }
    entry.profile.baseUrl = QUrl(ProfileEditor::defaultBaseUrl(entry.profile.provider));
    // A unique starting name the operator will usually overwrite.
    const QStringList names = otherNames(-1);
    QString name = tr("New profile");
    for (int n = 2; names.contains(name, Qt::CaseInsensitive); ++n)
        name = tr("New profile %1").arg(n);
    entry.profile.name = name;
    entry.original = entry.profile;
    m_entries.append(entry);
    m_currentRow = -1;
    refreshList();
    m_profileList->setCurrentRow(int(m_entries.size()) - 1);
    if (auto *nameEdit = m_editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"))) {
        nameEdit->setFocus();
        nameEdit->selectAll();
    }
    updateOk();
}

void SettingsDialog::removeCurrentProfile()
{
    if (m_currentRow < 0 || m_currentRow >= m_entries.size())
        return;
    const Entry entry = m_entries.takeAt(m_currentRow);
    if (!entry.isNew)
        m_removed.append(entry);   // removed from the engine on OK
    const int next = std::min(m_currentRow, int(m_entries.size()) - 1);
    m_currentRow = -1;
    refreshList();
    if (next >= 0)
        m_profileList->setCurrentRow(next);
    else
        loadEditor();
    updateOk();
}

QList<ProviderProfile> SettingsDialog::workingProfiles()
{
    storeEditor();
    QList<ProviderProfile> profiles;
    for (const Entry &entry : std::as_const(m_entries))
        profiles.append(entry.profile);
    return profiles;
}

SettingsDialog::ImportSummary SettingsDialog::addImported(const ProfileImport::Plan &plan, ImportConflicts conflicts)
{
    storeEditor();
    ImportSummary summary;
    int firstRow = -1;
    const auto storageFor = [](const ProviderProfile &profile, ProfileEditor::KeyStorage current) {
        if (!profile.keyEnvironmentVariable.isEmpty())
            return ProfileEditor::KeyStorage::Environment;
        return current == ProfileEditor::KeyStorage::Environment ? ProfileEditor::KeyStorage::Keychain : current;
    };
    const auto append = [&](const ProviderProfile &profile) {
        Entry entry;
        entry.isNew = true;
        entry.profile = entry.original = profile;
        entry.storage = entry.loadedStorage = storageFor(profile, ProfileEditor::KeyStorage::Keychain);
        m_entries.append(entry);
        if (firstRow < 0)
            firstRow = int(m_entries.size()) - 1;
        ++summary.added;
    };

    for (const ProviderProfile &profile : plan.added)
        append(profile);
    if (conflicts == ImportConflicts::Replace) {
        for (const ProviderProfile &profile : plan.replacing) {
            for (int row = 0; row < m_entries.size(); ++row) {
                Entry &entry = m_entries[row];
                if (entry.profile.id != profile.id)
                    continue;
                entry.profile = profile;   // same id: the stored key still belongs to it
                entry.storage = storageFor(profile, entry.storage);
                if (firstRow < 0)
                    firstRow = row;
                ++summary.replaced;
                break;
            }
        }
    } else {
        QStringList taken;
        for (const Entry &entry : std::as_const(m_entries))
            taken.append(entry.profile.name);
        for (const ProviderProfile &copy : ProfileImport::asCopies(plan.replacing, taken))
            append(copy);
    }

    m_currentRow = -1;
    refreshList();
    if (firstRow >= 0) {
        showPage(Page::Profiles);
        m_profileList->setCurrentRow(firstRow);
    } else {
        loadEditor();
    }
    updateOk();
    return summary;
}

void SettingsDialog::showProfile(const QString &profileId)
{
    showPage(Page::Profiles);
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).profile.id == profileId) {
            m_profileList->setCurrentRow(row);
            break;
        }
    }
}

void SettingsDialog::showPage(Page page)
{
    m_pages->setCurrentRow(page == Page::Profiles ? 0 : (page == Page::General ? 1 : 2));
}

QString SettingsDialog::currentProfileId() const
{
    return m_currentRow >= 0 && m_currentRow < m_entries.size() ? m_entries.at(m_currentRow).profile.id : QString();
}

QString SettingsDialog::downloadFolderProblem(QString *info) const
{
    const QString path = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (path.isEmpty())
        return tr("Choose a folder for downloaded results.");
    if (!QDir::isAbsolutePath(path))
        return tr("The download folder must be a full path, for example %1")
            .arg(QDir::toNativeSeparators(
                QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).filePath(QStringLiteral("QueueLens"))));
    const QFileInfo fileInfo(path);
    if (fileInfo.exists() && !fileInfo.isDir())
        return tr("“%1” is a file, not a folder.").arg(QDir::toNativeSeparators(path));
    if (fileInfo.exists() && !fileInfo.isWritable())
        return tr("QueueLens cannot write to “%1”.").arg(QDir::toNativeSeparators(path));
    if (info && !fileInfo.exists())
        *info = tr("The folder will be created when the first result is downloaded.");
    return {};
}

QString SettingsDialog::blockingProblem() const
{
    // The profile on screen first: its fields carry the details already.
    QList<int> rows;
    if (m_currentRow >= 0 && m_currentRow < m_entries.size())
        rows.append(m_currentRow);
    for (int row = 0; row < m_entries.size(); ++row) {
        if (row != m_currentRow)
            rows.append(row);
    }
    for (int row : rows) {
        const Entry &entry = m_entries.at(row);
        const ProfileEditor::Problems problems = ProfileEditor::check(entry.profile, entry.storage, otherNames(row));
        if (!problems.isEmpty()) {
            if (row == m_currentRow && m_stack->currentIndex() == 0)
                return tr("Fix the marked fields to save.");
            return tr("Profile “%1”: %2").arg(entry.profile.name, problems.first());
        }
        if (!entry.newKey.isEmpty() && !m_secrets)
            return tr("Profile “%1”: the key cannot be saved because no key store is connected.").arg(entry.profile.name);
    }
    const QString folder = downloadFolderProblem(nullptr);
    if (!folder.isEmpty())
        return m_stack->currentIndex() == 1 ? tr("Fix the marked fields to save.") : tr("General: %1").arg(folder);
    const QString shared = m_sharedPage->problem();
    if (!shared.isEmpty())
        return m_stack->currentWidget() == m_sharedPage ? tr("Fix the marked fields to save.")
                                                        : tr("Shared history: %1").arg(shared);
    return {};
}

bool SettingsDialog::canAccept() const
{
    return blockingProblem().isEmpty() && !m_keychainTimer->isActive();
}

void SettingsDialog::updateOk()
{
    QString info;
    const QString folderProblem = downloadFolderProblem(&info);
    UiIcons::setTextColor(m_folderMessage, folderProblem.isEmpty() ? palette().color(QPalette::WindowText) : UiIcons::errorTextColor(palette()));
    m_folderMessage->setText(folderProblem.isEmpty() ? info : folderProblem);
    m_folderMessage->setVisible(!m_folderMessage->text().isEmpty());
    m_folder->setAccessibleDescription(folderProblem);

    const QString problem = blockingProblem();
    if (!m_keychainTimer->isActive()) {
        UiIcons::setTextColor(m_problem, UiIcons::errorTextColor(palette()));
        m_problem->setText(problem);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

void SettingsDialog::accept()
{
    storeEditor();
    if (!canAccept())
        return;
    QString error;
    if (!applyProfiles(&error)) {
        UiIcons::setTextColor(m_problem, UiIcons::errorTextColor(palette()));
        m_problem->setText(error);
        return;
    }
    applyGeneral();
    if (m_waitingForKeychain.isEmpty()) {
        QDialog::accept();
        return;
    }
    waitForKeychain();
}

bool SettingsDialog::applyProfiles(QString *error)
{
    if (!m_engine)
        return true;
    // Removals first, so a freed name can be reused in the same OK.
    while (!m_removed.isEmpty()) {
        const Entry entry = m_removed.first();
        QString why;
        if (!m_engine->removeProfile(entry.profile.id, &why)) {
            *error = tr("Could not remove “%1”: %2").arg(entry.original.name, why);
            // Put it back where the operator can see it.
            m_removed.removeFirst();
            m_entries.append(entry);
            m_currentRow = -1;
            refreshList();
            return false;
        }
        if (m_secrets)
            m_secrets->removeKey(entry.profile.id);
        m_removed.removeFirst();
    }

    QSet<QString> usedIds;
    for (const ProviderProfile &profile : m_engine->profiles())
        usedIds.insert(profile.id);
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &entry = m_entries[row];
        if (entry.isNew && entry.profile.id.isEmpty()) {
            const QString base = slug(entry.profile.name).isEmpty() ? entry.profile.provider : slug(entry.profile.name);
            QString id = base;
            for (int n = 2; usedIds.contains(id); ++n)
                id = QStringLiteral("%1-%2").arg(base).arg(n);
            entry.profile.id = id;
        }
        usedIds.insert(entry.profile.id);
        if (entry.isNew || entry.profile != entry.original) {
            QString why;
            if (!m_engine->saveProfile(entry.profile, &why)) {
                *error = tr("Could not save “%1”: %2").arg(entry.profile.name, why);
                m_profileList->setCurrentRow(row);
                return false;
            }
            entry.isNew = false;
            entry.original = entry.profile;
        }
        if (!m_secrets)
            continue;
        // Keys: only through the SecretStore (keychain or memory), never into the profile.
        const bool storageChanged = entry.storage != entry.loadedStorage;
        if (entry.storage == ProfileEditor::KeyStorage::Environment) {
            if (storageChanged && entry.hadStoredKey)
                m_secrets->removeKey(entry.profile.id);   // else a stale stored key would win when the variable is unset
        } else if (!entry.newKey.isEmpty()) {
            const bool persist = entry.storage == ProfileEditor::KeyStorage::Keychain;
            m_secrets->setKey(entry.profile.id, entry.newKey, persist);
            if (persist)
                m_waitingForKeychain.append(entry.profile.id);
            entry.hadStoredKey = true;
        } else if (storageChanged && entry.storage == ProfileEditor::KeyStorage::Keychain
                   && m_secrets->source(entry.profile) == SecretStore::Source::Session) {
            // "Save in the keychain" for a key that was session-only: try to save it now.
            m_secrets->setKey(entry.profile.id, m_secrets->key(entry.profile), true);
            m_waitingForKeychain.append(entry.profile.id);
        }
        entry.newKey.clear();
        entry.loadedStorage = entry.storage;
    }
    // The editor shows the saved state (generated id, key field emptied, new key status).
    loadEditor();
    refreshList();
    return true;
}

void SettingsDialog::applyGeneral()
{
    if (!m_settings)
        return;
    if (m_settings->notifyOnSuccess() != m_notifySuccess->isChecked())
        m_settings->setNotifyOnSuccess(m_notifySuccess->isChecked());
    if (m_settings->notifyOnFailure() != m_notifyFailure->isChecked())
        m_settings->setNotifyOnFailure(m_notifyFailure->isChecked());
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder != m_settings->downloadFolder())
        m_settings->setDownloadFolder(folder);
    m_sharedPage->apply();
}

void SettingsDialog::waitForKeychain()
{
    m_keychainProblem.clear();
    m_keychainWaitStart = QDateTime::currentMSecsSinceEpoch();
    UiIcons::setTextColor(m_problem, palette().color(QPalette::WindowText));
    m_problem->setText(tr("Saving the key in the system keychain…"));
    m_keychainTimer->start();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}

void SettingsDialog::checkKeychainWrites()
{
    if (!m_secrets) {
        m_waitingForKeychain.clear();
    } else {
        const QList<ProviderProfile> profiles = m_engine ? m_engine->profiles() : QList<ProviderProfile>();
        for (const ProviderProfile &profile : profiles) {
            if (m_waitingForKeychain.contains(profile.id) && m_secrets->source(profile) == SecretStore::Source::Keychain)
                m_waitingForKeychain.removeAll(profile.id);
        }
    }
    // No answer in time: close anyway; a late failure still reaches the main window as a notice.
    if (m_waitingForKeychain.isEmpty() || QDateTime::currentMSecsSinceEpoch() - m_keychainWaitStart > KeychainWaitMs) {
        m_keychainTimer->stop();
        m_waitingForKeychain.clear();
        QDialog::accept();
    }
}

void SettingsDialog::onSecretNotice(const QString &message)
{
    if (m_keychainTimer->isActive()) {
        // The key is in memory now: say so where it was typed, and let OK close on the next press.
        m_keychainTimer->stop();
        m_keychainProblem = tr("The system keychain did not accept the key, so it is kept in memory until QueueLens "
                               "quits. To keep it across restarts, put it in an environment variable and choose "
                               "“Read from an environment variable”.\nDetails: %1")
                                .arg(message);
        const QString failedId = m_waitingForKeychain.value(0);
        for (Entry &entry : m_entries) {
            if (m_waitingForKeychain.contains(entry.profile.id))
                entry.storage = entry.loadedStorage = ProfileEditor::KeyStorage::Session;
        }
        m_waitingForKeychain.clear();
        showProfile(failedId);
        loadEditor();
        updateOk();
        UiIcons::setTextColor(m_problem, UiIcons::errorTextColor(palette()));
        m_problem->setText(tr("The key was not saved in the keychain. Press OK to continue with a session-only key."));
        return;
    }
    if (m_keychainProblem.isEmpty()) {
        // Reported by the store on its own (e.g. reading keys at start-up).
        m_keychainProblem = tr("%1\nTo keep a key across restarts, put it in an environment variable and choose "
                               "“Read from an environment variable”.")
                                .arg(message);
        m_editor->setKeyWarning(m_keychainProblem);
    }
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_pages->item(0)->setText(tr("Profiles"));
    m_pages->item(1)->setText(tr("General"));
    m_pages->item(2)->setText(tr("Shared history"));
    m_pages->setAccessibleName(tr("Settings pages"));
    // As wide as the longest page name in this language, no wider.
    m_pages->setFixedWidth(m_pages->sizeHintForColumn(0) + 2 * m_pages->frameWidth()
                           + fontMetrics().averageCharWidth() * 3);
    m_profilesHeading->setText(tr("Provider profiles:"));
    m_profileList->setAccessibleName(tr("Provider profiles"));
    m_addButton->setText(tr("&Add"));
    m_addButton->setAccessibleName(tr("Add a profile"));
    m_removeButton->setText(tr("Re&move"));
    m_removeButton->setAccessibleName(tr("Remove the selected profile"));
    m_removeButton->setToolTip(tr("Removes the profile when you press OK. Its tasks stay in the history."));
    m_importButton->setText(tr("&Import…"));
    m_importButton->setAccessibleName(tr("Import profiles from a file"));
    m_importButton->setToolTip(tr("Adds the profiles of a QueueLens profiles file. API keys are never part of one."));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setAccessibleName(tr("Export the profiles to a file"));
    m_exportButton->setToolTip(tr("Saves these profiles, without their API keys, to share or keep."));
    m_noProfiles->setText(tr("No provider profile yet.\nPress “Add” to connect QueueLens to a provider, or "
                             "“Import” to read a profiles file."));

    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("Same as the system"));
    m_language->setAccessibleName(tr("Interface language"));
    m_language->setToolTip(tr("Applies immediately."));
    m_notifyLabel->setText(tr("Notifications:"));
    m_notifySuccess->setText(tr("When tasks &succeed"));
    m_notifyFailure->setText(tr("When tasks &fail"));
    m_notifySuccess->setAccessibleName(tr("Notify when tasks succeed"));
    m_notifyFailure->setAccessibleName(tr("Notify when tasks fail"));
    m_folderLabel->setText(tr("&Download folder:"));
    m_folder->setAccessibleName(tr("Download folder"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Choose the download folder"));

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    storeEditor();
    refreshList();
    if (m_currentRow >= 0)
        loadEditor();   // the key status line is translated text
    updateOk();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
