#include "paramseditor.h"

#include "uiicons.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

// Parameter names whose type several providers document the same way. A wrong type here is
// always a mistake, so it is caught before the provider answers 400.
const QStringList kNumberKeys{QStringLiteral("duration"), QStringLiteral("guidance_scale"), QStringLiteral("cfg_scale"),
                              QStringLiteral("strength"), QStringLiteral("fps")};
const QStringList kWholeNumberKeys{QStringLiteral("seed"), QStringLiteral("n"), QStringLiteral("num_outputs"),
                                   QStringLiteral("num_images"), QStringLiteral("width"), QStringLiteral("height"),
                                   QStringLiteral("steps"), QStringLiteral("num_inference_steps"),
                                   QStringLiteral("num_frames")};
const QStringList kBooleanKeys{QStringLiteral("bgm"), QStringLiteral("off_peak"), QStringLiteral("watermark"),
                               QStringLiteral("enhance_prompt")};
// Filled from the form's own fields; a second copy here would silently lose.
const QStringList kReservedKeys{QStringLiteral("prompt"), QStringLiteral("model")};

// The text of a single JSON value ("5", "true", "\"x\"", "{...}").
QString jsonValueText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// Parses one JSON value of any type (QJsonDocument only takes objects and arrays on their own).
std::optional<QJsonValue> parseJsonValue(const QString &text, QString *problem)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray('[' + text.toUtf8() + ']'), &error);
    if (error.error != QJsonParseError::NoError) {
        if (problem)
            *problem = error.errorString();
        return std::nullopt;
    }
    const QJsonArray array = document.array();
    if (array.size() != 1) {
        if (problem)
            *problem = QCoreApplication::translate("ParamsEditor", "more than one value; use a JSON array [ … ] for a list");
        return std::nullopt;
    }
    return array.first();
}

// Whether a string would come back as the same string when read as a "name: value" line.
bool readsBackAsPlainString(const QString &value)
{
    if (value.isEmpty() || value != value.trimmed() || value.contains(QLatin1Char('\n')))
        return false;
    const QChar first = value.front();
    if (first == QLatin1Char('"') || first == QLatin1Char('{') || first == QLatin1Char('['))
        return false;
    return !parseJsonValue(value, nullptr).has_value();
}

// The 1-based line on which a JSON key first appears, 0 when it cannot be found.
int lineOfJsonKey(const QString &text, const QString &key)
{
    const QString quoted = QLatin1Char('"') + key + QLatin1Char('"');
    const qsizetype at = text.indexOf(quoted);
    return at < 0 ? 0 : int(text.left(at).count(QLatin1Char('\n'))) + 1;
}


} // namespace

ParamsEditor::ParamsEditor(QWidget *parent)
    : QWidget(parent)
{
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_modeBox = new QComboBox(this);
    m_modeBox->setObjectName(QStringLiteral("paramsModeBox"));
    m_modeBox->addItem(QString(), int(Mode::KeyValue));
    m_modeBox->addItem(QString(), int(Mode::Json));

    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("paramsEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("paramsError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_hint, 1);
    header->addWidget(m_modeBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_error);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &ParamsEditor::revalidate);
    connect(m_modeBox, &QComboBox::activated, this,
            [this](int index) { setMode(Mode(m_modeBox->itemData(index).toInt())); });

    retranslate();
    revalidate();
}

void ParamsEditor::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    // Convert only valid text: a half-typed line is the operator's work and is kept as it is.
    const std::optional<QJsonObject> current = m_result.params;
    m_mode = mode;
    m_modeBox->setCurrentIndex(m_modeBox->findData(int(mode)));
    retranslate();
    if (current)
        m_edit->setPlainText(mode == Mode::Json ? toJsonText(*current) : toKeyValueText(*current));
    else
        revalidate();
}

QString ParamsEditor::text() const
{
    return m_edit->toPlainText();
}

void ParamsEditor::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

void ParamsEditor::setParams(const QJsonObject &params)
{
    bool nested = false;
    for (auto it = params.begin(); it != params.end(); ++it)
        nested = nested || it.value().isObject() || it.value().isArray();
    m_mode = nested ? Mode::Json : Mode::KeyValue;
    m_modeBox->setCurrentIndex(m_modeBox->findData(int(m_mode)));
    retranslate();
    m_edit->setPlainText(nested ? toJsonText(params) : toKeyValueText(params));
}

ParamsEditor::ParseResult ParamsEditor::parse(const QString &text, Mode mode)
{
    ParseResult result;
    QJsonObject object;
    QHash<QString, int> lineOfKey;

    if (mode == Mode::Json) {
        if (!text.trimmed().isEmpty()) {
            QJsonParseError error{};
            const QByteArray utf8 = text.toUtf8();
            const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
            if (error.error != QJsonParseError::NoError) {
                // Qt's offset is just past the character that broke the parse: point at that one.
                const QString before = QString::fromUtf8(utf8.left(std::max(0, error.offset - 1)));
                result.line = int(before.count(QLatin1Char('\n'))) + 1;
                const int column = int(before.size() - before.lastIndexOf(QLatin1Char('\n')));
                result.error = tr("line %1, column %2: %3").arg(result.line).arg(column).arg(error.errorString());
                return result;
            }
            if (!document.isObject()) {
                result.line = 1;
                result.error = tr("The parameters must be one JSON object: { \"name\": value, … }");
                return result;
            }
            object = document.object();
            for (auto it = object.begin(); it != object.end(); ++it)
                lineOfKey.insert(it.key(), lineOfJsonKey(text, it.key()));
        }
    } else {
        static const QRegularExpression space(QStringLiteral("\\s"));
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            const int lineNo = i + 1;
            const QString line = lines.at(i).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            result.line = lineNo;
            if (colon < 0) {
                result.error = tr("line %1: expected “name: value”").arg(lineNo);
                return result;
            }
            const QString key = line.left(colon).trimmed();
            const QString valueText = line.mid(colon + 1).trimmed();
            if (key.isEmpty()) {
                result.error = tr("line %1: expected a name before ':'").arg(lineNo);
                return result;
            }
            if (key.contains(space)) {
                result.error = tr("line %1: a name cannot contain spaces (“%2”)").arg(QString::number(lineNo), key);
                return result;
            }
            if (valueText.isEmpty()) {
                result.error = tr("line %1: expected a value after ':' (write \"\" for empty text)").arg(lineNo);
                return result;
            }
            if (lineOfKey.contains(key)) {
                result.error = tr("line %1: “%2” is already set on line %3")
                                   .arg(QString::number(lineNo), key, QString::number(lineOfKey.value(key)));
                return result;
            }
            QString problem;
            std::optional<QJsonValue> value = parseJsonValue(valueText, &problem);
            if (!value) {
                const QChar first = valueText.front();
                if (first == QLatin1Char('"') || first == QLatin1Char('{') || first == QLatin1Char('[')) {
                    result.error = tr("line %1: the value of “%2” is not valid JSON: %3")
                                       .arg(QString::number(lineNo), key, problem);
                    return result;
                }
                value = QJsonValue(valueText);   // plain text needs no quotes
            }
            object.insert(key, *value);
            lineOfKey.insert(key, lineNo);
        }
        result.line = 0;
    }

    QString offendingKey;
    const QString typeProblem = checkKnownTypes(object, &offendingKey);
    if (!typeProblem.isEmpty()) {
        result.line = lineOfKey.value(offendingKey, 0);
        result.error = result.line > 0 ? tr("line %1: %2").arg(QString::number(result.line), typeProblem) : typeProblem;
        return result;
    }
    result.params = object;
    return result;
}

QString ParamsEditor::checkKnownTypes(const QJsonObject &params, QString *offendingKey)
{
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (offendingKey)
            *offendingKey = key;
        if (kReservedKeys.contains(key))
            return tr("\"%1\" comes from the form above; remove it here").arg(key);
        if ((kNumberKeys.contains(key) || kWholeNumberKeys.contains(key)) && !value.isDouble())
            return tr("%1 must be a number").arg(key);
        if (kWholeNumberKeys.contains(key) && std::floor(value.toDouble()) != value.toDouble())
            return tr("%1 must be a whole number").arg(key);
        if (kBooleanKeys.contains(key) && !value.isBool())
            return tr("%1 must be true or false").arg(key);
    }
    if (offendingKey)
        offendingKey->clear();
    return {};
}

QString ParamsEditor::toKeyValueText(const QJsonObject &params)
{
    QStringList lines;
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QJsonValue value = it.value();
        const QString text = value.isString() && readsBackAsPlainString(value.toString()) ? value.toString()
                                                                                           : jsonValueText(value);
        lines.append(it.key() + QStringLiteral(": ") + text);
    }
    return lines.join(QLatin1Char('\n'));
}

QString ParamsEditor::toJsonText(const QJsonObject &params)
{
    if (params.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Indented)).trimmed();
}

void ParamsEditor::revalidate()
{
    const bool wasValid = isValid();
    const QJsonObject before = params();
    m_result = parse(m_edit->toPlainText(), m_mode);
    showResult();
    if (wasValid != isValid())
        emit validityChanged(isValid());
    if (isValid() && params() != before)
        emit paramsChanged();
}

void ParamsEditor::showResult()
{
    QList<QTextEdit::ExtraSelection> marks;
    if (!isValid() && m_result.line > 0) {
        QTextEdit::ExtraSelection mark;
        QColor tint = UiIcons::errorTextColor(palette());
        tint.setAlpha(48);
        mark.format.setBackground(tint);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(m_edit->document()->findBlockByNumber(m_result.line - 1));
        marks.append(mark);
    }
    m_edit->setExtraSelections(marks);

    QPalette labelPalette = m_error->palette();
    labelPalette.setColor(QPalette::WindowText, UiIcons::errorTextColor(palette()));
    m_error->setPalette(labelPalette);
    m_error->setText(m_result.error);
    m_error->setVisible(!m_result.error.isEmpty());
    m_edit->setAccessibleDescription(m_result.error);
}

void ParamsEditor::retranslate()
{
    m_modeBox->setItemText(0, tr("name: value"));
    m_modeBox->setItemText(1, tr("JSON"));
    m_modeBox->setAccessibleName(tr("Parameter format"));
    m_modeBox->setToolTip(tr("Type parameters as one “name: value” per line, or as a JSON object"));
    m_hint->setText(m_mode == Mode::Json ? tr("Extra parameters as a JSON object.")
                                         : tr("One “name: value” per line; text needs no quotes, # starts a comment."));
    m_edit->setAccessibleName(tr("Extra parameters"));
    m_edit->setPlaceholderText(m_mode == Mode::Json ? QStringLiteral("{\n  \"duration\": 5,\n  \"aspect_ratio\": \"16:9\"\n}")
                                                    : QStringLiteral("duration: 5\naspect_ratio: 16:9"));
}

void ParamsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_result = parse(m_edit->toPlainText(), m_mode);   // the message is translated text
        showResult();
    } else if (event->type() == QEvent::PaletteChange) {
        showResult();
    }
    QWidget::changeEvent(event);
}
