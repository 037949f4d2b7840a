#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

// A bulk cancel, retry or removal in progress. Owned by the engine; deletes itself later after finished().
class BulkOperation : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Cancel, Retry, Remove };
    struct Outcome
    {
        bool ok = false;
        QString message;   // translated: why it was skipped or failed
    };

    BulkOperation(Kind kind, const QList<qint64> &ids, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    QList<qint64> ids() const { return m_ids; }
    int total() const { return int(m_ids.size()); }
    int done() const { return int(m_outcomes.size()); }
    bool isFinished() const { return done() == total(); }
    QHash<qint64, Outcome> outcomes() const { return m_outcomes; }
    int succeededCount() const;

    // Called by the engine as items complete.
    void recordOutcome(qint64 id, const Outcome &outcome);
    // The same outcome for many items, with one progress signal (batched removals).
    void recordOutcomes(const QList<qint64> &ids, const Outcome &outcome);

signals:
    void progress(int done, int total);
    void finished();

private:
    Kind m_kind;
    QList<qint64> m_ids;
    QHash<qint64, Outcome> m_outcomes;
};
