#include "resultfactory.h"

#include "apngwriter.h"

#include <QBuffer>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLinearGradient>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace QueueLensSandbox {

namespace {

// Aspect ratio from the request ("size":"1024x768", "aspect_ratio":"16:9"), else a default.
QSize aspectOf(const SandboxTask &task, QSize fallback)
{
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})\\s*[x*]\\s*(\\d{2,5})$"));
    static const QRegularExpression ratioPattern(QStringLiteral("^(\\d{1,3})\\s*:\\s*(\\d{1,3})$"));
    for (const char *key : {"size", "resolution_px", "image_size"}) {
        const auto m = sizePattern.match(task.input.value(QLatin1StringView(key)).toString().trimmed());
        if (m.hasMatch())
            return {m.captured(1).toInt(), m.captured(2).toInt()};
    }
    for (const char *key : {"aspect_ratio", "ratio"}) {
        const auto m = ratioPattern.match(task.input.value(QLatin1StringView(key)).toString().trimmed());
        if (m.hasMatch() && m.captured(1).toInt() > 0 && m.captured(2).toInt() > 0)
            return {m.captured(1).toInt(), m.captured(2).toInt()};
    }
    return fallback;
}

QSize fitInto(QSize aspect, int longSide)
{
    if (aspect.width() <= 0 || aspect.height() <= 0)
        return {longSide, longSide};
    // Keep within 1:4..4:1 so a silly request cannot produce a 1-pixel strip.
    const double ratio = std::clamp(double(aspect.width()) / double(aspect.height()), 0.25, 4.0);
    if (ratio >= 1.0)
        return {longSide, std::max(16, int(std::lround(longSide / ratio)) & ~1)};
    return {std::max(16, int(std::lround(longSide * ratio)) & ~1), longSide};
}

QColor colourFrom(quint64 seed, int shift, int hueOffset)
{
    const int hue = int(((seed >> shift) % 360 + quint64(hueOffset)) % 360);
    return QColor::fromHsv(hue, 150 + int((seed >> (shift + 9)) % 80), 200 + int((seed >> (shift + 17)) % 55));
}

bool canDrawText()
{
    // Fonts need a QGuiApplication; the plain-core tools draw the gradient only.
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QString firstWords(const QString &prompt, int count)
{
    const QStringList words = prompt.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString text = words.mid(0, count).join(QLatin1Char(' '));
    if (words.size() > count)
        text += QStringLiteral(" …");
    return text.isEmpty() ? QStringLiteral("(no prompt)") : text;
}

QByteArray encodePng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

QStringList ResultFactory::fileNames(const SandboxTask &task)
{
    if (task.media == MediaKind::Video)
        return {QStringLiteral("video.apng"), QStringLiteral("poster.png")};
    QStringList names;
    for (int i = 0; i < std::max(1, task.outputs); ++i)
        names << QStringLiteral("%1.png").arg(i);
    return names;
}

QString ResultFactory::mainFileName(const SandboxTask &task, int index)
{
    if (task.media == MediaKind::Video)
        return QStringLiteral("video.apng");
    return QStringLiteral("%1.png").arg(index);
}

QSize ResultFactory::pixelSize(const SandboxTask &task)
{
    if (task.media == MediaKind::Video)
        return fitInto(aspectOf(task, {16, 9}), 320);
    return fitInto(aspectOf(task, {1, 1}), 512);
}

QByteArray ResultFactory::contentTypeOf(const QString &name)
{
    if (name.endsWith(QLatin1String(".apng")))
        return QByteArrayLiteral("image/apng");
    return QByteArrayLiteral("image/png");
}

double ResultFactory::videoDurationSeconds()
{
    return VideoFrames * VideoFrameMs / 1000.0;
}

QByteArray ResultFactory::smallPng(const SandboxTask &task, int index)
{
    QImage image(SmallPngSide, SmallPngSide, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, SmallPngSide, SmallPngSide);
    gradient.setColorAt(0.0, colourFrom(task.seed, 0, index * 40));
    gradient.setColorAt(1.0, colourFrom(task.seed, 24, index * 40 + 90));
    painter.fillRect(image.rect(), gradient);
    painter.end();
    return encodePng(image);
}

std::optional<ResultFactory::File> ResultFactory::file(const SandboxTask &task, const QString &name)
{
    if (!fileNames(task).contains(name))
        return std::nullopt;
    const QString key = task.id + QLatin1Char('/') + name;
    {
        const QMutexLocker lock(&m_mutex);
        if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
            return it.value();
    }

    File made;
    made.contentType = contentTypeOf(name);
    made.size = pixelSize(task);
    if (name == QLatin1String("video.apng")) {
        QList<QImage> frames;
        for (int f = 0; f < VideoFrames; ++f)
            frames << drawFrame(task, 0, f, VideoFrames);
        made.bytes = ApngWriter::write(frames, VideoFrameMs);
        made.durationSeconds = videoDurationSeconds();
    } else if (name == QLatin1String("poster.png")) {
        made.bytes = encodePng(drawFrame(task, 0, 0, VideoFrames));
    } else {
        made.bytes = encodePng(drawFrame(task, name.section(QLatin1Char('.'), 0, 0).toInt(), 0, 1));
    }

    const QMutexLocker lock(&m_mutex);
    if (m_cacheBytes + made.bytes.size() > CacheLimitBytes) {
        m_cache.clear();   // crude, but results are cheap to redraw and rarely re-fetched
        m_cacheBytes = 0;
    }
    m_cache.insert(key, made);
    m_cacheBytes += made.bytes.size();
    return made;
}

bool ResultFactory::isCached(const QString &taskId, const QString &name) const
{
    const QMutexLocker lock(&m_mutex);
    return m_cache.contains(taskId + QLatin1Char('/') + name);
}

void ResultFactory::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_cache.clear();
    m_cacheBytes = 0;
}

QImage ResultFactory::drawFrame(const SandboxTask &task, int index, int frame, int frameCount) const
{
    const QSize size = pixelSize(task);
    QImage image(size, QImage::Format_RGB32);
    const double t = frameCount > 1 ? double(frame) / double(frameCount) : 0.0;
    const int hueDrift = int(t * 120);

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient gradient(0, 0, size.width(), size.height());
    gradient.setColorAt(0.0, colourFrom(task.seed, 0, hueDrift + index * 40));
    gradient.setColorAt(1.0, colourFrom(task.seed, 24, hueDrift + index * 40 + 90));
    painter.fillRect(image.rect(), gradient);

    // A few soft discs so successive images (and frames) are visibly different.
    for (int i = 0; i < 5; ++i) {
        const quint64 bits = task.seed >> (i * 11);
        const double phase = t * 2.0 * std::numbers::pi + i;
        const int r = int(size.height() * (0.08 + double(bits % 13) / 100.0));
        const int x = int(size.width() * (double((bits >> 3) % 100) / 100.0) + std::cos(phase) * size.width() * 0.08);
        const int y = int(size.height() * (double((bits >> 5) % 100) / 100.0) + std::sin(phase) * size.height() * 0.08);
        QColor disc = colourFrom(bits, 7, 180 + index * 30);
        disc.setAlpha(110);
        painter.setPen(Qt::NoPen);
        painter.setBrush(disc);
        painter.drawEllipse(QPoint(x, y), r, r);
    }
    if (frameCount > 1) {
        // A moving bar: the animation is obvious even in a tiny thumbnail.
        painter.fillRect(QRect(int(t * size.width()), 0, std::max(4, size.width() / 40), size.height()),
                         QColor(255, 255, 255, 140));
    }

    if (canDrawText()) {
        QFont font = painter.font();
        font.setPixelSize(std::max(10, size.height() / 14));
        font.setBold(true);
        painter.setFont(font);
        const QRect band(0, size.height() * 5 / 8, size.width(), size.height() * 3 / 8);
        painter.fillRect(band, QColor(0, 0, 0, 120));
        painter.setPen(Qt::white);
        const QRect inner = band.adjusted(size.width() / 24, 4, -size.width() / 24, -4);
        painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, firstWords(task.prompt, 6));
        font.setBold(false);
        font.setPixelSize(std::max(8, size.height() / 24));
        painter.setFont(font);
        QString footer = task.id;
        if (task.outputs > 1)
            footer += QStringLiteral("  #%1").arg(index + 1);
        painter.drawText(inner, Qt::AlignLeft | Qt::AlignBottom, footer);
    }
    painter.end();
    return image;
}

} // namespace QueueLensSandbox
