#include "profilefileactions.h"

#include "profilefile.h"
#include "profileimport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace {

// The notes as a list, capped: a file of 1,000 broken entries must not produce a message box
// taller than the screen.
QString noteList(const QStringList &notes)
{
    constexpr int Shown = 8;
    QStringList lines;
    for (qsizetype i = 0; i < notes.size() && i < Shown; ++i)
        lines.append(QStringLiteral("• ") + notes.at(i));
    if (notes.size() > Shown)
        //: The last line of a list of import notes; %n counts the notes not shown.
        lines.append(QStringLiteral("• ") + ProfileFileActions::tr("…and %n more.", nullptr, int(notes.size() - Shown)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ProfileFileActions::ProfileFileActions(SettingsDialog *dialog)
    : QObject(dialog)
    , m_dialog(dialog)
{
}

QString ProfileFileActions::startFolder() const
{
    if (!m_lastFolder.isEmpty())
        return m_lastFolder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

ProfileFileActions::Report ProfileFileActions::importFrom(const QString &path, const ConflictQuestion &ask)
{
    Report report;
    const ProfileFile::ReadResult file = ProfileFile::readFile(path);
    if (!file.ok()) {
        report.text = file.error;
        return report;
    }
    const ProfileImport::Plan plan = ProfileImport::plan(file, m_dialog->workingProfiles());

    SettingsDialog::ImportConflicts conflicts = SettingsDialog::ImportConflicts::Replace;
    if (!plan.replacing.isEmpty()) {
        QStringList names;
        for (const ProviderProfile &profile : plan.replacing)
            names.append(profile.name);
        const std::optional<SettingsDialog::ImportConflicts> answer = ask(names);
        if (!answer) {
            report.text = tr("The import was cancelled; nothing changed.");
            return report;
        }
        conflicts = *answer;
    }

    const SettingsDialog::ImportSummary summary = m_dialog->addImported(plan, conflicts);
    report.ok = summary.added + summary.replaced > 0;
    if (!report.ok) {
        report.text = tr("No profile was imported.");
    } else {
        QStringList parts;
        if (summary.added > 0)
            parts.append(tr("Added %n profile(s).", nullptr, summary.added));
        if (summary.replaced > 0)
            parts.append(tr("Updated %n profile(s).", nullptr, summary.replaced));
        report.text = parts.join(QLatin1Char(' '));
        report.details = tr("API keys are never part of a profiles file: enter each new profile's key. Nothing "
                            "is saved until you press OK.");
    }
    if (!plan.notes.isEmpty())
        report.details += (report.details.isEmpty() ? QString() : QStringLiteral("\n\n")) + noteList(plan.notes);
    return report;
}

QList<ProviderProfile> ProfileFileActions::exportableProfiles() const
{
    QList<ProviderProfile> profiles;
    for (const ProviderProfile &profile : m_dialog->workingProfiles()) {
        if (!profile.sandbox)
            profiles.append(profile);
    }
    return profiles;
}

ProfileFileActions::Report ProfileFileActions::exportTo(const QString &path)
{
    Report report;
    const QList<ProviderProfile> profiles = exportableProfiles();
    QString error;
    if (!ProfileFile::writeFile(path, profiles, &error)) {
        report.text = error;
        return report;
    }
    report.ok = true;
    report.text = tr("Saved %n profile(s) to “%1”.", nullptr, int(profiles.size())).arg(QDir::toNativeSeparators(path));
    report.details = tr("The file holds no API key: whoever imports it enters their own.");
    return report;
}

std::optional<SettingsDialog::ImportConflicts> ProfileFileActions::askAboutConflicts(const QStringList &names)
{
    QMessageBox question(QMessageBox::Question, tr("Import profiles"),
                         tr("%n profile(s) in the file already exist here: %1.", nullptr, int(names.size()))
                             .arg(QLocale().createSeparatedList(names)),
                         QMessageBox::NoButton, m_dialog);
    question.setInformativeText(tr("Replace their settings with the file's (their API keys stay), or keep both "
                                   "and add the file's as new profiles?"));
    QPushButton *replace = question.addButton(tr("&Replace"), QMessageBox::AcceptRole);
    QPushButton *keepBoth = question.addButton(tr("&Keep both"), QMessageBox::AcceptRole);
    question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(replace);
    question.exec();
    if (question.clickedButton() == replace)
        return SettingsDialog::ImportConflicts::Replace;
    if (question.clickedButton() == keepBoth)
        return SettingsDialog::ImportConflicts::KeepBoth;
    return std::nullopt;
}

void ProfileFileActions::show(const Report &report, const QString &title)
{
    QMessageBox box(report.ok ? QMessageBox::Information : QMessageBox::Warning, title, report.text, QMessageBox::Ok,
                    m_dialog);
    box.setInformativeText(report.details);
    box.exec();
}

void ProfileFileActions::importFromFile()
{
    const QString path = QFileDialog::getOpenFileName(m_dialog, tr("Import profiles"), startFolder(),
                                                      tr("QueueLens profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    bool cancelled = false;
    const Report report = importFrom(path, [&](const QStringList &names) {
        const auto answer = askAboutConflicts(names);
        cancelled = !answer;
        return answer;
    });
    if (!cancelled)
        show(report, tr("Import profiles"));
}

void ProfileFileActions::exportToFile()
{
    if (exportableProfiles().isEmpty()) {
        show({false,
              tr("There is no profile to export."),
              tr("Sandbox profiles are left out: they only work while this QueueLens runs.")},
             tr("Export profiles"));
        return;
    }
    const QString suggested = QDir(startFolder()).filePath(QStringLiteral("queuelens-profiles.json"));
    const QString path = QFileDialog::getSaveFileName(m_dialog, tr("Export profiles"), suggested,
                                                      tr("QueueLens profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    show(exportTo(path), tr("Export profiles"));
}
