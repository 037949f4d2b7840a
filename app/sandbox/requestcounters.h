#pragma once

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace QueueLensSandbox {

// How many requests each route answered, by method + route pattern + status (and fault).
// Tests use it to prove, for example, that a hung submit was sent exactly once.
class RequestCounters
{
public:
    struct Row
    {
        QString method;
        QString route;    // pattern with the provider prefix: "/foxapi/v1/tasks/{id}"
        int status = 0;   // 0 when nothing was answered (hang)
        QString fault;    // empty, or the fault that shaped the answer
        quint64 count = 0;
    };

    void record(const QString &method, const QString &route, int status, const QString &fault);
    // Sum over statuses and faults; route may be given with or without the method prefix.
    quint64 total(const QString &method, const QString &route) const;
    quint64 grandTotal() const;
    QList<Row> rows() const;
    QJsonArray toJson() const;
    void clear();

private:
    QHash<QString, Row> m_rows;   // key: "METHOD route status fault"
    quint64 m_total = 0;
};

} // namespace QueueLensSandbox
