#include "requestcounters.h"

#include <QJsonObject>

#include <algorithm>

namespace QueueLensSandbox {

void RequestCounters::record(const QString &method, const QString &route, int status, const QString &fault)
{
    QString key;
    key.reserve(method.size() + route.size() + fault.size() + 8);
    key += method;
    key += QLatin1Char(' ');
    key += route;
    key += QLatin1Char(' ');
    key += QString::number(status);
    key += QLatin1Char(' ');
    key += fault;
    auto it = m_rows.find(key);
    if (it == m_rows.end())
        it = m_rows.insert(key, Row{method, route, status, fault, 0});
    ++it->count;
    ++m_total;
}

quint64 RequestCounters::total(const QString &method, const QString &route) const
{
    quint64 sum = 0;
    for (const Row &row : m_rows) {
        if (row.method == method && row.route == route)
            sum += row.count;
    }
    return sum;
}

quint64 RequestCounters::grandTotal() const
{
    return m_total;
}

QList<RequestCounters::Row> RequestCounters::rows() const
{
    QList<Row> list = m_rows.values();
    std::sort(list.begin(), list.end(), [](const Row &a, const Row &b) {
        if (a.route != b.route)
            return a.route < b.route;
        if (a.method != b.method)
            return a.method < b.method;
        if (a.status != b.status)
            return a.status < b.status;
        return a.fault < b.fault;
    });
    return list;
}

QJsonArray RequestCounters::toJson() const
{
    QJsonArray array;
    for (const Row &row : rows()) {
        QJsonObject object{{QStringLiteral("method"), row.method},
                           {QStringLiteral("route"), row.route},
                           {QStringLiteral("status"), row.status},
                           {QStringLiteral("count"), double(row.count)}};
        if (!row.fault.isEmpty())
            object.insert(QStringLiteral("fault"), row.fault);
        array.append(object);
    }
    return array;
}

void RequestCounters::clear()
{
    m_rows.clear();
    m_total = 0;
}

} // namespace QueueLensSandbox
