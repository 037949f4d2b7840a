#pragma once

#include <QJsonObject>
#include <QString>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;

// Extra request parameters of a task, typed either as "key: value" lines or as one JSON object.
// Every edit is validated at once and the first problem is shown under the text with its line
// ("line 3: expected a value after ':'", "duration must be a number"), so the operator never
// learns about a typo from a provider's 400 answer.
class ParamsEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { KeyValue, Json };

    // The result of parsing the text: the object, or the first problem and the line it is on.
    struct ParseResult
    {
        std::optional<QJsonObject> params;
        QString error;   // translated, empty when params is set
        int line = 0;    // 1-based, 0 when the problem is not tied to a line
    };

    explicit ParamsEditor(QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);           // converts the text when it is valid

    QString text() const;
    void setText(const QString &text);
    // Shows the object in the mode that reads best (key/value unless a value is nested).
    void setParams(const QJsonObject &params);

    bool isValid() const { return m_result.params.has_value(); }
    QJsonObject params() const { return m_result.params.value_or(QJsonObject()); }
    QString errorMessage() const { return m_result.error; }

    // Pure functions, also used by the tests.
    static ParseResult parse(const QString &text, Mode mode);
    static QString toKeyValueText(const QJsonObject &params);
    static QString toJsonText(const QJsonObject &params);
    // Type rules for well-known parameter names ("duration must be a number").
    static QString checkKnownTypes(const QJsonObject &params, QString *offendingKey = nullptr);

signals:
    void validityChanged(bool valid);
    void paramsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void revalidate();
    void showResult();
    void retranslate();

    Mode m_mode = Mode::KeyValue;
    ParseResult m_result;
    QComboBox *m_modeBox = nullptr;
    QLabel *m_hint = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_error = nullptr;
};
