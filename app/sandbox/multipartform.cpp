#include "multipartform.h"

namespace QueueLensSandbox {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool MultipartForm::isMultipart(const QByteArray &contentType)
{
    return contentType.trimmed().toLower().startsWith("multipart/form-data");
}

QByteArray MultipartForm::parameter(const QByteArray &headerValue, const QByteArray &name)
{
    // ';'-separated parameters; a value may be a quoted string with backslash escapes.
    qsizetype i = headerValue.indexOf(';');
    while (i >= 0 && i < headerValue.size()) {
        ++i;
        while (i < headerValue.size() && (headerValue.at(i) == ' ' || headerValue.at(i) == '\t'))
            ++i;
        const qsizetype equals = headerValue.indexOf('=', i);
        if (equals < 0)
            return {};
        const QByteArray key = headerValue.mid(i, equals - i).trimmed().toLower();
        qsizetype j = equals + 1;
        QByteArray value;
        if (j < headerValue.size() && headerValue.at(j) == '"') {
            for (++j; j < headerValue.size() && headerValue.at(j) != '"'; ++j) {
                if (headerValue.at(j) == '\\' && j + 1 < headerValue.size())
                    ++j;
                value += headerValue.at(j);
            }
            i = headerValue.indexOf(';', j);
        } else {
            const qsizetype end = headerValue.indexOf(';', j);
            value = headerValue.mid(j, end < 0 ? -1 : end - j).trimmed();
            i = end;
        }
        if (key == name)
            return value;
    }
    return {};
}

QByteArray MultipartForm::boundaryOf(const QByteArray &contentType)
{
    return parameter(contentType, "boundary");
}

std::optional<MultipartForm> MultipartForm::parse(const QByteArray &contentType, const QByteArray &body, QString *error)
{
    const QByteArray boundary = boundaryOf(contentType);
    // RFC 2046: 1 to 70 characters.
    if (boundary.isEmpty() || boundary.size() > 70) {
        fail(error, QStringLiteral("multipart: missing or invalid boundary"));
        return std::nullopt;
    }
    const QByteArray delimiter = "--" + boundary;
    const QByteArray nextDelimiter = "\r\n" + delimiter;

    // The body starts with the first delimiter (a preamble before it is allowed and ignored).
    qsizetype pos = body.startsWith(delimiter) ? 0 : body.indexOf(nextDelimiter);
    if (pos < 0) {
        fail(error, QStringLiteral("multipart: no part delimiter"));
        return std::nullopt;
    }
    pos += body.startsWith(delimiter) && pos == 0 ? delimiter.size() : nextDelimiter.size();

    MultipartForm form;
    while (true) {
        if (body.mid(pos, 2) == "--")
            break;   // close delimiter: done
        // Transport padding, then the CRLF that ends the delimiter line.
        while (pos < body.size() && (body.at(pos) == ' ' || body.at(pos) == '\t'))
            ++pos;
        if (body.mid(pos, 2) != "\r\n") {
            fail(error, QStringLiteral("multipart: delimiter line not ended by CRLF"));
            return std::nullopt;
        }
        pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype partEnd = body.indexOf(nextDelimiter, pos);
        if (partEnd < 0) {
            fail(error, QStringLiteral("multipart: part not closed by a delimiter"));
            return std::nullopt;
        }
        // A part without headers starts with the blank line right away.
        const bool noHeaders = body.mid(pos, 2) == "\r\n";
        if (!noHeaders && (headersEnd < 0 || headersEnd > partEnd)) {
            fail(error, QStringLiteral("multipart: part headers not ended by a blank line"));
            return std::nullopt;
        }
        const QByteArray headerBlock = noHeaders ? QByteArray() : body.mid(pos, headersEnd - pos);
        const qsizetype dataStart = noHeaders ? pos + 2 : headersEnd + 4;

        Part part;
        bool hasDisposition = false;
        for (const QByteArray &line : headerBlock.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            const qsizetype colon = trimmed.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = trimmed.left(colon).trimmed().toLower();
            const QByteArray value = trimmed.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                if (!value.toLower().startsWith("form-data")) {
                    fail(error, QStringLiteral("multipart: part is not form-data"));
                    return std::nullopt;
                }
                hasDisposition = true;
                part.name = QString::fromUtf8(parameter(value, "name"));
                part.fileName = QString::fromUtf8(parameter(value, "filename"));
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        if (!hasDisposition || part.name.isEmpty()) {
            fail(error, QStringLiteral("multipart: part without a form-data name"));
            return std::nullopt;
        }
        part.data = body.mid(dataStart, partEnd - dataStart);
        form.m_parts.append(part);
        pos = partEnd + nextDelimiter.size();
        if (pos >= body.size()) {
            fail(error, QStringLiteral("multipart: missing close delimiter"));
            return std::nullopt;
        }
    }
    return form;
}

const MultipartForm::Part *MultipartForm::part(const QString &name) const
{
    for (const Part &p : m_parts) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

} // namespace QueueLensSandbox
