#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace QueueLensSandbox {

// A multipart/form-data body (RFC 7578) as the official OpenAI SDKs and QHttpMultiPart send it:
// the boundary comes from the Content-Type (quoted or not), parts are separated by CRLF
// delimiters, and a part is a plain field or a file (a filename in its Content-Disposition).
class MultipartForm
{
public:
    struct Part
    {
        QString name;
        QString fileName;          // empty for a plain field
        QByteArray contentType;    // the part's own Content-Type, if it sent one
        QByteArray data;

        bool isFile() const { return !fileName.isEmpty(); }
    };

    static bool isMultipart(const QByteArray &contentType);
    // The parts, or nullopt with *error set when the body is not well-formed multipart.
    static std::optional<MultipartForm> parse(const QByteArray &contentType, const QByteArray &body, QString *error);

    const QList<Part> &parts() const { return m_parts; }
    const Part *part(const QString &name) const;

private:
    static QByteArray boundaryOf(const QByteArray &contentType);
    static QByteArray parameter(const QByteArray &headerValue, const QByteArray &name);

    QList<Part> m_parts;
};

} // namespace QueueLensSandbox
