#pragma once

#include "baseurlnormalizer.h"
#include "providerprofile.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QWidget>

class ProviderAdapterRegistry;
class QButtonGroup;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

// The form for one provider profile, with a specific inline message under each invalid field.
// It only edits values; SettingsDialog decides when they are saved. The API key typed here is
// handed to the SecretStore by the dialog and never becomes part of ProviderProfile.
class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Field { Name, Provider, BaseUrl, Key, PollInterval, Concurrency, Deadline };
    // Where the profile's key comes from after saving.
    enum class KeyStorage { Keychain, Session, Environment };
    using Problems = QMap<Field, QString>;

    static constexpr double MinPollSeconds = 1;
    static constexpr double MaxPollSeconds = 3600;
    static constexpr int MaxConcurrent = 64;
    static constexpr int MaxDeadlineMinutes = 7 * 24 * 60;

    explicit ProfileEditor(QWidget *parent = nullptr);

    // (id, display name) pairs for the provider combo.
    void setProviders(const QList<QPair<QString, QString>> &providers);

    // Shows a profile. keyStatus: a translated line about the key it has now.
    void load(const ProviderProfile &profile, KeyStorage storage, const QString &keyStatus);
    ProviderProfile profile() const;      // the profile as edited (id and sandbox flag kept)
    QString enteredKey() const;           // empty: keep the current key
    KeyStorage keyStorage() const;

    // Names of the other profiles, for the "already exists" check.
    void setOtherNames(const QStringList &names);
    // A warning about the key (keychain unavailable, ...), shown under the key field.
    void setKeyWarning(const QString &text);

    Problems problems() const;
    bool isValid() const { return problems().isEmpty(); }
    QString problem(Field field) const { return problems().value(field); }

    // The checks without a widget: the dialog also validates profiles that are not shown.
    static Problems check(const ProviderProfile &profile, KeyStorage storage, const QStringList &otherNames);
    // Non-blocking advice (plain http to a remote host).
    static QString baseUrlWarning(const QUrl &url);
    // The provider's public API address (ProviderAdapter::defaultBaseUrl), for new profiles;
    // empty when there is none or the provider is not registered.
    static QString defaultBaseUrl(const QString &provider);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void revalidate();
    // The URL field as the chosen provider's root, with the note or error to show under it.
    BaseUrlNormalizer::Result normalizedUrl() const;
    void onProviderChanged();
    void updateKeyWidgets();
    void retranslate();
    QLabel *makeErrorLabel(const QString &objectName);

    ProviderProfile m_loaded;
    QStringList m_otherNames;
    bool m_loading = false;

    QGridLayout *m_grid = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_providerLabel = nullptr;
    QComboBox *m_provider = nullptr;
    QLabel *m_providerError = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlError = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_keyStatus = nullptr;
    QRadioButton *m_storeKeychain = nullptr;
    QRadioButton *m_storeSession = nullptr;
    QRadioButton *m_storeEnvironment = nullptr;
    QButtonGroup *m_storageGroup = nullptr;
    QLineEdit *m_envName = nullptr;
    QLabel *m_keyError = nullptr;
    QLabel *m_keyWarning = nullptr;
    QLabel *m_pollLabel = nullptr;
    QDoubleSpinBox *m_poll = nullptr;
    QLabel *m_pollError = nullptr;
    QLabel *m_concurrencyLabel = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QLabel *m_concurrencyError = nullptr;
    QLabel *m_deadlineLabel = nullptr;
    QSpinBox *m_deadline = nullptr;
    QLabel *m_deadlineError = nullptr;
    QLabel *m_sandboxNote = nullptr;
    QString m_keyStatusText;
};
