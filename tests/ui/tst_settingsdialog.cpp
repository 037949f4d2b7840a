// SettingsDialog: specific inline messages that block OK, profiles saved through the real
// engine, API keys only in the (fake) keychain or memory, never in the database or the INI,
// the keychain-unavailable path, and the language applying at once.

#include "appsettings.h"
#include "profileeditor.h"
#include "profilefileactions.h"
#include "profilelabels.h"
#include "settingsdialog.h"
#include "sharedhistorypage.h"

// The engine's store header shares its file name with the sandbox's internal one.
#include "../../app/engine/taskstore.h"
#include "builtinproviders.h"
#include "clock.h"
#include "httpclient.h"
#include "keychainbackend.h"
#include "languageloader.h"
#include "provideradapterregistry.h"
#include "secretstore.h"
#include "taskengine.h"
#include "widgetsettling.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

const QString kKey = QStringLiteral("sk-test-9d2f64b1c0e84a7f");

// In-memory keychain: no real keychain job ever starts in a test. Answers come from the event
// loop, as the real backend's do.
class FakeKeychain : public KeychainBackend
{
public:
    struct State
    {
        QHash<QString, QString> entries;
        bool unavailable = false;
    };
    explicit FakeKeychain(std::shared_ptr<State> state)
        : m_state(std::move(state))
    {
    }
    void read(const QString &name, Callback done) override
    {
        Result result;
        if (m_state->unavailable) {
            result.status = Status::Unavailable;
            result.errorText = QStringLiteral("No keyring daemon");
        } else if (m_state->entries.contains(name)) {
            result.secret = m_state->entries.value(name);
        } else {
            result.status = Status::NotFound;
        }
        QTimer::singleShot(0, qApp, [done, result] { done(result); });
    }
    void write(const QString &name, const QString &secret, Callback done) override
    {
        Result result;
        if (m_state->unavailable) {
            result.status = Status::Unavailable;
            result.errorText = QStringLiteral("No keyring daemon");
        } else {
            m_state->entries.insert(name, secret);
        }
        QTimer::singleShot(0, qApp, [done, result] { done(result); });
    }
    void remove(const QString &name, Callback done) override
    {
        m_state->entries.remove(name);
        QTimer::singleShot(0, qApp, [done] { done(Result{}); });
    }

private:
    std::shared_ptr<State> m_state;
};

struct Rig
{
    Rig()
    {
        registerBuiltinProviders(registry);
        opened = store.open(dir.filePath(QStringLiteral("queuelens.sqlite")), &openError);
        secrets = std::make_unique<SecretStore>(std::make_unique<FakeKeychain>(keychain));
        engine = std::make_unique<TaskEngine>(&store, &http, &registry, secrets.get(), &clock);
        engine->start();
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")), nullptr);
    }
    ~Rig() { engine.reset(); }

    ProviderProfile addProfile(const QString &id, const QString &name, const QString &provider)
    {
        ProviderProfile profile;
        profile.id = id;
        profile.name = name;
        profile.provider = provider;
        profile.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
        QString error;
        if (!engine->saveProfile(profile, &error))
            qWarning("saveProfile: %s", qPrintable(error));
        return profile;
    }

    std::optional<ProviderProfile> profileNamed(const QString &name) const
    {
        for (const ProviderProfile &profile : engine->profiles()) {
            if (profile.name == name)
                return profile;
        }
        return std::nullopt;
    }

    // Every file the app wrote in the temporary folder (database, WAL, settings), as bytes.
    QByteArray allFiles() const
    {
        QByteArray data;
        for (const QFileInfo &info : QDir(dir.path()).entryInfoList(QDir::Files)) {
            QFile file(info.filePath());
            if (file.open(QIODevice::ReadOnly))
                data += file.readAll();
        }
        return data;
    }

    QTemporaryDir dir;
    std::shared_ptr<FakeKeychain::State> keychain = std::make_shared<FakeKeychain::State>();
    ProviderAdapterRegistry registry;
    SystemClock clock;
    TaskStore store;
    HttpClient http;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<TaskEngine> engine;
    std::unique_ptr<AppSettings> settings;
    bool opened = false;
    QString openError;
};

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// The inline message under a field, or empty when it is hidden.
QString shown(QWidget *dialog, const char *labelName)
{
    auto *label = child<QLabel>(dialog, labelName);
    return label && !label->isHidden() ? label->text() : QString();
}

// Saved only when QUEUELENS_SCREENSHOT_DIR is set (docs/screenshots).
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUEUELENS_SCREENSHOT_DIR");
    settleWidgets();
    const QPixmap shot = widget->grab();
    QVERIFY(!shot.isNull());
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(shot.save(QDir(dir).filePath(name)));
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void invalidInputsBlockOk();
    void savedProfileAppearsInEngine();
    void keyNeverOnDisk();
    void keychainUnavailableIsSaidInline();
    void environmentVariableInsteadOfKey();
    void editAndRemoveProfiles();
    void showProfileSelectsIt();
    void generalPage();
    void languageChangeEmits();
    void listNamesTheProvider();
    void screenshots();
    void pastedBaseUrlIsShortened();
    void exportedProfilesCarryNoKey();
    void importReplacesOrKeepsBoth();
};

void TestSettingsDialog::initTestCase()
{
    // No stray keys from the developer's environment.
    qunsetenv("QUEUELENS_TEST_KEY_VAR");
}

void TestSettingsDialog::invalidInputsBlockOk()
{
    Rig rig;
    QVERIFY2(rig.opened, qPrintable(rig.openError));
    rig.addProfile(QStringLiteral("vidu-prod"), QStringLiteral("Vidu production"), QStringLiteral("vidu"));
    SettingsDialog dialog(rig.engine.get(), rig.settings.get(), nullptr);
    dialog.setSecretStore(rig.secrets.get());
    dialog.setAdapterRegistry(&rig.registry);
    dialog.show();
    QVERIFY(okButton(&dialog)->isEnabled());

    dialog.addProfile(QStringLiteral("vidu"));
    QVERIFY(okButton(&dialog)->isEnabled());   // a fresh profile starts valid (name, default URL)
    auto *name = child<QLineEdit>(&dialog, "nameEdit");
    auto *url = child<QLineEdit>(&dialog, "baseUrlEdit");
    auto *poll = child<QDoubleSpinBox>(&dialog, "pollIntervalSpin");
    auto *concurrency = child<QSpinBox>(&dialog, "concurrencySpin");
    auto *deadline = child<QSpinBox>(&dialog, "deadlineSpin");
    QVERIFY(name && url && poll && concurrency && deadline);

    name->setText(QString());
    QCOMPARE(shown(&dialog, "nameError"), QStringLiteral("Give the profile a name."));
    QVERIFY(!okButton(&dialog)->isEnabled());
    name->setText(QStringLiteral("vidu PRODUCTION "));
    QCOMPARE(shown(&dialog, "nameError"), QStringLiteral("A profile named “vidu PRODUCTION” already exists."));
    QVERIFY(!okButton(&dialog)->isEnabled());
    name->setText(QStringLiteral("Vidu staging"));
    QCOMPARE(shown(&dialog, "nameError"), QString());
    QVERIFY(okButton(&dialog)->isEnabled());

    url->setText(QStringLiteral("ftp://api.vidu.com"));
    QCOMPARE(shown(&dialog, "baseUrlError"), QStringLiteral("The base URL must start with http:// or https://"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    url->setText(QStringLiteral("api.vidu.com"));
    QCOMPARE(shown(&dialog, "baseUrlError"), QStringLiteral("The base URL must start with http:// or https://"));
    url->setText(QStringLiteral("https://"));
    QVERIFY(!shown(&dialog, "baseUrlError").isEmpty());
    QVERIFY(!okButton(&dialog)->isEnabled());
    url->setText(QStringLiteral("http://gpu-box.lan:8080"));   // valid, with a warning that does not block
    QVERIFY(shown(&dialog, "baseUrlError").contains(QStringLiteral("unencrypted")));
    QVERIFY(okButton(&dialog)->isEnabled());
    url->setText(QStringLiteral("https://api.vidu.com/"));
    QCOMPARE(shown(&dialog, "baseUrlError"), QString());

    poll->setValue(0);
    QCOMPARE(shown(&dialog, "pollIntervalError"), QStringLiteral("Poll interval must be between 1 and 3600 seconds."));
    QVERIFY(!okButton(&dialog)->isEnabled());
    poll->setValue(5000);
    QCOMPARE(shown(&dialog, "pollIntervalError"), QStringLiteral("Poll interval must be between 1 and 3600 seconds."));
    poll->setValue(2.5);
    QCOMPARE(shown(&dialog, "pollIntervalError"), QString());

    concurrency->setValue(0);
    QCOMPARE(shown(&dialog, "concurrencyError"), QStringLiteral("Concurrency must be between 1 and 64 requests at a time."));
    QVERIFY(!okButton(&dialog)->isEnabled());
    concurrency->setValue(3);

    deadline->setValue(20000);
    QCOMPARE(shown(&dialog, "deadlineError"), QStringLiteral("The deadline must be between 0 (none) and 10080 minutes (7 days)."));
    QVERIFY(!okButton(&dialog)->isEnabled());
    deadline->setValue(0);   // "No deadline" is fine
    QCOMPARE(shown(&dialog, "deadlineError"), QString());

    child<QRadioButton>(&dialog, "storeEnvironmentRadio")->setChecked(true);
    QCOMPARE(shown(&dialog, "keyError"), QStringLiteral("Name the environment variable that holds the API key."));
    QVERIFY(!okButton(&dialog)->isEnabled());
    child<QLineEdit>(&dialog, "keyEnvEdit")->setText(QStringLiteral("1BAD-NAME"));
    QVERIFY(shown(&dialog, "keyError").startsWith(QStringLiteral("“1BAD-NAME” is not a valid environment variable name")));
    child<QLineEdit>(&dialog, "keyEnvEdit")->setText(QStringLiteral("QUEUELENS_TEST_KEY_VAR"));
    QCOMPARE(shown(&dialog, "keyError"), QString());
    QVERIFY(okButton(&dialog)->isEnabled());

    // A problem in a profile that is not shown still blocks OK, and says where it is.
    name->setText(QString());
    auto *list = child<QListWidget>(&dialog, "profileList");
    list->setCurrentRow(0);
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(dialog.blockingProblem().contains(QStringLiteral("Give the profile a name.")));
    QVERIFY(!list->item(1)->icon().isNull());   // marked in the list

    // Pressing OK anyway (keyboard, script) changes nothing.
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(rig.engine->profiles().size(), 1);
}

void TestSettingsDialog::savedProfileAppearsInEngine()
{
    Rig rig;
    QVERIFY(rig.opened);
    SettingsDialog dialog(rig.engine.get(), rig.settings.get(), nullptr);
    dialog.setSecretStore(rig.secrets.get());
    dialog.setAdapterRegistry(&rig.registry);
    dialog.show();
    dialog.addProfile(QStringLiteral("foxapi"));
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Fox main"));
    QCOMPARE(child<QLineEdit>(&dialog, "baseUrlEdit")->text(), QStringLiteral("https://api.foxapi.cc"));   // default
    child<QLineEdit>(&dialog, "apiKeyEdit")->setText(kKey);
    child<QDoubleSpinBox>(&dialog, "pollIntervalSpin")->setValue(4);
    child<QSpinBox>(&dialog, "concurrencySpin")->setValue(2);
    child<QSpinBox>(&dialog, "deadlineSpin")->setValue(45);
    QVERIFY(okButton(&dialog)->isEnabled());

    QSignalSpy finished(&dialog, &QDialog::finished);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);   // waits for the keychain's answer
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const std::optional<ProviderProfile> saved = rig.profileNamed(QStringLiteral("Fox main"));
    QVERIFY(saved);
    QCOMPARE(saved->id, QStringLiteral("fox-main"));
    QCOMPARE(saved->provider, QStringLiteral("foxapi"));
    QCOMPARE(saved->baseUrl, QUrl(QStringLiteral("https://api.foxapi.cc")));
    QCOMPARE(saved->pollIntervalMs, 4000);
    QCOMPARE(saved->maxConcurrent, 2);
    QCOMPARE(saved->deadlineSeconds, 45 * 60);
    QVERIFY(saved->keyEnvironmentVariable.isEmpty());
    QCOMPARE(rig.keychain->entries.value(saved->id), kKey);
    QCOMPARE(rig.secrets->source(*saved), SecretStore::Source::Keychain);
    QCOMPARE(rig.secrets->key(*saved), kKey);
}

void TestSettingsDialog::keyNeverOnDisk()
{
    Rig rig;
    QVERIFY(rig.opened);
    {
        SettingsDialog dialog(rig.engine.get(), rig.settings.get(), nullptr);
        dialog.setSecretStore(rig.secrets.get());
        dialog.show();
        dialog.addProfile(QStringLiteral("vidu"));
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Vidu with key"));
        child<QLineEdit>(&dialog, "apiKeyEdit")->setText(kKey);
        // A session-only key for a second profile: memory only, not even the keychain.
        dialog.addProfile(QStringLiteral("llmapi"));
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("LLM session"));
        child<QLineEdit>(&dialog, "apiKeyEdit")->setText(kKey + QStringLiteral("-session"));
        child<QRadioButton>(&dialog, "storeSessionRadio")->setChecked(true);
        child<QCheckBox>(&dialog, "notifySuccessCheck")->setChecked(false);
        QSignalSpy finished(&dialog, &QDialog::finished);
        dialog.accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    }
    QVERIFY(rig.profileNamed(QStringLiteral("Vidu with key")));
    const std::optional<ProviderProfile> session = rig.profileNamed(QStringLiteral("LLM session"));
    QVERIFY(session);
    QCOMPARE(rig.secrets->source(*session), SecretStore::Source::Session);
    QVERIFY(!rig.keychain->entries.contains(session->id));
    QVERIFY(!rig.settings->notifyOnSuccess());

    // Flush everything to the files, then look for the key in every byte of them.
    rig.settings.reset();
    rig.engine.reset();
    rig.store.close();
    const QByteArray files = rig.allFiles();
    QVERIFY(files.contains("Vidu with key"));                 // the grep does see what was written
    QVERIFY(files.contains("notifications"));
    QVERIFY(!files.contains(kKey.toUtf8()));
    const QByteArray utf16(reinterpret_cast<const char *>(kKey.utf16()), kKey.size() * 2);
    QVERIFY(!files.contains(utf16));
}

void TestSettingsDialog::keychainUnavailableIsSaidInline()
{
    Rig rig;
    QVERIFY(rig.opened);
    rig.keychain->unavailable = true;
    SettingsDialog dialog(rig.engine.get(), rig.settings.get(), nullptr);
    dialog.setSecretStore(rig.secrets.get());
    dialog.show();
    dialog.addProfile(QStringLiteral("seaart"));
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("SeaArt"));
    child<QLineEdit>(&dialog, "apiKeyEdit")->setText(kKey);

    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.accept();
    // The keychain refuses: the dialog stays open and says so under the key.
    QTRY_VERIFY_WITH_TIMEOUT(!shown(&dialog, "keyWarning").isEmpty(), 3000);
    QCOMPARE(finished.count(), 0);
    QVERIFY(shown(&dialog, "keyWarning").contains(QStringLiteral("environment variable")));
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(child<QRadioButton>(&dialog, "storeSessionRadio")->isChecked());   // what it really is now

    const std::optional<ProviderProfile> saved = rig.profileNamed(QStringLiteral("SeaArt"));
    QVERIFY(saved);
    QCOMPARE(rig.secrets->source(*saved), SecretStore::Source::Session);   // usable this session
    QCOMPARE(rig.secrets->key(*saved), kKey);

    dialog.accept();   // the operator accepts the session-only key
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000);
    QCOMPARE(rig.engine->profiles().size(), 1);   // not saved twice
}

void TestSettingsDialog::environmentVariableInsteadOfKey()
{
    Rig rig;
    QVERIFY(rig.opened);
    qputenv("QUEUELENS_TEST_KEY_VAR", "env-key-value");
    SettingsDialog dialog(rig.engine.get(), rig.settings.get(), nullptr);
    dialog.setSecretStore(rig.secrets.get());
    dialog.show();
    dialog.addProfile(QStringLiteral("newapi"));
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Gateway"));
    // new-api has no public default address.
    QVERIFY(!shown(&dialog, "baseUrlError").isEmpty());
    QVERIFY(!okButton(&dialog)->isEnabled());
    child<QLineEdit>(&dialog, "baseUrlEdit")->setText(QStringLiteral("https://gateway.example.com"));
    child<QRadioButton>(&dialog, "storeEnvironmentRadio")->setChecked(true);
    QVERIFY(!child<QLineEdit>(&dialog, "apiKeyEdit")->isEnabled());
    child<QLineEdit>(&dialog, "keyEnvEdit")->setText(QStringLiteral("QUEUELENS_TEST_KEY_VAR"));
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.accept();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000);
    const std::optional<ProviderProfile> saved = rig.profileNamed(QStringLiteral("Gateway"));
    QVERIFY(saved);
    QCOMPARE(saved->keyEnvironmentVariable, QStringLiteral("QUEUELENS_TEST_KEY_VAR"));
    QCOMPARE(rig.secrets->source(*saved), SecretStore::Source::Environment);
    QCOMPARE(rig.secrets->key(*saved), QStringLiteral("env-key-value"));
    qunsetenv("QUEUELENS_TEST_KEY_VAR");
}

void TestSettingsDialog::editAndRemoveProfiles()
{
    Rig rig;
    QVERIFY(rig.opened);
    rig.addProfile(QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("vidu"));
    rig.addProfile(QStringLiteral("b"), QStringLiteral("Beta"), QStringLiteral("seaart"));
    SettingsDialog dialog(rig.engine.get(), rig.settings.get(), nullptr);
    dialog.setSecretStore(rig.secrets.get());
    dialog.show();
    dialog.showProfile(QStringLiteral("a"));
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Alpha renamed"));
    dialog.showProfile(QStringLiteral("b"));
    dialog.removeCurrentProfile();
    // Removing frees the name for another profile in the same OK.
    dialog.addProfile(QStringLiteral("llmapi"));
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Beta"));
    QVERIFY(okButton(&dialog)->isEnabled());

    // Cancel leaves the engine untouched.
    dialog.reject();
    QCOMPARE(rig.engine->profiles().size(), 2);
    QVERIFY(rig.profileNamed(QStringLiteral("Alpha")));

    SettingsDialog again(rig.engine.get(), rig.settings.get(), nullptr);
    again.setSecretStore(rig.secrets.get());
    again.showProfile(QStringLiteral("a"));
    child<QLineEdit>(&again, "nameEdit")->setText(QStringLiteral("Alpha renamed"));
    again.showProfile(QStringLiteral("b"));
    again.removeCurrentProfile();
    again.addProfile(QStringLiteral("llmapi"));
    child<QLineEdit>(&again, "nameEdit")->setText(QStringLiteral("Beta"));
    QSignalSpy finished(&again, &QDialog::finished);
    again.accept();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000);
    QCOMPARE(rig.engine->profiles().size(), 2);
    QCOMPARE(rig.profileNamed(QStringLiteral("Alpha renamed"))->id, QStringLiteral("a"));
    QCOMPARE(rig.profileNamed(QStringLiteral("Beta"))->provider, QStringLiteral("llmapi"));
    QVERIFY(rig.profileNamed(QStringLiteral("Beta"))->id != QStringLiteral("b"));
}

void TestSettingsDialog::showProfileSelectsIt()
{
    Rig rig;
    QVERIFY(rig.opened);
    rig.addProfile(QStringLiteral("one"), QStringLiteral("One"), QStringLiteral("vidu"));
    rig.addProfile(QStringLiteral("two"), QStringLiteral("Two"), QStringLiteral("foxapi"));
    SettingsDialog dialog(rig.engine.get(), rig.settings.get(), nullptr);
    dialog.showPage(SettingsDialog::Page::General);
    dialog.showProfile(QStringLiteral("two"));
    QCOMPARE(dialog.currentProfileId(), QStringLiteral("two"));
    QCOMPARE(child<QLineEdit>(&dialog, "nameEdit")->text(), QStringLiteral("Two"));
    QCOMPARE(child<QListWidget>(&dialog, "pageList")->currentRow(), 0);
}

void TestSettingsDialog::generalPage()
{
    Rig rig;
    QVERIFY(rig.opened);
    SettingsDialog dialog(rig.engine.get(), rig.settings.get(), nullptr);
    dialog.showPage(SettingsDialog::Page::General);
    dialog.show();
    auto *folder = child<QLineEdit>(&dialog, "downloadFolderEdit");
    folder->setText(QStringLiteral("relative/folder"));
    QVERIFY(shown(&dialog, "downloadFolderError").startsWith(QStringLiteral("The download folder must be a full path")));
    QVERIFY(!okButton(&dialog)->isEnabled());
    const QString file = rig.dir.filePath(QStringLiteral("a-file.txt"));
    QFile plain(file);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    folder->setText(QDir::toNativeSeparators(file));
    QVERIFY(shown(&dialog, "downloadFolderError").contains(QStringLiteral("is a file, not a folder")));
    QVERIFY(!okButton(&dialog)->isEnabled());
    const QString target = rig.dir.filePath(QStringLiteral("results"));
    folder->setText(QDir::toNativeSeparators(target));
    QVERIFY(shown(&dialog, "downloadFolderError").contains(QStringLiteral("will be created")));
    QVERIFY(okButton(&dialog)->isEnabled());
    child<QCheckBox>(&dialog, "notifyFailureCheck")->setChecked(false);
    QSignalSpy notifications(rig.settings.get(), &AppSettings::notificationsChanged);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(rig.settings->downloadFolder(), target);
    QVERIFY(!rig.settings->notifyOnFailure());
    QVERIFY(rig.settings->notifyOnSuccess());
    QCOMPARE(notifications.count(), 1);
}

void TestSettingsDialog::languageChangeEmits()
{
    Rig rig;
    QVERIFY(rig.opened);
    SettingsDialog dialog(rig.engine.get(), rig.settings.get(), nullptr);
    dialog.showPage(SettingsDialog::Page::General);
    auto *language = child<QComboBox>(&dialog, "languageBox");
    QVERIFY(language);
    QCOMPARE(language->count(), LanguageLoader::availableLanguages().size() + 1);   // + "same as the system"
    QCOMPARE(language->currentIndex(), 0);
    const QString wanted = LanguageLoader::availableLanguages().last();   // e.g. zh_CN
    const int row = language->findData(wanted);
    QVERIFY(row > 0);

    QSignalSpy changed(rig.settings.get(), &AppSettings::languageChanged);
    language->setCurrentIndex(row);
    emit language->activated(row);   // what a click or a key press does
    QCOMPARE(changed.count(), 1);    // immediately, without OK
    QCOMPARE(changed.first().first().toString(), wanted);
    QCOMPARE(rig.settings->language(), wanted);

    // The main window installs the translator; the dialog retranslates itself without crashing
    // and keeps its state.
    LanguageLoader::install(wanted);
    QCoreApplication::processEvents();
    QVERIFY(!dialog.windowTitle().isEmpty());
    QCOMPARE(language->currentIndex(), row);
    LanguageLoader::install(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Settings"));

    // Cancel does not undo a language that already applied.
    dialog.reject();
    QCOMPARE(rig.settings->language(), wanted);
}

void TestSettingsDialog::listNamesTheProvider()
{
    Rig rig;
    QVERIFY2(rig.opened, qPrintable(rig.openError));
    rig.addProfile(QStringLiteral("mine"), QStringLiteral("My key"), QStringLiteral("vidu"));
    rig.addProfile(QStringLiteral("team"), QStringLiteral("Team"), QStringLiteral("foxapi"));
    // The names --sandbox gives: one per provider, so they are unique and say the provider.
    for (const QString &provider : rig.registry.providerIds()) {
        ProviderProfile sandbox = rig.addProfile(QStringLiteral("sandbox-") + provider,
                                                 QStringLiteral("Sandbox · ") + rig.registry.adapter(provider)->displayName(),
                                                 provider);
        sandbox.sandbox = true;
        QVERIFY(rig.engine->saveProfile(sandbox));
    }

    SettingsDialog dialog(rig.engine.get(), rig.settings.get(), nullptr);
    dialog.setSecretStore(rig.secrets.get());
    dialog.setAdapterRegistry(&rig.registry);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("profileList"));
    QVERIFY(list);
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    QVERIFY2(texts.contains(QStringLiteral("My key — Vidu")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.contains(QStringLiteral("Team — FoxAPI")), qPrintable(texts.join(QLatin1Char('|'))));
    // Already named after the provider: not said twice, and no "(sandbox)" after "Sandbox".
    QVERIFY2(texts.contains(QStringLiteral("Sandbox · Vidu")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.contains(QStringLiteral("Sandbox · SeaArt")), qPrintable(texts.join(QLatin1Char('|'))));
    // Five sandbox profiles no longer block OK with "already exists".
    QVERIFY2(dialog.canAccept(), qPrintable(dialog.blockingProblem()));

    // A renamed sandbox profile still says what it is.
    ProviderProfile renamed = *rig.profileNamed(QStringLiteral("Sandbox · Vidu"));
    renamed.name = QStringLiteral("Playground");
    QVERIFY(rig.engine->saveProfile(renamed));
    SettingsDialog second(rig.engine.get(), rig.settings.get(), nullptr);
    second.setAdapterRegistry(&rig.registry);
    list = second.findChild<QListWidget *>(QStringLiteral("profileList"));
    texts.clear();
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    QVERIFY2(texts.contains(QStringLiteral("Playground — Vidu (sandbox)")), qPrintable(texts.join(QLatin1Char('|'))));

    // The label rules themselves.
    ProviderProfile bare;
    bare.provider = QStringLiteral("seaart");
    QCOMPARE(ProfileLabels::profileLabel(bare, &rig.registry), QStringLiteral("(unnamed) — SeaArt"));
    bare.name = QStringLiteral("Work");
    QCOMPARE(ProfileLabels::profileLabel(bare, &rig.registry), QStringLiteral("Work — SeaArt"));
    QCOMPARE(ProfileLabels::profileLabel(bare, nullptr), QStringLiteral("Work — seaart"));   // no registry: the id
    bare.provider = QStringLiteral("vidu");
    bare.name = QStringLiteral("Individual");   // has "vidu" inside a word: not the provider's name
    QCOMPARE(ProfileLabels::profileLabel(bare, &rig.registry), QStringLiteral("Individual — Vidu"));
    bare.name = QStringLiteral("vidu (old key)");
    QCOMPARE(ProfileLabels::profileLabel(bare, &rig.registry), QStringLiteral("vidu (old key)"));
    QCOMPARE(ProfileLabels::providerName(QStringLiteral("newapi"), &rig.registry), QStringLiteral("new-api"));
}

void TestSettingsDialog::screenshots()
{
    Rig rig;
    QVERIFY(rig.opened);
    ProviderProfile vidu = rig.addProfile(QStringLiteral("vidu-prod"), QStringLiteral("Vidu production"), QStringLiteral("vidu"));
    vidu.baseUrl = QUrl(QStringLiteral("https://api.vidu.com"));
    vidu.pollIntervalMs = 5000;
    vidu.maxConcurrent = 8;
    vidu.deadlineSeconds = 45 * 60;
    QVERIFY(rig.engine->saveProfile(vidu));
    ProviderProfile sandbox = rig.addProfile(QStringLiteral("sandbox-seaart"), QStringLiteral("SeaArt"), QStringLiteral("seaart"));
    sandbox.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8765/seaart"));
    sandbox.sandbox = true;
    QVERIFY(rig.engine->saveProfile(sandbox));
    ProviderProfile fox = rig.addProfile(QStringLiteral("fox-team"), QStringLiteral("FoxAPI team"), QStringLiteral("foxapi"));
    fox.baseUrl = QUrl(QStringLiteral("https://api.foxapi.cc"));
    fox.keyEnvironmentVariable = QStringLiteral("QUEUELENS_FOXAPI_KEY");
    QVERIFY(rig.engine->saveProfile(fox));
    rig.secrets->setKey(vidu.id, kKey, true);
    QTRY_COMPARE(rig.secrets->source(vidu), SecretStore::Source::Keychain);

    SettingsDialog dialog(rig.engine.get(), rig.settings.get(), nullptr);
    dialog.setSecretStore(rig.secrets.get());
    dialog.setAdapterRegistry(&rig.registry);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.showProfile(vidu.id);
    QVERIFY(okButton(&dialog)->isEnabled());
    saveScreenshot(&dialog, QStringLiteral("settings.png"));

    // A new profile typed in a hurry: every problem named next to its field, OK disabled.
    dialog.addProfile(QStringLiteral("vidu"));
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Vidu production"));
    child<QLineEdit>(&dialog, "baseUrlEdit")->setText(QStringLiteral("api.vidu.com"));
    child<QLineEdit>(&dialog, "apiKeyEdit")->setText(kKey);
    child<QDoubleSpinBox>(&dialog, "pollIntervalSpin")->setValue(0.5);
    QVERIFY(!okButton(&dialog)->isEnabled());
    saveScreenshot(&dialog, QStringLiteral("settings-validation.png"));

    dialog.showPage(SettingsDialog::Page::General);
    child<QLineEdit>(&dialog, "downloadFolderEdit")->setText(QStringLiteral("/home/operator/Pictures/QueueLens"));
    child<QLineEdit>(&dialog, "apiKeyEdit")->clear();
    saveScreenshot(&dialog, QStringLiteral("settings-general.png"));

    // Team mode: a password typed into the address blocks OK with its reason.
    dialog.showPage(SettingsDialog::Page::SharedHistory);
    child<QLineEdit>(&dialog, "sharedDatabaseEdit")->setText(QStringLiteral("postgresql://ann:hunter2@db.example/queuelens"));
    QVERIFY(!dialog.sharedHistoryPage()->problem().isEmpty());
    QVERIFY(shown(&dialog, "sharedDatabaseError").contains(QStringLiteral("Leave the password out")));
    child<QLineEdit>(&dialog, "sharedDatabaseEdit")->setText(QStringLiteral("postgresql://ann@db.example:5432/queuelens?sslmode=require"));
    child<QLineEdit>(&dialog, "operatorNameEdit")->setText(QStringLiteral("Ann (night shift)"));
    QVERIFY(dialog.sharedHistoryPage()->problem().isEmpty());
    saveScreenshot(&dialog, QStringLiteral("settings-shared-history.png"));
    dialog.reject();
}

// The address Vidu's docs show is saved as the root the adapter appends "/ent/v2/..." to, with a
// note saying so; a query string blocks OK with its own message.
void TestSettingsDialog::pastedBaseUrlIsShortened()
{
    Rig rig;
    QVERIFY(rig.opened);
    SettingsDialog dialog(rig.engine.get(), rig.settings.get(), nullptr);
    dialog.setSecretStore(rig.secrets.get());
    dialog.setAdapterRegistry(&rig.registry);
    dialog.show();
    dialog.addProfile(QStringLiteral("vidu"));
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Vidu pasted"));
    child<QLineEdit>(&dialog, "apiKeyEdit")->setText(kKey);
    auto *url = child<QLineEdit>(&dialog, "baseUrlEdit");
    QCOMPARE(url->text(), QStringLiteral("https://api.vidu.com"));   // the adapter's default
    QCOMPARE(shown(&dialog, "baseUrlError"), QString());

    url->setText(QStringLiteral("https://api.vidu.com/ent/v2?x=1"));
    QVERIFY2(shown(&dialog, "baseUrlError").contains(QStringLiteral("query (“?x=1”)")), qPrintable(shown(&dialog, "baseUrlError")));
    QVERIFY(!okButton(&dialog)->isEnabled());

    url->setText(QStringLiteral("https://api.vidu.com/ent/v2/"));
    QCOMPARE(shown(&dialog, "baseUrlError"),
             QStringLiteral("Removed “/ent/v2” from the end: QueueLens adds the API path itself."));
    QVERIFY(okButton(&dialog)->isEnabled());

    QSignalSpy finished(&dialog, &QDialog::finished);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const std::optional<ProviderProfile> saved = rig.profileNamed(QStringLiteral("Vidu pasted"));
    QVERIFY(saved);
    QCOMPARE(saved->baseUrl, QUrl(QStringLiteral("https://api.vidu.com")));
}

void TestSettingsDialog::exportedProfilesCarryNoKey()
{
    Rig rig;
    QVERIFY(rig.opened);
    rig.addProfile(QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("vidu"));
    rig.keychain->entries.insert(QStringLiteral("a"), kKey);
    SettingsDialog dialog(rig.engine.get(), rig.settings.get(), nullptr);
    dialog.setSecretStore(rig.secrets.get());
    dialog.setAdapterRegistry(&rig.registry);
    dialog.show();
    // Unsaved edits are exported as shown; a key typed but not saved is not.
    dialog.showProfile(QStringLiteral("a"));
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Alpha edited"));
    child<QLineEdit>(&dialog, "apiKeyEdit")->setText(kKey + QStringLiteral("-typed"));

    const QString path = rig.dir.filePath(QStringLiteral("profiles.json"));
    const ProfileFileActions::Report report = dialog.profileFileActions()->exportTo(path);
    QVERIFY2(report.ok, qPrintable(report.text));
    QVERIFY2(report.text.contains(QLatin1String("1 profile")), qPrintable(report.text));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("Alpha edited"));
    QVERIFY(!bytes.contains("sk-test"));

    // A folder that cannot be written: the report names the file and stays a failure.
    const ProfileFileActions::Report failed =
        dialog.profileFileActions()->exportTo(rig.dir.filePath(QStringLiteral("missing/profiles.json")));
    QVERIFY(!failed.ok);
    QVERIFY2(failed.text.contains(QLatin1String("profiles.json")), qPrintable(failed.text));
}

void TestSettingsDialog::importReplacesOrKeepsBoth()
{
    Rig rig;
    QVERIFY(rig.opened);
    rig.addProfile(QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("vidu"));
    rig.keychain->entries.insert(QStringLiteral("a"), kKey);
    const QString path = rig.dir.filePath(QStringLiteral("team.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "queuelens-profiles", "version": 1, "profiles": [
            {"id": "a", "name": "Alpha", "provider": "vidu", "baseUrl": "https://eu.vidu.example/ent/v2"},
            {"id": "fox", "name": "Fox", "provider": "foxapi", "baseUrl": "https://api.foxapi.cc/v1",
             "apiKey": "sk-from-the-file"},
            {"name": "Elsewhere", "provider": "midjourney", "baseUrl": "https://x.example"}]})");
    }

    SettingsDialog dialog(rig.engine.get(), rig.settings.get(), nullptr);
    dialog.setSecretStore(rig.secrets.get());
    dialog.setAdapterRegistry(&rig.registry);
    dialog.show();
    ProfileFileActions *actions = dialog.profileFileActions();

    // Cancelling the question changes nothing.
    QStringList asked;
    ProfileFileActions::Report report = actions->importFrom(path, [&](const QStringList &names) {
        asked = names;
        return std::optional<SettingsDialog::ImportConflicts>();
    });
    QCOMPARE(asked, QStringList{QStringLiteral("Alpha")});
    QVERIFY(!report.ok);
    QCOMPARE(dialog.workingProfiles().size(), 1);

    report = actions->importFrom(path, [](const QStringList &) { return SettingsDialog::ImportConflicts::Replace; });
    QVERIFY2(report.ok, qPrintable(report.text));
    QVERIFY2(report.text.startsWith(QLatin1String("Added 1 profile")), qPrintable(report.text));
    QVERIFY2(report.text.contains(QLatin1String("Updated 1 profile")), qPrintable(report.text));
    QVERIFY2(report.details.contains(QLatin1String("keychain")), qPrintable(report.details));     // the key in the file
    QVERIFY2(report.details.contains(QStringLiteral("“midjourney”")), qPrintable(report.details)); // the unknown provider
    QVERIFY(!report.details.contains(QLatin1String("sk-from-the-file")));
    // The first imported profile is on screen, its URL cut back to the root.
    QCOMPARE(child<QLineEdit>(&dialog, "nameEdit")->text(), QStringLiteral("Fox"));
    QCOMPARE(child<QLineEdit>(&dialog, "baseUrlEdit")->text(), QStringLiteral("https://api.foxapi.cc"));

    // Importing again, keeping both: the copy gets its own name and, on OK, its own id.
    report = actions->importFrom(path, [](const QStringList &) { return SettingsDialog::ImportConflicts::KeepBoth; });
    QVERIFY(report.ok);
    QVERIFY(okButton(&dialog)->isEnabled());

    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.accept();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const std::optional<ProviderProfile> alpha = rig.profileNamed(QStringLiteral("Alpha"));
    QVERIFY(alpha);
    QCOMPARE(alpha->id, QStringLiteral("a"));
    QCOMPARE(alpha->baseUrl, QUrl(QStringLiteral("https://eu.vidu.example")));
    QCOMPARE(rig.keychain->entries.value(QStringLiteral("a")), kKey);   // replaced settings, same key
    const std::optional<ProviderProfile> fox = rig.profileNamed(QStringLiteral("Fox"));
    QVERIFY(fox);
    QCOMPARE(fox->id, QStringLiteral("fox"));
    QVERIFY(!rig.keychain->entries.contains(QStringLiteral("fox")));   // never the file's key
    QVERIFY(rig.profileNamed(QStringLiteral("Fox (2)")));
    const std::optional<ProviderProfile> copy = rig.profileNamed(QStringLiteral("Alpha (2)"));
    QVERIFY(copy);
    QVERIFY(copy->id != QStringLiteral("a"));
    QCOMPARE(rig.engine->profiles().size(), 4);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
