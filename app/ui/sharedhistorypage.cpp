#include "sharedhistorypage.h"

#include "appsettings.h"
#include "databasepassword.h"
#include "operatoridentity.h"
#include "postgresbackend.h"
#include "storebackend.h"
#include "taskstore.h"
#include "uiicons.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace {

void setMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, error ? UiIcons::errorTextColor(palette)
                                                 : label->parentWidget()->palette().color(QPalette::WindowText));
    label->setPalette(palette);
}

} // namespace

SharedHistoryPage::SharedHistoryPage(AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("sharedDatabaseEdit"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/queuelens"));
    m_address->setClearButtonEnabled(true);
    m_addressMessage = new QLabel(this);
    m_addressMessage->setObjectName(QStringLiteral("sharedDatabaseError"));
    m_addressMessage->setWordWrap(true);
    m_test = new QPushButton(this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testConnectionResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("databasePasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setEnabled(false);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_operator = new QLineEdit(this);
    m_operator->setObjectName(QStringLiteral("operatorNameEdit"));
    m_operator->setPlaceholderText(OperatorIdentity::systemDefault());
    m_operator->setMaxLength(80);
    m_restartNote = new QLabel(this);
    m_restartNote->setWordWrap(true);
    m_addressLabel = new QLabel(this);
    m_addressLabel->setBuddy(m_address);
    m_operatorLabel = new QLabel(this);
    m_operatorLabel->setBuddy(m_operator);

    if (m_settings) {
        m_address->setText(m_settings->sharedDatabase());
        m_operator->setText(m_settings->operatorName());
    }

    auto *addressColumn = new QVBoxLayout;
    addressColumn->addWidget(m_address);
    addressColumn->addWidget(m_addressMessage);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    addressColumn->addLayout(testRow);
    addressColumn->addWidget(m_testResult);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_addressLabel, addressColumn);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_operatorLabel, m_operator);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addStretch(1);

    connect(m_address, &QLineEdit::textChanged, this, [this] {
        m_testResult->clear();
        m_testResult->hide();
        updateMessages();
        emit changed();
    });
    connect(m_operator, &QLineEdit::textChanged, this, &SharedHistoryPage::changed);
    connect(m_test, &QPushButton::clicked, this, &SharedHistoryPage::testConnection);
    retranslate();
}

SharedHistoryPage::~SharedHistoryPage() = default;

void SharedHistoryPage::setKeychain(KeychainBackend *keychain)
{
    m_keychain = keychain;
    m_password->setEnabled(m_keychain != nullptr);
    retranslate();
}

QString SharedHistoryPage::problem() const
{
    const QString address = m_address->text().trimmed();
    if (address.isEmpty())
        return {};
    if (!StoreBackend::isServerLocation(address))
        return tr("The address must start with postgresql:// (a shared history lives on a PostgreSQL server).");
    if (PostgresBackend::carriesPassword(address))
        return tr("Leave the password out of the address: QueueLens never keeps it in its settings. Type it in "
                  "the password field (it goes to the system keychain), or use PGPASSWORD or ~/.pgpass.");
    return PostgresBackend::check(address);
}

void SharedHistoryPage::apply()
{
    if (!m_settings || !problem().isEmpty())
        return;
    const QString address = m_address->text().trimmed();
    m_settings->setSharedDatabase(address);
    m_settings->setOperatorName(m_operator->text());
    const QString password = m_password->text();
    if (m_keychain && !address.isEmpty() && !password.isEmpty()) {
        PostgresBackend::rememberPassword(address, password);
        DatabasePassword::store(*m_keychain, address, password, [](bool ok, const QString &problem) {
            if (!ok)
                qWarning("the database password could not be saved in the keychain: %s", qPrintable(problem));
        });
    }
}

void SharedHistoryPage::testConnection()
{
    const QString address = m_address->text().trimmed();
    if (m_testing || address.isEmpty() || !problem().isEmpty())
        return;
    m_testing = true;
    m_test->setEnabled(false);
    if (!m_password->text().isEmpty())
        PostgresBackend::rememberPassword(address, m_password->text());
    setMessage(m_testResult, tr("Connecting…"), false);
    // Connecting may take the whole connect timeout: never on the window's thread.
    QPointer<SharedHistoryPage> page(this);
    QThread *worker = QThread::create([page, address] {
        QString summary;
        const QString failure = TaskStore::probe(address, &summary);
        QMetaObject::invokeMethod(
            qApp, [page, address, failure, summary] {
                if (page)
                    page->showTestResult(address, failure.isEmpty(), failure.isEmpty() ? summary : failure);
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void SharedHistoryPage::showTestResult(const QString &address, bool ok, const QString &message)
{
    m_testing = false;
    m_test->setEnabled(true);
    if (address != m_address->text().trimmed())
        return;   // the address changed meanwhile: the answer is about another one
    setMessage(m_testResult, ok ? message : tr("Cannot use this address: %1").arg(message), !ok);
    emit testFinished(ok, message);
}

void SharedHistoryPage::updateMessages()
{
    setMessage(m_addressMessage, problem(), true);
    m_test->setEnabled(!m_testing && !m_address->text().trimmed().isEmpty() && problem().isEmpty());
}

void SharedHistoryPage::retranslate()
{
    m_intro->setText(tr("A team can share one task history on a PostgreSQL server: everyone sees every task, who "
                        "submitted it and what became of it. API keys never leave this computer."));
    m_addressLabel->setText(tr("&Server address:"));
    m_address->setAccessibleName(tr("Shared history server address"));
    m_address->setToolTip(tr("Empty: the history stays in this computer's file."));
    m_test->setText(tr("&Test connection"));
    m_test->setToolTip(tr("Connects and reads the schema version; changes nothing on the server."));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setAccessibleName(tr("Shared history server password"));
    m_password->setPlaceholderText(m_keychain ? tr("Kept in the system keychain; empty: PGPASSWORD or ~/.pgpass")
                                              : tr("No keychain: use PGPASSWORD or ~/.pgpass"));
    m_operatorLabel->setText(tr("&Your name:"));
    m_operator->setAccessibleName(tr("Your name in the shared history"));
    m_operator->setToolTip(tr("Recorded on every task you submit. If empty, %1 is used.").arg(OperatorIdentity::systemDefault()));
    m_restartNote->setText(tr("A new server address applies when QueueLens starts again; your name applies at once."));
    updateMessages();
}

void SharedHistoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
