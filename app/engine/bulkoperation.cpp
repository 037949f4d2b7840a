#include "bulkoperation.h"

BulkOperation::BulkOperation(Kind kind, const QList<qint64> &ids, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_ids(ids)
{
    m_outcomes.reserve(ids.size());
}

int BulkOperation::succeededCount() const
{
    int count = 0;
    for (const Outcome &outcome : m_outcomes) {
        if (outcome.ok)
            ++count;
    }
    return count;
}

void BulkOperation::recordOutcome(qint64 id, const Outcome &outcome)
{
    const bool wasFinished = isFinished();
    m_outcomes.insert(id, outcome);
    emit progress(done(), total());
    if (!wasFinished && isFinished()) {
        emit finished();
        deleteLater();
    }
}

void BulkOperation::recordOutcomes(const QList<qint64> &ids, const Outcome &outcome)
{
    if (ids.isEmpty())
        return;
    const bool wasFinished = isFinished();
    for (qint64 id : ids)
        m_outcomes.insert(id, outcome);
    emit progress(done(), total());
    if (!wasFinished && isFinished()) {
        emit finished();
        deleteLater();
    }
}
