#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

namespace QueueLensSandbox {

// Writes animated PNG (APNG) files by hand, since Qt can read APNG's first frame but cannot
// write animations: PNG chunks with acTL/fcTL/fdAT, zlib data from qCompress (minus its
// four-byte length prefix) and a table-driven CRC-32. Frames are stored as 8-bit RGB.
// The first frame is also the default image, so viewers without APNG support (and QImage)
// show it as a still.
class ApngWriter
{
public:
    // All frames are converted to the size of the first. delayMs is per frame; loops 0 = forever.
    static QByteArray write(const QList<QImage> &frames, int delayMs, int loops = 0);

    static quint32 crc32(const char *data, qsizetype size, quint32 crc = 0);

private:
    static QByteArray chunk(const char *type, const QByteArray &data);
    static QByteArray scanlines(const QImage &frame);
};

} // namespace QueueLensSandbox
