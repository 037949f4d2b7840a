#pragma once

#include <QWidget>

class AppSettings;
class KeychainBackend;
class QLabel;
class QLineEdit;
class QPushButton;

// Preferences page "Shared history" (team mode): the PostgreSQL address a team shares, a Test
// connection button that changes nothing on the server, and the operator's display name.
// The address applies at the next start; it never holds a password (PGPASSWORD, ~/.pgpass).
class SharedHistoryPage : public QWidget
{
    Q_OBJECT

public:
    SharedHistoryPage(AppSettings *settings, QWidget *parent = nullptr);
    ~SharedHistoryPage() override;

    // Where a typed password goes (the OS keychain); without one the password field is disabled.
    void setKeychain(KeychainBackend *keychain);

    // Why the entries cannot be saved, empty when they can.
    QString problem() const;
    void apply();
    // Starts a connection test; testFinished() carries the outcome.
    void testConnection();
    bool isTesting() const { return m_testing; }

signals:
    void changed();
    void testFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateMessages();
    void showTestResult(const QString &address, bool ok, const QString &message);

    AppSettings *m_settings;
    QLabel *m_intro = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_addressMessage = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    KeychainBackend *m_keychain = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QLineEdit *m_operator = nullptr;
    QLabel *m_restartNote = nullptr;
    bool m_testing = false;
};
