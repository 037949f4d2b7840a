#include "apngwriter.h"

#include <QtEndian>

#include <algorithm>
#include <array>

namespace QueueLensSandbox {

namespace {

const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    return table;
}

void appendU32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendU16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    out.append(bytes, 2);
}

// zlib stream as PNG wants it: qCompress prepends the uncompressed length, which PNG does not.
QByteArray zlibStream(const QByteArray &raw)
{
    return qCompress(raw, 6).mid(4);
}

QByteArray frameControl(quint32 sequence, int width, int height, int delayMs)
{
    QByteArray fctl;
    appendU32(fctl, sequence);
    appendU32(fctl, quint32(width));
    appendU32(fctl, quint32(height));
    appendU32(fctl, 0);   // x offset
    appendU32(fctl, 0);   // y offset
    appendU16(fctl, quint16(std::clamp(delayMs, 1, 65535)));
    appendU16(fctl, 1000);   // delay is delay_num / delay_den seconds
    fctl.append(char(0));    // dispose: none
    fctl.append(char(0));    // blend: source
    return fctl;
}

} // namespace

quint32 ApngWriter::crc32(const char *data, qsizetype size, quint32 crc)
{
    const auto &table = crcTable();
    crc = ~crc;
    for (qsizetype i = 0; i < size; ++i)
        crc = table[(crc ^ quint8(data[i])) & 0xFFu] ^ (crc >> 8);
    return ~crc;
}

QByteArray ApngWriter::chunk(const char *type, const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size() + 12);
    appendU32(out, quint32(data.size()));
    out.append(type, 4);
    out.append(data);
    appendU32(out, crc32(out.constData() + 4, out.size() - 4));
    return out;
}

QByteArray ApngWriter::scanlines(const QImage &frame)
{
    // Filter type 2 ("Up") on every row: the gradients we draw change slowly from row to row,
    // so the differences compress far better than the raw pixels.
    const QImage rgb = frame.convertToFormat(QImage::Format_RGB888);
    const qsizetype rowBytes = qsizetype(rgb.width()) * 3;
    QByteArray raw;
    raw.reserve((rowBytes + 1) * rgb.height());
    QByteArray previous(rowBytes, '\0');
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *row = reinterpret_cast<const char *>(rgb.constScanLine(y));
        raw.append(char(2));
        for (qsizetype x = 0; x < rowBytes; ++x)
            raw.append(char(quint8(row[x]) - quint8(previous.at(x))));
        previous = QByteArray(row, rowBytes);
    }
    return raw;
}

QByteArray ApngWriter::write(const QList<QImage> &frames, int delayMs, int loops)
{
    if (frames.isEmpty() || frames.first().isNull())
        return {};
    const QSize size = frames.first().size();

    QByteArray png("\x89PNG\r\n\x1a\n", 8);

    QByteArray ihdr;
    appendU32(ihdr, quint32(size.width()));
    appendU32(ihdr, quint32(size.height()));
    ihdr.append(char(8));   // bit depth
    ihdr.append(char(2));   // colour type: RGB
    ihdr.append(char(0));   // compression
    ihdr.append(char(0));   // filter method
    ihdr.append(char(0));   // no interlace
    png += chunk("IHDR", ihdr);

    QByteArray actl;
    appendU32(actl, quint32(frames.size()));
    appendU32(actl, quint32(std::max(0, loops)));
    png += chunk("acTL", actl);

    quint32 sequence = 0;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const QImage frame = frames.at(i).size() == size ? frames.at(i) : frames.at(i).scaled(size);
        png += chunk("fcTL", frameControl(sequence++, size.width(), size.height(), delayMs));
        const QByteArray data = zlibStream(scanlines(frame));
        if (i == 0) {
            png += chunk("IDAT", data);
        } else {
            QByteArray fdat;
            appendU32(fdat, sequence++);
            fdat += data;
            png += chunk("fdAT", fdat);
        }
    }
    png += chunk("IEND", {});
    return png;
}

} // namespace QueueLensSandbox
