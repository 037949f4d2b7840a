#pragma once

#include "sandboxexchange.h"

#include <QHash>
#include <QString>

#include <memory>

namespace QueueLensSandbox {

// Provider requests the sandbox has received and not finished answering (held, delayed and
// trickled answers included): now and the most ever, in total and per provider. A client's
// concurrency caps can be checked against the peaks from the outside, where no request can
// hide from the count. Requests answered at once count for the instant they are handled.
class InFlightGauge
{
public:
    InFlightGauge();

    // One request in flight until the returned ticket ends (end() or destruction, whichever
    // comes first). `alsoEnd` (may be null) is ended together with it, so the ticket can take
    // the place of a reply's existing onEnd.
    std::shared_ptr<ExchangeEnd> begin(const QString &provider, std::shared_ptr<ExchangeEnd> alsoEnd);

    int current() const;
    int peak() const;
    QHash<QString, int> peakByProvider() const;
    // Peaks restart from what is in flight now (requests still open keep counting).
    void restartPeaks();

private:
    struct Counts
    {
        int total = 0;
        int peakTotal = 0;
        QHash<QString, int> byProvider;
        QHash<QString, int> peakByProvider;
    };
    class Ticket;

    std::shared_ptr<Counts> m_counts;
};

} // namespace QueueLensSandbox
