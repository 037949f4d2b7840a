#include "profileeditor.h"

#include "provideradapter.h"
#include "providerdirectory.h"
#include "uiicons.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>

#include <cmath>

namespace {

QColor warningColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xf0, 0xc0, 0x60) : QColor(0x8a, 0x5a, 0x00);
}

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("providerBox"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("baseUrlEdit"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("apiKeyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setClearButtonEnabled(true);
    // Show/hide toggle, so a pasted key can be checked before it is saved.
    QAction *reveal = m_key->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setObjectName(QStringLiteral("revealKeyAction"));
    connect(reveal, &QAction::toggled, this,
            [this](bool on) { m_key->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    m_keyStatus = new QLabel(this);
    m_keyStatus->setWordWrap(true);
    m_storeKeychain = new QRadioButton(this);
    m_storeKeychain->setObjectName(QStringLiteral("storeKeychainRadio"));
    m_storeSession = new QRadioButton(this);
    m_storeSession->setObjectName(QStringLiteral("storeSessionRadio"));
    m_storeEnvironment = new QRadioButton(this);
    m_storeEnvironment->setObjectName(QStringLiteral("storeEnvironmentRadio"));
    m_storageGroup = new QButtonGroup(this);
    m_storageGroup->addButton(m_storeKeychain, int(KeyStorage::Keychain));
    m_storageGroup->addButton(m_storeSession, int(KeyStorage::Session));
    m_storageGroup->addButton(m_storeEnvironment, int(KeyStorage::Environment));
    m_storeKeychain->setChecked(true);
    m_envName = new QLineEdit(this);
    m_envName->setObjectName(QStringLiteral("keyEnvEdit"));
    m_poll = new QDoubleSpinBox(this);
    m_poll->setObjectName(QStringLiteral("pollIntervalSpin"));
    // Wider than the valid range on purpose: a typed 5000 gets an explanation, not a silent clamp.
    m_poll->setRange(0, 99999);
    m_poll->setDecimals(1);
    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setRange(0, 999);
    m_deadline = new QSpinBox(this);
    m_deadline->setObjectName(QStringLiteral("deadlineSpin"));
    m_deadline->setRange(0, 99999);
    m_sandboxNote = new QLabel(this);
    m_sandboxNote->setWordWrap(true);
    m_keyWarning = new QLabel(this);
    m_keyWarning->setObjectName(QStringLiteral("keyWarning"));
    m_keyWarning->setWordWrap(true);
    m_keyWarning->hide();

    m_nameError = makeErrorLabel(QStringLiteral("nameError"));
    m_providerError = makeErrorLabel(QStringLiteral("providerError"));
    m_urlError = makeErrorLabel(QStringLiteral("baseUrlError"));
    m_keyError = makeErrorLabel(QStringLiteral("keyError"));
    m_pollError = makeErrorLabel(QStringLiteral("pollIntervalError"));
    m_concurrencyError = makeErrorLabel(QStringLiteral("concurrencyError"));
    m_deadlineError = makeErrorLabel(QStringLiteral("deadlineError"));

    m_nameLabel = new QLabel(this);
    m_providerLabel = new QLabel(this);
    m_urlLabel = new QLabel(this);
    m_keyLabel = new QLabel(this);
    m_pollLabel = new QLabel(this);
    m_concurrencyLabel = new QLabel(this);
    m_deadlineLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_providerLabel->setBuddy(m_provider);
    m_urlLabel->setBuddy(m_url);
    m_keyLabel->setBuddy(m_key);
    m_pollLabel->setBuddy(m_poll);
    m_concurrencyLabel->setBuddy(m_concurrency);
    m_deadlineLabel->setBuddy(m_deadline);

    // A grid rather than QFormLayout: the wrapped inline messages need height-for-width, which
    // QFormLayout gets wrong (it squeezes the rows below a message).
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    const Qt::Alignment labelAlignment =
        (Qt::Alignment(style()->styleHint(QStyle::SH_FormLayoutLabelAlignment)) & Qt::AlignHorizontal_Mask)
        | Qt::AlignVCenter;
    int row = 0;
    m_grid->addWidget(m_sandboxNote, row++, 0, 1, 2);
    const auto addField = [&](QLabel *label, QWidget *field, QLabel *error, bool stretch) {
        m_grid->addWidget(label, row, 0, labelAlignment);
        // Short inputs (spin boxes, the provider) keep their natural width.
        m_grid->addWidget(field, row++, 1, stretch ? Qt::Alignment() : Qt::AlignLeft);
        m_grid->addWidget(error, row++, 1);
    };
    addField(m_nameLabel, m_name, m_nameError, true);
    addField(m_providerLabel, m_provider, m_providerError, false);
    addField(m_urlLabel, m_url, m_urlError, true);
    m_grid->addWidget(m_keyLabel, row, 0, labelAlignment);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_key, m_keyStatus, m_storeKeychain, m_storeSession,
                                                            m_storeEnvironment})
        m_grid->addWidget(widget, row++, 1);
    // The variable name sits under its radio button, indented like the button's text.
    auto *envRow = new QHBoxLayout;
    envRow->setContentsMargins(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
                                   + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing),
                               0, 0, 0);
    envRow->addWidget(m_envName, 1);
    m_grid->addLayout(envRow, row++, 1);
    m_grid->addWidget(m_keyError, row++, 1);
    m_grid->addWidget(m_keyWarning, row++, 1);
    addField(m_pollLabel, m_poll, m_pollError, false);
    addField(m_concurrencyLabel, m_concurrency, m_concurrencyError, false);
    addField(m_deadlineLabel, m_deadline, m_deadlineError, false);
    m_grid->setRowStretch(row, 1);

    for (QLineEdit *edit : {m_name, m_url, m_key, m_envName})
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditor::revalidate);
    connect(m_poll, &QDoubleSpinBox::valueChanged, this, &ProfileEditor::revalidate);
    connect(m_concurrency, &QSpinBox::valueChanged, this, &ProfileEditor::revalidate);
    connect(m_deadline, &QSpinBox::valueChanged, this, &ProfileEditor::revalidate);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &ProfileEditor::onProviderChanged);
    connect(m_storageGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            updateKeyWidgets();
            revalidate();
        }
    });

    retranslate();
    load(ProviderProfile(), KeyStorage::Keychain, QString());
}

QLabel *ProfileEditor::makeErrorLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->hide();
    return label;
}

void ProfileEditor::setProviders(const QList<QPair<QString, QString>> &providers)
{
    const QString current = m_provider->currentData().toString();
    const QSignalBlocker blocker(m_provider);
    m_provider->clear();
    for (const auto &provider : providers)
        m_provider->addItem(provider.second, provider.first);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(current)));
}

void ProfileEditor::load(const ProviderProfile &profile, KeyStorage storage, const QString &keyStatus)
{
    m_loading = true;
    m_loaded = profile;
    m_keyStatusText = keyStatus;
    m_name->setText(profile.name);
    int providerIndex = m_provider->findData(profile.provider);
    if (providerIndex < 0 && !profile.provider.isEmpty()) {
        // A provider this build does not know: keep it visible rather than silently switching.
        m_provider->addItem(profile.provider, profile.provider);
        providerIndex = m_provider->count() - 1;
    }
    {
        const QSignalBlocker blocker(m_provider);
        m_provider->setCurrentIndex(providerIndex);
    }
    m_url->setText(profile.baseUrl.toString());
    m_key->clear();
    m_envName->setText(profile.keyEnvironmentVariable);
    m_storageGroup->button(int(storage))->setChecked(true);
    m_poll->setValue(profile.pollIntervalMs / 1000.0);
    m_concurrency->setValue(profile.maxConcurrent);
    m_deadline->setValue(int(std::lround(profile.deadlineSeconds / 60.0)));
    m_keyWarning->hide();
    m_sandboxNote->setVisible(profile.sandbox);
    m_loading = false;
    updateKeyWidgets();
    revalidate();
}

ProviderProfile ProfileEditor::profile() const
{
    ProviderProfile p = m_loaded;
    p.name = m_name->text().trimmed();
    p.provider = m_provider->currentData().toString();
    // Stored as the provider root the adapters expect; text that cannot work is kept as typed,
    // so check() names its problem.
    const BaseUrlNormalizer::Result url = normalizedUrl();
    p.baseUrl = url.isValid() ? url.url : QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    p.pollIntervalMs = int(std::lround(m_poll->value() * 1000));
    p.maxConcurrent = m_concurrency->value();
    // Keep odd second values (e.g. 90 s) unless the operator changed the minutes.
    if (m_deadline->value() != int(std::lround(m_loaded.deadlineSeconds / 60.0)))
        p.deadlineSeconds = m_deadline->value() * 60;
    p.keyEnvironmentVariable = keyStorage() == KeyStorage::Environment ? m_envName->text().trimmed() : QString();
    return p;
}

QString ProfileEditor::enteredKey() const
{
    return keyStorage() == KeyStorage::Environment ? QString() : m_key->text().trimmed();
}

ProfileEditor::KeyStorage ProfileEditor::keyStorage() const
{
    return KeyStorage(m_storageGroup->checkedId());
}

void ProfileEditor::setOtherNames(const QStringList &names)
{
    m_otherNames = names;
    revalidate();
}

void ProfileEditor::setKeyWarning(const QString &text)
{
    UiIcons::setTextColor(m_keyWarning, warningColor(palette()));
    m_keyWarning->setText(text);
    m_keyWarning->setVisible(!text.isEmpty());
}

ProfileEditor::Problems ProfileEditor::problems() const
{
    Problems found = check(profile(), keyStorage(), m_otherNames);
    // Judged from the text as typed: parsing may already have dropped what is wrong with it.
    if (const QString urlError = normalizedUrl().error; !urlError.isEmpty())
        found.insert(Field::BaseUrl, urlError);
    else
        found.remove(Field::BaseUrl);
    return found;
}

BaseUrlNormalizer::Result ProfileEditor::normalizedUrl() const
{
    const std::shared_ptr<const ProviderAdapter> adapter = ProviderDirectory::find(m_provider->currentData().toString());
    return BaseUrlNormalizer::normalize(m_url->text(), adapter.get());
}

ProfileEditor::Problems ProfileEditor::check(const ProviderProfile &profile, KeyStorage storage,
                                             const QStringList &otherNames)
{
    Problems problems;
    if (profile.name.trimmed().isEmpty()) {
        problems.insert(Field::Name, tr("Give the profile a name."));
    } else {
        for (const QString &other : otherNames) {
            if (other.trimmed().compare(profile.name.trimmed(), Qt::CaseInsensitive) == 0) {
                problems.insert(Field::Name, tr("A profile named “%1” already exists.").arg(profile.name.trimmed()));
                break;
            }
        }
    }
    if (profile.provider.isEmpty())
        problems.insert(Field::Provider, tr("Choose the provider this profile talks to."));

    if (const QString urlError = BaseUrlNormalizer::normalize(profile.baseUrl, QStringList()).error; !urlError.isEmpty())
        problems.insert(Field::BaseUrl, urlError);

    if (storage == KeyStorage::Environment) {
        static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        const QString name = profile.keyEnvironmentVariable.trimmed();
        if (name.isEmpty())
            problems.insert(Field::Key, tr("Name the environment variable that holds the API key."));
        else if (!envName.match(name).hasMatch())
            problems.insert(Field::Key, tr("“%1” is not a valid environment variable name: use letters, digits and "
                                           "_, and do not start with a digit.")
                                            .arg(name));
    }

    if (profile.pollIntervalMs < MinPollSeconds * 1000 || profile.pollIntervalMs > MaxPollSeconds * 1000)
        problems.insert(Field::PollInterval, tr("Poll interval must be between %1 and %2 seconds.")
                                                 .arg(MinPollSeconds)
                                                 .arg(MaxPollSeconds));
    if (profile.maxConcurrent < 1 || profile.maxConcurrent > MaxConcurrent)
        problems.insert(Field::Concurrency,
                        tr("Concurrency must be between 1 and %1 requests at a time.").arg(MaxConcurrent));
    if (profile.deadlineSeconds < 0 || profile.deadlineSeconds > MaxDeadlineMinutes * 60)
        problems.insert(Field::Deadline, tr("The deadline must be between 0 (none) and %1 minutes (7 days).")
                                             .arg(MaxDeadlineMinutes));
    return problems;
}

QString ProfileEditor::baseUrlWarning(const QUrl &url)
{
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 && !url.host().isEmpty()
        && !isLoopback(url.host())) {
        return tr("Plain http:// sends the API key unencrypted. Use https:// unless this is a trusted local server.");
    }
    return {};
}

QString ProfileEditor::defaultBaseUrl(const QString &provider)
{
    const std::shared_ptr<const ProviderAdapter> adapter = ProviderDirectory::find(provider);
    return adapter ? adapter->defaultBaseUrl().toString() : QString();
}

void ProfileEditor::onProviderChanged()
{
    // Follow the provider with the address, unless the operator typed their own.
    const QString url = m_url->text().trimmed();
    bool isSomeDefault = url.isEmpty();
    for (int i = 0; i < m_provider->count() && !isSomeDefault; ++i)
        isSomeDefault = url == defaultBaseUrl(m_provider->itemData(i).toString());
    if (isSomeDefault && !m_loading)
        m_url->setText(defaultBaseUrl(m_provider->currentData().toString()));
    m_url->setPlaceholderText(defaultBaseUrl(m_provider->currentData().toString()).isEmpty()
                                  ? QStringLiteral("https://gateway.example.com")
                                  : defaultBaseUrl(m_provider->currentData().toString()));
    revalidate();
}

void ProfileEditor::updateKeyWidgets()
{
    const bool environment = keyStorage() == KeyStorage::Environment;
    m_key->setEnabled(!environment);
    m_envName->setEnabled(environment);
    QString status;
    if (environment) {
        const QString name = m_envName->text().trimmed();
        if (!name.isEmpty() && qEnvironmentVariableIsEmpty(name.toLocal8Bit().constData()))
            status = tr("%1 is not set in QueueLens's environment; requests will be refused until it is.").arg(name);
        else if (!name.isEmpty())
            status = tr("The key is read from %1 each time it is needed.").arg(name);
    } else if (!m_key->text().trimmed().isEmpty()) {
        status = keyStorage() == KeyStorage::Keychain
                     ? tr("The new key is saved in the system keychain when you press OK.")
                     : tr("The new key is kept in memory until QueueLens quits; it is never saved.");
    } else {
        status = m_keyStatusText;
    }
    m_keyStatus->setText(status);
    m_keyStatus->setVisible(!status.isEmpty());
}

void ProfileEditor::revalidate()
{
    if (m_loading)
        return;
    updateKeyWidgets();
    const Problems found = problems();
    const QColor color = UiIcons::errorTextColor(palette());
    const QList<QPair<Field, QLabel *>> labels{{Field::Name, m_nameError},       {Field::Provider, m_providerError},
                                               {Field::BaseUrl, m_urlError},     {Field::Key, m_keyError},
                                               {Field::PollInterval, m_pollError}, {Field::Concurrency, m_concurrencyError},
                                               {Field::Deadline, m_deadlineError}};
    for (const auto &[field, label] : labels) {
        const QString text = found.value(field);
        UiIcons::setTextColor(label, color);
        label->setText(text);
        label->setVisible(!text.isEmpty());
    }
    // A valid URL may still get a note (what was shortened) and a warning (plain http to a
    // remote host); neither blocks OK.
    if (!found.contains(Field::BaseUrl)) {
        const QString warning = baseUrlWarning(profile().baseUrl);
        QStringList lines{normalizedUrl().note, warning};
        lines.removeAll(QString());
        UiIcons::setTextColor(m_urlError, warning.isEmpty() ? palette().color(QPalette::WindowText) : warningColor(palette()));
        m_urlError->setText(lines.join(QLatin1Char('\n')));
        m_urlError->setVisible(!lines.isEmpty());
    }
    m_name->setAccessibleDescription(found.value(Field::Name));
    m_url->setAccessibleDescription(m_urlError->text());
    m_poll->setAccessibleDescription(found.value(Field::PollInterval));
    m_concurrency->setAccessibleDescription(found.value(Field::Concurrency));
    m_deadline->setAccessibleDescription(found.value(Field::Deadline));
    m_envName->setAccessibleDescription(found.value(Field::Key));
    emit changed();
}

void ProfileEditor::retranslate()
{
    m_nameLabel->setText(tr("&Name:"));
    m_providerLabel->setText(tr("P&rovider:"));
    m_urlLabel->setText(tr("&Base URL:"));
    m_keyLabel->setText(tr("API &key:"));
    m_pollLabel->setText(tr("&Poll every:"));
    m_concurrencyLabel->setText(tr("&Concurrency:"));
    m_deadlineLabel->setText(tr("&Deadline:"));

    m_storeKeychain->setText(tr("Save in the system keychain"));
    m_storeSession->setText(tr("Keep for this session only"));
    m_storeEnvironment->setText(tr("Read from an environment variable:"));
    m_envName->setPlaceholderText(tr("Variable name, e.g. %1").arg(QStringLiteral("QUEUELENS_VIDU_KEY")));
    m_key->setPlaceholderText(tr("Leave empty to keep the current key"));
    m_poll->setSuffix(tr(" s"));
    m_concurrency->setSuffix(tr(" requests"));
    m_deadline->setSuffix(tr(" min"));
    m_deadline->setSpecialValueText(tr("No deadline"));
    m_sandboxNote->setText(tr("Sandbox profile: it talks to the built-in test server, and any key works."));

    m_name->setAccessibleName(tr("Profile name"));
    m_provider->setAccessibleName(tr("Provider"));
    m_url->setAccessibleName(tr("Base URL"));
    m_key->setAccessibleName(tr("API key"));
    m_storeKeychain->setAccessibleName(tr("Save the key in the system keychain"));
    m_storeSession->setAccessibleName(tr("Keep the key for this session only"));
    m_storeEnvironment->setAccessibleName(tr("Read the key from an environment variable"));
    m_envName->setAccessibleName(tr("Environment variable name"));
    m_poll->setAccessibleName(tr("Poll interval in seconds"));
    m_concurrency->setAccessibleName(tr("Maximum requests at a time"));
    m_deadline->setAccessibleName(tr("Deadline in minutes"));

    m_poll->setToolTip(tr("How often each running task is checked (1–3600 s). Providers may ask for slower."));
    m_concurrency->setToolTip(tr("How many requests this profile may have in flight at once."));
    m_deadline->setToolTip(tr("Give up on a task that has not finished after this long (0 = never)."));
    if (QAction *reveal = m_key->findChild<QAction *>(QStringLiteral("revealKeyAction")))
        reveal->setToolTip(tr("Show or hide the key"));
    revalidate();
}

void ProfileEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        revalidate();
    QWidget::changeEvent(event);
}
