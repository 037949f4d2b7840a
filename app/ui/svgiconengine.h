#pragma once

#include <QByteArray>
#include <QIconEngine>
#include <QString>

// Renders one SVG at whatever size and device pixel ratio is asked for, so icons stay sharp on
// high-DPI screens. Monochrome action icons are drawn with "currentColor": that colour is
// taken from the application palette at paint time, so the same icon reads on light and dark
// palettes and follows a palette change without reloading anything.
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(const QByteArray &svg);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    QByteArray tinted(QIcon::Mode mode) const;

    QByteArray m_svg;
    bool m_tintable;
    QString m_cacheId;
};
