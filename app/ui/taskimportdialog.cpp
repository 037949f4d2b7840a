#include "taskimportdialog.h"

#include "profileeditor.h"
#include "profilelabels.h"
#include "provideradapter.h"
#include "provideradapterregistry.h"
#include "taskengine.h"
#include "uiicons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QColor okColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0x7e, 0xe7, 0x87) : QColor(0x1a, 0x7f, 0x37);
}

enum Column { LineColumn, IdColumn, ResultColumn };

} // namespace

TaskImportDialog::TaskImportDialog(TaskEngine *engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
{
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("importProfileBox"));
    m_model = new QComboBox(this);
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_kind = new QComboBox(this);
    m_ids = new QPlainTextEdit(this);
    m_ids->setObjectName(QStringLiteral("importIdsEdit"));
    m_ids->setTabChangesFocus(true);
    m_loadButton = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), QString(), this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_results = new QTableWidget(0, 3, this);
    m_results->setObjectName(QStringLiteral("importResults"));
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(LineColumn, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(IdColumn, QHeaderView::Interactive);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setWordWrap(false);

    m_profileLabel = new QLabel(this);
    m_profileLabel->setBuddy(m_profile);
    m_modelLabel = new QLabel(this);
    m_modelLabel->setBuddy(m_model);
    m_kindLabel = new QLabel(this);
    m_kindLabel->setBuddy(m_kind);
    m_idsLabel = new QLabel(this);
    m_idsLabel->setBuddy(m_ids);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_importButton->setDefault(true);

    auto *idsHeader = new QHBoxLayout;
    idsHeader->addWidget(m_idsLabel, 1);
    idsHeader->addWidget(m_loadButton);
    auto *form = new QFormLayout;
    form->addRow(m_profileLabel, m_profile);
    form->addRow(m_modelLabel, m_model);
    form->addRow(m_kindLabel, m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(idsHeader);
    layout->addWidget(m_ids, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 2);
    layout->addWidget(m_buttons);

    m_timer = new QTimer(this);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &TaskImportDialog::importNextChunk);
    connect(m_ids, &QPlainTextEdit::textChanged, this, &TaskImportDialog::revalidate);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &TaskImportDialog::onProfileChanged);
    connect(m_loadButton, &QPushButton::clicked, this, &TaskImportDialog::chooseFile);
    connect(m_importButton, &QPushButton::clicked, this, &TaskImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TaskImportDialog::reject);
    if (m_engine)
        connect(m_engine, &TaskEngine::profilesChanged, this, &TaskImportDialog::reloadProfiles);

    retranslate();
    reloadProfiles();
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 34);

    // Finished tasks are not in the engine's memory: read the history once for their ids.
    if (m_engine) {
        m_engine->readHistory(this, [this](const QList<TaskSummary> &page, bool done) {
            for (const TaskSummary &task : page) {
                if (!task.remoteId.isEmpty())
                    m_known[task.profileId].insert(task.remoteId, task.id);
            }
            if (done) {
                m_historyRead = true;
                revalidate();
            }
        });
    } else {
        m_historyRead = true;
    }
}

void TaskImportDialog::setAdapterRegistry(const ProviderAdapterRegistry *registry)
{
    m_registry = registry;
    reloadProfiles();   // the provider names in the profile list come from the adapters
}

void TaskImportDialog::reloadProfiles()
{
    const QString selected = m_profile->currentData().toString();
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    if (m_engine) {
        for (const ProviderProfile &profile : m_engine->profiles()) {
            m_profile->addItem(ProfileLabels::profileLabel(profile, m_registry), profile.id);
            m_profile->setItemData(m_profile->count() - 1, profile.provider, Qt::UserRole + 1);
        }
    }
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(selected)));
    onProfileChanged();
}

void TaskImportDialog::onProfileChanged()
{
    const QString provider = m_profile->currentData(Qt::UserRole + 1).toString();
    const ProviderAdapter *adapter = m_registry ? m_registry->adapter(provider) : nullptr;
    const QString model = m_model->currentText();
    m_model->clear();
    if (adapter)
        m_model->addItems(adapter->suggestedModels());
    m_model->setEditText(adapter && !adapter->suggestedModels().contains(model) && !adapter->suggestedModels().isEmpty()
                             ? adapter->suggestedModels().first()
                             : model);
    m_kind->clear();
    const QStringList kinds = adapter ? adapter->kinds() : QStringList();
    m_kind->setEditable(kinds.isEmpty());
    for (const QString &kind : kinds)
        m_kind->addItem(adapter->kindName(kind), kind);
    revalidate();
}

QHash<QString, qint64> TaskImportDialog::trackedIds() const
{
    QHash<QString, qint64> ids;
    if (!m_engine)
        return ids;
    const QString profile = m_profile->currentData().toString();
    ids = m_known.value(profile);
    for (const Task &task : m_engine->tasks()) {
        if (task.profileId == profile && !task.remoteId.isEmpty())
            ids.insert(task.remoteId, task.id);
    }
    return ids;
}

QList<TaskImportDialog::Line> TaskImportDialog::checkLines(const QString &text, const QHash<QString, qint64> &trackedIds)
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    QList<Line> lines;
    QHash<QString, int> seen;
    const QStringList rows = text.split(QLatin1Char('\n'));
    for (int i = 0; i < rows.size(); ++i) {
        const QString id = rows.at(i).trimmed();
        if (id.isEmpty() || id.startsWith(QLatin1Char('#')))
            continue;
        Line line{i + 1, id, QString()};
        if (id.contains(space))
            line.problem = tr("An id cannot contain spaces. Put one id on each line.");
        else if (id.size() > MaxIdLength)
            line.problem = tr("Too long for a task id (more than %1 characters).").arg(MaxIdLength);
        else if (seen.contains(id))
            line.problem = tr("Same id as line %1; imported once.").arg(seen.value(id));
        else if (trackedIds.contains(id))
            line.problem = tr("Already tracked as task #%1.").arg(trackedIds.value(id));
        seen.insert(id, line.number);
        lines.append(line);
    }
    return lines;
}

QList<QStringList> TaskImportDialog::parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

QString TaskImportDialog::idsFromCsv(const QString &text)
{
    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1);
    const QList<QStringList> records = parseCsv(body);
    if (records.isEmpty())
        return {};
    // Our own export (remote_id) and the usual names other tools give the column.
    int column = 0;
    int firstRow = 0;
    const QStringList header = records.first();
    for (const char *name : {"remote_id", "remote id", "request_id", "task_id", "remoteid"}) {
        const auto at = std::find_if(header.begin(), header.end(), [name](const QString &cell) {
            return cell.trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
        });
        if (at != header.end()) {
            column = int(at - header.begin());
            firstRow = 1;
            break;
        }
    }
    QStringList ids;
    for (qsizetype row = firstRow; row < records.size(); ++row) {
        if (column < records.at(row).size())
            ids.append(records.at(row).at(column).trimmed());
    }
    return ids.join(QLatin1Char('\n'));
}

std::optional<QString> TaskImportDialog::idsFromJson(const QString &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (document.isNull()) {
        if (error)
            *error = tr("The file is not valid JSON: %1 (at character %2).").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    QJsonArray tasks = document.array();
    if (document.isObject()) {
        const QJsonValue list = document.object().value(QLatin1StringView("tasks"));
        if (!list.isArray()) {
            if (error)
                *error = tr("The JSON file holds no task list: expected an array of tasks, or an object with a "
                            "\"tasks\" array.");
            return std::nullopt;
        }
        tasks = list.toArray();
    }
    QStringList ids;
    for (const QJsonValue &value : std::as_const(tasks)) {
        if (value.isString()) {
            ids.append(value.toString().trimmed());
            continue;
        }
        // Our export's "id" is the local number, never a remote id: only these names count.
        const QJsonObject task = value.toObject();
        for (const char *name : {"remote_id", "request_id", "task_id"}) {
            const QJsonValue id = task.value(QLatin1StringView(name));
            if (id.isString() && !id.toString().trimmed().isEmpty()) {
                ids.append(id.toString().trimmed());
                break;
            }
        }
    }
    return ids.join(QLatin1Char('\n'));
}

void TaskImportDialog::setIdsText(const QString &text)
{
    m_ids->setPlainText(text);
}

bool TaskImportDialog::loadFile(const QString &file, QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not open “%1”: %2").arg(QDir::toNativeSeparators(file), in.errorString());
        return false;
    }
    const QByteArray data = in.read(16 * 1024 * 1024);   // far more ids than anyone pastes
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QString suffix = QFileInfo(file).suffix();
    const QString start = text.trimmed().left(1);
    if (suffix.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0 || start == QLatin1String("[")
        || start == QLatin1String("{")) {
        QString problem;
        const std::optional<QString> ids = idsFromJson(text, &problem);
        if (!ids) {
            if (error)
                *error = tr("Could not read “%1”: %2").arg(QDir::toNativeSeparators(file), problem);
            return false;
        }
        setIdsText(*ids);
        return true;
    }
    const bool csv = suffix.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
                     || text.section(QLatin1Char('\n'), 0, 0).contains(QLatin1Char(','));
    setIdsText(csv ? idsFromCsv(text) : text);
    return true;
}

void TaskImportDialog::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Load task ids"), QString(),
                                                      tr("Text, CSV or JSON files (*.txt *.csv *.json);;All files (*)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!loadFile(file, &error)) {
        UiIcons::setTextColor(m_summary, UiIcons::errorTextColor(palette()));
        m_summary->setText(error);
    }
}

void TaskImportDialog::revalidate()
{
    if (m_timer->isActive())
        return;
    m_lines = checkLines(m_ids->toPlainText(), trackedIds());
    int ready = 0;
    m_results->setRowCount(int(m_lines.size()));
    for (int row = 0; row < m_lines.size(); ++row) {
        const Line &line = m_lines.at(row);
        m_results->setItem(row, LineColumn, new QTableWidgetItem(QString::number(line.number)));
        m_results->setItem(row, IdColumn, new QTableWidgetItem(line.remoteId));
        setResult(row, line.problem.isEmpty() ? tr("Ready") : line.problem, line.problem.isEmpty());
        if (line.problem.isEmpty())
            ++ready;
    }
    const qsizetype skipped = m_lines.size() - ready;
    QString summary;
    if (m_profile->count() == 0)
        summary = tr("No provider profile yet. Add one in Settings first.");
    else if (m_lines.isEmpty())
        summary = tr("Paste remote task ids, one per line, or load a text, CSV or JSON file.");
    else if (skipped == 0)
        summary = tr("%n id(s) ready to import.", nullptr, ready);
    else
        summary = tr("%1; %2", "ids ready to import; lines that will be skipped")
                      .arg(tr("%n id(s) ready to import", nullptr, ready),
                           tr("%n line(s) will be skipped (see below).", nullptr, int(skipped)));
    QPalette p = m_summary->palette();
    p.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    m_summary->setPalette(p);
    if (!m_historyRead && !m_lines.isEmpty())
        summary = tr("Looking up the tasks already tracked…");
    m_summary->setText(summary);
    m_importButton->setEnabled(ready > 0 && m_profile->count() > 0 && m_historyRead);
}

void TaskImportDialog::setResult(int row, const QString &text, bool ok)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (!ok)
        item->setForeground(UiIcons::errorTextColor(palette()));
    else if (text != tr("Ready"))
        item->setForeground(okColor(palette()));
    m_results->setItem(row, ResultColumn, item);
}

void TaskImportDialog::startImport()
{
    if (!m_engine || m_timer->isActive())
        return;
    revalidate();
    m_pendingProfile = m_profile->currentData().toString();
    m_pending = m_lines;
    m_pendingRow = 0;
    m_imported.clear();
    m_importButton->setEnabled(false);
    m_ids->setReadOnly(true);
    m_timer->start();
}

void TaskImportDialog::importNextChunk()
{
    TaskSpec spec;
    spec.model = m_model->currentText().trimmed();
    spec.kind = m_kind->isEditable() ? m_kind->currentText().trimmed() : m_kind->currentData().toString();
    for (int n = 0; n < ChunkSize && m_pendingRow < m_pending.size(); ++n, ++m_pendingRow) {
        const Line &line = m_pending.at(m_pendingRow);
        if (!line.problem.isEmpty())
            continue;
        QString error;
        const qint64 id = m_engine->track(m_pendingProfile, line.remoteId, spec, &error);
        if (id > 0) {
            m_imported.append(id);
            m_known[m_pendingProfile].insert(line.remoteId, id);
            setResult(m_pendingRow, tr("Tracking as task #%1").arg(id), true);
        } else {
            setResult(m_pendingRow, error.isEmpty() ? tr("Not imported.") : error, false);
        }
    }
    m_summary->setText(tr("Imported %1 of %2…").arg(m_imported.size()).arg(m_pending.size()));
    if (m_pendingRow < m_pending.size())
        return;
    m_timer->stop();
    m_ids->setReadOnly(false);
    m_summary->setText(tr("%n task(s) now tracked.", nullptr, int(m_imported.size())));
    if (!m_imported.isEmpty())
        emit imported(m_imported);
}

void TaskImportDialog::retranslate()
{
    setWindowTitle(tr("Import tasks"));
    m_profileLabel->setText(tr("&Profile:"));
    m_modelLabel->setText(tr("&Model:"));
    m_kindLabel->setText(tr("&Kind:"));
    m_idsLabel->setText(tr("Remote task i&ds (one per line):"));
    m_loadButton->setText(tr("&Load file…"));
    m_importButton->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_profile->setAccessibleName(tr("Profile the tasks belong to"));
    m_model->setAccessibleName(tr("Model of the imported tasks"));
    m_kind->setAccessibleName(tr("Kind of the imported tasks"));
    const QString provider = m_profile->currentData(Qt::UserRole + 1).toString();
    if (const ProviderAdapter *adapter = m_registry ? m_registry->adapter(provider) : nullptr; adapter && !m_kind->isEditable()) {
        for (int i = 0; i < m_kind->count(); ++i)
            m_kind->setItemText(i, adapter->kindName(m_kind->itemData(i).toString()));
    }
    m_ids->setAccessibleName(tr("Remote task ids"));
    m_ids->setPlaceholderText(tr("task-unified-1757165031-uyujaw3d\n…"));
    m_results->setAccessibleName(tr("Result per line"));
    m_results->setHorizontalHeaderLabels({tr("Line"), tr("Remote id"), tr("Result")});
    m_model->setToolTip(tr("Some providers need the model or kind to find a task; use what it was created with."));
    revalidate();
}

void TaskImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
