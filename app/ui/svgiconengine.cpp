#include "svgiconengine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

SvgIconEngine::SvgIconEngine(const QByteArray &svg)
    : m_svg(svg)
    , m_tintable(svg.contains("currentColor"))
    , m_cacheId(QString::number(qHash(svg), 16))
{
}

QByteArray SvgIconEngine::tinted(QIcon::Mode mode) const
{
    if (!m_tintable)
        return m_svg;
    const QPalette palette = QGuiApplication::palette();
    const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
    QColor color = palette.color(group, QPalette::WindowText);
    if (mode == QIcon::Selected)
        color = palette.color(QPalette::Active, QPalette::HighlightedText);
    QByteArray svg = m_svg;
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    return svg;
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    QSvgRenderer renderer(tinted(mode));
    painter->save();
    if (mode == QIcon::Disabled && !m_tintable)
        painter->setOpacity(0.45);
    renderer.render(painter, QRectF(rect));
    painter->restore();
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    // Table views ask for the same state icon on every repaint of every row: cache the raster.
    const QSize pixels = size * scale;
    const QString cacheKey = QStringLiteral("ql-svg-%1-%2x%3-%4-%5")
                                 .arg(m_cacheId)
                                 .arg(pixels.width())
                                 .arg(pixels.height())
                                 .arg(int(mode))
                                 .arg(m_tintable ? QGuiApplication::palette().color(QPalette::WindowText).rgba() : 0u);
    QPixmap pixmap;
    if (!QPixmapCache::find(cacheKey, &pixmap)) {
        pixmap = QPixmap(pixels);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), pixels), mode, state);
        }
        QPixmapCache::insert(cacheKey, pixmap);
    }
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(m_svg);
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("queuelens-svg");
}
