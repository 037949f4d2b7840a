#include "inlineresults.h"

#include "resultsfolder.h"

#include <QDir>
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
        const QString fileUrl =
            ResultsFolder::save(folder.isEmpty() ? defaultFolder() : folder, taskId, index, suffix, bytes, error);
        stored.append(fileUrl.isEmpty() ? url : fileUrl);   // a file that cannot be written keeps its data: URL
    }
    return stored;
}

QString InlineResults::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("results"));
}
