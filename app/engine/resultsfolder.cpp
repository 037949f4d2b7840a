#include "resultsfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

QString ResultsFolder::preferenceKey()
{
    return QStringLiteral("files/downloadFolder");
}

QString ResultsFolder::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).filePath(QStringLiteral("QueueLens"));
}

QString ResultsFolder::configured()
{
    const QString fromEnvironment = qEnvironmentVariable("QUEUELENS_RESULTS_FOLDER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QSettings desktop(QStringLiteral("QueueLens"), QStringLiteral("QueueLens"));
    const QString chosen = desktop.value(preferenceKey()).toString();
    return chosen.isEmpty() ? defaultPath() : chosen;
}

QString ResultsFolder::save(const QString &folder, qint64 taskId, int index, const QString &suffix,
                            const QByteArray &bytes, QString *error)
{
    const QDir dir(folder);
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QStringLiteral("cannot create the folder %1").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    const QString stem = QStringLiteral("task-%1-%2").arg(taskId).arg(index);
    QString path = dir.filePath(stem + QLatin1Char('.') + suffix);
    for (int copy = 2; QFileInfo::exists(path); ++copy)
        path = dir.filePath(QStringLiteral("%1-%2.%3").arg(stem).arg(copy).arg(suffix));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    return QUrl::fromLocalFile(path).toString();
}
