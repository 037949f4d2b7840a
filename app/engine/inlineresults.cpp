#include "inlineresults.h"

#include <QDir>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace {

// "data:image/png;base64,...." -> bytes and the file suffix ("png"); false for anything else.
bool decode(const QString &url, QByteArray *bytes, QString *suffix)
{
    if (!url.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return false;
    const qsizetype comma = url.indexOf(QLatin1Char(','));
    if (comma < 0)
        return false;
    const QString header = url.mid(5, comma - 5).toLower();
    if (!header.endsWith(QLatin1String(";base64")))
        return false;
    const QString mime = header.chopped(7);
    const qsizetype slash = mime.indexOf(QLatin1Char('/'));
    QString type = slash >= 0 ? mime.mid(slash + 1) : QString();
    type.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    *suffix = type == QLatin1String("jpeg") ? QStringLiteral("jpg") : (type.isEmpty() ? QStringLiteral("bin") : type.left(8));
    const auto result = QByteArray::fromBase64Encoding(QStringView(url).mid(comma + 1).toLatin1(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *bytes = *result;
    return !bytes->isEmpty();
}

} // namespace

QStringList InlineResults::store(const QStringList &urls, qint64 taskId, const QString &folder, QString *error)
{
    QStringList stored;
    stored.reserve(urls.size());
    for (int index = 0; index < urls.size(); ++index) {
        const QString &url = urls.at(index);
        QByteArray bytes;
        QString suffix;
        if (!decode(url, &bytes, &suffix)) {
            stored.append(url);
            continue;
        }
        const QString target = folder.isEmpty() ? defaultFolder() : folder;
        const QString path = QDir(target).filePath(QStringLiteral("task-%1-%2.%3").arg(taskId).arg(index).arg(suffix));
        QSaveFile file(path);
        if (!QDir().mkpath(target) || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
            || !file.commit()) {
            if (error)
                *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            stored.append(url);
            continue;
        }
        stored.append(QUrl::fromLocalFile(path).toString());
    }
    return stored;
}

QString InlineResults::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("results"));
}
